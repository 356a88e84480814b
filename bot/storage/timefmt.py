"""ISO-8601 UTC text timestamps, as stored in every table.

One fixed-width format (microseconds, ``+00:00``) so that text comparison in SQL orders times
correctly (``next_attempt_at <= ?``).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

UTC_SUFFIX = "+00:00"


def utc_now() -> datetime:
    """Return the current time in UTC (read at call time)."""
    return datetime.now(UTC)


def to_db(moment: datetime) -> str:
    """Format an aware datetime as fixed-width ISO-8601 UTC text; naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime; pass an aware datetime such as datetime.now(UTC)")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


_head: tuple[int, str] = (-1, "")
"""The whole second ``now_db`` formatted last, and its text up to the seconds (one tuple,
replaced whole: a thread never sees one's second with the other's text)."""


def now_db() -> str:
    """``to_db(utc_now())``: the current time as stored (every update's commit and FSM write
    stamps its rows).

    Formatted from one reading of the clock, the date and time up to the second once per
    second: ``datetime.now(UTC).isoformat()`` formats the date and the offset every time, 3–4 µs
    against about 1 µs.
    """
    global _head
    second, micro = divmod(time.time_ns() // 1000, 1_000_000)
    formatted, head = _head
    if formatted != second:
        head = datetime.fromtimestamp(second, UTC).isoformat().removesuffix(UTC_SUFFIX)
        _head = (second, head)
    return f"{head}.{micro:06d}{UTC_SUFFIX}"


def from_db(text: str) -> datetime:
    """Parse a stored timestamp back into an aware UTC datetime."""
    return datetime.fromisoformat(text)


def from_db_optional(text: str | None) -> datetime | None:
    """Parse a nullable stored timestamp."""
    return None if text is None else datetime.fromisoformat(text)
