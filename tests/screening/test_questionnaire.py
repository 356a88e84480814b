"""The default questionnaire file and picking a posting's questionnaire."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.postings import QuestionType, load_posting
from bot.screening import QuestionnaireError, default_questionnaire, questionnaire_for
from bot.screening.questionnaire import DEFAULT_FILE, parse_default_questionnaire

POSTINGS = Path("/work/shared/postings")


def _raw_default() -> dict:
    path = Path(__file__).parents[2] / "bot" / "screening" / DEFAULT_FILE
    return yaml.safe_load(path.read_text("utf-8"))


@pytest.mark.parametrize("locale", ["ru", "en"])
def test_default_questionnaire_is_valid_in_both_languages(locale: str) -> None:
    questions = default_questionnaire(locale)
    assert [q.id for q in questions] == ["name", "contact", "experience", "start"]
    kinds = {q.id: q.type for q in questions}
    assert kinds["contact"] == QuestionType.CONTACT
    assert kinds["start"] == QuestionType.TEXT
    assert {q.id: q.max for q in questions}["experience"] == 500


def test_default_questionnaire_languages_differ_in_text_only() -> None:
    ru, en = default_questionnaire("ru"), default_questionnaire("en")
    assert [q.text for q in ru] != [q.text for q in en]
    assert any("телефон" in q.text for q in ru)
    assert any("phone" in q.text for q in en)
    assert default_questionnaire("de") == ru


def test_default_questionnaire_file_problems_are_caught() -> None:
    data = _raw_default()
    parse_default_questionnaire(data)  # the real file passes
    broken = {**data, "en": [*data["en"][:-1], {"id": "start", "text": "x", "type": "choice"}]}
    with pytest.raises(QuestionnaireError, match="en"):
        parse_default_questionnaire(broken)
    with pytest.raises(QuestionnaireError, match="differ"):
        parse_default_questionnaire({**data, "en": data["en"][:-1]})
    with pytest.raises(QuestionnaireError):
        parse_default_questionnaire({"ru": data["ru"]})


def test_posting_questionnaire_wins_over_default() -> None:
    posting = load_posting(POSTINGS / "python-backend-developer.md")
    ids = [q.id for q in questionnaire_for(posting, "en")]
    assert ids == ["name", "experience", "asyncio", "english", "relocation", "contact"]


def test_posting_without_questionnaire_gets_default() -> None:
    posting = load_posting(POSTINGS / "python-backend-developer.md").model_copy(
        update={"questionnaire": ()}
    )
    assert questionnaire_for(posting, "en") == default_questionnaire("en")
    assert questionnaire_for(posting, "ru") == default_questionnaire("ru")
