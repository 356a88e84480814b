"""Scheduled jobs that must run once across every instance sharing the database.

Each job (retention, the weekly digest) has one row in ``scheduled_runs``: when its next run is
due. A run is claimed by moving ``next_run_at`` on, in the same transaction as the run's work
(``claim_run`` inside ``Database.atomic``): of two instances whose timers fire together, one moves
it and does the work, the other finds it not due and does nothing. On SQLite the transaction holds
the database's one write lock; on PostgreSQL it is SERIALIZABLE (the loser's update conflicts and,
tried again, finds the job not due). A run that fails rolls its claim back with its work, so the
job is still due for the next try, here or on another instance.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.storage.database import Database
from bot.storage.outbox import insert_item
from bot.storage.timefmt import from_db, to_db

# '' sorts before every time: a job never run is due at once.
ENSURE_JOB = """
INSERT INTO scheduled_runs (job, next_run_at) VALUES (?, '') ON CONFLICT (job) DO NOTHING
"""
CLAIM_RUN = """
UPDATE scheduled_runs SET next_run_at = ?1, last_run_at = ?2, last_run_by = ?3
WHERE job = ?4 AND next_run_at <= ?2
RETURNING job
"""
SELECT_NEXT_RUN = "SELECT next_run_at FROM scheduled_runs WHERE job = ?"
# Something done at will (a /reload): only when it was last done, for the others to follow.
MARK_DONE = """
INSERT INTO scheduled_runs (job, next_run_at, last_run_at, last_run_by) VALUES (?1, '', ?2, ?3)
ON CONFLICT (job) DO UPDATE SET last_run_at = excluded.last_run_at,
                                last_run_by = excluded.last_run_by
"""
SELECT_LAST_RUN = "SELECT last_run_at FROM scheduled_runs WHERE job = ?"


def claim_run(
    conn: sqlite3.Connection, job: str, now: datetime, next_at: datetime, worker: str
) -> bool:
    """Inside atomic work: take the run of ``job`` due at ``now`` (and set the next one to
    ``next_at``); False when it is not due — another instance ran it already."""
    conn.execute(ENSURE_JOB, (job,))
    row = conn.execute(CLAIM_RUN, (to_db(next_at), to_db(now), worker, job)).fetchone()
    return row is not None


class ScheduleRepo:
    """Runs of scheduled jobs, each claimed by one instance."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim(self, job: str, now: datetime, next_at: datetime, worker: str) -> bool:
        """Take the run of ``job`` due at ``now`` on its own (its work is elsewhere)."""
        return await self._db.atomic(lambda conn: claim_run(conn, job, now, next_at, worker))

    async def queue_once(
        self,
        job: str,
        now: datetime,
        next_at: datetime,
        worker: str,
        outbox_params: tuple[object, ...],
    ) -> int | None:
        """Claim the run and queue its outbox message (``item_params``) in one transaction;
        the item's id, or None when the run was not due (another instance queued it)."""

        def work(conn: sqlite3.Connection) -> int | None:
            if not claim_run(conn, job, now, next_at, worker):
                return None
            return insert_item(conn, outbox_params)

        return await self._db.atomic(work)

    async def mark_done(self, job: str, at: datetime, worker: str) -> None:
        """Record that ``job`` was done at ``at`` (by ``worker``), for the other instances."""
        await self._db.execute(MARK_DONE, (job, to_db(at), worker))

    async def last_done(self, job: str) -> datetime | None:
        """When ``job`` was last done or run, on any instance; None when never."""
        row = await self._db.fetchone(SELECT_LAST_RUN, (job,))
        return None if row is None or row[0] is None else from_db(row[0])

    async def next_run_at(self, job: str) -> str | None:
        """When the job is due next (stored form), or None when it never ran."""
        row = await self._db.fetchone(SELECT_NEXT_RUN, (job,))
        return None if row is None or not row[0] else str(row[0])
