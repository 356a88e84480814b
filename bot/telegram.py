"""The thin layer between rendered text and Telegram: entities, splitting, editing in place."""

from __future__ import annotations

import logging
from functools import lru_cache

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
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
