"""With REDIS_URL, FSM state and the per-user lock live in Redis (aiogram's RedisStorage and
RedisEventIsolation), so a questionnaire can bounce between instances."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage

from bot.answering import Answerer
from bot.app import build_dispatcher, shared_state
from bot.postings import Catalog
from bot.storage import Database
from tests.conftest import HR_CHAT_ID, SAMPLES, copy_postings, make_settings
from tests.dispatcher.test_questionnaire import BACKEND, open_and_consent
from tests.harness import TOKEN, Harness, RecordingSession

Instances = list[Harness]


@pytest.fixture
async def two_instances(
    tmp_path: Path, redis_url: str, answerer: Answerer
) -> AsyncIterator[Instances]:
    """Two bot instances over one database file, sharing Redis."""
    folder = copy_postings(tmp_path / "postings", SAMPLES)
    settings = make_settings(tmp_path, folder, redis_url=redis_url)
    opened: list[tuple[Harness, Database, RedisStorage]] = []
    session = RecordingSession()  # one Telegram: each instance sees what the other sent
    for _ in range(2):
        catalog = Catalog(folder)
        catalog.reload()
        db = await Database.open(settings.database_path)
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
