"""Updates already handled, so a redelivered one is acknowledged and skipped.

Telegram delivers an update again when it was not confirmed: a webhook answered with an error or
not at all (the process died), a long poll that never asked past it. ``UpdateUnit`` is what one
update changes in the FSM: the SQLite FSM storage queues its writes there instead of running them
at once, and ``ProcessedUpdateRepo.commit`` runs them together with the update's record in one
transaction, after the handler is done. A crash before that commit leaves the state as it was, so
the redelivered update is handled again from the same state (an answer is applied once); after
it, the update is skipped. Writes of repositories (an application, a view) are their own
transactions; the ones that matter are idempotent (submitting twice stores one application).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.storage.database import Database, Params
from bot.storage.timefmt import to_db, utc_now

SELECT_PROCESSED = "SELECT 1 FROM processed_updates WHERE update_id = ?"
RECORD_PROCESSED = """
INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?)
ON CONFLICT (update_id) DO NOTHING
"""
PRUNE_PROCESSED = "DELETE FROM processed_updates WHERE processed_at < ?"
KEEP = timedelta(days=2)
"""How long an update id is remembered. Telegram redelivers an update for at most 24 hours, and
after a week without updates it may start the ids again anywhere: two days covers the first and
stays clear of the second."""


@dataclass
class UpdateUnit:
    """The FSM writes one update made, waiting to be committed with the update's record."""

    update_id: int
    db: Database
    writes: list[tuple[str, Params]] = field(default_factory=list)
    on_failure: list[Callable[[], None]] = field(default_factory=list)

    def add(self, sql: str, params: Params, undo: Callable[[], None]) -> None:
        """Queue one statement; ``undo`` runs if the commit fails (e.g. to drop a cached row)."""
        self.writes.append((sql, params))
        self.on_failure.append(undo)


current_unit: ContextVar[UpdateUnit | None] = ContextVar("current_unit", default=None)
"""The update being handled in this task (and the tasks it starts), if any."""


class ProcessedUpdateRepo:
    """Which update ids were handled; their FSM effects are committed in the same transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was handled (and its effects committed) already."""
        return await self._db.fetchone(SELECT_PROCESSED, (update_id,)) is not None

    async def commit(self, unit: UpdateUnit, *, record: bool = True) -> None:
        """Run the unit's writes and, with ``record``, mark the update handled: all or nothing."""
        stamp = to_db(utc_now())

        def work(conn: sqlite3.Connection) -> None:
            for sql, params in unit.writes:
                conn.execute(sql, params)
            if record:
                conn.execute(RECORD_PROCESSED, (unit.update_id, stamp))

        if not unit.writes and not record:
            return
        try:
            await self._db.atomic(work)
        except BaseException:
            for undo in unit.on_failure:
                undo()
            raise

    async def prune(self, now: datetime | None = None) -> None:
        """Forget update ids older than ``KEEP``."""
        await self._db.execute(PRUNE_PROCESSED, (to_db((now or utc_now()) - KEEP),))
