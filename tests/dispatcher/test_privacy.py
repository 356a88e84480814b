"""/my lists the candidate's applications; /delete_me erases every record of the person."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import ReplyKeyboardRemove

from bot.storage import Database
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.dispatcher.test_questionnaire import BACKEND, fill_backend, open_and_consent
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
    assert chat.last_message().text == "Готово, все ваши данные удалены."
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
