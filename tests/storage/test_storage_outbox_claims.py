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
from tests.storage.conftest import count_trips

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

    async def __call__(self, method: Any, request_timeout: int | None = None) -> Any:
        """A call made as ``bot(SendMessage(…))`` (the outbox worker's), sent as above."""
        return await self.send_message(method.chat_id, method.text)


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


class CountedOutbox(OutboxRepo):
    """The outbox repository, counting lease renewals (each a trip to the database)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.renewals = 0

    async def renew(self, item_id: int, worker: str, until: datetime) -> bool:
        self.renewals += 1
        return await super().renew(item_id, worker, until)


@dataclass
class MeddlingTelegram(SlowTelegram):
    """Sends like ``SlowTelegram``; while a message goes out, ``meanwhile`` runs once."""

    meanwhile: Any = None

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> Any:
        if self.meanwhile is not None:
            meddle, self.meanwhile = self.meanwhile, None
            await meddle()
        return await super().send_message(chat_id, text, **kwargs)


async def test_a_freshly_claimed_summary_goes_out_without_renewing_its_lease(
    db: Database,
) -> None:
    """The claim took the lease a moment before: the first part costs no renewal trip; every
    later part renews first."""
    outbox = CountedOutbox(db)
    await outbox.enqueue(HR, [{"text": "one part"}], now=NOW)
    telegram = SlowTelegram()
    assert await OutboxWorker(outbox).deliver_due(cast(Bot, telegram), now=NOW) == 1
    assert telegram.sent == ["one part"] and outbox.renewals == 0
    await outbox.enqueue(HR, [{"text": "1/2"}, {"text": "2/2"}], now=NOW)
    assert await OutboxWorker(outbox).deliver_due(cast(Bot, telegram), now=NOW) == 2
    assert telegram.sent[1:] == ["1/2", "2/2"] and outbox.renewals == 1


async def test_an_item_erased_while_an_earlier_one_is_sent_is_not_sent(db: Database) -> None:
    """Two summaries claimed together; the second one's candidate erases their data while the
    first goes out: the second is never sent (its renewal finds it gone)."""
    outbox = OutboxRepo(db)
    await outbox.enqueue(HR, [{"text": "kept"}], now=NOW)
    erased = await outbox.enqueue(HR, [{"text": "erased"}], now=NOW)

    async def erase() -> None:
        await db.execute("DELETE FROM outbox WHERE id = ?", (erased,))

    telegram = MeddlingTelegram(meanwhile=erase)
    assert await OutboxWorker(outbox).deliver_due(cast(Bot, telegram), now=NOW) == 1
    assert telegram.sent == ["kept"]


async def test_a_part_after_the_lease_passed_to_another_worker_is_not_sent(
    db: Database, second: Database
) -> None:
    """While the first part goes out, the lease runs out and another instance takes the item:
    the second part is theirs to send, not sent twice."""
    outbox = OutboxRepo(db)
    await outbox.enqueue(HR, [{"text": "1/2"}, {"text": "2/2"}], now=NOW)

    async def take_over() -> None:
        later = NOW + LEASE + timedelta(seconds=1)
        assert await OutboxRepo(second).claim("alive", later, LEASE)

    telegram = MeddlingTelegram(meanwhile=take_over)
    assert await OutboxWorker(outbox, name="slow").deliver_due(cast(Bot, telegram), now=NOW) == 1
    assert telegram.sent == ["1/2"]


async def test_a_claim_takes_no_trip_to_the_database_thread_when_it_is_idle(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like the marks after it, a claim of a few rows runs on the event loop's thread."""
    outbox = OutboxRepo(sqlite_db)
    await queue(outbox, 3)
    trips = count_trips(sqlite_db, monkeypatch)
    claimed = await outbox.claim("one", NOW, LEASE, limit=20)
    assert trips[0] == 0
    assert [item.parts[0]["text"] for item in claimed] == ["0/a", "1/a", "2/a"]
    assert await outbox.claim("two", NOW, LEASE, limit=20) == []  # held by "one"
