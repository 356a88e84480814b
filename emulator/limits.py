"""Telegram's flood limits, enforced when a test asks: 429 with ``retry_after`` past them.

Telegram documents three limits for bots: about 30 messages a second overall, one a second in a
private chat ("short bursts that go over this limit" are allowed), and 20 a minute in a group or
channel. Each is a token bucket here: ``burst`` tokens, refilled at ``count / period`` a second;
a message takes one, and with none left the call is refused with how long until one is back.
A refused call takes no token. Sends, edits, copies and forwards count; reading and answering
button presses do not.

Off by default, so the other tests are not paced: ``Emulator(rate_limits=True)``, or
``emu.rate_limits.enabled = True`` at any time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from emulator.errors import ApiError

COUNTED_METHODS = frozenset(
    {
        "sendmessage",
        "sendphoto",
        "senddocument",
        "sendmediagroup",
        "copymessage",
        "forwardmessage",
        "editmessagetext",
        "editmessagecaption",
        "editmessagereplymarkup",
    }
)


@dataclass(frozen=True)
class Rule:
    """At most ``count`` messages per ``period`` seconds, with bursts of up to ``burst``."""

    count: float
    period: float
    burst: float | None = None

    @property
    def rate(self) -> float:
        return self.count / self.period

    @property
    def capacity(self) -> float:
        return self.burst if self.burst is not None else self.count


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class RateLimits:
    """The three buckets and what they refused; ``check`` before each counted call."""

    enabled: bool = False
    overall: Rule = field(default_factory=lambda: Rule(30, 1.0))
    private: Rule = field(default_factory=lambda: Rule(1, 1.0, burst=3))
    group: Rule = field(default_factory=lambda: Rule(20, 60.0))
    clock: Callable[[], float] = time.monotonic
    refused: int = 0
    counted: int = 0
    _buckets: dict[object, _Bucket] = field(default_factory=dict)

    def check(self, method: str, chat_id: int, chat_type: str) -> None:
        """Take a token from the overall bucket and the chat's, or raise a 429."""
        if not self.enabled or method not in COUNTED_METHODS:
            return
        rule = self.private if chat_type == "private" else self.group
        now = self.clock()
        keys: list[tuple[object, Rule]] = [("overall", self.overall), (chat_id, rule)]
        waits = [self._wait(key, rule, now) for key, rule in keys]
        longest = max(waits)
        if longest > 0:
            self.refused += 1
            retry_after = max(1, math.ceil(longest))
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        for key, _ in keys:
            self._buckets[key].tokens -= 1
        self.counted += 1

    def _wait(self, key: object, rule: Rule, now: float) -> float:
        """Seconds until the bucket has a token (0 when it has one now), after refilling it."""
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(rule.capacity, now)
        bucket.tokens = min(rule.capacity, bucket.tokens + (now - bucket.stamp) * rule.rate)
        bucket.stamp = now
        return 0.0 if bucket.tokens >= 1 else (1 - bucket.tokens) / rule.rate

    def reset(self) -> None:
        """Forget what was sent: every bucket full again."""
        self._buckets.clear()
