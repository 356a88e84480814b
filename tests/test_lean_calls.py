"""``send``, ``show``, ``answer_press`` and ``drop_markup`` build the very calls aiogram's
shortcuts build (``bot.send_message``, ``message.edit_text``, ``query.answer``,
``message.edit_reply_markup``), with fewer fields handed to pydantic: what goes to Telegram,
field for field and with the bot's defaults, is the same."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
    TelegramMethod,
)
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    User,
)

from bot.postings.render import Entity, Rendered
from bot.session import LeanSession
from bot.telegram import answer_press, bot_of, call, drop_markup, send, show, to_entities
from tests.harness import TOKEN

NOW = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)
USER = User(id=7, is_bot=False, first_name="Анна")
MARKUP = InlineKeyboardMarkup(
    inline_keyboard=[[InlineKeyboardButton(text="Да", callback_data="a:y")]]
)
RENDERED = Rendered("Вопрос 1 из 2\nКак вас зовут?", (Entity("bold", 14, 14),))


class Keeps(BaseSession):
    """Keeps every call; answers a message call with a message, anything else with True."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[TelegramMethod[Any]] = []

    async def close(self) -> None:
        return None

    async def stream_content(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover
        raise AssertionError

    async def make_request(
        self, bot: Bot, method: TelegramMethod[Any], timeout: Any = None
    ) -> Any:
        self.calls.append(method)
        if hasattr(method, "text") and hasattr(method, "chat_id"):
            chat = Chat(id=int(method.chat_id), type="private")
            return Message(message_id=5, date=NOW, chat=chat, text=method.text)
        return True


def sent_as(bot: Bot, call: TelegramMethod[Any]) -> bytes | None:
    """What the bot's real session puts on the wire for ``call`` (defaults filled in)."""
    return LeanSession().build_json(bot, call)


def the_bot() -> tuple[Bot, Keeps]:
    session = Keeps()
    default = DefaultBotProperties(link_preview=LinkPreviewOptions(is_disabled=True))
    return Bot(TOKEN, session=session, default=default), session


def pressed(bot: Bot, business: str | None = None) -> CallbackQuery:
    chat = Chat(id=7, type="private")
    shown = Message(
        message_id=3,
        date=NOW,
        chat=chat,
        text="экран",
        business_connection_id=business,
    )
    query = CallbackQuery(id="42", from_user=USER, chat_instance="c", message=shown, data="a:y")
    return CallbackQuery.model_validate(query.model_dump(), context={"bot": bot})


async def test_send_is_send_message() -> None:
    bot, session = the_bot()
    await send(bot, 7, RENDERED, MARKUP, reply_to=2)
    await bot.send_message(
        chat_id=7,
        text=RENDERED.text,
        entities=to_entities(RENDERED),
        reply_markup=MARKUP,
        reply_parameters=ReplyParameters(message_id=2),
    )
    lean, aiograms = session.calls
    assert type(lean) is type(aiograms)
    assert lean.model_dump() == aiograms.model_dump()
    assert sent_as(bot, lean) == sent_as(bot, aiograms)
    assert b'"link_preview_options":{"is_disabled":true}' in (sent_as(bot, lean) or b"")


async def test_show_is_edit_text() -> None:
    for business in (None, "biz-1"):
        bot, session = the_bot()
        query = pressed(bot, business)
        await show(query, RENDERED, MARKUP)
        assert isinstance(query.message, Message)
        await query.message.edit_text(
            text=RENDERED.text, entities=to_entities(RENDERED), reply_markup=MARKUP
        )
        lean, aiograms = session.calls
        assert type(lean) is type(aiograms)
        assert lean.model_dump() == aiograms.model_dump()
        assert sent_as(bot, lean) == sent_as(bot, aiograms)


async def test_answer_press_is_query_answer() -> None:
    for args, kwargs in (((), {}), (("Готово",), {}), (("Нельзя",), {"show_alert": True})):
        bot, session = the_bot()
        query = pressed(bot)
        assert await answer_press(query, *args, **kwargs) is True
        await query.answer(*args, **kwargs)
        lean, aiograms = session.calls
        assert type(lean) is type(aiograms)
        assert lean.model_dump() == aiograms.model_dump()
        assert sent_as(bot, lean) == sent_as(bot, aiograms)


async def test_drop_markup_is_edit_reply_markup() -> None:
    for business in (None, "biz-1"):
        bot, session = the_bot()
        query = pressed(bot, business)
        assert isinstance(query.message, Message)
        await drop_markup(query.message)
        await query.message.edit_reply_markup(reply_markup=None)
        lean, aiograms = session.calls
        assert type(lean) is type(aiograms)
        assert lean.model_dump() == aiograms.model_dump()
        assert sent_as(bot, lean) == sent_as(bot, aiograms)


def test_call_is_the_validated_call() -> None:
    """``call`` copies a blank call instead of validating: the same fields, the same fields
    set, and no blank changed by a call built from it."""
    cases: list[tuple[type[TelegramMethod[Any]], dict[str, Any]]] = [
        (AnswerCallbackQuery, {"callback_query_id": "42", "text": None, "show_alert": None}),
        (AnswerCallbackQuery, {"callback_query_id": "42", "text": "Нельзя", "show_alert": True}),
        (
            SendMessage,
            {
                "chat_id": 7,
                "text": RENDERED.text,
                "entities": to_entities(RENDERED),
                "reply_markup": MARKUP,
                "reply_parameters": ReplyParameters(message_id=2),
            },
        ),
        (
            EditMessageText,
            {
                "chat_id": 7,
                "message_id": 3,
                "text": RENDERED.text,
                "entities": to_entities(RENDERED),
                "reply_markup": None,
                "business_connection_id": "biz-1",
            },
        ),
        (EditMessageReplyMarkup, {"chat_id": 7, "message_id": 3, "business_connection_id": None}),
    ]
    for kind, fields in cases:
        built, validated = call(kind, **fields), kind(**fields)
        assert built == validated
        assert built.model_fields_set == validated.model_fields_set
        assert built.model_dump() == validated.model_dump()
        assert built.__pydantic_private__ == validated.__pydantic_private__
        assert built.__pydantic_extra__ == validated.__pydantic_extra__
        assert built.model_extra is not call(kind, **fields).model_extra  # each its own
        assert call(kind, **{k: v for k, v in fields.items() if v is None}) != built or all(
            v is None for v in fields.values()
        )
    blank = call(SendMessage, chat_id=1, text="x")
    assert blank.model_fields_set == {"chat_id", "text"} and blank.entities is None
    # A name that is no field goes where pydantic's model_copy puts it: among the extras.
    odd = call(SendMessage, chat_id=1, text="x", not_a_field=1)
    assert odd.model_extra == {"not_a_field": 1} and "not_a_field" not in odd.__dict__
    assert call(SendMessage, chat_id=1, text="x").model_extra == {}


def test_bot_of_is_the_bot_aiogram_bound() -> None:
    bot, _ = the_bot()
    query = pressed(bot)
    assert isinstance(query.message, Message)
    for event in (query, query.message, query.model_copy(), query.message.as_(bot)):
        assert bot_of(event) is event.bot is bot
    other, _ = the_bot()
    assert bot_of(query.as_(other)) is other
    with pytest.raises(RuntimeError, match="not bound"):
        bot_of(Message(message_id=1, date=NOW, chat=Chat(id=7, type="private")))
