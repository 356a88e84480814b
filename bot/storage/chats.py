"""Chats that moved: a group upgraded to a supergroup gets a new id, remembered here."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.storage.database import Database
from bot.storage.timefmt import to_db, utc_now

REMEMBER_MIGRATION = """
INSERT INTO chat_migrations (old_chat_id, new_chat_id, migrated_at) VALUES (?1, ?2, ?3)
ON CONFLICT (old_chat_id) DO UPDATE SET new_chat_id = ?2, migrated_at = ?3
"""
# A chat that moved twice: whoever pointed at the middle id points at the last one.
FOLLOW_CHAIN = "UPDATE chat_migrations SET new_chat_id = ?2 WHERE new_chat_id = ?1"
SELECT_MIGRATIONS = "SELECT old_chat_id, new_chat_id FROM chat_migrations"


class ChatMigrationRepo:
    """Old chat id → new chat id, for every chat Telegram told us has moved."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def remember(self, old: int, new: int, *, now: datetime | None = None) -> None:
        """Record that ``old`` is now ``new`` (and that whatever moved to ``old`` is too)."""
        stamp = to_db(now or utc_now())

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(REMEMBER_MIGRATION, (old, new, stamp))
            conn.execute(FOLLOW_CHAIN, (old, new))

        await self._db.atomic(work)

    async def all(self) -> dict[int, int]:
        """Every remembered move, old id → current id."""
        return {row[0]: row[1] for row in await self._db.fetchall(SELECT_MIGRATIONS)}
