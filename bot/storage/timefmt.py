"""ISO-8601 UTC text timestamps, as stored in every table.

One fixed-width format (microseconds, ``+00:00``) so that text comparison in SQL orders times
correctly (``next_attempt_at <= ?``).
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Return the current time in UTC (read at call time)."""
    return datetime.now(UTC)


def to_db(moment: datetime) -> str:
    """Format an aware datetime as fixed-width ISO-8601 UTC text; naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime; pass an aware datetime such as datetime.now(UTC)")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def now_db() -> str:
    """``to_db(utc_now())``: the current time as stored, without converting a time that is UTC
    already (every update's commit and FSM write stamps its rows)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def from_db(text: str) -> datetime:
    """Parse a stored timestamp back into an aware UTC datetime."""
    return datetime.fromisoformat(text)


def from_db_optional(text: str | None) -> datetime | None:
    """Parse a nullable stored timestamp."""
    return None if text is None else datetime.fromisoformat(text)
