"""Candidates: personal details, stored only after consent or a question passed to HR."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.storage.database import Database
from bot.storage.models import Candidate
from bot.storage.timefmt import from_db, now_db, to_db, utc_now
from bot.storage.updates import write_with_update

_UPSERT = """
INSERT INTO candidates
    (user_id, first_name, last_name, username, language_code, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (user_id) DO UPDATE SET
    first_name = excluded.first_name,
    last_name = excluded.last_name,
    username = excluded.username,
    language_code = excluded.language_code,
    updated_at = excluded.updated_at
"""
UPSERT_CANDIDATE = (
    _UPSERT
    + "RETURNING user_id, first_name, last_name, username, language_code, created_at, updated_at\n"
)
REFRESH_CANDIDATE = _UPSERT

SELECT_CANDIDATE = """
SELECT user_id, first_name, last_name, username, language_code, created_at, updated_at
FROM candidates WHERE user_id = ?
"""


def _candidate(row: sqlite3.Row) -> Candidate:
    return Candidate(
        user_id=row["user_id"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        username=row["username"],
        language_code=row["language_code"],
        created_at=from_db(row["created_at"]),
        updated_at=from_db(row["updated_at"]),
    )


class CandidateRepo:
    """Who the candidates are. Call ``upsert`` only once the person consented or asked HR."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def upsert(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        *,
        now: datetime | None = None,
    ) -> Candidate:
        """Create or refresh the candidate's record from their Telegram profile."""
        stamp = to_db(now or utc_now())
        row = await self._db.fetchone(
            UPSERT_CANDIDATE,
            (user_id, first_name, last_name, username, language_code, stamp, stamp),
        )
        assert row is not None
        return _candidate(row)

    async def refresh(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> None:
        """``upsert`` for a caller that needs no row back: while an update is handled it is
        committed with the update's record (no trip of its own), else at once."""
        stamp = now_db()
        params = (user_id, first_name, last_name, username, language_code, stamp, stamp)
        await write_with_update(self._db, REFRESH_CANDIDATE, params)

    async def get(self, user_id: int) -> Candidate | None:
        """Return the candidate, or None when we hold nothing about them."""
        row = await self._db.fetchone(SELECT_CANDIDATE, (user_id,))
        return None if row is None else _candidate(row)
