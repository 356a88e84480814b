"""Questions candidates ask the bot, their forwarding to HR, and HR's replies."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from bot.storage.database import Database, Params, StorageError
from bot.storage.models import AskedQuestion, UnansweredStat
from bot.storage.timefmt import from_db, from_db_optional, to_db, utc_now
from bot.storage.updates import write_with_update, writes_with_update

if TYPE_CHECKING:
    from bot.storage.outbox import PreparedItem

QUESTION_COLUMNS = """
    id, user_id, posting_slug, question_text, answered, section, asked_at, hr_chat_id,
    hr_message_id, forwarded_at, hr_reply_text, replied_by, replied_at
"""

RECORD_QUESTION = """
INSERT INTO questions (
    user_id, posting_slug, question_text, question_norm, answered, section, asked_at
) VALUES (?, ?, ?, ?, ?, ?, ?)
"""
INSERT_QUESTION = RECORD_QUESTION + "RETURNING id\n"

# Message ids are unique per chat only while the chat lives: a chat recreated (the demo's fresh
# emulator, a test bot) numbers from 1 again. The newest question sent as a message owns it.
RELEASE_HR_MESSAGE = """
UPDATE questions SET hr_message_id = NULL
WHERE hr_chat_id = ? AND hr_message_id = ? AND id != ?
"""

# Handed over: counted against the hour's share and refused a second time from now on; the HR
# chat's message id comes when the outbox has sent it (``link_hr_message``).
MARK_HANDED_OVER = """
UPDATE questions SET hr_chat_id = ?, forwarded_at = ? WHERE id = ? AND forwarded_at IS NULL
"""

SET_HR_MESSAGE = "UPDATE questions SET hr_chat_id = ?, hr_message_id = ? WHERE id = ?"

SET_FORWARDED_AT = "UPDATE questions SET forwarded_at = ? WHERE id = ? RETURNING id"

# A group that became a supergroup: its questions may be stored under the old id.
SELECT_BY_HR_MESSAGE = f"""
SELECT {QUESTION_COLUMNS} FROM questions
WHERE hr_message_id = ?2 AND (hr_chat_id = ?1 OR hr_chat_id IN
      (SELECT old_chat_id FROM chat_migrations WHERE new_chat_id = ?1))
ORDER BY hr_chat_id = ?1 DESC
LIMIT 1
"""

CURRENT_CHAT = "SELECT new_chat_id FROM chat_migrations WHERE old_chat_id = ?"

UPDATE_HR_REPLY = """
UPDATE questions SET hr_reply_text = ?, replied_by = ?, replied_at = ?
WHERE id = ? RETURNING id
"""

COUNT_FORWARDED_SINCE = """
SELECT COUNT(*) AS n FROM questions WHERE user_id = ? AND forwarded_at >= ?
"""

SELECT_QUESTION = f"SELECT {QUESTION_COLUMNS} FROM questions WHERE id = ?"

SELECT_FOR_USER_POSTING = f"""
SELECT {QUESTION_COLUMNS} FROM questions
WHERE user_id = ? AND posting_slug = ? ORDER BY asked_at, id
"""

SELECT_UNANSWERED_STATS = """
SELECT posting_slug, MIN(question_text) AS question_text, COUNT(*) AS asked,
       MAX(asked_at) AS last_asked_at
FROM questions
WHERE answered = 0 AND (?1 IS NULL OR posting_slug = ?1)
GROUP BY posting_slug, question_norm
ORDER BY asked DESC, last_asked_at DESC
LIMIT ?2
"""


def normalize_question(text: str) -> str:
    """Group key for "the same question": case-folded, whitespace collapsed, end '?' dropped."""
    return " ".join(text.casefold().split()).rstrip(" ?!.")


def _question(row: sqlite3.Row) -> AskedQuestion:
    return AskedQuestion(
        id=row["id"],
        user_id=row["user_id"],
        posting_slug=row["posting_slug"],
        question_text=row["question_text"],
        answered=bool(row["answered"]),
        section=row["section"],
        asked_at=from_db(row["asked_at"]),
        hr_chat_id=row["hr_chat_id"],
        hr_message_id=row["hr_message_id"],
        forwarded_at=from_db_optional(row["forwarded_at"]),
        hr_reply_text=row["hr_reply_text"],
        replied_by=row["replied_by"],
        replied_at=from_db_optional(row["replied_at"]),
    )


def link_hr_message(
    conn: sqlite3.Connection, question_id: int, hr_chat_id: int, hr_message_id: int
) -> None:
    """On the database's thread, inside atomic work: the HR-chat message that carries the
    question (where the chat moved to, if it became a supergroup); an older question that held
    the same (chat, message id) lets go of it."""
    moved = conn.execute(CURRENT_CHAT, (hr_chat_id,)).fetchone()
    chat = hr_chat_id if moved is None else int(moved[0])  # where the message went
    conn.execute(RELEASE_HR_MESSAGE, (chat, hr_message_id, question_id))
    conn.execute(SET_HR_MESSAGE, (chat, hr_message_id, question_id))


def _question_params(
    user_id: int,
    posting_slug: str,
    question_text: str,
    answered: bool,
    section: str | None,
    asked_at: datetime | None,
) -> tuple[object, ...]:
    """The parameters of ``RECORD_QUESTION`` / ``INSERT_QUESTION``."""
    return (
        user_id,
        posting_slug,
        question_text,
        normalize_question(question_text),
        int(answered),
        section,
        to_db(asked_at or utc_now()),
    )


class QuestionNotFoundError(StorageError):
    """No asked question with that id (it may have been erased)."""


class QuestionRepo:
    """What candidates ask; routing of HR replies back to them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        user_id: int,
        posting_slug: str,
        question_text: str,
        answered: bool,
        section: str | None = None,
        *,
        asked_at: datetime | None = None,
    ) -> int:
        """Record a question; ``answered`` says whether the posting covered it. Return its id."""
        params = _question_params(
            user_id, posting_slug, question_text, answered, section, asked_at
        )
        row = await self._db.fetchone(INSERT_QUESTION, params)
        assert row is not None
        return int(row["id"])

    async def record(
        self,
        user_id: int,
        posting_slug: str,
        question_text: str,
        answered: bool,
        section: str | None = None,
        *,
        asked_at: datetime | None = None,
    ) -> None:
        """``add`` for a question whose id nobody needs (the posting answered it): inside an
        update, committed with the update's record, so the reply does not wait for a statement
        of its own and a redelivered update records the question once."""
        params = _question_params(
            user_id, posting_slug, question_text, answered, section, asked_at
        )
        await write_with_update(self._db, RECORD_QUESTION, params)

    async def get(self, question_id: int) -> AskedQuestion | None:
        """Return one asked question, or None."""
        row = await self._db.fetchone(SELECT_QUESTION, (question_id,))
        return None if row is None else _question(row)

    async def mark_forwarded(
        self,
        question_id: int,
        hr_chat_id: int,
        hr_message_id: int,
        *,
        forwarded_at: datetime | None = None,
    ) -> None:
        """Remember which HR-chat message carries the question, so a reply can be routed; an
        older question that claimed the same (chat, message id) lets go of it."""
        stamp = to_db(forwarded_at or utc_now())

        def forward(conn: sqlite3.Connection) -> None:  # one job on the database's thread
            if conn.execute(SET_FORWARDED_AT, (stamp, question_id)).fetchone() is None:
                raise QuestionNotFoundError(f"no question #{question_id}")
            link_hr_message(conn, question_id, hr_chat_id, hr_message_id)

        await self._db.atomic(forward)

    async def hand_over(
        self,
        question_id: int,
        hr_chat_id: int,
        item: PreparedItem,
        *,
        now: datetime | None = None,
    ) -> None:
        """Queue the question's message for the HR chat (``item``, from
        ``OutboxRepo.prepare``) and mark the question handed over, together — while an update
        is handled, in the transaction that records the update, so a redelivered update queues
        nothing a second time. The outbox links the sent message to the question
        (``link_hr_message``), so HR's reply finds its way back."""
        stamp = to_db(now or utc_now())
        statements: list[tuple[str, Params]] = [
            (MARK_HANDED_OVER, (hr_chat_id, stamp, question_id)),
            item.statement(),
        ]
        await writes_with_update(self._db, statements)

    async def count_forwarded_since(self, user_id: int, since: datetime) -> int:
        """How many of this person's questions were passed to HR at ``since`` or later."""
        row = await self._db.fetchone(COUNT_FORWARDED_SINCE, (user_id, to_db(since)))
        return 0 if row is None else int(row["n"])

    async def find_by_hr_message(
        self, hr_chat_id: int, hr_message_id: int
    ) -> AskedQuestion | None:
        """Return the question HR is replying to (by the replied-to message), or None."""
        row = await self._db.fetchone(SELECT_BY_HR_MESSAGE, (hr_chat_id, hr_message_id))
        return None if row is None else _question(row)

    async def set_hr_reply(
        self,
        question_id: int,
        reply_text: str,
        replied_by: int,
        *,
        replied_at: datetime | None = None,
    ) -> None:
        """Store HR's reply (the latest one wins) and who gave it."""
        row = await self._db.fetchone(
            UPDATE_HR_REPLY,
            (reply_text, replied_by, to_db(replied_at or utc_now()), question_id),
        )
        if row is None:
            raise QuestionNotFoundError(f"no question #{question_id}")

    async def list_for_user_posting(self, user_id: int, posting_slug: str) -> list[AskedQuestion]:
        """Return the questions this person asked about this posting, oldest first."""
        rows = await self._db.fetchall(SELECT_FOR_USER_POSTING, (user_id, posting_slug))
        return [_question(row) for row in rows]

    async def unanswered_stats(
        self, posting_slug: str | None = None, limit: int = 50
    ) -> list[UnansweredStat]:
        """Return the questions postings did not cover, most asked first."""
        rows = await self._db.fetchall(SELECT_UNANSWERED_STATS, (posting_slug, limit))
        return [
            UnansweredStat(
                posting_slug=row["posting_slug"],
                question_text=row["question_text"],
                count=row["asked"],
                last_asked_at=from_db(row["last_asked_at"]),
            )
            for row in rows
        ]
