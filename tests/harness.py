"""Dispatcher tests that speak as the user.

Real ``Update`` objects go through the real dispatcher; every Bot API call is recorded by a session
that answers like Telegram and refuses what Telegram refuses (text over 4096 UTF-16 units, empty
text, entities out of range, callback data over 64 bytes, empty button labels). An API method the
harness does not know, or an error logged by the bot, fails the test loudly.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    DeleteMyCommands,
    EditMessageReplyMarkup,
    EditMessageText,
    GetChat,
    GetChatMember,
    GetMe,
    SendChatAction,
    SendDocument,
    SendMessage,
    SetMyCommands,
    TelegramMethod,
)
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    Chat,
    ChatFullInfo,
    ChatMemberAdministrator,
    ChatMemberMember,
    Contact,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    ReplyKeyboardMarkup,
    Sticker,
    Update,
    User,
)

BOT_ID = 4242
TOKEN = f"{BOT_ID}:TEST-token"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class TelegramRefused(AssertionError):
    """The bot sent what Telegram would refuse."""


@dataclass
class Sent:
    """A message the bot sent, as the chat shows it now (edits applied)."""

    chat_id: int
    message_id: int
    text: str
    entities: list[MessageEntity]
    markup: Any
    edits: int = 0
    deleted: bool = False
    reply_to: int | None = None
    document: bytes | None = None
    filename: str | None = None

    @property
    def buttons(self) -> list[str]:
        if isinstance(self.markup, InlineKeyboardMarkup):
            return [b.text for row in self.markup.inline_keyboard for b in row]
        if isinstance(self.markup, ReplyKeyboardMarkup):
            return [b.text for row in self.markup.keyboard for b in row]
        return []

    def callback_for(self, label: str) -> str | None:
        if isinstance(self.markup, InlineKeyboardMarkup):
            for row in self.markup.inline_keyboard:
                for button in row:
                    if button.text == label:
                        return button.callback_data
        return None

    def styled(self, kind: str) -> list[str]:
        """Text pieces carrying an entity of ``kind`` (offsets in UTF-16)."""
        raw = self.text.encode("utf-16-le")
        return [
            raw[e.offset * 2 : (e.offset + e.length) * 2].decode("utf-16-le")
            for e in self.entities
            if e.type == kind
        ]


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    timeout: int | None = None


@dataclass
class Failure:
    """An injected Telegram error for the next ``times`` calls of ``method``."""

    method: str
    times: int
    error: str
    chat_id: int | None
    retry_after: int
    migrate_to: int = 0


def _check_text(text: str | None, entities: list[MessageEntity] | None) -> None:
    if text is None or not text.strip():
        raise TelegramRefused("Bad Request: message text is empty")
    size = utf16_len(text)
    if size > 4096:
        raise TelegramRefused(f"Bad Request: message is too long ({size} > 4096)")
    for entity in entities or []:
        if entity.offset < 0 or entity.length <= 0 or entity.offset + entity.length > size:
            raise TelegramRefused(f"Bad Request: entity out of range: {entity}")
        if entity.type == "text_link" and not entity.url:
            raise TelegramRefused("Bad Request: text_link without url")


def _check_markup(markup: Any) -> None:
    if isinstance(markup, InlineKeyboardMarkup):
        if sum(len(row) for row in markup.inline_keyboard) > 100:
            raise TelegramRefused("Bad Request: too many inline keyboard buttons")
        for row in markup.inline_keyboard:
            for button in row:
                if not button.text.strip():
                    raise TelegramRefused("Bad Request: button text is empty")
                data = button.callback_data
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise TelegramRefused(f"Bad Request: BUTTON_DATA_INVALID ({data!r})")
    elif isinstance(markup, ReplyKeyboardMarkup):
        for row in markup.keyboard:
            for button in row:
                if not button.text.strip():
                    raise TelegramRefused("Bad Request: button text is empty")


class RecordingSession(BaseSession):
    """Answers Bot API calls like Telegram and records them."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Call] = []
        self.sent: dict[tuple[int, int], Sent] = {}
        self.known_chats: set[int] = set()
        self._ids = itertools.count(1000)
        self.refusals: list[str] = []
        self.failures: list[Failure] = []
        # Chats getChat knows: id → (type, title, whether the bot may post there).
        self.chat_info: dict[int, tuple[str, str, bool]] = {}

    def fail(
        self,
        method: str,
        times: int = 1,
        *,
        error: str = "retry_after",
        chat_id: int | None = None,
        retry_after: int = 5,
        migrate_to: int = 0,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id``, if given) fail like
        Telegram: ``retry_after`` (429), ``chat_not_found`` (400), ``forbidden`` (403),
        ``migrate`` (400: the group became the supergroup ``migrate_to``), or ``unexpected``
        (a ``RuntimeError``, as from a bug nobody foresaw)."""
        failure = Failure(method, times, error, chat_id, retry_after, migrate_to)
        self.failures.append(failure)

    async def close(self) -> None:  # nothing to close
        return None

    async def stream_content(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover
        raise AssertionError("the bot downloaded a file")

    async def make_request(
        self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None
    ) -> Any:
        params = method.model_dump(exclude_none=True)
        self.calls.append(Call(type(method).__name__, params, timeout))
        self._maybe_fail(method, params)
        try:
            return self._answer(bot, method)
        except TelegramRefused as error:
            self.refusals.append(f"{type(method).__name__}: {error}")
            raise

    def _maybe_fail(self, method: TelegramMethod[Any], params: dict[str, Any]) -> None:
        name = type(method).__name__
        for failure in self.failures:
            if failure.times <= 0 or failure.method != name:
                continue
            if failure.chat_id is not None and params.get("chat_id") != failure.chat_id:
                continue
            failure.times -= 1
            if failure.error == "retry_after":
                message = f"Too Many Requests: retry after {failure.retry_after}"
                raise TelegramRetryAfter(method, message, failure.retry_after)
            if failure.error == "forbidden":
                raise TelegramForbiddenError(method, "Forbidden: bot was kicked from the chat")
            if failure.error == "migrate":
                message = "Bad Request: group chat was upgraded to a supergroup chat"
                raise TelegramMigrateToChat(method, message, failure.migrate_to)
            if failure.error == "unexpected":
                raise RuntimeError("an error nobody foresaw")
            raise TelegramBadRequest(method, "Bad Request: chat not found")

    def _answer(self, bot: Bot, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, SendMessage | SendDocument):
            chat_id = int(method.chat_id)
            if chat_id not in self.known_chats:
                raise TelegramRefused("Bad Request: chat not found")
            text = method.text if isinstance(method, SendMessage) else (method.caption or "file")
            entities = method.entities if isinstance(method, SendMessage) else None
            _check_text(text, entities)
            _check_markup(method.reply_markup)
            message_id = next(self._ids)
            reply_to = None
            if isinstance(method, SendMessage) and method.reply_parameters is not None:
                reply_to = method.reply_parameters.message_id
            sent = Sent(
                chat_id,
                message_id,
                text,
                list(entities or []),
                method.reply_markup,
                reply_to=reply_to,
            )
            if isinstance(method, SendDocument) and isinstance(method.document, BufferedInputFile):
                sent.document, sent.filename = method.document.data, method.document.filename
            self.sent[(chat_id, message_id)] = sent
            return _as_message(sent)
        if isinstance(method, EditMessageText):
            sent = self._find(method.chat_id, method.message_id)
            _check_text(method.text, method.entities)
            _check_markup(method.reply_markup)
            if sent.text == method.text and sent.markup == method.reply_markup:
                raise TelegramRefused("Bad Request: message is not modified")
            sent.text, sent.entities, sent.markup = (
                method.text,
                list(method.entities or []),
                method.reply_markup,
            )
            sent.edits += 1
            return _as_message(sent)
        if isinstance(method, EditMessageReplyMarkup):
            sent = self._find(method.chat_id, method.message_id)
            _check_markup(method.reply_markup)
            sent.markup = method.reply_markup
            sent.edits += 1
            return _as_message(sent)
        if isinstance(method, DeleteMessage):
            self._find(method.chat_id, method.message_id).deleted = True
            return True
        if isinstance(
            method, AnswerCallbackQuery | SetMyCommands | DeleteMyCommands | SendChatAction
        ):
            return True
        if isinstance(method, GetMe):
            return _ME
        if isinstance(method, GetChat | GetChatMember):
            return self._chat_answer(method)
        raise AssertionError(f"unexpected Bot API call: {type(method).__name__}")

    def _chat_answer(self, method: GetChat | GetChatMember) -> Any:
        chat_id = int(method.chat_id)
        info = self.chat_info.get(chat_id)
        if info is None and chat_id in self.known_chats:  # a person, or a group the bot is in
            info = ("private" if chat_id > 0 else "supergroup", "", True)
        if info is None:  # as Telegram says it, for the bot to handle
            raise TelegramBadRequest(method, "Bad Request: chat not found")
        kind, title, can_post = info
        if isinstance(method, GetChat):
            return ChatFullInfo.model_validate(
                {
                    "id": method.chat_id,
                    "type": kind,
                    "title": title,
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
            )
        if kind != "channel":
            return ChatMemberMember(user=_ME)
        rights: dict[str, Any] = dict.fromkeys(_ADMIN_RIGHTS, False)
        return ChatMemberAdministrator.model_validate(
            {"status": "administrator", "user": _ME, "can_post_messages": can_post, **rights}
        )

    def _find(self, chat_id: int | str | None, message_id: int | None) -> Sent:
        sent = self.sent.get((int(chat_id or 0), int(message_id or 0)))
        if sent is None or sent.deleted:
            raise TelegramRefused("Bad Request: message to edit not found")
        return sent


_ADMIN_RIGHTS = (
    "can_be_edited",
    "is_anonymous",
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
    "can_send_welcome_messages",
)
_ME = User(id=BOT_ID, is_bot=True, first_name="Vacancy bot", username="vacancy_test_bot")


def _replying(to: Sent | None) -> dict[str, Any]:
    """The ``reply_to_message`` field of a message that replies to what the bot sent."""
    return {} if to is None else {"reply_to_message": _as_message(to)}


def _as_message(sent: Sent) -> Message:
    """What the bot sent, as a Message inside an update (a pressed or replied-to message)."""
    chat_type = "private" if sent.chat_id > 0 else "supergroup"
    return Message(
        message_id=sent.message_id,
        date=dt.datetime.now(dt.UTC),
        chat=Chat(id=sent.chat_id, type=chat_type, title=None if sent.chat_id > 0 else "HR"),
        from_user=_ME,
        text=sent.text,
        entities=sent.entities or None,
        reply_markup=sent.markup if isinstance(sent.markup, InlineKeyboardMarkup) else None,
    )


class _ErrorCatcher(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


UPDATE_IDS = itertools.count(1)


@dataclass
class Harness:
    """One dispatcher and one recording bot; hands out chats for users and groups."""

    dp: Dispatcher
    bot: Bot
    session: RecordingSession
    # One count for the whole run, as Telegram's ids grow for the bot's life: a harness rebuilt
    # over the same database (a restart) must not reuse ids the bot recorded as handled.
    _update_ids: Iterator[int] = field(default_factory=lambda: UPDATE_IDS)
    _message_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _catcher: _ErrorCatcher = field(default_factory=_ErrorCatcher)
    expect_errors: bool = False  # a test that provokes a failure on purpose sets this

    @property
    def logged_errors(self) -> list[logging.LogRecord]:
        return self._catcher.records

    def __post_init__(self) -> None:
        logging.getLogger().addHandler(self._catcher)

    def detach(self) -> None:
        logging.getLogger().removeHandler(self._catcher)

    def chat(
        self,
        user_id: int = 1001,
        first_name: str = "Анна",
        language_code: str | None = "ru",
        username: str | None = "anna",
    ) -> UserChat:
        user = User(
            id=user_id,
            is_bot=False,
            first_name=first_name,
            language_code=language_code,
            username=username,
        )
        self.session.known_chats.add(user_id)
        return UserChat(self, user, Chat(id=user_id, type="private", first_name=first_name))

    def group(self, chat_id: int, member_id: int = 5001, first_name: str = "Ольга") -> UserChat:
        user = User(id=member_id, is_bot=False, first_name=first_name, language_code="ru")
        self.session.known_chats.add(chat_id)
        return UserChat(self, user, Chat(id=chat_id, type="supergroup", title="HR"))

    def channel(self, chat_id: int, title: str = "Вакансии", *, can_post: bool = True) -> UserChat:
        """A channel the bot is an administrator of (allowed to post, unless ``can_post`` is
        false); its messages are what the bot posted there."""
        if can_post:
            self.session.known_chats.add(chat_id)
        self.session.chat_info[chat_id] = ("channel", title, can_post)
        user = User(id=chat_id, is_bot=False, first_name=title)
        return UserChat(self, user, Chat(id=chat_id, type="channel", title=title))

    async def feed(self, update: Update) -> list[Call]:
        before = len(self.session.calls)
        await self.dp.feed_update(self.bot, update)
        # The background outbox loop, made deterministic: what a handler queued and woke it
        # for is delivered before the test looks (handlers themselves never wait for it).
        worker = self.dp.workflow_data.get("outbox_worker")
        if worker is not None:
            await worker.deliver_if_woken(self.bot)
        if self.session.refusals:
            raise TelegramRefused("; ".join(self.session.refusals))
        if self._catcher.records and not self.expect_errors:
            record = self._catcher.records[0]
            raise AssertionError(
                f"the bot logged an error: {record.getMessage()} {record.exc_info!r}"
            )
        return self.session.calls[before:]

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def next_message_id(self) -> int:
        return next(self._message_ids)


@dataclass
class UserChat:
    """A person in a chat with the bot: sends messages, presses buttons, reads replies."""

    harness: Harness
    user: User
    chat: Chat

    def _message(self, **fields: Any) -> Message:
        return Message(
            message_id=self.harness.next_message_id(),
            date=dt.datetime.now(dt.UTC),
            chat=self.chat,
            from_user=self.user,
            **fields,
        )

    async def send(self, text: str, reply_to: Sent | None = None) -> list[Call]:
        """Type a message (commands get their bot_command entity, as Telegram adds)."""
        entities = None
        if text.startswith("/"):
            command = text.split()[0]
            entities = [MessageEntity(type="bot_command", offset=0, length=utf16_len(command))]
        message = self._message(text=text, entities=entities, **_replying(reply_to))
        return await self.harness.feed(
            Update(update_id=self.harness.next_update_id(), message=message)
        )

    async def send_sticker(self, reply_to: Sent | None = None) -> list[Call]:
        sticker = Sticker(
            file_id="s1",
            file_unique_id="s1",
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
            emoji="👍",
        )
        message = self._message(sticker=sticker, **_replying(reply_to))
        return await self.harness.feed(
            Update(update_id=self.harness.next_update_id(), message=message)
        )

    async def send_contact(self, phone: str, own: bool = True) -> list[Call]:
        contact = Contact(
            phone_number=phone,
            first_name=self.user.first_name,
            user_id=self.user.id if own else None,
        )
        update = Update(
            update_id=self.harness.next_update_id(), message=self._message(contact=contact)
        )
        return await self.harness.feed(update)

    async def edit(self, text: str) -> list[Call]:
        message = self._message(text=text, edit_date=int(dt.datetime.now(dt.UTC).timestamp()))
        return await self.harness.feed(
            Update(update_id=self.harness.next_update_id(), edited_message=message)
        )

    def _query(self, sent: Sent, data: str) -> CallbackQuery:
        return CallbackQuery(
            id=str(self.harness.next_update_id()),
            from_user=self.user,
            chat_instance="test",
            message=_as_message(sent),
            data=data,
        )

    def query_for(self, label: str) -> CallbackQuery:
        """The callback query pressing ``label`` on the latest message that shows it would send."""
        for sent in reversed(self.messages()):
            data = sent.callback_for(label)
            if data is not None:
                return self._query(sent, data)
        shown = [b for s in self.messages() for b in s.buttons]
        raise AssertionError(f"no button {label!r}; buttons on screen: {shown}")

    async def press(self, label: str) -> list[Call]:
        """Press an inline button by its label on the latest message that has it."""
        query = self.query_for(label)
        return await self.harness.feed(
            Update(update_id=self.harness.next_update_id(), callback_query=query)
        )

    async def press_data(self, data: str, on: Sent | None = None) -> list[Call]:
        """Press a button whose callback data a modified client made up (on the last message)."""
        query = self._query(on or self.last_message(), data)
        return await self.harness.feed(
            Update(update_id=self.harness.next_update_id(), callback_query=query)
        )

    def messages(self) -> list[Sent]:
        """What the chat shows, oldest first."""
        return [
            s
            for (chat, _), s in sorted(self.harness.session.sent.items(), key=lambda i: i[0][1])
            if chat == self.chat.id and not s.deleted
        ]

    def last_message(self) -> Sent:
        messages = self.messages()
        assert messages, "the bot has sent nothing to this chat"
        return messages[-1]

    def button(self, label: str) -> bool:
        """Whether the latest message offers a button with that label."""
        return label in self.last_message().buttons


def sent_texts(calls: list[Call]) -> list[str]:
    return [
        c.params.get("text", "") for c in calls if c.method in ("SendMessage", "EditMessageText")
    ]


def callback_answers(calls: list[Call]) -> list[Call]:
    return [c for c in calls if c.method == "AnswerCallbackQuery"]
