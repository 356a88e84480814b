"""Erasure: after delete_user, no table holds the person's id anywhere."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiogram.fsm.storage.base import StorageKey

from bot.storage import (
    Answer,
    ApplicationRepo,
    ApplicationStatus,
    BroadcastRepo,
    CandidateRepo,
    ConsentRepo,
    Database,
    DeskRepo,
    OutboxRepo,
    PrivacyRepo,
    QuestionRepo,
    SQLiteStorage,
    SubscriptionRepo,
    ViewRepo,
)

# Distinctive ids, so a match in any column can only be the person's id.
PERSON = 731_904_277
OTHER = 518_330_461
HR_CHAT = -1_009_990_001
BOT_ID = 42
HR_MEMBER = 640_112_935
T0 = datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC)


async def populate(db: Database, user_id: int) -> int:
    """Give ``user_id`` a record in every table; return their application id."""
    await CandidateRepo(db).upsert(user_id, "Имя", "Фамилия", "nick", "ru")
    await ConsentRepo(db).record(user_id, "slug", "v1")
    application, _ = await ApplicationRepo(db).save(
        user_id=user_id,
        posting_slug="slug",
        posting_title="Title",
        consent_version="v1",
        consent_at=T0,
        started_at=T0,
        answers=[Answer("phone", "Телефон?", "+7 900 000-00-00", "+79000000000")],
        submitted_at=T0 + timedelta(minutes=2),
    )
    async with db.transaction() as tx:  # HR invited them: a status change with its message
        await DeskRepo(db).change_status(
            tx,
            application.id,
            expected=ApplicationStatus.NEW,
            new=ApplicationStatus.INVITED,
            changed_by=HR_MEMBER,
            changed_by_name="Ольга",
            message_text="Ждём вас",
        )
    questions = QuestionRepo(db)
    qid = await questions.add(user_id, "slug", "Есть ли удалёнка?", False)
    await questions.mark_forwarded(qid, HR_CHAT, user_id % 100_000)
    await ViewRepo(db).record(user_id, "slug", "hh")
    outbox = OutboxRepo(db)
    await outbox.enqueue(HR_CHAT, [{"text": "anketa", "entities": []}], application.id)
    await outbox.enqueue(HR_CHAT, [{"text": "question", "entities": []}], question_id=qid)
    await outbox.enqueue(HR_CHAT, [{"text": "other", "entities": []}], user_id=user_id)
    fsm = SQLiteStorage(db)
    private = StorageKey(bot_id=BOT_ID, chat_id=user_id, user_id=user_id)
    await fsm.set_state(private, "Questionnaire:phone")
    await fsm.set_data(private, {"phone": "+79000000000"})
    group = StorageKey(bot_id=BOT_ID, chat_id=HR_CHAT, user_id=user_id, thread_id=7)
    await fsm.set_state(group, "x")
    await SubscriptionRepo(db).subscribe(user_id, "ru", city="Москва")
    await BroadcastRepo(db).start("slug", "москва", [], None)  # they were told of "slug"
    return application.id


async def table_names(db: Database) -> list[str]:
    """The bot's tables (not the database's own bookkeeping)."""
    if db.dialect == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    else:
        sql = (
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = 'public' AND table_name != 'schema_version'"
        )
    return [row[0] for row in await db.fetchall(sql)]


async def column_names(db: Database, table: str) -> list[str]:
    """The columns of ``table``."""
    if db.dialect == "sqlite":
        return [row["name"] for row in await db.fetchall(f'PRAGMA table_info("{table}")')]
    sql = "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
    return [row[0] for row in await db.fetchall(sql, (table,))]


async def columns_holding(db: Database, value: int) -> list[str]:
    """Every ``table.column`` (all tables, all columns) that holds ``value``."""
    found = []
    for name in await table_names(db):
        for column_name in await column_names(db, name):
            row = await db.fetchone(
                f'SELECT COUNT(*) FROM "{name}" WHERE CAST("{column_name}" AS TEXT) = ?1'
                f' OR CAST("{column_name}" AS TEXT) LIKE ?2',
                (str(value), f"%{value}%"),
            )
            assert row is not None
            if row[0]:
                found.append(f"{name}.{column_name}")
    return found


async def test_populate_reaches_every_table(db: Database) -> None:
    """Guard for the erasure test: the person really is in every table first."""
    await populate(db, PERSON)
    tables = await table_names(db)
    holding = await columns_holding(db, PERSON)
    holding_tables = {entry.split(".")[0] for entry in holding}
    # answers hold the person only through application_id; check that table separately.
    # chat_migrations holds chat ids only (a group's old and new id), never a person;
    # channel_posts holds channels' posts of vacancies, never a person;
    # processed_updates holds Telegram's update ids and times, never who sent them (a kept
    # update's body only while it is handled, seconds, cleared — and, with secure_delete,
    # zeroed — by the commit that records it: bot.updates.ConfirmingPoller);
    # broadcasts, one row per posting told to subscribers (its items, in broadcast_items, are
    # per person).
    not_personal = {"answers", "chat_migrations", "channel_posts", "processed_updates"}
    not_personal.add("broadcasts")
    # scheduled_runs: when each scheduled job (retention, the digest) is due, and who ran it.
    not_personal.add("scheduled_runs")
    assert holding_tables | not_personal == set(tables)
    row = await db.fetchone("SELECT COUNT(*) FROM answers")
    assert row is not None and row[0] == 1


async def test_delete_user_leaves_no_trace(db: Database) -> None:
    person_application = await populate(db, PERSON)
    other_application = await populate(db, OTHER)
    questions = QuestionRepo(db)
    # The person, as an HR member, replied to someone else's question.
    (other_question,) = await questions.list_for_user_posting(OTHER, "slug")
    await questions.set_hr_reply(other_question.id, "Да", replied_by=PERSON)
    # …and, as an HR member, later rejected the other person's application.
    async with db.transaction() as tx:
        await DeskRepo(db).change_status(
            tx,
            other_application,
            expected=ApplicationStatus.INVITED,
            new=ApplicationStatus.REJECTED,
            changed_by=PERSON,
            changed_by_name="Персона",
        )
    other_before = await columns_holding(db, OTHER)

    counts = await PrivacyRepo(db).delete_user(PERSON)

    assert await columns_holding(db, PERSON) == []
    assert counts == {
        "outbox": 3,
        "answers": 1,
        "status_changes": 1,
        "status_changes_changed_by": 1,
        "applications": 1,
        "questions": 1,
        "questions_replied_by": 1,
        "posting_views": 1,
        "consents": 1,
        "fsm": 2,
        "candidates": 1,
        "subscriptions": 1,
        "broadcast_items": 1,
    }
    row = await db.fetchone(
        "SELECT COUNT(*) FROM answers WHERE application_id = ?", (person_application,)
    )
    assert row is not None and row[0] == 0
    # The other person is untouched (their question merely lost its replier's id).
    assert await columns_holding(db, OTHER) == other_before
    remaining = await ApplicationRepo(db).get(other_application)
    assert remaining is not None and len(remaining.answers) == 1
    assert await OutboxRepo(db).pending_count() == 3
    kept = await questions.get(other_question.id)
    assert kept is not None and kept.hr_reply_text == "Да" and kept.replied_by is None
    decisions = await DeskRepo(db).history(other_application)
    assert [(c.new_status, c.changed_by, c.changed_by_name) for c in decisions] == [
        (ApplicationStatus.INVITED, HR_MEMBER, "Ольга"),
        (ApplicationStatus.REJECTED, None, None),
    ]


async def test_delete_unknown_user_deletes_nothing(db: Database) -> None:
    await populate(db, OTHER)
    counts = await PrivacyRepo(db).delete_user(PERSON)
    assert set(counts.values()) == {0}
    assert await OutboxRepo(db).pending_count() == 3
