"""Micro-benchmark of SQLiteStorage on disk: ops/s of get_state, set_data, update_data.

Run: ``.venv/bin/python benchmarks/bench_storage.py [--ops N] [--tasks T]``.
Sequential figures measure one call's latency; concurrent ones, throughput with T tasks
(as under a busy dispatcher). Uses a temporary database file, removed afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiogram.fsm.storage.base import StorageKey

from bot.storage import Database, SQLiteStorage

BOT_ID = 42
USERS = 1000


def storage_key(index: int) -> StorageKey:
    """A private-chat key for user number ``index``."""
    user_id = 10_000 + index % USERS
    return StorageKey(bot_id=BOT_ID, chat_id=user_id, user_id=user_id)


async def measure(
    name: str, ops: int, tasks: int, call: Callable[[int], Awaitable[object]]
) -> None:
    """Run ``call(i)`` for i in range(ops) split over ``tasks`` tasks; print ops/s."""

    async def worker(offset: int) -> None:
        for i in range(offset, ops, tasks):
            await call(i)

    started = time.perf_counter()
    await asyncio.gather(*(worker(offset) for offset in range(tasks)))
    elapsed = time.perf_counter() - started
    print(f"{name:<14} tasks={tasks:<4} {ops / elapsed:>10,.0f} ops/s  ({elapsed:.2f}s)")


async def run(ops: int, concurrency: int) -> None:
    """Benchmark each operation sequentially and with ``concurrency`` tasks."""
    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(Path(tmp) / "bench.sqlite3")
        storage = SQLiteStorage(db)
        payload = {"name": "Анна", "step": 3, "answers": {"q1": "да", "q2": [1, 2, 3]}}
        try:
            for tasks in (1, concurrency):
                await measure(
                    "set_state", ops, tasks, lambda i: storage.set_state(storage_key(i), "Q:s")
                )
                await measure("get_state", ops, tasks, lambda i: storage.get_state(storage_key(i)))
                await measure(
                    "set_data", ops, tasks, lambda i: storage.set_data(storage_key(i), payload)
                )
                await measure("get_data", ops, tasks, lambda i: storage.get_data(storage_key(i)))
                await measure(
                    "update_data",
                    ops,
                    tasks,
                    lambda i: storage.update_data(storage_key(i), {"step": i}),
                )
        finally:
            await db.close()


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ops", type=int, default=5000, help="operations per measurement")
    parser.add_argument("--tasks", type=int, default=50, help="concurrent tasks")
    args = parser.parse_args()
    asyncio.run(run(args.ops, args.tasks))


if __name__ == "__main__":
    main()
