"""Candidates, consents, applications, asked questions and views."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.storage import (
    Answer,
    Application,
    ApplicationNotFoundError,
    ApplicationRepo,
    ApplicationStatus,
    ApplicationSummary,
    CandidateRepo,
    ConsentRepo,
    Database,
    OutboxRepo,
    QuestionNotFoundError,
    QuestionRepo,
    Session,
    Submission,
    SubmitPlan,
    ViewRepo,
)
from bot.storage.applications import SubmitContext, SummaryOf
from tests.storage.conftest import INTEGRITY_ERRORS

T0 = datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC)
USER = 1001
SLUG = "tech-support-specialist"
TITLE = "Специалист службы поддержки"


def answers(*, knockout: bool = False) -> list[Answer]:
    """A small questionnaire's answers; the second may carry a knockout."""
    return [
        Answer("name", "Как вас зовут?", "Анна", "Анна"),
        Answer(
            "experience",
            "Опыт в поддержке?",
            "Нет опыта" if knockout else "2 года",
            0 if knockout else 2,
            "нужен опыт от года" if knockout else None,
        ),
        Answer("shifts", "Какие смены?", "Утро, вечер", ["morning", "evening"]),
    ]


async def test_candidate_upsert_creates_then_updates(db: Database) -> None:
    repo = CandidateRepo(db)
    assert await repo.get(USER) is None
    first = await repo.upsert(USER, "Анна", None, "anna", "ru", now=T0)
    assert first.first_name == "Анна" and first.username == "anna"
    assert first.created_at == first.updated_at == T0

    later = T0 + timedelta(days=1)
    second = await repo.upsert(USER, "Анна", "Петрова", None, "en", now=later)
    assert second.last_name == "Петрова"
    assert second.username is None
    assert second.language_code == "en"
    assert second.created_at == T0
    assert second.updated_at == later
    assert await repo.get(USER) == second
    row = await db.fetchone("SELECT COUNT(*) FROM candidates")
    assert row is not None and row[0] == 1


async def test_naive_datetime_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="naive"):
        await CandidateRepo(db).upsert(USER, "A", now=datetime(2025, 1, 1))


async def test_consent_record_and_latest(db: Database) -> None:
    repo = ConsentRepo(db)
    assert await repo.latest(USER, SLUG) is None
    await repo.record(USER, SLUG, "v1", given_at=T0)
    second = await repo.record(USER, SLUG, "v2", given_at=T0 + timedelta(hours=1))
    await repo.record(USER, "other", "v3", given_at=T0 + timedelta(hours=2))
    latest = await repo.latest(USER, SLUG)
    assert latest == second
    assert latest is not None and latest.consent_version == "v2"


async def test_consent_defaults_to_now(db: Database) -> None:
    before = datetime.now(UTC)
    consent = await ConsentRepo(db).record(USER, SLUG, "v1")
    assert before <= consent.given_at <= datetime.now(UTC)


async def submit(repo: ApplicationRepo, *, knockout: bool = False, user: int = USER):
    application, updated = await repo.save(
        user_id=user,
        posting_slug=SLUG,
        posting_title=TITLE,
        consent_version="v1",
        consent_at=T0,
        started_at=T0 + timedelta(minutes=1),
        answers=answers(knockout=knockout),
        submitted_at=T0 + timedelta(minutes=4, seconds=30),
    )
    assert not updated
    return application


async def test_submit_stores_application_with_answers(db: Database) -> None:
    repo = ApplicationRepo(db)
    application = await submit(repo)
    assert application.status is ApplicationStatus.NEW
    assert application.duration_seconds == 210
    assert application.created_at == application.submitted_at

    stored = await repo.get(application.id)
    assert stored == application
    assert stored is not None
    assert [a.question_id for a in stored.answers] == ["name", "experience", "shifts"]
    assert stored.answers[2].value == ["morning", "evening"]
    assert stored.knockouts == ()
    assert await repo.get_for(USER, SLUG) == application
    assert await repo.get_for(USER, "other") is None
    assert await repo.get(application.id + 100) is None


async def test_submit_with_knockout_is_flagged(db: Database) -> None:
    application = await submit(ApplicationRepo(db), knockout=True)
    assert application.status is ApplicationStatus.FLAGGED
    assert [a.question_id for a in application.knockouts] == ["experience"]
    row = await db.fetchone(
        "SELECT knockout_reason FROM answers WHERE application_id = ? AND question_id = ?",
        (application.id, "experience"),
    )
    assert row is not None and row[0] == "нужен опыт от года"


async def test_failed_answer_rolls_back_the_whole_application(db: Database) -> None:
    repo = ApplicationRepo(db)
    duplicate = [*answers(), answers()[0]]  # the same question twice: refused by the table
    with pytest.raises(INTEGRITY_ERRORS):
        await repo.save(
            user_id=USER,
            posting_slug=SLUG,
            posting_title=TITLE,
            consent_version="v1",
            consent_at=T0,
            started_at=T0,
            answers=duplicate,
        )
    assert await repo.get_for(USER, SLUG) is None
    row = await db.fetchone("SELECT COUNT(*) FROM answers")
    assert row is not None and row[0] == 0


async def test_second_application_to_a_posting_replaces_the_first_in_place(
    db: Database,
) -> None:
    repo = ApplicationRepo(db)
    first = await submit(repo)
    resubmitted_at = T0 + timedelta(days=2, minutes=3)
    updated, was_update = await repo.save(
        user_id=USER,
        posting_slug=SLUG,
        posting_title=TITLE,
        consent_version="v2",
        consent_at=T0 + timedelta(days=2),
        started_at=T0 + timedelta(days=2),
        answers=answers(knockout=True)[:2],
        submitted_at=resubmitted_at,
    )
    assert was_update
    assert updated.id == first.id
    assert updated.status is ApplicationStatus.FLAGGED
    assert updated.created_at == first.created_at
    assert updated.submitted_at == resubmitted_at
    assert updated.duration_seconds == 180
    assert updated.consent_version == "v2"
    stored = await repo.get(first.id)
    assert stored == updated
    assert stored is not None and len(stored.answers) == 2
    assert stored.answers[1].answer_text == "Нет опыта"
    row = await db.fetchone("SELECT COUNT(*) FROM applications")
    assert row is not None and row[0] == 1


async def test_an_application_and_what_is_queued_with_it_commit_together(db: Database) -> None:
    repo, outbox = ApplicationRepo(db), OutboxRepo(db)

    async def submit_with_summary(tx: Session) -> Application:
        application, _ = await repo.save(
            user_id=USER,
            posting_slug=SLUG,
            posting_title=TITLE,
            consent_version="v1",
            consent_at=T0,
            started_at=T0,
            answers=answers(),
            tx=tx,
        )
        await outbox.enqueue(-100, [{"text": "summary"}], application.id, tx=tx)
        return application

    with pytest.raises(RuntimeError):
        async with db.transaction() as tx:
            await submit_with_summary(tx)
            raise RuntimeError("the process dies before COMMIT")
    assert await repo.get_for(USER, SLUG) is None
    assert await outbox.pending_count() == 0
    async with db.transaction() as tx:
        application = await submit_with_summary(tx)
    assert await repo.get_for(USER, SLUG) == application
    assert await outbox.pending_count() == 1


async def test_set_status(db: Database) -> None:
    repo = ApplicationRepo(db)
    application = await submit(repo)
    await repo.set_status(application.id, ApplicationStatus.FLAGGED)
    stored = await repo.get(application.id)
    assert stored is not None and stored.status is ApplicationStatus.FLAGGED
    with pytest.raises(ApplicationNotFoundError):
        await repo.set_status(application.id + 1, ApplicationStatus.NEW)


async def test_list_for_user_latest_first(db: Database) -> None:
    repo = ApplicationRepo(db)
    older = await submit(repo)
    newer, _ = await repo.save(
        user_id=USER,
        posting_slug="backend-dev",
        posting_title="Backend",
        consent_version="v1",
        consent_at=T0,
        started_at=T0,
        answers=[],
        submitted_at=T0 + timedelta(days=1),
    )
    await submit(repo, user=USER + 1)
    summaries = await repo.list_for(USER)
    assert [s.id for s in summaries] == [newer.id, older.id]
    assert summaries[0].posting_slug == "backend-dev"
    assert summaries[0].posting_title == "Backend"
    assert summaries[0].status is ApplicationStatus.NEW
    assert summaries[1].submitted_at == older.submitted_at
    assert await repo.list_for(999) == []


async def test_questions_add_forward_reply_route(db: Database) -> None:
    repo = QuestionRepo(db)
    qid = await repo.add(USER, SLUG, "Есть ли удалёнка?", answered=False, asked_at=T0)
    answered_id = await repo.add(USER, SLUG, "Какая зарплата?", True, "salary")
    assert qid != answered_id
    assert await repo.find_by_hr_message(-100, 55) is None

    await repo.mark_forwarded(qid, -100, 55, forwarded_at=T0 + timedelta(seconds=5))
    found = await repo.find_by_hr_message(-100, 55)
    assert found is not None and found.id == qid
    assert found.user_id == USER
    assert found.forwarded_at == T0 + timedelta(seconds=5)
    assert await repo.find_by_hr_message(-100, 56) is None
    assert await repo.find_by_hr_message(-101, 55) is None

    await repo.set_hr_reply(qid, "Да, гибрид", replied_by=42)
    replied = await repo.get(qid)
    assert replied is not None
    assert replied.hr_reply_text == "Да, гибрид"
    assert replied.replied_by == 42
    assert replied.replied_at is not None

    asked = await repo.list_for_user_posting(USER, SLUG)
    assert [q.id for q in asked] == [qid, answered_id]
    assert asked[1].answered is True and asked[1].section == "salary"
    assert asked[0].answered is False
    assert await repo.list_for_user_posting(USER, "other") == []


async def test_question_updates_of_missing_question_raise(db: Database) -> None:
    repo = QuestionRepo(db)
    with pytest.raises(QuestionNotFoundError):
        await repo.mark_forwarded(7, -100, 1)
    with pytest.raises(QuestionNotFoundError):
        await repo.set_hr_reply(7, "x", 1)


async def test_unanswered_stats_groups_same_question(db: Database) -> None:
    repo = QuestionRepo(db)
    await repo.add(1, SLUG, "Есть ли удалёнка?", False, asked_at=T0)
    await repo.add(2, SLUG, "есть  ли УДАЛЁНКА", False, asked_at=T0 + timedelta(hours=1))
    await repo.add(3, SLUG, "Есть ли удалёнка?", False, asked_at=T0 + timedelta(hours=2))
    await repo.add(4, SLUG, "Дают ли ДМС?", False, asked_at=T0)
    await repo.add(5, SLUG, "Какая зарплата?", True, "salary", asked_at=T0)
    await repo.add(6, "other", "Есть ли удалёнка?", False, asked_at=T0)

    stats = await repo.unanswered_stats(SLUG)
    assert [(s.count, s.posting_slug) for s in stats] == [(3, SLUG), (1, SLUG)]
    assert stats[0].question_text.casefold().startswith("есть ли")
    assert stats[0].last_asked_at == T0 + timedelta(hours=2)
    assert stats[1].question_text == "Дают ли ДМС?"

    everywhere = await repo.unanswered_stats()
    assert sorted((s.posting_slug, s.count) for s in everywhere) == [
        ("other", 1),
        (SLUG, 1),
        (SLUG, 3),
    ]
    assert len(await repo.unanswered_stats(limit=1)) == 1


async def test_views_and_funnel(db: Database) -> None:
    views = ViewRepo(db)
    await views.record(1, SLUG, "hh")
    await views.record(1, SLUG, None)
    await views.record(2, SLUG, "tg")
    await views.record(3, "other", None)
    await submit(ApplicationRepo(db), user=2)

    funnel = await views.funnel(SLUG)
    assert (funnel.views, funnel.viewers, funnel.applications) == (3, 2, 1)
    row = await db.fetchone(
        "SELECT source FROM posting_views WHERE user_id = 2 AND posting_slug = ?", (SLUG,)
    )
    assert row is not None and row[0] == "tg"
    empty = await views.funnel("nobody-opened")
    assert (empty.views, empty.viewers, empty.applications) == (0, 0, 0)


async def submit_run(
    repo: ApplicationRepo,
    user_id: int,
    *,
    started_at: datetime = T0,
    given: list[Answer] | None = None,
    summary: SummaryOf | None = None,
) -> Submission:
    """Submit as the questionnaire's handler does (``submit_reading``); the summary, unless
    given, names the application's id and whether it is an update."""

    def id_and_kind(found: SubmitContext) -> list[dict[str, object]]:
        plan = found.plan
        return [{"text": f"#{plan.application_id} {'updated' if plan.updated else 'new'}"}]

    return await repo.submit_reading(
        user_id=user_id,
        posting_slug=SLUG,
        posting_title=TITLE,
        consent_version="v1",
        consent_at=T0,
        started_at=started_at,
        answers=given if given is not None else answers(),
        hr_chat=-100,
        summary=summary or id_and_kind,
    )


async def test_submitting_the_same_run_twice_stores_and_queues_once(db: Database) -> None:
    repo, outbox = ApplicationRepo(db), OutboxRepo(db)
    first = await submit_run(repo, USER)
    assert first.application.status is ApplicationStatus.NEW and not first.updated
    assert await repo.get_for(USER, SLUG) == first.application  # stored with its answers
    assert [a.question_id for a in first.application.answers] == ["name", "experience", "shifts"]
    again = await submit_run(repo, USER)  # the same run (started_at, answers): a second tap
    assert again.repeated and again.outbox_id is None
    assert again.application.id == first.application.id and not again.updated
    assert await outbox.pending_count() == 1
    changed = answers(knockout=True)  # the same run with an answer changed: an update
    update = await submit_run(repo, USER, given=changed)
    assert update.updated and not update.repeated and await outbox.pending_count() == 2
    assert update.application.id == first.application.id
    assert update.application.status is ApplicationStatus.FLAGGED  # a knockout answer
    assert await repo.get_for(USER, SLUG) == update.application
    later = T0 + timedelta(days=1)
    new_run = await submit_run(repo, USER, started_at=later, given=changed)
    assert new_run.updated and not new_run.repeated and await outbox.pending_count() == 3
    assert (await submit_run(repo, USER, started_at=later, given=changed)).repeated


async def test_a_failing_submit_rolls_back_everything(db: Database) -> None:
    repo, outbox = ApplicationRepo(db), OutboxRepo(db)
    with pytest.raises(INTEGRITY_ERRORS):  # two answers to one question
        await submit_run(repo, USER, given=answers() + answers()[:1])
    assert await repo.get_for(USER, SLUG) is None
    assert await outbox.pending_count() == 0
    stored = (await submit_run(repo, USER)).application
    assert [row[0] for row in await db.fetchall("SELECT id FROM applications")] == [stored.id]
    if db.dialect == "sqlite":  # PostgreSQL's sequences skip a rolled-back id, by design
        assert stored.id == 1


async def test_many_candidates_submitting_at_once_each_get_their_own_id_and_summary(
    db: Database,
) -> None:
    # On PostgreSQL the submits run as concurrent SERIALIZABLE transactions, each taking its id
    # from the sequence: the losers are retried (an id a retried one took is skipped, as
    # sequences do); none fails, none shares an id, and the sequence is ahead of them all.
    repo, outbox = ApplicationRepo(db), OutboxRepo(db)
    users = range(2001, 2021)
    stored = await asyncio.gather(*(submit_run(repo, user) for user in users))
    ids = sorted(s.application.id for s in stored)
    if db.dialect == "sqlite":
        assert ids == list(range(1, len(users) + 1))
    else:
        assert len(set(ids)) == len(users)
        row = await db.fetchone("SELECT last_value FROM applications_id_seq")
        assert row is not None and row[0] >= ids[-1]
    assert await outbox.pending_count() == len(users)
    for submission in stored:  # each summary was rendered for the id its application got
        row = await db.fetchone(
            "SELECT parts_json FROM outbox WHERE id = ?", (submission.outbox_id,)
        )
        assert row is not None and f"#{submission.application.id} new" in row[0]


async def test_a_submit_that_reads_its_own_plan_is_one_transaction(db: Database) -> None:
    # The handler's submit: the plan, the person's questions and source, the summary rendered
    # from them and every write, in one job — no read of its own before it.
    repo, outbox = ApplicationRepo(db), OutboxRepo(db)
    await QuestionRepo(db).add(USER, SLUG, "Есть ли удалёнка?", answered=False, asked_at=T0)
    await ViewRepo(db).record(USER, SLUG, "hh")
    await submit_run(ApplicationRepo(db), USER + 1)  # someone else's id 1 first
    seen: list[SubmitContext] = []
    jobs: list[str] = []
    atomic, read = db.atomic, db.read

    async def counted_atomic(work, **kw):  # type: ignore[no-untyped-def]
        jobs.append("atomic")
        return await atomic(work, **kw)

    async def counted_read(work, **kw):  # type: ignore[no-untyped-def]
        jobs.append("read")
        return await read(work, **kw)

    db.atomic, db.read = counted_atomic, counted_read  # type: ignore[method-assign]

    def summary(found: SubmitContext) -> list[dict[str, object]]:
        seen.append(found)
        return [{"text": f"#{found.plan.application_id} {found.source}"}]

    async def run() -> Submission:
        return await submit_run(repo, USER, summary=summary)

    done = await run()
    assert jobs == ["atomic"]
    assert done.application.id == 2 and not done.updated and not done.repeated
    (found,) = seen
    assert found.plan == SubmitPlan(2, updated=False, repeated=False)
    assert [q.question_text for q in found.asked] == ["Есть ли удалёнка?"]
    assert found.source == "hh"
    row = await db.fetchone("SELECT parts_json FROM outbox WHERE id = ?", (done.outbox_id,))
    assert row is not None and "#2 hh" in row[0]
    again = await run()  # a second tap after a crash: nothing new, no second summary
    assert again.repeated and again.outbox_id is None and len(seen) == 1
    assert await outbox.pending_count() == 2  # the other candidate's and this one's


async def test_a_new_submit_reads_its_plan_and_the_first_source_in_one_statement(
    sqlite_db: Database,
) -> None:
    # The plan, the deep-link tag that first brought the person and the questions they asked
    # come in one statement: BEGIN, the plan, the application, its answers, the summary, COMMIT.
    # (Statements are traced on SQLite's connection; the source read on PostgreSQL is the
    # test above's.)
    db = sqlite_db
    views = ViewRepo(db)
    await views.record(USER, SLUG, None, viewed_at=T0)
    await views.record(USER, SLUG, "hh", viewed_at=T0 + timedelta(minutes=1))
    await views.record(USER, SLUG, "vk", viewed_at=T0 + timedelta(minutes=2))
    seen: list[SubmitContext] = []
    statements: list[str] = []

    def summary(found: SubmitContext) -> list[dict[str, object]]:
        seen.append(found)
        return [{"text": "summary"}]

    conn = db._conn._conn
    conn.set_trace_callback(statements.append)
    try:
        done = await submit_run(ApplicationRepo(db), USER, summary=summary)
    finally:
        conn.set_trace_callback(None)
    assert not done.repeated and done.outbox_id is not None
    assert [found.source for found in seen] == ["hh"]  # the first view that has a tag
    # (the pragmas that switch the connection to the event loop's thread are not the submit's)
    work = [sql for sql in statements if not sql.startswith("PRAGMA")]
    assert len(work) == 6, work


async def test_a_submit_reads_the_persons_questions_oldest_first_with_what_became_of_them(
    db: Database,
) -> None:
    # The HR summary lists them as asked (by time, then by id for the same moment), each with
    # whether the bot answered it and whether it went on to HR; another posting's and another
    # person's questions are not the summary's. Read within the plan's statement.
    questions = QuestionRepo(db)
    later = await questions.add(
        USER, SLUG, "А ночные смены?", answered=False, asked_at=T0 + timedelta(hours=1)
    )
    first = await questions.add(USER, SLUG, "Есть ли удалёнка?", answered=True, asked_at=T0)
    same_moment = await questions.add(USER, SLUG, "Дают форму?", answered=False, asked_at=T0)
    await questions.add(USER, "other-posting", "Чужая вакансия?", answered=False, asked_at=T0)
    await questions.add(USER + 1, SLUG, "Чужой вопрос?", answered=False, asked_at=T0)
    await questions.mark_forwarded(later, -100, 77, forwarded_at=T0 + timedelta(hours=2))
    assert later < first < same_moment  # by id, the last is asked first
    seen: list[SubmitContext] = []

    def summary(found: SubmitContext) -> list[dict[str, object]]:
        seen.append(found)
        return [{"text": "summary"}]

    await submit_run(ApplicationRepo(db), USER, summary=summary)
    await submit_run(ApplicationRepo(db), USER + 2, summary=summary)  # asked nothing
    asked, none = ([(q.question_text, q.answered, q.forwarded) for q in c.asked] for c in seen)
    assert asked == [
        ("Есть ли удалёнка?", True, False),
        ("Дают форму?", False, False),
        ("А ночные смены?", False, True),
    ]
    assert none == []


@pytest.mark.parametrize(
    "value", ["Анна", 5, 2.5, True, None, ["утро", "ночь"], {"phone": "+7 912"}, "a\u2028b"]
)
def test_an_answer_is_stored_as_json_dumps_wrote_it(value: object) -> None:
    # A second tap is recognised by comparing the stored JSON with the answers' (``_plan``):
    # rows written by earlier versions (``json.dumps(…, ensure_ascii=False)``) must match.
    from bot.storage.applications import _value_json

    assert _value_json(value) == json.dumps(value, ensure_ascii=False)


async def test_the_application_told_of_at_apply_is_read_by_one_statement(db: Database) -> None:
    # «Откликнуться» on a posting already applied to tells the title, date and status: read
    # without the answers, by key, with no read transaction around the one statement.
    repo = ApplicationRepo(db)
    assert await repo.summary_for(USER, SLUG) is None
    stored = (await submit_run(repo, USER)).application
    statements: list[str] = []
    if db.dialect == "sqlite":
        db._conn._conn.set_trace_callback(statements.append)  # type: ignore[attr-defined]
    try:
        found = await repo.summary_for(USER, SLUG)
    finally:
        if db.dialect == "sqlite":
            db._conn._conn.set_trace_callback(None)  # type: ignore[attr-defined]
    assert found == ApplicationSummary(
        stored.id, SLUG, TITLE, ApplicationStatus.NEW, stored.submitted_at
    )
    assert await repo.summary_for(USER, "other-posting") is None
    if db.dialect == "sqlite":
        work = [sql.split()[0] for sql in statements if not sql.startswith("PRAGMA")]
        assert work == ["SELECT"], statements
