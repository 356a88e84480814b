"""The same Database on PostgreSQL (asyncpg), for several bot instances sharing one database.

``Database.open("postgresql://…")`` returns a ``PostgresDatabase``: a pool of connections behind
the interface the repositories already use, running their SQL through ``dialect.to_postgres``.

- A single statement (``execute``/``fetchall``/``fetchone``) autocommits on a pooled connection.
- ``atomic(work)`` runs the repository's plain function in one SERIALIZABLE transaction — the
  guarantee SQLite's one writer gives — and runs it again when PostgreSQL reports a
  serialization failure or a deadlock (the work is pure database work, so running it again is
  safe). The function runs on a worker thread with a stand-in for the sqlite3 connection whose
  ``execute(sql, params)`` hands each statement to the event loop's asyncpg connection.
- ``atomic_together(work)`` is ``atomic``: no group commit here (see its docstring).
- ``read(work)`` is one REPEATABLE READ, read-only transaction: one snapshot.
- ``transaction()`` yields a session on one connection in a READ COMMITTED transaction (its
  body cannot be run again, so races are decided by conditional statements, as the repositories'
  are); ``exclusive()`` one in a REPEATABLE READ snapshot.

Migrations are the same numbered list as SQLite's (``postgres_ddl`` adapts each statement); the
version lives in a ``schema_version`` table, and an advisory lock keeps two instances starting
together from migrating at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bot.storage.database import (
    Database,
    DatabaseUnusableError,
    Params,
    SchemaTooNewError,
    Session,
    T,
    Work,
)
from bot.storage.dialect import postgres_ddl, prepare
from bot.storage.migrations import MIGRATIONS

logger = logging.getLogger(__name__)

POOL_SIZE = 10
MAX_ATTEMPTS = 12
"""How many times ``atomic`` tries a transaction that keeps meeting serialization failures."""
RETRYABLE = (asyncpg.SerializationError, asyncpg.DeadlockDetectedError)

# Any 64-bit number of our own: the advisory lock that serializes migrations across instances.
MIGRATION_LOCK = 0x7661636E_62740001
LOCK_MIGRATIONS = "SELECT pg_advisory_xact_lock($1)"
CREATE_SCHEMA_VERSION = "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"
SELECT_SCHEMA_VERSION = "SELECT version FROM schema_version"
INSERT_SCHEMA_VERSION = "INSERT INTO schema_version (version) VALUES (0)"
UPDATE_SCHEMA_VERSION = "UPDATE schema_version SET version = $1"

INTEGRITY_ERRORS = (asyncpg.IntegrityConstraintViolationError,)


def is_postgres_url(location: str) -> bool:
    """Whether the database location names a PostgreSQL server rather than an SQLite file."""
    return location.startswith(("postgresql://", "postgres://"))


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class _Cursor:
    """What a statement returned, as sqlite3's cursor offers it to the repositories' work."""

    __slots__ = ("_rows",)

    def __init__(self, rows: list[asyncpg.Record]) -> None:
        self._rows = rows

    def fetchone(self) -> asyncpg.Record | None:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[asyncpg.Record]:
        return list(self._rows)

    def __iter__(self) -> Iterator[asyncpg.Record]:
        return iter(self._rows)


class _ThreadConnection:
    """Stands in for the sqlite3 connection inside ``atomic``/``read`` work on PostgreSQL: runs on
    a worker thread and hands every statement to the event loop, which owns the connection."""

    __slots__ = ("_conn", "_loop")

    def __init__(self, conn: asyncpg.Connection, loop: asyncio.AbstractEventLoop) -> None:
        self._conn = conn
        self._loop = loop

    def execute(self, sql: str, params: Params = ()) -> _Cursor:
        text, values = prepare(sql, params)
        query = self._conn.fetch(text, *values)
        return _Cursor(asyncio.run_coroutine_threadsafe(query, self._loop).result())

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        prepared = [prepare(sql, params) for params in rows]
        if not prepared:
            return
        query = self._conn.executemany(prepared[0][0], [values for _, values in prepared])
        asyncio.run_coroutine_threadsafe(query, self._loop).result()


def _retrieve(job: asyncio.Future[Any]) -> None:
    """Mark the outcome of a job whose caller was cancelled as seen (no asyncio warning)."""
    if not job.cancelled() and job.exception() is not None:
        logger.warning(
            "a transaction whose caller was cancelled failed: %s", type(job.exception()).__name__
        )


class PostgresSession(Session):
    """Statements on one pooled connection, inside its transaction."""

    __slots__ = ("_pg",)

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._pg = conn

    async def execute(self, sql: str, params: Params = ()) -> None:
        text, values = prepare(sql, params)
        await self._pg.fetch(text, *values)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        text, values = prepare(sql, params)
        return list(await self._pg.fetch(text, *values))

    async def fetchone(self, sql: str, params: Params = ()) -> Any:
        text, values = prepare(sql, params)
        return await self._pg.fetchrow(text, *values)

    async def pipeline(self, *statements: tuple[str, Params]) -> list[list[Any]]:
        return [await self.fetchall(sql, params) for sql, params in statements]


class PostgresDatabase(Database):
    """The bot's database on a PostgreSQL server: a pool of asyncpg connections."""

    dialect = "postgresql"

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:
        self._pool = pool
        self._url = url
        self._closed = False
        self._threads = ThreadPoolExecutor(POOL_SIZE, thread_name_prefix="pg-work")
        self.restored = 0

    @classmethod
    async def open(  # type: ignore[override]
        cls, path: Any, *, busy_timeout_ms: int = 5000, pool_size: int = POOL_SIZE
    ) -> PostgresDatabase:
        """Connect to the server at the URL and bring its schema up to date."""
        url = str(path)
        try:
            pool = await asyncpg.create_pool(url, min_size=1, max_size=pool_size)
        except (OSError, ValueError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            # Only the type: a message about the URL may quote its password.
            raise DatabaseUnusableError(
                f"{_without_password(url)} cannot be reached or used ({type(error).__name__})"
            ) from None
        assert pool is not None
        db = cls(pool, url)
        try:
            await db._migrate()
        except asyncpg.PostgresError as error:  # e.g. no right to create tables
            await db.close()
            raise DatabaseUnusableError(
                f"{_without_password(url)} cannot be migrated ({type(error).__name__}: {error})"
            ) from None
        except BaseException:
            await db.close()
            raise
        return db

    @property
    def path(self) -> str:
        """The server's URL, without its password."""
        return _without_password(self._url)

    async def schema_version(self) -> int:
        """How many migrations have been applied."""
        row = await self._pool.fetchrow(SELECT_SCHEMA_VERSION)
        return 0 if row is None else int(row[0])

    async def _migrate(self) -> None:
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute(LOCK_MIGRATIONS, MIGRATION_LOCK)
            await conn.execute(CREATE_SCHEMA_VERSION)
            row = await conn.fetchrow(SELECT_SCHEMA_VERSION)
            if row is None:
                await conn.execute(INSERT_SCHEMA_VERSION)
            current = 0 if row is None else int(row[0])
            if current > len(MIGRATIONS):
                raise SchemaTooNewError(current, len(MIGRATIONS))
            for version in range(current + 1, len(MIGRATIONS) + 1):
                for statement in MIGRATIONS[version - 1]:
                    await conn.execute(postgres_ddl(statement))
                await conn.execute(UPDATE_SCHEMA_VERSION, version)
                logger.info("database migrated to schema version %d", version)

    async def checkpoint(self) -> bool:
        """Nothing to do: PostgreSQL manages its own log."""
        return True

    def file_is_there(self) -> bool:
        """There is no file to lose."""
        return True

    async def ensure_file(self) -> bool:
        """There is no file to write back."""
        return False

    async def close(self) -> None:
        """Close every pooled connection (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            await self._pool.close()
        finally:
            self._threads.shutdown(wait=False)

    async def execute(self, sql: str, params: Params = ()) -> None:
        """Run one autocommitting statement, discarding any result rows."""
        text, values = prepare(sql, params)
        await self._pool.fetch(text, *values)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        """Run one autocommitting statement and return all its rows."""
        text, values = prepare(sql, params)
        return list(await self._pool.fetch(text, *values))

    async def fetchone(self, sql: str, params: Params = (), *, small: bool = False) -> Any:
        """Run one autocommitting statement and return its first row, or None (``small``
        means nothing here)."""
        text, values = prepare(sql, params)
        return await self._pool.fetchrow(text, *values)

    async def atomic(self, work: Work[T], *, small: bool = False) -> T:
        """Run ``work(connection)`` in one SERIALIZABLE transaction, again when it loses a race
        (``small`` means nothing here: there is no thread to skip)."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return await self._run(work, "serializable", readonly=False)
            except RETRYABLE:
                if attempt == MAX_ATTEMPTS:
                    raise
                await asyncio.sleep(random.uniform(0, 0.002 * 2 ** min(attempt, 8)))
        raise AssertionError("unreachable")

    async def atomic_together(self, work: Work[T], *, alone: bool = False) -> T:
        """``atomic``: on PostgreSQL each work keeps its own transaction. Several instances
        commit in parallel on the pool, and a group's serialization failure would run every
        work of it again."""
        return await self.atomic(work)

    async def read(self, work: Work[T], *, small: bool = False) -> T:
        """Run ``work(connection)`` in one read-only snapshot (``small`` as for ``atomic``)."""
        return await self._run(work, "repeatable_read", readonly=True)

    async def _run(self, work: Work[T], isolation: str, *, readonly: bool) -> T:
        # Shielded: a cancelled caller must not return the connection to the pool while the
        # worker thread still sends statements on it; the transaction finishes on its own.
        job = asyncio.ensure_future(self._job(work, isolation, readonly))
        job.add_done_callback(_retrieve)  # nobody may be left to await it
        return await asyncio.shield(job)

    async def _job(self, work: Work[T], isolation: str, readonly: bool) -> T:
        loop = asyncio.get_running_loop()
        async with (
            self._pool.acquire() as conn,
            conn.transaction(isolation=isolation, readonly=readonly),
        ):
            stand_in = cast(Any, _ThreadConnection(conn, loop))
            return await loop.run_in_executor(self._threads, work, stand_in)

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[Session]:
        """Several statements on one connection, in one REPEATABLE READ snapshot."""
        async with self._pool.acquire() as conn, conn.transaction(isolation="repeatable_read"):
            yield PostgresSession(conn)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        """One READ COMMITTED transaction: COMMIT, or ROLLBACK when the body raises.

        Its body is async code that cannot be run again, so it is not SERIALIZABLE: each
        statement sees what is committed when it starts, and a conditional UPDATE (``… WHERE
        status = ?``) decides a race — the loser waits for the winner's row, then finds the
        condition false — instead of failing with a serialization error.
        """
        async with self._pool.acquire() as conn, conn.transaction():
            yield PostgresSession(conn)
