"""Erasure of everything we hold about one person.

Deleted rows are overwritten in the file (``secure_delete``) and the write-ahead log is emptied
after each erasure, so no copy of the person's answers stays in ``bot.sqlite3`` or its ``-wal``.
"""

from __future__ import annotations

import json
import sqlite3

from bot.storage.database import Database
from bot.storage.models import Erasure, SentMessage
from bot.storage.timefmt import from_db

# The HR-chat messages about the person, read before their rows go: summary parts (their ids
# kept when sent) and forwarded questions (those the outbox sent, found with its items, once).
# Groups and channels only (negative ids): what the bot told the person in their own chat is
# theirs to delete.
SELECT_USER_HR_MESSAGES = """
SELECT chat_id, message_ids_json AS ids, COALESCE(sent_at, next_attempt_at) AS at FROM outbox
WHERE message_ids_json != '[]' AND chat_id < 0 AND (
       user_id = ?1
    OR application_id IN (SELECT id FROM applications WHERE user_id = ?1)
    OR question_id IN (SELECT id FROM questions WHERE user_id = ?1))
UNION ALL
SELECT hr_chat_id, json_array(hr_message_id), forwarded_at FROM questions
WHERE user_id = ?1 AND hr_message_id IS NOT NULL AND hr_chat_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.question_id = questions.id)
"""

# Each statement deletes one person's rows and returns one row per deleted record.
# Outbox items go first: those of their applications and questions, and those tagged with them.
DELETE_USER_OUTBOX = """
DELETE FROM outbox
WHERE user_id = ?1
   OR application_id IN (SELECT id FROM applications WHERE user_id = ?1)
   OR question_id IN (SELECT id FROM questions WHERE user_id = ?1)
RETURNING 1
"""
DELETE_USER_ANSWERS = """
DELETE FROM answers WHERE application_id IN (SELECT id FROM applications WHERE user_id = ?1)
RETURNING 1
"""
DELETE_USER_STATUS_CHANGES = "DELETE FROM status_changes WHERE user_id = ?1 RETURNING 1"
# An HR member who erases their own data: their id and name leave the decisions they made.
FORGET_USER_AS_DECIDER = """
UPDATE status_changes SET changed_by = NULL, changed_by_name = NULL WHERE changed_by = ?1
RETURNING 1
"""
DELETE_USER_APPLICATIONS = "DELETE FROM applications WHERE user_id = ?1 RETURNING 1"
DELETE_USER_QUESTIONS = "DELETE FROM questions WHERE user_id = ?1 RETURNING 1"
# If the person is also an HR member, their name stays off other people's questions.
FORGET_USER_AS_REPLIER = """
UPDATE questions SET replied_by = NULL WHERE replied_by = ?1 RETURNING 1
"""
DELETE_USER_VIEWS = "DELETE FROM posting_views WHERE user_id = ?1 RETURNING 1"
DELETE_USER_CONSENTS = "DELETE FROM consents WHERE user_id = ?1 RETURNING 1"
# chat_id: the FSM rows of their private chat with the bot.
DELETE_USER_FSM = "DELETE FROM fsm WHERE user_id = ?1 OR chat_id = ?1 RETURNING 1"
DELETE_USER_CANDIDATE = "DELETE FROM candidates WHERE user_id = ?1 RETURNING 1"
DELETE_USER_SUBSCRIPTIONS = "DELETE FROM subscriptions WHERE user_id = ?1 RETURNING 1"
DELETE_USER_BROADCAST_ITEMS = "DELETE FROM broadcast_items WHERE user_id = ?1 RETURNING 1"

ERASURE_STEPS: tuple[tuple[str, str], ...] = (
    ("outbox", DELETE_USER_OUTBOX),
    ("answers", DELETE_USER_ANSWERS),
    ("status_changes", DELETE_USER_STATUS_CHANGES),
    ("status_changes_changed_by", FORGET_USER_AS_DECIDER),
    ("applications", DELETE_USER_APPLICATIONS),
    ("questions", DELETE_USER_QUESTIONS),
    ("questions_replied_by", FORGET_USER_AS_REPLIER),
    ("posting_views", DELETE_USER_VIEWS),
    ("consents", DELETE_USER_CONSENTS),
    ("fsm", DELETE_USER_FSM),
    ("candidates", DELETE_USER_CANDIDATE),
    ("subscriptions", DELETE_USER_SUBSCRIPTIONS),
    ("broadcast_items", DELETE_USER_BROADCAST_ITEMS),
)


class PrivacyRepo:
    """The right to be forgotten."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def delete_user(self, user_id: int) -> dict[str, int]:
        """Erase every record of the person in one transaction; return rows affected per table.

        ``questions_replied_by`` counts other people's questions whose replier was this person
        (the question stays, their id is cleared).
        """
        return (await self.erase(user_id)).counts

    async def erase(self, user_id: int) -> Erasure:
        """Erase every record of the person in one transaction, then empty the write-ahead log;
        return the rows affected per table and the HR-chat messages that were about them."""

        def erase(conn: sqlite3.Connection) -> Erasure:
            messages = [
                SentMessage(int(row[0]), int(message_id), from_db(row[2]))
                for row in conn.execute(SELECT_USER_HR_MESSAGES, (user_id,))
                for message_id in json.loads(row[1])
            ]
            counts = {
                table: len(conn.execute(statement, (user_id,)).fetchall())
                for table, statement in ERASURE_STEPS
            }
            return Erasure(counts, tuple(dict.fromkeys(messages)))

        erased = await self._db.atomic(erase)
        await self._db.checkpoint()
        return erased
