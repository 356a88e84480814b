"""The HR desk's storage: status changes with their history, HR's list, and the export's rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.storage.database import Database, Session
from bot.storage.dialect import Sql
from bot.storage.models import ApplicationStatus, DeskRow, StatusChange
from bot.storage.outbox import PreparedItem
from bot.storage.timefmt import from_db, from_db_optional, to_db, utc_now

# One statement decides the race: only the change whose expected status is still current
# updates the row; the other finds nothing to update.
UPDATE_STATUS_IF = """
UPDATE applications SET status = ?1
WHERE id = ?2 AND status = ?3 AND (CAST(?4 AS BIGINT) IS NULL OR user_id = ?4)
RETURNING id, user_id
"""

INSERT_CHANGE = """
INSERT INTO status_changes (
    application_id, user_id, old_status, new_status, changed_by, changed_by_name, changed_at,
    message_text
) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id, application_id, user_id, old_status, new_status, changed_by, changed_by_name,
          changed_at, message_text
"""

SELECT_CHANGES = """
SELECT id, application_id, user_id, old_status, new_status, changed_by, changed_by_name,
       changed_at, message_text
FROM status_changes WHERE application_id = ? ORDER BY id
"""

SELECT_STATUS = "SELECT status FROM applications WHERE id = ?"

SELECT_LAST_CHANGE = """
SELECT id, application_id, user_id, old_status, new_status, changed_by, changed_by_name,
       changed_at, message_text
FROM status_changes WHERE application_id = ? ORDER BY id DESC LIMIT 1
"""

# ?1 slug or NULL, ?2 status or NULL; flags counted from the answers' knockout reasons.
DESK_FILTER = """
FROM applications AS a LEFT JOIN candidates AS c ON c.user_id = a.user_id
WHERE (?1 IS NULL OR a.posting_slug = ?1) AND (?2 IS NULL OR a.status = ?2)
  AND (?5 IS NULL OR a.posting_slug IN (SELECT value FROM json_each(?5)))
"""

COUNT_DESK = "SELECT COUNT(*) " + DESK_FILTER

SELECT_DESK_PAGE = (
    """
SELECT a.id, a.user_id, a.posting_slug, a.posting_title, a.status, a.submitted_at,
       (SELECT COUNT(*) FROM answers AS k
        WHERE k.application_id = a.id AND k.knockout_reason IS NOT NULL) AS flags,
       TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')) AS name
"""
    + DESK_FILTER
    + "ORDER BY a.submitted_at DESC, a.id DESC LIMIT ?3 OFFSET ?4"
)

# ?1 slug or NULL; ?2 / ?3 submitted from (inclusive) / to (exclusive) or NULL.
SELECT_EXPORT = """
SELECT a.id, a.user_id, a.posting_slug, a.posting_title, a.status, a.created_at,
       a.submitted_at, a.duration_seconds, c.first_name, c.last_name, c.username,
       (SELECT v.source FROM posting_views AS v
        WHERE v.user_id = a.user_id AND v.posting_slug = a.posting_slug
          AND v.source IS NOT NULL
        ORDER BY v.viewed_at, v.id LIMIT 1) AS source,
       (SELECT MAX(s.changed_at) FROM status_changes AS s
        WHERE s.application_id = a.id) AS decided_at
FROM applications AS a LEFT JOIN candidates AS c ON c.user_id = a.user_id
WHERE (?1 IS NULL OR a.posting_slug = ?1)
  AND (?2 IS NULL OR a.submitted_at >= ?2) AND (?3 IS NULL OR a.submitted_at < ?3)
  AND (?4 IS NULL OR a.posting_slug IN (SELECT value FROM json_each(?4)))
ORDER BY a.submitted_at, a.id
"""

SELECT_EXPORT_ANSWERS = """
SELECT s.application_id, s.question_id, s.question_text, s.answer_text, s.knockout_reason
FROM answers AS s JOIN applications AS a ON a.id = s.application_id
WHERE (?1 IS NULL OR a.posting_slug = ?1)
  AND (?2 IS NULL OR a.submitted_at >= ?2) AND (?3 IS NULL OR a.submitted_at < ?3)
  AND (?4 IS NULL OR a.posting_slug IN (SELECT value FROM json_each(?4)))
ORDER BY s.application_id, s.position
"""


@dataclass(frozen=True, slots=True)
class StatusAttempt:
    """What ``change_status_atomically`` did: ``change`` is the history row it wrote, or None
    when it wrote nothing; ``status`` the status now (None: the application is gone); ``last``
    the latest history row."""

    change: StatusChange | None
    status: ApplicationStatus | None
    last: StatusChange | None


@dataclass(frozen=True, slots=True)
class ExportAnswer:
    """One answer of an exported application."""

    question_id: str
    question_text: str
    answer_text: str
    knockout_reason: str | None


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One application as a spreadsheet row: who, where from, status, dates, answers."""

    id: int
    user_id: int
    posting_slug: str
    posting_title: str
    status: ApplicationStatus
    created_at: datetime
    submitted_at: datetime
    decided_at: datetime | None
    duration_seconds: int
    name: str
    username: str | None
    source: str | None
    answers: tuple[ExportAnswer, ...]


def _change(row: sqlite3.Row) -> StatusChange:
    return StatusChange(
        id=row["id"],
        application_id=row["application_id"],
        user_id=row["user_id"],
        old_status=ApplicationStatus(row["old_status"]),
        new_status=ApplicationStatus(row["new_status"]),
        changed_by=row["changed_by"],
        changed_by_name=row["changed_by_name"],
        changed_at=from_db(row["changed_at"]),
        message_text=row["message_text"],
    )


def _json(scope: Sequence[str] | None) -> str | None:
    """A list of posting slugs as a JSON array for ``json_each``; None means every posting."""
    return None if scope is None else json.dumps(list(scope))


def _window(
    slug: str | None, since: datetime | None, until: datetime | None
) -> tuple[str | None, str | None, str | None]:
    return (
        slug,
        None if since is None else to_db(since),
        None if until is None else to_db(until),
    )


class DeskRepo:
    """Status changes (conditional, with history) and HR's views over the applications."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def change_status(
        self,
        tx: Session,
        application_id: int,
        *,
        expected: ApplicationStatus,
        new: ApplicationStatus,
        changed_by: int | None,
        changed_by_name: str | None,
        message_text: str | None = None,
        owner: int | None = None,
        now: datetime | None = None,
    ) -> StatusChange | None:
        """In ``tx``: set ``new`` if the status is still ``expected`` (and the application is
        ``owner``'s, when given) and record the change. None when it was not: someone else
        changed it first, or the application is gone."""
        row = await tx.fetchone(
            UPDATE_STATUS_IF, (new.value, application_id, expected.value, owner)
        )
        if row is None:
            return None
        change = await tx.fetchone(
            INSERT_CHANGE,
            (
                application_id,
                row["user_id"],
                expected.value,
                new.value,
                changed_by,
                changed_by_name,
                to_db(now or utc_now()),
                message_text,
            ),
        )
        assert change is not None
        return _change(change)

    async def change_status_atomically(
        self,
        application_id: int,
        *,
        expected: ApplicationStatus,
        new: ApplicationStatus,
        changed_by: int | None,
        changed_by_name: str | None,
        message_text: str | None = None,
        owner: int | None = None,
        notify: PreparedItem | None = None,
        now: datetime | None = None,
    ) -> StatusAttempt:
        """``change_status`` and queuing ``notify`` (to the application's candidate when its
        recipient was left open) as one job on the database's thread: one hop, all or nothing.
        When the change is not made, the same job reads why: the status now and its last change.
        """
        stamp = to_db(now or utc_now())
        race = (new.value, application_id, expected.value, owner)

        def attempt(conn: sqlite3.Connection) -> StatusAttempt:
            row = conn.execute(UPDATE_STATUS_IF, race).fetchone()
            if row is None:
                current = conn.execute(SELECT_STATUS, (application_id,)).fetchone()
                if current is None:
                    return StatusAttempt(None, None, None)
                last = conn.execute(SELECT_LAST_CHANGE, (application_id,)).fetchone()
                status = ApplicationStatus(current["status"])
                return StatusAttempt(None, status, None if last is None else _change(last))
            change = _change(
                conn.execute(
                    INSERT_CHANGE,
                    (
                        application_id,
                        row["user_id"],
                        expected.value,
                        new.value,
                        changed_by,
                        changed_by_name,
                        stamp,
                        message_text,
                    ),
                ).fetchone()
            )
            if notify is not None:
                notify.insert(conn, change.user_id)
            return StatusAttempt(change, new, change)

        return await self._db.atomic(attempt)

    async def status(self, application_id: int) -> ApplicationStatus | None:
        """The application's status now, or None when it is gone (erased)."""
        row = await self._db.fetchone(SELECT_STATUS, (application_id,))
        return None if row is None else ApplicationStatus(row["status"])

    async def history(self, application_id: int) -> list[StatusChange]:
        """Every status change of the application, oldest first."""
        rows = await self._db.fetchall(SELECT_CHANGES, (application_id,))
        return [_change(row) for row in rows]

    async def page(
        self,
        slug: str | None,
        status: ApplicationStatus | None,
        *,
        offset: int,
        limit: int,
        scope: Sequence[str] | None = None,
    ) -> tuple[list[DeskRow], int]:
        """One page of applications, newest first, and how many match in all (``scope``: only
        these postings)."""
        params = (slug, None if status is None else status.value, limit, offset, _json(scope))
        async with self._db.exclusive() as session:
            total = await session.fetchone(COUNT_DESK, params)
            rows = await session.fetchall(SELECT_DESK_PAGE, params)
        assert total is not None
        return [
            DeskRow(
                id=row["id"],
                user_id=row["user_id"],
                posting_slug=row["posting_slug"],
                posting_title=row["posting_title"],
                status=ApplicationStatus(row["status"]),
                submitted_at=from_db(row["submitted_at"]),
                flags=row["flags"],
                name=row["name"] or None,
            )
            for row in rows
        ], int(total[0])

    async def export_rows(
        self,
        slug: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        scope: Sequence[str] | None = None,
    ) -> list[ExportRow]:
        """Applications submitted in ``[since, until)`` (of one posting, if given; of ``scope``'s
        postings only, if given), oldest first, each with its answers."""
        key = (*_window(slug, since, until), _json(scope))
        async with self._db.exclusive() as session:
            rows = await session.fetchall(SELECT_EXPORT, key)
            answer_rows = await session.fetchall(SELECT_EXPORT_ANSWERS, key)
        answers: dict[int, list[ExportAnswer]] = {}
        for answer in answer_rows:
            answers.setdefault(answer["application_id"], []).append(
                ExportAnswer(
                    answer["question_id"],
                    answer["question_text"],
                    answer["answer_text"],
                    answer["knockout_reason"],
                )
            )
        return [_export_row(row, answers.get(row["id"], ())) for row in rows]

    async def unanswered(
        self,
        since: datetime,
        until: datetime,
        slug: str | None = None,
        limit: int = 5000,
        scope: Sequence[str] | None = None,
    ) -> list[UnansweredQuestion]:
        """Questions the postings did not answer in ``[since, until)``, newest first."""
        rows = await self._db.fetchall(
            SELECT_UNANSWERED, (to_db(since), to_db(until), slug, limit, _json(scope))
        )
        return [
            UnansweredQuestion(row["posting_slug"], row["question_text"], row["hr_reply_text"])
            for row in rows
        ]

    async def funnel(
        self,
        since: datetime,
        until: datetime,
        slug: str | None = None,
        scope: Sequence[str] | None = None,
    ) -> list[StageCount]:
        """Viewed → started → submitted → invited in ``[since, until)``, per posting and source."""
        return await _funnel(self._db, since, until, slug, scope)


def _export_row(row: sqlite3.Row, answers: Iterable[ExportAnswer]) -> ExportRow:
    name = " ".join(part for part in (row["first_name"], row["last_name"]) if part)
    return ExportRow(
        id=row["id"],
        user_id=row["user_id"],
        posting_slug=row["posting_slug"],
        posting_title=row["posting_title"],
        status=ApplicationStatus(row["status"]),
        created_at=from_db(row["created_at"]),
        submitted_at=from_db(row["submitted_at"]),
        decided_at=from_db_optional(row["decided_at"]),
        duration_seconds=row["duration_seconds"],
        name=name,
        username=row["username"],
        source=row["source"],
        answers=tuple(answers),
    )


# The funnel of [?1, ?2) (of posting ?3, if given), one row per stage, posting and source tag.
# A person's source for a posting is the first tag that brought them to it (any time), so a
# step later in the funnel is attributed to the same channel as the view.
_FUNNEL_STAGES = """
WITH first_source AS ({first_source}),
viewed AS (
    SELECT DISTINCT user_id, posting_slug FROM posting_views
    WHERE viewed_at >= ?1 AND viewed_at < ?2 AND (?3 IS NULL OR posting_slug = ?3)
      AND (?4 IS NULL OR posting_slug IN (SELECT value FROM json_each(?4)))
),
started AS (
    SELECT DISTINCT user_id, posting_slug FROM consents
    WHERE given_at >= ?1 AND given_at < ?2 AND (?3 IS NULL OR posting_slug = ?3)
      AND (?4 IS NULL OR posting_slug IN (SELECT value FROM json_each(?4)))
),
submitted AS (
    SELECT id, user_id, posting_slug, duration_seconds, status FROM applications
    WHERE submitted_at >= ?1 AND submitted_at < ?2 AND (?3 IS NULL OR posting_slug = ?3)
      AND (?4 IS NULL OR posting_slug IN (SELECT value FROM json_each(?4)))
)
SELECT 'viewed' AS stage, x.posting_slug, f.source, COUNT(*) AS n, NULL AS durations
FROM viewed AS x LEFT JOIN first_source AS f USING (user_id, posting_slug)
GROUP BY x.posting_slug, f.source
UNION ALL
SELECT 'started', x.posting_slug, f.source, COUNT(*), NULL
FROM started AS x LEFT JOIN first_source AS f USING (user_id, posting_slug)
GROUP BY x.posting_slug, f.source
UNION ALL
SELECT 'submitted', x.posting_slug, f.source, COUNT(*), GROUP_CONCAT(x.duration_seconds)
FROM submitted AS x LEFT JOIN first_source AS f USING (user_id, posting_slug)
GROUP BY x.posting_slug, f.source
UNION ALL
SELECT 'invited', x.posting_slug, f.source, COUNT(*), NULL
FROM submitted AS x LEFT JOIN first_source AS f USING (user_id, posting_slug)
WHERE x.status = 'invited' OR EXISTS (
    SELECT 1 FROM status_changes AS s WHERE s.application_id = x.id AND s.new_status = 'invited'
)
GROUP BY x.posting_slug, f.source
"""
# SQLite takes a bare column beside MIN() from the row holding the minimum; PostgreSQL says so
# with DISTINCT ON.
SELECT_FUNNEL_STAGES = Sql(
    _FUNNEL_STAGES.format(
        first_source="""
    SELECT user_id, posting_slug, source, MIN(viewed_at) AS first_at
    FROM posting_views WHERE source IS NOT NULL
    GROUP BY user_id, posting_slug"""
    ),
    postgres=_FUNNEL_STAGES.format(
        first_source="""
    SELECT DISTINCT ON (user_id, posting_slug) user_id, posting_slug, source,
           viewed_at AS first_at
    FROM posting_views WHERE source IS NOT NULL
    ORDER BY user_id, posting_slug, viewed_at, id"""
    ),
)


@dataclass(frozen=True, slots=True)
class StageCount:
    """How many people reached ``stage`` of one posting's funnel through one source tag."""

    stage: str
    """``viewed``, ``started`` (consented), ``submitted`` or ``invited``."""
    posting_slug: str
    source: str | None
    count: int
    durations: tuple[int, ...]
    """For ``submitted``: each application's time to fill in, in seconds."""


async def _funnel(
    db: Database,
    since: datetime,
    until: datetime,
    slug: str | None,
    scope: Sequence[str] | None,
) -> list[StageCount]:
    params = (to_db(since), to_db(until), slug, _json(scope))
    rows = await db.fetchall(SELECT_FUNNEL_STAGES, params)
    return [
        StageCount(
            stage=row["stage"],
            posting_slug=row["posting_slug"],
            source=row["source"],
            count=row["n"],
            durations=tuple(int(d) for d in (row["durations"] or "").split(",") if d),
        )
        for row in rows
    ]


SELECT_UNANSWERED = """
SELECT posting_slug, question_text, hr_reply_text FROM questions
WHERE answered = 0 AND asked_at >= ?1 AND asked_at < ?2 AND (?3 IS NULL OR posting_slug = ?3)
  AND (?5 IS NULL OR posting_slug IN (SELECT value FROM json_each(?5)))
ORDER BY asked_at DESC, id DESC
LIMIT ?4
"""


@dataclass(frozen=True, slots=True)
class UnansweredQuestion:
    """A question the posting did not answer, and HR's reply to it if there was one."""

    posting_slug: str
    text: str
    hr_reply: str | None
