"""Channels, photos, blocked users and Telegram's flood limits, as a real aiogram Bot sees them."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from emulator import Emulator, Rule

CHANNEL = -1001000000001
LINK = "https://t.me/emulated_bot?start=courier__c1001000000001"
URL_BUTTON = InlineKeyboardMarkup(
    inline_keyboard=[[InlineKeyboardButton(text="Подробнее и откликнуться", url=LINK)]]
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


async def test_channel_post_keeps_its_url_button_and_is_edited_in_place(
    emu: Emulator, bot: Bot
) -> None:
    channel = emu.channel(CHANNEL, "Вакансии")
    chat = await bot.get_chat(CHANNEL)
    assert chat.type == "channel" and chat.title == "Вакансии"
    member = await bot.get_chat_member(CHANNEL, bot.id)
    assert member.status == "administrator" and member.can_post_messages  # type: ignore[union-attr]

    sent = await bot.send_message(CHANNEL, "Курьер", reply_markup=URL_BUTTON)
    assert sent.sender_chat is not None and sent.sender_chat.id == CHANNEL
    assert sent.from_user is None  # a channel post comes from the channel, not the bot
    post = channel.last_message()
    assert post.button("Подробнее и откликнуться").url == LINK  # type: ignore[union-attr]

    await bot.edit_message_text("Курьер — закрыта", chat_id=CHANNEL, message_id=sent.message_id)
    assert post.text == "Курьер — закрыта" and post.buttons() == []  # no markup: button gone
    assert post.history[0].text == "Курьер"


async def test_a_channel_where_the_bot_is_no_admin_refuses_it(emu: Emulator, bot: Bot) -> None:
    channel = emu.channel(CHANNEL, "Чужой канал", admin=False)
    member = await bot.get_chat_member(CHANNEL, bot.id)
    assert member.status == "left"
    with pytest.raises(TelegramForbiddenError, match="not a member of the channel chat"):
        await bot.send_message(CHANNEL, "Курьер")
    channel.set_admin()
    await bot.send_message(CHANNEL, "Курьер")
    assert channel.last_message().text == "Курьер"


async def test_photo_with_caption_in_a_channel_and_caption_edits(emu: Emulator, bot: Bot) -> None:
    channel = emu.channel(CHANNEL)
    photo = BufferedInputFile(PNG, filename="courier.png")
    sent = await bot.send_photo(CHANNEL, photo, caption="Курьер", reply_markup=URL_BUTTON)
    assert sent.photo and sent.caption == "Курьер"
    post = channel.last_message()
    assert post.kind == "photo" and post.file_data == PNG and post.caption == "Курьер"
    assert post.button("Подробнее и откликнуться") is not None

    await bot.edit_message_caption(
        chat_id=CHANNEL, message_id=sent.message_id, caption="Курьер", reply_markup=None
    )
    assert post.caption == "Курьер" and post.buttons() == []  # no markup: the button is gone
    await bot.edit_message_caption(chat_id=CHANNEL, message_id=sent.message_id, caption="Закрыта")
    assert post.caption == "Закрыта"
    with pytest.raises(TelegramBadRequest, match="no text in the message"):
        await bot.edit_message_text("x", chat_id=CHANNEL, message_id=sent.message_id)
    with pytest.raises(TelegramBadRequest, match="caption is too long"):
        await bot.send_photo(CHANNEL, photo, caption="я" * 1025)
    again = await bot.send_photo(CHANNEL, sent.photo[-1].file_id)  # a known file id
    assert again.photo


async def test_a_user_who_blocked_the_bot_gets_403(emu: Emulator, bot: Bot) -> None:
    user = emu.user(1001)
    user.block()
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(1001, "Новая вакансия")
    user.block(False)
    await bot.send_message(1001, "Новая вакансия")


async def test_url_button_link_starts_the_bot_with_its_payload(emu: Emulator) -> None:
    user = emu.user(1001)
    sent = await user.open_link(LINK)
    assert sent.text == "/start courier__c1001000000001"
    with pytest.raises(ValueError, match="not a link"):
        await user.open_link("https://t.me/other_bot?start=x")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_flood_limits_are_off_unless_asked(emu: Emulator, bot: Bot) -> None:
    emu.user(1001).register()
    for _ in range(10):
        await bot.send_message(1001, "x")
    assert emu.rate_limits.refused == 0


async def test_one_a_second_in_a_private_chat_after_a_short_burst(emu: Emulator, bot: Bot) -> None:
    clock = Clock()
    emu.rate_limits.enabled, emu.rate_limits.clock = True, clock
    emu.user(1001).register()
    for _ in range(3):  # the burst Telegram tolerates
        await bot.send_message(1001, "x")
    with pytest.raises(TelegramRetryAfter) as refused:
        await bot.send_message(1001, "x")
    assert refused.value.retry_after == 1
    assert len(emu.user(1001).bot_messages()) == 3  # the refused one was not delivered
    emu.user(1002).register()
    await bot.send_message(1002, "x")  # another chat is not held back
    clock.now += 1.0
    await bot.send_message(1001, "x")
    assert emu.rate_limits.refused == 1


async def test_twenty_a_minute_in_a_channel_edits_included(emu: Emulator, bot: Bot) -> None:
    clock = Clock()
    emu.rate_limits.enabled, emu.rate_limits.clock = True, clock
    emu.channel(CHANNEL)
    sent = await bot.send_message(CHANNEL, "0")
    for number in range(1, 20):
        await bot.edit_message_text(str(number), chat_id=CHANNEL, message_id=sent.message_id)
    with pytest.raises(TelegramRetryAfter) as refused:
        await bot.send_message(CHANNEL, "x")
    assert refused.value.retry_after == 3  # one token back every 60/20 s
    clock.now += 3.0
    await bot.send_message(CHANNEL, "x")


async def test_about_thirty_a_second_overall(emu: Emulator, bot: Bot) -> None:
    clock = Clock()
    limits = emu.rate_limits
    limits.enabled, limits.clock = True, clock
    limits.private = Rule(100, 1.0)  # only the overall limit is under test
    for user_id in range(1, 41):
        emu.user(user_id).register()
    for user_id in range(1, 31):
        await bot.send_message(user_id, "x")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(31, "x")
    clock.now += 0.5  # half a second refills 15
    for user_id in range(31, 41):
        await bot.send_message(user_id, "x")
    status = [r.status for r in emu.requests if r.method == "sendMessage"]
    assert status.count(429) == 1 and status.count(200) == 40
    body = emu.errors()[0].response or {}
    assert body["parameters"] == {"retry_after": 1}
