"""bench_dispatcher times the outbox worker's task apart from the updates it runs among."""

from __future__ import annotations

import asyncio
import time

import pytest

from benchmarks.bench_dispatcher import TaskClock

PAUSE = 0.2
"""What another task spends between the timed task's steps (a sleep: wall time, no CPU)."""


async def test_the_clock_counts_its_own_task_not_the_one_that_runs_between_its_steps() -> None:
    clock = TaskClock()
    ready = asyncio.Event()

    async def timed() -> str:
        ready.set()
        await asyncio.sleep(0)  # the other task runs now, outside this task's steps
        await asyncio.sleep(0)
        return "done"

    async def other() -> None:
        await ready.wait()
        time.sleep(PAUSE)  # noqa: ASYNC251 — it blocks the loop between the timed task's steps

    task = asyncio.create_task(clock.run(timed()))
    await asyncio.gather(task, other())
    assert task.result() == "done"
    cpu, wall = clock.read()
    assert 0 < wall < PAUSE * 1e9 / 2
    assert cpu <= wall * 2 + 5_000_000  # the sleep is no one's CPU either


async def test_the_timed_task_is_cancelled_and_raises_as_it_would_unwrapped() -> None:
    clock = TaskClock()
    cleaned = asyncio.Event()

    async def forever() -> None:
        try:
            await asyncio.Event().wait()
        finally:
            cleaned.set()

    async def fails() -> None:
        await asyncio.sleep(0)
        raise LookupError("gone")

    task = asyncio.create_task(clock.run(forever()))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cleaned.is_set()
    with pytest.raises(LookupError):
        await clock.run(fails())
