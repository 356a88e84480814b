"""LeanSession sends and reads like aiogram's AiohttpSession, with less work per call."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    ClientDecodeError,
    RestartingTelegram,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    BanChatMember,
    EditMessageText,
    Response,
    SendMessage,
)
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)
from aiogram.utils.formatting import Bold, Text

from bot.keyboards import card_keyboard
from bot.postings import Catalog
from bot.session import LeanSession, NewUpdates, call_unread
from bot.telegram import to_entities
from bot.views import render_card
from emulator import Emulator
from tests.emulator.conftest import TOKEN

KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[
        [InlineKeyboardButton(text="Откликнуться", callback_data="p:apply:x")],
        [InlineKeyboardButton(text="Сайт", url="https://example.com/jobs")],
    ]
)


@pytest.fixture
async def lean(emu: Emulator) -> AsyncIterator[Bot]:
    """A Bot on LeanSession, with the bot's own default (no link previews)."""
    session = LeanSession(api=TelegramAPIServer.from_base(emu.base_url))
    bot = Bot(
        TOKEN,
        session=session,
        default=DefaultBotProperties(link_preview=LinkPreviewOptions(is_disabled=True)),
    )
    yield bot
    await bot.session.close()


async def test_a_sent_message_reads_back_as_aiogram_reads_it(
    emu: Emulator, lean: Bot, bot: Bot
) -> None:
    emu.user(1001, "Анна").register()
    text = Text("Вакансия: ", Bold("Поддержка"), " — «ответ»")
    sent = await lean.send_message(1001, **text.as_kwargs(), reply_markup=KEYBOARD)
    stock = await bot.send_message(1001, **text.as_kwargs(), reply_markup=KEYBOARD)
    assert sent.model_dump(exclude={"message_id", "date"}) == stock.model_dump(
        exclude={"message_id", "date"}
    )
    assert sent.text == "Вакансия: Поддержка — «ответ»"
    assert sent.entities is not None and sent.entities[0].type == "bold"
    assert (
        sent.reply_markup is not None and sent.reply_markup.model_dump() == KEYBOARD.model_dump()
    )
    assert sent.bot is lean and sent.chat.bot is lean and sent.reply_markup.bot is lean
    record = emu.calls("sendMessage")[0]
    assert record.params["reply_markup"]["inline_keyboard"][1][0]["url"] == (
        "https://example.com/jobs"
    )
    assert record.params["link_preview_options"] == {"is_disabled": True}  # the bot's default
    emu.assert_no_errors()


async def test_recurring_parts_are_validated_once(emu: Emulator, lean: Bot) -> None:
    emu.user(1001, "Анна").register()
    first = await lean.send_message(
        1001, **Text(Bold("Вопрос 1")).as_kwargs(), reply_markup=KEYBOARD
    )
    second = await lean.send_message(
        1001, **Text(Bold("Вопрос 1")).as_kwargs(), reply_markup=KEYBOARD
    )
    assert second.reply_markup is first.reply_markup
    assert second.chat is first.chat and second.from_user is first.from_user
    assert second.entities is not None and first.entities is not None
    assert second.entities[0] is first.entities[0]
    other = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Другая", callback_data="p:open:y")]]
    )
    third = await lean.edit_message_text(
        "Изменено", chat_id=1001, message_id=second.message_id, reply_markup=other
    )
    assert isinstance(third, Message)
    assert third.reply_markup is not None and third.reply_markup is not first.reply_markup
    assert third.reply_markup.model_dump() == other.model_dump()
    assert third.entities is None and third.text == "Изменено"


async def test_parts_are_not_shared_between_bots(emu: Emulator, lean: Bot) -> None:
    emu.user(1001, "Анна").register()
    other = Bot(TOKEN, session=lean.session)
    first = await lean.send_message(1001, "Привет", reply_markup=KEYBOARD)
    second = await other.send_message(1001, "Привет", reply_markup=KEYBOARD)
    assert first.chat.bot is lean and second.chat.bot is other
    assert second.reply_markup is not None and second.reply_markup.bot is other


async def test_the_body_is_json_and_files_still_go_as_a_form(emu: Emulator, lean: Bot) -> None:
    emu.user(1001, "Анна").register()
    session = lean.session
    assert isinstance(session, LeanSession)
    body = session.build_json(
        lean, SendMessage(chat_id=1001, text="Привет", reply_markup=KEYBOARD)
    )
    assert body is not None
    decoded = json.loads(body)
    assert decoded["chat_id"] == 1001 and decoded["text"] == "Привет"
    assert "Привет".encode() in body  # UTF-8 as is, not \u escapes
    assert decoded["link_preview_options"] == {"is_disabled": True}
    assert "parse_mode" not in decoded  # a default left unset is left out, as aiogram does
    document = await lean.send_document(1001, BufferedInputFile(b"a;b\n", "export.csv"))
    assert document.document is not None
    assert emu.file_bytes(document.document.file_id) == b"a;b\n"
    emu.assert_no_errors()


async def test_text_utf8_cannot_carry_still_goes(emu: Emulator, lean: Bot) -> None:
    emu.user(1001, "Анна").register()
    session = lean.session
    assert isinstance(session, LeanSession)
    body = session.build_json(lean, SendMessage(chat_id=1001, text="a\ud800b"))
    assert body is not None and json.loads(body)["text"] == "a\ud800b"


async def test_errors_from_the_emulator_are_aiogram_s(emu: Emulator, lean: Bot) -> None:
    user = emu.user(1001, "Анна")
    user.register()
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await lean.send_message(5, "x")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await lean.send_message(1001, "<b>x", parse_mode="HTML")
    emu.fail("sendMessage", "429", retry_after=3)
    with pytest.raises(TelegramRetryAfter) as caught:
        await lean.send_message(1001, "x")
    assert caught.value.retry_after == 3
    emu.fail("sendMessage", "5xx", status=502)
    with pytest.raises(TelegramServerError):
        await lean.send_message(1001, "x")
    emu.fail("sendMessage", "drop")
    with pytest.raises(TelegramNetworkError):
        await lean.send_message(1001, "x")
    user.block()
    with pytest.raises(TelegramForbiddenError, match="blocked"):
        await lean.send_message(1001, "x")


def _answer(status: int, body: dict[str, Any] | str) -> tuple[int, bytes]:
    text = body if isinstance(body, str) else json.dumps(body)
    return status, text.encode()


ERRORS = [
    (_answer(400, {"ok": False, "error_code": 400, "description": "Bad Request: x"}), "bad"),
    (
        _answer(
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 7",
                "parameters": {"retry_after": 7},
            },
        ),
        "retry",
    ),
    (
        _answer(
            400,
            {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: group chat was upgraded to a supergroup chat",
                "parameters": {"migrate_to_chat_id": -1009},
            },
        ),
        "migrate",
    ),
    (_answer(403, {"ok": False, "error_code": 403, "description": "Forbidden: blocked"}), "403"),
    (_answer(404, {"ok": False, "error_code": 404, "description": "Not Found"}), "404"),
    (_answer(409, {"ok": False, "error_code": 409, "description": "Conflict"}), "409"),
    (_answer(401, {"ok": False, "error_code": 401, "description": "Unauthorized"}), "401"),
    (_answer(413, {"ok": False, "error_code": 413, "description": "Too large"}), "413"),
    (_answer(500, {"ok": False, "error_code": 500, "description": "Internal"}), "500"),
    (_answer(502, {"ok": False, "error_code": 502, "description": "restart"}), "restart"),
    (_answer(418, {"ok": False, "error_code": 418, "description": "odd"}), "other"),
    (_answer(200, {"ok": False, "error_code": 400, "description": "odd"}), "200-not-ok"),
    (_answer(200, "<html>not json</html>"), "not-json"),
    (_answer(200, {"ok": True, "result": {"message_id": "x"}}), "bad-result"),
    (_answer(502, "<html>Bad Gateway</html>"), "html-error"),
]


@pytest.mark.parametrize(("answer", "name"), ERRORS, ids=[name for _, name in ERRORS])
def test_an_error_answer_raises_what_aiogram_raises(answer: tuple[int, bytes], name: str) -> None:
    status, raw = answer
    bot = Bot(TOKEN)
    method = SendMessage(chat_id=1, text="x")
    with pytest.raises(Exception) as stock:
        AiohttpSession().check_response(bot, method, status, raw.decode())
    with pytest.raises(Exception) as lean:
        LeanSession().read_response(bot, method, status, raw)
    assert type(lean.value) is type(stock.value)
    assert isinstance(lean.value, TelegramAPIError | ClientDecodeError)
    assert str(lean.value) == str(stock.value)
    for field in ("retry_after", "migrate_to_chat_id", "message"):
        assert getattr(lean.value, field, None) == getattr(stock.value, field, None)
    if isinstance(stock.value, TelegramAPIError):
        assert lean.value.method is method  # type: ignore[attr-defined]


def test_every_aiogram_error_kind_is_covered() -> None:
    """The table above reaches each exception aiogram's check_response can raise."""
    bot = Bot(TOKEN)
    method = SendMessage(chat_id=1, text="x")
    raised = set()
    for (status, raw), _ in ERRORS:
        try:
            LeanSession().read_response(bot, method, status, raw)
        except Exception as error:
            raised.add(type(error))
    assert raised >= {
        TelegramBadRequest,
        TelegramRetryAfter,
        TelegramMigrateToChat,
        TelegramForbiddenError,
        TelegramNotFound,
        TelegramConflictError,
        TelegramUnauthorizedError,
        TelegramEntityTooLarge,
        TelegramServerError,
        RestartingTelegram,
        TelegramAPIError,
        ClientDecodeError,
    }


def test_a_successful_answer_without_a_message_reads_as_aiogram_reads_it() -> None:
    bot = Bot(TOKEN)
    method = EditMessageText(text="x", inline_message_id="abc")
    status, raw = _answer(200, {"ok": True, "result": True})
    assert LeanSession().read_response(bot, method, status, raw).result is True


async def test_an_edit_nobody_reads_is_made_and_only_checked(emu: Emulator, lean: Bot) -> None:
    emu.user(1001, "Анна").register()
    sent = await lean.send_message(1001, "Вопрос 1", reply_markup=KEYBOARD)
    edit = EditMessageText(chat_id=1001, message_id=sent.message_id, text="Вопрос 2")
    read = Response[edit.__returning__]  # type: ignore[name-defined]
    validated = 0
    original = read.model_validate

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal validated
        validated += 1
        return original(*args, **kwargs)

    read.model_validate = counted  # type: ignore[method-assign]
    try:
        await call_unread(lean, edit)
        assert validated == 0  # the edited message was not read into objects
        await lean(EditMessageText(chat_id=1001, message_id=sent.message_id, text="Вопрос 3"))
        assert validated == 1  # a caller that reads the result gets it read, as ever
    finally:
        del read.model_validate
    assert [c.params["text"] for c in emu.calls("editMessageText")] == ["Вопрос 2", "Вопрос 3"]
    with pytest.raises(TelegramBadRequest):  # a failure raises what aiogram raises
        await call_unread(lean, EditMessageText(chat_id=1001, message_id=999, text="x"))


@pytest.mark.parametrize(("answer", "name"), ERRORS, ids=[name for _, name in ERRORS])
async def test_an_error_answer_nobody_reads_still_raises(
    answer: tuple[int, bytes], name: str
) -> None:
    status, raw = answer
    bot = Bot(TOKEN)
    method = SendMessage(chat_id=1, text="x")
    with pytest.raises(Exception) as read:
        LeanSession().read_response(bot, method, status, raw)
    session = LeanSession()

    async def make_request(*args: Any, **kwargs: Any) -> Any:
        return session.read_response(bot, method, status, raw).result

    session.make_request = make_request  # type: ignore[method-assign]
    bot = Bot(TOKEN, session=session)
    if name == "bad-result":  # a success: the malformed result is what is left unread
        await call_unread(bot, method)
        return
    with pytest.raises(type(read.value)):
        await call_unread(bot, method)


async def test_updates_the_poller_holds_are_not_read_again(
    emu: Emulator, lean: Bot, bot: Bot
) -> None:
    user = emu.user(1001, "Анна")
    for text in ("one", "two", "three"):
        await user.send(text)
    first = [u.update_id for u in await lean(NewUpdates(timeout=0))]
    assert len(first) == 3
    held = NewUpdates(timeout=0).held(frozenset({first[1]}), below=first[0] + 1)
    again = await lean(held)
    assert [u.update_id for u in again] == [first[2]]
    assert again[0].message is not None and again[0].message.text == "three"
    # Any other session reads them all, as getUpdates does: the poller filters them itself.
    assert [u.update_id for u in await bot(held)] == first


async def test_presses_on_one_screen_read_its_parts_once_and_as_aiogram_reads_them(
    emu: Emulator, lean: Bot, bot: Bot
) -> None:
    anna, boris = emu.user(1001, "Анна"), emu.user(1002, "Борис")
    for person in (anna, boris):
        person.register()
        await lean.send_message(
            person.chat.id,
            **Text(Bold("Вакансия"), " и раздел").as_kwargs(),
            reply_markup=KEYBOARD,
        )
        await person.press("Откликнуться")
    await anna.send("/start x")
    call = NewUpdates(timeout=0)
    read = await lean(call)
    first, second = (u.callback_query for u in read[:2])
    assert first is not None and second is not None
    assert isinstance(first.message, Message) and isinstance(second.message, Message)
    # The screen both pressed is one keyboard and one set of entities, validated once.
    assert second.message.reply_markup is first.message.reply_markup
    assert second.message.entities is not None and first.message.entities is not None
    assert second.message.entities[0] is first.message.entities[0]
    assert second.message.from_user is first.message.from_user
    assert first.message.reply_markup is not None and first.message.reply_markup.bot is lean
    # Field for field what aiogram reads, and the updates kept as Telegram sent them.
    stock = await bot(NewUpdates(timeout=0))
    assert [u.model_dump() for u in read] == [u.model_dump() for u in stock]
    for update in read:
        sent = call.as_sent(update.update_id)
        assert sent is not None
        assert json.loads(json.dumps(sent)) == sent  # plain JSON values, nothing validated


def aiogram_body(session: LeanSession, bot: Bot, method: Any) -> dict[str, Any]:
    """The body as aiogram's own steps give it: the call's dump, each value prepared."""
    files: dict[str, Any] = {}
    body = {}
    for key, value in method.model_dump(warnings=False).items():
        prepared = session.prepare_value(value, bot=bot, files=files, _dumps_json=False)
        if prepared is not None and prepared != "":
            body[key] = prepared
    return body


def calls() -> list[Any]:
    """Calls with every kind of value a body holds: keyboards, entities, defaults, dates."""
    entities = [
        MessageEntity(type="bold", offset=0, length=6),
        MessageEntity(type="text_link", offset=7, length=4, url="https://example.com"),
    ]
    reply_keyboard = ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text="Поделиться", request_contact=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    return [
        SendMessage(chat_id=1001, text="Привет мир", entities=entities, reply_markup=KEYBOARD),
        SendMessage(
            chat_id=1001,
            text="Привет",
            reply_markup=reply_keyboard,
            reply_parameters=ReplyParameters(message_id=5),
        ),
        SendMessage(chat_id=1001, text="x", reply_markup=ReplyKeyboardRemove()),
        SendMessage(chat_id=1001, text="", entities=[]),
        EditMessageText(
            chat_id=1001, message_id=7, text="Привет мир", entities=entities, reply_markup=KEYBOARD
        ),
        AnswerCallbackQuery(callback_query_id="42", text="Готово", show_alert=False),
        BanChatMember(chat_id=-100, user_id=5, until_date=dt.datetime(2030, 1, 2, tzinfo=dt.UTC)),
        BanChatMember(chat_id=-100, user_id=5, until_date=dt.timedelta(days=1)),
    ]


async def test_bodies_are_aiogram_s_sent_first_or_again(emu: Emulator, lean: Bot) -> None:
    session = lean.session
    assert isinstance(session, LeanSession)
    for method in calls():
        expected = aiogram_body(session, lean, method)
        for _ in range(2):  # the second time its keyboard and entities are prepared already
            body = session.build_json(lean, method)
            assert body is not None
            assert list(json.loads(body).items()) == list(expected.items()), method


async def test_a_keyboard_changed_after_it_was_sent_is_sent_as_it_is_now(
    emu: Emulator, lean: Bot
) -> None:
    session = lean.session
    assert isinstance(session, LeanSession)
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Раз", callback_data="a:1")]]
    )
    method = SendMessage(chat_id=1001, text="x", reply_markup=markup)
    first = json.loads(session.build_json(lean, method) or b"")
    assert first["reply_markup"]["inline_keyboard"] == [[{"text": "Раз", "callback_data": "a:1"}]]
    # aiogram's objects are frozen, but a keyboard's rows are plain lists.
    markup.inline_keyboard[0][0] = InlineKeyboardButton(text="Два", callback_data="a:2")
    markup.inline_keyboard.append([InlineKeyboardButton(text="Три", callback_data="a:3")])
    again = json.loads(session.build_json(lean, method) or b"")
    assert again["reply_markup"]["inline_keyboard"] == [
        [{"text": "Два", "callback_data": "a:2"}],
        [{"text": "Три", "callback_data": "a:3"}],
    ]


RELOADED = """---
title: {title}
slug: courier
---

## Обязанности
- доставлять заказы.
{more}"""


async def test_a_reloaded_posting_s_keyboard_goes_out_as_the_new_version(
    emu: Emulator, lean: Bot, tmp_path: Path
) -> None:
    session = lean.session
    assert isinstance(session, LeanSession)
    (tmp_path / "courier.md").write_text(RELOADED.format(title="Курьер", more=""), "utf-8")
    catalog = Catalog(tmp_path)
    catalog.reload()

    def card_body() -> dict[str, Any]:
        posting = catalog.get("courier")
        assert posting is not None
        markup = card_keyboard(posting, "ru", show_list=False)
        rendered = render_card(posting, "ru")
        method = SendMessage(
            chat_id=1, text=rendered.text, entities=to_entities(rendered), reply_markup=markup
        )
        body = json.loads(session.build_json(lean, method) or b"")
        assert body == aiogram_body(session, lean, method)
        return body

    def labels(body: dict[str, Any]) -> list[str]:
        return [b["text"] for row in body["reply_markup"]["inline_keyboard"] for b in row]

    before = card_body()
    assert before["text"].startswith("Курьер") and "Условия" not in labels(before)
    more = "\n## Условия\n- график 2/2.\n"
    newer = RELOADED.format(title="Старший курьер", more=more)
    (tmp_path / "courier.md").write_text(newer, "utf-8")
    catalog.reload()
    after = card_body()
    assert after["text"].startswith("Старший курьер") and "Условия" in labels(after)
