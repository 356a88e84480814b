"""The test client: reply keyboards, waiting for the bot, rendering a transcript."""

from __future__ import annotations

import asyncio

import pytest

from emulator import Emulator
from emulator.terminal import render_transcript, styled_text

REPLY_KEYBOARD = {
    "keyboard": [[{"text": "Поделиться номером", "request_contact": True}, {"text": "Отмена"}]],
    "one_time_keyboard": True,
}


async def test_reply_keyboard_buttons(emu: Emulator) -> None:
    user = emu.user(1001, "Анна", phone="+79990000000")
    user.register()
    await emu.api.send_message({"chat_id": 1001, "text": "Номер?", "reply_markup": REPLY_KEYBOARD})
    assert user.last_message().reply_keyboard() == ["Поделиться номером", "Отмена"]
    sent = await user.press_reply_button("Поделиться номером")
    assert sent.extra["contact"]["phone_number"] == "+79990000000"
    with pytest.raises(LookupError, match="no reply button"):
        await user.press_reply_button("Отмена")  # one-time keyboard is gone


async def test_wait_for_reply_sees_only_new_messages(emu: Emulator) -> None:
    user = emu.user(1001)
    user.register()
    await emu.api.send_message({"chat_id": 1001, "text": "old"})
    await user.send("hi")

    async def answer_later() -> None:
        await asyncio.sleep(0.05)
        await emu.api.send_message({"chat_id": 1001, "text": "new"})

    task = asyncio.create_task(answer_later())
    emu.api.delivered_up_to = emu.api.next_update_id  # no bot polls here
    reply = await user.wait_for_reply(timeout=1, quiet=0.02)
    await task
    assert reply.text == "new"
    with pytest.raises(TimeoutError, match="did not answer"):
        await user.wait_for_reply(timeout=0.05)


async def test_wait_idle_times_out_while_updates_wait(emu: Emulator) -> None:
    await emu.user(1001).send("nobody polls")
    with pytest.raises(TimeoutError, match="1 updates not fetched"):
        await emu.wait_idle(timeout=0.05)


async def test_render_numbers_buttons_and_shows_links(emu: Emulator) -> None:
    user = emu.user(1001, "Анна")
    await user.send("/start")
    markup = {
        "inline_keyboard": [
            [
                {"text": "Откликнуться", "callback_data": "a"},
                {"text": "Вопрос", "callback_data": "q"},
            ],
            [{"text": "Сайт", "url": "https://example.org"}],
        ]
    }
    await emu.api.send_message(
        {
            "chat_id": 1001,
            "text": 'Смотрите <a href="https://x.io">сайт</a>',
            "parse_mode": "HTML",
            "reply_markup": markup,
        }
    )
    text = user.render()
    assert "#1 Анна:\n  /start" in text
    assert "Смотрите сайт (https://x.io)" in text
    assert "[1] Откликнуться   [2] Вопрос" in text
    assert "[3] Сайт → https://example.org" in text
    colored = render_transcript(user.transcript(), color=True)
    assert "\x1b[1m" in colored
    assert await user.press(2)
    assert styled_text(user.last_message()) == "Смотрите сайт (https://x.io)"


async def test_an_update_fetched_but_not_confirmed_is_not_handled_yet(emu: Emulator) -> None:
    user = emu.user(1001)
    user.register()
    await user.send("Какой график?")
    fetched = await emu.api.get_updates({"offset": 0, "timeout": 0})
    assert emu.api.undelivered() == 0 and emu.api.unconfirmed() == 1
    emu.api.last_activity -= 1  # as if the bot had been silent for a second since
    emu.last_push -= 1
    assert emu.is_idle(0.5)
    # A bot that confirms only what it has handled may still be working on it.
    assert not emu.is_idle(0.5, handled=True)
    await emu.api.get_updates({"offset": fetched[-1]["update_id"] + 1, "timeout": 0})
    emu.api.last_activity -= 1
    assert emu.api.unconfirmed() == 0 and emu.is_idle(0.5, handled=True)


async def test_waiting_for_handled_updates_times_out_while_one_is_unconfirmed(
    emu: Emulator,
) -> None:
    user = emu.user(1001)
    user.register()
    await user.send("Какой график?")
    await emu.api.get_updates({"offset": 0, "timeout": 0})
    await emu.wait_idle(quiet=0, timeout=0.05)  # fetched: idle in the plain sense
    with pytest.raises(TimeoutError, match="1 not confirmed"):
        await emu.wait_idle(quiet=0, timeout=0.05, handled=True)
