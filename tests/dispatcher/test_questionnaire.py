"""The screening questionnaire, spoken as the candidate: consent, questions, review, submit."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiogram.methods import EditMessageReplyMarkup
from aiogram.types import ReplyKeyboardMarkup, ReplyKeyboardRemove, Update

from bot.storage import ApplicationRepo, ApplicationStatus, Database, OutboxRepo
from tests.conftest import HR_CHAT_ID, SAMPLES, SEED, MakeHarness
from tests.harness import Harness, UserChat, sent_texts

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


def write_long_form(tmp_path: Path, slug: str) -> Path:
    """A posting whose form asks five free-text questions of up to 1000 characters each."""
    questions = "".join(f"  - id: a{n}\n    text: Ответ {n}\n    max: 1000\n" for n in range(1, 6))
    text = f"---\ntitle: {slug.title()}\nslug: {slug}\nlang: ru\nquestionnaire:\n{questions}"
    return write_posting(tmp_path, slug, text + "---\n\nТекст.\n")


@pytest.fixture
async def bot(make_harness: MakeHarness, tmp_path: Path) -> Harness:
    """The shared samples plus a posting with every question type and one with ten questions."""
    harness = await make_harness(
        SAMPLES,
        write_posting(tmp_path, ALL_TYPES, ALL_TYPES_POSTING),
        write_posting(tmp_path, MANY, MANY_POSTING),
    )
    harness.session.known_chats.add(HR_CHAT_ID)
    return harness


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
    await finish_backend(chat)


async def finish_backend(chat: UserChat, contact: str = "+7 912 345-67-89") -> None:
    """From question 3 of the backend posting: yes, B2, skip the city, the contact."""
    await chat.press("Да")
    await chat.press("B2")
    await chat.press("Пропустить")
    assert "Поделиться номером" in chat.last_message().buttons
    await chat.send(contact)


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
    await chat.send(f"/start {BACKEND}__hh_ru")
    await chat.send(f"/start {BACKEND}__telegram_channel")
    await chat.press("Откликнуться")
    consent = chat.last_message()
    assert consent.text.startswith("Согласие на обработку персональных данных")
    assert "«Python-разработчик (backend)»" in consent.text
    assert "Мы храним эти данные не дольше 180 дней с отклика, затем удаляем их." in consent.text
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
    assert "Источник: hh_ru" in summary.text  # the first channel that brought them
    assert "6. Оставьте телефон или email, чтобы мы могли с вами связаться.\n+7 912 345-67-89" in (
        summary.text
    )
    assert [e.url for e in summary.entities if e.type == "text_link"] == ["tg://user?id=2001"]
    application = await ApplicationRepo(bot.dp["db"]).get_for(2001, BACKEND)
    assert application is not None and application.status == ApplicationStatus.NEW
    assert application.consent_version == "2026-12-ru-2-180d"  # the text and the term
    assert [a.question_id for a in application.answers] == [
        "name",
        "experience",
        "asyncio",
        "english",
        "contact",
    ]
    assert await OutboxRepo(bot.dp["db"]).pending_count() == 0
    assert await bot.dp.storage.get_state(chat_key(bot, chat)) is None


async def test_the_confirmation_does_not_wait_for_the_review_to_lose_its_buttons(
    bot: Harness,
) -> None:
    """Both calls go at once: the candidate waits for one round trip, not two in a row."""
    chat = bot.chat(user_id=2011)
    await fill_backend(chat)
    held, release = asyncio.Event(), asyncio.Event()

    async def slow_edit(make_request, telegram, method):  # type: ignore[no-untyped-def]
        if isinstance(method, EditMessageReplyMarkup):
            held.set()
            await release.wait()  # Telegram has not answered the edit yet
        return await make_request(telegram, method)

    bot.session.middleware(slow_edit)
    pressing = asyncio.create_task(chat.press("Отправить"))
    await asyncio.wait_for(held.wait(), 5)

    def confirmed() -> bool:
        texts = sent_texts(bot.session.calls)
        return any(text.startswith("Готово, отклик отправлен!") for text in texts)

    for _ in range(50):  # a few turns of the loop: the send is not behind the held edit
        if confirmed():
            break
        await asyncio.sleep(0)
    assert confirmed()
    release.set()
    await pressing
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")
    review = next(m for m in chat.messages() if m.text.startswith("Проверьте анкету"))
    assert review.buttons == []


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
    assert [tuple(r) for r in rows] == [(2003, BACKEND, "2026-12-ru-2-180d")]


# --- every question type ------------------------------------------------------------------------


async def test_every_question_type_with_valid_and_invalid_answers(bot: Harness) -> None:
    chat = bot.chat(user_id=2010)
    await open_and_consent(chat, ALL_TYPES)
    assert chat.last_message().text.startswith("Вопрос 1 из 9\nКак к вам обращаться?")

    await chat.send("Очень-очень длинное имя, больше двадцати символов")
    again = chat.last_message()
    assert again.text.startswith("Ответ длинноват: можно до 20 символов")
    assert "Вопрос 1 из 9" in again.text
    await chat.send("Анна <b>&")

    await chat.send("много")
    assert chat.last_message().text.startswith("Не получилось прочитать число.")
    await chat.send("100")
    assert chat.last_message().text.startswith(
        "Такое число не подходит. Ответьте числом от 0 до 50."
    )
    await chat.send("3,5")

    assert chat.last_message().buttons == ["Python", "SQL", "Go", "Готово", "Назад"]
    calls = await chat.press("Готово")
    alert = next(c for c in calls if c.method == "AnswerCallbackQuery")
    assert alert.params["text"] == "Отметьте хотя бы один вариант."
    assert alert.params["show_alert"] is True
    await chat.press("Python")
    await chat.press("SQL")
    assert chat.last_message().buttons[:3] == ["✓ Python", "✓ SQL", "Go"]
    await chat.press("✓ SQL")
    assert chat.last_message().buttons[:3] == ["✓ Python", "SQL", "Go"]
    await chat.press("Готово")

    await chat.send("может быть")
    assert chat.last_message().text.startswith("Не поняли ответ.")
    await chat.send("да")

    await chat.send("5")
    assert chat.last_message().text.startswith("Такого варианта нет.")
    await chat.press("Вечер")

    await chat.send("31.02.2027")
    assert chat.last_message().text.startswith("Такой даты нет в календаре.")
    await chat.send("вчера-позавчера")
    assert chat.last_message().text.startswith("Не получилось прочитать дату.")
    await chat.send("15.03.2027")

    phone = chat.last_message()
    assert phone.text.startswith("Вопрос 7 из 9\nВаш телефон?")
    assert phone.buttons == ["Поделиться номером", "Назад"]
    await chat.send("12")
    assert chat.last_message().text.startswith("Не похоже на номер телефона.")
    await chat.send_contact("79990001122", own=False)
    assert chat.last_message().text.startswith("Это чужой контакт.")
    await chat.send("+7 912 345 67 89")
    ack, email = chat.messages()[-2:]
    assert isinstance(ack.markup, ReplyKeyboardRemove)
    assert email.text.startswith("Вопрос 8 из 9\nВаш email?")

    await chat.send("anna@")
    assert chat.last_message().text.startswith("Не похоже на адрес почты.")
    await chat.send("anna@example.com")

    await chat.send_sticker()
    assert chat.last_message().text.startswith("Пожалуйста, ответьте текстом.")
    assert "Вопрос 9 из 9" in chat.last_message().text
    await chat.press("Пропустить")

    review = chat.last_message().text
    for line in (
        "1. Как к вам обращаться?\nАнна <b>&",
        "2. Сколько лет опыта?\n3,5",
        "3. Что вы умеете?\nPython",
        "4. Готовы работать удалённо?\nДа",
        "5. Какая смена удобнее?\nВечер",
        "6. С какого числа можете начать?\n15.03.2027",
        "7. Ваш телефон?\n+7 912 345-67-89",
        "8. Ваш email?\nanna@example.com",
        "9. Что-нибудь ещё?\n— пропущено",
    ):
        assert line in review, line
    await chat.press("Отправить")
    application = await ApplicationRepo(bot.dp["db"]).get_for(2010, ALL_TYPES)
    assert application is not None
    values = {a.question_id: a.value for a in application.answers}
    assert values == {
        "name": "Анна <b>&",
        "years": 3.5,
        "skills": ["Python"],
        "remote": True,
        "shift": "Вечер",
        "start": "2027-03-15",
        "phone": "+79123456789",
        "email": "anna@example.com",
    }


async def test_multichoice_and_choice_accept_typed_numbers(bot: Harness) -> None:
    chat = bot.chat(user_id=2011)
    await open_and_consent(chat, ALL_TYPES)
    await chat.send("Анна")
    await chat.send("2")
    await chat.send("1, 3")
    await chat.send("нет")
    await chat.send("утро")
    assert chat.last_message().text.startswith("Вопрос 6 из 9")
    await chat.press("Назад")
    await chat.press("Назад")
    await chat.press("Назад")
    assert chat.last_message().buttons[:3] == ["✓ Python", "SQL", "✓ Go"]
    assert "Сейчас: Python, Go" in chat.last_message().text


# --- navigation ---------------------------------------------------------------------------------


async def test_back_returns_to_the_previous_question_with_its_answer(bot: Harness) -> None:
    chat = bot.chat(user_id=2020)
    await open_and_consent(chat, BACKEND)
    assert "Назад" not in chat.last_message().buttons  # nothing before the first question
    await chat.send("Анна")
    await chat.send("5")
    await chat.press("Назад")
    back = chat.last_message()
    assert back.text.startswith("Вопрос 2 из 6")
    assert back.text.endswith("Сейчас: 5")
    await chat.send("7")
    assert chat.last_message().text.startswith("Вопрос 3 из 6")
    await chat.press("Да")
    await chat.press("B1")
    await chat.press("Пропустить")
    await chat.send("Назад")  # the reply keyboard's «Назад» on the contact question
    ack, question = chat.messages()[-2:]
    assert isinstance(ack.markup, ReplyKeyboardRemove)
    assert question.text.startswith("Вопрос 5 из 6\nИз какого города")
    await chat.send("Казань")
    await chat.send("anna@example.com")
    assert "5. Из какого города вы планируете работать?\nКазань" in chat.last_message().text
    assert "2. Сколько лет вы коммерчески пишете на Python?\n7" in chat.last_message().text


async def test_skip_is_offered_only_for_optional_questions(bot: Harness) -> None:
    chat = bot.chat(user_id=2021)
    await open_and_consent(chat, BACKEND)
    await chat.send("Пропустить")  # typed on a required text question: it is the answer
    assert chat.last_message().text.startswith("Вопрос 2 из 6")
    await chat.send("3")
    assert "Пропустить" not in chat.last_message().buttons
    await chat.press("Нет")
    await chat.press("C1 и выше")
    assert chat.last_message().buttons == ["Назад", "Пропустить"]
    assert "Можно пропустить." in chat.last_message().text


async def test_cancel_keeps_the_draft_and_apply_resumes_it(bot: Harness) -> None:
    chat = bot.chat(user_id=2022)
    await open_and_consent(chat, BACKEND)
    await chat.send("Анна")
    await chat.send("4")
    await chat.send("/cancel")
    assert chat.last_message().text.startswith("Остановились. Ответы сохранены")
    assert isinstance(chat.last_message().markup, ReplyKeyboardRemove)
    await chat.send("Какой график?")  # no longer an answer: a question about the posting
    assert not chat.last_message().text.startswith("Вопрос")
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    resumed = chat.last_message().text
    assert resumed.startswith("Продолжим с того места, где вы остановились.\n\nВопрос 3 из 6")
    await finish_backend(chat, contact="anna@example.com")
    review = chat.last_message().text
    assert "1. Как к вам обращаться?\nАнна" in review
    assert "2. Сколько лет вы коммерчески пишете на Python?\n4" in review


async def test_text_on_the_consent_and_review_screens_points_to_the_buttons(bot: Harness) -> None:
    chat = bot.chat(user_id=2023)
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    await chat.send("А можно без согласия?")
    assert chat.last_message().text.startswith("Пожалуйста, нажмите кнопку под сообщением")
    assert await bot.dp["db"].fetchall("SELECT id FROM questions") == []


# --- review, edit, knockouts ---------------------------------------------------------------------


async def test_review_edit_answers_again_and_returns_to_the_review(bot: Harness) -> None:
    chat = bot.chat(user_id=2030)
    hr = bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Изменить")
    picker = chat.last_message()
    assert picker.text == "Какой ответ изменить?"
    assert picker.buttons[0] == "1. Как к вам обращаться?"
    assert picker.buttons[-1] == "Назад"
    await chat.press(picker.buttons[1])
    assert chat.last_message().text.startswith("Вопрос 2 из 6")
    await chat.send("1")  # misses the knockout (at least two years)
    review = chat.last_message()
    assert review.text.startswith("Проверьте анкету")
    assert "2. Сколько лет вы коммерчески пишете на Python?\n1" in review.text
    await chat.press("Изменить")
    await chat.press(chat.last_message().buttons[2])
    assert "Назад" in chat.last_message().buttons  # while editing, «Назад» returns to the review
    await chat.press("Назад")
    assert chat.last_message().text.startswith("Проверьте анкету")

    await chat.press("Отправить")
    notice = chat.last_message().text
    assert notice.startswith("Спасибо за ответы!")
    assert "• Нужно не меньше двух лет коммерческой разработки на Python." in notice
    assert "Ваш отклик всё равно отправлен — HR посмотрит его" in notice
    application = await ApplicationRepo(bot.dp["db"]).get_for(2030, BACKEND)
    assert application is not None and application.status == ApplicationStatus.FLAGGED
    summary = hr.last_message().text
    assert "⚠️ Не проходит по требованиям:" in summary
    assert "⚠️ 1" in summary


async def test_english_candidate_with_two_knockouts(bot: Harness) -> None:
    chat = bot.chat(user_id=2031, first_name="John", language_code="en", username=None)
    hr = bot.group(HR_CHAT_ID)
    await open_and_consent(chat, CSM)
    assert chat.last_message().text.startswith("Question 1 of 5")
    await chat.send("John Smith")
    await chat.press("Intermediate")
    await chat.send("three")
    await chat.press("No")
    await chat.send("john@example.com")
    assert chat.last_message().text.startswith("Check your answers")
    await chat.press("Submit")
    notice = chat.last_message().text
    assert notice.startswith("Thank you for your answers!")
    assert "• The role requires daily calls with customers in English." in notice
    assert "• Working hours must overlap with our customers' business day." in notice
    assert "Your application has still been sent" in notice
    summary = hr.last_message().text
    assert summary.startswith("📝 New application #1")
    assert "Candidate: John, id 2031" in summary


async def test_double_tap_on_submit_sends_one_summary(bot: Harness) -> None:
    chat = bot.chat(user_id=2032)
    hr = bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    query = chat.query_for("Отправить")
    await bot.feed(Update(update_id=bot.next_update_id(), callback_query=query))
    calls = await bot.feed(Update(update_id=bot.next_update_id(), callback_query=query))
    assert [c.method for c in calls] == ["AnswerCallbackQuery"]
    assert len(hr.messages()) == 1


async def test_old_question_buttons_are_ignored(bot: Harness) -> None:
    chat = bot.chat(user_id=2033)
    await open_and_consent(chat, BACKEND)
    await chat.send("Анна")
    await chat.send("5")
    yes = chat.query_for("Да")
    await bot.feed(Update(update_id=bot.next_update_id(), callback_query=yes))
    calls = await bot.feed(Update(update_id=bot.next_update_id(), callback_query=yes))
    assert [c.method for c in calls] == ["AnswerCallbackQuery"]
    assert chat.last_message().text.startswith("Вопрос 4 из 6")


# --- applying again ------------------------------------------------------------------------------


async def test_applying_again_offers_to_update_or_keep(bot: Harness) -> None:
    chat = bot.chat(user_id=2040)
    hr = bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Отправить")
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    offer = chat.last_message()
    assert offer.text.startswith("Вы уже откликались на вакансию «Python-разработчик (backend)»")
    assert "Статус: отправлен, HR его рассмотрит." in offer.text
    assert offer.buttons == ["Обновить ответы", "Оставить как есть"]
    await chat.press("Оставить как есть")
    assert chat.last_message().text == "Хорошо, оставили ваш отклик без изменений."

    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    await chat.press("Обновить ответы")
    assert chat.last_message().buttons == ["Согласен", "Не согласен"]
    await chat.press("Согласен")
    await chat.send("Анна Петрова")
    await chat.send("6")
    await chat.press("Да")
    await chat.press("C1 и выше")
    await chat.press("Пропустить")
    await chat.send("anna@example.com")
    await chat.press("Отправить")
    assert chat.last_message().text.startswith("Готово, ответы обновлены")
    assert hr.last_message().text.startswith("🔄 Обновлённый отклик #1")
    assert len(hr.messages()) == 2
    rows = await bot.dp["db"].fetchall("SELECT id FROM applications")
    assert len(rows) == 1
    application = await ApplicationRepo(bot.dp["db"]).get_for(2040, BACKEND)
    assert application is not None
    assert application.answers[0].answer_text == "Анна Петрова"


# --- isolation and durability --------------------------------------------------------------------


async def test_ten_concurrent_answers_fill_the_questions_in_order_once_each(bot: Harness) -> None:
    chat = bot.chat(user_id=2050)
    await open_and_consent(chat, MANY)
    await asyncio.gather(*(chat.send(f"ответ {n}") for n in range(1, 11)))
    review = chat.last_message().text
    assert review.startswith("Проверьте анкету")
    for n in range(1, 11):
        assert f"{n}. Вопрос номер {n}?\nответ {n}\n" in review
    questions = [m.text for m in chat.messages() if m.text.startswith("Вопрос ")]
    assert len(questions) == 10  # the first (after consent) and one after each of 9 answers


async def test_rebuilt_dispatcher_over_the_same_database_finishes_the_flow(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    database = tmp_path / "restart.sqlite3"
    first = await make_harness(SAMPLES, database_path=database)
    chat = first.chat(user_id=2060)
    await open_and_consent(chat, BACKEND)
    await chat.send("Анна")
    await chat.send("5")
    await chat.press("Да")

    second = await make_harness(SAMPLES, database_path=database)  # the process restarted
    hr = second.group(HR_CHAT_ID)
    chat = second.chat(user_id=2060)
    await chat.send("B2")
    assert chat.last_message().text.startswith("Вопрос 5 из 6")
    await chat.press("Пропустить")
    await chat.send("anna@example.com")
    review = chat.last_message().text
    assert "1. Как к вам обращаться?\nАнна" in review
    assert "4. Какой у вас уровень английского?\nB2" in review
    await chat.press("Отправить")
    assert hr.last_message().text.startswith("📝 Новый отклик #1")


async def test_hostile_text_reaches_hr_intact_across_parts(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    bot = await make_harness(write_long_form(tmp_path, "hostile"))
    chat = bot.chat(user_id=2070, first_name="</a><b>Мария & Co", username="maria")
    hr = bot.group(HR_CHAT_ID)
    answers = [
        (f"<b>{n}</b> & </a> <i>" + "&amp;<" * 200)[: 1000 - 8] + f" конец {n}"
        for n in range(1, 6)
    ]
    assert sum(len(a) for a in answers) >= 5000
    await open_and_consent(chat, "hostile")
    for answer in answers:
        await chat.send(answer)
    await chat.press("Отправить")
    parts = hr.messages()
    assert len(parts) >= 2
    whole = "\n".join(p.text for p in parts)
    for answer in answers:
        assert answer in whole
    assert parts[0].styled("text_link") == ["</a><b>Мария & Co"]
    assert parts[1].text.startswith("Отклик #1 (часть 2 из")


async def test_apply_to_a_posting_that_is_gone_says_so(bot: Harness) -> None:
    chat = bot.chat(user_id=2080)
    await chat.send(f"/start {BACKEND}")
    query = chat.query_for("Откликнуться")
    data = (query.data or "").replace(BACKEND, "no-such-posting")
    gone = query.model_copy(update={"data": data})
    calls = await bot.feed(Update(update_id=bot.next_update_id(), callback_query=gone))
    assert [c.method for c in calls] == ["AnswerCallbackQuery"]
    assert calls[0].params["text"] == "Эта вакансия больше недоступна — откройте /vacancies."


async def test_start_mid_questionnaire_pauses_it_and_text_becomes_a_question(bot: Harness) -> None:
    chat = bot.chat(user_id=2033)
    await open_and_consent(chat, BACKEND)
    await chat.send("Анна")
    calls = await chat.send(f"/start {BACKEND}")
    texts = [c.params["text"] for c in calls if c.method == "SendMessage"]
    assert texts[0].startswith("Остановились. Ответы сохранены")
    assert texts[1].startswith("Python-разработчик (backend)")
    await chat.send("Сколько платят?")
    assert "250 000" in chat.last_message().text
    await chat.press("Откликнуться")
    assert "Вопрос 2 из 6" in chat.last_message().text


async def test_opening_a_section_mid_questionnaire_pauses_it(bot: Harness) -> None:
    chat = bot.chat(user_id=2044)
    await chat.send(f"/start {BACKEND}")  # an older card stays in the chat above
    await open_and_consent(chat, BACKEND)
    await chat.send("Анна")
    calls = await chat.press("Условия")  # on the older card
    texts = [c.params["text"] for c in calls if c.method in ("SendMessage", "EditMessageText")]
    assert texts[0].startswith("Python-разработчик (backend)\nЧто мы предлагаем")
    assert texts[1].startswith("Остановились. Ответы сохранены")
    await chat.send("Сколько дней отпуска?")
    assert "28 дней" in chat.last_message().text
    await chat.press("Откликнуться")
    assert "Вопрос 2 из 6" in chat.last_message().text


async def test_starting_another_postings_form_warns_before_replacing_a_draft(bot: Harness) -> None:
    chat = bot.chat(user_id=2055)
    await open_and_consent(chat, BACKEND)
    await chat.send("Анна")
    await chat.send("/start customer-success-manager")
    await chat.press("Откликнуться")
    consent = chat.last_message().text
    assert "незаконченная анкета на вакансию «Python-разработчик (backend)»" in consent
    await chat.press("Не согласен")
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    assert "Вопрос 2 из 6" in chat.last_message().text  # declining kept the first draft


# --- a question typed where an answer is due ---------------------------------------------------


async def test_a_question_typed_instead_of_an_answer_is_answered_not_saved(seed: Harness) -> None:
    chat = seed.chat(user_id=2601)
    hr = seed.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    await chat.press("Откликнуться")
    await chat.press("Согласен")
    assert chat.last_message().text.startswith("Вопрос 1 из 4\nКак к вам обращаться?")

    await chat.send("А какой график работы?")
    answer, repeated = chat.messages()[-2:]
    assert answer.text.startswith("Из раздела «Условия»:")
    assert "график работы 5/2" in answer.text
    assert answer.buttons == []  # the pending question follows; no «Откликнуться» here
    assert repeated.text.startswith("А теперь вернёмся к анкете")
    assert "Вопрос 1 из 4\nКак к вам обращаться?" in repeated.text

    await chat.send("Анна")
    await chat.send("+7 912 345-67-89")
    assert "Вопрос 3 из 4" in chat.last_message().text
    await chat.send("А сколько платят?")  # the posting does not say: offered to HR
    offer, repeated = chat.messages()[-2:]
    assert offer.buttons == ["Передать", "Не нужно"]
    assert "Вопрос 3 из 4" in repeated.text
    await chat.press("Передать")
    assert "А сколько платят?" in hr.last_message().text

    await chat.send("Три года в поддержке интернет-магазина")
    await chat.send("через 2 недели")
    review = chat.last_message()
    assert review.text.startswith("Проверьте анкету")
    assert "1. Как к вам обращаться?\nАнна\n" in review.text
    assert "3. Расскажите в паре фраз о своём опыте.\nТри года в поддержке" in review.text
    assert "платят" not in review.text and "график" not in review.text


async def test_a_question_without_a_question_mark_is_recognised(seed: Harness) -> None:
    chat = seed.chat(user_id=2602)
    await chat.send(f"/start {SEED}")
    await chat.press("Откликнуться")
    await chat.press("Согласен")
    await chat.send("а можно ли работать удалённо")
    assert "Вопрос 1 из 4\nКак к вам обращаться?" in chat.last_message().text
    await chat.send("Анна")
    assert "Вопрос 2 из 4" in chat.last_message().text


# --- consent covers what the HR summary shows --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "covers"),
    [
        ("ru", "вопросы, которые вы задали боту об этой вакансии (и до отклика тоже)"),
        ("en", "the questions you have asked the bot about this vacancy (before applying too)"),
    ],
)
async def test_consent_names_the_questions_asked_before_it_that_hr_will_see(
    bot: Harness, language: str, covers: str
) -> None:
    chat = bot.chat(user_id=2701, language_code=language)
    hr = bot.group(HR_CHAT_ID)
    await chat.send(f"/start {BACKEND}")
    await chat.send("Можно ли взять собаку в офис?")  # asked before consenting
    await chat.press(apply_label(chat))
    [consent] = [m.text for m in chat.messages() if m.text.startswith(("Согласие", "Consent"))]
    assert covers in " ".join(consent.split())
    await chat.press(agree_label(chat))
    await chat.send("Anna")
    await chat.send("5")
    await chat.press("Да" if language == "ru" else "Yes")
    await chat.press("B2")
    await chat.press("Пропустить" if language == "ru" else "Skip")
    await chat.send("+7 912 345-67-89")
    await chat.press("Отправить" if language == "ru" else "Submit")
    assert "• Можно ли взять собаку в офис?" in hr.last_message().text  # as consented to
    application = await ApplicationRepo(bot.dp["db"]).get_for(2701, BACKEND)
    assert application is not None
    assert application.consent_version == f"2026-12-{language}-2-180d"


async def test_a_question_typed_on_the_review_is_answered_and_the_buttons_pointed_to(
    bot: Harness,
) -> None:
    chat = bot.chat(user_id=2702)
    await fill_backend(chat)
    assert chat.last_message().text.startswith("Проверьте анкету")
    await chat.send("А сколько этапов собеседования?")
    answer, hint = chat.messages()[-2:]
    assert "Три этапа" in answer.text  # from the posting's FAQ
    assert hint.text.startswith("Пожалуйста, нажмите кнопку под сообщением")
    await chat.press("Отправить")
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")
