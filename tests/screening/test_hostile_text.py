"""Text that hides or lies: invisible letters, bidi overrides, controls, dates already gone."""

from __future__ import annotations

import unicodedata

import pytest

from bot.locales import t
from bot.postings import Posting
from bot.screening import AskedQuestion, Invalid, Valid, render_hr_summary, validate_answer
from bot.screening.validation import clean_text, plain_line

from .conftest import TODAY, make_question
from .test_render import summary_for

NAME = make_question("text", qid="name", max=100)
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: «Анна\u202eвонавИ» shows as «АннаИванов»
HIDDEN = [
    "\u200b",  # zero-width space
    "\u3164",  # HANGUL FILLER, a "letter" that draws nothing
    "\x00\x00",
    "\u2066\u2069\u200e",  # isolates and a direction mark
    "\ufeff\u00ad",  # BOM, soft hyphen
    "\u2800 \u115f",  # braille blank, Hangul choseong filler
]


def hidden_characters(text: str) -> list[str]:
    """Controls and format characters left in ``text`` (bidi overrides among them)."""
    return [
        f"U+{ord(c):04X}"
        for c in text
        if c not in "\n" and unicodedata.category(c) in {"Cc", "Cf"} and c != "\u200d"
    ]


@pytest.mark.parametrize("raw", HIDDEN)
def test_invisible_text_is_an_empty_answer(raw: str) -> None:
    outcome = validate_answer(make_question("text"), raw, "ru")
    assert outcome == Invalid(t("ru", "screening.invalid.empty"))


@pytest.mark.parametrize("raw", ["123", "42 000", "+-", "\u3164\u3164\u3164", "!!!"])
def test_a_name_needs_letters(raw: str) -> None:
    outcome = validate_answer(NAME, raw, "ru")
    assert isinstance(outcome, Invalid)
    assert outcome.message in (
        t("ru", "screening.invalid.name"),
        t("ru", "screening.invalid.empty"),
    )


@pytest.mark.parametrize(("raw", "stored"), [("Анна", "Анна"), ("Jean-Luc 2", "Jean-Luc 2")])
def test_a_name_with_letters_is_accepted(raw: str, stored: str) -> None:
    assert validate_answer(NAME, raw, "ru") == Valid(stored, stored)


def test_answers_lose_bidi_controls_and_are_nfc() -> None:
    decomposed = "И\u0306око"  # И + combining breve: NFC makes it one «Й»
    outcome = validate_answer(make_question("text"), f"{RLO}{decomposed}\u202c\u200f", "ru")
    assert outcome == Valid("\u0419око", "\u0419око")
    assert clean_text(f"a{RLO}b\u2067c\u2069") == "abc"
    assert plain_line(f"  Анна\n{RLO}Ив\x1bанова ") == "Анна Иванова"


@pytest.mark.parametrize("raw", ["01.01.2020", "2020-01-01", "18.12.2025", "1 января 2025"])
def test_a_start_date_in_the_past_is_refused(raw: str) -> None:
    outcome = validate_answer(make_question("date"), raw, "ru", today=TODAY)
    assert outcome == Invalid(t("ru", "screening.invalid.date_past"))


@pytest.mark.parametrize("raw", ["20.12.2025", "19.12.2025", "сегодня", "завтра", "15.01.2026"])
def test_today_and_later_are_accepted_with_a_day_of_slack_for_time_zones(raw: str) -> None:
    assert isinstance(validate_answer(make_question("date"), raw, "ru", today=TODAY), Valid)


def test_the_hr_summary_carries_no_bidi_or_control_characters(csm: Posting) -> None:
    hostile = f"{RLO}gnp.exe\u2066\x07"
    answers = {
        "name": {"value": hostile, "display": f"Jane{RLO}eoD"},
        "email": {"value": "jane@example.com", "display": "jane@example.com"},
    }
    summary = summary_for(
        csm,
        full_name=f"Jane {RLO}eoD\u200b",
        username=f"jane{RLO}",
        answers=answers,
        knockouts=[],
        asked=[AskedQuestion(f"Is it{RLO} remote?\x00", True)],
        source=f"hh{RLO}",
    )
    parts = render_hr_summary(summary)
    for part in parts:
        assert hidden_characters(part.text) == []
    text = "".join(part.text for part in parts)
    assert "Candidate: Jane eoD (@jane)" in text
    assert "JaneeoD" in text
    assert "• Is it remote? — " in text
