"""Per-update concerns only: the user's language, a per-person flood limit, and making sure
every pressed button stops spinning."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, Message, TelegramObject, User

from bot.locales import pick_locale, t

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


# A person types, reads and taps: 30 updates in a burst, then one every two seconds, is far
# beyond that. A script is not: past the limit its updates are dropped, with one polite note.
FLOOD_BURST = 30
FLOOD_PERIOD = 60.0
FLOOD_PEOPLE = 10_000  # buckets kept; the least recently seen person's is forgotten first


class Bucket:
    """A leaky bucket of ``size`` that drains ``size`` per ``period`` seconds: aiolimiter's
    ``AsyncLimiter`` as a person's flood limit uses it (``has_capacity``, then ``acquire``,
    which never waits when there is capacity), without a coroutine per update."""

    __slots__ = ("_last", "_level", "_rate", "size")

    def __init__(self, size: float, period: float) -> None:
        self.size = size
        self._rate = size / period
        self._level = 0.0
        self._last = 0.0

    def take(self, now: float) -> bool:
        """Drain what ``now`` allows, then take one unit if it fits; False when it does not."""
        if self._level:
            self._level = max(self._level - (now - self._last) * self._rate, 0.0)
        self._last = now
        if self._level + 1 > self.size:
            return False
        self._level += 1
        return True


class FloodLimit:
    """Drop a person's messages and button presses past a rate (one leaky bucket each),
    telling them once per flood to slow down. Group chats (HR) are not limited: there nobody
    is answered in private, and a reply there must never be lost."""

    def __init__(
        self, burst: int = FLOOD_BURST, period: float = FLOOD_PERIOD, people: int = FLOOD_PEOPLE
    ) -> None:
        self.burst = burst
        self.period = period
        self.people = people
        self._buckets: OrderedDict[int, Bucket] = OrderedDict()
        self._warned: set[int] = set()

    def _bucket(self, user_id: int) -> Bucket:
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = Bucket(self.burst, self.period)
            if len(self._buckets) > self.people:
                forgotten, _ = self._buckets.popitem(last=False)
                self._warned.discard(forgotten)
        else:
            self._buckets.move_to_end(user_id)
        return bucket

    def admits(self, event: TelegramObject, user: User) -> bool:
        """Whether ``user``'s ``event`` is within the limit (one unit of their bucket taken)."""
        if isinstance(event, Message) and event.chat.type != "private":
            return True
        # The clock of asyncio's loop, read without asking for the loop (a system call).
        if self._bucket(user.id).take(time.monotonic()):
            self._warned.discard(user.id)
            return True
        return False

    async def refuse(self, event: TelegramObject, user: User, locale: str) -> None:
        """Tell ``user`` to slow down: a press every time (its spinner stops), a message once
        per flood."""
        text = t(locale, "limits.flood")
        if isinstance(event, CallbackQuery):
            with suppress(TelegramAPIError):
                await event.answer(text)
        elif isinstance(event, Message) and user.id not in self._warned:
            self._warned.add(user.id)
            with suppress(TelegramAPIError):
                await event.answer(text)


class PersonMiddleware(BaseMiddleware):
    """The per-person concerns of a message or a press, in one pass:

    1. ``locale`` ("ru" or "en") into handler data from the user's ``language_code``;
    2. with ``flood``, the flood limit (``FloodLimit``), its notice in that language;
    3. a button press whose handler failed, or that no handler took, is answered so that its
       spinner stops (a handler that answered already makes the second answer fail on
       Telegram's side, which is ignored).

    One middleware instead of three: aiogram wraps every outer middleware of an observer
    around the rest of the walk, a call and a ``partial`` each per update.
    """

    def __init__(self, default: str, flood: FloodLimit | None = None) -> None:
        self.default = default
        self.flood = flood

    async def __call__(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        locale = data["locale"] = pick_locale(user.language_code if user else None, self.default)
        flood = self.flood
        if flood is not None and user is not None and not flood.admits(event, user):
            await flood.refuse(event, user, locale)
            return UNHANDLED
        if not isinstance(event, CallbackQuery):
            return await handler(event, data)
        try:
            result = await handler(event, data)
        except Exception:
            with suppress(TelegramAPIError):
                await event.answer(t(locale, "browse.error"))
            raise
        if result is UNHANDLED:
            with suppress(TelegramAPIError):
                await event.answer(t(locale, "browse.gone_button"))
        return result
