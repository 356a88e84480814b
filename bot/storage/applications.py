"""Applications and their answers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from bot.storage.database import Database, Session, StorageError
from bot.storage.models import Answer, Application, ApplicationStatus, ApplicationSummary
from bot.storage.timefmt import from_db, to_db, utc_now

APPLICATION_COLUMNS = """
    id, user_id, posting_slug, posting_title, status, consent_version, consent_at,
    started_at, created_at, submitted_at, duration_seconds
"""

UPSERT_APPLICATION = f"""
INSERT INTO applications (
    user_id, posting_slug, posting_title, status, consent_version, consent_at,
    started_at, created_at, submitted_at, duration_seconds
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

UPDATE_APPLICATION_STATUS = "UPDATE applications SET status = ? WHERE id = ? RETURNING id"

DELETE_ANSWERS_OF = """
DELETE FROM answers WHERE application_id =
    (SELECT id FROM applications WHERE user_id = ? AND posting_slug = ?)
"""

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
ANSWER_ROW = "(?, ?, ?, ?, ?, ?)"
ANSWERS_PER_STATEMENT = 100  # 600 parameters, far below SQLite's limit

SELECT_APPLICATION = f"SELECT {APPLICATION_COLUMNS} FROM applications WHERE id = ?"

SELECT_APPLICATION_FOR = f"""
SELECT {APPLICATION_COLUMNS} FROM applications WHERE user_id = ? AND posting_slug = ?
"""

SELECT_ANSWERS = """
SELECT question_id, question_text, answer_text, value_json, knockout_reason
FROM answers WHERE application_id = ? ORDER BY position
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


def _status_for(answers: Sequence[Answer]) -> ApplicationStatus:
    return (
        ApplicationStatus.FLAGGED
        if any(answer.knockout_reason for answer in answers)
        else ApplicationStatus.NEW
    )


def _duration(started_at: datetime, submitted_at: datetime) -> int:
    return max(0, round((submitted_at - started_at).total_seconds()))


def _answer_statements(
    user_id: int, posting_slug: str, answers: Sequence[Answer]
) -> list[tuple[str, list[object]]]:
    statements: list[tuple[str, list[object]]] = []
    for first in range(0, len(answers), ANSWERS_PER_STATEMENT):
        chunk = answers[first : first + ANSWERS_PER_STATEMENT]
        params: list[object] = []
        for position, answer in enumerate(chunk, start=first):
            params += (
                position,
                answer.question_id,
                answer.question_text,
                answer.answer_text,
                json.dumps(answer.value, ensure_ascii=False),
                answer.knockout_reason or None,
            )
        sql = INSERT_ANSWERS_OF.format(rows=", ".join([ANSWER_ROW] * len(chunk)))
        statements.append((sql, [*params, user_id, posting_slug]))
    return statements


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
        commit more with it), else in a transaction of its own. One round trip to the database.
        """
        if tx is None:
            async with self._db.transaction() as own:
                return await self.save(
                    user_id=user_id,
                    posting_slug=posting_slug,
                    posting_title=posting_title,
                    consent_version=consent_version,
                    consent_at=consent_at,
                    started_at=started_at,
                    answers=answers,
                    submitted_at=submitted_at,
                    tx=own,
                )
        moment = submitted_at or utc_now()
        submitted = to_db(moment)
        upsert = (
            UPSERT_APPLICATION,
            (
                user_id,
                posting_slug,
                posting_title,
                _status_for(answers).value,
                consent_version,
                to_db(consent_at),
                to_db(started_at),
                submitted,
                submitted,
                _duration(started_at, moment),
            ),
        )
        key = (user_id, posting_slug)
        results = await tx.pipeline(
            upsert, (DELETE_ANSWERS_OF, key), *_answer_statements(user_id, posting_slug, answers)
        )
        row = results[0][0]
        # A fresh row was created by this very statement; an updated one kept its created_at.
        return _application(row, answers), row["created_at"] != submitted

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

    async def list_for(self, user_id: int) -> list[ApplicationSummary]:
        """Return the person's applications, latest first (for ``/my``)."""
        rows = await self._db.fetchall(SELECT_SUMMARIES_FOR_USER, (user_id,))
        return [
            ApplicationSummary(
                id=row["id"],
                posting_slug=row["posting_slug"],
                posting_title=row["posting_title"],
                status=ApplicationStatus(row["status"]),
                submitted_at=from_db(row["submitted_at"]),
            )
            for row in rows
        ]

    async def _read(self, sql: str, params: tuple[object, ...]) -> Application | None:
        # Both reads under the lock so an update cannot land between them.
        async with self._db.exclusive() as session:
            row = await session.fetchone(sql, params)
            if row is None:
                return None
            answers = await session.fetchall(SELECT_ANSWERS, (row["id"],))
        return _application(row, [_answer(answer) for answer in answers])
