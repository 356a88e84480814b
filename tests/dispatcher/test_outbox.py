"""HR summaries go through the outbox: a 429 or an unreachable HR chat delays them, and each
part is delivered later exactly once."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.outbox import OutboxWorker, backoff
from bot.storage import OutboxRepo
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.dispatcher.test_questionnaire import (
    fill_backend,
    open_and_consent,
    write_long_form,
)
from tests.harness import Harness


@pytest.fixture
async def bot(make_harness: MakeHarness, tmp_path: Path) -> Harness:
    return await make_harness(SAMPLES)


def later(seconds: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)


def worker(bot: Harness) -> OutboxWorker:
    found: OutboxWorker = bot.dp["outbox_worker"]
    return found


async def test_summary_after_429_is_delivered_later_exactly_once(bot: Harness) -> None:
    chat = bot.chat(user_id=4001)
    hr = bot.group(HR_CHAT_ID)
    bot.session.fail("SendMessage", 2, error="retry_after", chat_id=HR_CHAT_ID, retry_after=30)
    await fill_backend(chat)
    await chat.press("Отправить")
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")  # the candidate knows
    assert hr.messages() == []
    outbox = OutboxRepo(bot.dp["db"])
    assert await outbox.pending_count() == 1

    assert await worker(bot).deliver_due(bot.bot) == 0  # not due yet: Telegram said 30 s
    assert await worker(bot).deliver_due(bot.bot, now=later(31)) == 0  # the second 429
    assert hr.messages() == []
    assert await worker(bot).deliver_due(bot.bot, now=later(62)) == 1
    assert len(hr.messages()) == 1
    assert hr.last_message().text.startswith("📝 Новый отклик #1")
    assert await worker(bot).deliver_due(bot.bot, now=later(3600)) == 0
    assert len(hr.messages()) == 1
    assert await outbox.pending_count() == 0
    item = await bot.dp["db"].fetchone("SELECT attempts, last_error, status FROM outbox")
    assert tuple(item) == (2, "retry after", "sent")


async def test_unreachable_hr_chat_postpones_and_delivers_when_it_is_back(bot: Harness) -> None:
    chat = bot.chat(user_id=4002)
    bot.session.fail("SendMessage", 1, error="chat_not_found", chat_id=HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Отправить")
    outbox = OutboxRepo(bot.dp["db"])
    assert await outbox.pending_count() == 1
    hr = bot.group(HR_CHAT_ID)  # HR added the bot back
    assert await worker(bot).deliver_due(bot.bot, now=later(60)) == 0  # waits ~15 minutes
    bot.session.fail("SendMessage", 1, error="forbidden", chat_id=HR_CHAT_ID)
    assert await worker(bot).deliver_due(bot.bot, now=later(16 * 60)) == 0
    assert await worker(bot).deliver_due(bot.bot, now=later(32 * 60)) == 1
    assert len(hr.messages()) == 1


async def test_a_long_summary_resumes_at_the_part_that_failed(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    bot = await make_harness(write_long_form(tmp_path, "long"))
    chat = bot.chat(user_id=4003)
    hr = bot.group(HR_CHAT_ID)
    await open_and_consent(chat, "long")
    for n in range(1, 6):
        await chat.send(f"{n} " + "слово " * 160)
    sent_before = len(bot.session.calls)
    # the first part goes through, the second meets a 429
    original = bot.session._maybe_fail
    seen: list[int] = []

    def fail_second(method, params):  # type: ignore[no-untyped-def]
        if type(method).__name__ == "SendMessage" and params.get("chat_id") == HR_CHAT_ID:
            seen.append(1)
            if len(seen) == 2:
                bot.session.fail("SendMessage", 1, chat_id=HR_CHAT_ID, retry_after=10)
        original(method, params)

    bot.session._maybe_fail = fail_second  # type: ignore[method-assign]
    await chat.press("Отправить")
    assert len(hr.messages()) == 1
    assert await worker(bot).deliver_due(bot.bot, now=later(11)) >= 1
    parts = hr.messages()
    assert parts[0].text.startswith("📝 Новый отклик #1")
    assert parts[1].text.startswith("Отклик #1 (часть 2 из")
    texts = [p.text for p in parts]
    assert len(texts) == len(set(texts))  # no part twice
    assert len(bot.session.calls) > sent_before


async def test_the_background_loop_delivers_when_woken(bot: Harness) -> None:
    chat = bot.chat(user_id=4004)
    hr = bot.group(HR_CHAT_ID)
    bot.session.fail("SendMessage", 1, error="retry_after", chat_id=HR_CHAT_ID, retry_after=0)
    await fill_backend(chat)
    await chat.press("Отправить")
    assert hr.messages() == []
    loop_worker = OutboxWorker(OutboxRepo(bot.dp["db"]), idle=30)
    task = asyncio.create_task(loop_worker.run(bot.bot))
    try:
        for _ in range(100):
            if hr.messages():
                break
            await asyncio.sleep(0.01)
        assert len(hr.messages()) == 1
        loop_worker.wake()
        await asyncio.sleep(0.05)
        assert len(hr.messages()) == 1
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in range(4)] == [5, 10, 20, 40]
    assert backoff(50).total_seconds() == 600
