"""The broadcast engine against the emulator: 429s pause everything, 5xx are retried, 403s
unsubscribe, the admin sees the progress and can stop it, people go ahead of a broadcast."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramRetryAfter
from aiohttp.test_utils import TestClient, TestServer

import bot.broadcast as broadcast
from bot.broadcast import Broadcaster
from bot.config import SettingsError, load_settings
from bot.metrics import Metrics
from bot.pacing import PacedRequests, SendBudget
from bot.postings import Catalog
from bot.server import build_app
from bot.storage import BroadcastRepo, Database, SubscriptionRepo
from emulator import Emulator
from tests.conftest import SEED, SHIPPED

TOKEN = "555:BROADCAST"
ADMIN = 7
FIRST = 10_000
NOTICE = "🔔 Новая вакансия"


@dataclass
class Rig:
    emu: Emulator
    bot: Bot
    db: Database
    budget: SendBudget
    broadcaster: Broadcaster
    catalog: Catalog
    metrics: Metrics

    async def subscribe(self, count: int) -> list[int]:
        repo = SubscriptionRepo(self.db)
        ids = list(range(FIRST, FIRST + count))
        for user_id in ids:
            await repo.subscribe(user_id, "ru")
            self.emu.user(user_id).register()
        return ids

    def told(self, user_id: int) -> int:
        return sum(
            (m.text or "").startswith(NOTICE) for m in self.emu.user(user_id).bot_messages()
        )

    async def broadcast(self) -> int:
        posting = self.catalog.get_open(SEED)
        assert posting is not None
        return await self.broadcaster.start(self.bot, posting, ADMIN, "ru")

    async def until(self, check: object, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not check():  # type: ignore[operator]
            assert time.monotonic() < deadline, "not in time"
            await asyncio.sleep(0.02)


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    async with Emulator(token=TOKEN, bot_username="rig_bot") as emu:
        emu.user(ADMIN).register()
        db = await Database.open(tmp_path / "bot.sqlite3")
        catalog = Catalog(SHIPPED)
        catalog.reload()
        budget = SendBudget(50)
        session = AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url))
        session.middleware(PacedRequests(budget))
        bot = Bot(TOKEN, session=session)
        metrics = Metrics()
        broadcaster = Broadcaster(
            BroadcastRepo(db), catalog, budget, progress_every=0.3, on_sent=metrics.broadcast
        )
        running = asyncio.create_task(broadcaster.run(bot))
        try:
            yield Rig(emu, bot, db, budget, broadcaster, catalog, metrics)
        finally:
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)
            await bot.session.close()
            await db.close()


async def test_a_429_pauses_the_whole_pacer_and_the_message_still_goes_once(rig: Rig) -> None:
    ids = await rig.subscribe(5)
    rig.emu.fail("sendMessage", "429", times=3, retry_after=1)  # progress twice, then a notice
    started = time.monotonic()
    assert await rig.broadcast() == 5  # a refused progress message does not stop it
    await rig.until(lambda: all(rig.told(i) == 1 for i in ids))
    to_subscribers = [
        r.status for r in rig.emu.calls("sendMessage") if int(r.params["chat_id"]) in ids
    ]
    assert to_subscribers.count(200) == 5  # a refused notice went again, once
    assert [r.status for r in rig.emu.calls("sendMessage")].count(429) == 3
    assert rig.budget.pauses >= 1
    assert time.monotonic() - started >= 1.0  # nothing went during the pause
    assert all(rig.told(i) == 1 for i in ids)


async def test_5xx_is_tried_again_after_a_backoff(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(broadcast, "BACKOFF_BASE", 0.2)
    ids = await rig.subscribe(3)
    rig.emu.user(ADMIN).register()
    await rig.broadcast()
    rig.emu.fail("sendMessage", "5xx", status=502)
    await rig.until(lambda: all(rig.told(i) == 1 for i in ids))
    statuses = [r.status for r in rig.emu.calls("sendMessage")]
    assert 502 in statuses
    assert all(rig.told(i) == 1 for i in ids)


async def test_blocked_users_are_unsubscribed_and_counted(rig: Rig) -> None:
    ids = await rig.subscribe(4)
    rig.emu.user(ids[1]).block()
    await rig.broadcast()
    progress = rig.emu.user(ADMIN).bot_messages()[-1]
    await rig.until(lambda: "закончена" in (progress.text or ""))
    assert "разослано 3 из 4, 1 заблокировали бота" in (progress.text or "")
    assert progress.buttons() == []  # finished: no «stop» any more
    left = await SubscriptionRepo(rig.db).of(ids[1])
    assert left == [] and len(await SubscriptionRepo(rig.db).of(ids[0])) == 1


async def test_metrics_count_the_broadcast_notices_by_outcome(rig: Rig) -> None:
    ids = await rig.subscribe(4)
    rig.emu.user(ids[2]).block()
    await rig.broadcast()
    await rig.until(lambda: sum(rig.told(i) for i in ids) == 3)
    # Counted when the bot has Telegram's answer, a moment after the emulator showed the notice.
    stats = rig.broadcaster.stats
    await rig.until(lambda: stats.sent == 3 and stats.blocked == 1)
    async with TestClient(TestServer(build_app(rig.metrics, {}))) as client:
        response = await client.get("/metrics")
        assert response.status == 200
        text = await response.text()
    assert 'bot_broadcast_messages_total{outcome="sent"} 3.0' in text
    assert 'bot_broadcast_messages_total{outcome="blocked"} 1.0' in text


async def test_the_admin_stops_a_broadcast_and_the_rest_never_goes(rig: Rig) -> None:
    rig.budget.__init__(5)  # type: ignore[misc]  # slow, so there is time to stop it
    ids = await rig.subscribe(40)
    await rig.broadcast()
    admin = rig.emu.user(ADMIN)
    progress = admin.bot_messages()[-1]
    assert progress.button("⏹ Остановить рассылку") is not None
    await rig.until(lambda: rig.told(ids[2]) == 1)
    (running,) = await BroadcastRepo(rig.db).running()
    assert await rig.broadcaster.cancel(rig.bot, running)
    await asyncio.sleep(1.0)
    told = sum(rig.told(i) for i in ids)
    assert 3 <= told < 40
    assert "остановлена" in (progress.text or "") and f"разослано {told} из 40" in (
        progress.text or ""
    )
    assert not await rig.broadcaster.cancel(rig.bot, running)  # twice: nothing happens


async def test_progress_is_edited_at_most_every_few_seconds(rig: Rig) -> None:
    rig.broadcaster.progress_every = 1.0
    rig.budget.__init__(20)  # type: ignore[misc]
    await rig.subscribe(40)
    started = time.monotonic()
    await rig.broadcast()
    progress = rig.emu.user(ADMIN).bot_messages()[-1]
    await rig.until(lambda: "закончена" in (progress.text or ""), timeout=15)
    elapsed = time.monotonic() - started
    edits = len(progress.history)
    assert 1 <= edits <= elapsed / 1.0 + 1  # once a second at most, plus the final one
    assert any("из 40" in (version.text or "") for version in progress.history)


async def test_a_person_waits_behind_at_most_one_broadcast_message() -> None:
    budget = SendBudget(10)
    flood = asyncio.create_task(_flood(budget, 40))
    await asyncio.sleep(0.5)  # the broadcast is in full swing
    started = time.monotonic()
    await budget.for_person()
    waited = time.monotonic() - started
    flood.cancel()
    await asyncio.gather(flood, return_exceptions=True)
    # Broadcasts leave the overall bucket nearly empty: no wait for a whole token (0.1 s at 10/s).
    assert waited < 0.06


async def _flood(budget: SendBudget, count: int) -> None:
    for user_id in range(count):
        await budget.for_queue(FIRST + user_id)


async def test_a_persons_answer_refused_with_a_short_429_is_sent_once_more(rig: Rig) -> None:
    person = rig.emu.user(FIRST)
    person.register()
    rig.emu.fail("sendMessage", "429", retry_after=1)
    started = time.monotonic()
    await rig.bot.send_message(FIRST, "Ответ")
    assert time.monotonic() - started >= 1.0
    assert [r.status for r in rig.emu.calls("sendMessage")] == [429, 200]
    assert [m.text for m in person.bot_messages()] == ["Ответ"]
    rig.emu.fail("sendMessage", "429", retry_after=30)  # too long to hold the handler: raised
    with pytest.raises(TelegramRetryAfter):
        await rig.bot.send_message(FIRST, "Ответ")


def test_send_rate_and_in_flight_settings() -> None:
    assert load_settings(_env_file=None).send_rate == 25
    empty = load_settings(_env_file=None, broadcast_in_flight="", send_rate="12.5")
    assert empty.broadcast_in_flight is None and empty.send_rate == 12.5
    with pytest.raises(SettingsError, match="SEND_RATE: Input should be greater than 0"):
        load_settings(_env_file=None, send_rate="0")
    with pytest.raises(SettingsError, match="BROADCAST_IN_FLIGHT"):
        load_settings(_env_file=None, broadcast_in_flight="17")
