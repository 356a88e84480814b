"""Knockouts of each kind: number range, yes/no, choice and multichoice reject/accept."""

from __future__ import annotations

from bot.postings import Posting
from bot.screening import KnockoutHit, find_knockouts, knockout_reason

from .conftest import by_id, make_question


def test_number_knockout_from_sample_posting(backend: Posting) -> None:
    question = by_id(backend)["experience"]  # knockout min 2
    assert knockout_reason(question, 1) == question.knockout.reason
    assert knockout_reason(question, 1.5) is not None
    assert knockout_reason(question, 2) is None
    assert knockout_reason(question, 10) is None


def test_number_knockout_max() -> None:
    question = make_question("number", knockout={"max": 5, "min": 1, "reason": "R"})
    assert knockout_reason(question, 6) == "R"
    assert knockout_reason(question, 0) == "R"
    assert knockout_reason(question, 3) is None


def test_yesno_knockout_from_sample_posting(csm: Posting) -> None:
    question = by_id(csm)["timezone_ok"]  # expect: yes (a YAML boolean in the file)
    assert knockout_reason(question, False) == question.knockout.reason
    assert knockout_reason(question, True) is None


def test_yesno_knockout_expecting_no() -> None:
    question = make_question("yesno", knockout={"expect": "no", "reason": "R"})
    assert knockout_reason(question, True) == "R"
    assert knockout_reason(question, False) is None


def test_choice_reject_from_sample_posting(csm: Posting) -> None:
    question = by_id(csm)["english"]  # reject: [Intermediate]
    assert knockout_reason(question, "Intermediate") == question.knockout.reason
    assert knockout_reason(question, "Advanced") is None


def test_choice_accept() -> None:
    question = make_question(
        "choice",
        options=["Москва", "Питер", "Казань"],
        knockout={"accept": ["Москва"], "reason": "R"},
    )
    assert knockout_reason(question, "Питер") == "R"
    assert knockout_reason(question, "Москва") is None


def test_multichoice_reject_if_any_chosen_is_rejected() -> None:
    question = make_question(
        "multichoice", options=["A", "B", "C"], knockout={"reject": ["C"], "reason": "R"}
    )
    assert knockout_reason(question, ["A", "C"]) == "R"
    assert knockout_reason(question, ["A", "B"]) is None


def test_multichoice_accept_if_none_chosen_is_accepted() -> None:
    question = make_question(
        "multichoice", options=["A", "B", "C"], knockout={"accept": ["A", "B"], "reason": "R"}
    )
    assert knockout_reason(question, ["C"]) == "R"
    assert knockout_reason(question, ["B", "C"]) is None


def test_no_knockout_or_no_answer_never_flags(backend: Posting) -> None:
    assert knockout_reason(by_id(backend)["asyncio"], False) is None
    assert knockout_reason(by_id(backend)["experience"], None) is None


def test_find_knockouts_lists_hits_in_questionnaire_order(csm: Posting) -> None:
    answers = {
        "english": {"value": "Intermediate", "display": "Intermediate"},
        "timezone_ok": {"value": False, "display": "No"},
        "saas_years": {"value": 0, "display": "0"},
    }
    hits = find_knockouts(csm.questionnaire, answers)
    assert [h.question_id for h in hits] == ["english", "timezone_ok"]
    assert hits[0] == KnockoutHit(
        "english", by_id(csm)["english"].text, by_id(csm)["english"].knockout.reason
    )
    assert find_knockouts(csm.questionnaire, {}) == []
