"""Texts as entities: the question, the review, the knockout notice and the HR summary."""

from __future__ import annotations

import datetime as dt

from bot.postings import Posting
from bot.postings.render import MESSAGE_LIMIT, Rendered, utf16_len
from bot.screening import (
    AskedQuestion,
    Draft,
    SummaryInput,
    Valid,
    find_knockouts,
    format_duration,
    render_hr_summary,
    render_knockout_notice,
    render_question,
    render_review,
)

from .conftest import by_id, make_question

NOW = dt.datetime(2025, 12, 20, 10, 0, tzinfo=dt.UTC)


def styled(rendered: Rendered, kind: str) -> list[str]:
    """The texts covered by entities of ``kind``."""
    raw = rendered.text.encode("utf-16-le")
    return [
        raw[2 * e.offset : 2 * (e.offset + e.length)].decode("utf-16-le")
        for e in rendered.entities
        if e.type == kind
    ]


def assert_entities_in_range(rendered: Rendered) -> None:
    size = utf16_len(rendered.text)
    for entity in rendered.entities:
        assert entity.offset >= 0 and entity.length > 0
        assert entity.offset + entity.length <= size, (entity, size)


# --- question ---------------------------------------------------------------------------------


def test_render_number_question(backend: Posting) -> None:
    rendered = render_question(by_id(backend)["experience"], 2, 6, "ru")
    assert rendered.text.startswith("Вопрос 2 из 6\n")
    assert "Сколько лет вы коммерчески пишете на Python?" in styled(rendered, "bold")
    assert "Ответьте числом от 0 до 50." in rendered.text
    assert "Можно пропустить" not in rendered.text
    assert_entities_in_range(rendered)


def test_render_optional_choice_question_lists_options() -> None:
    question = make_question("choice", options=["<b>A</b>", "B & C"], required=False)
    rendered = render_question(question, 1, 3, "en", current="B & C")
    assert "Question 1 of 3" in rendered.text
    assert "1. <b>A</b>\n2. B & C" in rendered.text
    assert "You can skip this one." in rendered.text
    assert rendered.text.endswith("Current answer: B & C")
    assert_entities_in_range(rendered)


def test_every_type_has_a_hint_in_both_languages() -> None:
    for locale in ("ru", "en"):
        for kind in ("text", "yesno", "phone", "email", "contact", "date"):
            rendered = render_question(make_question(kind), 1, 1, locale)
            hint = styled(rendered, "italic")[-1]
            assert hint and hint != rendered.text


def test_a_screen_rendered_once_is_the_same_screen_and_an_answer_is_never_kept() -> None:
    # Unanswered question screens are built once and shared; a candidate's answer is not.
    question = make_question("choice", options=["A", "B"], required=False)
    first = render_question(question, 2, 5, "en")
    assert render_question(question, 2, 5, "en") == first
    assert render_question(question, 3, 5, "en") != first  # the position is part of the key
    assert render_question(question, 2, 5, "ru") != first  # and the language
    answered = render_question(question, 2, 5, "en", current="Анна, +7 912 345-67-89")
    assert answered.text.startswith(first.text)
    assert answered.text.endswith("Current answer: Анна, +7 912 345-67-89")
    assert render_question(question, 2, 5, "en") == first  # the answer stayed in its screen
    assert "Анна" not in render_question(question, 2, 5, "en").text


# --- review -----------------------------------------------------------------------------------


def test_render_review_lists_answers_and_skips(backend: Posting) -> None:
    draft = Draft.start(backend.slug, backend.questionnaire, now=NOW, consent_version="v")
    answers = {
        "name": Valid("<b>Иван</b> & Co", "<b>Иван</b> & Co"),
        "experience": Valid(3.5, "3,5"),
        "asyncio": Valid(True, "Да"),
        "english": Valid("B2", "B2"),
    }
    for qid, valid in answers.items():
        assert draft.answer(qid, valid)
    assert draft.skip()  # relocation is optional
    assert draft.answer("contact", Valid("+79123456789", "+7 912 345-67-89"))
    rendered = render_review(backend.questionnaire, draft, "ru")
    assert rendered.text.startswith("Проверьте анкету")
    assert "1. Как к вам обращаться?\n<b>Иван</b> & Co" in rendered.text
    assert "5. Из какого города вы планируете работать?\n— пропущено" in rendered.text
    assert "— пропущено" in styled(rendered, "italic")
    bold = styled(rendered, "bold")
    assert "2. Сколько лет вы коммерчески пишете на Python?" in bold
    assert "<b>Иван</b> & Co" not in bold  # answers are not bold
    assert "+7 912 345-67-89" in rendered.text
    assert_entities_in_range(rendered)


def test_review_in_english_relocalizes_yes() -> None:
    question = make_question("yesno", "remote")
    draft = Draft.start("x", (question,), now=NOW, consent_version="v")
    draft.answer("remote", Valid(True, "Да"))
    assert "Question remote?\nYes" in render_review((question,), draft, "en").text


# --- knockout notice --------------------------------------------------------------------------


def test_knockout_notice_is_honest_and_kind() -> None:
    rendered = render_knockout_notice(["Нужно не меньше двух лет на Python."], "ru")
    assert "• Нужно не меньше двух лет на Python." in rendered.text
    assert "HR" in rendered.text and "отправлен" in rendered.text
    many = render_knockout_notice(["A", "B"], "en")
    assert "• A\n• B" in many.text and "requirements are not met" in many.text
    assert render_knockout_notice([], "ru").text == ""


# --- HR summary -------------------------------------------------------------------------------


def summary_for(posting: Posting, **overrides: object) -> SummaryInput:
    answers = {
        "name": {"value": "Jane <b>Doe</b>", "display": "Jane <b>Doe</b>"},
        "english": {"value": "Intermediate", "display": "Intermediate"},
        "saas_years": {"value": 3.5, "display": "3,5"},
        "timezone_ok": {"value": False, "display": "Нет"},
        "email": {"value": "jane@example.com", "display": "jane@example.com"},
    }
    fields: dict[str, object] = {
        "posting_title": posting.title,
        "lang": posting.lang,
        "application_id": 42,
        "user_id": 123456,
        "full_name": "Jane & </a> Doe",
        "username": "jane_d",
        "questions": posting.questionnaire,
        "answers": answers,
        "knockouts": find_knockouts(posting.questionnaire, answers),
        "asked": [AskedQuestion("Is it remote?", True), AskedQuestion("Visa <i>?", False)],
        "duration": dt.timedelta(minutes=2, seconds=13),
    }
    fields.update(overrides)
    return SummaryInput(**fields)  # type: ignore[arg-type]


def test_hr_summary_in_posting_language(csm: Posting) -> None:
    [rendered] = render_hr_summary(summary_for(csm))
    text = rendered.text
    assert text.startswith("📝 New application #42")
    assert "Position: Customer Success Manager" in text
    assert "Candidate: Jane & </a> Doe (@jane_d), id 123456" in text
    links = [e for e in rendered.entities if e.type == "text_link"]
    assert [e.url for e in links] == ["tg://user?id=123456"]
    assert styled(rendered, "text_link") == ["Jane & </a> Doe"]
    assert "Questionnaire completed in 2 min 13 s" in text
    assert "⚠️ How would you rate your English? — The role requires daily calls" in text
    assert "Working hours must overlap" in text
    assert "How many years have you worked with B2B SaaS customers?\n3.5" in text
    assert "Can you work from 10:00 to 19:00" in text and "\n⚠️ No\n" in text
    assert "• Is it remote? — ✅ answered by the bot" in text
    assert "• Visa <i>? — ❓ not answered" in text
    assert text.rstrip().endswith("Application #42")
    assert "updated" not in text.lower()
    assert_entities_in_range(rendered)


def test_hr_summary_russian_updated_and_without_flags(backend: Posting) -> None:
    answers = {
        "name": {"value": "Иван", "display": "Иван"},
        "experience": {"value": 5, "display": "5"},
        "asyncio": {"value": True, "display": "Yes"},
        "english": {"value": "B2", "display": "B2"},
        "contact": {"value": "+79123456789", "display": "+7 912 345-67-89"},
    }
    summary = SummaryInput(
        posting_title=backend.title,
        lang=backend.lang,
        application_id="a-7",
        user_id=1,
        full_name="",
        questions=backend.questionnaire,
        answers=answers,
        knockouts=find_knockouts(backend.questionnaire, answers),
        updated=True,
        source="hh",
        duration=dt.timedelta(seconds=45),
    )
    [rendered] = render_hr_summary(summary)
    text = rendered.text
    assert text.startswith("🔄 Обновлённый отклик #a-7")
    assert "обновил свои ответы" in text
    assert "⚠️" not in text
    assert "Кандидат: id 1, id 1" not in text and "Кандидат: id 1" in text
    assert "Источник: hh" in text
    assert "Анкета заполнена за 45 с" in text
    assert "Доводилось ли вам писать асинхронный код на asyncio в продакшене?\nДа" in text
    assert "Из какого города вы планируете работать?\n— пропущено" in text
    assert "Кандидат ничего не спрашивал." in text


def test_hr_summary_with_hostile_long_text_is_split_safely(csm: Posting) -> None:
    hostile = "<b>" + "&" * 10 + "</a>" + "Я" * 4983  # 5,000 characters, no line breaks
    emoji = "😀" * 1500  # 3,000 UTF-16 units
    answers_ = {
        "name": {"value": hostile, "display": hostile},
        "english": {"value": "Advanced", "display": "Advanced"},
        "saas_years": {"value": 1, "display": "1"},
        "timezone_ok": {"value": True, "display": "Yes"},
        "email": {"value": emoji, "display": emoji},
    }
    summary = summary_for(
        csm, answers=answers_, knockouts=[], full_name="<b>Bold</b> & </a>", username=None
    )
    parts = render_hr_summary(summary)
    assert len(parts) >= 3
    for part in parts:
        assert 0 < utf16_len(part.text) <= MESSAGE_LIMIT
        assert_entities_in_range(part)
    for n, part in enumerate(parts[1:], start=2):
        assert part.text.startswith(f"Application #42 (part {n} of {len(parts)})\n")
    joined = "".join(p.text for p in parts)
    assert "<b>Bold</b> & </a>" in joined
    assert "&&&&&&&&&&</a>" in joined
    assert joined.count("Я") == 4983
    assert joined.count("😀") == 1500
    assert "(@" not in joined
    assert styled(parts[0], "text_link") == ["<b>Bold</b> & </a>"]


def test_format_duration() -> None:
    assert format_duration(dt.timedelta(seconds=133), "ru") == "2 мин 13 с"
    assert format_duration(dt.timedelta(seconds=120), "ru") == "2 мин"
    assert format_duration(dt.timedelta(hours=1, minutes=5, seconds=9), "en") == "1 h 5 min"
    assert format_duration(dt.timedelta(0), "en") == "0 s"
