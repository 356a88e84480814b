"""The thin layer between rendered text and Telegram: entities, splitting, editing in place."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from functools import lru_cache
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramBadRequest, TelegramMigrateToChat
from aiogram.methods import Response, TelegramMethod
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
)

from bot.postings.render import Entity, Rendered, split_rendered

log = logging.getLogger(__name__)

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


def to_entities(rendered: Rendered) -> list[MessageEntity]:
    """Our entities as aiogram's."""
    return [_entity(e) for e in rendered.entities]


@lru_cache(maxsize=8192)
def _entity(entity: Entity) -> MessageEntity:
    """One entity, built (and validated by pydantic, ~30 µs) once and shared: nothing changes a
    sent entity, and the same few (a bold title, an italic hint) recur in every message."""
    return MessageEntity(
        type=entity.type, offset=entity.offset, length=entity.length, url=entity.url
    )


async def send(
    bot: Bot,
    chat_id: int,
    rendered: Rendered,
    markup: Markup | None = None,
    reply_to: int | None = None,
) -> Message:
    """Send ``rendered``, split if long; the keyboard rides the last part, which is returned."""
    parts = split_rendered(rendered)
    sent: Message | None = None
    for number, part in enumerate(parts, start=1):
        sent = await bot.send_message(
            chat_id=chat_id,
            text=part.text,
            entities=to_entities(part),
            reply_markup=markup if number == len(parts) else None,
            reply_parameters=ReplyParameters(message_id=reply_to)
            if reply_to and number == 1
            else None,
        )
    assert sent is not None, "nothing to send"
    return sent


async def reply(message: Message, rendered: Rendered, markup: Markup | None = None) -> Message:
    """Send ``rendered`` to the message's chat."""
    return await send(message.bot, message.chat.id, rendered, markup)  # type: ignore[arg-type]


async def show(
    query: CallbackQuery, rendered: Rendered, markup: InlineKeyboardMarkup | None
) -> None:
    """Replace the pressed message with ``rendered`` where Telegram allows, else send it anew."""
    message = query.message
    parts = split_rendered(rendered)
    if isinstance(message, Message) and message.text is not None and len(parts) == 1:
        try:
            await message.edit_text(
                text=parts[0].text, entities=to_entities(parts[0]), reply_markup=markup
            )
            return
        except TelegramBadRequest as error:
            if "not modified" in error.message:
                return
            log.info("could not edit message %s: %s", message.message_id, error.message)
    if message is None or isinstance(message, InaccessibleMessage):
        chat_id = query.from_user.id
    else:
        chat_id = message.chat.id
    await send(query.bot, chat_id, rendered, markup)  # type: ignore[arg-type]


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

