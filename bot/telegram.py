"""The thin layer between rendered text and Telegram: entities, splitting, editing in place."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    EditMessageText,
    Response,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import (
    CallbackQuery,
    InaccessibleMessage,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
    TelegramObject,
)
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from bot.locales import t
from bot.postings.render import Rendered, split_rendered
from bot.session import call_unread

log = logging.getLogger(__name__)

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


def bound_bot(event: TelegramObject) -> Bot | None:
    """``event.bot``: the bot the update (and so every object in it) came to, if any.

    ``.bot`` is aiogram's property over a pydantic private attribute, and pydantic's
    ``__getattr__`` finds one by asking the attribute's descriptor for ``__get__`` and catching
    the ``AttributeError`` it raises: 1.5–4 µs a read, about three reads per update. This reads
    the same value where pydantic keeps it (``__pydantic_private__``, ~0.1 µs).
    """
    private = event.__pydantic_private__
    if private and "_bot" in private:
        return private["_bot"]  # type: ignore[no-any-return]
    return event.bot  # not built by validation: whatever aiogram says


def bot_of(event: TelegramObject) -> Bot:
    """``bound_bot(event)``, for an event that came to a bot (every one a handler gets)."""
    bot = bound_bot(event)
    if bot is None:
        raise RuntimeError(f"{type(event).__name__} is not bound to a bot")
    return bot


_bot_ids: dict[str, int] = {}


def bot_id(bot: Bot) -> int:
    """``bot.id``, read from the token once per token: aiogram's property validates the token
    and splits it at every read, and the bot's id is asked at every update."""
    token = bot.token
    found = _bot_ids.get(token)
    if found is None:
        found = _bot_ids[token] = bot.id
    return found


def to_entities(rendered: Rendered) -> list[MessageEntity]:
    """Our entities as aiogram's."""
    return [entity_of(e.type, e.offset, e.length, e.url) for e in rendered.entities]


@lru_cache(maxsize=8192)
def entity_of(kind: str, offset: int, length: int, url: str | None) -> MessageEntity:
    """One entity, built once and shared: nothing changes a sent entity, and the same few (a
    bold title, an italic hint) recur in every message. Built by ``call`` from the typed fields
    of ``Entity`` (3 µs; pydantic's validation of them, which changes nothing, took 9): a miss
    is common where offsets depend on a person's text, as in an HR summary. Cached by the
    fields themselves: a key of strings and numbers hashes and compares in C, where an
    ``Entity`` (a frozen dataclass) is hashed and compared by generated Python methods — three
    entities in an update on average, each looked up for every message that shows it."""
    return call(MessageEntity, type=kind, offset=offset, length=length, url=url)


# The calls below are built with the fields they set, the others left at the method's own
# defaults (the very ``Default`` sentinels and ``None`` aiogram's shortcuts pass): the same call,
# sent the same way. ``bot.send_message(…)``, ``message.edit_text(…)`` and ``query.answer()``
# hand pydantic every optional field of the method too, which doubles the time it validates
# the call.

Call = TypeVar("Call", bound=BaseModel)
"""A Bot API call (``TelegramMethod``), or one of the objects a call carries (an entity, a
button) built from fields already typed."""


@cache
def _blank(kind: type[Call]) -> Call:
    """A ``kind`` with none of its fields set, every one in its place (the required ones
    ``None`` until ``call`` sets them): what ``call`` copies, keeping the fields' order."""
    required = {name: None for name, field in kind.model_fields.items() if field.is_required()}
    return kind.model_construct(_fields_set=set(), **required)


@cache
def _template(kind: type[Call]) -> tuple[Call, frozenset[str]]:
    """``kind``'s blank call, its private attributes as ``__copy__`` keeps them, and the names
    of its fields."""
    blank = _blank(kind)
    private = blank.__pydantic_private__ or {}
    kept = {k: v for k, v in private.items() if v is not PydanticUndefined}
    object.__setattr__(blank, "__pydantic_private__", kept if private else None)
    return blank, frozenset(kind.model_fields)


_set = object.__setattr__


def call(kind: type[Call], **fields: Any) -> Call:
    """``kind(**fields)``, the same object (fields, the fields set, defaults), built from a
    blank one instead of validating ``fields`` again.

    For the calls below only, from values the typed functions here take (their own types checked
    by mypy, models that pydantic built already): validating them found nothing to change and
    cost more than anything else in the call. aiogram's models run four nested
    ``model_post_init`` wrappers per object, each setting up its private attributes: 12–20 µs a
    call. ``_blank(kind).model_copy(update=fields)`` makes the same object in 12 µs (its
    ``copy.copy`` of each part dispatches by type); built here part by part, as ``__copy__``
    and ``model_copy`` build it, in 6 µs; two or three calls in every update.
    """
    blank, names = _template(kind)
    if not fields.keys() <= names:  # not a field: pydantic puts it among the extras
        return blank.model_copy(update=fields)
    built = kind.__new__(kind)
    _set(built, "__dict__", {**blank.__dict__, **fields})
    extra = blank.__pydantic_extra__
    _set(built, "__pydantic_extra__", None if extra is None else dict(extra))
    _set(built, "__pydantic_fields_set__", {*blank.__pydantic_fields_set__, *fields})
    private = blank.__pydantic_private__
    _set(built, "__pydantic_private__", None if private is None else dict(private))
    return built


async def send(
    bot: Bot,
    chat_id: int,
    rendered: Rendered,
    markup: Markup | None = None,
    reply_to: int | None = None,
) -> None:
    """Send ``rendered``, split if long; the keyboard rides the last part. What Telegram answers
    (the sent messages) is checked, not read: no caller needs it (``call_unread``)."""
    parts = split_rendered(rendered)
    assert parts, "nothing to send"
    last = len(parts)
    for number, part in enumerate(parts, start=1):
        method = call(
            SendMessage,
            chat_id=chat_id,
            text=part.text,
            entities=to_entities(part),
            reply_markup=markup if number == last else None,
            reply_parameters=ReplyParameters(message_id=reply_to)
            if reply_to and number == 1
            else None,
        )
        await call_unread(bot, method)


async def answer_press(
    query: CallbackQuery, text: str | None = None, *, show_alert: bool | None = None
) -> bool:
    """``query.answer(text, show_alert=…)``: stop the button's spinner, with a notice or an
    alert when given."""
    method = call(
        AnswerCallbackQuery, callback_query_id=query.id, text=text, show_alert=show_alert
    )
    return await bot_of(query)(method)


async def drop_markup(message: Message) -> None:
    """``message.edit_reply_markup(reply_markup=None)``: take the buttons off ``message`` (the
    edited message Telegram answers with is not read: ``call_unread``)."""
    method = call(
        EditMessageReplyMarkup,
        chat_id=message.chat.id,
        message_id=message.message_id,
        business_connection_id=message.business_connection_id,
    )
    await call_unread(bot_of(message), method)


async def reply(message: Message, rendered: Rendered, markup: Markup | None = None) -> None:
    """Send ``rendered`` to the message's chat."""
    await send(bot_of(message), message.chat.id, rendered, markup)


async def show(
    query: CallbackQuery, rendered: Rendered, markup: InlineKeyboardMarkup | None
) -> None:
    """Replace the pressed message with ``rendered`` where Telegram allows, else send it anew."""
    message = query.message
    parts = split_rendered(rendered)
    if isinstance(message, Message) and message.text is not None and len(parts) == 1:
        method = call(
            EditMessageText,
            chat_id=message.chat.id,
            message_id=message.message_id,
            text=parts[0].text,
            entities=to_entities(parts[0]),
            reply_markup=markup,
            business_connection_id=message.business_connection_id,
        )
        try:  # ``message.edit_text(…)``, built with the fields it sets; the edited message unread
            await call_unread(bot_of(message), method)
            return
        except TelegramBadRequest as error:
            if "not modified" in error.message:
                return
            log.info("could not edit message %s: %s", message.message_id, error.message)
    if message is None or isinstance(message, InaccessibleMessage):
        chat_id = query.from_user.id
    else:
        chat_id = message.chat.id
    await send(bot_of(query), chat_id, rendered, markup)


class KeepResponseTypes(BaseRequestMiddleware):
    """Hold aiogram's ``Response[T]`` model for each kind of call the bot makes.

    aiogram parses every answer with ``Response[method.__returning__]``. pydantic caches such
    parametrised models only weakly and nothing else holds them, so the garbage collector drops
    each one between calls and the next call builds the generic model again, schema and all
    (1–20 ms; about a tenth of the bot's CPU under load). One reference per method type keeps
    pydantic's cache warm: a dictionary lookup per call instead.
    """

    def __init__(self) -> None:
        self.held: dict[type[TelegramMethod[Any]], type[Response[Any]]] = {}

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        kind = type(method)
        if kind not in self.held:
            self.held[kind] = Response[method.__returning__]  # type: ignore[name-defined]
        return await make_request(bot, method)


OnMigrate = Callable[[Bot, int, int], Awaitable[None]]
"""Called with ``(bot, old_chat_id, new_chat_id)`` when Telegram says a chat moved."""


class FollowChatMigrations(BaseRequestMiddleware):
    """Every call to a chat that became a supergroup goes to its new id.

    Telegram refuses a send to the old group with ``migrate_to_chat_id``: the call is repeated
    once to the new id, ``on_migrate`` is told (to remember it and tell the admins), and every
    later call to the old id goes to the new one straight away. Installed on the bot's session,
    so the outbox, forwarded questions and erasures all follow.
    """

    def __init__(self, moved: MutableMapping[int, int], on_migrate: OnMigrate) -> None:
        self._moved = moved
        self._on_migrate = on_migrate

    def target(self, chat_id: int) -> int:
        """Where ``chat_id`` lives now."""
        for _ in range(10):  # a chat moves once in practice; never loop on a bad record
            if chat_id not in self._moved:
                break
            chat_id = self._moved[chat_id]
        return chat_id

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        chat_id = getattr(method, "chat_id", None)
        if isinstance(chat_id, int) and chat_id in self._moved:
            method = _to_chat(method, self.target(chat_id))
        try:
            return await make_request(bot, method)
        except TelegramMigrateToChat as error:
            new = error.migrate_to_chat_id
            if not isinstance(chat_id, int) or new == getattr(method, "chat_id", None):
                raise
            old = int(getattr(method, "chat_id", chat_id))
            self._moved[old] = new
            try:
                await self._on_migrate(bot, old, new)
            except Exception as failure:  # remembering or telling must not lose the message
                log.warning("chat migration %s not recorded: %s", old, type(failure).__name__)
            return await make_request(bot, _to_chat(method, new))


def _to_chat(method: TelegramMethod[TelegramType], chat_id: int) -> TelegramMethod[TelegramType]:
    copy: TelegramMethod[TelegramType] = method.model_copy(update={"chat_id": chat_id})
    return copy


class HrChatStatus(StrEnum):
    """Whether the bot can post HR's messages to a chat (the names are locale keys)."""

    OK = "ok"
    PERSON = "person"
    NOT_FOUND = "not_found"
    NOT_MEMBER = "not_member"
    CANNOT_POST = "cannot_post"
    UNREACHABLE = "unreachable"


async def check_hr_chat(bot: Bot, chat_id: int) -> HrChatStatus:
    """Ask Telegram whether ``chat_id`` is a group or channel the bot may post to."""
    status, _ = await check_chat(bot, chat_id)
    return status


async def check_chat(bot: Bot, chat_id: int) -> tuple[HrChatStatus, str | None]:
    """Whether the bot may post to the group or channel ``chat_id``, and the chat's title."""
    if chat_id > 0:  # user ids are positive; groups and channels negative
        return HrChatStatus.PERSON, None
    try:
        chat = await bot.get_chat(chat_id)
        if chat.type == "private":
            return HrChatStatus.PERSON, None
        member = await bot.get_chat_member(chat_id, bot.id)
    except TelegramForbiddenError:
        return HrChatStatus.NOT_MEMBER, None
    except (TelegramBadRequest, TelegramNotFound):
        return HrChatStatus.NOT_FOUND, None
    except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter):
        return HrChatStatus.UNREACHABLE, None
    title = chat.title
    if member.status in {"left", "kicked"}:
        return HrChatStatus.NOT_MEMBER, title
    if member.status == "restricted" and not getattr(member, "can_send_messages", True):
        return HrChatStatus.CANNOT_POST, title
    if chat.type == "channel" and not (
        member.status == "creator"
        or (member.status == "administrator" and getattr(member, "can_post_messages", False))
    ):
        return HrChatStatus.CANNOT_POST, title
    return HrChatStatus.OK, title


async def check_hr_chats(
    bot: Bot, chats: Mapping[int, Sequence[str | None]], locale: str
) -> list[tuple[HrChatStatus, str]]:
    """Check each HR chat in use and say in words what was found, one line per chat.

    ``chats`` maps a chat id to who uses it: ``None`` for ``HR_CHAT_ID``, else a posting's
    slug (see ``hr_chats_in_use``). For start-up and for ``/reload``.
    """
    found = []
    for chat_id, users in chats.items():
        status = await check_hr_chat(bot, chat_id)
        used_by = ", ".join(
            t(locale, "delivery.hr_chat.setting")
            if slug is None
            else t(locale, "delivery.hr_chat.posting", slug=slug)
            for slug in users
        )
        said = t(locale, f"delivery.hr_chat.{status}", chat=chat_id, used_by=used_by)
        found.append((status, said))
    return found


def hr_chats_in_use(
    hr_chat_id: int | None, postings: Sequence[tuple[str, int | None]]
) -> dict[int, list[str | None]]:
    """Chat id → who sends there: ``None`` for ``HR_CHAT_ID``, else the postings' slugs."""
    chats: dict[int, list[str | None]] = {}
    if hr_chat_id is not None:
        chats[hr_chat_id] = [None]
    for slug, hr_chat in postings:
        if hr_chat is not None:
            chats.setdefault(hr_chat, []).append(slug)
    return chats


DELETABLE_FOR = dt.timedelta(hours=47, minutes=30)
"""Telegram lets a bot delete its messages for 48 hours; a margin keeps us off the edge."""


async def delete_messages(
    bot: Bot, messages: Sequence[tuple[int, int, dt.datetime]], now: dt.datetime | None = None
) -> tuple[int, int]:
    """Delete ``(chat_id, message_id, sent_at)`` messages where Telegram still allows it.

    Return how many were deleted and how many stay (too old, or refused). Errors are logged
    by type only and never stop the rest.
    """
    now = now or dt.datetime.now(dt.UTC)
    deleted = kept = 0
    for chat_id, message_id, sent_at in messages:
        if now - sent_at > DELETABLE_FOR:
            kept += 1
            continue
        try:
            await bot.delete_message(chat_id, message_id)
            deleted += 1
        except TelegramBadRequest as error:
            if "not found" in error.message.lower():  # someone deleted it already: it is gone
                deleted += 1
                continue
            log.info("message %s in %s not deleted: %s", message_id, chat_id, error.message)
            kept += 1
        except Exception as error:  # one message's trouble must not stop the rest
            name = type(error).__name__
            log.warning("message %s in %s not deleted: %s", message_id, chat_id, name)
            kept += 1
    return deleted, kept
