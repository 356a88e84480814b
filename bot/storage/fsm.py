"""aiogram FSM storage over the bot's SQLite database, so questionnaires survive restarts.

State is stored as text and data as JSON (never pickle): data values must be JSON-serializable,
and round-trip as JSON does (tuples come back as lists, non-string keys as strings).
Each call is one short statement, one round trip to the database thread. ``update_data`` is a
single UPSERT merging in SQL (``json_dict_update``, registered by ``Database.open``), so it
is atomic: concurrent ``update_data`` calls on the same key cannot lose an update.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.storage.database import Database
from bot.storage.timefmt import to_db, utc_now

KEY_WHERE = """
bot_id = ? AND chat_id = ? AND user_id = ? AND thread_id = ?
AND business_connection_id = ? AND destiny = ?
"""

SELECT_STATE = f"SELECT state FROM fsm WHERE {KEY_WHERE}"

SELECT_DATA = f"SELECT data_json FROM fsm WHERE {KEY_WHERE}"

UPSERT_STATE = """
INSERT INTO fsm (
    bot_id, chat_id, user_id, thread_id, business_connection_id, destiny,
    state, data_json, updated_at
) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?)
ON CONFLICT (bot_id, chat_id, user_id, thread_id, business_connection_id, destiny)
DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
"""

UPSERT_DATA = """
INSERT INTO fsm (
    bot_id, chat_id, user_id, thread_id, business_connection_id, destiny,
    state, data_json, updated_at
) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)
ON CONFLICT (bot_id, chat_id, user_id, thread_id, business_connection_id, destiny)
DO UPDATE SET data_json = excluded.data_json, updated_at = excluded.updated_at
"""


MERGE_DATA = """
INSERT INTO fsm (
    bot_id, chat_id, user_id, thread_id, business_connection_id, destiny,
    state, data_json, updated_at
) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)
ON CONFLICT (bot_id, chat_id, user_id, thread_id, business_connection_id, destiny)
DO UPDATE SET
    data_json = json_dict_update(fsm.data_json, excluded.data_json),
    updated_at = excluded.updated_at
RETURNING data_json
"""


def _key(key: StorageKey) -> tuple[int, int, int, int, str, str]:
    # Absent optional parts become 0 / '' so the primary key never holds NULL.
    return (
        key.bot_id,
        key.chat_id,
        key.user_id,
        key.thread_id or 0,
        key.business_connection_id or "",
        key.destiny,
    )


def _dump(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class SQLiteStorage(BaseStorage):
    """FSM states and data in the ``fsm`` table of a shared ``Database``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        """Set (or, with None, clear) the state for ``key``."""
        value = state.state if isinstance(state, State) else state
        await self._db.execute(UPSERT_STATE, (*_key(key), value, to_db(utc_now())))

    async def get_state(self, key: StorageKey) -> str | None:
        """Return the state for ``key``, or None."""
        row = await self._db.fetchone(SELECT_STATE, _key(key))
        return None if row is None else row[0]

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        """Replace the data for ``key``."""
        if not isinstance(data, dict):
            msg = f"Data must be a dict or dict-like object, got {type(data).__name__}"
            raise DataNotDictLikeError(msg)
        await self._db.execute(UPSERT_DATA, (*_key(key), _dump(data), to_db(utc_now())))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        """Return a fresh copy of the data for ``key`` (empty when there is none)."""
        row = await self._db.fetchone(SELECT_DATA, _key(key))
        if row is None:
            return {}
        data: dict[str, Any] = json.loads(row[0])
        return data

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Merge ``data`` into the stored data like ``dict.update``; return the result."""
        if not isinstance(data, Mapping):
            msg = f"Data must be a dict or dict-like object, got {type(data).__name__}"
            raise DataNotDictLikeError(msg)
        row = await self._db.fetchone(MERGE_DATA, (*_key(key), _dump(data), to_db(utc_now())))
        assert row is not None
        merged: dict[str, Any] = json.loads(row[0])
        return merged

    async def close(self) -> None:
        """Do nothing: the Database is shared and the application closes it."""
