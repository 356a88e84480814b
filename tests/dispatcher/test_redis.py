"""With REDIS_URL, FSM state and the per-user lock live in Redis (aiogram's RedisStorage and
RedisEventIsolation), so a questionnaire can bounce between instances."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import pytest
from aiogram import Bot
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage
from aiogram.types import Update
from redis.asyncio.client import Pipeline

from bot.answering import Answerer
from bot.app import build_dispatcher, shared_state
from bot.postings import Catalog
from bot.storage import Database
from bot.storage.updates import ProcessedUpdateRepo
from tests.conftest import (
    HR_CHAT_ID,
    SAMPLES,
    copy_postings,
    make_settings,
    new_postgres_database,
)
from tests.dispatcher.test_questionnaire import BACKEND, apply_label, open_and_consent
from tests.dispatcher.test_redelivery import typed
from tests.harness import TOKEN, Harness, RecordingSession

Instances = list[Harness]


async def open_instances(
    tmp_path: Path, redis_url: str, answerer: Answerer, **overrides: object
) -> AsyncIterator[Instances]:
    """Two bot instances over one database, sharing Redis."""
    folder = copy_postings(tmp_path / "postings", SAMPLES)
    settings = make_settings(tmp_path, folder, redis_url=redis_url, **overrides)
    opened: list[tuple[Harness, Database, RedisStorage]] = []
    session = RecordingSession()  # one Telegram: each instance sees what the other sent
    for _ in range(2):
        catalog = Catalog(folder)
        catalog.reload()
        db = await Database.open(settings.database_location)
        storage, isolation = shared_state(settings, db)
        assert isinstance(storage, RedisStorage)
        assert isinstance(isolation, RedisEventIsolation)
        dp = build_dispatcher(
            settings, catalog, db, storage=storage, answerer=answerer, isolation=isolation
        )
        harness = Harness(dp=dp, bot=Bot(TOKEN, session=session), session=session)
        opened.append((harness, db, storage))
    yield [harness for harness, _, _ in opened]
    for harness, db, storage in opened:
        harness.detach()
        await storage.close()
        await db.close()


@pytest.fixture
async def two_instances(
    tmp_path: Path, redis_url: str, answerer: Answerer
) -> AsyncIterator[Instances]:
    """Two bot instances over one database file, sharing Redis."""
    async for instances in open_instances(tmp_path, redis_url, answerer):
        yield instances


@pytest.fixture(params=["sqlite", "postgresql"])
async def shared_instances(
    request: pytest.FixtureRequest, tmp_path: Path, redis_url: str, answerer: Answerer
) -> AsyncIterator[Instances]:
    """Two instances sharing Redis, over one SQLite file or one PostgreSQL database."""
    overrides: dict[str, object] = {}
    if request.param == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
        overrides["database_url"] = await new_postgres_database(cluster)
    async for instances in open_instances(tmp_path, redis_url, answerer, **overrides):
        yield instances


async def test_a_questionnaire_bounces_between_instances_and_completes(
    two_instances: Instances,
) -> None:
    a, b = two_instances
    on_a, on_b = a.chat(user_id=2080), b.chat(user_id=2080)
    hr = a.group(HR_CHAT_ID)
    await open_and_consent(on_a, BACKEND)
    await on_b.send("Анна")  # instance B knows where A left the candidate
    assert on_b.last_message().text.startswith("Вопрос 2 из 6")
    await on_a.send("5")
    assert on_a.last_message().text.startswith("Вопрос 3 из 6")
    await on_b.press("Да")
    await on_a.press("B2")
    await on_b.press("Пропустить")
    await on_a.send("+7 912 345-67-89")
    review = on_a.last_message().text
    assert "Проверьте анкету" in review
    for answer in ("Анна", "5", "Да", "B2", "+7 912 345-67-89"):
        assert answer in review
    await on_b.press("Отправить")
    assert "отклик отправлен" in on_b.last_message().text
    [summary] = [m for m in hr.messages() if "Новый отклик" in m.text]
    assert summary.text.count("+7 912 345-67-89") == 1


async def test_the_per_user_lock_spans_instances(tmp_path: Path, redis_url: str) -> None:
    settings = make_settings(tmp_path, tmp_path, redis_url=redis_url)
    db = await Database.open(settings.database_path)
    first_storage, first = shared_state(settings, db)
    second_storage, second = shared_state(settings, db)
    key = StorageKey(bot_id=1, chat_id=2081, user_id=2081)
    try:
        async with first.lock(key):
            waiting = asyncio.create_task(_hold(second, key))
            await asyncio.sleep(0.3)
            assert not waiting.done()  # the other instance waits for this one
        await asyncio.wait_for(waiting, 5)
        await first_storage.set_data(key, {"draft": {"index": 2}})
        assert await second_storage.get_data(key) == {"draft": {"index": 2}}
    finally:
        await first_storage.close()
        await second_storage.close()
        await db.close()


async def _hold(isolation: object, key: StorageKey) -> None:
    async with isolation.lock(key):  # type: ignore[attr-defined]
        pass


async def test_an_update_cut_short_on_one_instance_is_handled_once_on_the_other(
    two_instances: Instances, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_instances
    on_a = a.chat(user_id=2082)
    b.chat(user_id=2082)
    await open_and_consent(on_a, BACKEND)
    update = typed(on_a, "Анна")
    commit = ProcessedUpdateRepo.commit

    async def die(
        self: ProcessedUpdateRepo, unit: object, *, record: bool = True, alone: bool = False
    ) -> None:
        raise asyncio.CancelledError  # instance A is gone before its commit

    monkeypatch.setattr(ProcessedUpdateRepo, "commit", die)
    with pytest.raises(asyncio.CancelledError):
        await a.feed(update)
    monkeypatch.setattr(ProcessedUpdateRepo, "commit", commit)
    replies = await b.feed(update)  # Telegram retries; the balancer picks instance B
    assert replies[-1].params["text"].startswith("Вопрос 2 из 6")  # from question 1 again
    assert await a.feed(update) == []  # and once handled, skipped everywhere
    storage = b.dp.storage
    key = StorageKey(bot_id=b.bot.id, chat_id=2082, user_id=2082)
    draft = (await storage.get_data(key))["draft"]
    assert [answer["display"] for answer in draft["answers"].values()] == ["Анна"]


Crash = Literal["database", "redis"]


@contextmanager
def crash_at(step: Crash, instance: Harness) -> Iterator[None]:
    """Make the commit of the next update on ``instance`` die at ``step``, as a SIGKILL there
    would: the database's transaction, or the Redis MULTI/EXEC that follows it."""
    if step == "database":
        db = instance.dp["db"]
        atomic = db.atomic_together  # how an update's commit reaches the database

        async def dying(work: Any, **hints: Any) -> Any:
            if work.__qualname__.startswith("ProcessedUpdateRepo.commit"):
                raise asyncio.CancelledError
            return await atomic(work, **hints)

        db.atomic_together = dying
        try:
            yield
        finally:
            del db.atomic_together
        return

    async def gone(self: Pipeline) -> list[Any]:
        raise asyncio.CancelledError

    original = Pipeline.execute
    Pipeline.execute = gone  # type: ignore[method-assign]
    try:
        yield
    finally:
        Pipeline.execute = original  # type: ignore[method-assign]


async def count_for(instance: Harness, table: str, user_id: int) -> int:
    row = await instance.dp["db"].fetchone(
        f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (user_id,)
    )
    return int(row[0])


@pytest.mark.parametrize("step", ["database", "redis"])
async def test_a_consent_cut_short_at_either_store_ends_with_one_consent_and_the_next_step(
    shared_instances: Instances, step: Crash
) -> None:
    """«Согласен» dies in its commit — at the database or at Redis after it — and Telegram
    gives it to the other instance: one consent, and the questionnaire at its first question."""
    a, b = shared_instances
    on_a, on_b = a.chat(user_id=2083), b.chat(user_id=2083)
    await on_a.send(f"/start {BACKEND}")
    await on_a.press(apply_label(on_a))
    update = Update(update_id=a.next_update_id(), callback_query=on_a.query_for("Согласен"))
    # The consent screen as the press found it (the harness refuses an edit that changes
    # nothing, where Telegram's «not modified» is ignored by the bot).
    screens = copy.deepcopy(a.session.sent)
    with crash_at(step, a), pytest.raises(asyncio.CancelledError):
        await a.feed(update)
    a.session.sent.update(screens)
    replies = await b.feed(update)  # Telegram retries; the balancer picks instance B
    assert any("Вопрос 1 из 6" in (call.params.get("text") or "") for call in replies)
    assert await a.feed(update) == []  # handled for good now: skipped everywhere
    assert await count_for(b, "consents", 2083) == 1
    await on_b.send("Анна")
    assert on_b.last_message().text.startswith("Вопрос 2 из 6")


@pytest.mark.parametrize("step", ["database", "redis"])
async def test_a_posting_view_cut_short_at_either_store_counts_once(
    shared_instances: Instances, step: Crash
) -> None:
    a, b = shared_instances
    on_a = a.chat(user_id=2084)
    b.chat(user_id=2084)
    update = typed(on_a, f"/start {BACKEND}__jobsite")
    with crash_at(step, a), pytest.raises(asyncio.CancelledError):
        await a.feed(update)
    assert await b.feed(update) != []  # the card, this time for good
    assert await a.feed(update) == []
    assert await count_for(b, "posting_views", 2084) == 1


@pytest.mark.parametrize("step", ["database", "redis"])
async def test_a_question_for_hr_cut_short_at_either_store_reaches_hr_once(
    shared_instances: Instances, step: Crash
) -> None:
    """«Передать» dies in its commit on A and is delivered again to B: the question reaches HR
    once, and HR's reply reaches the candidate."""
    a, b = shared_instances
    on_a, on_b = a.chat(user_id=2085), b.chat(user_id=2085)
    hr = b.group(HR_CHAT_ID)
    a.group(HR_CHAT_ID)
    await on_a.send(f"/start {BACKEND}")
    await on_a.send("Можно ли приходить с собакой?")
    press = Update(update_id=a.next_update_id(), callback_query=on_a.query_for("Передать"))
    screens = copy.deepcopy(a.session.sent)
    with crash_at(step, a), pytest.raises(asyncio.CancelledError):
        await a.feed(press)
    a.session.sent.update(screens)
    await b.feed(press)
    for instance in (a, b):  # both outbox workers look for what is due
        await instance.dp["outbox_worker"].deliver_due(instance.bot)
    copies = [m for m in hr.messages() if "Можно ли приходить с собакой?" in m.text]
    assert len(copies) == 1
    await hr.send("Да, если она спокойная.", reply_to=copies[0])
    assert on_b.last_message().text.endswith("Да, если она спокойная.")
