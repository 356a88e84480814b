"""Database: pragmas, migrations, transactions, concurrency."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import asyncpg
import pytest

from bot.storage import Database, DatabaseUnusableError, SchemaTooNewError
from bot.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.postgres import Cluster
from tests.storage.conftest import INTEGRITY_ERRORS, thread_held

EXPECTED_TABLES = {
    "candidates",
    "consents",
    "applications",
    "answers",
    "questions",
    "posting_views",
    "outbox",
    "fsm",
    "chat_migrations",
    "channel_posts",
    "subscriptions",
    "broadcasts",
    "broadcast_items",
    "scheduled_runs",
}


async def test_open_creates_parent_dir_and_migrates_from_empty(db_path: Path) -> None:
    assert not await asyncio.to_thread(db_path.parent.exists)
    db = await Database.open(db_path)
    try:
        assert await asyncio.to_thread(db_path.exists)
        assert await db.schema_version() == SCHEMA_VERSION == len(MIGRATIONS) >= 1
        rows = await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
        assert {row["name"] for row in rows} >= EXPECTED_TABLES
    finally:
        await db.close()


async def test_reopen_is_idempotent(db_path: Path) -> None:
    db = await Database.open(db_path)
    await db.execute(
        "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (1, 's', 't')"
    )
    await db.close()

    db = await Database.open(db_path)
    try:
        assert await db.schema_version() == SCHEMA_VERSION
        row = await db.fetchone("SELECT COUNT(*) FROM posting_views")
        assert row is not None and row[0] == 1
    finally:
        await db.close()


async def test_pragmas_wal_foreign_keys_synchronous(sqlite_db: Database) -> None:
    journal = await sqlite_db.fetchone("PRAGMA journal_mode")
    foreign_keys = await sqlite_db.fetchone("PRAGMA foreign_keys")
    synchronous = await sqlite_db.fetchone("PRAGMA synchronous")
    busy = await sqlite_db.fetchone("PRAGMA busy_timeout")
    assert journal is not None and journal[0] == "wal"
    assert foreign_keys is not None and foreign_keys[0] == 1
    assert synchronous is not None and synchronous[0] == 1  # NORMAL
    assert busy is not None and busy[0] > 0
    # Erased rows are zeroed in the file. (Debian's SQLite is built with it on by default;
    # python.org's and macOS's are not, hence the explicit pragma.)
    secure_delete = await sqlite_db.fetchone("PRAGMA secure_delete")
    assert secure_delete is not None and secure_delete[0] == 1


async def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(INTEGRITY_ERRORS):
        await db.execute(
            "INSERT INTO answers (application_id, position, question_id, question_text,"
            " answer_text, value_json) VALUES (999, 0, 'q', 'q', 'a', '1')"
        )


async def test_rows_are_sqlite_rows(sqlite_db: Database) -> None:
    row = await sqlite_db.fetchone("SELECT 1 AS one")
    assert isinstance(row, sqlite3.Row)
    assert row["one"] == 1


async def test_schema_from_newer_code_is_refused(db_path: Path) -> None:
    db = await Database.open(db_path)
    await db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    await db.close()
    with pytest.raises(SchemaTooNewError):
        await Database.open(db_path)


async def test_transaction_commits(db: Database) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (1, 's', 't')"
        )
        await tx.execute(
            "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (2, 's', 't')"
        )
    row = await db.fetchone("SELECT COUNT(*) FROM posting_views")
    assert row is not None and row[0] == 2


async def test_transaction_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(ZeroDivisionError):
        async with db.transaction() as tx:
            await tx.execute(
                "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (1, 's', 't')"
            )
            _ = 1 / 0
    row = await db.fetchone("SELECT COUNT(*) FROM posting_views")
    assert row is not None and row[0] == 0
    # The connection is usable and no transaction is left open.
    await db.execute(
        "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (3, 's', 't')"
    )
    await db.close()
    db2 = await Database.open(db.path)
    try:
        row = await db2.fetchone("SELECT COUNT(*) FROM posting_views")
        assert row is not None and row[0] == 1
    finally:
        await db2.close()


async def test_using_database_inside_own_transaction_raises(sqlite_db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with sqlite_db.transaction():
            await sqlite_db.fetchone("SELECT 1")
    with pytest.raises(RuntimeError):
        async with sqlite_db.transaction(), sqlite_db.transaction():
            pass


async def test_other_tasks_statements_do_not_join_a_rolled_back_transaction(
    db: Database,
) -> None:
    started = asyncio.Event()
    release = asyncio.Event()

    async def failing_transaction() -> None:
        with pytest.raises(ValueError):
            async with db.transaction() as tx:
                await tx.execute(
                    "INSERT INTO posting_views (user_id, posting_slug, viewed_at)"
                    " VALUES (1, 'tx', 't')"
                )
                started.set()
                await release.wait()
                raise ValueError("abort")

    async def outsider() -> None:
        await started.wait()
        await db.execute(
            "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (2, 'out', 't')"
        )

    tasks = [asyncio.create_task(failing_transaction()), asyncio.create_task(outsider())]
    await started.wait()
    await asyncio.sleep(0.01)  # the outsider is now waiting for the transaction
    release.set()
    await asyncio.gather(*tasks)
    rows = await db.fetchall("SELECT posting_slug FROM posting_views")
    assert [row[0] for row in rows] == ["out"]


async def test_cancelled_transaction_leaves_no_open_transaction(db: Database) -> None:
    entered = asyncio.Event()

    async def body() -> None:
        async with db.transaction() as tx:
            await tx.execute(
                "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (1, 's', 't')"
            )
            entered.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(body())
    await entered.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await db.execute(
        "INSERT INTO posting_views (user_id, posting_slug, viewed_at) VALUES (2, 's', 't')"
    )
    rows = await db.fetchall("SELECT user_id FROM posting_views")
    assert [row[0] for row in rows] == [2]


async def test_concurrent_writes_from_many_tasks(db: Database) -> None:
    async def writer(worker: int) -> None:
        for i in range(25):
            if i % 5 == 0:
                async with db.transaction() as tx:
                    await tx.execute(
                        "INSERT INTO posting_views (user_id, posting_slug, viewed_at)"
                        " VALUES (?, 'tx', 't')",
                        (worker,),
                    )
                    await tx.execute(
                        "INSERT INTO posting_views (user_id, posting_slug, viewed_at)"
                        " VALUES (?, 'tx', 't')",
                        (worker,),
                    )
            else:
                await db.execute(
                    "INSERT INTO posting_views (user_id, posting_slug, viewed_at)"
                    " VALUES (?, 'single', 't')",
                    (worker,),
                )

    await asyncio.gather(*(writer(worker) for worker in range(40)))
    rows = await db.fetchall(
        "SELECT posting_slug, COUNT(*) FROM posting_views GROUP BY posting_slug ORDER BY 1"
    )
    assert [tuple(row) for row in rows] == [("single", 40 * 20), ("tx", 40 * 5 * 2)]
    if db.dialect == "sqlite":
        check = await db.fetchone("PRAGMA integrity_check")
        assert check is not None and check[0] == "ok"


async def test_close_is_idempotent_and_closes(db_path: Path) -> None:
    db = await Database.open(db_path)
    await db.close()
    await db.close()
    with pytest.raises(ValueError):
        await db.fetchone("SELECT 1")


def make_read_only(path: Path) -> None:
    """Read-only for the bot even when the tests run as root (who ignores the mode bits)."""
    path.chmod(0o444)
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)


def make_writable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    path.chmod(0o644)


async def test_a_read_only_database_is_refused_at_open_in_words(db_path: Path) -> None:
    database = await Database.open(db_path)
    await database.close()
    make_read_only(db_path)
    try:
        with pytest.raises(DatabaseUnusableError) as refused:
            await Database.open(db_path)
        assert str(refused.value) == (
            f"{db_path} is read-only: the bot must be able to write it and its folder"
        )
    finally:
        make_writable(db_path)
    reopened = await Database.open(db_path)  # writable again: it opens
    await reopened.close()


def write_junk(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database at all" * 100)


def remove_database_files(path: Path) -> None:
    """``rm data/bot.sqlite3*`` while the bot runs: the file and its -wal and -shm."""
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()


async def test_a_file_that_is_not_a_database_is_refused_in_words(db_path: Path) -> None:
    write_junk(db_path)
    with pytest.raises(DatabaseUnusableError, match="is not an SQLite database"):
        await Database.open(db_path)


async def test_a_database_deleted_while_running_is_written_back_with_everything(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = await Database.open(db_path)
    try:
        await database.execute("CREATE TABLE t (x TEXT)")
        await database.execute("INSERT INTO t VALUES ('before')")
        remove_database_files(db_path)
        assert not database.file_is_there()
        await database.execute("INSERT INTO t VALUES ('meanwhile')")  # goes to the open file
        await database.atomic(lambda conn: conn.execute("INSERT INTO t VALUES ('after')"))
        assert database.restored == 1 and database.file_is_there()
        assert "was deleted while the bot ran" in caplog.text
        await database.execute("INSERT INTO t VALUES ('later')")
    finally:
        await database.close()
    reopened = await Database.open(db_path)  # what a restart finds
    try:
        rows = await reopened.fetchall("SELECT x FROM t")
        assert [row["x"] for row in rows] == ["before", "meanwhile", "after", "later"]
    finally:
        await reopened.close()


async def test_a_deleted_database_is_read_from_the_open_file_and_written_back_at_a_write(
    db_path: Path,
) -> None:
    database = await Database.open(db_path)
    try:
        await database.execute("CREATE TABLE t (x TEXT)")
        await database.execute("INSERT INTO t VALUES ('before')")
        remove_database_files(db_path)
        read = await database.read(lambda conn: conn.execute("SELECT x FROM t").fetchall())
        assert [row["x"] for row in read] == ["before"] and database.restored == 0
        await database.atomic(lambda conn: conn.execute("INSERT INTO t VALUES ('after')"))
        assert database.restored == 1 and database.file_is_there()
    finally:
        await database.close()


async def test_a_file_moved_in_place_of_the_database_is_reported_and_left_alone(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = await Database.open(db_path)
    try:
        await database.execute("CREATE TABLE t (x TEXT)")
        await database.execute("INSERT INTO t VALUES ('ours')")
        other = db_path.with_name("restored.sqlite3")
        other.write_bytes(b"")  # e.g. a backup moved over it (mv backup data/bot.sqlite3)
        other.replace(db_path)
        await database.atomic(lambda conn: conn.execute("INSERT INTO t VALUES ('still ours')"))
        assert await database.ensure_file() is False  # the bot's watch
        assert "was replaced while the bot ran" in caplog.text
        rows = await database.fetchall("SELECT x FROM t")
        assert [row["x"] for row in rows] == ["ours", "still ours"]
        assert database.restored == 0  # not written back over it
    finally:
        await database.close()


async def test_atomic_work_commits_as_one_unit_or_not_at_all(db: Database) -> None:
    await db.execute("CREATE TABLE t (x INTEGER)")

    def two_rows(conn: sqlite3.Connection) -> int:
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("INSERT INTO t VALUES (2)")
        return 2

    def fails_halfway(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO t VALUES (3)")
        raise ValueError("halfway")

    assert await db.atomic(two_rows) == 2
    with pytest.raises(ValueError, match="halfway"):
        await db.atomic(fails_halfway)
    await db.execute("INSERT INTO t VALUES (4)")  # autocommits: no transaction was left open
    rows = await db.fetchall("SELECT x FROM t ORDER BY x")
    assert [row["x"] for row in rows] == [1, 2, 4]


async def test_concurrent_atomic_jobs_and_statements_never_interleave(sqlite_db: Database) -> None:
    await sqlite_db.execute("CREATE TABLE pairs (k INTEGER, side TEXT)")

    def pair(k: int) -> Callable[[sqlite3.Connection], None]:
        def work(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO pairs VALUES (?, 'a')", (k,))
            seen = conn.execute("SELECT COUNT(*) FROM pairs WHERE side = 'solo'").fetchone()[0]
            conn.execute("INSERT INTO pairs VALUES (?, ?)", (k, f"b{seen}"))

        return work

    await asyncio.gather(
        *(sqlite_db.atomic(pair(k)) for k in range(50)),
        *(sqlite_db.execute("INSERT INTO pairs VALUES (?, 'solo')", (k,)) for k in range(50)),
    )
    rows = await sqlite_db.fetchall(
        "SELECT k, side FROM pairs WHERE side != 'solo' ORDER BY rowid"
    )
    for first, second in zip(rows[::2], rows[1::2], strict=True):
        assert first["k"] == second["k"] and first["side"] == "a"  # nothing slipped in between
    assert len(await sqlite_db.fetchall("SELECT 1 FROM pairs WHERE side = 'solo'")) == 50


async def test_an_atomic_job_whose_caller_is_cancelled_still_commits_whole(db: Database) -> None:
    await db.execute("CREATE TABLE t (x INTEGER)")
    inside = threading.Event()

    def slow(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO t VALUES (1)")
        inside.set()
        time.sleep(0.1)
        conn.execute("INSERT INTO t VALUES (2)")

    job = asyncio.create_task(db.atomic(slow))
    assert await asyncio.to_thread(inside.wait, 10)
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job
    await db.execute("INSERT INTO t VALUES (3)")  # the database goes on working
    for _ in range(100):
        rows = [row[0] for row in await db.fetchall("SELECT x FROM t ORDER BY x")]
        if rows != [3]:
            break
        await asyncio.sleep(0.02)
    assert rows == [1, 2, 3]  # the work finished as one unit, never half


async def test_a_postgresql_schema_from_newer_code_is_refused(postgres_url: str) -> None:
    db = await Database.open(postgres_url)
    await db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    await db.close()
    with pytest.raises(SchemaTooNewError):
        await Database.open(postgres_url)


async def test_a_postgresql_user_who_may_not_create_tables_is_refused_in_words(
    postgres_cluster: Cluster,
) -> None:
    name = f"empty_{uuid.uuid4().hex}"
    admin = await asyncpg.connect(postgres_cluster.url())
    try:  # an empty database, and a user without the right to create tables in it
        await admin.execute(f"CREATE DATABASE {name}")
        await admin.execute(f"CREATE ROLE {name} LOGIN")
    finally:
        await admin.close()
    url = postgres_cluster.url(name).replace("postgres@", f"{name}@", 1)
    with pytest.raises(DatabaseUnusableError, match="cannot be migrated") as refused:
        await Database.open(url)
    assert "permission denied" in str(refused.value)


async def test_a_cancelled_caller_of_a_group_leaves_the_others_their_outcome(
    sqlite_db: Database,
) -> None:
    """Three commits that finish together go as one group; the first caller is cancelled while
    the group is on the database's thread: the other two still hear that theirs committed."""
    await sqlite_db.execute("CREATE TABLE t (x INTEGER)")
    inside = threading.Event()

    def slow(x: int) -> Callable[[sqlite3.Connection], int]:
        def work(conn: sqlite3.Connection) -> int:
            conn.execute("INSERT INTO t VALUES (?)", (x,))
            inside.set()
            time.sleep(0.05)
            return x

        return work

    async with thread_held(sqlite_db):  # the group goes to the thread, behind this
        jobs = [asyncio.create_task(sqlite_db.atomic_together(slow(x))) for x in (1, 2, 3)]
        await asyncio.sleep(0.05)
    assert await asyncio.to_thread(inside.wait, 10)
    jobs[0].cancel()
    outcomes = await asyncio.gather(*jobs, return_exceptions=True)
    assert isinstance(outcomes[0], asyncio.CancelledError)
    assert outcomes[1:] == [2, 3]
    rows = [row[0] for row in await sqlite_db.fetchall("SELECT x FROM t ORDER BY x")]
    assert rows == [1, 2, 3]  # the cancelled caller's work went on, as atomic's does
