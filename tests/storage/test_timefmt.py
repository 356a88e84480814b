"""Stored timestamps: one fixed-width UTC form, however the moment was taken."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.storage.timefmt import from_db, now_db, to_db


def test_now_is_stored_as_to_db_stores_it() -> None:
    before = datetime.now(UTC)
    stamp = now_db()
    after = datetime.now(UTC)
    assert before <= from_db(stamp) <= after
    assert to_db(from_db(stamp)) == stamp  # the same fixed-width text
    assert len(stamp) == len(to_db(datetime(2026, 1, 1, tzinfo=UTC)))


def test_another_zone_is_stored_in_utc() -> None:
    moscow = datetime(2026, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    assert to_db(moscow) == "2026-01-01T09:00:00.000000+00:00"


def test_now_is_formatted_as_to_db_formats_it_at_every_microsecond(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The date and time up to the second are kept from one call to the next: a new second,
    a new minute or day, and the edges of a second are each formatted as ``to_db`` does."""
    moments = [
        datetime(2026, 12, 31, 23, 59, 58, 999_999, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 59, 59, 0, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 59, 59, 123_456, tzinfo=UTC),
        datetime(2027, 1, 1, 0, 0, 0, 7, tzinfo=UTC),
        datetime(2027, 1, 1, 0, 0, 0, 999_999, tzinfo=UTC),
    ]
    for moment in moments:
        nanoseconds = round(moment.timestamp() * 1_000_000) * 1000 + 999  # below a µs: dropped
        monkeypatch.setattr(time, "time_ns", lambda n=nanoseconds: n)
        assert now_db() == to_db(moment)
