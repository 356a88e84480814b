"""The Bot API itself, without HTTP: chats, the update queue and one function per method."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from emulator.errors import ApiError, bad_request, forbidden
from emulator.limits import RateLimits
from emulator.markup import check_markup
from emulator.models import CallbackAnswer, Chat, ChatMessage
from emulator.text import prepare_text

DEFAULT_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
ALL_UPDATE_TYPES = DEFAULT_UPDATE_TYPES | {
    "chat_member",
    "message_reaction",
    "message_reaction_count",
}
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a previous content and reply markup of a message"
)
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def is_local_url(url: str) -> bool:
    """Whether ``url`` is http(s) to this machine: the only webhook the emulator calls."""
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and (parts.hostname or "") in LOCAL_HOSTS


Params = dict[str, Any]
Handler = Callable[[Params], Awaitable[Any]]


@dataclass
class UploadedFile:
    """A file the bot uploaded, kept so tests can read it back."""

    file_id: str
    name: str
    data: bytes
    mime_type: str


@dataclass
class PendingQuery:
    """A button press waiting for answerCallbackQuery."""

    chat_id: int
    message_id: int
    created: float
    answered: bool = False


class BotApi:
    """State and methods of one emulated bot."""

    def __init__(
        self,
        token: str,
        *,
        first_name: str = "Emulated Bot",
        username: str = "emulated_bot",
        query_ttl: float = 15.0,
        first_update_id: int = 1,
    ) -> None:
        self.token = token
        bot_id = token.split(":", 1)[0]
        self.bot_user: dict[str, Any] = {
            "id": int(bot_id) if bot_id.isdigit() else 1,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
        }
        self.query_ttl = query_ttl
        self.chats: dict[int, Chat] = {}
        self.updates: list[dict[str, Any]] = []
        self.next_update_id = first_update_id
        self.delivered_up_to = 0
        self.allowed_updates: frozenset[str] = DEFAULT_UPDATE_TYPES
        self.webhook_url = ""
        self.webhook_secret = ""
        self.webhook_max_connections = 40
        self.webhook_last_error: tuple[int, str] | None = None
        self.webhook_wakeup = asyncio.Event()
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.queries: dict[str, PendingQuery] = {}
        self.files: dict[str, UploadedFile] = {}
        self.rate_limits = RateLimits()
        self.closing = False
        self.in_flight = 0
        self.last_activity = time.monotonic()
        self._ids = itertools.count(1)
        self._poll_generation = 0
        self._wakeup = asyncio.Event()

    # ----- the update queue -------------------------------------------------------------

    def push_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Queue an update unless the bot's allowed_updates exclude its type."""
        if kind not in self.allowed_updates:
            return None
        update = {"update_id": self.next_update_id, kind: payload}
        self.next_update_id += 1
        self.updates.append(update)
        self._wakeup.set()
        self.webhook_wakeup.set()
        return update

    def undelivered(self) -> int:
        """Return how many queued updates no getUpdates call has returned yet (with a webhook:
        how many the webhook has not acknowledged with a 2xx)."""
        if self.webhook_url:
            return len(self.updates)
        return sum(1 for u in self.updates if u["update_id"] > self.delivered_up_to)

    def unconfirmed(self) -> int:
        """Return how many queued updates the bot has not confirmed yet: fetched or not, no later
        getUpdates offset (with a webhook: no 2xx) has released them. A bot that confirms an
        update only once it is handled holds it here while it works on it."""
        return len(self.updates)

    def close(self) -> None:
        """Release every long poll so the server can stop at once."""
        self.closing = True
        self._wakeup.set()
        self.webhook_wakeup.set()

    def _confirm(self, offset: int) -> None:
        """Forget updates as an offset asks: ids below it, or all but the last -offset."""
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset < 0:
            self.updates = self.updates[offset:]

    async def get_updates(self, params: Params) -> list[dict[str, Any]]:
        """Long-poll for updates; a later call with a greater offset confirms them."""
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._set_allowed(params.get("allowed_updates"))
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        self._poll_generation += 1
        generation = self._poll_generation
        self._wakeup.set()
        await asyncio.sleep(0)
        deadline = time.monotonic() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            self._confirm(offset)
            batch = self.updates[:limit]
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self.closing:
                break
            self._wakeup.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), remaining)
        if batch:
            self.delivered_up_to = max(self.delivered_up_to, batch[-1]["update_id"])
        return json.loads(json.dumps(batch))

    def _set_allowed(self, allowed: Any) -> None:
        """Remember allowed_updates; an empty list means the default set."""
        if allowed is None:
            return
        if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
            raise bad_request("can't parse allowed updates")
        chosen = frozenset(allowed) & ALL_UPDATE_TYPES
        self.allowed_updates = chosen or DEFAULT_UPDATE_TYPES

    # ----- chats and messages -----------------------------------------------------------

    def chat(self, chat_id: Any) -> Chat:
        """Return the chat a chat_id names, or raise "chat not found"."""
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        try:
            key = int(chat_id)
        except (TypeError, ValueError):
            key = None
        chat = self.chats.get(key) if key is not None else self._chat_by_username(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def _chat_by_username(self, name: Any) -> Chat | None:
        """Find a chat by "@username"."""
        wanted = str(name).removeprefix("@").lower()
        return next(
            (
                c
                for c in self.chats.values()
                if (c.user or {}).get("username", "").lower() == wanted
            ),
            None,
        )

    def writable_chat(self, chat_id: Any) -> Chat:
        """Return a chat the bot may write to, or raise what Telegram raises."""
        chat = self.chat(chat_id)
        if chat.blocked:
            raise forbidden("bot was blocked by the user")
        if chat.type == "channel" and not chat.bot_admin:
            raise forbidden("bot is not a member of the channel chat")
        return chat

    def check_rate(self, method: str, params: Params) -> None:
        """Refuse a counted call with 429 when it would pass Telegram's flood limits."""
        limits = self.rate_limits
        if not limits.enabled:
            return
        try:
            chat = self.chats.get(int(params.get("chat_id") or 0))
        except (TypeError, ValueError):
            chat = None
        if chat is not None:  # an unknown chat is refused by the method itself
            limits.check(method, chat.id, chat.type)

    def add_message(self, chat: Chat, message: ChatMessage) -> ChatMessage:
        """Store a message in its chat."""
        chat.messages.append(message)
        return message

    def message_dict(self, chat: Chat, message: ChatMessage, *, nested: bool = True) -> dict:
        """Return the Bot API Message for a stored message, with the message it replies to."""
        body = message.to_api(chat.to_api())
        if nested and message.reply_to_message_id is not None:
            original = next(
                (m for m in chat.messages if m.message_id == message.reply_to_message_id), None
            )
            if original is not None:
                body["reply_to_message"] = self.message_dict(chat, original, nested=False)
        return body

    def new_query_id(self, chat: Chat, message: ChatMessage) -> str:
        """Register a button press and return its callback query id."""
        query_id = str(10**15 + next(self._ids))
        self.queries[query_id] = PendingQuery(chat.id, message.message_id, time.monotonic())
        return query_id

    def next_file_id(self, prefix: str) -> str:
        """Return a fresh file id."""
        return f"{prefix}{next(self._ids):08d}"

    def _reply_target(self, chat: Chat, params: Params) -> int | None:
        """Return the message id a new message replies to, checking that it exists."""
        reply = params.get("reply_parameters") or {}
        message_id = reply.get("message_id") if isinstance(reply, dict) else None
        message_id = message_id or params.get("reply_to_message_id")
        if not message_id:
            return None
        if chat.find(int(message_id)) is None:
            allow = reply.get("allow_sending_without_reply") or params.get(
                "allow_sending_without_reply"
            )
            if allow:
                return None
            raise bad_request("message to be replied not found")
        return int(message_id)

    def _bot_message(self, chat: Chat, **fields: Any) -> ChatMessage:
        """Create and store a message from the bot (in a channel: from the channel itself)."""
        if chat.type == "channel":  # channel posts have no "from", only the channel
            extra = fields.pop("extra", None) or {}
            fields["extra"] = {**extra, "sender_chat": chat.to_api()}
        message = ChatMessage(
            chat_id=chat.id,
            message_id=chat.take_message_id(),
            from_bot=True,
            sender={} if chat.type == "channel" else dict(self.bot_user),
            date=int(time.time()),
            **fields,
        )
        return self.add_message(chat, message)

    def _remember_keyboard(self, chat: Chat, markup: dict[str, Any] | None) -> None:
        """Track the reply keyboard the user currently sees."""
        if markup and "keyboard" in markup:
            chat.reply_keyboard = markup
        elif markup and markup.get("remove_keyboard"):
            chat.reply_keyboard = None

    # ----- methods ------------------------------------------------------------------------

    def handlers(self) -> dict[str, Handler]:
        """Return every implemented method by its lower-case name."""
        table: dict[str, Handler] = {
            "getme": self.get_me,
            "getupdates": self.get_updates,
            "setwebhook": self.set_webhook,
            "deletewebhook": self.delete_webhook,
            "getwebhookinfo": self.get_webhook_info,
            "sendmessage": self.send_message,
            "senddocument": self.send_document,
            "sendphoto": self.send_photo,
            "editmessagetext": self.edit_message_text,
            "editmessagecaption": self.edit_message_caption,
            "editmessagereplymarkup": self.edit_message_reply_markup,
            "deletemessage": self.delete_message,
            "answercallbackquery": self.answer_callback_query,
            "sendchataction": self.send_chat_action,
            "setmycommands": self.set_my_commands,
            "deletemycommands": self.delete_my_commands,
            "getmycommands": self.get_my_commands,
            "getchat": self.get_chat,
            "getchatmember": self.get_chat_member,
        }
        return table

    async def get_me(self, params: Params) -> dict[str, Any]:
        """Return the bot's User."""
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def set_webhook(self, params: Params) -> bool:
        """Set the webhook: updates are then POSTed to it (see emulator.webhook), and
        getUpdates refuses. Like Telegram, an HTTPS URL; plain HTTP only to this machine."""
        url = str(params.get("url") or "")
        if url and not url.startswith("https://") and not is_local_url(url):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = str(params.get("secret_token") or "")
        if secret and not _SECRET.fullmatch(secret):
            raise bad_request("bad webhook: secret token contains unallowed characters")
        given = params.get("max_connections")
        connections = 40 if given is None or given == "" else int(given)
        if not 1 <= connections <= 100:
            raise bad_request("bad webhook: max_connections must be between 1 and 100")
        self._set_allowed(params.get("allowed_updates"))
        if params.get("drop_pending_updates"):
            self.updates.clear()
            self.delivered_up_to = self.next_update_id - 1
        self.webhook_url = url
        self.webhook_secret = secret
        self.webhook_max_connections = connections
        self.webhook_last_error = None
        self.webhook_wakeup.set()
        return True

    async def delete_webhook(self, params: Params) -> bool:
        """Forget the webhook and, when asked, the pending updates."""
        self.webhook_url = ""
        self.webhook_secret = ""
        self.webhook_last_error = None
        if params.get("drop_pending_updates"):
            self.updates.clear()
            self.delivered_up_to = self.next_update_id - 1
        return True

    async def get_webhook_info(self, params: Params) -> dict[str, Any]:
        """Return the WebhookInfo."""
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }
        if self.webhook_url:
            info["max_connections"] = self.webhook_max_connections
            info["allowed_updates"] = sorted(self.allowed_updates)
        if self.webhook_last_error is not None:
            info["last_error_date"], info["last_error_message"] = self.webhook_last_error
        return info

    def acknowledge(self, update_id: int) -> None:
        """The webhook answered 2xx for this update: Telegram forgets it."""
        self.updates = [u for u in self.updates if u["update_id"] != update_id]
        self.delivered_up_to = max(self.delivered_up_to, update_id)

    async def send_message(self, params: Params) -> dict[str, Any]:
        """Send a text message."""
        chat = self.writable_chat(params.get("chat_id"))
        text, entities = prepare_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = check_markup(params.get("reply_markup"))
        reply_to = self._reply_target(chat, params)
        message = self._bot_message(
            chat, text=text, entities=entities, reply_markup=markup, reply_to_message_id=reply_to
        )
        self._remember_keyboard(chat, markup)
        return self.message_dict(chat, message)

    async def send_document(self, params: Params) -> dict[str, Any]:
        """Send a document uploaded in the request or named by a known file id."""
        chat, caption, entities, markup, reply_to = self._file_message_parts(params)
        upload = self._document(params.get("document"))
        document = {
            "file_id": upload.file_id,
            "file_unique_id": "u" + upload.file_id,
            "file_name": upload.name,
            "mime_type": upload.mime_type,
            "file_size": len(upload.data),
        }
        return self._post_file(
            chat, "document", {"document": document}, caption, entities, markup, reply_to, upload
        )

    def _file_message_parts(self, params: Params) -> tuple[Chat, str, Any, Any, Any]:
        """What a document's or a photo's message takes from the request: its chat, caption
        (checked against the 1024-character limit) with entities, keyboard and reply target."""
        chat = self.writable_chat(params.get("chat_id"))
        caption, entities = prepare_text(
            params.get("caption"),
            params.get("parse_mode"),
            params.get("caption_entities"),
            caption=True,
        )
        markup = check_markup(params.get("reply_markup"))
        return chat, caption, entities, markup, self._reply_target(chat, params)

    def _post_file(
        self,
        chat: Chat,
        kind: str,
        extra: dict[str, Any],
        caption: str,
        entities: Any,
        markup: Any,
        reply_to: Any,
        upload: UploadedFile,
    ) -> dict[str, Any]:
        """Post the bot's message carrying ``upload`` (a document or a photo) with its caption."""
        message = self._bot_message(
            chat,
            text=caption or None,
            entities=entities,
            reply_markup=markup,
            kind=kind,
            extra=extra,
            reply_to_message_id=reply_to,
            file_data=upload.data,
        )
        self._remember_keyboard(chat, markup)
        return self.message_dict(chat, message)

    def _document(self, value: Any) -> UploadedFile:
        """Resolve the document parameter: an upload, a known file id or an HTTP URL."""
        if isinstance(value, UploadedFile):
            self.files[value.file_id] = value
            return value
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            name = value.rsplit("/", 1)[-1] or "file"
            upload = UploadedFile(self.next_file_id("BQAD"), name, b"", "application/octet-stream")
            self.files[upload.file_id] = upload
            return upload
        if not value:
            raise bad_request("there is no document in the request")
        raise bad_request("wrong remote file identifier specified: can't unserialize it")

    async def send_photo(self, params: Params) -> dict[str, Any]:
        """Send a photo (uploaded, or a known file id) with a caption of at most 1024 chars."""
        chat, caption, entities, markup, reply_to = self._file_message_parts(params)
        value = params.get("photo")
        if not value:
            raise bad_request("there is no photo in the request")
        upload = self._document(value)
        if isinstance(value, UploadedFile) and not upload.mime_type.startswith("image/"):
            raise bad_request("IMAGE_PROCESS_FAILED")
        sizes = [
            {
                "file_id": f"{upload.file_id}{size}",
                "file_unique_id": f"u{upload.file_id}{size}",
                "width": size,
                "height": size,
            }
            for size in (90, 320, 800)
        ]
        for size in sizes:  # each size's id names the same upload, as on Telegram
            self.files[str(size["file_id"])] = upload
        return self._post_file(
            chat, "photo", {"photo": sizes}, caption, entities, markup, reply_to, upload
        )

    def _editable(self, params: Params) -> tuple[Chat, ChatMessage]:
        """Return the bot message an edit method names, or raise what Telegram raises."""
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the emulator")
        chat = self.chat(params.get("chat_id"))
        message_id = params.get("message_id")
        message = chat.find(int(message_id)) if message_id else None
        if message is None:
            raise bad_request("message to edit not found")
        if chat.type == "channel" and not chat.bot_admin:
            raise forbidden("bot is not a member of the channel chat")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return chat, message

    def _apply_edit(
        self,
        chat: Chat,
        message: ChatMessage,
        text: str | None,
        entities: list[dict[str, Any]],
        markup: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """Replace a message's content, keeping the old version, unless nothing changes."""
        same = (
            message.text == text
            and _canonical(message.entities) == _canonical(entities)
            and _canonical(message.reply_markup) == _canonical(markup)
        )
        if same:
            raise bad_request(NOT_MODIFIED)
        message.history.append(message.version())
        message.text, message.entities, message.reply_markup = text, entities, markup
        message.edit_date = int(time.time())
        return self.message_dict(chat, message)

    async def edit_message_text(self, params: Params) -> dict[str, Any]:
        """Edit a text message; without reply_markup its inline keyboard goes away."""
        chat, message = self._editable(params)
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        text, entities = prepare_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = check_markup(params.get("reply_markup"), inline_only=True)
        return self._apply_edit(chat, message, text, entities, markup)

    async def edit_message_caption(self, params: Params) -> dict[str, Any]:
        """Edit the caption of a document message."""
        chat, message = self._editable(params)
        if message.kind == "text":
            raise bad_request("there is no caption in the message to edit")
        caption, entities = prepare_text(
            params.get("caption"),
            params.get("parse_mode"),
            params.get("caption_entities"),
            caption=True,
        )
        markup = check_markup(params.get("reply_markup"), inline_only=True)
        return self._apply_edit(chat, message, caption or None, entities, markup)

    async def edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        """Replace or remove a message's inline keyboard."""
        chat, message = self._editable(params)
        markup = check_markup(params.get("reply_markup"), inline_only=True)
        return self._apply_edit(chat, message, message.text, message.entities, markup)

    async def delete_message(self, params: Params) -> bool:
        """Delete a message; it stays in the transcript marked deleted."""
        chat = self.chat(params.get("chat_id"))
        message_id = params.get("message_id")
        message = chat.find(int(message_id)) if message_id else None
        if message is None:
            raise bad_request("message to delete not found")
        message.deleted = True
        return True

    async def answer_callback_query(self, params: Params) -> bool:
        """Answer a button press once, within the query's lifetime."""
        query_id = str(params.get("callback_query_id") or "")
        query = self.queries.get(query_id)
        expired = query is None or time.monotonic() - query.created > self.query_ttl
        if query is None or query.answered or expired:
            raise bad_request(QUERY_TOO_OLD)
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered = True
        answer = CallbackAnswer(
            query_id, query.message_id, text, bool(params.get("show_alert")), params.get("url")
        )
        self.chats[query.chat_id].callback_answers.append(answer)
        return True

    async def send_chat_action(self, params: Params) -> bool:
        """Record a chat action such as "typing"."""
        chat = self.writable_chat(params.get("chat_id"))
        action = params.get("action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        chat.actions.append(str(action))
        return True

    def _commands_key(self, params: Params) -> tuple[str, str]:
        """Return the storage key of a command list: its scope and language."""
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise bad_request("can't parse BotCommandScope")
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    async def set_my_commands(self, params: Params) -> bool:
        """Store the bot's command list for a scope and language."""
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be an array of at most 100 BotCommand")
        for item in commands:
            command = item.get("command", "") if isinstance(item, dict) else ""
            description = item.get("description", "") if isinstance(item, dict) else ""
            if not _COMMAND.fullmatch(command):
                raise bad_request(f"BOT_COMMAND_INVALID ({command!r})")
            if not 1 <= len(description) <= 256:
                raise bad_request(f"BOT_COMMAND_DESCRIPTION_INVALID ({command!r})")
        key = self._commands_key(params)
        self.commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    async def delete_my_commands(self, params: Params) -> bool:
        """Forget the command list of a scope and language."""
        self.commands.pop(self._commands_key(params), None)
        return True

    async def get_my_commands(self, params: Params) -> list[dict[str, str]]:
        """Return the command list of a scope and language."""
        return list(self.commands.get(self._commands_key(params), []))

    async def get_chat(self, params: Params) -> dict[str, Any]:
        """Return a ChatFullInfo."""
        chat = self.chat(params.get("chat_id"))
        return {
            **chat.to_api(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def get_chat_member(self, params: Params) -> dict[str, Any]:
        """Return the bot's own membership of a chat (a member; an administrator of a
        channel; "kicked" where it was blocked or removed); anyone else is a plain member."""
        chat = self.chat(params.get("chat_id"))
        try:
            user_id = int(params.get("user_id") or 0)
        except (TypeError, ValueError):
            raise bad_request("invalid user_id specified") from None
        if user_id != self.bot_user["id"]:
            person = {"id": user_id, "is_bot": False, "first_name": "?"}
            return {"status": "member", "user": person}
        if chat.blocked:
            return {"status": "kicked", "user": self.bot_user, "until_date": 0}
        if chat.type == "channel" and not chat.bot_admin:
            return {"status": "left", "user": self.bot_user}
        if chat.type != "channel":
            return {"status": "member", "user": self.bot_user}
        rights = (
            "can_manage_chat",
            "can_delete_messages",
            "can_manage_video_chats",
            "can_restrict_members",
            "can_promote_members",
            "can_change_info",
            "can_invite_users",
            "can_post_stories",
            "can_edit_stories",
            "can_delete_stories",
            "can_post_messages",
            "can_edit_messages",
        )
        return {
            "status": "administrator",
            "user": self.bot_user,
            "can_be_edited": False,
            "is_anonymous": False,
            "can_send_welcome_messages": False,
            **dict.fromkeys(rights, True),
        }


def _canonical(value: Any) -> str:
    """Return a comparable form of entities or markup."""
    if isinstance(value, list):
        value = sorted(value, key=lambda e: json.dumps(e, sort_keys=True))
    return json.dumps(value, sort_keys=True)
