"""Several bot instances on one database: every outbox item is sent by one worker only."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from aiogram import Bot

from bot.outbox import LEASE, OutboxWorker
from bot.storage import Database, OutboxRepo

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
HR = -100500


@pytest.fixture
async def second(db_location: Path | str, db: Database) -> AsyncIterator[Database]:
    """A second handle on the test's database: another bot instance's connection(s)."""
    other = await Database.open(db_location)
    try:
        yield other
    finally:
        await other.close()


@dataclass
class SlowTelegram:
    """Records every message sent; each send takes a moment, as Telegram's do."""

    sent: list[str] = field(default_factory=list)

    async def send_message(self, chat_id: int, text: str, **_: Any) -> Any:
        await asyncio.sleep(0.002)
        self.sent.append(text)
        return _Message(len(self.sent))


@dataclass
class _Message:
    message_id: int


async def queue(outbox: OutboxRepo, count: int) -> None:
    for n in range(count):
        await outbox.enqueue(HR, [{"text": f"{n}/a"}, {"text": f"{n}/b"}], now=NOW)


async def test_two_claims_at_once_share_the_due_items_without_overlap(
    db: Database, second: Database
) -> None:
    await queue(OutboxRepo(db), 30)
    first, other = await asyncio.gather(
        OutboxRepo(db).claim("one", NOW, LEASE, limit=20),
        OutboxRepo(second).claim("two", NOW, LEASE, limit=20),
    )
    ids_one, ids_two = {i.id for i in first}, {i.id for i in other}
    assert ids_one.isdisjoint(ids_two)
    assert len(ids_one | ids_two) == 30
    # Claimed items are nobody else's until the lease runs out.
    assert await OutboxRepo(db).claim("three", NOW + LEASE / 2, LEASE) == []


async def test_a_lease_that_runs_out_passes_the_item_to_another_worker(
    db: Database, second: Database
) -> None:
    outbox, other = OutboxRepo(db), OutboxRepo(second)
    await queue(outbox, 1)
    [item] = await outbox.claim("dead", NOW, LEASE)
    later = NOW + LEASE + timedelta(seconds=1)
    [taken] = await other.claim("alive", later, LEASE)
    assert taken.id == item.id
    assert not await outbox.renew(item.id, "dead", later + LEASE)  # the dead one stops
    assert await other.renew(item.id, "alive", later + LEASE)


async def test_a_postponed_item_is_free_again_when_it_is_due(db: Database) -> None:
    outbox = OutboxRepo(db)
    await queue(outbox, 1)
    [item] = await outbox.claim("one", NOW, LEASE)
    assert await outbox.postpone(item.id, NOW + timedelta(seconds=5), "retry after")
    [again] = await outbox.claim("two", NOW + timedelta(seconds=6), LEASE)
    assert again.id == item.id


async def test_two_workers_on_one_database_send_every_part_exactly_once(
    db: Database, second: Database
) -> None:
    await queue(OutboxRepo(db), 40)
    telegram = SlowTelegram()
    bot = cast(Bot, telegram)
    workers = [
        OutboxWorker(OutboxRepo(db), batch=5, name="instance-1"),
        OutboxWorker(OutboxRepo(second), batch=5, name="instance-2"),
    ]
    delivered = [0, 0]
    for _ in range(20):
        done = await asyncio.gather(*(w.deliver_due(bot, now=NOW) for w in workers))
        delivered = [total + n for total, n in zip(delivered, done, strict=True)]
        if not any(done):
            break
    assert Counter(telegram.sent) == Counter(f"{n}/{p}" for n in range(40) for p in "ab")
    assert all(delivered), delivered  # both instances took part
    assert await OutboxRepo(db).pending_count() == 0


async def test_a_burst_larger_than_one_batch_is_delivered_without_waiting_for_a_wake_up(
    db: Database,
) -> None:
    """Twelve summaries queued at once, five per batch: the loop goes on to the next batch at
    once instead of idling for a minute after the first five."""
    await queue(OutboxRepo(db), 12)
    telegram = SlowTelegram()
    worker = OutboxWorker(OutboxRepo(db), batch=5, idle=60)
    task = asyncio.create_task(worker.run(cast(Bot, telegram)))
    try:
        for _ in range(500):
            if len(telegram.sent) == 24:
                break
            await asyncio.sleep(0.01)
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert Counter(telegram.sent) == Counter(f"{n}/{p}" for n in range(12) for p in "ab")
    assert await OutboxRepo(db).pending_count() == 0
