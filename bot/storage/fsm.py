"""aiogram FSM storage over the bot's SQLite database, so questionnaires survive restarts.

State is stored as text and data as JSON (never pickle): data values must be JSON-serializable,
and round-trip as JSON does (tuples come back as lists, non-string keys as strings). pydantic-core
reads and writes that JSON (``from_json``, ``to_json``): a questionnaire's draft is parsed twice
and written once with every answer, and the stdlib's ``json`` took three times as long for the
same text. pydantic-core also writes what ``json`` refuses but pydantic knows (a datetime as ISO
text, a set as a list); anything else is refused with ``TypeError``, as ``json`` does.

The storage keeps a bounded cache of the rows it has seen, and the cache is the truth for the keys
it holds: this process is the only writer of the ``fsm`` table for the bot (Telegram refuses a
second poller). Every change is made to the cached row first, synchronously, and then written:
the rows changed while the event loop runs one round of callbacks (a handler's ``set_state`` and
``update_data`` together, other candidates' updates handled at the same moment) go to the
database as one job, one round trip to its thread and one commit, and every writer waits for
that commit. Each job writes whole rows as the cache holds them when it starts, and jobs reach
the thread in the order they started, so the table always ends as the cache says; and
``update_data`` merges into the cached data with no await in between, so concurrent merges
cannot lose an update.
A key not in the cache is read once (aiogram reads the state of every update anyway) and then
served from memory. Erasure of a person goes through the FSM context first (``state.clear()``),
which updates the cache before the rows are deleted.

A value kept under one key of the data as an object of the program's (the questionnaire's
``Draft``) is read and written with ``get_record`` and ``put_record``: the row keeps the object
beside its JSON, so a step of the questionnaire neither parses the row's JSON nor rebuilds the
object from it; the row's JSON is written as ``update_data`` writes it, in the same transaction.

While an update is being handled, its writes wait in the update's ``UpdateUnit`` and are committed
in one transaction with the record that the update was handled (``bot.storage.updates``).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, Self, TypeVar

from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from pydantic_core import PydanticSerializationError, from_json, to_json

from bot.storage.database import Database
from bot.storage.timefmt import now_db
from bot.storage.updates import current_unit

KEY_WHERE = """
bot_id = ? AND chat_id = ? AND user_id = ? AND thread_id = ?
AND business_connection_id = ? AND destiny = ?
"""

SELECT_ROW = f"SELECT state, data_json FROM fsm WHERE {KEY_WHERE}"
DELETE_ROW = f"DELETE FROM fsm WHERE {KEY_WHERE}"

UPSERT_ROW = """
INSERT INTO fsm (
    bot_id, chat_id, user_id, thread_id, business_connection_id, destiny,
    state, data_json, updated_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (bot_id, chat_id, user_id, thread_id, business_connection_id, destiny)
DO UPDATE SET state = excluded.state, data_json = excluded.data_json,
              updated_at = excluded.updated_at
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
    """``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``, in a third of the time."""
    try:
        return to_json(data).decode()
    except PydanticSerializationError as error:  # an object JSON cannot hold
        raise TypeError(str(error)) from None


def _load(text: str) -> dict[str, Any]:
    """``json.loads(text)``, in two thirds of the time: a fresh dict nothing else holds."""
    data: dict[str, Any] = from_json(text)
    return data


Key = tuple[int, int, int, int, str, str]
CACHE_SIZE = 10_000


class Record(Protocol):
    """An object kept in FSM data as the JSON of its ``to_dict()``."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read what ``to_dict`` wrote; ValueError when it is not that."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form stored."""
        ...

    def copy(self) -> Self:
        """An equal object sharing nothing mutable with this one."""
        ...


R = TypeVar("R", bound=Record)


@dataclass(slots=True)
class _Row:
    """What the ``fsm`` table holds for one key: the state and the data as JSON text; and, while
    ``data_json`` is unchanged, what was read from it: ``data`` (parsed, never handed out) and
    ``records`` (objects stored by ``put_record``, each handed over to the next ``get_record``
    of its name, which forgets it)."""

    state: str | None
    data_json: str
    data: dict[str, Any] | None = None
    records: dict[str, Record] | None = None

    def set_json(self, text: str) -> None:
        """Store new data: what was read from the old JSON no longer holds."""
        self.data_json = text
        self.data = None
        self.records = None

    def parsed(self) -> dict[str, Any]:
        """The data, parsed once per change (the storage's own: never hand it out)."""
        if self.data is None:
            self.data = _load(self.data_json)
        return self.data


class SQLiteStorage(BaseStorage):
    """FSM states and data in the ``fsm`` table of a shared ``Database``, with a read cache;
    changes made at the same moment are committed together."""

    def __init__(self, db: Database, cache_size: int = CACHE_SIZE) -> None:
        self._db = db
        self._cache: OrderedDict[Key, _Row] = OrderedDict()
        self._cache_size = cache_size
        self._dirty: dict[Key, _Row] = {}  # changed since the next batch was started
        self._batch: asyncio.Future[None] | None = None  # committed when that batch is
        self._generation = 0
        # Rows changed but not committed yet, with the batch that writes them: a row the cache
        # dropped meanwhile is found here, not read back stale from the table.
        self._unwritten: dict[Key, tuple[_Row, int]] = {}
        self._committing: set[asyncio.Future[None]] = set()  # strong references to the tasks
        # The batch committed last: on PostgreSQL's pool two batches could otherwise commit on
        # two connections out of order, an older row last (SQLite's one thread keeps the order).
        self._previous: asyncio.Future[None] | None = None

    async def _row(self, key: Key) -> _Row:
        """The cached row for ``key``, read from the database on a miss."""
        row = self._cache.get(key)
        if row is not None:
            self._cache.move_to_end(key)
            return row
        unwritten = self._unwritten.get(key)
        if unwritten is None:
            found = await self._db.fetchone(SELECT_ROW, key, small=True)
            row = self._cache.get(key)
            if row is not None:  # cached (and maybe changed) by another task while we read
                return row
            row = _Row(None, "{}") if found is None else _Row(found[0], found[1])
        else:
            row = unwritten[0]
        self._cache[key] = row
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return row

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        """Set (or, with None, clear) the state for ``key``."""
        value = state.state if isinstance(state, State) else state
        k = _key(key)
        row = await self._row(k)
        if row.state == value and self._stored(k):
            return
        row.state = value
        await self._write(k, row)

    async def get_state(self, key: StorageKey) -> str | None:
        """Return the state for ``key``, or None."""
        return (await self._row(_key(key))).state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        """Replace the data for ``key``."""
        if not isinstance(data, dict):
            msg = f"Data must be a dict or dict-like object, got {type(data).__name__}"
            raise DataNotDictLikeError(msg)
        text = _dump(data)
        k = _key(key)
        row = await self._row(k)
        row.set_json(text)
        await self._write(k, row)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        """Return a fresh copy of the data for ``key`` (empty when there is none)."""
        return _load((await self._row(_key(key))).data_json)

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Merge ``data`` into the stored data like ``dict.update``; return the result, a dict
        of the caller's own (as ``MemoryStorage`` does, ``data``'s values in it as given)."""
        if not isinstance(data, Mapping):
            msg = f"Data must be a dict or dict-like object, got {type(data).__name__}"
            raise DataNotDictLikeError(msg)
        k = _key(key)
        row = await self._row(k)
        merged = _load(row.data_json)
        merged.update(data)
        text = _dump(merged)
        if text == row.data_json and self._stored(k):
            return merged  # the card's posting set again by each of its sections: no write
        row.set_json(text)  # no await between reading the row and changing it
        await self._write(k, row)
        return merged  # parsed afresh above: nothing the storage keeps shares its values

    async def get_record(self, key: StorageKey, name: str, kind: type[R]) -> R | None:
        """The data's ``name`` read by ``kind.from_dict`` (None when absent or empty), the
        caller's own. The object ``put_record`` kept is handed over as it is, not copied: the
        row forgets it, so a change the caller never puts back is never read by anyone (the
        next read builds it from the JSON again). ValueError when the value is not a
        ``kind``."""
        row = await self._row(_key(key))
        records = row.records
        found = None if records is None else records.pop(name, None)
        if found is None:
            raw = row.parsed().get(name)
            if not raw:
                return None
            return kind.from_dict(raw)  # nothing shared with the parsed data
        if not isinstance(found, kind):
            raise ValueError(f"{name!r} holds a {type(found).__name__}, not a {kind.__name__}")
        return found

    async def put_record(self, key: StorageKey, name: str, record: Record) -> None:
        """``update_data({name: record.to_dict()})``, keeping ``record`` itself for the next
        ``get_record`` (the caller hands it over: it must not change it afterwards), and
        merging into the data parsed before instead of parsing it again."""
        k = _key(key)
        row = await self._row(k)
        merged = {**row.parsed(), name: record.to_dict()}
        text = _dump(merged)
        row.set_json(text)  # no await between reading the row and changing it
        row.data = merged  # the storage's own: the values are the old parsed ones and a new dict
        row.records = {name: record}
        await self._write(k, row)

    def _stored(self, k: Key) -> bool:
        """Whether the cached row of ``k`` is what the table holds, or what a write queued
        with the update being handled will store: then setting it to what it is already needs
        no write. Not while a batch outside an update still writes it: that write may yet fail
        and drop the row, and whoever set the same value again would not hear of it."""
        return k not in self._unwritten

    async def _write(self, k: Key, row: _Row) -> None:
        """Write ``row`` (already changed in the cache): with the record of the update being
        handled, or else in the batch of this moment, waiting until that batch commits."""
        unit = current_unit.get()
        if unit is not None and unit.db is self._db:
            # Handling an update: the write is committed with the update's record, after the
            # handler (see bot.storage.updates); the cache already shows it to this process.
            sql, params = _statement(k, row, now_db())
            unit.add(sql, params, lambda: self._forget(k), replaces=("fsm", k))
            return
        self._dirty[k] = row
        self._unwritten[k] = (row, self._generation)
        batch = self._batch
        if batch is None:
            loop = asyncio.get_running_loop()
            batch = self._batch = loop.create_future()
            # Started once the loop has run what is ready now: writes made meanwhile join it.
            loop.call_soon(self._start_batch)
        # A cancelled writer must not cancel the batch others wait for.
        await asyncio.shield(batch)

    def _start_batch(self) -> None:
        done, self._batch = self._batch, None
        rows, self._dirty = self._dirty, {}
        generation = self._generation
        self._generation += 1
        stamp = now_db()
        params = [_statement(k, row, stamp) for k, row in rows.items()]
        assert done is not None
        previous, self._previous = self._previous, done
        if self._db.dialect == "sqlite":
            previous = None
        task = asyncio.ensure_future(self._commit(params, rows, generation, done, previous))
        self._committing.add(task)
        task.add_done_callback(self._committing.discard)

    async def _commit(
        self,
        params: list[tuple[str, tuple[Any, ...]]],
        rows: dict[Key, _Row],
        generation: int,
        done: asyncio.Future[None],
        previous: asyncio.Future[None] | None = None,
    ) -> None:
        try:
            if previous is not None and not previous.done():
                await asyncio.wait([previous])  # its outcome is its own writers' to see
            if len(params) == 1:
                await self._db.execute(*params[0])
            else:
                await self._db.atomic(lambda conn: _upsert_rows(conn, params))
        except BaseException as error:
            # Not stored: forget the cached rows, so the table is the truth again (a row
            # changed again meanwhile stays: the next batch writes it whole).
            for k in rows:
                if k not in self._dirty:
                    self._cache.pop(k, None)
            if isinstance(error, Exception):
                done.set_exception(error)
            else:
                done.cancel()
                raise
        else:
            done.set_result(None)
        finally:
            for k in rows:
                entry = self._unwritten.get(k)
                if entry is not None and entry[1] == generation:
                    del self._unwritten[k]

    def _forget(self, k: Key) -> None:
        """Drop a cached row whose write failed, so the table is the truth again."""
        self._cache.pop(k, None)

    async def close(self) -> None:
        """Do nothing: the Database is shared and the application closes it."""


async def get_record(state: FSMContext, name: str, kind: type[R]) -> R | None:
    """The FSM data's ``name`` read by ``kind.from_dict`` (None when absent or empty): kept as
    an object by ``SQLiteStorage``, parsed from the data by any other storage."""
    storage = state.storage
    if isinstance(storage, SQLiteStorage):
        return await storage.get_record(state.key, name, kind)
    raw = (await state.get_data()).get(name)
    return kind.from_dict(raw) if raw else None


async def put_record(state: FSMContext, name: str, record: Record) -> None:
    """Store ``record`` as the FSM data's ``name``: ``update_data({name: record.to_dict()})``.
    The caller hands ``record`` over: it must not change it afterwards."""
    storage = state.storage
    if isinstance(storage, SQLiteStorage):
        await storage.put_record(state.key, name, record)
    else:
        await state.update_data({name: record.to_dict()})


def _statement(k: Key, row: _Row, stamp: str) -> tuple[str, tuple[Any, ...]]:
    """The statement that stores ``row``: the whole row, or no row at all when it keeps nothing
    (also when the write lands after an erasure)."""
    if row.state is None and row.data_json == "{}":
        return DELETE_ROW, k
    return UPSERT_ROW, (*k, row.state, row.data_json, stamp)


def _upsert_rows(conn: sqlite3.Connection, statements: list[tuple[str, tuple[Any, ...]]]) -> None:
    """On the database's thread, inside ``Database.atomic``: write a batch of whole rows."""
    upserts = [params for sql, params in statements if sql is UPSERT_ROW]
    if upserts:
        conn.executemany(UPSERT_ROW, upserts)
    for sql, params in statements:
        if sql is not UPSERT_ROW:
            conn.execute(sql, params)
