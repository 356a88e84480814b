"""``PersonLocks``: one person's updates one at a time, and no lock kept for people who left."""

from __future__ import annotations

import asyncio

import pytest
from aiogram.fsm.storage.base import StorageKey

from bot.updates import PersonLocks
from tests.conftest import SAMPLES, MakeHarness
from tests.dispatcher.test_questionnaire import BACKEND, open_and_consent


def key(user_id: int) -> StorageKey:
    return StorageKey(bot_id=1, chat_id=user_id, user_id=user_id)


async def test_one_persons_updates_wait_for_each_other_and_others_do_not() -> None:
    locks = PersonLocks()
    seen: list[str] = []
    release = asyncio.Event()

    async def hold(user_id: int, name: str, wait: bool) -> None:
        async with locks.lock(key(user_id)):
            seen.append(f"{name} in")
            if wait:
                await release.wait()
            seen.append(f"{name} out")

    first = asyncio.create_task(hold(1, "first", wait=True))
    await asyncio.sleep(0)
    second = asyncio.create_task(hold(1, "second", wait=False))
    other = asyncio.create_task(hold(2, "other", wait=False))
    await asyncio.sleep(0.01)
    assert seen == ["first in", "other in", "other out"]  # the second waits for the first
    assert locks.held == 1  # the other person's lock is gone already
    release.set()
    await asyncio.gather(first, second, other)
    assert seen[3:] == ["first out", "second in", "second out"]
    assert locks.held == 0


async def test_a_wait_cancelled_leaves_the_lock_to_the_others() -> None:
    locks = PersonLocks()
    release = asyncio.Event()

    async def hold() -> None:
        async with locks.lock(key(1)):
            await release.wait()

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)
    waiter = asyncio.create_task(hold())
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert locks.held == 1  # still held by the first
    release.set()
    await holder
    assert locks.held == 0
    async with locks.lock(key(1)):  # and it is taken again at once
        assert locks.held == 1


async def test_the_bot_keeps_no_lock_of_a_person_between_updates(
    make_harness: MakeHarness,
) -> None:
    bot = await make_harness(SAMPLES)
    isolation = bot.dp.fsm.events_isolation
    assert isinstance(isolation, PersonLocks)
    for user_id in range(2600, 2605):
        await open_and_consent(bot.chat(user_id=user_id), BACKEND)
    chat = bot.chat(user_id=2610)
    await open_and_consent(chat, BACKEND)
    await asyncio.gather(*(chat.send(f"ответ {n}") for n in range(3)))
    assert isolation.held == 0
