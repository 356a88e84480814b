"""Posting opens, for the funnel: views → distinct viewers → applications."""

from __future__ import annotations

from datetime import datetime

from bot.storage.database import Database
from bot.storage.models import Funnel
from bot.storage.timefmt import now_db, to_db
from bot.storage.updates import write_with_update

INSERT_VIEW = """
INSERT INTO posting_views (user_id, posting_slug, source, viewed_at) VALUES (?, ?, ?, ?)
"""

SELECT_SOURCE = """
SELECT source FROM posting_views
WHERE user_id = ? AND posting_slug = ? AND source IS NOT NULL
ORDER BY viewed_at, id LIMIT 1
"""

SELECT_FUNNEL = """
SELECT
    (SELECT COUNT(*) FROM posting_views WHERE posting_slug = ?1) AS views,
    (SELECT COUNT(DISTINCT user_id) FROM posting_views WHERE posting_slug = ?1) AS viewers,
    (SELECT COUNT(*) FROM applications WHERE posting_slug = ?1) AS applications
"""


class ViewRepo:
    """Record posting opens and count the funnel."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self,
        user_id: int,
        posting_slug: str,
        source: str | None = None,
        *,
        viewed_at: datetime | None = None,
    ) -> None:
        """Record that the person opened the posting (``source``: the deep-link tag, if any);
        inside an update, committed with the update's record: once, however often it comes."""
        await write_with_update(
            self._db,
            INSERT_VIEW,
            (user_id, posting_slug, source, now_db() if viewed_at is None else to_db(viewed_at)),
        )

    async def source_of(self, user_id: int, posting_slug: str) -> str | None:
        """The deep-link tag that first brought the person to the posting, if any."""
        row = await self._db.fetchone(SELECT_SOURCE, (user_id, posting_slug))
        return None if row is None else str(row["source"])

    async def funnel(self, posting_slug: str) -> Funnel:
        """Count views, distinct viewers and applications of one posting."""
        row = await self._db.fetchone(SELECT_FUNNEL, (posting_slug,))
        assert row is not None
        return Funnel(
            posting_slug=posting_slug,
            views=row["views"],
            viewers=row["viewers"],
            applications=row["applications"],
        )
