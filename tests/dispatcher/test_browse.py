"""A candidate browses vacancies: /start, deep links, cards, sections, commands, both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.storage import ViewRepo
from tests.conftest import SAMPLES, SEED, SHIPPED, MakeHarness
from tests.harness import Harness, callback_answers, sent_texts

SEED_TITLE = "Специалист службы поддержки пользователей"
SUBSCRIBE = "🔔 Сообщить о новых вакансиях"
SEED_SECTIONS = ["О компании", "О команде", "Обязанности", "Требования", "Условия"]


async def test_start_with_one_open_posting_shows_it_directly(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send("/start")
    card = chat.last_message()
    assert card.text.startswith(SEED_TITLE)
    assert card.styled("bold") == [SEED_TITLE]
    assert card.buttons == [*SEED_SECTIONS, "Задать вопрос", "Откликнуться"]
    assert "Здравствуйте" in chat.messages()[0].text


async def test_start_with_several_postings_lists_them_with_cities(samples: Harness) -> None:
    chat = samples.chat()
    await chat.send("/start")
    reply = chat.last_message()
    assert "Здравствуйте" in reply.text and "Выберите вакансию" in reply.text
    assert reply.buttons == [
        "Customer Success Manager (English-speaking markets) · Remot…",  # phones cut long labels
        "Python-разработчик (backend) · Москва",
        "Курьер на велосипеде или самокате · Санкт-Петербург",
        SEED_TITLE,
        SUBSCRIBE,  # the last row: hear of new vacancies
    ]


async def test_start_with_no_open_postings_says_so(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    closed = tmp_path / "closed.md"
    closed.write_text("---\ntitle: Закрытая\nslug: closed\nstatus: closed\n---\n- пункт\n")
    harness = await make_harness(closed)
    chat = harness.chat()
    await chat.send("/start")
    assert "открытых вакансий нет" in chat.last_message().text
    assert chat.last_message().buttons == [SUBSCRIBE]  # nothing open: hear of the next one


async def test_picking_a_vacancy_from_the_list_edits_the_message(samples: Harness) -> None:
    chat = samples.chat()
    await chat.send("/start")
    calls = await chat.press("Python-разработчик (backend) · Москва")
    assert [c.method for c in calls] == ["EditMessageText", "AnswerCallbackQuery"]
    card = chat.last_message()
    assert card.text.splitlines()[1] == (
        "Pyrus · Москва · гибрид или удалённо · полная занятость · "
        "от 250 000 до 350 000 ₽, на руки, итоговая сумма зависит от результатов интервью"
    )
    assert "Все вакансии" in card.buttons
    await chat.press("Все вакансии")
    assert "Выберите вакансию" in chat.last_message().text
    assert len(chat.messages()) == 1  # navigation never floods the chat


async def test_deep_link_opens_the_card_and_records_the_source(seed: Harness) -> None:
    chat = seed.chat(user_id=2002)
    await chat.send(f"/start {SEED}__hh_channel")
    assert chat.last_message().text.startswith(SEED_TITLE)
    db = seed.dp["db"]
    rows = await db.fetchall("SELECT user_id, posting_slug, source FROM posting_views")
    assert [tuple(r) for r in rows] == [(2002, SEED, "hh_channel")]
    funnel = await ViewRepo(db).funnel(SEED)
    assert funnel.views == 1


async def test_deep_link_without_source(samples: Harness) -> None:
    chat = samples.chat()
    await chat.send("/start courier")
    assert chat.last_message().text.startswith("Курьер на велосипеде или самокате")
    rows = await samples.dp["db"].fetchall("SELECT source FROM posting_views")
    assert [r["source"] for r in rows] == [None]


async def test_unknown_slug_gets_a_polite_message_and_the_list(samples: Harness) -> None:
    chat = samples.chat()
    await chat.send("/start no-such-job__tg")
    reply = chat.last_message()
    assert "не нашлось" in reply.text
    assert len(reply.buttons) == 4 + 1


async def test_closed_posting_says_it_is_closed(make_harness: MakeHarness, tmp_path: Path) -> None:
    closed = tmp_path / "old.md"
    closed.write_text("---\ntitle: Старая вакансия\nslug: old\ncloses: 2020-01-01\n---\n- пункт\n")
    harness = await make_harness(closed, SHIPPED / f"{SEED}.md")
    chat = harness.chat()
    await chat.send("/start old")
    reply = chat.last_message()
    assert "«Старая вакансия» уже закрыта" in reply.text
    assert reply.buttons == [SEED_TITLE, SUBSCRIBE]


async def test_every_section_of_the_seed_and_back(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    expected_first_lines = {
        "О компании": "Pyrus — это low-code платформа",
        "О команде": "• предоставляет любую технику по запросу разработчика;",
        "Обязанности": "• прием обращений пользователей;",
        "Требования": "• аккуратность, усидчивость и ответственность;",
        "Условия": "• аккредитованная IT-компания;",
    }
    for label, first_line in expected_first_lines.items():
        calls = await chat.press(label)
        assert [c.method for c in calls] == ["EditMessageText", "AnswerCallbackQuery"]
        page = chat.last_message()
        assert page.text.split("\n\n")[1].startswith(first_line), label
        assert page.buttons == ["← К вакансии", "Задать вопрос", "Откликнуться"]
        await chat.press("← К вакансии")
        assert chat.last_message().text.startswith(SEED_TITLE)
    assert len(chat.messages()) == 1


async def test_conditions_section_is_rendered_with_bold_heading(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.press("Условия")
    page = chat.last_message()
    assert page.styled("bold") == ["Условия"]
    assert "• график работы 5/2, 8-часовой рабочий день;" in page.text.splitlines()


async def test_help_vacancies_and_cancel(samples: Harness) -> None:
    chat = samples.chat()
    await chat.send("/help")
    assert len(chat.last_message().text.splitlines()) == 3
    await chat.send("/vacancies")
    assert len(chat.last_message().buttons) == 4 + 1
    await chat.send("/cancel")
    assert "Сейчас ничего не происходит" in chat.last_message().text


async def test_sticker_and_unknown_command_get_a_hint(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send_sticker()
    assert "понимаю только текст" in chat.last_message().text
    await chat.send("/frobnicate")
    assert "Не знаю такой команды" in chat.last_message().text
    await chat.edit("исправленный текст")
    assert "Изменённые сообщения" in chat.last_message().text


async def test_a_job_boards_words_in_the_facts_line_are_said_in_the_readers_language(
    samples: Harness,
) -> None:
    # HR pasted "format: remote", "employment: full-time": a Russian speaker reads them in Russian.
    chat = samples.chat(user_id=3004, first_name="Олег", language_code="ru")
    await chat.send("/start customer-success-manager")
    facts = chat.last_message().text.splitlines()[1]
    assert facts.endswith("· удалённо · полная занятость"), facts


async def test_english_speaker_sees_english(samples: Harness) -> None:
    chat = samples.chat(user_id=3003, first_name="John", language_code="en")
    await chat.send("/start customer-success-manager")
    card = chat.last_message()
    assert card.text.splitlines()[1] == "Pyrus · Remote (UTC−3 to UTC+4) · remote · full-time"
    assert card.buttons == [
        "About the company",
        "Responsibilities",
        "Requirements",
        "What we offer",
        "Ask a question",
        "Apply",
        "All vacancies",
    ]
    await chat.send("/help")
    assert chat.last_message().text.startswith("I show open vacancies")


async def test_unknown_language_uses_the_default_locale(make_harness: MakeHarness) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md", default_locale="en")
    chat = harness.chat(language_code=None)
    await chat.send("/help")
    assert chat.last_message().text.startswith("I show open vacancies")
    ukrainian = harness.chat(user_id=1002, language_code="uk")
    await ukrainian.send("/help")
    assert ukrainian.last_message().text.startswith("Я показываю")


async def test_old_button_of_a_removed_posting_shows_the_list(make_harness: MakeHarness) -> None:
    harness = await make_harness(SAMPLES)
    chat = harness.chat()
    await chat.send("/start courier")
    catalog = harness.dp["catalog"]
    (catalog.folder / "courier.md").unlink()
    catalog.reload()
    calls = await chat.press("Условия")
    assert "Выберите вакансию" in chat.last_message().text
    assert len(callback_answers(calls)) == 1


async def test_every_message_fits_telegram_for_all_postings(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    """Walk every card and section of all shipped and sample postings plus a huge one (just under
    the 64 KiB file limit)."""
    huge = tmp_path / "huge.md"
    body = "\n".join(
        f"- пункт {n} с <b>тегом</b> & амперсандом " + "слово " * 30 for n in range(60)
    )
    huge.write_text(
        "---\ntitle: "
        + "Очень длинное название " * 8
        + "\nslug: "
        + "h" * 48
        + "\ndescription: "
        + "описание " * 600
        + "\n---\n## Обязанности\n"
        + body
        + "\n## Условия\n"
        + body
    )
    harness = await make_harness(SAMPLES, SHIPPED, huge)
    catalog = harness.dp["catalog"]
    for number, posting in enumerate(catalog.open_postings()):
        chat = harness.chat(user_id=9000 + number)
        await chat.send(f"/start {posting.slug}")
        labels = [
            b
            for b in chat.last_message().buttons
            if b not in ("Задать вопрос", "Откликнуться", "Все вакансии")
        ]
        for label in labels:
            await chat.press(label)
            await chat.press("← К вакансии")
    texts = sent_texts(harness.session.calls)
    assert texts and all(len(t.encode("utf-16-le")) // 2 <= 4096 for t in texts)
    # the harness refuses texts over 4096 and callback data over 64 bytes: reaching here proves it
    assert max(len(t) for t in texts) > 3000


async def test_copied_posting_folder_reload_is_seen_by_candidates(
    make_harness: MakeHarness,
) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md")
    shutil.copy(SAMPLES / "courier.md", harness.dp["catalog"].folder)
    harness.dp["catalog"].reload()
    chat = harness.chat()
    await chat.send("/start")
    assert len(chat.last_message().buttons) == 2 + 1


async def test_a_long_list_is_paged(make_harness: MakeHarness, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(20):
        (folder / f"job{number:02}.md").write_text(
            f"---\ntitle: Вакансия {number:02}\nslug: job{number:02}\n---\n## Условия\n- пункт\n"
        )
    harness = await make_harness(folder)
    chat = harness.chat()
    await chat.send("/vacancies")
    first = chat.last_message().buttons
    assert first[:8] == [f"Вакансия {n:02}" for n in range(8)]
    assert first[8:] == ["1/3", "›", SUBSCRIBE]
    await chat.press("›")
    await chat.press("›")
    last = chat.last_message().buttons
    assert last[:4] == ["Вакансия 16", "Вакансия 17", "Вакансия 18", "Вакансия 19"]
    assert last[4:] == ["‹", "3/3", SUBSCRIBE]
    await chat.press("Вакансия 18")
    assert chat.last_message().text.startswith("Вакансия 18")
