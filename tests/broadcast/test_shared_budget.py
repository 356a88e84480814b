"""Telegram's overall limit is the bot's, not an instance's: with Redis, every instance takes its
overall tokens from one bucket there, so two instances together keep SEND_RATE, not twice it."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.pacing import SendBudget, SharedRate

KEY = "bot:send_budget:42"


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    try:
        yield client
    finally:
        await client.aclose()


async def test_two_instances_take_from_one_bucket(redis: Redis) -> None:
    """Five a minute between them: three here and two there, then neither gets a sixth."""
    one = SharedRate(redis, KEY, 5, 60.0)
    two = SharedRate(redis, KEY, 5, 60.0)
    taken = [await one.try_acquire() for _ in range(3)] + [await two.try_acquire() for _ in "ab"]
    assert taken == [0.0] * 5
    wait_one, wait_two = await one.try_acquire(), await two.try_acquire()
    assert 0 < wait_one <= 12.0 and 0 < wait_two <= 12.0  # the next token is 60/5 s away
    assert await SharedRate(redis, "bot:send_budget:other-bot", 5, 60.0).try_acquire() == 0.0


async def test_a_send_on_one_instance_uses_up_the_others_budget(redis: Redis) -> None:
    """One message a second for the bot: once instance A sent it, instance B waits (each with
    its own bucket, B would send at once)."""
    first, second = SendBudget(1), SendBudget(1)
    first.share(redis, KEY)
    second.share(redis, KEY)
    await first.for_person()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(second.for_person(), 0.3)
    await asyncio.wait_for(second.for_person(), 5.0)  # its turn comes in the next second


async def test_without_redis_an_instance_paces_alone_and_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gone = Redis.from_url(f"redis://127.0.0.1:{port}/0")
    budget = SendBudget(100)
    budget.share(gone, KEY)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.pacing"):
            for _ in range(3):
                await asyncio.wait_for(budget.for_person(), 10.0)  # sent all the same
    finally:
        await gone.aclose()
    said = [r.getMessage() for r in caplog.records if r.name == "bot.pacing"]
    assert said == ["send budget: Redis unreachable (ConnectionError); pacing alone"]


GROUP = -100_123_456


async def test_a_groups_twenty_a_minute_are_shared_by_the_instances(redis: Redis) -> None:
    """Telegram counts a group's messages whoever sends them: 18 a minute between the two
    instances (each with its own bucket, each would send 18)."""
    first, second = SendBudget(1000), SendBudget(1000)
    first.share(redis, KEY)
    second.share(redis, KEY)
    for budget in (first, second) * 9:
        await asyncio.wait_for(budget.for_queue(GROUP), 1.0)
    for budget in (first, second):
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(budget.for_queue(GROUP), 0.3)  # the next is 60/18 s away
    assert await redis.exists(f"{KEY}:chat:{GROUP}") == 1
    await asyncio.wait_for(first.for_queue(2024), 1.0)  # a person's bucket stays the process's
    assert await redis.exists(f"{KEY}:chat:2024") == 0


async def test_without_redis_a_groups_bucket_is_the_instances_own() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gone = Redis.from_url(f"redis://127.0.0.1:{port}/0")
    budget = SendBudget(1000)
    budget.share(gone, KEY)
    try:
        for _ in range(18):
            await asyncio.wait_for(budget.for_queue(GROUP), 5.0)  # sent all the same
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(budget.for_queue(GROUP), 0.3)  # and still 18 a minute
    finally:
        await gone.aclose()
