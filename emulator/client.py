"""The test client: start an emulated Telegram, speak as users and groups, wait for the bot."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from emulator.engine import BotApi
from emulator.limits import RateLimits
from emulator.models import CallbackAnswer, Chat, ChatMessage, Fault, FaultKind, RequestRecord
from emulator.server import ApiServer
from emulator.text import detect_entities
from emulator.webhook import WebhookDeliverer

DEFAULT_TOKEN = "123456:TEST-TOKEN"


class Emulator:
    """A local Bot API server for one bot, with people who can talk to it.

    `async with Emulator(token="123:ABC") as emu:` starts it on 127.0.0.1 (a free port unless
    `port` is given); point aiogram at `emu.base_url`. Update ids start at `first_update_id`;
    a bot that keeps its database across emulators needs them to keep growing, as Telegram's do
    (it skips an update id it has already handled).
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "emulated_bot",
        bot_name: str = "Emulated Bot",
        query_ttl: float = 15.0,
        first_update_id: int = 1,
        rate_limits: bool = False,
    ) -> None:
        self.token = token
        self.api = BotApi(
            token,
            first_name=bot_name,
            username=bot_username,
            query_ttl=query_ttl,
            first_update_id=first_update_id,
        )
        self.api.rate_limits.enabled = rate_limits
        self.server = ApiServer({token: self.api}, host=host, port=port)
        self.last_push = 0.0

    @property
    def base_url(self) -> str:
        """Return e.g. "http://127.0.0.1:41234" for TelegramAPIServer.from_base()."""
        return self.server.base_url

    @property
    def bot_user(self) -> dict[str, Any]:
        """Return the bot's User object."""
        return self.api.bot_user

    async def start(self) -> Emulator:
        """Start listening."""
        await self.server.start()
        return self

    async def stop(self) -> None:
        """Stop listening, releasing long polls."""
        await self.server.stop()

    async def __aenter__(self) -> Emulator:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ----- people and chats ---------------------------------------------------------------

    def user(
        self,
        id: int,
        first_name: str = "Test",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "ru",
        phone: str | None = None,
    ) -> User:
        """Return a person who can write to the bot privately; the chat opens on first send."""
        return User(self, id, first_name, last_name, username, language_code, phone)

    def group(self, id: int, title: str = "Group", *, kind: str | None = None) -> Group:
        """Register a group chat (a negative id) and return it."""
        if id >= 0:
            raise ValueError("group chat ids are negative")
        chat_type = kind or ("supergroup" if id <= -1_000_000_000_000 else "group")
        chat = self.api.chats.setdefault(id, Chat(id=id, type=chat_type, title=title))
        return Group(self, chat)

    def channel(self, id: int, title: str = "Channel", *, admin: bool = True) -> Channel:
        """Register a channel (a negative id); ``admin``: the bot may post and edit there."""
        if id >= 0:
            raise ValueError("channel ids are negative")
        chat = self.api.chats.setdefault(id, Chat(id=id, type="channel", title=title))
        chat.bot_admin = admin
        return Channel(self, chat)

    @property
    def rate_limits(self) -> RateLimits:
        """Telegram's flood limits: ``enabled``, the three ``Rule``s, what was ``refused``."""
        return self.api.rate_limits

    def chat(self, chat_id: int) -> Chat:
        """Return a known chat by id."""
        return self.api.chats[chat_id]

    def transcript(self, chat_id: int) -> list[ChatMessage]:
        """Return every message of a chat in order, deleted ones included (marked)."""
        return list(self.api.chats[chat_id].messages)

    def render(self, chat_id: int) -> str:
        """Return a chat's transcript as plain text with numbered buttons."""
        from emulator.terminal import render_transcript

        return render_transcript(self.transcript(chat_id), color=False)

    def file_bytes(self, file_id: str) -> bytes:
        """Return the content of a file the bot uploaded."""
        return self.api.files[file_id].data

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list:
        """Return the command list set with setMyCommands for a scope and language."""
        key = self.api._commands_key({"scope": scope, "language_code": language_code})
        return list(self.api.commands.get(key, []))

    # ----- faults and the request log ------------------------------------------------------

    def fail(
        self,
        method: str,
        kind: FaultKind,
        *,
        times: int = 1,
        retry_after: int = 1,
        status: int = 502,
        delay: float = 1.0,
    ) -> None:
        """Make the next `times` calls of `method` ("*" for any) fail in the way `kind` says.

        kind: "429" (Too Many Requests with retry_after), "5xx" (error `status`), "slow" (answer
        after `delay` seconds), "drop" (close the connection without an answer).
        """
        if kind not in {"429", "5xx", "slow", "drop"}:
            raise ValueError(f"unknown fault kind {kind!r}")
        self.server.fail(Fault(method, kind, times, retry_after, status, delay))

    def observe(self, observer: Callable[[str, dict[str, Any], Any], None]) -> None:
        """Call ``observer(method, params, result)`` after each call the bot makes that succeeds.

        ``method`` is lower-case ("sendmessage"); the observer runs before the bot gets its
        answer, so a load generator can wait for a reaction without polling the transcript.
        """
        self.server.observers.append(observer)

    @property
    def webhook(self) -> WebhookDeliverer:
        """The webhook delivery: its ``attempts`` and retry pauses (``retry_first``)."""
        return self.server.deliverers[self.token]

    @property
    def requests(self) -> list[RequestRecord]:
        """Return every request answered so far, in order."""
        return list(self.server.requests)

    def calls(self, method: str) -> list[RequestRecord]:
        """Return the requests of one method (any case)."""
        return [r for r in self.server.requests if r.method.lower() == method.lower()]

    def errors(self) -> list[RequestRecord]:
        """Return the requests that were not answered with 200 OK."""
        return [r for r in self.server.requests if r.status != 200]

    def assert_no_errors(self) -> None:
        """Fail when any request was refused, listing what was refused and why."""
        errors = self.errors()
        if errors:
            lines = [
                f"{r.method} → {r.status} {(r.response or {}).get('description', 'dropped')}"
                for r in errors
            ]
            raise AssertionError("Bot API errors:\n" + "\n".join(lines))

    # ----- updates and waiting --------------------------------------------------------------

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Queue an update for the bot (None when its allowed_updates exclude it)."""
        self.last_push = time.monotonic()
        return self.api.push_update(kind, payload)

    def is_idle(self, quiet: float, *, handled: bool = False) -> bool:
        """Return whether the bot has fetched every update and been silent for `quiet` s; with
        `handled`, also confirmed every one (a bot that confirms only what it has handled is
        not idle while it still works on an update, however long that takes)."""
        api = self.api
        now = time.monotonic()
        return (
            api.undelivered() == 0
            and (not handled or api.unconfirmed() == 0)
            and api.in_flight == 0
            and now - api.last_activity >= quiet
            and now - self.last_push >= quiet
        )

    async def wait_idle(
        self, quiet: float = 0.1, timeout: float = 5.0, *, handled: bool = False
    ) -> None:
        """Wait until the bot has fetched all updates and made no call for `quiet` seconds; with
        `handled`, until it has also confirmed every one (see `is_idle`)."""
        deadline = time.monotonic() + timeout
        while not self.is_idle(quiet, handled=handled):
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"bot not idle after {timeout}s: {self.api.undelivered()} updates not "
                    f"fetched, {self.api.unconfirmed()} not confirmed, "
                    f"{self.api.in_flight} requests in flight"
                )
            await asyncio.sleep(0.01)


class _ChatReader:
    """What the bot did in one chat; subclasses say which chat."""

    @property
    def chat(self) -> Chat:
        raise NotImplementedError

    def transcript(self) -> list[ChatMessage]:
        """Return the chat's messages in order (both sides; deleted ones marked)."""
        return list(self.chat.messages)

    def bot_messages(self) -> list[ChatMessage]:
        """Return the bot's messages that are still there, in order."""
        return [m for m in self.chat.messages if m.from_bot and not m.deleted]

    def last_message(self) -> ChatMessage:
        """Return the bot's latest message still in the chat."""
        messages = self.bot_messages()
        if not messages:
            raise LookupError(f"the bot has sent nothing to chat {self.chat.id}")
        return messages[-1]

    async def _wait_for_bot_message(self, timeout: float, after: int, where: str) -> ChatMessage:
        """Wait until the bot posts a message with id greater than ``after``; return it."""
        deadline = time.monotonic() + timeout
        while True:
            fresh = [m for m in self.bot_messages() if m.message_id > after]
            if fresh:
                return fresh[-1]
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot posted nothing in {where} within {timeout}s")
            await asyncio.sleep(0.01)


class Participant(_ChatReader):
    """A person in one chat: sends messages, presses buttons, waits for the bot."""

    def __init__(self, emulator: Emulator, user: User, chat_id: int) -> None:
        self.emulator = emulator
        self.person = user
        self.chat_id = chat_id
        self._mark: dict[int, int] = {}

    @property
    def chat(self) -> Chat:
        """Return the chat, opening a private chat on first use."""
        return self.emulator.api.chats[self.chat_id]

    def _open_chat(self) -> Chat:
        """Return the chat this participant writes in."""
        return self.chat

    def _set_mark(self) -> None:
        """Remember the bot's messages now, so wait_for_reply sees only what comes next."""
        self._mark = {m.message_id: len(m.history) for m in self.chat.messages if m.from_bot}

    async def _post(self, kind: str = "text", **fields: Any) -> ChatMessage:
        """Store a message from this person and deliver it to the bot as an update."""
        chat = self._open_chat()
        self._set_mark()
        message = ChatMessage(
            chat_id=chat.id,
            message_id=chat.take_message_id(),
            from_bot=False,
            sender=self.person.as_api(),
            date=int(time.time()),
            kind=kind,
            **fields,
        )
        self.emulator.api.add_message(chat, message)
        self.emulator.push("message", self.emulator.api.message_dict(chat, message))
        await asyncio.sleep(0)
        return message

    async def send(self, text: str) -> ChatMessage:
        """Send a text message; commands get bot_command entities as on Telegram."""
        return await self._post(text=text, entities=detect_entities(text))

    async def reply_to(self, message: ChatMessage | int, text: str) -> ChatMessage:
        """Send a text message that replies to `message`."""
        message_id = message if isinstance(message, int) else message.message_id
        if self.chat.find(message_id) is None:
            raise LookupError(f"message {message_id} is not in chat {self.chat_id}")
        return await self._post(
            text=text, entities=detect_entities(text), reply_to_message_id=message_id
        )

    async def send_contact(self, phone: str | None = None) -> ChatMessage:
        """Share a phone number as a contact of this person."""
        contact = {
            "phone_number": phone or self.person.phone or "+79990001122",
            "first_name": self.person.first_name,
            "user_id": self.person.id,
        }
        return await self._post("contact", extra={"contact": contact})

    async def send_sticker(self, emoji: str = "👍") -> ChatMessage:
        """Send a sticker."""
        file_id = self.emulator.api.next_file_id("CAAC")
        sticker = {
            "file_id": file_id,
            "file_unique_id": "u" + file_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return await self._post("sticker", extra={"sticker": sticker})

    async def send_photo(self, caption: str | None = None) -> ChatMessage:
        """Send a photo, with an optional caption."""
        file_id = self.emulator.api.next_file_id("AgAC")
        sizes = [
            {
                "file_id": f"{file_id}{s}",
                "file_unique_id": f"u{file_id}{s}",
                "width": s,
                "height": s,
            }
            for s in (90, 320, 800)
        ]
        entities = detect_entities(caption) if caption else []
        return await self._post("photo", text=caption, entities=entities, extra={"photo": sizes})

    async def press(self, label: str | int, message: ChatMessage | None = None) -> str:
        """Press an inline button by label (or 1-based number) on the latest message with it.

        Returns the callback query id. Raises LookupError listing the buttons on offer.
        """
        target, button = self._find_button(label, message)
        if button.callback_data is None:
            raise ValueError(f"button {button.text!r} has no callback_data: {button.raw}")
        chat = self.chat
        self._set_mark()
        query_id = self.emulator.api.new_query_id(chat, target)
        payload = {
            "id": query_id,
            "from": self.person.as_api(),
            "message": self.emulator.api.message_dict(chat, target),
            "chat_instance": str(abs(chat.id)),
            "data": button.callback_data,
        }
        self.emulator.push("callback_query", payload)
        await asyncio.sleep(0)
        return query_id

    def _find_button(
        self, label: str | int, message: ChatMessage | None
    ) -> tuple[ChatMessage, Any]:
        """Return the message and button a press means."""
        candidates = [message] if message else list(reversed(self.bot_messages()))
        for candidate in candidates:
            buttons = candidate.buttons()
            if isinstance(label, int) and buttons:
                if 1 <= label <= len(buttons):
                    return candidate, buttons[label - 1]
                break
            found = candidate.button(str(label))
            if found is not None:
                return candidate, found
        offered = [f"{m.message_id}: {[b.text for b in m.buttons()]}" for m in candidates]
        offered = [line for line in offered if not line.endswith("[]")]
        raise LookupError(
            f"no inline button {label!r} in chat {self.chat_id}; buttons on offer: "
            + ("; ".join(offered) or "none")
        )

    async def press_reply_button(self, label: str) -> ChatMessage:
        """Press a button of the reply keyboard; request_contact buttons share the contact."""
        keyboard = self.chat.reply_keyboard
        rows = keyboard.get("keyboard", []) if keyboard else []
        buttons = [{"text": b} if isinstance(b, str) else b for row in rows for b in row]
        button = next((b for b in buttons if b["text"] == label), None)
        if button is None:
            offered = [b["text"] for b in buttons]
            raise LookupError(
                f"no reply button {label!r}; the keyboard shows: {offered or 'none'}"
            )
        if keyboard and keyboard.get("one_time_keyboard"):
            self.chat.reply_keyboard = None
        if button.get("request_contact"):
            return await self.send_contact()
        return await self.send(label)

    # ----- reading what the bot did ----------------------------------------------------------

    def callback_answers(self) -> list[CallbackAnswer]:
        """Return the bot's answers to button presses in this chat."""
        return list(self.chat.callback_answers)

    def new_messages(self) -> list[ChatMessage]:
        """Return bot messages sent or edited since this person's last action."""
        return [
            m
            for m in self.bot_messages()
            if m.message_id not in self._mark or len(m.history) > self._mark[m.message_id]
        ]

    async def wait_for_replies(
        self, timeout: float = 5.0, quiet: float = 0.1
    ) -> list[ChatMessage]:
        """Wait for the bot to send or edit something here, then to fall idle; return it all.

        What is returned counts as seen: the next wait waits for something newer.
        """
        changed, _ = await self._wait_for_change(timeout, quiet)
        return changed

    async def wait_for_reply(self, timeout: float = 5.0, quiet: float = 0.1) -> ChatMessage:
        """Wait for the bot's reaction and return the newest message it sent (or edited)."""
        changed, fresh = await self._wait_for_change(timeout, quiet)
        return (fresh or changed)[-1]

    async def _wait_for_change(
        self, timeout: float, quiet: float
    ) -> tuple[list[ChatMessage], list[ChatMessage]]:
        """Return (changed, newly sent) bot messages once the bot is idle; mark them seen."""
        deadline = time.monotonic() + timeout
        while not self.new_messages():
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"the bot did not answer in chat {self.chat_id} within {timeout}s; "
                    f"errors so far: {[(r.method, r.status) for r in self.emulator.errors()]}"
                )
            await asyncio.sleep(0.01)
        await self.emulator.wait_idle(quiet=quiet, timeout=max(deadline - time.monotonic(), 0.5))
        changed = self.new_messages()
        fresh = [m for m in changed if m.message_id not in self._mark]
        self._set_mark()
        return changed, fresh

    def render(self) -> str:
        """Return the chat as plain text with numbered buttons."""
        return self.emulator.render(self.chat_id)


class User(Participant):
    """A Telegram user; as a Participant it speaks in its private chat with the bot."""

    def __init__(
        self,
        emulator: Emulator,
        id: int,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language_code: str | None,
        phone: str | None,
    ) -> None:
        super().__init__(emulator, self, id)
        self.id = id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.phone = phone

    def as_api(self) -> dict[str, Any]:
        """Return the Bot API User object."""
        body: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                body[key] = getattr(self, key)
        return body

    def register(self) -> Chat:
        """Open the private chat without sending anything."""
        chats = self.emulator.api.chats
        if self.id not in chats:
            chats[self.id] = Chat(id=self.id, type="private", user=self.as_api())
        return chats[self.id]

    def _open_chat(self) -> Chat:
        """Open the private chat on first message."""
        return self.register()

    @property
    def chat(self) -> Chat:
        """Return the private chat (registering it)."""
        return self.register()

    async def open_link(self, url: str) -> ChatMessage:
        """Follow a t.me link to the bot, as tapping a URL button does: ``/start <payload>``."""
        parts = urlsplit(url)
        username = parts.path.strip("/")
        if parts.netloc != "t.me" or username != self.emulator.bot_user["username"]:
            raise ValueError(f"{url!r} is not a link to @{self.emulator.bot_user['username']}")
        payload = parse_qs(parts.query).get("start", [""])[0]
        return await self.send(f"/start {payload}".strip())

    def block(self, blocked: bool = True) -> None:
        """Block (or unblock) the bot: its sends then fail with 403."""
        self.register().blocked = blocked


class _SharedChat(_ChatReader):
    """A chat of many people, known by its own ``Chat``: a group or a channel."""

    def __init__(self, emulator: Emulator, chat: Chat) -> None:
        self.emulator = emulator
        self._chat = chat
        self.id = chat.id
        self.title = chat.title

    @property
    def chat(self) -> Chat:
        """Return the chat."""
        return self._chat


class Group(_SharedChat):
    """A group chat; its members speak through `group.member(user)`."""

    def member(self, user: User) -> Participant:
        """Return `user` speaking in this group."""
        return Participant(self.emulator, user, self.id)

    async def wait_for_message(self, timeout: float = 5.0, after: int = 0) -> ChatMessage:
        """Wait until the bot posts a message with id greater than `after`; return it."""
        return await self._wait_for_bot_message(timeout, after, f"group {self.id}")

    def render(self) -> str:
        """Return the group's transcript as plain text."""
        return self.emulator.render(self.id)


class Channel(_SharedChat):
    """A channel: the bot posts there (if an administrator); people only read and tap links."""

    def set_admin(self, admin: bool = True) -> None:
        """Make the bot an administrator of the channel, or take it away."""
        self._chat.bot_admin = admin

    async def wait_for_post(self, timeout: float = 5.0, after: int = 0) -> ChatMessage:
        """Wait until the bot posts a message with id greater than ``after``; return it."""
        return await self._wait_for_bot_message(timeout, after, f"channel {self.id}")

    def render(self) -> str:
        """Return the channel's transcript as plain text."""
        return self.emulator.render(self.id)
