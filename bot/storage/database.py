"""One aiosqlite connection, its pragmas, migrations and transactions.

Concurrency model: aiosqlite runs every statement on one worker thread, in the order the
statements were queued. A single statement outside a transaction autocommits (with WAL and
``synchronous=NORMAL`` a commit costs no fsync).

``atomic(work)`` is how the bot writes several statements together: ``work`` is a plain function
that runs on the database's thread, ``BEGIN IMMEDIATE`` … ``COMMIT`` around it, as one job of the
queue — one hop, and no asyncio lock held while other tasks wait. Build everything the work needs
(rendered text, parameters) before calling it. ``read(work)`` is the same for consistent
multi-statement reads.

``transaction()`` is the older, multi-hop form, kept for migrations and tests: it holds an
``asyncio.Lock`` for its whole body, and single statements and ``atomic`` jobs wait while it is
open, so no other task's statement can slip into someone else's ``BEGIN … COMMIT``.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
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
PRAGMA_BUSY_TIMEOUT = "PRAGMA busy_timeout = {milliseconds:d}"
PRAGMA_USER_VERSION_GET = "PRAGMA user_version"
PRAGMA_USER_VERSION_SET = "PRAGMA user_version = {version:d}"
PRAGMA_OPTIMIZE = "PRAGMA optimize"
BEGIN_IMMEDIATE = "BEGIN IMMEDIATE"
BEGIN_DEFERRED = "BEGIN"
COMMIT = "COMMIT"
ROLLBACK = "ROLLBACK"


class StorageError(Exception):
    """Base class of the storage layer's own errors."""


class SchemaTooNewError(StorageError):
    """The database file was written by a newer version of the bot."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"database schema version {found} is newer than this code supports ({supported})"
        )
        self.found = found
        self.supported = supported


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


class Database:
    """The bot's SQLite database: one connection, opened at start-up and closed at shutdown."""

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        """Wrap an open, migrated connection; use ``await Database.open(path)`` instead."""
        self._conn = conn
        self._path = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None
        self._session = Session(conn)
        self._closed = False

    @classmethod
    async def open(cls, path: Path | str, *, busy_timeout_ms: int = 5000) -> Database:
        """Open (creating if needed) the database at ``path`` and bring its schema up to date."""
        location = str(path)
        if location != ":memory:":
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        # aiosqlite logs every call with its parameters at DEBUG; those hold candidates'
        # answers and names, which must never reach the logs.
        aiosqlite_logger = logging.getLogger("aiosqlite")
        if aiosqlite_logger.getEffectiveLevel() < logging.INFO:
            aiosqlite_logger.setLevel(logging.INFO)
        # isolation_level=None: the sqlite3 module never opens transactions implicitly;
        # we issue BEGIN IMMEDIATE ourselves.
        conn = await aiosqlite.connect(location, isolation_level=None)
        try:
            conn.row_factory = sqlite3.Row
            await conn.execute_fetchall(PRAGMA_BUSY_TIMEOUT.format(milliseconds=busy_timeout_ms))
            await conn.execute_fetchall(PRAGMA_JOURNAL_MODE_WAL)
            await conn.execute_fetchall(PRAGMA_SYNCHRONOUS_NORMAL)
            await conn.execute_fetchall(PRAGMA_FOREIGN_KEYS_ON)
            db = cls(conn, location)
            await db._migrate()
        except BaseException:
            await conn.close()
            raise
        return db

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
        current = asyncio.current_task()
        if self._owner is not None and self._owner is current:
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

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """Run one autocommitting statement and return its first row, or None."""
        await self._wait_for_transaction()
        return await self._session.fetchone(sql, params)

    async def atomic(self, work: Work[T]) -> T:
        """Run ``work(connection)`` on the database's thread inside ``BEGIN IMMEDIATE`` …
        ``COMMIT`` (``ROLLBACK`` when it raises), as one job: one hop, no lock held across hops.

        ``work`` must be quick and pure database work: nothing else runs on the thread meanwhile.
        """
        return await self._run_on_thread(work, BEGIN_IMMEDIATE)

    async def read(self, work: Work[T]) -> T:
        """Run ``work(connection)`` on the database's thread in one read transaction: the
        statements see one snapshot, and cost one hop together."""
        return await self._run_on_thread(work, BEGIN_DEFERRED)

    async def _run_on_thread(self, work: Work[T], begin: str) -> T:
        self._check_not_nested()
        await self._wait_for_transaction()
        # aiosqlite has no public way to run a function on its thread; ``_execute`` is that
        # way (stable across 0.17–0.22), and ``_conn`` is the sqlite3 connection it owns.
        result: T = await self._conn._execute(self._in_transaction, work, begin)
        return result

    def _in_transaction(self, work: Work[T], begin: str) -> T:
        """On the database's thread: ``work`` between ``begin`` and ``COMMIT``."""
        conn: sqlite3.Connection = self._conn._conn
        conn.execute(begin)
        try:
            result = work(conn)
            conn.execute(COMMIT)
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute(ROLLBACK)
                except sqlite3.OperationalError as error:
                    logger.warning("rollback failed: %s", type(error).__name__)
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
