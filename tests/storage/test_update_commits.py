"""Updates that finish at the same moment are committed together, one transaction for the group:
one failing update loses only its own effects and hears of it alone, and a crash before the
group's COMMIT loses every update of the group (each is delivered again, from its old state).
Telling a new update from a redelivered one costs no read of the table, in whatever order the
updates are taken."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from aiogram.fsm.storage.base import StorageKey

from bot.storage import Database, SQLiteStorage, ViewRepo, updates
from bot.storage.database import CHECKPOINT_AFTER
from bot.storage.migrations import MIGRATIONS
from bot.storage.updates import (
    KeptRow,
    ProcessedUpdateRepo,
    ReceivedUpdateRepo,
    UpdateUnit,
    current_unit,
)
from bot.storage.views import INSERT_VIEW
from tests.storage.conftest import INTEGRITY_ERRORS, count_trips, thread_held

ROOT = Path(__file__).resolve().parents[2]
BOT_ID = 42
ASKED_NAME = "Questionnaire:name"
POSTING = "backend-developer"


def key(user_id: int) -> StorageKey:
    return StorageKey(bot_id=BOT_ID, chat_id=user_id, user_id=user_id)


def nothing() -> None:
    """Nothing cached to drop."""


async def handled(
    db: Database, storage: SQLiteStorage, update_id: int, user_id: int, *, refused: bool = False
) -> UpdateUnit:
    """What handling a person's update leaves to commit: their next step in the questionnaire
    and a view of a posting; with ``refused``, a view the database refuses (it has no date)."""
    unit = UpdateUnit(update_id, db)
    token = current_unit.set(unit)
    try:
        await storage.set_state(key(user_id), ASKED_NAME)
        if refused:
            unit.add(INSERT_VIEW, (user_id, POSTING, None, None), nothing)
        else:
            await ViewRepo(db).record(user_id, POSTING)
    finally:
        current_unit.reset(token)
    return unit


async def views_of(db: Database, user_id: int) -> int:
    row = await db.fetchone("SELECT COUNT(*) FROM posting_views WHERE user_id = ?", (user_id,))
    assert row is not None
    return int(row[0])


async def test_one_refused_update_of_a_group_loses_only_its_own_effects(db: Database) -> None:
    storage = SQLiteStorage(db)
    repo = ProcessedUpdateRepo(db)
    anna = await handled(db, storage, 101, user_id=1)
    boris = await handled(db, storage, 102, user_id=2, refused=True)
    vera = await handled(db, storage, 103, user_id=3)

    outcomes = await asyncio.gather(
        repo.commit(anna), repo.commit(boris), repo.commit(vera), return_exceptions=True
    )

    assert outcomes[0] is None and outcomes[2] is None
    assert isinstance(outcomes[1], INTEGRITY_ERRORS)  # Boris's update alone hears of it
    assert await repo.seen(101) and await repo.seen(103)
    assert not await repo.seen(102)  # delivered again, and handled again from its old state
    fresh = SQLiteStorage(db)  # what the table holds, not this process's cache
    assert await fresh.get_state(key(1)) == ASKED_NAME
    assert await fresh.get_state(key(3)) == ASKED_NAME
    assert await fresh.get_state(key(2)) is None
    assert await storage.get_state(key(2)) is None  # and the cache does not pretend otherwise
    assert [await views_of(db, user) for user in (1, 2, 3)] == [1, 0, 1]


async def test_an_update_recorded_already_writes_none_of_its_effects_again(db: Database) -> None:
    """A second commit of the same update (its first delivery died after the database's commit,
    before Redis's; or another instance handled it) finds the record: its writes stand once."""
    storage = SQLiteStorage(db)
    repo = ProcessedUpdateRepo(db)
    await repo.commit(await handled(db, storage, 301, user_id=31), alone=True)
    await repo.commit(await handled(db, storage, 301, user_id=31), alone=True)
    await repo.commit(await handled(db, storage, 302, user_id=31))
    assert await views_of(db, 31) == 2
    assert await repo.seen(301) and await repo.seen(302)


async def test_updates_finishing_together_cost_one_trip_to_the_database(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = SQLiteStorage(sqlite_db)
    repo = ProcessedUpdateRepo(sqlite_db)
    units = [await handled(sqlite_db, storage, 200 + n, user_id=10 + n) for n in range(20)]
    trips = count_trips(sqlite_db, monkeypatch)
    await asyncio.gather(*(repo.commit(unit) for unit in units))
    monkeypatch.undo()

    assert trips[0] == 1  # one hop to the database's thread, one COMMIT, for all twenty
    for n in range(20):
        assert await repo.seen(200 + n)
        assert await SQLiteStorage(sqlite_db).get_state(key(10 + n)) == ASKED_NAME
        assert await views_of(sqlite_db, 10 + n) == 1


KILLED_BEFORE_THE_GROUP_COMMITS = """
import asyncio, os, signal, sys

from bot.storage import Database, SQLiteStorage
from bot.storage.updates import ProcessedUpdateRepo
from tests.storage.test_update_commits import handled


def die() -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return 0


async def main() -> None:
    db = await Database.open(sys.argv[1])
    await db._conn.create_function("die", 0, die)
    storage, repo = SQLiteStorage(db), ProcessedUpdateRepo(db)
    anna = await handled(db, storage, 301, user_id=1)
    boris = await handled(db, storage, 302, user_id=2)
    boris.add("SELECT die()", (), lambda: None)  # the process is killed inside the group
    await asyncio.gather(repo.commit(anna), repo.commit(boris))


asyncio.run(main())
"""


async def test_a_kill_before_the_group_commits_leaves_none_of_its_updates_recorded(
    db_path: Path,
) -> None:
    """Anna's update ran whole inside the group before the process was killed; the group never
    committed, so neither caller had gone on (neither update was confirmed to Telegram), and
    both come again to a database that holds nothing of them."""
    db = await Database.open(db_path)
    await db.close()
    script = textwrap.dedent(KILLED_BEFORE_THE_GROUP_COMMITS)
    killed = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-c", script, str(db_path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    db = await Database.open(db_path)  # the restart
    try:
        repo = ProcessedUpdateRepo(db)
        assert not await repo.seen(301)
        assert not await repo.seen(302)
        storage = SQLiteStorage(db)
        assert await storage.get_state(key(1)) is None  # Anna answers the same question again
        assert await storage.get_state(key(2)) is None
        assert await views_of(db, 1) == 0
    finally:
        await db.close()


async def test_a_group_whose_database_is_gone_fails_every_caller_and_keeps_working(
    sqlite_db: Database,
) -> None:
    """A connection that fails the whole job fails every update of the group; the next group
    goes on as usual."""
    storage = SQLiteStorage(sqlite_db)
    repo = ProcessedUpdateRepo(sqlite_db)
    connection = sqlite_db._conn
    execute = connection._execute

    async def broken(fn: Any, *args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("disk I/O error")

    units = [await handled(sqlite_db, storage, 400 + n, user_id=40 + n) for n in range(3)]

    def broken_here(fn: Any, *args: Any) -> Any:
        raise sqlite3.OperationalError("disk I/O error")

    run_here = connection.run_here
    connection._execute = broken  # type: ignore[method-assign]
    connection.run_here = broken_here  # type: ignore[method-assign]
    try:
        outcomes = await asyncio.gather(
            *(repo.commit(unit) for unit in units), return_exceptions=True
        )
    finally:
        connection._execute = execute  # type: ignore[method-assign]
        connection.run_here = run_here  # type: ignore[method-assign]
    assert all(isinstance(outcome, sqlite3.OperationalError) for outcome in outcomes)
    assert await storage.get_state(key(40)) is None  # the cache forgot what was never stored
    again = await handled(sqlite_db, storage, 400, user_id=40)  # Telegram delivers it again
    await repo.commit(again)
    assert await repo.seen(400)


async def test_updates_taken_out_of_order_need_no_read_to_be_known_as_new(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """People's updates are taken out of order (each waits for that person's previous one):
    every one of them is new, known without a trip to the database; a second delivery of one is
    read from the table, and is skipped only once its first was committed."""
    await sqlite_db.execute(
        "INSERT INTO processed_updates (update_id, processed_at) "
        "VALUES (100, '2026-01-01 00:00:00')"
    )
    repo = ProcessedUpdateRepo(sqlite_db)  # a restart: 100 was handled before it
    assert await repo.seen(100)
    handling = await handled(sqlite_db, SQLiteStorage(sqlite_db), 103, user_id=5)
    trips = count_trips(sqlite_db, monkeypatch)
    order = [105, 101, 110, 103, 102, 109, 104, 108, 106, 107]
    assert [await repo.seen(update_id) for update_id in order] == [False] * 10
    assert trips[0] == 0
    await repo.commit(handling)
    assert await repo.seen(103)  # delivered again after its commit: skipped
    assert not await repo.seen(104)  # again while the first was still being handled: not yet
    assert trips[0] == 2  # the two reads (the commit ran on the event loop's thread)


async def test_ids_taken_long_ago_are_read_from_the_table(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(updates, "TAKEN_KEPT", 3)
    repo = ProcessedUpdateRepo(sqlite_db)
    storage = SQLiteStorage(sqlite_db)
    for update_id in (7, 5, 6):
        assert not await repo.seen(update_id)
        await repo.commit(await handled(sqlite_db, storage, update_id, user_id=update_id))
    for update_id in (9, 8):  # 7 and 5 are forgotten: below the floor now
        assert not await repo.seen(update_id)
    trips = count_trips(sqlite_db, monkeypatch)
    assert await repo.seen(5) and await repo.seen(7) and await repo.seen(6)
    assert not await repo.seen(4)  # never handled: read, and new
    assert trips[0] == 4


async def test_writes_queued_together_go_in_order_into_the_unit_or_share_one_batch(
    db: Database,
) -> None:
    storage = SQLiteStorage(db)
    unit = UpdateUnit(9001, db)
    token = current_unit.set(unit)
    try:  # handling an update: queued in order, nothing sent yet
        await updates.queued_together(
            storage.update_data(key(7), {"step": 1}), storage.set_state(key(7), ASKED_NAME)
        )
    finally:
        current_unit.reset(token)
    assert len(unit.writes) == 1  # both wrote the whole row: its last write is kept
    assert await db.fetchone("SELECT 1 FROM fsm WHERE user_id = 7") is None
    await ProcessedUpdateRepo(db).commit(unit)
    row = await db.fetchone("SELECT state, data_json FROM fsm WHERE user_id = 7")
    assert row is not None and tuple(row) == (ASKED_NAME, '{"step":1}')

    async def refused() -> None:
        raise ValueError("refused")

    never = storage.set_state(key(8), ASKED_NAME)
    token = current_unit.set(UpdateUnit(9002, db))
    try:  # the first raises: the rest never runs (and is closed, not left unawaited)
        with pytest.raises(ValueError):
            await updates.queued_together(refused(), never)
    finally:
        current_unit.reset(token)
    assert never.cr_frame is None  # closed
    assert await storage.get_state(key(8)) is None

    # No update: both writes in one batch, committed by the time it returns.
    await updates.queued_together(
        storage.update_data(key(9), {"step": 2}), storage.set_state(key(9), ASKED_NAME)
    )
    fresh = SQLiteStorage(db)
    assert await fresh.get_state(key(9)) == ASKED_NAME
    assert await fresh.get_data(key(9)) == {"step": 2}


async def test_an_update_committed_while_the_thread_is_idle_costs_no_trip_to_it(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commit runs on the event loop's own thread, and is in the file before the caller
    goes on: another connection sees it."""
    storage, repo = SQLiteStorage(sqlite_db), ProcessedUpdateRepo(sqlite_db)
    unit = await handled(sqlite_db, storage, 500, user_id=50)
    trips = count_trips(sqlite_db, monkeypatch)
    await repo.commit(unit)
    assert trips[0] == 0
    other = sqlite3.connect(sqlite_db.path)
    try:
        row = other.execute("SELECT state FROM fsm WHERE user_id = 50").fetchone()
        assert row == (ASKED_NAME,)
        assert other.execute("SELECT 1 FROM processed_updates WHERE update_id = 500").fetchone()
    finally:
        other.close()


async def test_a_commit_never_overtakes_a_job_already_on_the_thread(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the thread has work, an update's commit queues behind it there: it neither uses
    the connection at the same time nor runs before a write handed over earlier."""
    await sqlite_db.execute("CREATE TABLE t (n INTEGER)")
    storage, repo = SQLiteStorage(sqlite_db), ProcessedUpdateRepo(sqlite_db)
    unit = await handled(sqlite_db, storage, 600, user_id=60)
    unit.add("INSERT INTO t VALUES (2)", (), nothing)
    trips = count_trips(sqlite_db, monkeypatch)
    async with thread_held(sqlite_db):  # the thread is using the connection
        earlier = asyncio.ensure_future(sqlite_db.execute("INSERT INTO t VALUES (1)"))
        commit = asyncio.ensure_future(repo.commit(unit))
        await asyncio.sleep(0.05)
        assert not commit.done()
    await asyncio.gather(earlier, commit)
    assert trips[0] == 3  # the hold, the earlier write and the commit

    # The thread between two jobs: taken, the connection not in use, a write waiting for it.
    started, release = threading.Event(), threading.Event()

    def between() -> None:
        started.set()
        release.wait(10)

    unit = await handled(sqlite_db, storage, 601, user_id=61)
    unit.add("INSERT INTO t VALUES (4)", (), nothing)
    sqlite_db._conn._tx.put_nowait((None, between))  # aiosqlite's own queue, as it runs jobs
    assert await asyncio.to_thread(started.wait, 10)
    earlier = asyncio.ensure_future(sqlite_db.execute("INSERT INTO t VALUES (3)"))
    commit = asyncio.ensure_future(repo.commit(unit))
    await asyncio.sleep(0.05)
    assert not commit.done()
    release.set()
    await asyncio.gather(earlier, commit)
    rows = await sqlite_db.fetchall("SELECT n FROM t ORDER BY rowid")
    assert [row[0] for row in rows] == [1, 2, 3, 4]


async def test_another_process_holding_the_write_lock_does_not_stall_the_loop(
    db_path: Path,
) -> None:
    """On the event loop's thread the commit meets the lock at once and goes to the database's
    thread, which waits for it (``busy_timeout``) while the loop serves everyone else."""
    db = await Database.open(db_path, busy_timeout_ms=3000)
    try:
        storage, repo = SQLiteStorage(db), ProcessedUpdateRepo(db)
        unit = await handled(db, storage, 700, user_id=70)
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        commit = asyncio.ensure_future(repo.commit(unit))
        gaps, last = [], asyncio.get_running_loop().time()
        for _ in range(30):
            await asyncio.sleep(0.01)
            now = asyncio.get_running_loop().time()
            gaps.append(now - last)
            last = now
        assert not commit.done()
        other.execute("COMMIT")
        other.close()
        await asyncio.wait_for(commit, 5)
        assert max(gaps) < 0.5  # the loop ran on; the lock was held for 0.3 s
        assert await repo.seen(700)
        assert await SQLiteStorage(db).get_state(key(70)) == ASKED_NAME
    finally:
        await db.close()


async def test_commits_on_the_loop_never_wait_for_a_checkpoint_yet_the_log_stays_short(
    sqlite_db: Database,
) -> None:
    """A commit on the event loop's thread waits for no lock and writes no checkpoint, and no
    commit is sent to the database's thread to checkpoint there: after ``CHECKPOINT_AFTER``
    commits, then as many as write about 1,000 pages, a checkpoint of its own goes there,
    awaited by none, and keeps the write-ahead log near its 1,000 pages."""
    settings: list[tuple[int, int]] = []

    def work(conn: sqlite3.Connection) -> None:
        busy = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        pages = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        settings.append((busy, pages))
        conn.execute(
            "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?)",
            (len(settings), "x" * 3000),
        )

    for _ in range(2 * CHECKPOINT_AFTER + 1):
        await sqlite_db.atomic_together(work)
        checkpoint = sqlite_db._conn._checkpointer
        if checkpoint is not None:  # started by this commit, which did not wait for it
            await checkpoint
    assert settings == [(0, 0)] * (2 * CHECKPOINT_AFTER + 1)
    for _ in range(20 * CHECKPOINT_AFTER):  # about 6,000 pages written, a few at a time
        await sqlite_db.atomic_together(work)
        await asyncio.sleep(0)
    wal = os.path.getsize(f"{sqlite_db.path}-wal")  # noqa: ASYNC240 — one stat, in a test
    assert wal < 2 * 1000 * 4096


async def test_a_commit_known_to_be_alone_gives_the_loop_no_turn(sqlite_db: Database) -> None:
    """The one update being handled commits at once; otherwise the loop first runs what is
    ready, so that updates finishing at this moment join the group."""
    loop = asyncio.get_running_loop()
    turns: list[str] = []

    def work(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, 'x')",
            (len(turns) + 800,),
        )

    loop.call_soon(turns.append, "alone")
    await sqlite_db.atomic_together(work, alone=True)
    assert turns == []
    await sqlite_db.atomic_together(work)
    assert turns == ["alone"]


async def test_small_work_runs_on_the_loop_while_the_thread_is_idle_and_bulk_work_never_does(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A candidate's application read and written (``small``) costs no trip to the database's
    thread when it has nothing to do; a job already there goes first; bulk work still goes
    there, so it never holds up the loop."""
    await sqlite_db.execute("CREATE TABLE t (n INTEGER)")
    ran_in: list[int] = []

    def write(n: int) -> Any:
        def work(conn: sqlite3.Connection) -> int:
            ran_in.append(threading.get_ident())
            conn.execute("INSERT INTO t VALUES (?)", (n,))
            return n

        return work

    def count(conn: sqlite3.Connection) -> int:
        ran_in.append(threading.get_ident())
        return int(conn.execute("SELECT COUNT(*) FROM t").fetchone()[0])

    trips = count_trips(sqlite_db, monkeypatch)
    assert await sqlite_db.atomic(write(1), small=True) == 1
    assert await sqlite_db.read(count, small=True) == 1
    assert trips[0] == 0 and ran_in == [threading.get_ident()] * 2
    assert await sqlite_db.atomic(write(2)) == 2  # not small: on the database's thread
    assert trips[0] == 1 and ran_in[-1] != threading.get_ident()

    async with thread_held(sqlite_db):
        earlier = asyncio.ensure_future(sqlite_db.execute("INSERT INTO t VALUES (3)"))
        small = asyncio.ensure_future(sqlite_db.atomic(write(4), small=True))
        await asyncio.sleep(0.05)
        assert not small.done()  # queued behind the job on the thread, not run beside it
    await asyncio.gather(earlier, small)
    rows = await sqlite_db.fetchall("SELECT n FROM t ORDER BY rowid")
    assert [row[0] for row in rows] == [1, 2, 3, 4]
    other = sqlite3.connect(sqlite_db.path)  # committed before the caller went on
    try:
        assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 4
    finally:
        other.close()


async def test_small_work_meeting_another_process_s_lock_waits_for_it_on_the_thread(
    db_path: Path,
) -> None:
    """On the loop's thread a small write meets the lock at once (nothing done) and goes to the
    database's thread, which waits for it while the loop serves everyone else."""
    db = await Database.open(db_path, busy_timeout_ms=3000)
    try:
        await db.execute("CREATE TABLE t (n INTEGER)")
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO t VALUES (1)")

        write = asyncio.ensure_future(db.atomic(work, small=True))
        await asyncio.sleep(0.2)
        assert not write.done()
        other.execute("COMMIT")
        other.close()
        await asyncio.wait_for(write, 5)
        rows = await db.fetchall("SELECT n FROM t")
        assert [row[0] for row in rows] == [1]
    finally:
        await db.close()


async def test_a_small_statement_runs_on_the_loop_while_the_thread_is_idle(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person's FSM row read the first time and an outbox lease renewed (``fetchone`` with
    ``small``) cost no trip to the database's thread; a write is committed before the caller
    goes on, though only its first row is returned."""
    await sqlite_db.execute("CREATE TABLE t (n INTEGER)")
    await sqlite_db.execute("INSERT INTO t VALUES (1), (2)")
    trips = count_trips(sqlite_db, monkeypatch)
    storage = SQLiteStorage(sqlite_db)
    assert await storage.get_state(key(90)) is None  # not cached yet: read from the table
    row = await sqlite_db.fetchone("UPDATE t SET n = n * 10 RETURNING n", small=True)
    assert row is not None and row[0] in (10, 20)
    assert trips[0] == 0
    other = sqlite3.connect(sqlite_db.path)
    try:
        assert sorted(r[0] for r in other.execute("SELECT n FROM t")) == [10, 20]
    finally:
        other.close()


async def test_recording_an_update_writes_one_page(sqlite_db: Database) -> None:
    """What marks an update handled costs its commit one page of the write-ahead log: the
    table's, with no index beside it to write too (the prune scans the table instead)."""
    repo = ProcessedUpdateRepo(sqlite_db)
    await repo.commit(UpdateUnit(1, sqlite_db), alone=True)  # the table's page exists
    assert await sqlite_db.checkpoint()  # the log is empty
    await repo.commit(UpdateUnit(2, sqlite_db), alone=True)
    log = os.path.getsize(f"{sqlite_db.path}-wal")  # noqa: ASYNC240 — one stat, in a test
    frames = (log - 32) // (24 + 4096)  # the log's header, then a header and a page each
    assert frames == 1
    assert await repo.seen(2)


async def test_a_row_written_twice_in_one_update_is_written_once(db: Database) -> None:
    """``update_data`` then ``set_state`` (a questionnaire's step): each writes the whole FSM row,
    so the unit keeps the last write of it only; the other statements stay, in their order."""
    storage = SQLiteStorage(db)
    repo = ProcessedUpdateRepo(db)
    unit = UpdateUnit(401, db)
    token = current_unit.set(unit)
    try:
        await storage.update_data(key(41), {"draft": {"index": 1}})
        await ViewRepo(db).record(41, POSTING)
        await storage.set_state(key(41), ASKED_NAME)
        await storage.update_data(key(42), {"draft": {"index": 2}})
    finally:
        current_unit.reset(token)
    assert len(unit.writes) == len(unit.on_failure) == 3  # a view and one row for each person
    assert unit.writes[0][0] == INSERT_VIEW
    await repo.commit(unit, alone=True)
    fresh = SQLiteStorage(db)
    assert await fresh.get_state(key(41)) == ASKED_NAME
    assert await fresh.get_data(key(41)) == {"draft": {"index": 1}}
    assert await fresh.get_data(key(42)) == {"draft": {"index": 2}}
    assert await views_of(db, 41) == 1


async def test_a_group_of_updates_runs_their_statements_between_one_begin_and_one_commit(
    sqlite_db: Database,
) -> None:
    """Three updates finishing together: one ``BEGIN``, each update's record and writes, one
    ``COMMIT`` — no statement per update to keep the others apart (one that fails rolls the
    group back, and each update commits again on its own: the refused-update test above)."""
    storage = SQLiteStorage(sqlite_db)
    repo = ProcessedUpdateRepo(sqlite_db)
    units = [await handled(sqlite_db, storage, 600 + n, user_id=60 + n) for n in range(3)]
    statements: list[str] = []
    sqlite_db._conn._conn.set_trace_callback(statements.append)
    try:
        await asyncio.gather(*(repo.commit(unit) for unit in units))
    finally:
        sqlite_db._conn._conn.set_trace_callback(None)
    words = [" ".join(s.split()[:3]) for s in statements if not s.startswith("PRAGMA")]
    assert words[0] == "BEGIN IMMEDIATE" and words[-1] == "COMMIT"
    assert len(words) == 2 + 3 * 3  # each update: its record, its FSM row, its view
    assert sum(w.startswith("INSERT INTO processed_updates") for w in words) == 3
    for n in range(3):
        assert await repo.seen(600 + n)
        assert await views_of(sqlite_db, 60 + n) == 1


async def test_a_kept_update_is_recorded_handled_in_its_own_row_one_page(
    sqlite_db: Database,
) -> None:
    """An update kept from getUpdates with its body becomes the record that it was handled:
    its commit clears the body in that row, one page of the write-ahead log (a table of kept
    updates apart cost a second page, its row's delete, beside the record's insert)."""
    received = ReceivedUpdateRepo(sqlite_db)
    repo = ProcessedUpdateRepo(sqlite_db)
    await repo.commit(UpdateUnit(1, sqlite_db), alone=True)  # the table's page exists
    await received.keep([(2, '{"update_id":2}')], [])
    assert await sqlite_db.checkpoint()  # the log is empty
    kept = KeptRow(2)
    await repo.commit(UpdateUnit(2, sqlite_db, kept=kept), alone=True)
    log = os.path.getsize(f"{sqlite_db.path}-wal")  # noqa: ASYNC240 — one stat, in a test
    assert (log - 32) // (24 + 4096) == 1
    assert kept.deleted
    assert await received.waiting() == []
    assert await repo.seen(2)


async def test_a_kept_update_is_new_until_handled_and_gone_when_its_handler_fails(
    db: Database,
) -> None:
    """A kept update (its body stored, not handled yet) is not taken for one handled, by a
    process that knows it or one that starts after it; a failed handler's commit forgets it
    unrecorded, and keeping an update handled already leaves its record as it is."""
    received = ReceivedUpdateRepo(db)
    await received.keep([(7, '{"update_id":7}'), (8, '{"update_id":8}')], [])
    assert not await ProcessedUpdateRepo(db).seen(7)
    assert not await ProcessedUpdateRepo(db).seen(8)
    repo = ProcessedUpdateRepo(db)
    await repo.commit(UpdateUnit(7, db, kept=KeptRow(7)), alone=True)
    await repo.commit(UpdateUnit(8, db, kept=KeptRow(8)), record=False, alone=True)
    assert await received.waiting() == []
    assert await ProcessedUpdateRepo(db).seen(7)
    assert not await ProcessedUpdateRepo(db).seen(8)
    await received.keep([(7, '{"update_id":7}')], [])  # Telegram sent it again
    assert await received.waiting() == []
    assert await ProcessedUpdateRepo(db).seen(7)


async def test_updates_kept_before_the_upgrade_to_one_row_are_still_handled(
    tmp_path: Path,
) -> None:
    """A database written before kept updates moved into ``processed_updates``: what its
    ``received_updates`` held is waiting after the upgrade, and what was handled stays so."""
    db_path = tmp_path / "bot.sqlite3"
    conn = sqlite3.connect(db_path)
    for statement in (s for migration in MIGRATIONS[:11] for s in migration):
        conn.execute(statement)
    conn.execute("INSERT INTO received_updates VALUES (5, '{\"update_id\":5}')")
    conn.execute("INSERT INTO received_updates VALUES (6, '{\"update_id\":6}')")
    conn.execute("INSERT INTO processed_updates VALUES (6, '2026-01-01 00:00:00')")
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()
    db = await Database.open(db_path)
    try:
        assert await ReceivedUpdateRepo(db).waiting() == [(5, '{"update_id":5}')]
        assert not await ProcessedUpdateRepo(db).seen(5)
        assert await ProcessedUpdateRepo(db).seen(6)
    finally:
        await db.close()
