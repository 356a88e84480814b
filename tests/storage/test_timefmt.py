"""Stored timestamps: one fixed-width UTC form, however the moment was taken."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

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
