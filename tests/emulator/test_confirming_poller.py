"""Long polling that confirms an update to Telegram only once it was handled (bot.updates)."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.updates import ConfirmingPoller, PastCallbackAnswers
from emulator import Emulator


async def wait_until(condition: object, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():  # type: ignore[operator]
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


def pending_ids(emu: Emulator) -> list[int]:
    """Update ids the emulator still keeps: not confirmed by any getUpdates offset."""
    return [u["update_id"] for u in emu.api.updates]


def slow_and_fast(release: asyncio.Event, handled: Counter[str]) -> Dispatcher:
    """A dispatcher that answers "slow" once ``release`` is set and any other message at once,
    counting each message it handles in ``handled``."""
    dp = Dispatcher()

    async def slow(message: Message) -> None:
        handled[message.text or ""] += 1
        await release.wait()
        await message.answer("slow done")

    async def fast(message: Message) -> None:
        handled[message.text or ""] += 1
        await message.answer("fast done")

    dp.message.register(slow, F.text == "slow")
    dp.message.register(fast)
    return dp


def polling(
    dp: Dispatcher, bot: Bot
) -> tuple[ConfirmingPoller, asyncio.Event, asyncio.Task[None]]:
    """A poller of ``dp`` running until the returned event is set (its task alongside)."""
    poller = ConfirmingPoller(dp, bot, timeout=1)
    stop = asyncio.Event()
    return poller, stop, asyncio.create_task(poller.run(stop))


async def test_an_update_in_flight_is_not_confirmed_and_not_handled_twice(
    emu: Emulator, bot: Bot
) -> None:
    release = asyncio.Event()
    handled: Counter[str] = Counter()
    poller, stop, running = polling(slow_and_fast(release, handled), bot)
    user = emu.user(1001)
    await user.send("slow")
    await wait_until(lambda: handled["slow"] == 1)
    await user.send("fast")
    await user.send("faster")
    await wait_until(lambda: len(user.bot_messages()) == 2)
    await asyncio.sleep(0.3)  # a few more getUpdates calls while "slow" is still running
    # aiogram's own loop would have confirmed update 1 by now (offset = 4); here it stays.
    assert pending_ids(emu)[0] == 1
    assert poller.in_flight == 1
    assert min(c.params.get("offset") or 0 for c in emu.calls("getUpdates")[-2:]) == 1
    release.set()
    await wait_until(lambda: len(user.bot_messages()) == 3)
    await wait_until(lambda: pending_ids(emu) == [])  # the next call confirmed them all
    stop.set()
    await running
    assert await poller.finish(1.0) == 0
    assert handled == {"slow": 1, "fast": 1, "faster": 1}  # returned again, handled once


async def test_a_new_update_is_not_left_behind_one_still_running(
    emu: Emulator, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While an update is handled, Telegram answers every call at once with it (it is not
    confirmed): the poller asks again soon instead of waiting for that handler, so another
    person's message is handled while the first one still runs."""
    monkeypatch.setattr("bot.updates.WAIT_FOR_HANDLERS", 600.0)  # longer than the test
    release = asyncio.Event()
    handled: Counter[str] = Counter()
    poller, stop, running = polling(slow_and_fast(release, handled), bot)
    await emu.user(1001).send("slow")
    await wait_until(lambda: poller.in_flight == 1)
    await asyncio.sleep(0.1)  # the poller has asked again meanwhile and got only the stuck one
    other = emu.user(1002)
    await other.send("fast")
    # Answered, and its handler done (the answer is seen a moment before the handler returns),
    # while the first one still runs.
    await wait_until(lambda: len(other.bot_messages()) == 1 and poller.in_flight == 1)
    assert pending_ids(emu)[0] == 1  # the first is still unconfirmed
    release.set()
    await wait_until(lambda: poller.in_flight == 0)
    stop.set()
    await running
    assert await poller.finish(1.0) == 0
    assert handled == {"slow": 1, "fast": 1}


async def test_finish_waits_for_updates_in_flight_then_confirms(emu: Emulator, bot: Bot) -> None:
    dp = Dispatcher()
    done: list[str] = []

    async def slow(message: Message) -> None:
        await asyncio.sleep(0.5)
        done.append(message.text or "")

    dp.message.register(slow)
    poller = ConfirmingPoller(dp, bot, timeout=1)
    stop = asyncio.Event()
    running = asyncio.create_task(poller.run(stop))
    await emu.user(1001).send("in flight at stop")
    await wait_until(lambda: poller.in_flight == 1)
    stop.set()
    await running
    assert done == []
    assert await poller.finish(3.0) == 0
    assert done == ["in flight at stop"]
    assert pending_ids(emu) == []  # confirmed on the way out


async def test_a_press_answered_already_does_not_fail_the_handler_again(
    emu: Emulator, bot: Bot
) -> None:
    bot.session.middleware(PastCallbackAnswers())
    user = emu.user(1001)
    user.register()
    await bot.send_message(
        1001,
        "card",
        reply_markup=InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="Откликнуться", callback_data="apply")]]
        ),
    )
    query_id = await user.press("Откликнуться")
    assert await bot.answer_callback_query(query_id) is True
    # The same update handled again after a crash: its press was answered the first time.
    assert await bot.answer_callback_query(query_id) is False
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(5, "other refusals still fail")


async def test_work_left_for_after_start_begins_once_the_first_poll_is_sent(
    emu: Emulator, bot: Bot
) -> None:
    polls_when_called: list[int] = []
    poller = ConfirmingPoller(
        Dispatcher(),
        bot,
        timeout=1,
        on_first_poll=lambda: polls_when_called.append(len(emu.calls("getUpdates"))),
    )
    stop = asyncio.Event()
    running = asyncio.create_task(poller.run(stop))
    await wait_until(lambda: len(emu.calls("getUpdates")) >= 2)  # long polls of 1 s each
    stop.set()
    await running
    assert polls_when_called == [0]  # once, while the first call was on its way


async def test_an_update_cut_short_at_a_stop_is_not_confirmed_and_is_counted(
    emu: Emulator, bot: Bot
) -> None:
    """A handler still running when the stop's grace runs out is cancelled: the update was not
    handled, so Telegram must deliver it again after the restart, not have it confirmed."""
    release = asyncio.Event()  # never set: "slow" outlives the grace
    handled: Counter[str] = Counter()
    poller, stop, running = polling(slow_and_fast(release, handled), bot)
    user = emu.user(1001)
    await user.send("slow")
    await wait_until(lambda: poller.in_flight == 1)
    await user.send("fast")
    await wait_until(lambda: len(user.bot_messages()) == 1)
    stop.set()
    await running
    assert await poller.finish(0.2) == 1  # one update was cut short
    # Neither is confirmed: 1 was cut short, and 2 comes after it (the bot's UpdateGuard skips
    # a redelivered update it recorded as handled).
    assert pending_ids(emu) == [1, 2]
