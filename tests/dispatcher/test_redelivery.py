"""An update Telegram delivers again is acknowledged and skipped; one whose effects were never
committed (the process died first) is handled again, from the state it found the first time."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from aiogram.types import Message, Update, User

from bot.storage import Database, QuestionRepo
from bot.storage.timefmt import to_db
from bot.storage.updates import KEEP, ProcessedUpdateRepo, current_unit
from bot.updates import UpdateGuard
from tests.conftest import (
    HR_CHAT_ID,
    SAMPLES,
    SEED,
    SHIPPED,
    MakeHarness,
    new_postgres_database,
)
from tests.dispatcher.test_questionnaire import (
    BACKEND,
    apply_label,
    fill_backend,
    open_and_consent,
)
from tests.harness import Harness, UserChat


def typed(chat: UserChat, text: str) -> Update:
    """The update of ``text`` typed in ``chat``, to feed more than once."""
    message = Message(
        message_id=chat.harness.next_message_id(),
        date=dt.datetime.now(dt.UTC),
        chat=chat.chat,
        from_user=User(**chat.user.model_dump()),
        text=text,
    )
    return Update(update_id=chat.harness.next_update_id(), message=message)


async def draft_answers(database: Path, user_id: int) -> dict[str, object]:
    """The answers of the user's draft as the database holds them."""
    db = await Database.open(database)
    try:
        row = await db.fetchone(
            "SELECT data_json FROM fsm WHERE user_id = ? AND data_json LIKE '%draft%'", (user_id,)
        )
    finally:
        await db.close()
    assert row is not None
    return dict(json.loads(row[0])["draft"]["answers"])


async def test_a_redelivered_answer_is_acknowledged_and_skipped(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    harness = await make_harness(SAMPLES, database_path=database)
    chat = harness.chat(user_id=2070)
    await open_and_consent(chat, BACKEND)
    update = typed(chat, "Анна")
    first = await harness.feed(update)
    assert first[-1].params["text"].startswith("Вопрос 2 из 6")
    again = await harness.feed(update)  # Telegram did not hear our answer and sends it again
    assert again == []
    await chat.send("5")  # the next answer is taken for question 2, as it should be
    assert chat.last_message().text.startswith("Вопрос 3 из 6")
    answers = await draft_answers(database, 2070)
    assert [answer["display"] for answer in answers.values()] == ["Анна", "5"]  # type: ignore[index]


async def test_an_update_cut_short_before_its_commit_is_handled_again_once(
    make_harness: MakeHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "bot.sqlite3"
    first = await make_harness(SAMPLES, database_path=database)
    chat = first.chat(user_id=2071)
    await open_and_consent(chat, BACKEND)
    update = typed(chat, "Анна")
    commit = ProcessedUpdateRepo.commit

    async def die(
        self: ProcessedUpdateRepo, unit: object, *, record: bool = True, alone: bool = False
    ) -> None:
        raise asyncio.CancelledError  # the process is gone before the commit

    monkeypatch.setattr(ProcessedUpdateRepo, "commit", die)
    with pytest.raises(asyncio.CancelledError):
        await first.feed(update)
    monkeypatch.setattr(ProcessedUpdateRepo, "commit", commit)

    second = await make_harness(SAMPLES, database_path=database)  # restarted; Telegram resends
    second.chat(user_id=2071)
    replies = await second.feed(update)
    assert replies[-1].params["text"].startswith("Вопрос 2 из 6")  # from question 1 again
    assert await second.feed(update) == []
    answers = await draft_answers(database, 2071)
    assert [answer["display"] for answer in answers.values()] == ["Анна"]  # type: ignore[index]


async def count_rows(database: Path, table: str, user_id: int) -> int:
    db = await Database.open(database)
    try:
        row = await db.fetchone(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (user_id,))
    finally:
        await db.close()
    assert row is not None
    return int(row[0])


async def cut_short(harness: Harness, update: Update, monkeypatch: pytest.MonkeyPatch) -> None:
    """Handle ``update`` and die right before its commit, as a SIGKILL would."""
    commit = ProcessedUpdateRepo.commit

    async def die(
        self: ProcessedUpdateRepo, unit: object, *, record: bool = True, alone: bool = False
    ) -> None:
        raise asyncio.CancelledError

    monkeypatch.setattr(ProcessedUpdateRepo, "commit", die)
    try:
        with pytest.raises(asyncio.CancelledError):
            await harness.feed(update)
    finally:
        monkeypatch.setattr(ProcessedUpdateRepo, "commit", commit)


async def test_a_posting_opened_by_an_update_handled_twice_counts_one_view(
    make_harness: MakeHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The view is written with the update's record: the funnel does not count a crash."""
    database = tmp_path / "bot.sqlite3"
    first = await make_harness(SAMPLES, database_path=database)
    update = typed(first.chat(user_id=2072), f"/start {BACKEND}__jobsite")
    await cut_short(first, update, monkeypatch)
    assert await count_rows(database, "posting_views", 2072) == 0  # nothing of it committed

    second = await make_harness(SAMPLES, database_path=database)  # restarted; Telegram resends
    second.chat(user_id=2072)
    assert await second.feed(update) != []  # the card, this time for good
    assert await second.feed(update) == []
    assert await count_rows(database, "posting_views", 2072) == 1


async def test_a_question_the_posting_answers_handled_twice_is_recorded_once(
    make_harness: MakeHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question answered from the posting is written with the update's record (its reply
    needs no id, so it waits for no statement of its own): a crash before the commit records
    nothing, and the update delivered again records it once."""
    database = tmp_path / "bot.sqlite3"
    first = await make_harness(SHIPPED / f"{SEED}.md", database_path=database)
    chat = first.chat(user_id=2075)
    await chat.send(f"/start {SEED}")
    update = typed(chat, "Какой график?")
    await cut_short(first, update, monkeypatch)
    assert await count_rows(database, "questions", 2075) == 0  # nothing of it committed

    second = await make_harness(SHIPPED / f"{SEED}.md", database_path=database)
    second.chat(user_id=2075)
    replies = await second.feed(update)  # Telegram delivers it again to the restarted bot
    assert replies[-1].params["text"].startswith("Из раздела «Условия»:")
    assert await second.feed(update) == []
    [question] = await QuestionRepo(second.dp["db"]).list_for_user_posting(2075, SEED)
    assert (question.question_text, question.answered) == ("Какой график?", True)


async def test_a_consent_handled_twice_is_recorded_once(
    make_harness: MakeHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Согласен» cut short before its commit and delivered again: one consent, committed with
    the questionnaire's first step."""
    database = tmp_path / "bot.sqlite3"
    first = await make_harness(SAMPLES, database_path=database)
    chat = first.chat(user_id=2073)
    await chat.send(f"/start {BACKEND}")
    await chat.press(apply_label(chat))
    update = Update(update_id=first.next_update_id(), callback_query=chat.query_for("Согласен"))
    # The consent screen as the press found it (the harness refuses an edit that changes
    # nothing, where Telegram's «not modified» is ignored by the bot).
    screens = copy.deepcopy(first.session.sent)
    await cut_short(first, update, monkeypatch)
    assert await count_rows(database, "consents", 2073) == 0

    second = await make_harness(SAMPLES, database_path=database)
    second.chat(user_id=2073)
    second.session.sent.update(screens)  # the chat's messages are Telegram's
    replies = await second.feed(update)
    assert any("Вопрос 1 из 6" in (call.params.get("text") or "") for call in replies)
    assert await second.feed(update) == []
    assert await count_rows(database, "consents", 2073) == 1


async def test_a_submit_cut_short_keeps_its_application_and_records_the_candidate_once(
    make_harness: MakeHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The candidate's record is written with the submit's update (no trip of its own): a
    submit cut short before that commit stored the application, and the update delivered again
    confirms it and records the candidate, once."""
    database = tmp_path / "bot.sqlite3"
    first = await make_harness(SAMPLES, database_path=database)
    first.group(HR_CHAT_ID)
    chat = first.chat(user_id=2075, first_name="Анна")
    await fill_backend(chat)
    update = Update(update_id=first.next_update_id(), callback_query=chat.query_for("Отправить"))
    screens = copy.deepcopy(first.session.sent)
    await cut_short(first, update, monkeypatch)
    assert await count_rows(database, "applications", 2075) == 1  # its own transaction
    assert await count_rows(database, "candidates", 2075) == 0  # came with the update's record

    second = await make_harness(SAMPLES, database_path=database)  # restarted; Telegram resends
    hr = second.group(HR_CHAT_ID)
    second.chat(user_id=2075, first_name="Анна")
    second.session.sent.update(screens)
    replies = await second.feed(update)
    assert any("отклик отправлен" in (call.params.get("text") or "") for call in replies)
    assert await second.feed(update) == []
    assert await count_rows(database, "applications", 2075) == 1
    assert await count_rows(database, "candidates", 2075) == 1
    assert len(hr.messages()) <= 1  # one summary at most (its delivery is the outbox's)


async def test_old_update_ids_are_forgotten(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        repo = ProcessedUpdateRepo(db)
        long_ago = dt.datetime.now(dt.UTC) - KEEP - dt.timedelta(hours=1)
        now = dt.datetime.now(dt.UTC)
        await db.execute(
            "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?), (?, ?)",
            (1, to_db(long_ago), 2, to_db(now)),
        )
        await repo.prune()
        assert not await repo.seen(1)
        assert await repo.seen(2)
    finally:
        await db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, object]:
    """The database two runs of the bot share: an SQLite file or a PostgreSQL database."""
    if request.param == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
        return {"database_url": await new_postgres_database(cluster)}
    return {"database_path": tmp_path / "bot.sqlite3"}


def dies_after_sending_to(harness: Harness, chat_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram takes a message for ``chat_id`` and the process dies at once — if it is still
    handling an update then (the update is never recorded, so Telegram delivers it again)."""
    session = harness.session
    make_request = session.make_request

    async def request(bot: Any, method: Any, timeout: int | None = None) -> Any:
        answer = await make_request(bot, method, timeout)
        sent_there = type(method).__name__ == "SendMessage" and method.chat_id == chat_id
        if sent_there and current_unit.get() is not None:
            raise asyncio.CancelledError
        return answer

    monkeypatch.setattr(session, "make_request", request)


async def test_a_question_for_hr_whose_update_is_delivered_again_reaches_hr_once(
    make_harness: MakeHarness, database: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Передать» is cut short right after HR's copy could have left, and Telegram delivers the
    press again to the restarted bot: HR gets the question once, and HR's reply still reaches
    the candidate."""
    first = await make_harness(SHIPPED / f"{SEED}.md", **database)
    chat = first.chat(user_id=2074)
    first.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    await chat.send("Можно ли приходить с собакой?")
    press = Update(update_id=first.next_update_id(), callback_query=chat.query_for("Передать"))
    dies_after_sending_to(first, HR_CHAT_ID, monkeypatch)
    with suppress(asyncio.CancelledError):
        await first.feed(press)
    monkeypatch.undo()

    second = await make_harness(SHIPPED / f"{SEED}.md", **database)  # restarted
    second.session.sent.update(first.session.sent)  # the chats' messages are Telegram's,
    second.session._ids = first.session._ids  # and so are their ids
    on_second, hr = second.chat(user_id=2074), second.group(HR_CHAT_ID)
    await second.feed(press)  # Telegram delivers the press again
    await second.dp["outbox_worker"].deliver_due(second.bot)  # whatever is left to send
    copies = [m for m in hr.messages() if "Можно ли приходить с собакой?" in m.text]
    assert len(copies) == 1
    await hr.send("Да, если она спокойная.", reply_to=copies[0])
    assert on_second.last_message().text.endswith("Да, если она спокойная.")
    [question] = await QuestionRepo(second.dp["db"]).list_for_user_posting(2074, SEED)
    assert question.hr_reply_text == "Да, если она спокойная."


class CommitsSeen(ProcessedUpdateRepo):
    """Every update is new; each commit is recorded with whether it was alone, not made."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.alone: list[bool] = []

    async def seen(self, update_id: int) -> bool:
        return False

    async def commit(self, unit: Any, *, record: bool = True, alone: bool = False) -> None:
        self.alone.append(alone)
        await asyncio.sleep(0)  # as a commit that waits for the database


async def test_only_the_one_update_being_handled_commits_without_waiting_for_others(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        await alone_or_not(db)
    finally:
        await db.close()


async def alone_or_not(db: Database) -> None:
    repo = CommitsSeen(db)
    guard = UpdateGuard(repo)
    gate = asyncio.Event()

    async def handler(event: Any, data: dict[str, Any]) -> None:
        await gate.wait()

    gate.set()
    await guard(handler, Update(update_id=1), {"db": db})
    gate.clear()
    both = [asyncio.ensure_future(guard(handler, Update(update_id=n), {"db": db})) for n in (2, 3)]
    await asyncio.sleep(0)
    gate.set()  # both finish at the same moment: their commits may share a group
    await asyncio.gather(*both)
    assert repo.alone == [True, False, False]
