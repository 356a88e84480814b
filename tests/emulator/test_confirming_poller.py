"""Long polling that confirms an update to Telegram only once it was handled (bot.updates)."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import GetUpdates
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.session import LeanSession
from bot.storage import Database
from bot.storage.updates import ProcessedUpdateRepo, ReceivedUpdateRepo
from bot.updates import ConfirmingPoller, PastCallbackAnswers, UpdateGuard
from emulator import Emulator
from tests.emulator.conftest import TOKEN


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


# With a table to keep them in (``received``), updates are confirmed as soon as they are kept.


def answered_with(emu: Emulator, update_id: int) -> int:
    """How many getUpdates answers held ``update_id``."""
    return sum(
        any(u.get("update_id") == update_id for u in (c.response or {}).get("result") or [])
        for c in emu.calls("getUpdates")
    )


@pytest.fixture
async def received(tmp_path: Path) -> AsyncIterator[ReceivedUpdateRepo]:
    """The table of updates kept, in an SQLite database of the test's own."""
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        yield ReceivedUpdateRepo(db)
    finally:
        await db.close()


async def kept_ids(received: ReceivedUpdateRepo) -> list[int]:
    return [update_id for update_id, _ in await received.waiting()]


@pytest.fixture
async def lean(emu: Emulator) -> AsyncIterator[Bot]:
    """A Bot on the bot's own session, which leaves out of its answer the updates held."""
    bot = Bot(TOKEN, session=LeanSession(api=TelegramAPIServer.from_base(emu.base_url)))
    yield bot
    await bot.session.close()


async def test_an_update_kept_is_confirmed_while_in_flight_and_sent_once(
    emu: Emulator, bot: Bot, received: ReceivedUpdateRepo
) -> None:
    """A slow update holds back nothing: Telegram is told at once that it arrived, the next
    call waits there for new updates instead of being answered with it again and again."""
    release = asyncio.Event()
    handled: Counter[str] = Counter()
    dp = slow_and_fast(release, handled)
    poller = ConfirmingPoller(dp, bot, timeout=1, received=received)
    stop = asyncio.Event()
    running = asyncio.create_task(poller.run(stop))
    user = emu.user(1001)
    await user.send("slow")
    await wait_until(lambda: handled["slow"] == 1)
    await wait_until(lambda: pending_ids(emu) == [])  # confirmed while still being handled
    assert poller.in_flight == 1 and await kept_ids(received) == [1]
    await user.send("fast")
    await wait_until(lambda: len(user.bot_messages()) == 1)
    await asyncio.sleep(0.3)
    assert answered_with(emu, 1) == 1  # never sent again while it was handled
    release.set()
    await wait_until(lambda: poller.in_flight == 0)
    stop.set()
    await running
    assert await poller.finish(1.0) == 0
    assert handled == {"slow": 1, "fast": 1}
    assert await kept_ids(received) == []  # forgotten once handled


async def test_an_update_kept_and_cut_short_at_a_stop_is_handled_at_the_next_start(
    emu: Emulator, bot: Bot, received: ReceivedUpdateRepo
) -> None:
    """Telegram was told it arrived, so only the table has it: the next start handles it
    first, and Telegram sends nothing again."""
    handled: Counter[str] = Counter()
    first = ConfirmingPoller(slow_and_fast(asyncio.Event(), handled), bot, received=received)
    first_stop = asyncio.Event()
    running = asyncio.create_task(first.run(first_stop))
    user = emu.user(1001)
    await user.send("slow")
    await wait_until(lambda: first.in_flight == 1)
    first_stop.set()
    await running
    assert await first.finish(0.2) == 1  # cut short
    assert pending_ids(emu) == [] and await kept_ids(received) == [1]

    release = asyncio.Event()
    release.set()
    again: Counter[str] = Counter()
    second = ConfirmingPoller(slow_and_fast(release, again), bot, timeout=1, received=received)
    second_stop = asyncio.Event()
    running = asyncio.create_task(second.run(second_stop))
    await wait_until(lambda: user.bot_messages() != [])
    assert user.bot_messages()[0].text == "slow done"
    await wait_until(lambda: second.in_flight == 0)
    second_stop.set()
    await running
    assert await second.finish(1.0) == 0
    assert again == {"slow": 1} and answered_with(emu, 1) == 1
    assert await kept_ids(received) == []


async def test_a_kept_update_telegram_sends_again_is_confirmed_not_asked_for_in_a_loop(
    emu: Emulator, lean: Bot, received: ReceivedUpdateRepo
) -> None:
    """A crash after a batch was kept and before the next call told Telegram: at the start the
    update is handled from the table, and Telegram sends it again. The bot's session leaves it
    out of the answer (it is in hand), and the next call must still confirm it."""
    user = emu.user(1001)
    await user.send("slow")
    (update,) = emu.api.updates  # Telegram still holds it
    await received.keep([(update["update_id"], json.dumps(update))], [])
    release = asyncio.Event()
    handled: Counter[str] = Counter()
    poller = ConfirmingPoller(slow_and_fast(release, handled), lean, timeout=1, received=received)
    stop = asyncio.Event()
    running = asyncio.create_task(poller.run(stop))
    await wait_until(lambda: handled["slow"] == 1)
    await wait_until(lambda: pending_ids(emu) == [])
    calls = len(emu.calls("getUpdates"))
    await asyncio.sleep(0.3)
    assert len(emu.calls("getUpdates")) - calls <= 2  # long polls, not a loop of calls
    release.set()
    await wait_until(lambda: poller.in_flight == 0)
    stop.set()
    await running
    assert await poller.finish(1.0) == 0
    assert handled == {"slow": 1}


async def test_a_handled_update_is_kept_no_longer_than_the_commit_that_records_it(
    emu: Emulator, bot: Bot, tmp_path: Path
) -> None:
    """With the bot's UpdateGuard, an update's kept row (a candidate's message, as Telegram
    sent it) is deleted in the transaction that records the update handled, not left in the
    table until a later batch comes (a long poll can wait for one as long as it likes)."""
    db = await Database.open(tmp_path / "bot.sqlite3")
    received = ReceivedUpdateRepo(db)
    dp = Dispatcher(db=db)
    dp.update.outer_middleware(UpdateGuard(ProcessedUpdateRepo(db)))

    async def reply(message: Message) -> None:
        await message.answer("done")

    dp.message.register(reply)
    poller = ConfirmingPoller(dp, bot, timeout=5, received=received)
    stop = asyncio.Event()
    running = asyncio.create_task(poller.run(stop))
    try:
        user = emu.user(1001)
        await user.send("hello")
        await wait_until(lambda: user.bot_messages() != [] and poller.in_flight == 0)
        batches = len(emu.calls("getUpdates"))
        assert await kept_ids(received) == []
        assert len(emu.calls("getUpdates")) == batches  # no later batch took it away
        row = await db.fetchone("SELECT COUNT(*) FROM processed_updates")
        assert row is not None and row[0] == 1
    finally:
        stop.set()
        await running
        assert await poller.finish(1.0) == 0
        await db.close()


@pytest.mark.parametrize("keeping", [False, True])
async def test_the_next_call_goes_out_before_the_batch_is_handled(
    emu: Emulator, bot: Bot, tmp_path: Path, keeping: bool
) -> None:
    """As aiogram's own loop does: once a batch is in hand (and kept), the next getUpdates
    is sent before the batch's handlers take their first step, so an update that comes
    meanwhile finds a call waiting for it instead of waiting for the handlers."""
    events: list[str] = []

    async def calls(make_request: Any, bot: Bot, method: Any) -> Any:
        if isinstance(method, GetUpdates):
            events.append("getUpdates")
        return await make_request(bot, method)

    bot.session.middleware(calls)
    dp = Dispatcher()

    async def reply(message: Message) -> None:
        events.append(f"handle {message.text}")
        await message.answer("done")

    dp.message.register(reply)
    db = await Database.open(tmp_path / "bot.sqlite3")
    poller = ConfirmingPoller(
        dp, bot, timeout=5, received=ReceivedUpdateRepo(db) if keeping else None
    )
    stop = asyncio.Event()
    running = asyncio.create_task(poller.run(stop))
    try:
        await wait_until(lambda: events == ["getUpdates"])
        user = emu.user(1001)
        await user.send("hello")
        await wait_until(lambda: user.bot_messages() != [])
        assert events[:3] == ["getUpdates", "getUpdates", "handle hello"]
    finally:
        stop.set()
        await running
        await poller.finish(1.0)
        await db.close()
