"""Answer quality on the blind sets: new postings and candidate-style questions.

qa-blind.yaml was written before the engine was read and then used to find general gaps (so it
is no longer blind); qa-blind2.yaml was written afterwards and not tuned on. Both print the score,
the false-answer rate on "abstain" questions and every miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.postings import Posting, load_folder
from tests.answering.scoring import BLIND_POSTINGS, BLIND_SET, run_set

BLIND_FLOOR = 0.93
MAX_FALSE_ANSWER_RATE = 0.10


@pytest.fixture(scope="module")
def blind_postings() -> dict[str, Posting]:
    result = load_folder(BLIND_POSTINGS)
    assert not result.errors, result.errors
    return result.by_slug


@pytest.mark.parametrize(("path", "floor"), [(BLIND_SET, BLIND_FLOOR)], ids=lambda v: str(v))
def test_blind_set_score(
    answerer: Answerer, blind_postings: dict[str, Posting], path: Path, floor: float
) -> None:
    report = run_set(answerer, blind_postings, path)
    print("\n" + report.describe(path.stem))
    assert report.total >= 100
    assert report.abstain_total >= 25
    assert report.score >= floor, report.describe(path.stem)
    assert report.false_answer_rate <= MAX_FALSE_ANSWER_RATE, report.describe(path.stem)
