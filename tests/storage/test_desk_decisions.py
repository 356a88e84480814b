"""HR decisions and withdrawals: the status change, its history row and the message it queues are
one job on the database's thread (one hop, all or nothing), and a lost race says why in that job.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

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
from tests.storage.conftest import INTEGRITY_ERRORS

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
    """Every job handed to the database's thread while the block runs, by function name."""
    conn: Any = db._conn
    jobs: list[str] = []
    original = conn._execute

    async def counting(fn: Any, *args: Any, **kwargs: Any) -> Any:
        jobs.append(getattr(fn, "__name__", repr(fn)))
        return await original(fn, *args, **kwargs)

    conn._execute = counting
    try:
        yield jobs
    finally:
        del conn._execute


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


async def test_a_decision_is_one_trip_to_sqlites_thread(sqlite_db: Database) -> None:
    application_id = await submitted(sqlite_db)
    with hops(sqlite_db) as jobs:
        outcome = await decide(sqlite_db, application_id, ApplicationStatus.NEW)
    assert len(jobs) == 1, jobs  # BEGIN, two writes, the outbox item, COMMIT: one job
    assert isinstance(outcome, service.Done)
    with hops(sqlite_db) as jobs:  # a lost race reads who won in that same job
        late = await decide(sqlite_db, application_id, ApplicationStatus.NEW)
    assert len(jobs) == 1, jobs
    assert isinstance(late, service.Outdated)
    with hops(sqlite_db) as jobs:
        await withdraw(sqlite_db, application_id, CANDIDATE)
    assert len(jobs) == 1, jobs


async def test_a_decision_changes_the_status_and_queues_the_message(db: Database) -> None:
    application_id = await submitted(db)
    outcome = await decide(db, application_id, ApplicationStatus.NEW)
    assert isinstance(outcome, service.Done) and outcome.change is not None
    assert outcome.change.new_status == ApplicationStatus.INVITED
    assert outcome.change.changed_by_name == "Ольга"
    assert await DeskRepo(db).status(application_id) == ApplicationStatus.INVITED
    [item] = await OutboxRepo(db).due()
    assert (item.chat_id, item.to_candidate, item.parts) == (CANDIDATE, True, tuple(PARTS))
    assert item.application_id == application_id


async def test_the_second_of_two_decisions_learns_who_won(db: Database) -> None:
    application_id = await submitted(db)
    await decide(db, application_id, ApplicationStatus.NEW)
    late = await decide(db, application_id, ApplicationStatus.NEW)
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
    # linked to an application that does not exist: the foreign key refuses it
    broken = OutboxRepo(db).prepare(HR_CHAT, PARTS, application_id + 1000)
    with pytest.raises(INTEGRITY_ERRORS):
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


async def test_a_withdrawal_tells_hr(db: Database) -> None:
    application_id = await submitted(db)
    outcome = await withdraw(db, application_id, CANDIDATE)
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
