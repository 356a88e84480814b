"""aiogram FSM storage over the bot's SQLite database, so questionnaires survive restarts.

State is stored as text and data as JSON (never pickle): data values must be JSON-serializable,
and round-trip as JSON does (tuples come back as lists, non-string keys as strings).

The storage keeps a bounded cache of the rows it has seen, and the cache is the truth for the keys
it holds: this process is the only writer of the ``fsm`` table for the bot (Telegram refuses a
second poller). Every change is made to the cached row first, synchronously, and then written
with one short statement, one round trip to the database thread. Writes reach the thread in the
order the changes were made, so the table always ends as the cache says; and ``update_data``
merges into the cached data with no await in between, so concurrent merges cannot lose an update.
A key not in the cache is read once (aiogram reads the state of every update anyway) and then
served from memory. Erasure of a person goes through the FSM context first (``state.clear()``),
which updates the cache before the rows are deleted.

While an update is being handled, its writes wait in the update's ``UpdateUnit`` and are committed
in one transaction with the record that the update was handled (``bot.storage.updates``).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.storage.database import Database
from bot.storage.timefmt import to_db, utc_now
from bot.storage.updates import current_unit

KEY_WHERE = """
bot_id = ? AND chat_id = ? AND user_id = ? AND thread_id = ?
AND business_connection_id = ? AND destiny = ?
"""

SELECT_ROW = f"SELECT state, data_json FROM fsm WHERE {KEY_WHERE}"
DELETE_ROW = f"DELETE FROM fsm WHERE {KEY_WHERE}"

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


Key = tuple[int, int, int, int, str, str]
CACHE_SIZE = 10_000


@dataclass(slots=True)
class _Row:
    """What the ``fsm`` table holds for one key: the state and the data as JSON text."""

    state: str | None
    data_json: str


class SQLiteStorage(BaseStorage):
    """FSM states and data in the ``fsm`` table of a shared ``Database``, with a read cache."""

    def __init__(self, db: Database, cache_size: int = CACHE_SIZE) -> None:
        self._db = db
        self._cache: OrderedDict[Key, _Row] = OrderedDict()
        self._cache_size = cache_size

    async def _row(self, key: Key) -> _Row:
        """The cached row for ``key``, read from the database on a miss."""
        row = self._cache.get(key)
        if row is not None:
            self._cache.move_to_end(key)
            return row
        found = await self._db.fetchone(SELECT_ROW, key)
        row = self._cache.get(key)
        if row is not None:  # cached (and maybe changed) by another task while we read
            return row
        row = _Row(None, "{}") if found is None else _Row(found[0], found[1])
        self._cache[key] = row
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return row

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        """Set (or, with None, clear) the state for ``key``."""
        value = state.state if isinstance(state, State) else state
        k = _key(key)
        (await self._row(k)).state = value
        await self._write(k, UPSERT_STATE, value)

    async def get_state(self, key: StorageKey) -> str | None:
        """Return the state for ``key``, or None."""
        return (await self._row(_key(key))).state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        """Replace the data for ``key``."""
        if not isinstance(data, dict):
            msg = f"Data must be a dict or dict-like object, got {type(data).__name__}"
            raise DataNotDictLikeError(msg)
        await self._write_data(_key(key), _dump(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        """Return a fresh copy of the data for ``key`` (empty when there is none)."""
        data: dict[str, Any] = json.loads((await self._row(_key(key))).data_json)
        return data

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Merge ``data`` into the stored data like ``dict.update``; return the result."""
        if not isinstance(data, Mapping):
            msg = f"Data must be a dict or dict-like object, got {type(data).__name__}"
            raise DataNotDictLikeError(msg)
        k = _key(key)
        row = await self._row(k)
        merged: dict[str, Any] = json.loads(row.data_json)
        merged.update(data)
        text = _dump(merged)
        await self._write_data(k, text, row)
        return json.loads(text)  # what was stored, as a fresh copy

    async def _write_data(self, k: Key, text: str, row: _Row | None = None) -> None:
        """Change the cached data (no await before it), then write it."""
        (row or await self._row(k)).data_json = text
        await self._write(k, UPSERT_DATA, text)

    async def _write(self, k: Key, sql: str, value: str | None) -> None:
        params: tuple[object, ...] = (*k, value, to_db(utc_now()))
        row = self._cache.get(k)
        if row is not None and row.state is None and row.data_json == "{}":
            # Nothing left to keep: no row at all, also when this write lands after an erasure.
            sql, params = DELETE_ROW, k
        unit = current_unit.get()
        if unit is not None and unit.db is self._db:
            # Handling an update: the write is committed with the update's record, after the
            # handler (see bot.storage.updates); the cache already shows it to this process.
            unit.add(sql, params, lambda: self._forget(k))
            return
        try:
            await self._db.execute(sql, params)
        except BaseException:
            # Not stored: forget the cached change, so the table is the truth again.
            self._cache.pop(k, None)
            raise

    def _forget(self, k: Key) -> None:
        """Drop a cached row whose write failed, so the table is the truth again."""
        self._cache.pop(k, None)

    async def close(self) -> None:
        """Do nothing: the Database is shared and the application closes it."""
