"""What an update's commit costs on SQLite, warm and cold, and what each part of it adds.

Run: ``.venv/bin/python benchmarks/bench_commit.py [--rows N] [--commits C] [--rounds R]``.

A questionnaire answer's commit is ``BEGIN IMMEDIATE``, the update's record
(``processed_updates``), the person's FSM row and ``COMMIT`` (``ProcessedUpdateRepo.commit``).
Run back to back, the four cost ~17 µs of CPU; inside the bot, between two commits the handlers
run, and what SQLite reads (its code, the pages, the write-ahead log's index) is no longer in the
CPU's caches: the same statements then cost about three times as much. So each variant is timed
both ways: *warm* (commits one after the other) and *cold* (each after a pass over a list of
20 MB, as a handler's work evicts the caches), the variants taken in turn commit by commit, so
that each meets the machine's load as the others do. Beside the CPU times, a figure the
machine's load does not move: the pages each commit writes to the write-ahead log (each a
frame, two ``pwrite`` calls), counted from the log's size.

The database is the bot's own (``Database.open``: its pragmas and migrations) in a temporary
file, its ``fsm`` table holding ``--rows`` people with a questionnaire's draft (~1 KB) each.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.storage import Database
from bot.storage.database import BEGIN_IMMEDIATE, COMMIT
from bot.storage.fsm import UPSERT_ROW
from bot.storage.updates import RECORD_PROCESSED_COUNTED

BOT_ID = 4242
DRAFT = '{"posting":"bench-posting","draft":{"at":%d,"answers":"' + "я" * 450 + '"}}'
"""A draft as a questionnaire keeps it (~1 KB): every answer changes it (an unchanged row is
not written at all, SQLite compares the content)."""
STAMP = "2026-12-08T00:00:00.000000+00:00"
FRAME = 24 + 4096
"""A write-ahead log frame: its header and one page (the bot's page size)."""
HEADER = 32
ANSWERS = 8


class Commits:
    """The statements of an update's commit, in variants, on one connection."""

    def __init__(self, conn: sqlite3.Connection, rows: int) -> None:
        self.conn = conn
        self.rows = rows
        self.update_id = 10**9
        self.person = 0

    def next_person(self) -> int:
        """Whose row the commit writes: a person answers ``ANSWERS`` questions in a row, as the
        dispatcher benchmark's candidates do, then the next one (a row far from the last)."""
        self.person = (self.update_id // ANSWERS * 7) % self.rows
        return 100_000 + self.person

    def commit(self, *, record: bool, fsm: bool) -> None:
        conn = self.conn
        self.update_id += 1
        person = self.next_person()
        conn.execute(BEGIN_IMMEDIATE)
        if record:
            conn.execute(RECORD_PROCESSED_COUNTED, (self.update_id, STAMP))
        if fsm:
            draft = DRAFT % self.update_id
            row = (BOT_ID, person, person, 0, "", "default", "Screening:answering", draft, STAMP)
            conn.execute(UPSERT_ROW, row)
        conn.execute(COMMIT)


def fill(conn: sqlite3.Connection, rows: int) -> None:
    conn.execute(BEGIN_IMMEDIATE)
    for n in range(rows):
        person = 100_000 + n
        draft = DRAFT % 10**9  # as wide as every later one: a rewritten row keeps its size
        row = (BOT_ID, person, person, 0, "", "default", "Screening:answering", draft, STAMP)
        conn.execute(UPSERT_ROW, row)
    conn.execute(COMMIT)


JUNK = [str(n) * 3 for n in range(600_000)]


def evict() -> int:
    """Read a few MB scattered over 20 MB of Python objects, as a handler's work would."""
    total = 0
    for n in range(0, len(JUNK), 97):
        total += len(JUNK[n])
    return total


def timed(variants: list[Callable[[], None]], count: int, cold: bool) -> list[float]:
    """CPU µs per call of each of ``variants``, taken in turn call by call (so that each meets
    the machine as the others do); ``cold``: each call after ``evict``, which is not counted."""
    spent = [0] * len(variants)
    for _ in range(count):
        for at, step in enumerate(variants):
            if cold:
                evict()
            started = time.process_time_ns()
            step()
            spent[at] += time.process_time_ns() - started
    return [total / count / 1000 for total in spent]


def frames_per_commit(conn: sqlite3.Connection, wal: Path, step: Callable[[], None]) -> float:
    """Pages written to the write-ahead log per call of ``step``, from the log's size after an
    emptied log (the auto-checkpoint is off: nothing moves them out)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    count = 200
    for _ in range(count):
        step()
    frames = max(wal.stat().st_size - HEADER, 0) / FRAME
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return frames / count


async def main(rows: int, commits: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        db = await Database.open(path)
        try:
            conn: sqlite3.Connection = db._conn._conn  # the sqlite3 connection it owns
            fill(conn, rows)
            commits_of = Commits(conn, rows)
            variants: dict[str, Callable[[], None]] = {
                "BEGIN IMMEDIATE, record, FSM row, COMMIT (an answer's commit)": lambda: (
                    commits_of.commit(record=True, fsm=True)
                ),
                "BEGIN IMMEDIATE, FSM row, COMMIT (without the record)": lambda: commits_of.commit(
                    record=False, fsm=True
                ),
                "BEGIN IMMEDIATE, record, COMMIT (without the FSM row)": lambda: commits_of.commit(
                    record=True, fsm=False
                ),
                "BEGIN IMMEDIATE, COMMIT": lambda: commits_of.commit(record=False, fsm=False),
            }
            # As on the event loop's thread, where an update's commit runs: no checkpoint in
            # the commit (the database's thread makes them); the log is emptied between rounds.
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            steps = list(variants.values())
            timed(steps, 100, cold=False)  # warm-up: statements prepared, pages read
            warm: list[list[float]] = []
            cold: list[list[float]] = []
            for _ in range(rounds):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                warm.append(timed(steps, commits, cold=False))
                cold.append(timed(steps, commits, cold=True))
            wal = Path(f"{path}-wal")
            print(
                f"{rows} FSM rows; CPU µs per commit, median of {rounds} rounds of {commits}, "
                "the variants in turn (warm: one after the other; cold: each after a pass over "
                "20 MB)"
            )
            for at, (name, step) in enumerate(variants.items()):
                print(
                    f"  {name:<64} warm {statistics.median(r[at] for r in warm):5.1f}  "
                    f"cold {statistics.median(r[at] for r in cold):5.1f}  "
                    f"{frames_per_commit(conn, wal, step):.2f} log pages"
                )
        finally:
            await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000, help="people in the fsm table")
    parser.add_argument("--commits", type=int, default=300, help="per variant and round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.rows, args.commits, args.rounds))
