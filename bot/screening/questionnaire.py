"""Which questions a candidate is asked: the posting's own, or the default questionnaire."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from bot.locales import LOCALES
from bot.postings.models import Posting, Question

DEFAULT_FILE = "default_questionnaire.yaml"


class QuestionnaireError(ValueError):
    """The default questionnaire file is broken (a bug in the package, not in a posting)."""


def parse_default_questionnaire(data: Any) -> dict[str, tuple[Question, ...]]:
    """Check the default questionnaire's data: every locale, valid questions, the same ids."""
    if not isinstance(data, dict) or set(data) != set(LOCALES):
        raise QuestionnaireError(f"{DEFAULT_FILE} must have exactly the keys {list(LOCALES)}")
    parsed: dict[str, tuple[Question, ...]] = {}
    for locale in LOCALES:
        entries = data[locale]
        if not isinstance(entries, list) or not entries:
            raise QuestionnaireError(f"{DEFAULT_FILE}: '{locale}' must be a non-empty list")
        try:
            questions = tuple(Question.model_validate(entry) for entry in entries)
        except ValueError as error:
            raise QuestionnaireError(f"{DEFAULT_FILE}: '{locale}': {error}") from None
        ids = [q.id for q in questions]
        if len(set(ids)) != len(ids):
            raise QuestionnaireError(f"{DEFAULT_FILE}: '{locale}' repeats a question id")
        parsed[locale] = questions
    shapes = {
        locale: [(q.id, q.type, q.required, q.min, q.max) for q in questions]
        for locale, questions in parsed.items()
    }
    if len({repr(shape) for shape in shapes.values()}) != 1:
        raise QuestionnaireError(f"{DEFAULT_FILE}: the languages differ in ids, types or limits")
    return parsed


@cache
def _default_questionnaires() -> dict[str, tuple[Question, ...]]:
    source = resources.files("bot.screening").joinpath(DEFAULT_FILE)
    return parse_default_questionnaire(yaml.safe_load(source.read_text("utf-8")))


def default_questionnaire(locale: str) -> tuple[Question, ...]:
    """The questions asked when a posting has none, in ``locale`` (Russian when unknown)."""
    table = _default_questionnaires()
    return table.get(locale, table["ru"])


def questionnaire_for(posting: Posting, locale: str) -> tuple[Question, ...]:
    """The posting's questionnaire, or the default one in ``locale``.

    The default questionnaire has the same ids in every language, so answers given in one
    language can be shown to HR in the posting's language: ``questionnaire_for(posting, lang)``.
    """
    return posting.questionnaire or default_questionnaire(locale)
