"""Updates already handled, so a redelivered one is acknowledged and skipped.

Telegram delivers an update again when it was not confirmed: a webhook answered with an error or
not at all (the process died), a long poll that never asked past it. ``UpdateUnit`` is what one
update changes in the FSM: the SQLite FSM storage queues its writes there instead of running them
at once, and ``ProcessedUpdateRepo.commit`` runs them together with the update's record in one
transaction, after the handler is done. Updates finishing at the same moment share that
transaction (``Database.atomic_together``): one failing is rolled back and heard of by itself
only, the others committed each on its own. A crash before the commit leaves the state as it
was, so the redelivered update is handled again from the same state (an answer is applied
once); after it, the update is skipped. A repository write that returns nothing (a view of a
posting, a consent, a question queued for HR) goes the same way through ``write_with_update``: a
redelivered update records it once. Writes a handler needs an answer from (an application's id)
are their own transactions; the ones that matter are idempotent (submitting twice stores one
application).

With the FSM in Redis the update's effects live in two stores, and no transaction spans both.
The database goes first: its writes and the update's row in one transaction that applies the
writes only if that row is new; then Redis: the FSM's writes and the key that marks the update
handled, in one MULTI/EXEC. A crash before the database commit leaves both as they were; one
between the two leaves the update unmarked in Redis, so it is handled again from the FSM state
it found the first time, and its database writes, already there, are not made a second time;
after both, the update is skipped. Either way one view, one consent, and the FSM one step on.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import deque
from collections.abc import Callable, Coroutine, Hashable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.storage.database import Database, Params
from bot.storage.timefmt import now_db, to_db, utc_now

if TYPE_CHECKING:  # redis is imported only by a bot that uses it (REDIS_URL)
    from redis.asyncio import Redis

# A row with a ``body``: an update kept from getUpdates, not handled yet (``ReceivedUpdateRepo``).
SELECT_PROCESSED = "SELECT 1 FROM processed_updates WHERE update_id = ? AND body IS NULL"
SELECT_HIGHEST = "SELECT MAX(update_id) FROM processed_updates WHERE body IS NULL"
RECORD_PROCESSED = """
INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?)
ON CONFLICT (update_id) DO NOTHING
RETURNING update_id
"""
# SQLite says whether the row was new in the cursor's ``rowcount``: a RETURNING clause costs the
# statement twice its time there (a second step, a row built), on every update's commit.
RECORD_PROCESSED_COUNTED = """
INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?)
ON CONFLICT (update_id) DO NOTHING
"""
# A kept update's row, once handled: the body cleared in the row that records it (one statement).
RECORD_KEPT = """
UPDATE processed_updates SET processed_at = ?, body = NULL
WHERE update_id = ? AND body IS NOT NULL
RETURNING update_id
"""
RECORD_KEPT_COUNTED = """
UPDATE processed_updates SET processed_at = ?, body = NULL
WHERE update_id = ? AND body IS NOT NULL
"""
PRUNE_PROCESSED = "DELETE FROM processed_updates WHERE processed_at < ? AND body IS NULL"
KEEP = timedelta(days=2)
"""How long an update id is remembered. Telegram redelivers an update for at most 24 hours, and
after a week without updates it may start the ids again anywhere: two days covers the first and
stays clear of the second."""
TAKEN_KEPT = 10_000
"""How many update ids taken since start one SQLite process remembers (see ``seen``)."""


@dataclass
class UpdateUnit:
    """The FSM writes one update made, waiting to be committed with the update's record."""

    update_id: int
    db: Database
    writes: list[tuple[str, Params]] = field(default_factory=list)
    on_failure: list[Callable[[], None]] = field(default_factory=list)
    # With the FSM in Redis: its writes (run on a MULTI/EXEC pipeline at the commit), and what
    # they wrote by Redis key, so the handler reads its own writes before they are committed.
    redis_ops: list[Callable[[Any], object]] = field(default_factory=list)
    overlay: dict[str, Any] = field(default_factory=dict)
    # Run once everything is committed (e.g. wake the outbox for an item the update queued).
    after_commit: list[Callable[[], None]] = field(default_factory=list)
    # What each write stores whole (a row by its key), None for one that adds to the rest.
    replaces: list[Hashable | None] = field(default_factory=list)
    # The update kept from getUpdates (long polling): its row is the one its commit records.
    kept: KeptRow | None = None

    def add(
        self,
        sql: str,
        params: Params,
        undo: Callable[[], None],
        replaces: Hashable | None = None,
    ) -> None:
        """Queue one statement; ``undo`` runs if the commit fails (e.g. to drop a cached row).

        ``replaces``: the statement writes this whole row (an FSM row by its key), so an
        earlier queued write of the same row is dropped, not run to be overwritten: a handler's
        ``update_data`` and ``set_state`` commit as one statement."""
        if replaces is not None and replaces in self.replaces:
            earlier = self.replaces.index(replaces)
            del self.writes[earlier], self.on_failure[earlier], self.replaces[earlier]
        self.writes.append((sql, params))
        self.on_failure.append(undo)
        self.replaces.append(replaces)


@dataclass
class KeptRow:
    """An update kept with its body while it is handled (``ReceivedUpdateRepo``).

    The transaction that records the update handled (``ProcessedUpdateRepo.commit``) clears
    the body in that same row (or deletes the row when the handler failed), so the body lives
    no longer than the update is handled, and a crash leaves it kept or recorded, never both;
    ``deleted`` says the commit did. A row no commit deleted (an update skipped as handled
    already, a commit that failed) is forgotten by the poller with a later batch.
    """

    update_id: int
    deleted: bool = False


def redis_marker(update_id: int) -> str:
    """The Redis key that says an update was handled."""
    return f"bot:processed_update:{update_id}"


current_unit: ContextVar[UpdateUnit | None] = ContextVar("current_unit", default=None)
"""The update being handled in this task (and the tasks it starts), if any."""


def _nothing() -> None:
    """Nothing to undo: the write changed no cache."""


async def write_with_update(db: Database, sql: str, params: Params) -> None:
    """Run a write whose result nobody reads: while an update is handled, in the transaction
    that records the update (so a redelivered update makes it once); otherwise now."""
    await writes_with_update(db, [(sql, params)])


async def writes_with_update(db: Database, statements: list[tuple[str, Params]]) -> None:
    """``write_with_update`` for several statements, all or none of them."""
    unit = current_unit.get()
    if unit is None or unit.db is not db:

        def work(conn: sqlite3.Connection) -> None:
            for sql, params in statements:
                conn.execute(sql, params)

        await db.atomic(work)
        return
    for sql, params in statements:
        unit.add(sql, params, _nothing)


async def queued_together(*writes: Coroutine[Any, Any, object]) -> None:
    """Await writes that only queue statements (FSM changes, ``write_with_update``): while an
    update is handled they go into its unit and wait for nothing, so one after the other, in
    order, with no task each; otherwise together, so that they share one batch and one wait
    for the database."""
    if current_unit.get() is None:
        await asyncio.gather(*writes)
        return
    pending = list(writes)
    try:
        while pending:
            await pending.pop(0)
    finally:
        for write in pending:  # one raised: the rest never ran
            write.close()


def after_update(then: Callable[[], None]) -> None:
    """Call ``then`` once the update being handled is committed (at once outside an update):
    e.g. wake the outbox for an item the update queued, which exists only from then on."""
    unit = current_unit.get()
    if unit is None:
        then()
    else:
        unit.after_commit.append(then)


def _recorded_now(
    conn: sqlite3.Connection, update_id: int, stamp: str, counted: bool, kept: bool = False
) -> bool:
    """Record ``update_id`` as handled; False when it was recorded already. ``counted``: the
    connection is SQLite's, whose ``rowcount`` tells (PostgreSQL's work has no count).
    ``kept``: the update was kept with its body, so its row is there to mark handled; when it
    is not (a row forgotten meanwhile), the record is inserted as for any other update."""
    if kept:
        if counted:
            if conn.execute(RECORD_KEPT_COUNTED, (stamp, update_id)).rowcount == 1:
                return True
        elif conn.execute(RECORD_KEPT, (stamp, update_id)).fetchone() is not None:
            return True
    if counted:
        return conn.execute(RECORD_PROCESSED_COUNTED, (update_id, stamp)).rowcount == 1
    return conn.execute(RECORD_PROCESSED, (update_id, stamp)).fetchone() is not None


class ProcessedUpdateRepo:
    """Which update ids were handled; their FSM effects are committed in the same transaction.

    With ``redis`` (the FSM lives there), the record that counts is a Redis key set in the same
    MULTI/EXEC as the update's FSM writes; the database keeps its row too.
    """

    def __init__(self, db: Database, redis: Redis | None = None) -> None:
        self._db = db
        self._redis = redis
        # One process on an SQLite file takes every update (the only setup SQLite is for): an
        # id above every id recorded before it started, and not taken since, is new and needs
        # no read. Updates are taken out of order (each person's wait for their own lock), so
        # the ids taken are remembered, the last ``TAKEN_KEPT`` of them; an id at or below
        # ``_floor`` is read from the table. Shared databases and Redis always ask.
        self._exclusive = redis is None and db.dialect == "sqlite"
        self._floor: int | None = None
        self._taken: set[int] = set()
        self._taken_order: deque[int] = deque()

    async def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was handled (and its effects committed) already."""
        if self._redis is not None:
            return bool(await self._redis.exists(redis_marker(update_id)))
        if self._exclusive:
            if self._floor is None:
                row = await self._db.fetchone(SELECT_HIGHEST)
                self._floor = int(row[0]) if row is not None and row[0] is not None else 0
            if update_id > self._floor and update_id not in self._taken:
                self._take(update_id)  # a second delivery of it is read from the table
                return False
        return await self._db.fetchone(SELECT_PROCESSED, (update_id,)) is not None

    def _take(self, update_id: int) -> None:
        assert self._floor is not None
        self._taken.add(update_id)
        self._taken_order.append(update_id)
        if len(self._taken_order) > TAKEN_KEPT:
            forgotten = self._taken_order.popleft()
            self._taken.discard(forgotten)
            self._floor = max(self._floor, forgotten)

    async def commit(self, unit: UpdateUnit, *, record: bool = True, alone: bool = False) -> None:
        """Run the unit's writes and, with ``record``, mark the update handled: all or nothing
        in each store, the database first (see the module's docstring). ``alone``: no other
        update is being handled, so none can share the commit (``Database.atomic_together``)."""
        stamp = now_db()
        counted = self._db.dialect == "sqlite"
        kept = unit.kept

        def work(conn: sqlite3.Connection) -> bool:
            if kept is not None and not record:  # failed: kept no longer, not recorded either
                conn.execute(FORGET_RECEIVED, (kept.update_id,))
            # A kept update's row is marked handled in place: its body goes, whatever follows.
            if record and not _recorded_now(
                conn, unit.update_id, stamp, counted, kept=kept is not None
            ):
                # Recorded already: an earlier delivery committed here and died before Redis
                # (or another instance handled it meanwhile). Its writes stand; not twice.
                return False
            for sql, params in unit.writes:
                conn.execute(sql, params)
            return True

        if unit.writes or record or kept is not None:
            try:
                # Updates finishing together commit together: one hop, one COMMIT.
                applied = await self._db.atomic_together(work, alone=alone)
            except BaseException:
                self._undo(unit)
                raise
            if kept is not None:
                kept.deleted = True
            if not applied:
                self._undo(unit)  # cached rows this delivery wrote: the table is the truth
        if self._redis is not None and (unit.redis_ops or record):
            async with self._redis.pipeline(transaction=True) as pipe:
                for op in unit.redis_ops:
                    op(pipe)
                if record:
                    pipe.set(redis_marker(unit.update_id), "1", ex=KEEP)
                await pipe.execute()
        for then in unit.after_commit:
            then()

    @staticmethod
    def _undo(unit: UpdateUnit) -> None:
        for undo in unit.on_failure:
            undo()

    async def prune(self, now: datetime | None = None) -> None:
        """Forget update ids older than ``KEEP``."""
        await self._db.execute(PRUNE_PROCESSED, (to_db((now or utc_now()) - KEEP),))


# An update handled already keeps its row as it is (its body is not stored again).
KEEP_RECEIVED = """
INSERT INTO processed_updates (update_id, body, processed_at) VALUES (?, ?, ?)
ON CONFLICT (update_id) DO NOTHING
"""
FORGET_RECEIVED = "DELETE FROM processed_updates WHERE update_id = ? AND body IS NOT NULL"
SELECT_RECEIVED = """
SELECT update_id, body FROM processed_updates WHERE body IS NOT NULL ORDER BY update_id
"""


HERE_AT_MOST = 8
"""The most rows ``ReceivedUpdateRepo.keep`` writes on the event loop's own thread."""


class ReceivedUpdateRepo:
    """Updates taken from Telegram and not yet handled, as Telegram sent them (JSON, in their
    ``processed_updates`` row until it records them handled), so that
    their arrival can be confirmed to Telegram at once: one left by a stop or a crash is
    handled at the next start (``bot.updates.ConfirmingPoller``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def keep(self, received: list[tuple[int, str]], handled: list[int]) -> None:
        """Keep the ``received`` (id, body) pairs and forget the ``handled`` ids: one
        transaction, the pairs all kept once it returns."""

        stamp = now_db()

        def work(conn: sqlite3.Connection) -> None:
            if handled:
                conn.executemany(FORGET_RECEIVED, [(i,) for i in handled])
            if received:
                conn.executemany(KEEP_RECEIVED, [(i, body, stamp) for i, body in received])

        # A batch of a few is run where it costs least; a full one (a hundred bodies) is left
        # to the database's thread, not to hold up the event loop.
        await self._db.atomic(work, small=len(received) + len(handled) <= HERE_AT_MOST)

    async def waiting(self) -> list[tuple[int, str]]:
        """The (id, body) pairs kept and not forgotten, oldest first."""
        return [(int(row[0]), str(row[1])) for row in await self._db.fetchall(SELECT_RECEIVED)]
