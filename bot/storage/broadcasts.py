"""Subscribers to new vacancies, and the durable queue of broadcast messages to them.

A new posting gets one broadcast, ever, and each matching subscriber one item in it, ever
(``UNIQUE (user_id, posting_slug)``): a second /reload or a restart never notifies anyone twice.
An item is claimed (``sending``) in one statement right before its message goes, and acked in
another right after; an item still ``sending`` when its claim's lease ran out was in flight when
its instance died, and becomes ``unsure`` — counted as sent, never sent again: nobody gets a
message twice.

Several instances may drain one queue: a claim is a conditional update (``status = 'pending'``),
so of two instances claiming one item one wins; ``claim_next`` takes the first due item nobody is
claiming at that moment (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, the single write lock on
SQLite). An instance that starts gives up only items whose lease ran out, never the ones another
live instance is sending.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.storage.database import Database
from bot.storage.dialect import Sql
from bot.storage.models import BroadcastItem, BroadcastProgress, Subscription
from bot.storage.timefmt import to_db, utc_now

INSERT_SUBSCRIPTION = """
INSERT INTO subscriptions (user_id, city, tag, lang, created_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (user_id, city, tag) DO UPDATE SET lang = excluded.lang
RETURNING id
"""
DELETE_SUBSCRIPTIONS = "DELETE FROM subscriptions WHERE user_id = ? RETURNING 1"
SELECT_SUBSCRIPTIONS = """
SELECT user_id, city, tag, lang FROM subscriptions WHERE user_id = ? ORDER BY id
"""
COUNT_SUBSCRIBERS = "SELECT COUNT(DISTINCT user_id) FROM subscriptions"

UPSERT_BROADCAST = """
INSERT INTO broadcasts (posting_slug, admin_chat_id, created_at) VALUES (?, ?, ?)
ON CONFLICT (posting_slug) DO UPDATE SET posting_slug = excluded.posting_slug
RETURNING id
"""
# Every subscriber whose city and tag (each '' when not narrowed) match the posting, once.
INSERT_ITEMS = """
INSERT INTO broadcast_items (broadcast_id, user_id, posting_slug, lang, next_attempt_at)
SELECT CAST(?1 AS BIGINT), user_id, CAST(?2 AS TEXT), MAX(lang), CAST(?3 AS TEXT)
FROM subscriptions
WHERE (city = '' OR city = ?4) AND (tag = '' OR tag IN (SELECT value FROM json_each(?5)))
GROUP BY user_id
ORDER BY MIN(id)
ON CONFLICT (user_id, posting_slug) DO NOTHING
RETURNING 1
"""
RESTART_BROADCAST = """
UPDATE broadcasts SET status = 'running', admin_chat_id = ?, progress_message_id = NULL,
       finished_at = NULL, progress_by = NULL, progress_until = NULL
WHERE id = ?
"""
SET_PROGRESS_MESSAGE = """
UPDATE broadcasts SET progress_message_id = ?, progress_by = ?, progress_until = ?,
                      progress_locale = ?
WHERE id = ?
"""
# ?1 worker, ?2 lease end, ?3 broadcast, ?4 now. Its own claim renewed, or one nobody holds.
CLAIM_PROGRESS = """
UPDATE broadcasts SET progress_by = ?1, progress_until = ?2
WHERE id = ?3 AND (progress_by IS NULL OR progress_by = ?1
                   OR progress_until IS NULL OR progress_until <= ?4)
RETURNING id
"""

SELECT_DUE = """
SELECT i.id, i.broadcast_id, i.user_id, i.posting_slug, i.lang, i.attempts
FROM broadcast_items AS i JOIN broadcasts AS b ON b.id = i.broadcast_id
WHERE i.status = 'pending' AND b.status = 'running' AND i.next_attempt_at <= ?
ORDER BY i.id
LIMIT ?
"""
CLAIM_ITEM = """
UPDATE broadcast_items SET status = 'sending', attempts = attempts + 1,
                           claimed_by = ?1, claimed_until = ?2
WHERE id = ?3 AND status = 'pending'
  AND broadcast_id IN (SELECT id FROM broadcasts WHERE status = 'running')
RETURNING id
"""
# ?1 worker, ?2 lease end, ?3 now. The first due item of a running broadcast nobody is claiming.
_CLAIM_NEXT = """
UPDATE broadcast_items SET status = 'sending', attempts = attempts + 1,
                           claimed_by = ?1, claimed_until = ?2
WHERE status = 'pending' AND id = (
    SELECT i.id FROM broadcast_items AS i JOIN broadcasts AS b ON b.id = i.broadcast_id
    WHERE i.status = 'pending' AND b.status = 'running' AND i.next_attempt_at <= ?3
    ORDER BY i.id
    LIMIT 1 {lock}
)
RETURNING id, broadcast_id, user_id, posting_slug, lang, attempts - 1
"""
CLAIM_NEXT = Sql(
    _CLAIM_NEXT.format(lock=""), postgres=_CLAIM_NEXT.format(lock="FOR UPDATE OF i SKIP LOCKED")
)
ACK_ITEM = """
UPDATE broadcast_items SET status = ?, done_at = ? WHERE id = ? AND status = 'sending'
RETURNING user_id
"""
RETRY_ITEM = """
UPDATE broadcast_items SET status = 'pending', next_attempt_at = ?, attempts = attempts - ?,
                           claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND status = 'sending'
"""
# Claimed before the leases existed (NULL), or by an instance whose lease ran out: it died.
UNSURE_ITEMS = """
UPDATE broadcast_items SET status = 'unsure'
WHERE status = 'sending' AND (claimed_until IS NULL OR claimed_until <= ?)
RETURNING 1
"""
NEXT_DUE_AT = """
SELECT MIN(i.next_attempt_at) FROM broadcast_items AS i
JOIN broadcasts AS b ON b.id = i.broadcast_id
WHERE i.status = 'pending' AND b.status = 'running'
"""
FINISH_IDLE = """
UPDATE broadcasts SET status = 'done', finished_at = ?
WHERE status = 'running' AND NOT EXISTS (
    SELECT 1 FROM broadcast_items
    WHERE broadcast_id = broadcasts.id AND status IN ('pending', 'sending'))
RETURNING id
"""
CANCEL_BROADCAST = """
UPDATE broadcasts SET status = 'cancelled', finished_at = ? WHERE id = ? AND status = 'running'
RETURNING id
"""
CANCEL_ITEMS = """
UPDATE broadcast_items SET status = 'cancelled', done_at = ?
WHERE broadcast_id = ? AND status = 'pending'
"""
SELECT_PROGRESS = """
SELECT b.id, b.posting_slug, b.status, b.admin_chat_id, b.progress_message_id,
       COUNT(i.id),
       COUNT(CASE WHEN i.status IN ('sent', 'unsure') THEN 1 END),
       COUNT(CASE WHEN i.status = 'blocked' THEN 1 END),
       COUNT(CASE WHEN i.status = 'failed' THEN 1 END),
       COUNT(CASE WHEN i.status IN ('pending', 'sending') THEN 1 END),
       b.progress_locale
FROM broadcasts AS b LEFT JOIN broadcast_items AS i ON i.broadcast_id = b.id
WHERE b.id = ?
GROUP BY b.id
"""
SELECT_RUNNING = "SELECT id FROM broadcasts WHERE status = 'running' ORDER BY id"

SENT, BLOCKED, FAILED = "sent", "blocked", "failed"
SEND_TIMEOUT = 20
"""Seconds a notification's send may take (its request timeout): shorter than ``LEASE``."""
LEASE = timedelta(seconds=30)
"""How long a claimed item stays its instance's: longer than its send may take, so an item is
given up as unsure only when its instance died."""


def _item(row: sqlite3.Row) -> BroadcastItem:
    return BroadcastItem(
        id=row[0], broadcast_id=row[1], user_id=row[2], slug=row[3], lang=row[4], attempts=row[5]
    )


class SubscriptionRepo:
    """Who wants to hear of new vacancies, and narrowed to what."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def subscribe(
        self,
        user_id: int,
        lang: str,
        *,
        city: str = "",
        tag: str = "",
        now: datetime | None = None,
    ) -> None:
        """Subscribe (again: the language is updated); ``city``/``tag`` are compared folded."""
        stamp = to_db(now or utc_now())
        params = (user_id, city.casefold(), tag.casefold(), lang, stamp)
        await self._db.fetchone(INSERT_SUBSCRIPTION, params)

    async def unsubscribe(self, user_id: int) -> int:
        """Drop every subscription of the person; return how many there were."""
        return len(await self._db.fetchall(DELETE_SUBSCRIPTIONS, (user_id,)))

    async def of(self, user_id: int) -> list[Subscription]:
        """The person's subscriptions, oldest first."""
        rows = await self._db.fetchall(SELECT_SUBSCRIPTIONS, (user_id,))
        return [Subscription(row[0], row[1], row[2], row[3]) for row in rows]

    async def count(self) -> int:
        """How many people are subscribed."""
        row = await self._db.fetchone(COUNT_SUBSCRIBERS)
        return 0 if row is None else int(row[0])


class BroadcastRepo:
    """Broadcasts of new postings to subscribers: queue, claim, ack, progress, cancel."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def start(
        self,
        slug: str,
        city: str | None,
        tags: Sequence[str],
        admin_chat_id: int | None,
        *,
        now: datetime | None = None,
    ) -> tuple[int, int]:
        """Queue the posting for every matching subscriber not yet told of it; return the
        broadcast's id and how many were queued now (0: nobody new, nothing restarts)."""
        stamp = to_db(now or utc_now())
        folded = json.dumps([tag.casefold() for tag in tags], ensure_ascii=False)

        def work(conn: sqlite3.Connection) -> tuple[int, int]:
            broadcast_id = int(
                conn.execute(UPSERT_BROADCAST, (slug, admin_chat_id, stamp)).fetchone()[0]
            )
            queued = len(
                conn.execute(
                    INSERT_ITEMS, (broadcast_id, slug, stamp, (city or "").casefold(), folded)
                ).fetchall()
            )
            if queued:
                conn.execute(RESTART_BROADCAST, (admin_chat_id, broadcast_id))
            return broadcast_id, queued

        return await self._db.atomic(work)

    async def set_progress_message(
        self,
        broadcast_id: int,
        message_id: int,
        *,
        worker: str | None = None,
        locale: str | None = None,
        lease: timedelta = LEASE,
        now: datetime | None = None,
    ) -> None:
        """Remember the admin's progress message (in ``locale``), to edit it as the broadcast
        goes; with ``worker``, claimed for that instance's edits until ``now + lease``."""
        until = None if worker is None else to_db((now or utc_now()) + lease)
        params = (message_id, worker, until, locale, broadcast_id)
        await self._db.execute(SET_PROGRESS_MESSAGE, params)

    async def claim_progress(
        self,
        broadcast_id: int,
        worker: str,
        *,
        lease: timedelta = LEASE,
        now: datetime | None = None,
    ) -> bool:
        """Keep (or take, when nobody holds it or its holder's lease ran out) the right to edit
        the broadcast's progress message, for ``worker`` until ``now + lease``; False while
        another instance holds it."""
        moment = now or utc_now()
        params = (worker, to_db(moment + lease), broadcast_id, to_db(moment))
        return await self._db.fetchone(CLAIM_PROGRESS, params) is not None

    async def due(self, limit: int = 100, now: datetime | None = None) -> list[BroadcastItem]:
        """Pending items of running broadcasts whose time has come, in queue order."""
        rows = await self._db.fetchall(SELECT_DUE, (to_db(now or utc_now()), limit))
        return [_item(row) for row in rows]

    async def next_due_at(self) -> str | None:
        """When the earliest pending item is due (stored form), or None when none waits."""
        row = await self._db.fetchone(NEXT_DUE_AT)
        return None if row is None else row[0]

    async def claim(
        self,
        item_id: int,
        worker: str = "",
        *,
        lease: timedelta = LEASE,
        now: datetime | None = None,
    ) -> bool:
        """Take the item for sending now, for ``worker`` until ``now + lease``; False when it
        was cancelled or taken meanwhile (by another instance)."""
        until = to_db((now or utc_now()) + lease)
        return await self._db.fetchone(CLAIM_ITEM, (worker, until, item_id)) is not None

    async def claim_next(
        self, worker: str, *, lease: timedelta = LEASE, now: datetime | None = None
    ) -> BroadcastItem | None:
        """Take the first due item nobody else is taking, for ``worker`` until ``now + lease``;
        None when nothing is due."""
        moment = now or utc_now()
        row = await self._db.fetchone(CLAIM_NEXT, (worker, to_db(moment + lease), to_db(moment)))
        return None if row is None else _item(row)

    async def ack(self, item_id: int, status: str, *, now: datetime | None = None) -> None:
        """The item's send ended: ``sent``, ``failed``, or ``blocked`` — which also ends every
        subscription of the person, in the same transaction."""
        stamp = to_db(now or utc_now())

        def work(conn: sqlite3.Connection) -> None:
            row = conn.execute(ACK_ITEM, (status, stamp, item_id)).fetchone()
            if row is not None and status == BLOCKED:
                conn.execute(DELETE_SUBSCRIPTIONS, (row[0],)).fetchall()

        await self._db.atomic(work)

    async def retry(self, item_id: int, at: datetime, *, counted: bool = True) -> None:
        """Put the item back in the queue, due at ``at``; ``counted=False`` (a 429): the try
        does not count against the item."""
        await self._db.execute(RETRY_ITEM, (to_db(at), 0 if counted else 1, item_id))

    async def recover(self, *, now: datetime | None = None) -> int:
        """Items left ``sending`` by a killed instance (their lease ran out by ``now``) become
        ``unsure`` (never resent); return how many."""
        return len(await self._db.fetchall(UNSURE_ITEMS, (to_db(now or utc_now()),)))

    async def finish_idle(self, *, now: datetime | None = None) -> list[int]:
        """Mark done every running broadcast with nothing left to send; return their ids."""
        rows = await self._db.fetchall(FINISH_IDLE, (to_db(now or utc_now()),))
        return [int(row[0]) for row in rows]

    async def cancel(self, broadcast_id: int, *, now: datetime | None = None) -> bool:
        """Stop a running broadcast: what has not gone yet never will. False when not running."""
        stamp = to_db(now or utc_now())

        def work(conn: sqlite3.Connection) -> bool:
            if conn.execute(CANCEL_BROADCAST, (stamp, broadcast_id)).fetchone() is None:
                return False
            conn.execute(CANCEL_ITEMS, (stamp, broadcast_id))
            return True

        return await self._db.atomic(work)

    async def progress(self, broadcast_id: int) -> BroadcastProgress | None:
        """How far the broadcast has got."""
        row = await self._db.fetchone(SELECT_PROGRESS, (broadcast_id,))
        if row is None:
            return None
        return BroadcastProgress(*(row[index] for index in range(11)))

    async def running(self) -> list[int]:
        """The ids of broadcasts still sending."""
        return [int(row[0]) for row in await self._db.fetchall(SELECT_RUNNING)]
