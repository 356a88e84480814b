"""Knockout requirements: an answer that misses one flags the application — it is never dropped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.postings.models import Question, QuestionType
from bot.screening.validation import JSONValue


@dataclass(frozen=True)
class KnockoutHit:
    """One requirement the candidate's answer does not meet."""

    question_id: str
    question: str
    reason: str


def knockout_reason(question: Question, value: JSONValue | None) -> str | None:
    """The knockout's reason when ``value`` misses it, else None (skipped answers never miss)."""
    ko = question.knockout
    if ko is None or value is None:
        return None
    kind = question.type
    missed = False
    if kind == QuestionType.NUMBER:
        if isinstance(value, int | float) and not isinstance(value, bool):
            missed = (ko.min is not None and value < ko.min) or (
                ko.max is not None and value > ko.max
            )
    elif kind == QuestionType.YESNO:
        if isinstance(value, bool) and ko.expect is not None:
            missed = value != (ko.expect == "yes")
    elif kind in (QuestionType.CHOICE, QuestionType.MULTICHOICE):
        chosen = set(value) if isinstance(value, list) else {value}
        if ko.reject is not None:
            missed = bool(chosen & set(ko.reject))
        elif ko.accept is not None:
            missed = not chosen & set(ko.accept)
    return ko.reason if missed else None


def find_knockouts(
    questions: Sequence[Question], answers: Mapping[str, Mapping[str, Any]]
) -> list[KnockoutHit]:
    """Every knockout the answers (``Draft.answers``) miss, in questionnaire order."""
    hits: list[KnockoutHit] = []
    for question in questions:
        answer = answers.get(question.id)
        reason = knockout_reason(question, None if answer is None else answer.get("value"))
        if reason is not None:
            hits.append(KnockoutHit(question.id, question.text, reason))
    return hits
