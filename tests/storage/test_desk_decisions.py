"""HR decisions and withdrawals: the status change, its history row and the message it queues are
one job on the database's thread (one hop, all or nothing), and a lost race says why in that job.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest

from bot.screening import service
from bot.storage import (
    Answer,
    ApplicationRepo,
    ApplicationStatus,
    Database,
    DeskRepo,
    OutboxRepo,
    PrivacyRepo,
)
from bot.storage.outbox import PreparedItem

CANDIDATE = 731_904_277
STRANGER = 518_330_461
HR_CHAT = -1_009_990_001
HR = service.Actor(640_112_935, "Ольга")
T0 = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)
PARTS = [{"text": "Ждём вас в среду", "entities": []}]


async def submitted(db: Database) -> int:
    application, _ = await ApplicationRepo(db).save(
        user_id=CANDIDATE,
        posting_slug="courier",
        posting_title="Курьер",
        consent_version="v1",
        consent_at=T0,
        started_at=T0,
        answers=[Answer("phone", "Телефон?", "+7 900 000-00-00", "+79000000000")],
        submitted_at=T0 + timedelta(minutes=2),
    )
    return application.id


@contextmanager
def hops(db: Database) -> Iterator[list[str]]:
    """Every job handed to the database while the block runs, by function name: on SQLite each
    job of aiosqlite's thread, on PostgreSQL each round trip the database object starts."""
    target: Any = db._conn if db.dialect == "sqlite" else db
    names = (
        ("_execute",)
        if db.dialect == "sqlite"
        else ("_run", "execute", "fetchone", "fetchall", "transaction", "exclusive")
    )
    jobs: list[str] = []

    def counting(name: str) -> Any:
        original = getattr(target, name)

        def count(*args: Any, **kwargs: Any) -> Any:
            jobs.append(getattr(args[0], "__name__", repr(args[0])) if args else name)
            return original(*args, **kwargs)

        return count

    for name in names:
        setattr(target, name, counting(name))
    try:
        yield jobs
    finally:
        for name in names:
            delattr(target, name)


async def decide(db: Database, application_id: int, expected: ApplicationStatus) -> Any:
    return await service.decide(
        db,
        DeskRepo(db),
        OutboxRepo(db),
        application_id=application_id,
        expected=expected,
        new=ApplicationStatus.INVITED,
        hr=HR,
        message_text="Ждём вас в среду",
        message_parts=PARTS,
    )


async def test_a_decision_changes_the_status_and_queues_the_message_in_one_hop(
    db: Database,
) -> None:
    application_id = await submitted(db)
    with hops(db) as jobs:
        outcome = await decide(db, application_id, ApplicationStatus.NEW)
    assert len(jobs) == 1, jobs  # BEGIN, two writes, the outbox item, COMMIT: one job
    assert isinstance(outcome, service.Done) and outcome.change is not None
    assert outcome.change.new_status == ApplicationStatus.INVITED
    assert outcome.change.changed_by_name == "Ольга"
    assert await DeskRepo(db).status(application_id) == ApplicationStatus.INVITED
    [item] = await OutboxRepo(db).due()
    assert (item.chat_id, item.to_candidate, item.parts) == (CANDIDATE, True, tuple(PARTS))
    assert item.application_id == application_id


async def test_the_second_of_two_decisions_learns_who_won_in_the_same_hop(db: Database) -> None:
    application_id = await submitted(db)
    await decide(db, application_id, ApplicationStatus.NEW)
    with hops(db) as jobs:
        late = await decide(db, application_id, ApplicationStatus.NEW)
    assert len(jobs) == 1, jobs
    assert isinstance(late, service.Outdated)
    assert late.status == ApplicationStatus.INVITED
    assert late.last is not None and late.last.changed_by == HR.id
    assert len(await OutboxRepo(db).due()) == 1  # only the winner's message


async def test_a_decision_on_an_erased_application_is_gone(db: Database) -> None:
    application_id = await submitted(db)
    await PrivacyRepo(db).delete_user(CANDIDATE)
    outcome = await decide(db, application_id, ApplicationStatus.NEW)
    assert isinstance(outcome, service.Gone)
    assert await OutboxRepo(db).due() == []


async def test_a_failing_outbox_insert_leaves_the_status_and_history_as_they_were(
    db: Database,
) -> None:
    application_id = await submitted(db)
    broken = PreparedItem(("too", "few"), recipient_open=False)
    # the statement's parameters do not fit: the driver refuses it inside the job
    with pytest.raises((sqlite3.ProgrammingError, asyncpg.InterfaceError)):
        await DeskRepo(db).change_status_atomically(
            application_id,
            expected=ApplicationStatus.NEW,
            new=ApplicationStatus.INVITED,
            changed_by=HR.id,
            changed_by_name=HR.name,
            notify=broken,
        )
    assert await DeskRepo(db).status(application_id) == ApplicationStatus.NEW
    assert await DeskRepo(db).history(application_id) == []


async def withdraw(db: Database, application_id: int, who: int) -> Any:
    return await service.withdraw(
        db,
        DeskRepo(db),
        OutboxRepo(db),
        application_id=application_id,
        candidate=service.Actor(who, "Анна"),
        expected=ApplicationStatus.NEW,
        new=ApplicationStatus.WITHDRAWN,
        hr_chat=HR_CHAT,
        hr_parts=[{"text": "Анна отозвала отклик", "entities": []}],
    )


async def test_a_withdrawal_tells_hr_in_the_same_hop(db: Database) -> None:
    application_id = await submitted(db)
    with hops(db) as jobs:
        outcome = await withdraw(db, application_id, CANDIDATE)
    assert len(jobs) == 1, jobs
    assert isinstance(outcome, service.Done)
    assert await DeskRepo(db).status(application_id) == ApplicationStatus.WITHDRAWN
    [item] = await OutboxRepo(db).due()
    assert (item.chat_id, item.to_candidate) == (HR_CHAT, False)


async def test_nobody_withdraws_someone_elses_application(db: Database) -> None:
    application_id = await submitted(db)
    outcome = await withdraw(db, application_id, STRANGER)
    assert isinstance(outcome, service.Outdated)
    assert (outcome.status, outcome.last) == (ApplicationStatus.NEW, None)
    assert await OutboxRepo(db).due() == []


def test_an_item_whose_recipient_is_left_open_needs_one() -> None:
    item = PreparedItem((0, "[]", 1, None, None, None, "t", "t", 1), recipient_open=True)
    conn = sqlite3.connect(":memory:")
    with pytest.raises(ValueError, match="recipient"):
        item.insert(conn)
