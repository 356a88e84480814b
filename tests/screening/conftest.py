"""Shared pieces for the screening tests: sample postings and a question factory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bot.postings import Posting, Question, load_posting

POSTINGS = Path("/work/shared/postings")
TODAY = dt.date(2025, 12, 20)


def make_question(type_: str = "text", qid: str = "q", **fields: Any) -> Question:
    """A question built the way a posting file would declare it."""
    return Question.model_validate(
        {"id": qid, "text": f"Question {qid}?", "type": type_, **fields}
    )


@pytest.fixture(scope="session")
def backend() -> Posting:
    return load_posting(POSTINGS / "python-backend-developer.md")


@pytest.fixture(scope="session")
def csm() -> Posting:
    return load_posting(POSTINGS / "customer-success-manager.md")


def by_id(posting: Posting) -> dict[str, Question]:
    return {q.id: q for q in posting.questionnaire}
