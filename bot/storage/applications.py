"""Applications and their answers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache, partial
from typing import Any

from bot.storage.database import Database, Session, StorageError
from bot.storage.dialect import Sql, fill, repeat
from bot.storage.models import (
    Answer,
    Application,
    ApplicationStatus,
    ApplicationSummary,
)
from bot.storage.outbox import insert_item, item_params
from bot.storage.timefmt import from_db, to_db, utc_now

APPLICATION_COLUMNS = """
    id, user_id, posting_slug, posting_title, status, consent_version, consent_at,
    started_at, created_at, submitted_at, duration_seconds
"""

# Submitting again updates the person's application for that posting; ``created_at`` stays.
_ON_CONFLICT_UPDATE = f"""
ON CONFLICT (user_id, posting_slug) DO UPDATE SET
    posting_title = excluded.posting_title,
    status = excluded.status,
    consent_version = excluded.consent_version,
    consent_at = excluded.consent_at,
    started_at = excluded.started_at,
    submitted_at = excluded.submitted_at,
    duration_seconds = excluded.duration_seconds
RETURNING {APPLICATION_COLUMNS}
"""

UPSERT_APPLICATION = (
    """
INSERT INTO applications (
    user_id, posting_slug, posting_title, status, consent_version, consent_at,
    started_at, created_at, submitted_at, duration_seconds
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
    + _ON_CONFLICT_UPDATE
)

# The same with the id given: a new application gets the id planned for it (see ``_plan``).
INSERT_APPLICATION_WITH_ID = (
    """
INSERT INTO applications (
    id, user_id, posting_slug, posting_title, status, consent_version, consent_at,
    started_at, created_at, submitted_at, duration_seconds
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
    + _ON_CONFLICT_UPDATE
)

# What a submit will do: update this person's application (its id), or create the next id.
# SQLite: AUTOINCREMENT gives max(seq, max(id)) + 1, and only this code inserts applications;
# the plan is made under the write lock, so nothing can take that id before the insert.
# PostgreSQL: last_id is NULL, and a new application's id is reserved from the sequence
# (RESERVE_APPLICATION_ID): its own, whatever other instances commit meanwhile.
# The same statement reads what the HR summary shows of the person's time with the posting: the
# deep-link tag that first brought them (``ViewRepo.source_of``) and the questions they asked
# about it (``QuestionRepo.list_for_user_posting``), as one JSON array of [asked_at, id, text,
# answered, forwarded] rows, put in order by ``_asked`` (SQLite before 3.44 cannot order an
# aggregate): two statements fewer in every submit.
_PLAN_EXISTING = """
SELECT (SELECT id FROM applications WHERE user_id = ?1 AND posting_slug = ?2) AS existing,
       (SELECT started_at FROM applications WHERE user_id = ?1 AND posting_slug = ?2) AS started,
       (SELECT source FROM posting_views
        WHERE user_id = ?1 AND posting_slug = ?2 AND source IS NOT NULL
        ORDER BY viewed_at, id LIMIT 1) AS source,
"""
_PLAN_ASKED = """
       (SELECT {array}(json{build}_array(asked_at, id, question_text, answered,
                                         forwarded_at IS NOT NULL)){text}
        FROM questions WHERE user_id = ?1 AND posting_slug = ?2) AS asked,
"""
SELECT_PLAN = Sql(
    _PLAN_EXISTING
    + _PLAN_ASKED.format(array="json_group_array", build="", text="")
    + """
       MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'applications'), 0),
           COALESCE((SELECT MAX(id) FROM applications), 0)) AS last_id
""",
    # json_agg gives NULL for no rows, read as none asked; the text is parsed as SQLite's is.
    postgres=_PLAN_EXISTING
    + _PLAN_ASKED.format(array="CAST(json_agg", build="_build", text=" AS text)")
    + "       NULL AS last_id",
)
RESERVE_APPLICATION_ID = "SELECT nextval('applications_id_seq')"  # PostgreSQL only
NOT_RESERVED = 0
"""The id of a plan for a new application whose id is still to be reserved (PostgreSQL)."""

SELECT_ANSWER_VALUES = """
SELECT question_id, answer_text, value_json, knockout_reason
FROM answers WHERE application_id = ? ORDER BY position
"""

UPDATE_APPLICATION_STATUS = "UPDATE applications SET status = ? WHERE id = ? RETURNING id"

DELETE_ANSWERS_OF = """
DELETE FROM answers WHERE application_id =
    (SELECT id FROM applications WHERE user_id = ? AND posting_slug = ?)
"""

DELETE_ANSWERS = "DELETE FROM answers WHERE application_id = ?"

# The application is found by (user_id, posting_slug), not by id, so these statements can be
# queued together with the upsert that creates it. One "(?, ?, ?, ?, ?, ?)" per answer.
INSERT_ANSWERS_OF = """
INSERT INTO answers (
    application_id, position, question_id, question_text, answer_text, value_json,
    knockout_reason
)
SELECT applications.id, rows.column1, rows.column2, rows.column3, rows.column4,
       rows.column5, rows.column6
FROM applications, (VALUES {rows}) AS rows
WHERE applications.user_id = ? AND applications.posting_slug = ?
"""
# PostgreSQL types a VALUES list from its parameters, which it cannot see: the position is cast.
ANSWER_ROW = Sql("(?, ?, ?, ?, ?, ?)", postgres="(CAST(? AS bigint), ?, ?, ?, ?, ?)")
ANSWERS_PER_STATEMENT = 100  # 600 parameters, far below SQLite's limit

# The same rows for an application whose id is known (a submit plans it first): a plain
# INSERT … VALUES, typed by its columns, with no join to find the application (a quarter less
# of SQLite's time for a questionnaire's six answers). One "(?, ?, ?, ?, ?, ?, ?)" per answer.
INSERT_ANSWERS = """
INSERT INTO answers (
    application_id, position, question_id, question_text, answer_text, value_json,
    knockout_reason
) VALUES {rows}
"""
ANSWER_ROW_WITH_ID = "(?, ?, ?, ?, ?, ?, ?)"

_value_json = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(value, ensure_ascii=False)``, the very same text (stored answers are compared
with it, ``_answer_key``), without building an encoder for every call: a tenth of the time."""

SELECT_APPLICATION = f"SELECT {APPLICATION_COLUMNS} FROM applications WHERE id = ?"

SELECT_APPLICATION_FOR = f"""
SELECT {APPLICATION_COLUMNS} FROM applications WHERE user_id = ? AND posting_slug = ?
"""

SELECT_ANSWERS = """
SELECT question_id, question_text, answer_text, value_json, knockout_reason
FROM answers WHERE application_id = ? ORDER BY position
"""

SELECT_SUMMARY_FOR = """
SELECT id, posting_slug, posting_title, status, submitted_at
FROM applications WHERE user_id = ? AND posting_slug = ?
"""

SELECT_SUMMARIES_FOR_USER = """
SELECT id, posting_slug, posting_title, status, submitted_at
FROM applications WHERE user_id = ? ORDER BY submitted_at DESC, id DESC
"""


class ApplicationNotFoundError(StorageError):
    """No application with that id (it may have been erased)."""

    def __init__(self, application_id: int) -> None:
        super().__init__(f"no application #{application_id}")
        self.application_id = application_id


def _row(
    user_id: int,
    posting_slug: str,
    posting_title: str,
    answers: Sequence[Answer],
    consent_version: str,
    consent_at: datetime,
    started_at: datetime,
    submitted_at: datetime,
) -> tuple[object, ...]:
    """An application's columns as UPSERT_APPLICATION takes them (after its id, if any)."""
    submitted = to_db(submitted_at)
    return (
        user_id,
        posting_slug,
        posting_title,
        _status_for(answers).value,
        consent_version,
        to_db(consent_at),
        to_db(started_at),
        submitted,
        submitted,
        _duration(started_at, submitted_at),
    )


def _status_for(answers: Sequence[Answer]) -> ApplicationStatus:
    return (
        ApplicationStatus.FLAGGED
        if any(answer.knockout_reason for answer in answers)
        else ApplicationStatus.NEW
    )


def _duration(started_at: datetime, submitted_at: datetime) -> int:
    return max(0, round((submitted_at - started_at).total_seconds()))


def _answer_chunks(answers: Sequence[Answer], *lead: object) -> Iterator[tuple[int, list[object]]]:
    """The answers in statements of at most ``ANSWERS_PER_STATEMENT`` rows: each statement's row
    count and its parameters, every row's led by ``lead``."""
    for first in range(0, len(answers), ANSWERS_PER_STATEMENT):
        chunk = answers[first : first + ANSWERS_PER_STATEMENT]
        params: list[object] = []
        for position, answer in enumerate(chunk, start=first):
            params += (
                *lead,
                position,
                answer.question_id,
                answer.question_text,
                answer.answer_text,
                _value_json(answer.value),
                answer.knockout_reason or None,
            )
        yield len(chunk), params


def _answer_statements(
    user_id: int, posting_slug: str, answers: Sequence[Answer]
) -> list[tuple[str, list[object]]]:
    return [
        (_insert_answers(rows), [*params, user_id, posting_slug])
        for rows, params in _answer_chunks(answers)
    ]


def _answer_rows(application_id: int, answers: Sequence[Answer]) -> list[tuple[str, list[object]]]:
    """``_answer_statements`` for an application whose id is known: ``INSERT_ANSWERS``."""
    return [
        (_insert_answers_with_id(rows), params)
        for rows, params in _answer_chunks(answers, application_id)
    ]


@lru_cache(maxsize=ANSWERS_PER_STATEMENT)
def _insert_answers_with_id(rows: int) -> str:
    """``INSERT_ANSWERS`` for ``rows`` answers, built once per count (see ``_insert_answers``)."""
    return INSERT_ANSWERS.format(rows=", ".join([ANSWER_ROW_WITH_ID] * rows))


@lru_cache(maxsize=ANSWERS_PER_STATEMENT)
def _insert_answers(rows: int) -> str:
    """``INSERT_ANSWERS_OF`` for ``rows`` answers, built once per count: the same string object
    each time, whose hash the sqlite3 module's statement cache finds kept."""
    return fill(INSERT_ANSWERS_OF, rows=repeat(ANSWER_ROW, rows))


def _answer(row: sqlite3.Row) -> Answer:
    return Answer(
        question_id=row["question_id"],
        question_text=row["question_text"],
        answer_text=row["answer_text"],
        value=json.loads(row["value_json"]),
        knockout_reason=row["knockout_reason"],
    )


def _application(row: sqlite3.Row, answers: Sequence[Answer]) -> Application:
    return Application(
        id=row["id"],
        user_id=row["user_id"],
        posting_slug=row["posting_slug"],
        posting_title=row["posting_title"],
        status=ApplicationStatus(row["status"]),
        consent_version=row["consent_version"],
        consent_at=from_db(row["consent_at"]),
        started_at=from_db(row["started_at"]),
        created_at=from_db(row["created_at"]),
        submitted_at=from_db(row["submitted_at"]),
        duration_seconds=row["duration_seconds"],
        answers=tuple(answers),
    )


def _summary(row: sqlite3.Row) -> ApplicationSummary:
    return ApplicationSummary(
        id=row["id"],
        posting_slug=row["posting_slug"],
        posting_title=row["posting_title"],
        status=ApplicationStatus(row["status"]),
        submitted_at=from_db(row["submitted_at"]),
    )


@dataclass(frozen=True, slots=True)
class SubmitPlan:
    """What a submit will be: the application's id, whether it replaces an earlier
    application, and whether this very questionnaire run is already stored (a second tap)."""

    application_id: int
    updated: bool
    repeated: bool


@dataclass(frozen=True, slots=True)
class AskedBefore:
    """A question the person asked about the posting, as the HR summary shows it."""

    question_text: str
    answered: bool
    """The bot answered it from the posting."""
    forwarded: bool
    """The person passed it on to HR."""


@dataclass(frozen=True, slots=True)
class SubmitContext:
    """What ``submit_reading`` reads in its transaction: its plan, the questions the person
    asked about the posting (oldest first) and the deep-link tag that brought them, for the HR
    summary."""

    plan: SubmitPlan
    asked: list[AskedBefore]
    source: str | None


SummaryOf = Callable[[SubmitContext], Sequence[Mapping[str, Any]]]
"""``context -> message parts``: renders the HR summary inside the submit's job, from what the
job read (``ApplicationRepo.submit_reading``)."""


@dataclass(frozen=True, slots=True)
class Submission:
    """A stored application and what storing it did."""

    application: Application
    updated: bool
    """It replaced an earlier application to the same posting."""
    repeated: bool
    """This questionnaire run had been stored already (e.g. the bot was killed before it could
    clear the form): nothing was written and no second summary was queued."""
    outbox_id: int | None
    """The HR summary's outbox item, when one was queued."""


def _answer_key(answers: Sequence[Answer]) -> list[tuple[object, ...]]:
    return [
        (a.question_id, a.answer_text, _value_json(a.value), a.knockout_reason) for a in answers
    ]


def _plan(
    conn: sqlite3.Connection,
    user_id: int,
    posting_slug: str,
    started_at: str,
    answers: Sequence[Answer],
) -> SubmitContext:
    """The plan that holds now, with what the HR summary shows of the person's time with the
    posting (``SubmitContext``); on PostgreSQL a new application's id is ``NOT_RESERVED``."""
    row = conn.execute(SELECT_PLAN, (user_id, posting_slug)).fetchone()
    source = None if row["source"] is None else str(row["source"])
    asked = _asked(row["asked"])
    if row["existing"] is None:
        next_id = NOT_RESERVED if row["last_id"] is None else int(row["last_id"]) + 1
        return SubmitContext(SubmitPlan(next_id, updated=False, repeated=False), asked, source)
    existing = int(row["existing"])
    repeated = row["started"] == started_at and [
        tuple(r) for r in conn.execute(SELECT_ANSWER_VALUES, (existing,))
    ] == _answer_key(answers)
    return SubmitContext(SubmitPlan(existing, updated=True, repeated=repeated), asked, source)


def _asked(found: str | None) -> list[AskedBefore]:
    """The plan's JSON array of the person's questions, oldest first (``SELECT_PLAN``)."""
    if found is None or found == "[]":  # PostgreSQL's json_agg of no rows; SQLite's
        return []
    rows = sorted(json.loads(found), key=lambda r: (r[0], r[1]))  # asked_at, id
    return [
        AskedBefore(str(text), bool(answered), bool(sent)) for _, _, text, answered, sent in rows
    ]


def _run_statements(
    conn: sqlite3.Connection, statements: Sequence[tuple[str, Sequence[object]]]
) -> sqlite3.Row:
    """Run the statements in order; return the first row of the first."""
    first = conn.execute(*statements[0]).fetchone()
    for sql, params in statements[1:]:
        conn.execute(sql, params)
    return first


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a submit that reads its own plan writes, prepared before the transaction."""

    user_id: int
    posting_slug: str
    started_at: str
    row: tuple[object, ...]
    """The application's columns after its id (``_row``)."""
    answers: Sequence[Answer]
    hr_chat: int | None
    moment: datetime
    summary: SummaryOf


def _submit_reading(
    conn: sqlite3.Connection, w: _Reading
) -> tuple[sqlite3.Row, int | None, SubmitPlan]:
    """On the database's thread, in one transaction: plan, read what the HR summary shows,
    render it, and store the application, its answers and the summary. The plan is made under
    the write lock, so it cannot go stale; the same run submitted again writes nothing."""
    key = (w.user_id, w.posting_slug)
    context = _plan(conn, w.user_id, w.posting_slug, w.started_at, w.answers)
    plan = context.plan
    if plan.repeated:
        return conn.execute(SELECT_APPLICATION_FOR, key).fetchone(), None, plan
    if plan.application_id == NOT_RESERVED:  # PostgreSQL: a new id from its sequence
        reserved = conn.execute(RESERVE_APPLICATION_ID).fetchone()
        plan = replace(plan, application_id=int(reserved[0]))
        context = replace(context, plan=plan)
    outbox = None
    if w.hr_chat is not None:
        parts = w.summary(context)
        outbox = item_params(w.hr_chat, parts, plan.application_id, None, None, w.moment)
    row = conn.execute(INSERT_APPLICATION_WITH_ID, (plan.application_id, *w.row)).fetchone()
    application_id = int(row["id"])
    if plan.updated:  # a new application's id was never given out: it has no answers yet
        conn.execute(DELETE_ANSWERS, (application_id,))
    for sql, params in _answer_rows(application_id, w.answers):
        conn.execute(sql, params)
    return row, None if outbox is None else insert_item(conn, outbox), plan


class ApplicationRepo:
    """Store applications atomically with their answers; read them back as dataclasses.

    The status is derived from the answers: ``flagged`` when any answer has a knockout
    reason, ``new`` otherwise. A candidate has at most one application per posting.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    async def save(
        self,
        *,
        user_id: int,
        posting_slug: str,
        posting_title: str,
        consent_version: str,
        consent_at: datetime,
        started_at: datetime,
        answers: Sequence[Answer],
        submitted_at: datetime | None = None,
        tx: Session | None = None,
    ) -> tuple[Application, bool]:
        """Store the application with its answers; return it and whether it was an update.

        A person's second application to a posting replaces the first in place: same id,
        ``created_at`` of the first submission, the rest (answers, status, consent,
        ``submitted_at``, duration) of this one. Runs in ``tx`` when given (so the caller can
        commit more with it), else in a transaction of its own. One hop to the database.
        """
        moment = submitted_at or utc_now()
        upsert = (
            UPSERT_APPLICATION,
            _row(
                user_id,
                posting_slug,
                posting_title,
                answers,
                consent_version,
                consent_at,
                started_at,
                moment,
            ),
        )
        key = (user_id, posting_slug)
        statements = [
            upsert,
            (DELETE_ANSWERS_OF, key),
            *_answer_statements(user_id, posting_slug, answers),
        ]
        if tx is None:  # one job on the database's thread
            row = await self._db.atomic(partial(_run_statements, statements=statements))
        else:
            row = (await tx.pipeline(*statements))[0][0]
        # A fresh row was created by this very statement; an updated one kept its created_at.
        return _application(row, answers), row["created_at"] != to_db(moment)

    async def submit_reading(
        self,
        *,
        user_id: int,
        posting_slug: str,
        posting_title: str,
        consent_version: str,
        consent_at: datetime,
        started_at: datetime,
        answers: Sequence[Answer],
        hr_chat: int | None,
        summary: SummaryOf,
        submitted_at: datetime | None = None,
    ) -> Submission:
        """Store the application, its answers and its HR summary (for ``hr_chat``) atomically.

        One job on the database's thread, one transaction: it plans the application under the
        write lock, reads what the HR summary shows (the person's questions about the posting,
        ``QuestionRepo.list_for_user_posting``, and the deep-link tag that brought them,
        ``ViewRepo.source_of``), renders it with ``summary`` and stores it all. Submitting the
        same questionnaire run (same ``started_at`` and answers) again stores nothing new and
        queues no second summary: the result says ``repeated``, so the caller can confirm again.
        """
        moment = submitted_at or utc_now()
        row_params = _row(
            user_id,
            posting_slug,
            posting_title,
            answers,
            consent_version,
            consent_at,
            started_at,
            moment,
        )
        work = _Reading(
            user_id, posting_slug, to_db(started_at), row_params, answers, hr_chat, moment, summary
        )
        row, outbox_id, plan = await self._db.atomic(partial(_submit_reading, w=work), small=True)
        updated = plan.updated
        if plan.repeated:  # say what the first submit would have said
            updated = row["created_at"] != row["submitted_at"]
        return Submission(_application(row, answers), updated, plan.repeated, outbox_id)

    async def set_status(self, application_id: int, status: ApplicationStatus) -> None:
        """Change an application's status (e.g. after HR review). Raises if it is gone."""
        row = await self._db.fetchone(UPDATE_APPLICATION_STATUS, (status.value, application_id))
        if row is None:
            raise ApplicationNotFoundError(application_id)

    async def get(self, application_id: int) -> Application | None:
        """Return the application with its answers, or None."""
        return await self._read(SELECT_APPLICATION, (application_id,))

    async def get_for(self, user_id: int, posting_slug: str) -> Application | None:
        """Return this person's application to this posting, with answers, or None."""
        return await self._read(SELECT_APPLICATION_FOR, (user_id, posting_slug))

    async def summary_for(self, user_id: int, posting_slug: str) -> ApplicationSummary | None:
        """This person's application to this posting without its answers (what «Откликнуться»
        tells of it), or None: one statement by key, no read transaction around it."""
        row = await self._db.fetchone(SELECT_SUMMARY_FOR, (user_id, posting_slug), small=True)
        return None if row is None else _summary(row)

    async def list_for(self, user_id: int) -> list[ApplicationSummary]:
        """Return the person's applications, latest first (for ``/my``)."""
        rows = await self._db.fetchall(SELECT_SUMMARIES_FOR_USER, (user_id,))
        return [_summary(row) for row in rows]

    async def _read(self, sql: str, params: tuple[object, ...]) -> Application | None:
        # Both reads in one snapshot and one hop, so an update cannot land between them.
        def work(conn: sqlite3.Connection) -> Application | None:
            row = conn.execute(sql, params).fetchone()
            if row is None:
                return None
            answers = conn.execute(SELECT_ANSWERS, (row["id"],)).fetchall()
            return _application(row, [_answer(answer) for answer in answers])

        return await self._db.read(work, small=True)
