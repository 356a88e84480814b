"""Several bot instances on one database: the work that must happen once — broadcasts to
subscribers, edits of channel posts when a vacancy closes, retention and its note to HR — is
done by one instance only. Every test runs on SQLite and on PostgreSQL, with two handles on the
database standing for two instances."""

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

from bot.announcing import Announcer
from bot.broadcast import Broadcaster
from bot.outbox import OutboxWorker
from bot.pacing import SendBudget
from bot.postings import Catalog
from bot.reloading import SharedReloads
from bot.retention import RetentionWorker
from bot.storage import (
    BroadcastRepo,
    ChannelPostRepo,
    Database,
    OutboxRepo,
    SubscriptionRepo,
    ViewRepo,
)
from bot.storage.broadcasts import LEASE
from bot.storage.retention import RetentionRepo
from bot.storage.schedule import ScheduleRepo
from bot.storage.timefmt import utc_now
from tests.conftest import SEED, SHIPPED, copy_postings

FIRST = 50_000
CHANNEL = -100_123
HR_CHAT = -100_777
YESTERDAY = utc_now() - timedelta(days=1)


@pytest.fixture
async def second(db_location: Path | str, db: Database) -> AsyncIterator[Database]:
    """A second handle on the test's database: another bot instance's connection(s)."""
    other = await Database.open(db_location)
    try:
        yield other
    finally:
        await other.close()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    shipped = Catalog(SHIPPED)
    shipped.reload()
    return shipped


@dataclass
class _Me:
    id: int = 1
    username: str = "shared_bot"


@dataclass
class _Message:
    message_id: int


@dataclass
class FakeTelegram:
    """Records every send and edit; each takes a moment, as Telegram's do, so two instances
    working at once really overlap."""

    sent: list[int] = field(default_factory=list)
    edited: list[tuple[int, int]] = field(default_factory=list)
    edit_texts: list[str] = field(default_factory=list)

    async def me(self) -> _Me:
        return _Me()

    async def send_message(self, chat_id: int, text: str, **_: Any) -> _Message:
        await asyncio.sleep(0.003)
        self.sent.append(chat_id)
        return _Message(len(self.sent))

    async def __call__(self, method: Any, request_timeout: int | None = None) -> Any:
        """A call made as ``bot(SendMessage(…))`` (the outbox worker's), sent as above."""
        return await self.send_message(method.chat_id, method.text)

    async def edit_message_text(
        self, text: str = "", *, chat_id: int, message_id: int, **_: Any
    ) -> bool:
        await asyncio.sleep(0.01)
        self.edited.append((chat_id, message_id))
        self.edit_texts.append(text)
        return True


async def queue_broadcast(db: Database, catalog: Catalog, subscribers: int) -> int:
    """Subscribers told of the seed posting: the broadcast's id."""
    repo = SubscriptionRepo(db)
    for user_id in range(FIRST, FIRST + subscribers):
        await repo.subscribe(user_id, "ru")
    posting = catalog.get_open(SEED)
    assert posting is not None
    broadcast_id, queued = await BroadcastRepo(db).start(
        SEED, posting.city, posting.tags, None, now=utc_now() - timedelta(minutes=1)
    )
    assert queued == subscribers
    return broadcast_id


# Broadcasts ------------------------------------------------------------------------------------


async def run_until_sent(instances: list[Broadcaster], bot: Bot, count: int) -> None:
    """Run the broadcasters side by side until they have sent ``count`` notices between them
    (counted after the ack: a task stopped between the two would go uncounted), then stop them."""
    tasks = [asyncio.create_task(instance.run(bot)) for instance in instances]
    try:
        for _ in range(1000):
            if sum(instance.stats.sent for instance in instances) >= count:
                break
            await asyncio.sleep(0.02)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def test_two_instances_claiming_notices_at_once_never_take_the_same_one(
    db: Database, second: Database, catalog: Catalog
) -> None:
    await queue_broadcast(db, catalog, 30)
    one, two = BroadcastRepo(db), BroadcastRepo(second)
    taken = await asyncio.gather(
        *(one.claim_next("one") for _ in range(20)), *(two.claim_next("two") for _ in range(20))
    )
    ids = [item.id for item in taken if item is not None]
    assert len(ids) == len(set(ids)) == 30  # each item once; ten claims found nothing left
    # An item one instance claimed cannot be claimed again by the other.
    assert not await two.claim(ids[0], "two")


async def test_a_starting_instance_leaves_alone_the_notices_another_is_sending(
    db: Database, second: Database, catalog: Catalog
) -> None:
    """Instance B starts while A sends a notice and Telegram answers 429: A puts it back in the
    queue and it goes later. (Before leases, B's start turned A's notice into «unsure»: never
    sent — the person missed it.)"""
    await queue_broadcast(db, catalog, 1)
    sending, starting = BroadcastRepo(db), BroadcastRepo(second)
    item = await sending.claim_next("A")
    assert item is not None
    assert await starting.recover() == 0  # A's lease runs: its notice is not B's to give up
    await sending.retry(item.id, utc_now(), counted=False)
    again = await starting.claim_next("B")
    assert again is not None and again.id == item.id  # sent after all


async def test_notices_of_a_dead_instance_are_given_up_when_their_lease_runs_out(
    db: Database, second: Database, catalog: Catalog
) -> None:
    broadcast_id = await queue_broadcast(db, catalog, 2)
    dead, alive = BroadcastRepo(db), BroadcastRepo(second)
    killed = await dead.claim_next("dead")  # SIGKILLed while sending this one
    assert killed is not None
    rest = await alive.claim_next("alive")
    assert rest is not None
    await alive.ack(rest.id, "sent")
    assert await alive.finish_idle() == []  # the dead one's notice still counts as in flight
    later = utc_now() + LEASE + timedelta(seconds=1)
    assert await alive.recover(now=later) == 1  # unsure: counted as sent, never sent again
    assert await alive.claim_next("alive") is None
    assert await alive.finish_idle() == [broadcast_id]
    progress = await alive.progress(broadcast_id)
    assert progress is not None and progress.sent == 2 and progress.finished


async def test_two_broadcasters_on_one_database_tell_every_subscriber_once(
    db: Database, second: Database, catalog: Catalog
) -> None:
    await queue_broadcast(db, catalog, 60)
    telegram = FakeTelegram()
    bot = cast(Bot, telegram)
    instances = [
        Broadcaster(BroadcastRepo(handle), catalog, SendBudget(1000), name=name)
        for handle, name in ((db, "instance-1"), (second, "instance-2"))
    ]
    await run_until_sent(instances, bot, 60)
    assert Counter(telegram.sent) == Counter(range(FIRST, FIRST + 60))  # each once
    assert all(instance.stats.sent for instance in instances)  # both took part
    assert sum(instance.stats.sent for instance in instances) == 60


async def test_a_posting_added_by_a_reload_elsewhere_is_announced_by_both_instances(
    db: Database, second: Database, tmp_path: Path
) -> None:
    """/reload reached instance A, which read a new posting and started its broadcast; B read
    the (shared) folder before. B must not drop the notices it claims as «a posting that is
    gone»: it reads the postings again and sends them."""
    folder = copy_postings(tmp_path / "postings", SHIPPED)
    stale = Catalog(folder)
    stale.reload()  # B, at its start
    text = (folder / f"{SEED}.md").read_text("utf-8")
    added = text.replace(f"slug: {SEED}", "slug: night-support")
    added = added.replace("title: ", "title: Ночной ", 1)
    (folder / "night-support.md").write_text(added, "utf-8")
    fresh = Catalog(folder)
    fresh.reload()  # A's /reload
    reloads_a = SharedReloads(fresh, ScheduleRepo(db), name="A")
    reloads_b = SharedReloads(stale, ScheduleRepo(second), name="B")
    await reloads_a.reloaded()
    subscriptions = SubscriptionRepo(db)
    for user_id in range(FIRST, FIRST + 40):
        await subscriptions.subscribe(user_id, "ru")
    posting = fresh.get_open("night-support")
    assert posting is not None and stale.get("night-support") is None
    await BroadcastRepo(db).start("night-support", posting.city, posting.tags, None)
    telegram = FakeTelegram()
    bot = cast(Bot, telegram)
    instances = [
        Broadcaster(BroadcastRepo(db), fresh, SendBudget(1000), name="A", reloads=reloads_a),
        Broadcaster(BroadcastRepo(second), stale, SendBudget(1000), name="B", reloads=reloads_b),
    ]
    await run_until_sent(instances, bot, 40)
    assert Counter(telegram.sent) == Counter(range(FIRST, FIRST + 40))  # nobody dropped
    assert instances[1].stats.sent > 0 and stale.get("night-support") is not None
    assert not await reloads_b.catch_up()  # up to date now: nothing more to read


ADMIN = 7


async def run_until(
    instances: list[tuple[Broadcaster, Bot]], done: Any, seconds: float, then: float = 0.0
) -> None:
    """Run the broadcasters, each with its own Telegram, until ``done()`` says so, and
    ``then`` seconds more."""
    tasks = [asyncio.create_task(instance.run(bot)) for instance, bot in instances]
    try:
        deadline = asyncio.get_running_loop().time() + seconds
        while not await done():
            assert asyncio.get_running_loop().time() < deadline, "not in time"
            await asyncio.sleep(0.02)
        await asyncio.sleep(then)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def watched_broadcasters(
    db: Database, second: Database, catalog: Catalog
) -> tuple[Broadcaster, Broadcaster]:
    """Instances A and B, each on its own connection, looking at progress every 50 ms."""

    def on(database: Database, name: str) -> Broadcaster:
        repo = BroadcastRepo(database)
        return Broadcaster(repo, catalog, SendBudget(300), name=name, progress_every=0.05)

    return on(db, "A"), on(second, "B")


async def test_only_the_instance_holding_a_broadcasts_claim_edits_its_progress(
    db: Database, second: Database, catalog: Catalog
) -> None:
    """Both instances drain the broadcast and both look at its progress; only the one that
    started it (and holds its claim) edits the admin's message."""
    for user_id in range(FIRST, FIRST + 30):
        await SubscriptionRepo(db).subscribe(user_id, "ru")
    telegram_a, telegram_b = FakeTelegram(), FakeTelegram()
    a, b = watched_broadcasters(db, second, catalog)
    posting = catalog.get_open(SEED)
    assert posting is not None
    assert await a.start(cast(Bot, telegram_a), posting, ADMIN, "en") == 30
    progress_id = telegram_a.sent.index(ADMIN) + 1  # the fake numbers messages as it sends

    async def finished_and_shown() -> bool:
        return any(text.startswith("✅") for text in telegram_a.edit_texts + telegram_b.edit_texts)

    instances = [(a, cast(Bot, telegram_a)), (b, cast(Bot, telegram_b))]
    lease = a.progress_lease.total_seconds()
    # And on, past when A's claim would have run out: B must not say the last word again.
    await run_until(instances, finished_and_shown, 20, then=3 * lease)
    assert b.stats.sent > 0  # B took part in the sending…
    assert telegram_b.edited == []  # …but left the admin's message to A
    assert set(telegram_a.edited) == {(ADMIN, progress_id)}
    assert telegram_a.edit_texts[-1].startswith("✅ Broadcast «")


async def test_another_instance_takes_over_the_progress_of_one_that_died(
    db: Database, second: Database, catalog: Catalog
) -> None:
    """A started the broadcast (in English) and died; once its claim ran out, B keeps the
    admin's message true, in the admin's language."""
    for user_id in range(FIRST, FIRST + 10):
        await SubscriptionRepo(db).subscribe(user_id, "ru")
    telegram_a, telegram_b = FakeTelegram(), FakeTelegram()
    a, b = watched_broadcasters(db, second, catalog)
    posting = catalog.get_open(SEED)
    assert posting is not None
    await a.start(cast(Bot, telegram_a), posting, ADMIN, "en")  # and A is gone

    async def finished_and_shown() -> bool:
        return any(text.startswith("✅") for text in telegram_b.edit_texts)

    await run_until([(b, cast(Bot, telegram_b))], finished_and_shown, 20)
    assert telegram_b.edit_texts[-1].startswith("✅ Broadcast «")  # English, as A started it


# Channel posts ---------------------------------------------------------------------------------


async def test_two_instances_checking_the_posts_together_edit_each_post_once(
    db: Database, second: Database, catalog: Catalog
) -> None:
    """A vacancy closed (here: removed) and another changed: of two instances whose timers fire
    together, one edits each post, once."""
    posts = ChannelPostRepo(db)
    closing = await posts.add(CHANNEL, 11, "gone-vacancy", "Ушла", "ru", "old", now=YESTERDAY)
    changed = await posts.add(CHANNEL, 12, SEED, "Старое название", "ru", "old", now=YESTERDAY)
    telegram = FakeTelegram()
    bot = cast(Bot, telegram)
    one = Announcer(catalog, ChannelPostRepo(db), (CHANNEL,), name="one")
    two = Announcer(catalog, ChannelPostRepo(second), (CHANNEL,), name="two")
    edited = await asyncio.gather(one.sync(bot), two.sync(bot))
    assert Counter(telegram.edited) == {(CHANNEL, 11): 1, (CHANNEL, 12): 1}
    kinds = sorted((post.slug, post.kind) for done in edited for post in done)
    assert kinds == [("gone-vacancy", "close"), (SEED, "update")]
    live = await posts.live()
    assert [post.id for post in live] == [changed.id] and closing.id not in {p.id for p in live}
    assert await one.sync(bot) == [] and await two.sync(bot) == []  # true now: no more edits


async def test_a_post_whose_edit_failed_is_edited_at_the_next_check(
    db: Database, second: Database, catalog: Catalog
) -> None:
    posts = ChannelPostRepo(db)
    await posts.add(CHANNEL, 11, "gone-vacancy", "Ушла", "ru", "old")

    class Down(FakeTelegram):
        async def edit_message_text(self, **_: Any) -> bool:
            raise RuntimeError("connection reset")

    with pytest.raises(RuntimeError):
        await Announcer(catalog, posts, (CHANNEL,), name="one").sync(cast(Bot, Down()))
    telegram = FakeTelegram()
    other = Announcer(catalog, ChannelPostRepo(second), (CHANNEL,), name="two")
    assert [post.kind for post in await other.sync(cast(Bot, telegram))] == ["close"]
    assert telegram.edited == [(CHANNEL, 11)]


async def test_an_instance_with_older_postings_leaves_a_newer_post_alone(
    db: Database, second: Database, catalog: Catalog, tmp_path: Path
) -> None:
    """HR changed a title and /reload ran on instance A: A edits the post. Instance B, whose
    postings were read before, must not edit it back to the old title at its next check."""
    posts = ChannelPostRepo(db)
    await posts.add(CHANNEL, 12, SEED, "Старое название", "ru", "old", now=YESTERDAY)
    folder = copy_postings(tmp_path / "postings", SHIPPED)
    card = folder / f"{SEED}.md"
    card.write_text(card.read_text("utf-8").replace("title: ", "title: Старший ", 1), "utf-8")
    newer = Catalog(folder)
    newer.reload()  # A's /reload, after B read its postings (the module's catalog)
    telegram = FakeTelegram()
    bot = cast(Bot, telegram)
    reloaded = Announcer(newer, ChannelPostRepo(db), (CHANNEL,), name="A")
    stale = Announcer(catalog, ChannelPostRepo(second), (CHANNEL,), name="B")
    assert [post.kind for post in await reloaded.sync(bot)] == ["update"]
    assert await stale.sync(bot) == []  # no edit back to the old title
    assert telegram.edited == [(CHANNEL, 12)]
    [live] = await posts.live()
    assert live.title.startswith("Старший ")


# Retention -------------------------------------------------------------------------------------

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def retention(db: Database, name: str) -> RetentionWorker:
    outbox = OutboxRepo(db)
    return RetentionWorker(
        RetentionRepo(db),
        outbox,
        OutboxWorker(outbox),
        days=30,
        hr_chat_id=HR_CHAT,
        locale="ru",
        name=name,
    )


async def test_two_instances_run_the_days_retention_once_and_hr_is_told_once(
    db: Database, second: Database
) -> None:
    views = ViewRepo(db)
    for user_id in range(FIRST, FIRST + 5):
        await views.record(user_id, SEED, None, viewed_at=NOW - timedelta(days=40))
    results = await asyncio.gather(
        retention(db, "one").run_once(NOW), retention(second, "two").run_once(NOW)
    )
    done = [counts for counts in results if counts is not None]
    assert len(done) == 1 and done[0]["posting_views"] == 5  # one ran it; the other skipped
    # The other instance's timer an hour later: the day's run is done.
    assert await retention(second, "two").run_once(NOW + timedelta(hours=1)) is None
    notes = await db.fetchall("SELECT id FROM outbox WHERE chat_id = ?", (HR_CHAT,))
    assert len(notes) == 1
    # A day later either instance runs the next one; with nothing to erase, HR hears nothing.
    later = await retention(second, "two").run_once(NOW + timedelta(days=1))
    assert later is not None and set(later.values()) == {0}
    notes = await db.fetchall("SELECT id FROM outbox WHERE chat_id = ?", (HR_CHAT,))
    assert len(notes) == 1
