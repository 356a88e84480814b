"""A durable outbox for messages to HR, delivered part by part by a worker loop.

Worker loop::

    for item in await outbox.due(datetime.now(UTC), limit=20):
        try:
            for index, part in item.pending_parts:
                message = await bot.send_message(item.chat_id, **part_to_kwargs(part))
                await outbox.mark_sent(item.id, index)
        except TelegramRetryAfter as error:
            await outbox.postpone(item.id, now + timedelta(seconds=error.retry_after), "retry")

A part is marked sent right after Telegram accepted it, so a crash between the two repeats at
most that one part; every part before it is never sent twice. The mark also keeps the id of the
message Telegram created, so an erasure can delete it.

Several workers (bot instances) may share the database: a worker ``claim``s due items instead of
just reading them, which gives each item to one worker for a lease; it ``renew``s the lease
before each part and stops when the item is no longer its own. On PostgreSQL the claim skips
rows another worker is claiming at that moment (``FOR UPDATE SKIP LOCKED``), so claims never wait
for each other; on SQLite the claim is one statement under the database's single write lock.
A worker that dies leaves its items to the others once their lease runs out.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pydantic_core import to_json

from bot.storage.database import Database, Session, StorageError
from bot.storage.dialect import Sql
from bot.storage.models import OutboxItem
from bot.storage.questions import link_hr_message
from bot.storage.timefmt import from_db, to_db, utc_now

MAX_ERROR_LENGTH = 500

INSERT_ITEM = """
INSERT INTO outbox (
    chat_id, parts_json, part_count, application_id, question_id, user_id,
    created_at, next_attempt_at, to_candidate
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
"""

ITEM_COLUMNS = """
id, chat_id, parts_json, sent_parts, application_id, question_id, attempts,
last_error, created_at, next_attempt_at, to_candidate
"""

SELECT_DUE = f"""
SELECT {ITEM_COLUMNS}
FROM outbox
WHERE status = 'pending' AND next_attempt_at <= ?
ORDER BY next_attempt_at, id
LIMIT ?
"""

# ?1 worker, ?2 lease end, ?3 now, ?4 how many. Due items nobody holds a live claim on.
_CLAIM_DUE = f"""
UPDATE outbox SET claimed_by = ?1, claimed_until = ?2
WHERE id IN (
    SELECT id FROM outbox
    WHERE status = 'pending' AND next_attempt_at <= ?3
      AND (claimed_until IS NULL OR claimed_until <= ?3)
    ORDER BY next_attempt_at, id
    LIMIT ?4 {{lock}}
)
RETURNING {ITEM_COLUMNS}
"""
CLAIM_DUE = Sql(
    _CLAIM_DUE.format(lock=""),
    postgres=_CLAIM_DUE.format(lock="FOR UPDATE SKIP LOCKED"),
)

RENEW_CLAIM = """
UPDATE outbox SET claimed_until = ?1
WHERE id = ?2 AND claimed_by = ?3 AND status = 'pending'
RETURNING id
"""

# Advances only from exactly this part, so a repeated or out-of-order call changes nothing.
_MARK_PART_SENT = """
UPDATE outbox SET
    sent_parts = sent_parts + 1,
    status = CASE WHEN sent_parts + 1 = part_count THEN 'sent' ELSE status END,
    sent_at = CASE WHEN sent_parts + 1 = part_count THEN ?1 ELSE sent_at END,
    message_ids_json = CASE WHEN CAST(?4 AS BIGINT) IS NULL THEN message_ids_json
                            ELSE {append} END
WHERE id = ?2 AND status = 'pending' AND sent_parts = ?3
RETURNING id, status, question_id, chat_id
"""
MARK_PART_SENT = Sql(
    _MARK_PART_SENT.format(append="json_insert(message_ids_json, '$[#]', ?4)"),
    postgres=_MARK_PART_SENT.format(
        append="CAST(CAST(message_ids_json AS jsonb) || to_jsonb(CAST(?4 AS BIGINT)) AS text)"
    ),
)

POSTPONE_ITEM = """
UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                  claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND status = 'pending'
RETURNING id
"""

FAIL_ITEM = """
UPDATE outbox SET attempts = attempts + 1, status = 'failed', last_error = ?,
                  claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND status = 'pending'
RETURNING id
"""

COUNT_PENDING = "SELECT COUNT(*) FROM outbox WHERE status = 'pending'"
BACKLOG = "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE status = 'pending'"


class EmptyMessageError(StorageError):
    """An outbox message needs at least one part."""


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        chat_id=row["chat_id"],
        parts=tuple(json.loads(row["parts_json"])),
        sent_parts=row["sent_parts"],
        application_id=row["application_id"],
        question_id=row["question_id"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=from_db(row["created_at"]),
        next_attempt_at=from_db(row["next_attempt_at"]),
        to_candidate=bool(row["to_candidate"]),
    )


def item_params(
    chat_id: int,
    parts: Sequence[Mapping[str, Any]],
    application_id: int | None,
    question_id: int | None,
    user_id: int | None,
    now: datetime | None,
    *,
    to_candidate: bool = False,
) -> tuple[object, ...]:
    """The parameters of ``INSERT_ITEM``; raises ``EmptyMessageError`` for no parts."""
    if not parts:
        raise EmptyMessageError("an outbox message needs at least one part")
    stamp = to_db(now or utc_now())
    # pydantic-core's JSON: the same values as ``json.dumps(…, ensure_ascii=False)``, without
    # its spaces, in a third of the time (an HR summary's parts are a few kB); read back by
    # ``json.loads`` like any JSON.
    body = to_json([dict(part) for part in parts]).decode()
    return (
        chat_id,
        body,
        len(parts),
        application_id,
        question_id,
        user_id,
        stamp,
        stamp,
        int(to_candidate),
    )


def insert_item(conn: sqlite3.Connection, params: tuple[object, ...]) -> int:
    """Queue an item from inside ``Database.atomic`` work (on the database's thread)."""
    row = conn.execute(INSERT_ITEM, params).fetchone()
    return int(row[0])


@dataclass(frozen=True, slots=True)
class PreparedItem:
    """An outbox item built before a transaction (its JSON body, its time), to be inserted in
    ``Database.atomic`` work; ``chat_id`` None: the recipient is known only inside the work."""

    params: tuple[object, ...]
    recipient_open: bool = False

    def statement(self) -> tuple[str, tuple[object, ...]]:
        """The insert, to run with other statements (its recipient named already)."""
        if self.recipient_open:
            raise ValueError("this outbox item needs its recipient's chat id")
        return INSERT_ITEM, self.params

    def insert(self, conn: sqlite3.Connection, chat_id: int | None = None) -> int:
        """On the database's thread: queue it (for ``chat_id``, when it was left open)."""
        if self.recipient_open:
            if chat_id is None:
                raise ValueError("this outbox item needs its recipient's chat id")
            return insert_item(conn, (chat_id, *self.params[1:]))
        return insert_item(conn, self.params)


class OutboxRepo:
    """Queue messages durably; a worker fetches due items and marks parts as delivered."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def enqueue(
        self,
        chat_id: int,
        parts: Sequence[Mapping[str, Any]],
        application_id: int | None = None,
        *,
        question_id: int | None = None,
        user_id: int | None = None,
        now: datetime | None = None,
        tx: Session | None = None,
        to_candidate: bool = False,
    ) -> int:
        """Queue a message of one or more parts for ``chat_id``, due now. Return its id.

        Link it to the application or asked question it carries (erasing those erases it);
        pass ``user_id`` for anything else that is about a person. Pass ``tx`` to queue it
        in the caller's transaction, so it exists exactly when what it reports does.
        ``to_candidate`` marks a message for the candidate's own private chat (HR's decision);
        anything else is for an HR group and is never sent to a person.
        """
        params = item_params(
            chat_id, parts, application_id, question_id, user_id, now, to_candidate=to_candidate
        )
        row = await (tx or self._db).fetchone(INSERT_ITEM, params)
        assert row is not None
        return int(row["id"])

    def prepare(
        self,
        chat_id: int | None,
        parts: Sequence[Mapping[str, Any]],
        application_id: int | None = None,
        *,
        question_id: int | None = None,
        user_id: int | None = None,
        now: datetime | None = None,
        to_candidate: bool = False,
    ) -> PreparedItem:
        """``enqueue``'s item, built now and queued later inside another repository's atomic
        work (``chat_id`` None: that work names the recipient). An item with ``question_id``
        carries that question to HR: its message is linked to the question once sent."""
        params = item_params(
            chat_id or 0,
            parts,
            application_id,
            question_id,
            user_id,
            now,
            to_candidate=to_candidate,
        )
        return PreparedItem(params, recipient_open=chat_id is None)

    async def due(self, now: datetime | None = None, limit: int = 20) -> list[OutboxItem]:
        """Return pending items whose next attempt is due, oldest first."""
        rows = await self._db.fetchall(SELECT_DUE, (to_db(now or utc_now()), limit))
        return [_item(row) for row in rows]

    async def claim(
        self, worker: str, now: datetime, lease: timedelta, limit: int = 20
    ) -> list[OutboxItem]:
        """Take up to ``limit`` due items nobody else holds, for ``worker``, until
        ``now + lease``; oldest first. Two workers never get the same item while its lease
        runs."""
        params = (worker, to_db(now + lease), to_db(now), limit)

        def claim(conn: sqlite3.Connection) -> list[sqlite3.Row]:
            return list(conn.execute(CLAIM_DUE, params).fetchall())

        # A few rows by an index: on the event loop's thread when the database's is idle, as
        # the marks that follow are (``small``), instead of a hop there and back per claim.
        rows = await self._db.atomic(claim, small=True)
        return sorted((_item(row) for row in rows), key=lambda i: (i.next_attempt_at, i.id))

    async def renew(self, item_id: int, worker: str, until: datetime) -> bool:
        """Keep the item ``worker``'s until ``until``; False when it is no longer its own (the
        lease ran out and another worker took it, or it is done)."""
        row = await self._db.fetchone(RENEW_CLAIM, (to_db(until), item_id, worker), small=True)
        return row is not None

    async def mark_sent(
        self,
        item_id: int,
        part_index: int,
        *,
        message_id: int | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Record that part ``part_index`` was delivered (as ``message_id``, when known); the
        item is done after its last part.

        Return False (changing nothing) unless ``part_index`` is the first unsent part.
        """
        params = (to_db(now or utc_now()), item_id, part_index, message_id)

        def mark(conn: sqlite3.Connection) -> bool:
            row = conn.execute(MARK_PART_SENT, params).fetchone()
            if row is None:
                return False
            if row[1] == "sent" and row[2] is not None and message_id is not None:
                # A question for HR: HR's reply to this message goes back to its candidate.
                link_hr_message(conn, int(row[2]), int(row[3]), message_id)
            return True

        return await self._db.atomic(mark, small=True)

    async def postpone(self, item_id: int, until: datetime, error: str) -> bool:
        """Count a failed attempt and retry at ``until``. ``error`` must hold no personal data."""
        row = await self._db.fetchone(
            POSTPONE_ITEM, (to_db(until), error[:MAX_ERROR_LENGTH], item_id)
        )
        return row is not None

    async def fail(self, item_id: int, error: str) -> bool:
        """Give up on an item for good (e.g. the chat is gone)."""
        row = await self._db.fetchone(FAIL_ITEM, (error[:MAX_ERROR_LENGTH], item_id))
        return row is not None

    async def pending_count(self) -> int:
        """How many items still wait for delivery."""
        row = await self._db.fetchone(COUNT_PENDING)
        assert row is not None
        return int(row[0])

    async def backlog(self) -> tuple[int, datetime | None]:
        """How many items wait for delivery, and when the oldest of them was queued."""
        row = await self._db.fetchone(BACKLOG)
        if row is None or not row[0]:
            return 0, None
        return int(row[0]), from_db(row[1])
