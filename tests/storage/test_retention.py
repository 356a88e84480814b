"""Retention with a fixed clock: exactly what is older than RETENTION_DAYS is erased."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from aiogram.fsm.storage.base import StorageKey

from bot.outbox import OutboxWorker
from bot.retention import RetentionWorker
from bot.storage import (
    Answer,
    ApplicationRepo,
    ApplicationStatus,
    CandidateRepo,
    ConsentRepo,
    Database,
    DeskRepo,
    OutboxRepo,
    QuestionRepo,
    SQLiteStorage,
    ViewRepo,
)
from bot.storage.retention import RetentionRepo
from bot.storage.timefmt import to_db

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
DAYS = 180
CUTOFF = NOW - timedelta(days=DAYS)
SECOND = timedelta(seconds=1)
OLD, KEPT, MIXED = 710_001, 710_002, 710_003
HR_CHAT = -100_777


async def apply(db: Database, user_id: int, at: datetime) -> int:
    application, _ = await ApplicationRepo(db).save(
        user_id=user_id,
        posting_slug="courier",
        posting_title="Курьер",
        consent_version="v1",
        consent_at=at,
        started_at=at,
        submitted_at=at,
        answers=[Answer("name", "Имя?", "Анна", "Анна")],
    )
    return application.id


async def count(db: Database, table: str, user_id: int) -> int:
    row = await db.fetchone(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (user_id,))
    assert row is not None
    return int(row[0])


async def test_retention_erases_exactly_what_is_older_than_the_limit(db: Database) -> None:
    candidates, views, consents = CandidateRepo(db), ViewRepo(db), ConsentRepo(db)
    questions, outbox = QuestionRepo(db), OutboxRepo(db)
    old_at = CUTOFF - SECOND
    # OLD: everything a second older than the limit.
    await candidates.upsert(OLD, "Старый", now=old_at)
    await views.record(OLD, "courier", "hh", viewed_at=old_at)
    await consents.record(OLD, "courier", "v1", given_at=old_at)
    old_application = await apply(db, OLD, old_at)
    async with db.transaction() as tx:
        await DeskRepo(db).change_status(
            tx,
            old_application,
            expected=ApplicationStatus.NEW,
            new=ApplicationStatus.REJECTED,
            changed_by=5001,
            changed_by_name="Ольга",
            message_text="Спасибо",
            now=old_at,
        )
    await outbox.enqueue(HR_CHAT, [{"text": "анкета", "entities": []}], old_application)
    await questions.add(OLD, "courier", "Есть ли форма?", False, asked_at=old_at)
    fsm = SQLiteStorage(db)
    await fsm.set_data(StorageKey(bot_id=1, chat_id=OLD, user_id=OLD), {"draft": {"x": 1}})
    await db.execute("UPDATE fsm SET updated_at = ? WHERE user_id = ?", (to_db(old_at), OLD))
    # KEPT: an application submitted exactly at the limit keeps its old consent and record.
    await candidates.upsert(KEPT, "Новый", now=old_at)
    await consents.record(KEPT, "courier", "v1", given_at=old_at - timedelta(days=3))
    await apply(db, KEPT, CUTOFF)
    await views.record(KEPT, "courier", None, viewed_at=CUTOFF)
    # MIXED: an old view goes, a recent question (and so the record) stays.
    await candidates.upsert(MIXED, "Смешанный", now=old_at)
    await views.record(MIXED, "courier", None, viewed_at=old_at)
    await questions.add(MIXED, "courier", "Есть ли форма?", False, asked_at=CUTOFF + SECOND)

    worker = RetentionWorker(
        RetentionRepo(db),
        outbox,
        OutboxWorker(outbox),
        days=DAYS,
        hr_chat_id=HR_CHAT,
        locale="ru",
    )
    counts = await worker.run_once(now=NOW)

    assert counts == {
        "outbox": 1,
        "answers": 1,
        "status_changes": 1,
        "applications": 1,
        "questions": 1,
        "posting_views": 2,
        "consents": 1,
        "fsm": 1,
        "candidates": 1,
    }
    for table in ("applications", "questions", "posting_views", "consents", "candidates", "fsm"):
        assert await count(db, table, OLD) == 0, table
    assert await count(db, "applications", KEPT) == 1
    assert await count(db, "consents", KEPT) == 1
    assert await count(db, "candidates", KEPT) == 1
    assert await count(db, "posting_views", KEPT) == 1
    assert await count(db, "posting_views", MIXED) == 0
    assert await count(db, "questions", MIXED) == 1
    assert await count(db, "candidates", MIXED) == 1
    rows = await db.fetchall("SELECT parts_json FROM outbox WHERE chat_id = ?", (HR_CHAT,))
    assert [json.loads(row["parts_json"])[0]["text"] for row in rows] == [
        "🧹 Хранение данных: удалено всё старше 180 дн. — откликов: 1, вопросов: 1, "
        "просмотров: 2, карточек кандидатов: 1."
    ]

    assert await worker.run_once(now=NOW) is None  # the day's run is done
    rows = await db.fetchall("SELECT id FROM outbox WHERE chat_id = ?", (HR_CHAT,))
    assert len(rows) == 1
