"""The HR desk's queries and chat migrations, on both backends: status changes with history,
HR's list, the export, the funnel, unanswered questions."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage import (
    Answer,
    ApplicationRepo,
    ApplicationStatus,
    CandidateRepo,
    ChatMigrationRepo,
    ConsentRepo,
    Database,
    DeskRepo,
    QuestionRepo,
    ViewRepo,
)

T0 = datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC)
DAY = timedelta(days=1)
SUPPORT = "tech-support-specialist"
COURIER = "courier"


async def apply(db: Database, user_id: int, slug: str, at: datetime, *, flagged: bool = False):
    answers = [
        Answer("name", "Как вас зовут?", f"Имя {user_id}", f"Имя {user_id}"),
        Answer("exp", "Опыт?", "нет", 0, "нужен опыт" if flagged else None),
    ]
    application, _ = await ApplicationRepo(db).save(
        user_id=user_id,
        posting_slug=slug,
        posting_title=slug.title(),
        consent_version="v1",
        consent_at=at,
        started_at=at,
        answers=answers,
        submitted_at=at + timedelta(seconds=90 + user_id),
    )
    return application


async def test_a_status_changes_once_with_its_history(db: Database) -> None:
    desk = DeskRepo(db)
    application = await apply(db, 1, SUPPORT, T0)
    async with db.transaction() as tx:
        change = await desk.change_status(
            tx,
            application.id,
            expected=ApplicationStatus.NEW,
            new=ApplicationStatus.INVITED,
            changed_by=42,
            changed_by_name="HR Анна",
            message_text="Ждём вас",
            now=T0 + DAY,
        )
    assert change is not None and change.user_id == 1
    async with db.transaction() as tx:  # the second decision finds the status changed
        late = await desk.change_status(
            tx,
            application.id,
            expected=ApplicationStatus.NEW,
            new=ApplicationStatus.REJECTED,
            changed_by=43,
            changed_by_name=None,
        )
    assert late is None
    async with db.transaction() as tx:  # the owner check: someone else's application
        stranger = await desk.change_status(
            tx,
            application.id,
            expected=ApplicationStatus.INVITED,
            new=ApplicationStatus.WITHDRAWN,
            changed_by=2,
            changed_by_name=None,
            owner=2,
        )
    assert stranger is None
    assert await desk.status(application.id) is ApplicationStatus.INVITED
    history = await desk.history(application.id)
    assert [(h.old_status, h.new_status, h.changed_by_name) for h in history] == [
        (ApplicationStatus.NEW, ApplicationStatus.INVITED, "HR Анна")
    ]
    assert history[0].changed_at == T0 + DAY
    assert await desk.status(10_000) is None


async def test_the_list_filters_by_posting_status_and_scope(db: Database) -> None:
    desk = DeskRepo(db)
    await CandidateRepo(db).upsert(1, "Анна", "Петрова", "anna", "ru")
    first = await apply(db, 1, SUPPORT, T0, flagged=True)
    await apply(db, 2, SUPPORT, T0 + DAY)
    await apply(db, 3, COURIER, T0 + 2 * DAY)

    rows, total = await desk.page(None, None, offset=0, limit=2)
    assert total == 3
    assert [row.user_id for row in rows] == [3, 2]  # newest first
    rest, _ = await desk.page(None, None, offset=2, limit=2)
    assert [(row.id, row.flags, row.name) for row in rest] == [(first.id, 1, "Анна Петрова")]

    flagged, count = await desk.page(SUPPORT, ApplicationStatus.FLAGGED, offset=0, limit=10)
    assert count == 1 and [row.user_id for row in flagged] == [1]
    scoped, count = await desk.page(None, None, offset=0, limit=10, scope=[COURIER])
    assert count == 1 and [row.posting_slug for row in scoped] == [COURIER]
    nothing, count = await desk.page(None, None, offset=0, limit=10, scope=[])
    assert count == 0 and nothing == []


async def test_the_export_holds_a_window_of_applications_with_their_answers(
    db: Database,
) -> None:
    desk = DeskRepo(db)
    await ViewRepo(db).record(2, SUPPORT, "hh", viewed_at=T0)
    await apply(db, 1, SUPPORT, T0 - DAY)
    await apply(db, 2, SUPPORT, T0)
    await apply(db, 3, COURIER, T0 + DAY)

    rows = await desk.export_rows(since=T0, until=T0 + 2 * DAY)
    assert [(row.user_id, row.source) for row in rows] == [(2, "hh"), (3, None)]
    assert [a.question_id for a in rows[0].answers] == ["name", "exp"]
    assert rows[0].answers[0].answer_text == "Имя 2"
    assert rows[0].duration_seconds == 92
    assert [row.user_id for row in await desk.export_rows(slug=COURIER)] == [3]
    assert [row.user_id for row in await desk.export_rows(scope=[SUPPORT])] == [1, 2]


async def test_the_funnel_counts_each_stage_by_the_first_source(db: Database) -> None:
    desk, views = DeskRepo(db), ViewRepo(db)
    for user, source, at in ((1, "hh", T0), (1, "tg", T0 + DAY), (2, None, T0), (3, "tg", T0)):
        await views.record(user, SUPPORT, source, viewed_at=at)
    await ConsentRepo(db).record(1, SUPPORT, "v1", given_at=T0 + timedelta(hours=1))
    application = await apply(db, 1, SUPPORT, T0 + timedelta(hours=2))
    async with db.transaction() as tx:
        await desk.change_status(
            tx,
            application.id,
            expected=ApplicationStatus.NEW,
            new=ApplicationStatus.INVITED,
            changed_by=42,
            changed_by_name=None,
        )

    stages = await desk.funnel(T0, T0 + 7 * DAY)
    found = {(s.stage, s.source): (s.count, s.durations) for s in stages}
    assert found == {
        ("viewed", "hh"): (1, ()),  # user 1's first tag, though their later view said tg
        ("viewed", None): (1, ()),
        ("viewed", "tg"): (1, ()),
        ("started", "hh"): (1, ()),
        ("submitted", "hh"): (1, (91,)),
        ("invited", "hh"): (1, ()),
    }
    assert await desk.funnel(T0, T0 + 7 * DAY, scope=[COURIER]) == []


async def test_unanswered_questions_of_a_window(db: Database) -> None:
    questions = QuestionRepo(db)
    await questions.add(1, SUPPORT, "Есть ли удалёнка?", False, asked_at=T0)
    await questions.add(2, SUPPORT, "Какая зарплата?", True, "salary", asked_at=T0)
    await questions.add(3, COURIER, "Нужен ли велосипед?", False, asked_at=T0 + DAY)
    await questions.add(4, SUPPORT, "Старый вопрос", False, asked_at=T0 - DAY)

    found = await DeskRepo(db).unanswered(T0, T0 + 2 * DAY)
    assert [(q.posting_slug, q.text) for q in found] == [
        (COURIER, "Нужен ли велосипед?"),
        (SUPPORT, "Есть ли удалёнка?"),
    ]
    only = await DeskRepo(db).unanswered(T0, T0 + 2 * DAY, slug=SUPPORT, limit=1)
    assert [q.text for q in only] == ["Есть ли удалёнка?"]


async def test_a_chat_that_moved_twice_is_followed_to_its_newest_id(db: Database) -> None:
    chats, questions = ChatMigrationRepo(db), QuestionRepo(db)
    asked = await questions.add(1, SUPPORT, "Есть ли удалёнка?", False, asked_at=T0)
    await questions.mark_forwarded(asked, -100, 7)
    await chats.remember(-100, -1001)
    await chats.remember(-1001, -1002)
    assert await chats.all() == {-100: -1002, -1001: -1002}
    found = await questions.find_by_hr_message(-1002, 7)  # a reply in the new chat
    assert found is not None and found.id == asked


async def test_two_instances_deciding_at_once_one_wins_the_other_is_told(
    db_location: Path | str, db: Database
) -> None:
    # Two HR members press different decisions on two instances at the same moment: the
    # conditional update decides, and the loser learns it lost (None), never an error.
    application = await apply(db, 1, SUPPORT, T0)
    other = await Database.open(db_location)
    try:

        async def decide(database: Database, new: ApplicationStatus) -> bool:
            async with database.transaction() as tx:
                change = await DeskRepo(database).change_status(
                    tx,
                    application.id,
                    expected=ApplicationStatus.NEW,
                    new=new,
                    changed_by=42,
                    changed_by_name=None,
                )
                await asyncio.sleep(0.05)  # both are inside their transactions now
                return change is not None

        won = await asyncio.gather(
            decide(db, ApplicationStatus.INVITED), decide(other, ApplicationStatus.REJECTED)
        )
    finally:
        await other.close()
    assert sorted(won) == [False, True]
    assert len(await DeskRepo(db).history(application.id)) == 1
