"""Micro-benchmark of SQLiteStorage on disk: ops/s of get_state, set_data, update_data.

Run: ``.venv/bin/python benchmarks/bench_storage.py [--ops N] [--tasks T] [--database-url URL]``
(``--database-url postgresql://…``: the same on an empty PostgreSQL database instead).
Sequential figures measure one call's latency; concurrent ones, throughput with T tasks
(as under a busy dispatcher). The last line feeds message updates through a real aiogram
Dispatcher whose handler reads the state and calls ``update_data`` (no Bot API calls).
Uses a temporary database file, removed afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiogram import Bot, Dispatcher
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import Chat, Message, Update, User

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


async def remember_text(message: Message, state: FSMContext) -> None:
    """Store the message's length in the sender's FSM data, as a questionnaire step would."""
    await state.update_data(last=len(message.text or ""))
    await state.set_state("Bench:step")


def message_update(index: int) -> Update:
    """A private text message from user number ``index``."""
    user_id = 10_000 + index % USERS
    user = User(id=user_id, is_bot=False, first_name="U")
    chat = Chat(id=user_id, type="private")
    message = Message(message_id=index, date=0, chat=chat, from_user=user, text="hello")
    return Update(update_id=index, message=message)


async def measure_dispatcher(db: Database, ops: int, tasks: int) -> None:
    """Feed ``ops`` updates through a Dispatcher using SQLiteStorage; print updates/s."""
    dispatcher = Dispatcher(storage=SQLiteStorage(db))
    dispatcher.message.register(remember_text)
    bot = Bot(token="42:benchmark")
    updates = [message_update(i) for i in range(ops)]
    try:
        await measure("dispatcher", ops, tasks, lambda i: dispatcher.feed_update(bot, updates[i]))
    finally:
        await bot.session.close()


async def run(ops: int, concurrency: int, url: str | None = None) -> None:
    """Benchmark each operation sequentially and with ``concurrency`` tasks."""
    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(url or Path(tmp) / "bench.sqlite3")
        print(f"database: {db.dialect}")
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
            for tasks in (1, concurrency):
                await measure_dispatcher(db, ops, tasks)
        finally:
            await db.close()


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ops", type=int, default=5000, help="operations per measurement")
    parser.add_argument("--tasks", type=int, default=50, help="concurrent tasks")
    parser.add_argument("--database-url", help="postgresql://… instead of an SQLite file")
    args = parser.parse_args()
    asyncio.run(run(args.ops, args.tasks, args.database_url))


if __name__ == "__main__":
    main()
