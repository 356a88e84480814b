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

INSERT_APPLICATION = f"""
INSERT INTO applications (
    user_id, posting_slug, posting_title, status, consent_version, consent_at,
    started_at, created_at, submitted_at, duration_seconds
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING {APPLICATION_COLUMNS}
"""

UPDATE_APPLICATION = f"""
UPDATE applications SET
    posting_title = ?, status = ?, consent_version = ?, consent_at = ?,
    started_at = ?, submitted_at = ?, duration_seconds = ?
WHERE id = ?
RETURNING {APPLICATION_COLUMNS}
"""

UPDATE_APPLICATION_STATUS = "UPDATE applications SET status = ? WHERE id = ? RETURNING id"

DELETE_ANSWERS = "DELETE FROM answers WHERE application_id = ?"

INSERT_ANSWER = """
INSERT INTO answers (
    application_id, position, question_id, question_text, answer_text, value_json,
    knockout_reason
) VALUES (?, ?, ?, ?, ?, ?, ?)
"""

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


class ApplicationExistsError(StorageError):
    """The candidate already applied to this posting; offer to ``update`` it instead."""

    def __init__(self, application_id: int) -> None:
        super().__init__(f"an application already exists: #{application_id}")
        self.application_id = application_id


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


def _answer_rows(
    application_id: int, answers: Sequence[Answer]
) -> list[tuple[int, int, str, str, str, str, str | None]]:
    return [
        (
            application_id,
            position,
            answer.question_id,
            answer.question_text,
            answer.answer_text,
            json.dumps(answer.value, ensure_ascii=False),
            answer.knockout_reason or None,
        )
        for position, answer in enumerate(answers)
    ]


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


async def _replace_answers(tx: Session, application_id: int, answers: Sequence[Answer]) -> None:
    await tx.execute(DELETE_ANSWERS, (application_id,))
    if answers:
        await tx.executemany(INSERT_ANSWER, _answer_rows(application_id, answers))


class ApplicationRepo:
    """Store applications atomically with their answers; read them back as dataclasses.

    The status is derived from the answers: ``flagged`` when any answer has a knockout
    reason, ``new`` otherwise. A candidate has at most one application per posting.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    async def submit(
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
    ) -> Application:
        """Store a new application and its answers in one transaction.

        Raises ``ApplicationExistsError`` when this person already applied to the posting.
        """
        submitted = submitted_at or utc_now()
        status = _status_for(answers)
        async with self._db.transaction() as tx:
            existing = await tx.fetchone(SELECT_APPLICATION_FOR, (user_id, posting_slug))
            if existing is not None:
                raise ApplicationExistsError(existing["id"])
            row = await tx.fetchone(
                INSERT_APPLICATION,
                (
                    user_id,
                    posting_slug,
                    posting_title,
                    status.value,
                    consent_version,
                    to_db(consent_at),
                    to_db(started_at),
                    to_db(submitted),
                    to_db(submitted),
                    _duration(started_at, submitted),
                ),
            )
            assert row is not None
            await _replace_answers(tx, row["id"], answers)
        return _application(row, answers)

    async def update(
        self,
        application_id: int,
        *,
        posting_title: str,
        consent_version: str,
        consent_at: datetime,
        started_at: datetime,
        answers: Sequence[Answer],
        submitted_at: datetime | None = None,
    ) -> Application:
        """Replace an application's answers (a re-application), keeping its id.

        ``created_at`` keeps the first submission; ``submitted_at``, the status and the
        duration describe this one. Raises ``ApplicationNotFoundError``.
        """
        submitted = submitted_at or utc_now()
        async with self._db.transaction() as tx:
            row = await tx.fetchone(
                UPDATE_APPLICATION,
                (
                    posting_title,
                    _status_for(answers).value,
                    consent_version,
                    to_db(consent_at),
                    to_db(started_at),
                    to_db(submitted),
                    _duration(started_at, submitted),
                    application_id,
                ),
            )
            if row is None:
                raise ApplicationNotFoundError(application_id)
            await _replace_answers(tx, application_id, answers)
        return _application(row, answers)

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
