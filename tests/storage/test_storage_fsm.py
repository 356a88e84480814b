"""SQLiteStorage: aiogram FSM storage over the shared Database."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import MemoryStorage

from bot.screening import Draft, Valid
from bot.storage import Database, SQLiteStorage
from bot.storage.fsm import get_record, put_record
from bot.storage.updates import ProcessedUpdateRepo, UpdateUnit, current_unit

BOT_ID = 42


class Form(StatesGroup):
    name = State()
    phone = State()


def key(user_id: int = 1, **overrides: object) -> StorageKey:
    fields: dict[str, object] = {"bot_id": BOT_ID, "chat_id": user_id, "user_id": user_id}
    fields.update(overrides)
    return StorageKey(**fields)  # type: ignore[arg-type]


async def test_empty_key_has_no_state_and_no_data(db: Database) -> None:
    storage = SQLiteStorage(db)
    assert await storage.get_state(key()) is None
    assert await storage.get_data(key()) == {}
    assert await storage.get_value(key(), "missing", "default") == "default"


async def test_state_round_trip(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(key(), Form.name)
    assert await storage.get_state(key()) == "Form:name"
    await storage.set_state(key(), "Form:phone")
    assert await storage.get_state(key()) == "Form:phone"
    await storage.set_state(key(), None)
    assert await storage.get_state(key()) is None


async def test_data_round_trip_and_state_kept(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(key(), Form.phone)
    data = {"name": "Анна", "answers": {"age": 30, "shifts": ["day"]}, "ok": True, "x": None}
    await storage.set_data(key(), data)
    assert await storage.get_data(key()) == data
    assert await storage.get_state(key()) == "Form:phone"
    assert await storage.get_value(key(), "name") == "Анна"

    returned = await storage.get_data(key())
    returned["name"] = "mutated"
    assert (await storage.get_data(key()))["name"] == "Анна"

    await storage.set_data(key(), {})
    assert await storage.get_data(key()) == {}
    assert await storage.get_state(key()) == "Form:phone"


async def test_set_data_refuses_non_dict(db: Database) -> None:
    with pytest.raises(DataNotDictLikeError):
        await SQLiteStorage(db).set_data(key(), [("a", 1)])  # type: ignore[arg-type]


async def test_data_is_json_never_pickle(db: Database) -> None:
    storage = SQLiteStorage(db)
    with pytest.raises(TypeError):
        await storage.set_data(key(), {"obj": object()})
    await storage.set_data(key(), {"t": (1, 2)})
    row = await db.fetchone("SELECT data_json FROM fsm")
    assert row is not None and row[0] == '{"t":[1,2]}'


DRAFT = {
    "v": 1,
    "slug": "backend-developer",
    "question_ids": ["name", "years", "skills"],
    "started_at": "2026-12-05T05:00:39.000000+00:00",
    "answers": {
        "name": {"value": 'Анна «Петрова»\u2028\\"', "display": "Анна"},
        "years": {"value": 5, "display": "5"},
        "skills": {"value": ["Python", "SQL"], "display": "Python, SQL"},
        "rate": {"value": 1.5, "display": "1e16"},
    },
    "index": 2,
    "editing": False,
    "selection": None,
}


async def test_a_draft_is_written_as_json_writes_it_and_read_without_it(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored text is the one ``json.dumps`` wrote before (rows stay readable both ways; a
    tiny float may be spelt ``1e-7`` for ``1e-07``, the same number), yet a draft's round trip,
    every update of a questionnaire, never goes through the stdlib's ``json``: pydantic-core
    reads and writes it in a third of the time."""
    storage = SQLiteStorage(db)
    data = {"current": "x", "draft": DRAFT}
    before = json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def slow(*args: object, **kwargs: object) -> object:
        raise AssertionError("the stdlib's json on the FSM's path")

    monkeypatch.setattr(json, "loads", slow)
    monkeypatch.setattr(json, "dumps", slow)
    await storage.set_data(key(), {"current": "x"})
    merged = await storage.update_data(key(), {"draft": DRAFT})
    assert merged == {"current": "x", "draft": DRAFT}
    assert await storage.get_data(key()) == merged
    assert await storage.update_data(key(), {"tiny": 1.5e-07}) == {**merged, "tiny": 1.5e-07}
    monkeypatch.undo()
    await storage.update_data(key(), {"tiny": None})
    row = await db.fetchone("SELECT data_json FROM fsm")
    assert row is not None and row[0] == before[:-1] + ',"tiny":null}'


async def test_update_data_merges_like_dict_update(db: Database) -> None:
    storage = SQLiteStorage(db)
    assert await storage.update_data(key(), {"a": 1}) == {"a": 1}
    result = await storage.update_data(key(), {"b": 2, "a": None})
    assert result == {"a": None, "b": 2}
    assert await storage.get_data(key()) == {"a": None, "b": 2}
    assert await storage.get_state(key()) is None
    # Nested objects are replaced, not merged (unlike SQLite's json_patch).
    await storage.set_data(key(), {"nested": {"x": 1, "y": 2}, "keep": "да"})
    result = await storage.update_data(key(), {"nested": {"x": 3}})
    assert result == {"nested": {"x": 3}, "keep": "да"}
    assert await storage.get_data(key()) == result


async def test_update_data_keeps_state_of_existing_key(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(key(), Form.name)
    await storage.update_data(key(), {"a": 1})
    assert await storage.get_state(key()) == "Form:name"
    with pytest.raises(DataNotDictLikeError):
        await storage.update_data(key(), [("a", 1)])  # type: ignore[arg-type]


async def test_separate_keys_do_not_mix(db: Database) -> None:
    storage = SQLiteStorage(db)
    keys = [
        key(1),
        key(2),
        key(1, chat_id=-100),
        key(1, thread_id=5),
        key(1, business_connection_id="bc"),
        key(1, destiny="other"),
        key(1, bot_id=BOT_ID + 1),
    ]
    for index, each in enumerate(keys):
        await storage.set_state(each, f"S:{index}")
        await storage.set_data(each, {"index": index})
    for index, each in enumerate(keys):
        assert await storage.get_state(each) == f"S:{index}"
        assert await storage.get_data(each) == {"index": index}
    row = await db.fetchone("SELECT COUNT(*) FROM fsm")
    assert row is not None and row[0] == len(keys)


async def test_user_and_chat_ids_have_their_own_columns(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(key(7, chat_id=-100, thread_id=3), "S:x")
    row = await db.fetchone("SELECT chat_id, user_id, thread_id FROM fsm")
    assert row is not None and tuple(row) == (-100, 7, 3)


async def test_survives_closing_and_reopening_the_database(db_path: Path) -> None:
    db = await Database.open(db_path)
    storage = SQLiteStorage(db)
    await storage.set_state(key(), Form.phone)
    await storage.update_data(key(), {"name": "Анна"})
    await storage.close()  # must not close the shared Database
    assert await db.fetchone("SELECT 1") is not None
    await db.close()

    reopened = await Database.open(db_path)
    try:
        storage = SQLiteStorage(reopened)
        assert await storage.get_state(key()) == "Form:phone"
        assert await storage.get_data(key()) == {"name": "Анна"}
    finally:
        await reopened.close()


async def test_concurrent_update_data_loses_nothing(db: Database) -> None:
    storage = SQLiteStorage(db)

    async def writer(worker: int) -> None:
        for i in range(20):
            await storage.update_data(key(), {f"w{worker}-{i}": i})
            await storage.set_state(key(100 + worker), f"S:{i}")

    await asyncio.gather(*(writer(worker) for worker in range(25)))
    data = await storage.get_data(key())
    assert len(data) == 25 * 20
    for worker in range(25):
        assert await storage.get_state(key(100 + worker)) == "S:19"
    stored = SQLiteStorage(db)  # no cache: what the table holds
    assert await stored.get_data(key()) == data
    assert await stored.get_state(key(124)) == "S:19"
    if db.dialect == "sqlite":
        check = await db.fetchone("PRAGMA integrity_check")
        assert check is not None and check[0] == "ok"


async def test_works_with_fsm_context(db: Database) -> None:
    from aiogram.fsm.context import FSMContext

    context = FSMContext(storage=SQLiteStorage(db), key=key())
    await context.set_state(Form.name)
    await context.update_data(name="Анна")
    assert await context.get_state() == "Form:name"
    assert await context.get_data() == {"name": "Анна"}
    await context.clear()
    assert await context.get_state() is None
    assert await context.get_data() == {}


async def test_reads_after_the_first_come_from_the_cache(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    writes: list[str] = []
    original_read, original_write = db.fetchone, db.execute

    async def counting_read(sql: str, params: object = (), **options: bool) -> object:
        reads.append(sql.split()[0])
        return await original_read(sql, params, **options)  # type: ignore[arg-type]

    async def counting_write(sql: str, params: object = ()) -> None:
        writes.append(sql.split()[0])
        await original_write(sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "fetchone", counting_read)
    monkeypatch.setattr(db, "execute", counting_write)
    storage = SQLiteStorage(db)
    for _ in range(5):
        assert await storage.get_state(key()) is None
        assert await storage.get_data(key()) == {}
    assert reads == ["SELECT"]  # one read fills the cache; the other nine are free
    await storage.set_state(key(), Form.name)
    await storage.update_data(key(), {"step": 1})
    await storage.update_data(key(), {"more": True})
    assert await storage.get_state(key()) == "Form:name"
    assert await storage.get_data(key()) == {"step": 1, "more": True}
    assert reads == ["SELECT"]  # merged in memory: no read before or after a write
    assert writes == ["INSERT"] * 3  # one statement per change
    await storage.set_state(key(2), Form.phone)  # an unseen key is read once, then written
    assert reads == ["SELECT", "SELECT"]
    assert await storage.get_state(key(2)) == "Form:phone"


async def test_cache_never_outlives_what_the_database_says(db_path: Path) -> None:
    db = await Database.open(db_path)
    storage = SQLiteStorage(db, cache_size=2)
    for user in (1, 2, 3):
        await storage.set_state(key(user), Form.phone)
        await storage.set_data(key(user), {"user": user})
        assert await storage.get_state(key(user)) == "Form:phone"
    assert [await storage.get_data(key(u)) for u in (1, 2, 3)] == [
        {"user": 1},
        {"user": 2},
        {"user": 3},
    ]
    await storage.set_state(key(1), None)
    await db.close()
    reopened = await Database.open(db_path)
    fresh = SQLiteStorage(reopened)
    assert await fresh.get_state(key(1)) is None
    assert await fresh.get_data(key(3)) == {"user": 3}
    await reopened.close()


async def test_a_write_that_fails_is_not_remembered(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(key(), Form.name)
    await storage.update_data(key(), {"step": 1})
    original = db.execute

    async def disk_full(sql: str, params: object = ()) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db, "execute", disk_full)
    with pytest.raises(sqlite3.OperationalError):
        await storage.update_data(key(), {"step": 2})
    with pytest.raises(sqlite3.OperationalError):
        await storage.set_state(key(), Form.phone)
    monkeypatch.setattr(db, "execute", original)
    assert await storage.get_data(key()) == {"step": 1}  # what the table holds
    assert await storage.get_state(key()) == "Form:name"


async def test_changes_made_at_the_same_moment_are_committed_as_one_job(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = SQLiteStorage(db)
    for user in (1, 2, 3):
        await storage.get_state(key(user))  # cached: no reads below
    jobs: list[str] = []
    original_execute, original_atomic = db.execute, db.atomic

    async def counting_execute(sql: str, params: object = ()) -> None:
        jobs.append("execute")
        await original_execute(sql, params)  # type: ignore[arg-type]

    async def counting_atomic(work: object) -> object:
        jobs.append("atomic")
        return await original_atomic(work)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "execute", counting_execute)
    monkeypatch.setattr(db, "atomic", counting_atomic)
    await asyncio.gather(  # a handler's two writes, and two other candidates' at that moment
        storage.set_state(key(1), Form.phone),
        storage.update_data(key(1), {"step": 2}),
        storage.set_data(key(2), {"name": "Анна"}),
        storage.set_state(key(3), Form.name),
    )
    assert jobs == ["atomic"]  # one trip to the database's thread, one commit
    await storage.update_data(key(1), {"step": 3})
    assert jobs == ["atomic", "execute"]  # a write alone is one statement
    stored = SQLiteStorage(db)  # no cache: what the table holds
    assert await stored.get_state(key(1)) == "Form:phone"
    assert await stored.get_data(key(1)) == {"step": 3}
    assert await stored.get_data(key(2)) == {"name": "Анна"}
    assert await stored.get_state(key(3)) == "Form:name"


async def test_a_row_dropped_from_the_cache_before_its_commit_is_not_read_back_stale(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = SQLiteStorage(db, cache_size=1)
    await storage.set_state(key(1), Form.name)
    release = asyncio.Event()
    original = db.execute

    async def slow_disk(sql: str, params: object = ()) -> None:
        await release.wait()
        await original(sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "execute", slow_disk)
    write = asyncio.ensure_future(storage.set_state(key(1), Form.phone))
    await asyncio.sleep(0)  # the cached row is changed; its commit waits for the disk
    assert await storage.get_state(key(2)) is None  # read from the table: drops key 1's row
    assert await storage.get_state(key(1)) == "Form:phone"  # not the table's "Form:name"
    release.set()
    await write
    assert await SQLiteStorage(db).get_state(key(1)) == "Form:phone"


async def test_a_record_is_decoded_once_per_change_and_stored_as_update_data_would(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft kept by ``put_record`` is handed over to the next ``get_record`` as it is,
    without parsing the row, rebuilding or copying the draft (a change not put back is not
    kept); the table holds what ``update_data`` would have written, read back after a restart;
    any other change of the data is seen."""
    db = await Database.open(db_path)
    try:
        again = await _records_round_trip(db, monkeypatch)
    finally:
        await db.close()
    reopened = await Database.open(db_path)
    try:
        assert await SQLiteStorage(reopened).get_record(key(), "draft", Draft) == again
    finally:
        await reopened.close()


async def _records_round_trip(db: Database, monkeypatch: pytest.MonkeyPatch) -> Draft:
    storage = SQLiteStorage(db)
    await storage.update_data(key(), {"current": "x"})
    draft = Draft.from_dict({**DRAFT, "optional_ids": [], "answers": {}, "index": 0})
    assert draft.give_consent("v1", dt.datetime(2026, 12, 5, tzinfo=dt.UTC))
    await storage.put_record(key(), "draft", draft)

    built = 0
    real = Draft.from_dict.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Draft], data: dict[str, object]) -> Draft:
        nonlocal built
        built += 1
        return real(cls, data)  # type: ignore[no-any-return]

    monkeypatch.setattr(Draft, "from_dict", classmethod(counted))
    monkeypatch.setattr("bot.storage.fsm._load", lambda text: pytest.fail("parsed again"))
    stored_before = draft.to_dict()
    got = await storage.get_record(key(), "draft", Draft)
    assert got is draft and built == 0  # handed over as it was put: no copy
    assert got.answer("name", Valid("Анна", "Анна"))  # a change never put back ...
    unchanged = await storage.get_record(key(), "draft", Draft)  # ... is read by nobody:
    assert unchanged is not None and unchanged.to_dict() == stored_before and built == 1
    await storage.put_record(key(), "draft", got)
    assert await storage.get_record(key(), "draft", Draft) is got and built == 1
    monkeypatch.undo()

    kept = await storage.get_record(key(), "draft", Draft)
    assert kept is not None
    stored = {"current": "x", "draft": kept.to_dict()}
    row = await db.fetchone("SELECT data_json FROM fsm")
    assert row is not None and json.loads(row[0]) == stored

    await storage.update_data(key(), {"draft": {**stored["draft"], "index": 2}})
    again = await storage.get_record(key(), "draft", Draft)
    assert again is not None and again.index == 2  # decoded afresh from the new data
    await storage.set_data(key(), {"current": "x"})
    assert await storage.get_record(key(), "draft", Draft) is None
    await storage.put_record(key(), "draft", again)
    return again


async def test_records_go_through_fsm_data_with_any_other_storage() -> None:
    """``get_record`` and ``put_record`` over aiogram's storages are ``get_data`` and
    ``update_data`` of the record's dict."""
    context = FSMContext(MemoryStorage(), key())
    draft = Draft.from_dict({**DRAFT, "optional_ids": []})
    assert await get_record(context, "draft", Draft) is None
    await put_record(context, "draft", draft)
    assert (await context.get_data())["draft"] == draft.to_dict()
    assert await get_record(context, "draft", Draft) == draft


async def test_setting_what_is_stored_already_writes_nothing(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(key(), Form.name)
    await storage.update_data(key(), {"posting": "support", "n": 1})
    unit = UpdateUnit(1, db)
    token = current_unit.set(unit)
    try:
        # A section of the card sets the card's posting again: nothing to write.
        assert await storage.update_data(key(), {"posting": "support"}) == {
            "posting": "support",
            "n": 1,
        }
        await storage.set_state(key(), Form.name)
        assert unit.writes == []
        await storage.update_data(key(), {"n": True})  # equal to 1, but not the same JSON
        assert len(unit.writes) == 1
        await storage.set_state(key(), Form.phone)
        assert len(unit.writes) == 1  # the row's one write, now with the new state too
    finally:
        current_unit.reset(token)
    await ProcessedUpdateRepo(db).commit(unit)
    fresh = SQLiteStorage(db)
    assert await fresh.get_state(key()) == "Form:phone"
    assert await fresh.get_data(key()) == {"posting": "support", "n": True}
