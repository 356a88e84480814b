"""A real aiogram Bot and Dispatcher work against the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from aiogram.utils.formatting import Bold, Text

from emulator import Emulator

KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[[InlineKeyboardButton(text="Откликнуться", callback_data="apply")]]
)


async def test_send_edit_and_answer_callback(emu: Emulator, bot: Bot) -> None:
    user = emu.user(1001, "Анна")
    user.register()
    sent = await bot.send_message(
        1001, **Text("Вакансия: ", Bold("Поддержка")).as_kwargs(), reply_markup=KEYBOARD
    )
    assert sent.entities is not None and sent.entities[0].type == "bold"
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "apply"
    edited = await bot.edit_message_text("Спасибо", chat_id=1001, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.text == "Спасибо"
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("Спасибо", chat_id=1001, message_id=sent.message_id)
    await bot.edit_message_reply_markup(
        chat_id=1001, message_id=sent.message_id, reply_markup=KEYBOARD
    )
    query_id = await user.press("Откликнуться")
    assert await bot.answer_callback_query(query_id, text="Принято")
    assert user.callback_answers()[0].text == "Принято"
    assert len(user.last_message().history) == 2


async def test_other_methods_parse(emu: Emulator, bot: Bot) -> None:
    emu.user(1001).register()
    me = await bot.get_me()
    assert me.id == 123456 and me.is_bot
    document = await bot.send_document(1001, BufferedInputFile(b"a;b\n", "export.csv"))
    assert document.document is not None
    assert emu.file_bytes(document.document.file_id) == b"a;b\n"
    assert await bot.set_my_commands([BotCommand(command="start", description="Начать")])
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    assert await bot.delete_my_commands()
    assert await bot.send_chat_action(1001, "typing")
    chat = await bot.get_chat(1001)
    assert chat.type == "private"
    assert await bot.delete_webhook(drop_pending_updates=True)
    emu.assert_no_errors()


async def test_errors_map_to_aiogram_exceptions(emu: Emulator, bot: Bot) -> None:
    emu.user(1001).register()
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(5, "x")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(1001, "<b>x", parse_mode="HTML")
    emu.fail("sendMessage", "429", retry_after=3)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(1001, "x")
    assert caught.value.retry_after == 3
    emu.fail("sendMessage", "5xx", status=502)
    with pytest.raises(TelegramServerError):
        await bot.send_message(1001, "x")
    emu.fail("sendMessage", "drop")
    with pytest.raises(TelegramNetworkError):
        await bot.send_message(1001, "x")


async def test_user_updates_are_valid_aiogram_updates(emu: Emulator) -> None:
    user = emu.user(1001, "Анна", username="anna", phone="+79991234567")
    await user.send("/start tech-support-specialist")
    await user.send_contact()
    await user.send_sticker()
    await user.send_photo("фото")
    hr = emu.group(-100123, "HR")
    post = await emu.api.send_message({"chat_id": hr.id, "text": "Вопрос"})
    await hr.member(emu.user(2001, "Ольга")).reply_to(post["message_id"], "Ответ")
    updates = [Update.model_validate(u) for u in emu.api.updates]
    start = updates[0].message
    assert start is not None and start.entities is not None
    assert start.entities[0].type == "bot_command"
    assert updates[1].message and updates[1].message.contact
    assert updates[1].message.contact.phone_number == "+79991234567"
    assert updates[2].message and updates[2].message.sticker
    assert updates[3].message and updates[3].message.photo and updates[3].message.caption
    group_reply = updates[4].message
    assert group_reply is not None and group_reply.reply_to_message is not None
    assert group_reply.reply_to_message.text == "Вопрос"
    assert group_reply.chat.type == "group" and group_reply.chat.title == "HR"


def build_dispatcher() -> Dispatcher:
    """Return a tiny bot: /start shows a button, the button edits the message."""
    dp = Dispatcher()

    @dp.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> None:
        await message.answer(f"Вакансия {command.args}", reply_markup=KEYBOARD)

    @dp.callback_query(F.data == "apply")
    async def apply(query: CallbackQuery) -> None:
        await query.answer()
        assert isinstance(query.message, Message)
        await query.message.edit_text("Анкета начата")

    @dp.message(F.chat.type == "supergroup", F.reply_to_message)
    async def hr_reply(message: Message) -> None:
        await message.answer("Передано кандидату")

    return dp


@pytest.fixture
async def polling(emu: Emulator, bot: Bot) -> AsyncIterator[Dispatcher]:
    """Run a Dispatcher polling the emulator; stop it cleanly afterwards."""
    dp = build_dispatcher()
    task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
    yield dp
    await dp.stop_polling()
    await asyncio.wait_for(task, 2)


async def test_dispatcher_answers_a_user(emu: Emulator, polling: Dispatcher) -> None:
    user = emu.user(1001, "Анна", language_code="ru")
    await user.send("/start tech-support-specialist")
    reply = await user.wait_for_reply(timeout=3)
    assert reply.text == "Вакансия tech-support-specialist"
    assert reply.button("Откликнуться")
    assert "[1] Откликнуться" in user.render()
    await user.press("Откликнуться")
    edited = await user.wait_for_reply(timeout=3)
    assert edited.text == "Анкета начата" and edited.buttons() == []
    assert len(user.callback_answers()) == 1
    emu.assert_no_errors()


async def test_dispatcher_sees_group_replies(emu: Emulator, polling: Dispatcher) -> None:
    hr = emu.group(-1001234567890, "HR")
    member = hr.member(emu.user(2001, "Ольга"))
    bot_post = await emu.api.send_message({"chat_id": hr.id, "text": "Вопрос кандидата"})
    await member.reply_to(bot_post["message_id"], "Ответ HR")
    reply = await member.wait_for_reply(timeout=3)
    assert reply.text == "Передано кандидату"
    assert hr.transcript()[1].reply_to_message_id == bot_post["message_id"]
    await emu.wait_idle()
