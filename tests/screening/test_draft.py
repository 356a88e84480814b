"""The draft: navigation, guards against stale input, and the JSON round-trip."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.postings import Posting, Question
from bot.screening import CONSENT, REVIEW, Draft, Valid, validate_answer

from .conftest import make_question

NOW = dt.datetime(2025, 12, 20, 10, 0, tzinfo=dt.UTC)


def questions() -> tuple[Question, ...]:
    return (
        make_question("text", "name"),
        make_question("number", "years", min=0, max=50),
        make_question("text", "city", required=False),
        make_question("multichoice", "langs", options=["Python", "Go", "Rust"]),
        make_question("yesno", "remote", required=False),
    )


def started() -> Draft:
    return Draft.start("dev", questions(), now=NOW, consent_version="2025-01")


def answer_current(draft: Draft, display: str = "x") -> bool:
    assert draft.current_id is not None
    return draft.answer(draft.current_id, Valid(display, display))


def test_consent_comes_first() -> None:
    draft = Draft.start("dev", questions(), now=NOW)
    assert draft.step == CONSENT
    assert draft.current_id is None
    assert draft.progress() == (0, 5)
    assert not draft.answer("name", Valid("Ann", "Ann"))
    assert not draft.back()
    assert draft.give_consent("v1", NOW + dt.timedelta(seconds=5))
    assert not draft.give_consent("v2", NOW)
    assert draft.consent_version == "v1"
    assert draft.consent_at == (NOW + dt.timedelta(seconds=5)).isoformat()
    assert draft.current_id == "name"
    assert draft.progress() == (1, 5)


def test_answers_move_forward_to_review() -> None:
    draft = started()
    for expected in ["name", "years", "city", "langs", "remote"]:
        assert draft.step == expected
        assert answer_current(draft, expected)
    assert draft.at_review
    assert draft.step == REVIEW
    assert draft.progress() == (5, 5)
    assert draft.is_complete and draft.can_submit


def test_stale_question_id_is_ignored() -> None:
    draft = started()
    assert draft.answer("name", Valid("Ann", "Ann"))
    assert draft.current_id == "years"
    # a double tap on question 1's button after moving on changes nothing
    assert not draft.answer("name", Valid("Bob", "Bob"))
    assert draft.answers["name"]["value"] == "Ann"
    assert draft.current_id == "years"
    assert not draft.skip(expected="name")
    assert not draft.back(expected="name")
    assert draft.current_id == "years"


def test_ten_fast_messages_fill_questions_in_order_once_each() -> None:
    many = tuple(make_question("text", f"q{i}") for i in range(10))
    draft = Draft.start("dev", many, now=NOW, consent_version="v")
    for message in range(10):
        qid = draft.current_id
        if qid is not None:
            draft.answer(qid, Valid(f"m{message}", f"m{message}"))
    assert {qid: a["value"] for qid, a in draft.answers.items()} == {
        f"q{i}": f"m{i}" for i in range(10)
    }
    assert draft.at_review
    # an eleventh message at the review answers nothing
    assert draft.current_id is None
    assert not draft.answer("q9", Valid("late", "late"))
    assert draft.answers["q9"]["value"] == "m9"


def test_back_goes_to_previous_and_keeps_answers() -> None:
    draft = started()
    answer_current(draft, "Ann")
    answer_current(draft, "3")
    assert draft.current_id == "city"
    assert draft.back(expected="city")
    assert draft.current_id == "years"
    assert draft.answers["years"]["value"] == "3"
    assert draft.back()
    assert draft.current_id == "name"
    assert not draft.back()  # nothing before the first question
    assert draft.current_id == "name"


def test_back_from_review_goes_to_last_question() -> None:
    draft = started()
    for _ in range(5):
        answer_current(draft)
    assert draft.back(expected=REVIEW)
    assert draft.current_id == "remote"


def test_skip_only_optional_questions() -> None:
    draft = started()
    assert not draft.skip()  # name is required
    answer_current(draft)
    assert not draft.skip()  # years is required
    answer_current(draft)
    assert draft.current_id == "city"
    assert draft.skip(expected="city")
    assert "city" not in draft.answers
    assert draft.current_id == "langs"


def test_skip_after_back_clears_the_old_answer() -> None:
    draft = started()
    for _ in range(3):
        answer_current(draft, "Moscow")
    draft.back()
    assert draft.current_id == "city"
    assert draft.skip()
    assert "city" not in draft.answers


def test_incomplete_draft_cannot_be_submitted() -> None:
    draft = started()
    answer_current(draft)
    draft.answers.pop("name")
    for _ in range(4):
        if not draft.skip():
            answer_current(draft)
    assert draft.at_review
    assert not draft.is_complete and not draft.can_submit


def test_edit_jumps_to_question_and_returns_to_review() -> None:
    draft = started()
    for _ in range(5):
        answer_current(draft, "old")
    assert not draft.edit("nope")
    assert draft.edit("years")
    assert draft.editing and draft.current_id == "years"
    assert draft.progress() == (2, 5)
    assert not draft.edit("name")  # only from the review
    assert draft.answer("years", Valid(7, "7"))
    assert draft.at_review and not draft.editing
    assert draft.answers["years"] == {"value": 7, "display": "7"}
    assert draft.answers["name"]["value"] == "old"


def test_skip_and_back_while_editing_return_to_review() -> None:
    draft = started()
    for _ in range(5):
        answer_current(draft)
    assert draft.edit("city")
    assert draft.skip()
    assert draft.at_review and "city" not in draft.answers
    assert draft.edit("name")
    assert draft.back()
    assert draft.at_review and draft.answers["name"]["value"] == "x"


def test_multichoice_toggles_start_from_stored_answer() -> None:
    draft = started()
    answer_current(draft)
    answer_current(draft)
    draft.skip()
    langs = questions()[3]
    assert draft.ticked(langs) == []
    assert not draft.toggle(questions()[0], 0)  # not the current question
    assert not draft.toggle(langs, 5)  # no such option
    assert draft.toggle(langs, 2) and draft.toggle(langs, 0) and draft.toggle(langs, 2)
    assert draft.ticked(langs) == [0]
    assert draft.answer("langs", Valid(["Python", "Rust"], "Python, Rust"))
    assert draft.selection is None
    draft.back()
    assert draft.ticked(langs) == [0, 2]


def test_json_round_trip_is_exact(backend: Posting) -> None:
    draft = Draft.start("python-backend-developer", backend.questionnaire, now=NOW)
    draft.give_consent("2025-01", NOW)
    by = {q.id: q for q in backend.questionnaire}
    for qid, raw in [("name", "<b>Ann</b> & co"), ("experience", "3,5"), ("asyncio", "да")]:
        outcome = validate_answer(by[qid], raw, "ru")
        assert isinstance(outcome, Valid)
        assert draft.answer(qid, outcome)
    draft.skip()
    draft.answers["multi"] = {"value": ["A", "B"], "display": "A, B"}  # a list value
    draft.question_ids.append("multi")
    draft.selection = [0, 2]
    data = json.loads(json.dumps(draft.to_dict()))
    assert data == draft.to_dict()
    restored = Draft.from_dict(data)
    assert restored == draft
    assert restored.answers["experience"]["value"] == 3.5
    assert restored.answers["asyncio"]["value"] is True
    assert restored.answers["name"]["value"] == "<b>Ann</b> & co"
    assert restored.to_dict() == draft.to_dict()


def test_round_trip_of_fresh_and_reviewed_drafts() -> None:
    fresh = Draft.start("dev", questions(), now=NOW)
    assert Draft.from_dict(json.loads(json.dumps(fresh.to_dict()))) == fresh
    done = started()
    for _ in range(5):
        answer_current(done)
    done.edit("langs")
    assert Draft.from_dict(json.loads(json.dumps(done.to_dict()))) == done


@pytest.mark.parametrize(
    "data",
    [{}, {"v": 2}, {"v": 1, "slug": "x"}, {**started().to_dict(), "index": 99}, "nonsense"],
)
def test_from_dict_rejects_what_is_not_a_draft(data: object) -> None:
    with pytest.raises(ValueError):
        Draft.from_dict(data)  # type: ignore[arg-type]


def test_matches_detects_a_changed_questionnaire() -> None:
    draft = started()
    assert draft.matches("dev", questions())
    assert not draft.matches("other", questions())
    assert not draft.matches("dev", questions()[:-1])


def test_elapsed_and_start_requires_questions() -> None:
    draft = started()
    assert draft.elapsed(NOW + dt.timedelta(minutes=2, seconds=13)).total_seconds() == 133
    with pytest.raises(ValueError):
        Draft.start("dev", (), now=NOW)


def test_readme_diagram_names_every_operation() -> None:
    readme = (Path(__file__).parents[2] / "bot" / "screening" / "README.md").read_text("utf-8")
    diagram = readme.split("```mermaid", 1)[1].split("```", 1)[0]
    for operation in ("start", "give_consent", "answer", "skip", "back", "edit", "toggle"):
        assert f"{operation}(" in diagram
        assert callable(getattr(Draft, operation))
    assert "can_submit" in diagram and hasattr(Draft, "can_submit")


def test_a_copy_is_equal_and_shares_nothing_mutable() -> None:
    draft = started()
    answer_current(draft, "Анна")
    answer_current(draft, "5")
    answer_current(draft)
    assert draft.toggle(questions()[3], 1)
    copy = draft.copy()
    assert copy == draft == Draft.from_dict(json.loads(json.dumps(draft.to_dict())))
    assert copy.toggle(questions()[3], 2) and copy.answer("langs", Valid(["Go"], "Go"))
    assert copy.back("remote") and draft.selection == [1] and "langs" not in draft.answers


def test_current_question_is_found_by_id_where_the_order_differs() -> None:
    draft = started()
    assert answer_current(draft)
    assert draft.current_question(questions()) == questions()[1]  # read at the index
    moved = (questions()[1], questions()[0], *questions()[2:])
    found = draft.current_question(moved)
    assert found is not None and found.id == "years"  # looked for by id
    assert draft.current_question(questions()[:1]) is None  # not among them
    draft.index = draft.total
    assert draft.current_question(questions()) is None  # at the review


def test_a_draft_stops_matching_a_questionnaire_changed_in_place_or_replaced() -> None:
    draft = started()
    kept = questions()
    assert draft.matches("dev", kept)
    assert draft.matches("dev", kept)  # the ids read the first time
    assert not draft.matches("dev", kept[:-1])  # a new tuple: a question less
    changed = list(kept)
    assert draft.matches("dev", changed)
    changed[2] = make_question("text", "city")  # required now: a list is read every time
    assert not draft.matches("dev", changed)
    assert not draft.matches("other", kept)
