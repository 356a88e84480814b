"""One send budget for everything the bot says, kept under Telegram's flood limits.

Telegram refuses a bot past about 30 messages a second overall, one a second in a private chat
(after a short burst) and 20 a minute in a group or channel. ``SendBudget`` holds aiolimiter
token buckets for those: the overall one (``SEND_RATE``, 25 a second by default) is shared by
every send and edit of the bot — answers, HR summaries, broadcasts — and installed on the bot's
session as ``PacedRequests``, so nothing bypasses it. The per-chat buckets pace queued work
(broadcasts), where one chat may otherwise get several messages in a row; a person waiting for
an answer gets it at once, as Telegram tolerates short bursts in a chat.

People first: broadcasts go evenly at the rate, never in a burst, so the overall bucket stays
nearly empty and a person's answer finds a token at once; a broadcast takes one only when nobody
talking to the bot is waiting, and only one broadcast send waits in the bucket at a time. A 429
anywhere pauses every broadcast for its ``retry_after``; the refused answer itself is sent again
after the pause, and other people's answers go on (Telegram counts a chat's limit on its own).

Several instances (``REDIS_URL`` set) share Telegram's one overall limit: ``SharedRate`` keeps
that bucket in Redis (a GCRA token bucket in one Lua script, on Redis's clock), so two instances
together send at ``SEND_RATE``, not twice it. A group's or channel's bucket is Telegram's too (20 a
minute to that chat, whoever sends): it lives in Redis the same way, one key per chat. A person's
bucket stays in the process (one message a second, and Telegram tolerates bursts there). Without
Redis, or while Redis cannot be reached, the in-process buckets alone pace this instance.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from contextvars import ContextVar
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiolimiter import AsyncLimiter

log = logging.getLogger(__name__)

DEFAULT_RATE = 25.0
"""Messages a second, all chats together (Telegram allows about 30)."""
PRIVATE_RATE = (1, 1.0)
"""One message a second in a private chat."""
GROUP_RATE = (18, 60.0)
"""Telegram allows 20 a minute in a group or channel; two are kept in hand for HR's replies."""
PERSON_RETRY_MAX = 5
"""A person's answer refused with a 429 of at most this many seconds is sent again once."""
KEPT_CHATS = 10_000
"""Per-chat buckets kept (least recently used dropped): a dropped one is full when it returns."""

PACED_METHODS = frozenset(
    {
        "SendMessage",
        "SendPhoto",
        "SendDocument",
        "SendMediaGroup",
        "CopyMessage",
        "ForwardMessage",
        "EditMessageText",
        "EditMessageCaption",
        "EditMessageReplyMarkup",
    }
)
"""The calls Telegram counts against the limits."""

already_paced: ContextVar[bool] = ContextVar("already_paced", default=False)
"""True inside a broadcast send that took its tokens itself (``SendBudget.for_queue``)."""


# GCRA: the key holds the theoretical arrival time (ms, Redis's clock) of the next token. A take
# is granted when it is at most ``burst`` ms ahead of now, and moves it one ``interval`` on;
# otherwise the caller waits the returned number of ms and asks again.
_TAKE = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
if tat - now > burst then return math.ceil(tat - now - burst) end
redis.call('SET', KEYS[1], tostring(tat + interval), 'PX', math.ceil(tat + interval - now) + 1000)
return 0
"""


class SharedRate:
    """``rate`` takes per ``period`` seconds for every instance together, counted in Redis;
    the same ``acquire()`` as aiolimiter's. While Redis cannot be reached, ``fallback`` (this
    instance's own bucket) paces alone."""

    def __init__(
        self,
        redis: Any,
        key: str,
        rate: float,
        period: float = 1.0,
        *,
        fallback: AsyncLimiter | None = None,
    ) -> None:
        # Imported here: only a bot with REDIS_URL shares its budget, and redis takes a while
        # to import at start-up.
        from redis.exceptions import RedisError

        self._unreachable_errors: tuple[type[Exception], ...] = (RedisError, OSError)
        self._redis = redis
        self._key = key
        self.interval_ms = period * 1000.0 / rate
        # Up to ``rate`` at once after a quiet spell, as aiolimiter's bucket of the same size.
        self.burst_ms = self.interval_ms * (max(rate, 1.0) - 1)
        self._script = redis.register_script(_TAKE)
        self._fallback = fallback or AsyncLimiter(rate, period)
        self._unreachable = False

    async def try_acquire(self) -> float:
        """Take one if the shared bucket has it: 0.0; else the seconds to wait before asking
        again (nothing taken). Raises ``RedisError`` when Redis cannot be reached."""
        wait_ms = await self._script(keys=[self._key], args=[self.interval_ms, self.burst_ms])
        return int(wait_ms) / 1000.0

    async def acquire(self) -> None:
        """Wait for a take from the shared bucket (this instance's own while Redis is away)."""
        while True:
            try:
                wait = await self.try_acquire()
            except self._unreachable_errors as error:
                if not self._unreachable:
                    self._unreachable = True
                    name = type(error).__name__
                    log.warning("send budget: Redis unreachable (%s); pacing alone", name)
                await self._fallback.acquire()
                return
            if self._unreachable:
                self._unreachable = False
                log.info("send budget: Redis is back; shared with the other instances again")
            if wait <= 0:
                return
            await asyncio.sleep(wait)


class SendBudget:
    """The token buckets, the people waiting, and a pause after a 429."""

    def __init__(self, rate: float = DEFAULT_RATE) -> None:
        self.rate = rate
        self.overall: AsyncLimiter | SharedRate = AsyncLimiter(rate, 1.0)
        # Broadcasts go at the rate without bursting, so the overall bucket stays nearly empty
        # and a person's answer finds a token at once.
        self._smooth = AsyncLimiter(1, 1.0 / rate)
        self._chats: OrderedDict[int, AsyncLimiter | SharedRate] = OrderedDict()
        self._people_waiting = 0
        self._nobody_waiting = asyncio.Event()
        self._nobody_waiting.set()
        self._queue_turn = asyncio.Lock()
        self._paused_until = 0.0
        self.pauses = 0
        self._shared: tuple[Any, str] | None = None  # Redis and the bot's key, once shared

    def share(self, redis: Any, key: str) -> None:
        """Take the overall tokens, and each group's and channel's, from buckets in Redis
        shared by every instance of the bot (``key`` names them: one per bot), this instance's
        own only while Redis is away."""
        local = self.overall if isinstance(self.overall, AsyncLimiter) else None
        self.overall = SharedRate(redis, key, self.rate, fallback=local)
        self._shared = (redis, key)
        self._chats.clear()  # groups' buckets made from now on are the shared ones

    def chat(self, chat_id: int) -> AsyncLimiter | SharedRate:
        """The bucket of one chat: 1/s for a person, 18/min for a group or channel (in Redis,
        for every instance together, once shared)."""
        limiter = self._chats.get(chat_id)
        if limiter is None:
            rate = PRIVATE_RATE if chat_id > 0 else GROUP_RATE
            local = AsyncLimiter(*rate)
            limiter = local
            if chat_id < 0 and self._shared is not None:
                redis, key = self._shared
                limiter = SharedRate(redis, f"{key}:chat:{chat_id}", *rate, fallback=local)
            self._chats[chat_id] = limiter
            if len(self._chats) > KEPT_CHATS:
                self._chats.popitem(last=False)
        else:
            self._chats.move_to_end(chat_id)
        return limiter

    def pause(self, seconds: float) -> None:
        """Telegram said 429: no broadcast message goes for ``seconds``."""
        until = time.monotonic() + seconds
        if until > self._paused_until:
            self._paused_until = until
            self.pauses += 1

    async def _wait_pause(self) -> None:
        left = self._paused_until - time.monotonic()
        while left > 0:  # a later 429 may have moved the end of the pause
            await asyncio.sleep(left)
            left = self._paused_until - time.monotonic()

    async def for_person(self) -> None:
        """Take an overall token for a send someone is waiting for (ahead of broadcasts)."""
        self._people_waiting += 1
        self._nobody_waiting.clear()
        try:
            await self.overall.acquire()  # a 429 pauses broadcasts, never a person's answer
        finally:
            self._people_waiting -= 1
            if self._people_waiting == 0:
                self._nobody_waiting.set()

    async def for_queue(self, chat_id: int) -> None:
        """Take the chat's token and an overall one for a broadcast send, after any person."""
        await self.chat(chat_id).acquire()
        async with self._queue_turn:  # one broadcast send in the overall bucket at a time
            await self._wait_pause()
            await self._nobody_waiting.wait()
            await self._smooth.acquire()
            await self.overall.acquire()


class PacedRequests(BaseRequestMiddleware):
    """Every send and edit of the bot takes its token first; a 429 pauses the broadcasts.

    A send someone waits for that Telegram refuses with a short ``retry_after`` is sent once
    more after the pause, so the person still gets the answer; a broadcast's is left to the
    broadcaster, which puts it back in the queue."""

    def __init__(self, budget: SendBudget) -> None:
        self.budget = budget

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if type(method).__name__ not in PACED_METHODS:
            return await make_request(bot, method)
        queued = already_paced.get()
        if not queued:
            await self.budget.for_person()
        try:
            return await make_request(bot, method)
        except TelegramRetryAfter as error:
            self.budget.pause(float(error.retry_after))
            if queued or error.retry_after > PERSON_RETRY_MAX:
                raise
            wait = float(error.retry_after)
        await asyncio.sleep(wait)
        await self.budget.for_person()
        return await make_request(bot, method)
