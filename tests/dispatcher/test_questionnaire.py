"""The screening questionnaire, spoken as the candidate: consent, questions, review, submit."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiogram.types import ReplyKeyboardMarkup, ReplyKeyboardRemove, Update

from bot.storage import ApplicationRepo, ApplicationStatus, Database, OutboxRepo
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.harness import Harness, UserChat

BACKEND = "python-backend-developer"
CSM = "customer-success-manager"
ALL_TYPES = "all-types"
MANY = "many-questions"

ALL_TYPES_POSTING = """---
title: Тестовая вакансия <b>&
slug: all-types
lang: ru
questionnaire:
  - id: name
    text: Как к вам обращаться?
    type: text
    max: 20
  - id: years
    text: Сколько лет опыта?
    type: number
    min: 0
    max: 50
  - id: skills
    text: Что вы умеете?
    type: multichoice
    options: [Python, SQL, Go]
  - id: remote
    text: Готовы работать удалённо?
    type: yesno
  - id: shift
    text: Какая смена удобнее?
    type: choice
    options: [Утро, Вечер]
  - id: start
    text: С какого числа можете начать?
    type: date
  - id: phone
    text: Ваш телефон?
    type: phone
  - id: email
    text: Ваш email?
    type: email
  - id: note
    text: Что-нибудь ещё?
    type: text
    required: false
---

Тестовая вакансия для анкеты со всеми типами вопросов.
"""

MANY_POSTING = (
    "---\ntitle: Десять вопросов\nslug: many-questions\nlang: ru\nquestionnaire:\n"
    + "".join(f"  - id: q{n}\n    text: Вопрос номер {n}?\n" for n in range(1, 11))
    + "---\n\nВакансия с десятью текстовыми вопросами.\n"
)


def write_posting(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "extra"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
async def bot(make_harness: MakeHarness, tmp_path: Path) -> Harness:
    """The shared samples plus a posting with every question type and one with ten questions."""
    return await make_harness(
        SAMPLES,
        write_posting(tmp_path, ALL_TYPES, ALL_TYPES_POSTING),
        write_posting(tmp_path, MANY, MANY_POSTING),
    )


async def open_and_consent(chat: UserChat, slug: str) -> None:
    await chat.send(f"/start {slug}")
    await chat.press(apply_label(chat))
    assert chat.button(agree_label(chat))
    await chat.press(agree_label(chat))


def apply_label(chat: UserChat) -> str:
    return "Откликнуться" if chat.user.language_code == "ru" else "Apply"


def agree_label(chat: UserChat) -> str:
    return "Согласен" if chat.user.language_code == "ru" else "I agree"


async def fill_backend(chat: UserChat, years: str = "5") -> None:
    await open_and_consent(chat, BACKEND)
    assert chat.last_message().text.startswith("Вопрос 1 из 6\nКак к вам обращаться?")
    await chat.send("Анна")
    assert chat.last_message().text.startswith("Вопрос 2 из 6")
    await chat.send(years)
    await chat.press("Да")
    await chat.press("B2")
    await chat.press("Пропустить")
    assert "Поделиться номером" in chat.last_message().buttons
    await chat.send("+7 912 345-67-89")


async def table_counts(db: Database) -> dict[str, int]:
    rows = await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
    counts = {}
    for row in rows:
        if row["name"].startswith("sqlite_"):
            continue
        count = await db.fetchone(f"SELECT COUNT(*) FROM {row['name']}")
        assert count is not None
        counts[row["name"]] = int(count[0])
    return counts


# --- the whole path -----------------------------------------------------------------------------


async def test_consent_questions_review_submit_and_hr_summary(bot: Harness) -> None:
    chat = bot.chat(user_id=2001, first_name="Анна", username="anna")
    hr = bot.group(HR_CHAT_ID)
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    consent = chat.last_message()
    assert consent.text.startswith("Согласие на обработку персональных данных")
    assert "«Python-разработчик (backend)»" in consent.text
    assert consent.buttons == ["Согласен", "Не согласен"]
    await chat.press("Согласен")
    await chat.send("Анна")
    await chat.send("5 лет")
    assert chat.last_message().text.startswith("Вопрос 3 из 6")
    assert chat.last_message().buttons == ["Да", "Нет", "Назад"]
    await chat.press("Да")
    assert chat.last_message().buttons == ["A1–A2", "B1", "B2", "C1 и выше", "Назад"]
    await chat.press("B2")
    assert chat.last_message().buttons == ["Назад", "Пропустить"]
    await chat.press("Пропустить")
    contact_question = chat.last_message()
    assert isinstance(contact_question.markup, ReplyKeyboardMarkup)
    assert contact_question.markup.keyboard[0][0].request_contact
    await chat.send_contact("79123456789")
    ack, review = chat.messages()[-2:]
    assert isinstance(ack.markup, ReplyKeyboardRemove)
    assert ack.text == "Записал: +7 912 345-67-89"
    assert review.text.startswith("Проверьте анкету")
    assert "5. Из какого города вы планируете работать?\n— пропущено" in review.text
    assert "2. Сколько лет вы коммерчески пишете на Python?\n5" in review.text
    assert review.buttons == ["Отправить", "Изменить", "Назад"]

    await chat.press("Отправить")
    done = chat.last_message()
    assert done.text.startswith("Готово, отклик отправлен!")
    summary = hr.last_message()
    assert summary.text.startswith("📝 Новый отклик #1")
    assert "Вакансия: Python-разработчик (backend)" in summary.text
    assert "Кандидат: Анна (@anna), id 2001" in summary.text
    assert "6. Оставьте телефон или email, чтобы мы могли с вами связаться.\n+7 912 345-67-89" in (
        summary.text
    )
    assert [e.url for e in summary.entities if e.type == "text_link"] == ["tg://user?id=2001"]
    application = await ApplicationRepo(bot.dp["db"]).get_for(2001, BACKEND)
    assert application is not None and application.status == ApplicationStatus.NEW
    assert application.consent_version == "2025-06-ru-1"
    assert [a.question_id for a in application.answers] == [
        "name",
        "experience",
        "asyncio",
        "english",
        "contact",
    ]
    assert await OutboxRepo(bot.dp["db"]).pending_count() == 0
    assert await bot.dp.storage.get_state(chat_key(bot, chat)) is None


def chat_key(bot: Harness, chat: UserChat):  # type: ignore[no-untyped-def]
    from aiogram.fsm.storage.base import StorageKey

    return StorageKey(bot_id=bot.bot.id, chat_id=chat.chat.id, user_id=chat.user.id)


async def test_consent_declined_stores_nothing_and_returns_to_the_card(bot: Harness) -> None:
    chat = bot.chat(user_id=2002)
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    calls = await chat.press("Не согласен")
    toast = next(c for c in calls if c.method == "AnswerCallbackQuery")
    assert toast.params["text"] == "Хорошо, анкету не начинаем и ничего не сохраняем."
    assert chat.last_message().text.startswith("Python-разработчик (backend)")
    assert "Откликнуться" in chat.last_message().buttons
    counts = await table_counts(bot.dp["db"])
    for table in ("applications", "answers", "consents", "candidates", "outbox"):
        assert counts[table] == 0, table
    await chat.send("Как к вам обращаться? Это вопрос")  # free text is a question again
    assert not chat.last_message().text.startswith("Вопрос")


async def test_consent_is_recorded_with_version_and_time(bot: Harness) -> None:
    chat = bot.chat(user_id=2003)
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    query = chat.query_for("Согласен")
    await bot.feed(Update(update_id=bot.next_update_id(), callback_query=query))
    # a second tap on the same consent screen changes nothing
    calls = await bot.feed(Update(update_id=bot.next_update_id(), callback_query=query))
    assert [c.method for c in calls] == ["AnswerCallbackQuery"]
    rows = await bot.dp["db"].fetchall(
        "SELECT user_id, posting_slug, consent_version FROM consents"
    )
    assert [tuple(r) for r in rows] == [(2003, BACKEND, "2025-06-ru-1")]
