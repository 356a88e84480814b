"""Retention: personal records older than ``RETENTION_DAYS`` are erased, in one transaction.

What counts as older than the cutoff ``?1``: an application submitted before it (with its
answers, status history and queued messages), a question asked before it, a view, a draft
(FSM row) last touched before it, a consent given before it (unless the person still has an
application to that posting), an outbox item about a person created before it, and a
candidate's record last updated before it once nothing else of theirs is left.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from bot.storage.database import Database
from bot.storage.outbox import insert_item
from bot.storage.schedule import claim_run
from bot.storage.timefmt import to_db

RETENTION_JOB = "retention"

OLD_APPLICATIONS = "SELECT id FROM applications WHERE submitted_at < ?1"
OLD_QUESTIONS = "SELECT id FROM questions WHERE asked_at < ?1"

RETENTION_STEPS: tuple[tuple[str, str], ...] = (
    (
        "outbox",
        f"""
        DELETE FROM outbox
        WHERE application_id IN ({OLD_APPLICATIONS})
           OR question_id IN ({OLD_QUESTIONS})
           OR (user_id IS NOT NULL AND created_at < ?1)
        RETURNING 1
        """,
    ),
    ("answers", f"DELETE FROM answers WHERE application_id IN ({OLD_APPLICATIONS}) RETURNING 1"),
    (
        "status_changes",
        f"DELETE FROM status_changes WHERE application_id IN ({OLD_APPLICATIONS}) RETURNING 1",
    ),
    ("applications", "DELETE FROM applications WHERE submitted_at < ?1 RETURNING 1"),
    ("questions", "DELETE FROM questions WHERE asked_at < ?1 RETURNING 1"),
    ("posting_views", "DELETE FROM posting_views WHERE viewed_at < ?1 RETURNING 1"),
    (
        "consents",
        """
        DELETE FROM consents
        WHERE given_at < ?1 AND NOT EXISTS (
            SELECT 1 FROM applications AS a
            WHERE a.user_id = consents.user_id AND a.posting_slug = consents.posting_slug
        )
        RETURNING 1
        """,
    ),
    ("fsm", "DELETE FROM fsm WHERE updated_at < ?1 RETURNING 1"),
    (
        "candidates",
        """
        DELETE FROM candidates
        WHERE updated_at < ?1
          AND NOT EXISTS (SELECT 1 FROM applications AS a WHERE a.user_id = candidates.user_id)
          AND NOT EXISTS (SELECT 1 FROM questions AS q WHERE q.user_id = candidates.user_id)
          AND NOT EXISTS (SELECT 1 FROM consents AS c WHERE c.user_id = candidates.user_id)
        RETURNING 1
        """,
    ),
)


class RetentionRepo:
    """Erase what is older than a cutoff."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def erase_older_than(self, cutoff: datetime) -> dict[str, int]:
        """Erase every personal record older than ``cutoff``; return rows erased per table."""
        counts: dict[str, int] = {}
        async with self._db.transaction() as tx:
            for table, statement in RETENTION_STEPS:
                counts[table] = len(await tx.fetchall(statement, (to_db(cutoff),)))
        return counts

    async def erase_on_schedule(
        self,
        cutoff: datetime,
        *,
        now: datetime,
        next_at: datetime,
        worker: str,
        note: Callable[[dict[str, int]], tuple[object, ...] | None],
    ) -> dict[str, int] | None:
        """The scheduled run: claim it (once across instances, see ``bot.storage.schedule``),
        erase what is older than ``cutoff`` and queue ``note(counts)`` (outbox ``item_params``,
        or None for no note), all in one transaction. None when the run was not due."""
        stamp = to_db(cutoff)

        def work(conn: sqlite3.Connection) -> dict[str, int] | None:
            if not claim_run(conn, RETENTION_JOB, now, next_at, worker):
                return None
            counts = {
                table: len(conn.execute(statement, (stamp,)).fetchall())
                for table, statement in RETENTION_STEPS
            }
            params = note(counts)
            if params is not None:
                insert_item(conn, params)
            return counts

        return await self._db.atomic(work)
