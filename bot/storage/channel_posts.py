"""Vacancies published to channels: one row per post, so later changes can edit it in place.

Several instances check the posts on their timers; an edit is made by the one that ``claim``s
the post: only while it still reads as that instance saw it (its hash), and for a lease, so two
instances never edit (or close) one post twice. The edit's record releases the claim.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from bot.storage.database import Database
from bot.storage.models import ChannelPost
from bot.storage.timefmt import from_db, from_db_optional, to_db, utc_now

_COLUMNS = """
id, chat_id, message_id, posting_slug, title, lang, text_hash, closed, posted_at, edited_at, photo
"""

INSERT_POST = f"""
INSERT INTO channel_posts
    (chat_id, message_id, posting_slug, title, lang, text_hash, posted_at, photo)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING {_COLUMNS}
"""

SELECT_LIVE = f"""
SELECT {_COLUMNS} FROM channel_posts WHERE closed = 0 ORDER BY id
"""

SELECT_LIVE_IN_CHAT = f"""
SELECT {_COLUMNS} FROM channel_posts
WHERE closed = 0 AND posting_slug = ? AND chat_id = ?
ORDER BY id LIMIT 1
"""

UPDATE_EDITED = """
UPDATE channel_posts SET text_hash = ?, title = ?, edited_at = ?,
                         claimed_by = NULL, claimed_until = NULL
WHERE id = ?
"""

UPDATE_CLOSED = """
UPDATE channel_posts SET text_hash = ?, closed = 1, edited_at = ?,
                         claimed_by = NULL, claimed_until = NULL
WHERE id = ?
"""

# ?1 worker, ?2 lease end, ?3 post, ?4 the hash it was seen with, ?5 now.
CLAIM_POST = """
UPDATE channel_posts SET claimed_by = ?1, claimed_until = ?2
WHERE id = ?3 AND closed = 0 AND text_hash = ?4
  AND (claimed_until IS NULL OR claimed_until <= ?5)
RETURNING id
"""
RELEASE_POST = """
UPDATE channel_posts SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?
"""


def _post(row: sqlite3.Row) -> ChannelPost:
    return ChannelPost(
        id=row[0],
        chat_id=row[1],
        message_id=row[2],
        slug=row[3],
        title=row[4],
        lang=row[5],
        text_hash=row[6],
        closed=bool(row[7]),
        posted_at=from_db(row[8]),
        edited_at=from_db_optional(row[9]),
        photo=bool(row[10]),
    )


class ChannelPostRepo:
    """Posts in channels, and whether each is still live (its vacancy open) or closed."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        chat_id: int,
        message_id: int,
        slug: str,
        title: str,
        lang: str,
        text_hash: str,
        *,
        now: datetime | None = None,
        photo: bool = False,
    ) -> ChannelPost:
        """Remember a post just published (``photo``: a picture with the text as caption)."""
        stamp = to_db(now or utc_now())
        row = await self._db.fetchone(
            INSERT_POST, (chat_id, message_id, slug, title, lang, text_hash, stamp, int(photo))
        )
        assert row is not None
        return _post(row)

    async def live(self) -> list[ChannelPost]:
        """Every post not yet marked closed, oldest first."""
        return [_post(row) for row in await self._db.fetchall(SELECT_LIVE)]

    async def live_in(self, slug: str, chat_id: int) -> ChannelPost | None:
        """The live post of ``slug`` in ``chat_id``, if there is one."""
        row = await self._db.fetchone(SELECT_LIVE_IN_CHAT, (slug, chat_id))
        return None if row is None else _post(row)

    async def claim(
        self,
        post_id: int,
        seen_hash: str,
        worker: str,
        lease: timedelta,
        *,
        now: datetime | None = None,
    ) -> bool:
        """Take the post for an edit by ``worker`` until ``now + lease``: False when it no longer
        reads as ``seen_hash`` (another instance edited it), is closed, or is being edited."""
        moment = now or utc_now()
        params = (worker, to_db(moment + lease), post_id, seen_hash, to_db(moment))
        return await self._db.fetchone(CLAIM_POST, params) is not None

    async def release(self, post_id: int, worker: str) -> None:
        """Give the post back unedited (the edit failed: the next check tries again)."""
        await self._db.execute(RELEASE_POST, (post_id, worker))

    async def edited(
        self, post_id: int, text_hash: str, title: str, *, now: datetime | None = None
    ) -> None:
        """The post now reads as ``text_hash`` says."""
        await self._db.execute(UPDATE_EDITED, (text_hash, title, to_db(now or utc_now()), post_id))

    async def closed(self, post_id: int, text_hash: str, *, now: datetime | None = None) -> None:
        """The post now says its vacancy is closed; it is never edited again."""
        await self._db.execute(UPDATE_CLOSED, (text_hash, to_db(now or utc_now()), post_id))
