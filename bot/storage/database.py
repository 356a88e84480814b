"""One aiosqlite connection, its pragmas, migrations and transactions.

Concurrency model: aiosqlite runs every statement on one worker thread, in the order the
statements were queued. A single statement outside a transaction autocommits (with WAL and
``synchronous=NORMAL`` a commit costs no fsync).

``atomic(work)`` is how the bot writes several statements together: ``work`` is a plain function
that runs on the database's thread, ``BEGIN IMMEDIATE`` … ``COMMIT`` around it, as one job of the
queue — one hop, and no asyncio lock held while other tasks wait. Build everything the work needs
(rendered text, parameters) before calling it. ``read(work)`` is the same for consistent
multi-statement reads.

``atomic_together(work)`` is ``atomic`` for work that finishes at the same moment as other work
of its kind (each update's commit, ``bot.storage.updates``): the calls that wait while one group
is on the thread go as the next group, one job with one ``BEGIN IMMEDIATE`` … ``COMMIT``. A work
that raises rolls the group back, and each work of it runs again in a transaction of its own, so
the error is raised in its own caller only; every caller resumes only after its ``COMMIT``, so a
crash before it loses the whole group, none of whose callers had gone on.

A group of a few works goes no further than the event loop's own thread when the database's
thread has nothing to do (``_Connection.run_here``): the hop there and back costs as much as the
commit itself. It is the same transaction, committed before its callers go on.

``transaction()`` is the older, multi-hop form, kept for migrations and tests: it holds an
``asyncio.Lock`` for its whole body, and single statements and ``atomic`` jobs wait while it is
open, so no other task's statement can slip into someone else's ``BEGIN … COMMIT``.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.storage.migrations import MIGRATIONS

logger = logging.getLogger(__name__)

Params = Sequence[Any]
T = TypeVar("T")
Work = Callable[[sqlite3.Connection], T]

PRAGMA_JOURNAL_MODE_WAL = "PRAGMA journal_mode = WAL"
PRAGMA_FOREIGN_KEYS_ON = "PRAGMA foreign_keys = ON"
PRAGMA_SYNCHRONOUS_NORMAL = "PRAGMA synchronous = NORMAL"
# Deleted rows are overwritten with zeros, so an erasure leaves no copy in the file's free space.
PRAGMA_SECURE_DELETE_ON = "PRAGMA secure_delete = ON"
# Copies the write-ahead log into the file and empties it: old versions of rows live there.
PRAGMA_CHECKPOINT_TRUNCATE = "PRAGMA wal_checkpoint(TRUNCATE)"
# Copies what the write-ahead log holds into the file, waiting for no one; the next write
# starts the log over when everything was copied and no reader is in it.
PRAGMA_CHECKPOINT_PASSIVE = "PRAGMA wal_checkpoint(PASSIVE)"
PRAGMA_BUSY_TIMEOUT = "PRAGMA busy_timeout = {milliseconds:d}"
PRAGMA_AUTOCHECKPOINT_GET = "PRAGMA wal_autocheckpoint"
PRAGMA_AUTOCHECKPOINT_SET = "PRAGMA wal_autocheckpoint = {pages:d}"
PRAGMA_USER_VERSION_GET = "PRAGMA user_version"
PRAGMA_USER_VERSION_SET = "PRAGMA user_version = {version:d}"
PRAGMA_OPTIMIZE = "PRAGMA optimize"
# A write that changes nothing: proves at start-up that the file (and its folder) take writes.
PROBE_WRITE = "PRAGMA user_version = {version:d}"
BEGIN_IMMEDIATE = "BEGIN IMMEDIATE"
BEGIN_DEFERRED = "BEGIN"
COMMIT = "COMMIT"
ROLLBACK = "ROLLBACK"

Outcome = tuple[bool, Any]
"""What one work of a group gave: (True, its result) or (False, the exception it raised)."""

HERE_GROUP_MAX = 8
"""The most work of one group run on the event loop's thread (each is a few statements): a
bigger group goes to the database's thread, where it does not hold up the loop on a second core."""
CHECKPOINT_AFTER = 100
"""Jobs run on the event loop's thread (whose commits never checkpoint) after which the first
checkpoint is queued for the database's thread as a job of its own, no caller waiting for it.
Each checkpoint says how many pages the log held: the next comes after as many jobs as write
SQLite's usual auto-checkpoint of 1,000 pages at that rate, between ``CHECKPOINT_AFTER`` and
``CHECKPOINT_AFTER_MAX`` jobs (a checkpoint's two syncs are worth doing seldom)."""
CHECKPOINT_AFTER_MAX = 2000


class StorageError(Exception):
    """Base class of the storage layer's own errors."""


class NotHere(Exception):
    """The event loop's thread may not use the connection now: hand the job to its thread."""


def _is_busy(error: BaseException) -> bool:
    """Whether ``error`` is SQLite's "another connection holds the lock" (nothing was done)."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlite3.OperationalError)
        and code is not None
        and code & 0xFF
        in (
            sqlite3.SQLITE_BUSY,
            sqlite3.SQLITE_LOCKED,
        )
    )


class _Connection(aiosqlite.Connection):
    """aiosqlite's connection, which the event loop's thread may also use itself
    (``run_here``) while the connection's own thread has nothing to do.

    A job handed to that thread costs two thread switches and a wake-up of the loop through its
    self-pipe, about 30 µs on one core: as much as a small commit. ``run_here`` skips the trip
    only when that is safe:

    - no job is queued or running on the thread (``_sent == _done``; each counter is written by
      one thread only), so a job never overtakes one handed over before it;
    - ``_guard`` is held by whichever thread uses the sqlite3 connection, so two never do at once
      (which is why it is opened with ``check_same_thread=False``);
    - no transaction is open (``transaction()`` holds one across several jobs);
    - on the loop's thread the connection waits for no lock (``busy_timeout = 0``: another
      process's write lock fails the job at once with SQLITE_BUSY, having done nothing, and the
      caller hands it to the thread, which waits) and never checkpoints (``wal_autocheckpoint =
      0``: a checkpoint writes and syncs the database file). The thread's jobs run with the usual
      settings, switched back lazily. After ``CHECKPOINT_AFTER`` jobs here a passive checkpoint
      is queued for the thread as a job of its own, which no update awaits (no update's job is
      sent there to auto-checkpoint and sync); updates that come while it runs wait for it, as
      for any job there.
    """

    def __init__(self, connector: Callable[[], sqlite3.Connection], busy_timeout_ms: int) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._busy_timeout_ms = busy_timeout_ms
        self._autocheckpoint = 1000  # SQLite's default; read from the connection once open
        self._sent = 0  # jobs handed to the thread (counted on the loop's thread)
        self._done = 0  # jobs finished there (counted on the connection's thread)
        self._guard = threading.Lock()
        self._settings_of_loop = False
        self._checkpointer: asyncio.Task[None] | None = None
        self._here_since_checkpoint = 0
        self._checkpoint_after = CHECKPOINT_AFTER

    async def _execute(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Queue a job for the connection's thread, counted so that ``run_here`` waits for it."""
        if not self._running or not self._connection:  # aiosqlite queues nothing then
            raise ValueError("Connection closed")
        self._sent += 1
        return await super()._execute(self._on_thread, partial(fn, *args, **kwargs))

    def _on_thread(self, function: Callable[[], T]) -> T:
        with self._guard:
            try:
                if self._settings_of_loop:
                    self._use_settings(loop=False)
                return function()
            finally:
                self._done += 1

    def run_here(self, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` on this, the event loop's, thread; raise ``NotHere`` when the
        connection's thread has work, a transaction is open, or it is the thread's turn."""
        conn = self._connection
        if (
            conn is None
            or not self._running
            or self._sent != self._done
            or conn.in_transaction
            or not self._guard.acquire(blocking=False)  # the thread is just letting go of it
        ):
            raise NotHere
        try:
            if not self._settings_of_loop:
                self._use_settings(loop=True)
            self._here_since_checkpoint += 1
            return function(*args)
        finally:
            self._guard.release()
            if (
                self._here_since_checkpoint >= self._checkpoint_after
                and self._checkpointer is None
            ):
                self._checkpointer = asyncio.get_running_loop().create_task(
                    self._checkpoint(), name="database checkpoint", context=contextvars.Context()
                )

    async def _checkpoint(self) -> None:
        """Copy the write-ahead log into the file on the connection's thread, awaited by no
        update; a checkpoint that fails (the connection closed meanwhile, a disk error) is
        only logged: the next commits still go to the log, and the next one tries again."""
        jobs, self._here_since_checkpoint = self._here_since_checkpoint, 0
        try:
            pages = await self._execute(self._checkpoint_on_thread)
        except Exception as error:
            logger.warning("checkpoint failed: %s", type(error).__name__)
        else:
            if pages > 0:
                after = jobs * self._autocheckpoint // pages
                self._checkpoint_after = max(CHECKPOINT_AFTER, min(after, CHECKPOINT_AFTER_MAX))
        finally:
            self._checkpointer = None

    def _checkpoint_on_thread(self) -> int:
        """A passive checkpoint; the pages the log held (-1 when there is no log)."""
        rows = self._conn.execute(PRAGMA_CHECKPOINT_PASSIVE).fetchall()  # read whole
        return int(rows[0][1]) if rows else -1

    def _use_settings(self, *, loop: bool) -> None:
        """Switch the connection to the event loop's settings, or back to the thread's."""
        conn = self._conn
        busy, pages = (0, 0) if loop else (self._busy_timeout_ms, self._autocheckpoint)
        conn.execute(PRAGMA_BUSY_TIMEOUT.format(milliseconds=busy))
        conn.execute(PRAGMA_AUTOCHECKPOINT_SET.format(pages=pages))
        self._settings_of_loop = loop


def _first_row(conn: sqlite3.Connection, sql: str, params: Params) -> sqlite3.Row | None:
    """One autocommitting statement's first row. Every row is read, as aiosqlite's
    ``execute_fetchall`` does: a statement left half-read would keep its transaction open."""
    rows = conn.execute(sql, params).fetchall()
    return rows[0] if rows else None


class SchemaTooNewError(StorageError):
    """The database file was written by a newer version of the bot."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"database schema version {found} is newer than this code supports ({supported})"
        )
        self.found = found
        self.supported = supported


class DatabaseUnusableError(StorageError):
    """The database file cannot be used as it is (read-only, not a database, not openable)."""


def _identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or None when there is none."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino


class Session:
    """Statements on the connection, for use inside ``Database.transaction()`` only."""

    __slots__ = ("_conn",)

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> None:
        """Run one statement, discarding any result rows."""
        await self._conn.execute_fetchall(sql, params)

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Run one statement and return all its rows."""
        return list(await self._conn.execute_fetchall(sql, params))

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """Run one statement and return its first row, or None."""
        rows = list(await self._conn.execute_fetchall(sql, params))
        return rows[0] if rows else None

    async def pipeline(self, *statements: tuple[str, Params]) -> list[list[sqlite3.Row]]:
        """Queue every statement at once, then wait for all of them; return their rows.

        The worker thread runs them in the given order, back to back, so the wait for it is
        paid once instead of once per statement. If one fails, the ones after it still run
        and the first error is raised when all are done, which rolls the transaction back.
        """
        results = await asyncio.gather(
            *(self._conn.execute_fetchall(sql, params) for sql, params in statements),
            return_exceptions=True,
        )
        rows: list[list[sqlite3.Row]] = []
        for result in results:
            if isinstance(result, BaseException):
                raise result
            rows.append(list(result))
        return rows


async def _connect(location: str, busy_timeout_ms: int) -> _Connection:
    """A connection with the bot's pragmas."""

    def connector() -> sqlite3.Connection:
        # isolation_level=None: the sqlite3 module never opens transactions implicitly; we
        # issue BEGIN IMMEDIATE ourselves. check_same_thread=False: see ``_Connection``.
        return sqlite3.connect(location, isolation_level=None, check_same_thread=False)

    conn = _Connection(connector, busy_timeout_ms)
    await conn  # starts its thread and opens the connection there
    try:
        conn.row_factory = sqlite3.Row
        await conn.execute_fetchall(PRAGMA_BUSY_TIMEOUT.format(milliseconds=busy_timeout_ms))
        rows = list(await conn.execute_fetchall(PRAGMA_AUTOCHECKPOINT_GET))
        conn._autocheckpoint = int(rows[0][0])
        await conn.execute_fetchall(PRAGMA_JOURNAL_MODE_WAL)
        await conn.execute_fetchall(PRAGMA_SYNCHRONOUS_NORMAL)
        await conn.execute_fetchall(PRAGMA_FOREIGN_KEYS_ON)
        await conn.execute_fetchall(PRAGMA_SECURE_DELETE_ON)
    except BaseException:
        await conn.close()
        raise
    return conn


def _copy_to(source: sqlite3.Connection, path: str) -> None:
    """On the connection's thread: copy the whole database to a new file at ``path``."""
    target = sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        target.close()


def _explain(location: str, error: sqlite3.DatabaseError) -> str:
    text = str(error)
    if "readonly" in text or "read-only" in text:
        return f"{location} is read-only: the bot must be able to write it and its folder"
    if "not a database" in text:
        return f"{location} is not an SQLite database"
    return f"{location} cannot be opened or used ({text})"


class Database:
    """The bot's SQLite database: one connection, opened at start-up and closed at shutdown.

    ``Database.open("postgresql://…")`` gives the same interface on PostgreSQL instead (see
    ``bot.storage.postgres``).
    """

    dialect = "sqlite"

    def __init__(self, conn: _Connection, path: str) -> None:
        """Wrap an open, migrated connection; use ``await Database.open(path)`` instead."""
        self._conn = conn
        self._path = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None
        self._session = Session(conn)
        self._closed = False
        self._file = None if path == ":memory:" else _identity(path)
        # ``atomic_together``: whether a group is on the thread, the work waiting for the next
        # group, and the task that sends those groups (None while nothing waits).
        self._grouping = False
        self._waiting: list[tuple[Work[Any], asyncio.Future[Any]]] = []
        self._grouper: asyncio.Task[None] | None = None
        self.restored = 0
        """How many times the file was found deleted and written back (see ``ensure_file``)."""

    @classmethod
    async def open(cls, path: Path | str, *, busy_timeout_ms: int = 5000) -> Database:
        """Open (creating if needed) the database at ``path`` and bring its schema up to date.

        A ``postgresql://`` URL instead of a path opens that PostgreSQL database.
        """
        location = str(path)
        if location.startswith(("postgresql://", "postgres://")):
            from bot.storage.postgres import PostgresDatabase

            return await PostgresDatabase.open(location)
        if location != ":memory:":
            try:
                Path(location).parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseUnusableError(
                    f"{location}: its folder cannot be created ({error.strerror})"
                ) from None
        # aiosqlite logs every call with its parameters at DEBUG; those hold candidates'
        # answers and names, which must never reach the logs.
        aiosqlite_logger = logging.getLogger("aiosqlite")
        if aiosqlite_logger.getEffectiveLevel() < logging.INFO:
            aiosqlite_logger.setLevel(logging.INFO)
        try:
            conn = await _connect(location, busy_timeout_ms)
        except sqlite3.DatabaseError as error:
            raise DatabaseUnusableError(_explain(location, error)) from None
        try:
            db = cls(conn, location)
            await db._migrate()
            await db._probe_write()
        except sqlite3.DatabaseError as error:
            await conn.close()
            raise DatabaseUnusableError(_explain(location, error)) from None
        except BaseException:
            await conn.close()
            raise
        return db

    async def _probe_write(self) -> None:
        """Fail now, not on the first candidate's update, when the file takes no writes."""
        version = await self.schema_version()
        async with self.transaction() as tx:
            await tx.execute(PROBE_WRITE.format(version=version))

    async def checkpoint(self) -> bool:
        """Move the write-ahead log into the database file and empty it (after an erasure,
        so erased rows' old versions are gone from the ``-wal`` file too). Return False when a
        reader elsewhere kept it from completing."""
        await self._wait_for_transaction()
        row = await self._session.fetchone(PRAGMA_CHECKPOINT_TRUNCATE)
        done = row is not None and row[0] == 0
        if not done:
            logger.warning("checkpoint could not complete: another reader holds the log")
        return done

    def file_is_there(self) -> bool:
        """Whether the file we opened is still at its path (not deleted, not replaced)."""
        return self._file is None or _identity(self._path) == self._file

    def _path_is_taken(self) -> bool:
        """Whether a file is at the database's path: what every write asks first, so that
        none goes to a file deleted under the bot. ``os.access`` (2.2 µs) instead of the
        ``stat`` that ``file_is_there`` compares (3.7–3.9 µs, before some fifteen commits per
        candidate); a file put in its place is told by ``ensure_file``'s look (the bot's watch,
        every 10 seconds), since such a file is only reported."""
        return self._file is None or os.access(self._path, os.F_OK)

    async def ensure_file(self) -> bool:
        """Notice a database file deleted while the bot runs, and write it back.

        The open connection still holds everything (the deleted file lives on while it is
        open), so the whole database is copied back to its path and the bot goes on with that
        copy: nothing written before or after is lost. Return True when that was needed. A file
        replaced by another one is left alone and only reported: it may be a deliberate restore.
        """
        if self.file_is_there():
            return False
        async with self._lock:
            found = _identity(self._path)
            if found == self._file:
                return False
            if found is not None:
                logger.critical(
                    "database file %s was replaced while the bot ran; the bot keeps using the "
                    "one it opened until it is restarted",
                    self._path,
                )
                self._file = found  # say it once
                return False
            logger.critical(
                "database file %s was deleted while the bot ran: writing it back from the "
                "open connection",
                self._path,
            )
            Path(self._path).parent.mkdir(parents=True, exist_ok=True)
            await self._conn._execute(_copy_to, self._conn._conn, self._path)
            fresh = await _connect(self._path, self._conn._busy_timeout_ms)
            old, self._conn, self._session = self._conn, fresh, Session(fresh)
            self._file = _identity(self._path)
            self.restored += 1
            await old.close()
        return True

    @property
    def path(self) -> str:
        """Where the database lives (``:memory:`` for an in-memory one)."""
        return self._path

    async def schema_version(self) -> int:
        """Return ``PRAGMA user_version``: how many migrations have been applied."""
        row = await self.fetchone(PRAGMA_USER_VERSION_GET)
        assert row is not None
        return int(row[0])

    async def _migrate(self) -> None:
        """Apply every migration newer than the file's ``user_version``, each atomically."""
        current = await self.schema_version()
        if current > len(MIGRATIONS):
            raise SchemaTooNewError(current, len(MIGRATIONS))
        for version in range(current + 1, len(MIGRATIONS) + 1):
            async with self.transaction() as tx:
                row = await tx.fetchone(PRAGMA_USER_VERSION_GET)
                # Another process may have migrated while we waited for the write lock.
                if row is not None and int(row[0]) >= version:
                    continue
                for statement in MIGRATIONS[version - 1]:
                    await tx.execute(statement)
                await tx.execute(PRAGMA_USER_VERSION_SET.format(version=version))
            logger.info("database migrated to schema version %d", version)

    async def close(self) -> None:
        """Wait for an open transaction to finish, then close the connection (idempotent)."""
        if self._closed:
            return
        async with self._lock:
            self._closed = True
            try:
                await self._conn.execute_fetchall(PRAGMA_OPTIMIZE)
            finally:
                await self._conn.close()

    def _check_not_nested(self) -> None:
        # The owner first: asking for the current task costs more than the rest of the check,
        # and no transaction() is open for nearly every call (an update's commit among them).
        if self._owner is not None and self._owner is asyncio.current_task():
            raise RuntimeError(
                "this task already holds a transaction; use its session, not the Database"
            )

    async def _wait_for_transaction(self) -> None:
        """Block while another task's transaction is open (never yields when none is)."""
        if self._lock.locked():
            self._check_not_nested()
            async with self._lock:
                pass

    async def execute(self, sql: str, params: Params = ()) -> None:
        """Run one autocommitting statement, discarding any result rows."""
        await self._wait_for_transaction()
        await self._session.execute(sql, params)

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Run one autocommitting statement and return all its rows."""
        await self._wait_for_transaction()
        return await self._session.fetchall(sql, params)

    async def fetchone(
        self, sql: str, params: Params = (), *, small: bool = False
    ) -> sqlite3.Row | None:
        """Run one autocommitting statement and return its first row, or None. ``small``: a
        statement on a row or two by key, run on the event loop's thread when the database's
        thread is idle (see ``atomic``)."""
        await self._wait_for_transaction()
        if small:
            try:
                return self._conn.run_here(_first_row, self._conn._conn, sql, params)
            except NotHere:
                pass
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
        return await self._session.fetchone(sql, params)

    async def atomic(self, work: Work[T], *, small: bool = False) -> T:
        """Run ``work(connection)`` on the database's thread inside ``BEGIN IMMEDIATE`` …
        ``COMMIT`` (``ROLLBACK`` when it raises), as one job: one hop, no lock held across hops.

        ``work`` must be quick and pure database work: nothing else runs on the thread meanwhile.
        ``small``: a few statements on a few rows (a candidate's application, an outbox item),
        run on the event loop's own thread when the database's thread is idle, as an update's
        commit is (``_Connection.run_here``); a bulk job (erasure, retention) leaves it False,
        so that it never holds up the loop.
        """
        return await self._run_on_thread(work, BEGIN_IMMEDIATE, small)

    async def read(self, work: Work[T], *, small: bool = False) -> T:
        """Run ``work(connection)`` on the database's thread in one read transaction: the
        statements see one snapshot, and cost one hop together. ``small`` as for ``atomic``."""
        return await self._run_on_thread(work, BEGIN_DEFERRED, small)

    async def _run_on_thread(self, work: Work[T], begin: str, small: bool = False) -> T:
        self._check_not_nested()
        # Before a write that would go to a deleted file; a read finds everything in the file
        # the connection holds open.
        if begin != BEGIN_DEFERRED and not self._path_is_taken():
            await self.ensure_file()
        await self._wait_for_transaction()
        if small:
            try:
                here: T = self._conn.run_here(self._in_transaction, work, begin)
                return here
            except NotHere:
                pass
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
                # Another process holds the lock; nothing was done (rolled back): the
                # database's thread waits for it (``busy_timeout``) while the loop goes on.
        # aiosqlite has no public way to run a function on its thread; ``_execute`` is that
        # way (stable across 0.17–0.22), and ``_conn`` is the sqlite3 connection it owns.
        result: T = await self._conn._execute(self._in_transaction, work, begin)
        return result

    async def atomic_together(self, work: Work[T], *, alone: bool = False) -> T:
        """``atomic``, committed together with the other ``atomic_together`` work waiting at the
        same moment (see the module's docstring): one hop and one ``COMMIT`` for the group, each
        work all or nothing (alone again when one of the group raises), its error raised in its
        caller only.

        ``alone``: the caller knows no other such work can come now (the one update being
        handled), so a group it starts is sent at once, without the turn of the event loop that
        lets others join it. Only a hint: others that come anyway go as the next group."""
        if alone and not self._grouping:
            # No group is on its way, and no work will join this one: it is ``atomic``'s job
            # (the same transaction), without the future and the list a group is tracked by.
            return await self._run_on_thread(work, BEGIN_IMMEDIATE, small=True)
        self._check_not_nested()
        done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append((work, done))
        if not self._grouping:  # nothing on its way to the thread: this caller starts a group
            self._grouping = True
            try:
                if not alone:
                    await asyncio.sleep(0)  # work finishing at this very moment joins the group
                if len(self._waiting) == 1:
                    # Alone (one candidate at a time): sent from here, no task to start. A
                    # caller cancelled meanwhile cancels its own work only.
                    await self._send_group()
            except BaseException:
                done.cancel()  # not sent yet, or its outcome is lost with this caller
                raise
            finally:
                self._hand_over()
        return await done

    def _hand_over(self) -> None:
        """Let a task send the work that waits; none waits: the next caller starts a group."""
        if self._waiting:
            self._grouper = asyncio.get_running_loop().create_task(
                self._send_groups(), name="database groups", context=contextvars.Context()
            )
        else:
            self._grouping = False

    async def _send_groups(self) -> None:
        """Send the waiting work as one group, again and again, until none waits."""
        try:
            while self._waiting:
                await self._send_group()
        finally:
            self._grouper = None
            self._grouping = False

    async def _send_group(self) -> None:
        """Send the work waiting now as one job on the database's thread; settle its callers."""
        group, self._waiting = self._waiting, []
        group = [(work, done) for work, done in group if not done.done()]
        if not group:
            return
        try:
            if not self._path_is_taken():  # before a write that would go to a deleted file
                await self.ensure_file()
            await self._wait_for_transaction()
            works = [work for work, _ in group]
            outcomes = self._group_here(works)
            if outcomes is None:
                outcomes = await self._conn._execute(self._in_group, works)
            else:  # the works that met another process's write lock wait for it on the thread
                again = [i for i, (ok, value) in enumerate(outcomes) if not ok and _is_busy(value)]
                if again:
                    retried = await self._conn._execute(self._in_group, [works[i] for i in again])
                    for i, outcome in zip(again, retried, strict=True):
                        outcomes[i] = outcome
        except Exception as error:  # e.g. the connection is closed: nothing committed
            outcomes = [(False, error)] * len(group)
        except BaseException:  # cancelled while the job was on the thread (it goes on there)
            for _, done in group:
                done.cancel()
            raise
        for (_, done), (ok, value) in zip(group, outcomes, strict=True):
            if done.done():  # its caller was cancelled; its work went on regardless
                continue
            if ok:
                done.set_result(value)
            else:
                done.set_exception(value)

    def _group_here(self, works: list[Work[Any]]) -> list[Outcome] | None:
        """``_in_group`` on the event loop's thread, or None when it must go to the database's
        thread (see ``_Connection``). A work that met SQLITE_BUSY there was rolled back."""
        if len(works) > HERE_GROUP_MAX:
            return None
        try:
            return self._conn.run_here(self._in_group, works)
        except NotHere:
            return None

    def _in_group(self, works: list[Work[Any]]) -> list[Outcome]:
        """On the database's thread: ``works`` in one transaction, or, when one of them raises,
        each in a transaction of its own.

        No savepoint around each work (a ``SAVEPOINT`` and a ``RELEASE``, two statements of
        every update's commit, a fifth of its time on the database): a work that raises is
        rare, and then the group's transaction is rolled back whole and every work runs again
        alone, so each is still all or nothing and its error is its own caller's only."""
        if len(works) == 1:
            return [self._alone(works[0])]
        conn: sqlite3.Connection = self._conn._conn
        try:
            conn.execute(BEGIN_IMMEDIATE)
        except sqlite3.Error as error:  # another process holds the write lock past the timeout
            return [(False, error)] * len(works)
        outcomes: list[Outcome] = []
        try:
            for work in works:
                outcomes.append((True, work(conn)))
            conn.execute(COMMIT)
        except Exception:
            # One work failed (or SQLite gave up the whole transaction: disk full, I/O
            # error…): nothing of the group stands; each runs again on its own.
            self._roll_back(conn)
            return [self._alone(work) for work in works]
        except BaseException:
            self._roll_back(conn)
            raise
        return outcomes

    def _alone(self, work: Work[Any]) -> Outcome:
        """On the database's thread: ``work`` in a transaction of its own."""
        try:
            return True, self._in_transaction(work, BEGIN_IMMEDIATE)
        except Exception as error:
            return False, error

    @staticmethod
    def _roll_back(conn: sqlite3.Connection) -> None:
        if conn.in_transaction:
            try:
                conn.execute(ROLLBACK)
            except sqlite3.OperationalError as error:
                logger.warning("rollback failed: %s", type(error).__name__)

    def _in_transaction(self, work: Work[T], begin: str) -> T:
        """On the database's thread: ``work`` between ``begin`` and ``COMMIT``."""
        conn: sqlite3.Connection = self._conn._conn
        conn.execute(begin)
        try:
            result = work(conn)
            conn.execute(COMMIT)
        except BaseException:
            self._roll_back(conn)
            raise
        return result

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[Session]:
        """Hold the connection for several autocommitting statements (no BEGIN).

        For consistent multi-statement reads (e.g. an application and its answers) or
        sequences that must not interleave with other tasks' writes but need no rollback.
        """
        self._check_not_nested()
        async with self._lock:
            self._owner = asyncio.current_task()
            try:
                yield self._session
            finally:
                self._owner = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` when the body raises.

        Use the yielded session for every statement of the body; calling the Database
        itself from inside the body raises ``RuntimeError`` (it would deadlock).
        """
        self._check_not_nested()
        async with self._lock:
            self._owner = asyncio.current_task()
            try:
                try:
                    await self._session.execute(BEGIN_IMMEDIATE)
                    yield self._session
                    await self._session.execute(COMMIT)
                except BaseException:
                    # Also when cancelled while BEGIN was queued: it will still run, and an
                    # open transaction would swallow every later autocommit statement.
                    await self._rollback()
                    raise
            finally:
                self._owner = None

    async def _rollback(self) -> None:
        """Roll back; the ROLLBACK is queued before anything else even if we are cancelled."""
        try:
            await self._session.execute(ROLLBACK)
        except sqlite3.OperationalError as error:
            # SQLite may already have rolled back on its own (e.g. SQLITE_FULL).
            logger.warning("rollback failed: %s", type(error).__name__)
