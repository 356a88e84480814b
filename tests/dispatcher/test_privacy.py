"""/my lists the candidate's applications; /delete_me erases every record of the person."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import ReplyKeyboardRemove

from bot.storage import Database
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.dispatcher.test_questionnaire import (
    BACKEND,
    fill_backend,
    finish_backend,
    open_and_consent,
)
from tests.harness import Harness

USER = 3001


@pytest.fixture
async def bot(make_harness: MakeHarness, tmp_path: Path) -> Harness:
    harness = await make_harness(SAMPLES)
    harness.session.known_chats.add(HR_CHAT_ID)
    return harness


async def rows_mentioning(db: Database, user_id: int) -> dict[str, int]:
    """For every table in sqlite_master: how many rows hold ``user_id`` in any column."""
    tables = await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
    found: dict[str, int] = {}
    for table in tables:
        name = table["name"]
        if name.startswith("sqlite_"):
            continue
        hits = 0
        for row in await db.fetchall(f"SELECT * FROM {name}"):
            if any(value in (user_id, str(user_id)) for value in tuple(row)) or any(
                isinstance(value, str) and f"id={user_id}" in value for value in tuple(row)
            ):
                hits += 1
        found[name] = hits
    return found


async def test_my_lists_applications_with_status_and_an_unfinished_questionnaire(
    bot: Harness,
) -> None:
    chat = bot.chat(user_id=USER)
    await chat.send("/my")
    assert chat.last_message().text == (
        "Вы ещё никуда не откликались. Открытые вакансии — /vacancies."
    )
    await fill_backend(chat, years="1")
    await chat.press("Отправить")
    await open_and_consent(chat, "customer-success-manager")
    await chat.send("/cancel")
    await chat.send("/my")
    text = chat.last_message().text
    assert text.startswith("Ваши отклики\n• Python-разработчик (backend) — отправлен, есть")
    assert "Незаконченная анкета: «Customer Success Manager (English-speaking markets)»" in text


async def test_delete_me_asks_then_erases_every_record(bot: Harness) -> None:
    chat = bot.chat(user_id=USER)
    other = bot.chat(user_id=3002, first_name="Борис", username="boris")
    for person in (chat, other):
        await fill_backend(person)
        await person.press("Отправить")
    await chat.send("Есть ли ДМС?")  # a question about the posting: stored
    await open_and_consent(chat, "customer-success-manager")  # a draft and a second consent
    await chat.send("John")
    db = bot.dp["db"]
    before = await rows_mentioning(db, USER)
    for table in ("applications", "answers", "consents", "candidates", "questions", "fsm"):
        assert before.get(table, 0) > 0 or table == "answers", table

    await chat.send("/delete_me")
    confirm = chat.last_message()
    assert confirm.text.startswith("Удалить все ваши данные")
    assert confirm.buttons == ["Да, удалить всё", "Нет, оставить"]
    await chat.press("Нет, оставить")
    assert chat.last_message().text == "Хорошо, ничего не удаляем."
    assert await rows_mentioning(db, USER) == before

    await chat.send("/delete_me")
    await chat.press("Да, удалить всё")
    assert chat.last_message().text == (
        "Готово, все ваши данные удалены.\n\n"
        "Из чата HR удалены и сообщения о вас — сводка отклика и переданные вопросы: 1.\n\n"
        "HR могли сохранить ваши данные и вне бота (переслать или записать) — об этом спросите "
        "их напрямую."
    )
    after = await rows_mentioning(db, USER)
    assert after == dict.fromkeys(after, 0), after
    answers = await db.fetchall("SELECT COUNT(*) FROM answers")
    assert answers[0][0] == 5  # the other candidate's answers stay
    assert (await rows_mentioning(db, 3002))["applications"] == 1

    await chat.send("Анна")  # the draft is gone: free text is a question again, not an answer
    assert not chat.last_message().text.startswith("Вопрос")
    await chat.send("/my")
    assert chat.last_message().text.startswith("Вы ещё никуда не откликались")
    assert (await rows_mentioning(db, USER)).get("applications") == 0


async def test_delete_me_in_the_middle_of_a_contact_question_removes_the_keyboard(
    bot: Harness,
) -> None:
    chat = bot.chat(user_id=USER)
    await open_and_consent(chat, BACKEND)
    for answer in ("Анна", "5"):
        await chat.send(answer)
    await chat.press("Да")
    await chat.press("B2")
    await chat.press("Пропустить")
    await chat.send("/delete_me")
    await chat.press("Да, удалить всё")
    assert isinstance(chat.last_message().markup, ReplyKeyboardRemove)
    key = StorageKey(bot_id=bot.bot.id, chat_id=USER, user_id=USER)
    assert await bot.dp.storage.get_state(key) is None


def file_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


async def test_nothing_erased_stays_in_the_database_files(bot: Harness, tmp_path: Path) -> None:
    chat = bot.chat(user_id=USER, first_name="Ярославна", username="yaroslavna_q")
    hr = bot.group(HR_CHAT_ID)
    await open_and_consent(chat, BACKEND)
    await chat.send("Ярославна Зюзюкина")
    await chat.send("7")
    await finish_backend(chat, contact="+7 913 555-01-02")
    await chat.press("Отправить")
    await chat.send("Берёте ли вы на работу с попугаем Кешей?")
    await chat.press("Передать")
    await hr.send("С попугаем Кешей — только по пятницам.", reply_to=hr.last_message())
    secrets = [
        "Зюзюкина",
        "913 555",
        "79135550102",
        "yaroslavna_q",
        "попугаем Кешей",
        "только по пятницам",
    ]
    other = bot.chat(user_id=3002, first_name="Борис")  # rows that share the pages
    await fill_backend(other)
    await other.press("Отправить")
    db = bot.dp["db"]
    await db.checkpoint()  # as SQLite does by itself now and then: the rows reach the file
    files = [Path(db.path), Path(db.path + "-wal")]
    assert all(secret.encode() in file_bytes(files[0]) for secret in secrets)

    await chat.send("/delete_me")
    await chat.press("Да, удалить всё")

    for file in files:  # the main file and the write-ahead log, byte by byte
        content = file_bytes(file)
        found = [secret for secret in secrets if secret.encode() in content]
        assert found == [], f"{file.name} still holds {found}"


async def test_delete_me_deletes_the_hr_messages_telegram_still_allows(bot: Harness) -> None:
    chat = bot.chat(user_id=USER)
    hr = bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Отправить")
    await chat.send("Берёте ли вы на работу с попугаем?")
    await chat.press("Передать")
    summary, question = hr.messages()
    other = bot.chat(user_id=3002)
    await fill_backend(other)
    await other.press("Отправить")
    # The summary went out three days ago: Telegram no longer lets the bot delete it.
    await bot.dp["db"].execute(
        "UPDATE outbox SET sent_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-3 days') "
        "WHERE application_id = 1"
    )

    await chat.send("/delete_me")
    await chat.press("Да, удалить всё")

    deletes = [c.params for c in bot.session.calls if c.method == "DeleteMessage"]
    assert deletes == [{"chat_id": HR_CHAT_ID, "message_id": question.message_id}]
    assert question.deleted and not summary.deleted
    assert not hr.messages()[-1].deleted  # the other candidate's summary stays
    told = chat.last_message().text.split("\n\n")
    assert told[1] == (
        "Из чата HR удалены и сообщения о вас — сводка отклика и переданные вопросы: 1."
    )
    assert told[2].startswith(
        "В чате HR остались сообщения о вас, которые бот удалить не может: 1"
    )
    assert "напишите HR" in told[2]
