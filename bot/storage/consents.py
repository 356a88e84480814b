"""Consents to process personal data, one row per consent given."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.storage.database import Database
from bot.storage.models import Consent
from bot.storage.timefmt import from_db, to_db, utc_now
from bot.storage.updates import write_with_update

ADD_CONSENT = """
INSERT INTO consents (user_id, posting_slug, consent_version, given_at) VALUES (?, ?, ?, ?)
"""
INSERT_CONSENT = """
INSERT INTO consents (user_id, posting_slug, consent_version, given_at) VALUES (?, ?, ?, ?)
RETURNING id, user_id, posting_slug, consent_version, given_at
"""

SELECT_LATEST_CONSENT = """
SELECT id, user_id, posting_slug, consent_version, given_at
FROM consents WHERE user_id = ? AND posting_slug = ?
ORDER BY given_at DESC, id DESC LIMIT 1
"""


def _consent(row: sqlite3.Row) -> Consent:
    return Consent(
        id=row["id"],
        user_id=row["user_id"],
        posting_slug=row["posting_slug"],
        consent_version=row["consent_version"],
        given_at=from_db(row["given_at"]),
    )


class ConsentRepo:
    """Record and look up consents."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self,
        user_id: int,
        posting_slug: str,
        consent_version: str,
        *,
        given_at: datetime | None = None,
    ) -> Consent:
        """Record that the person consented (to ``consent_version``) for this posting."""
        row = await self._db.fetchone(
            INSERT_CONSENT,
            (user_id, posting_slug, consent_version, to_db(given_at or utc_now())),
        )
        assert row is not None
        return _consent(row)

    async def give(
        self, user_id: int, posting_slug: str, consent_version: str, *, given_at: datetime
    ) -> None:
        """``record`` without reading the row back: inside an update, committed with the
        update's record (with the questionnaire's first step), so a redelivered consent is
        recorded once."""
        params = (user_id, posting_slug, consent_version, to_db(given_at))
        await write_with_update(self._db, ADD_CONSENT, params)

    async def latest(self, user_id: int, posting_slug: str) -> Consent | None:
        """Return the most recent consent for this person and posting, or None."""
        row = await self._db.fetchone(SELECT_LATEST_CONSENT, (user_id, posting_slug))
        return None if row is None else _consent(row)
