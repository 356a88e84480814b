"""Fixtures for the storage tests: a fresh on-disk database per test."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.storage import Database
from bot.storage.postgres import INTEGRITY_ERRORS as POSTGRES_INTEGRITY_ERRORS
from tests.conftest import new_postgres_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives (its parent does not exist yet)."""
    return tmp_path / "data" / "bot.sqlite3"


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_location(request: pytest.FixtureRequest, db_path: Path) -> Path | str:
    """Where a test's database lives: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "postgresql":
        return await new_postgres_database(request.getfixturevalue("postgres_cluster"))
    return db_path


@pytest.fixture
async def db(db_location: Path | str) -> AsyncIterator[Database]:
    """An open, migrated database, closed after the test: every test that takes it runs once on
    an SQLite file and once on a fresh PostgreSQL database."""
    database = await Database.open(db_location)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
async def sqlite_db(db_path: Path) -> AsyncIterator[Database]:
    """An open, migrated SQLite database, for what only SQLite has (pragmas, its file)."""
    database = await Database.open(db_path)
    try:
        yield database
    finally:
        await database.close()


INTEGRITY_ERRORS = (sqlite3.IntegrityError, *POSTGRES_INTEGRITY_ERRORS)
"""What a broken constraint raises, on either backend."""


@asynccontextmanager
async def thread_held(db: Database) -> AsyncIterator[None]:
    """Keep the database's thread busy until the block ends: every job handed to it meanwhile
    waits in its queue, and the event loop's thread may not use the connection either."""
    started, release = threading.Event(), threading.Event()

    def hold(conn: sqlite3.Connection) -> None:
        started.set()
        release.wait(10)

    holder = asyncio.ensure_future(db._conn._execute(hold, None))
    try:
        assert await asyncio.to_thread(started.wait, 10)
        yield
    finally:
        release.set()
        await holder


def count_trips(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the jobs sent to the database's thread from now on."""
    trips = [0]
    connection = db._conn
    execute = connection._execute

    async def counted(fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips[0] += 1
        return await execute(fn, *args, **kwargs)

    monkeypatch.setattr(connection, "_execute", counted)
    return trips
