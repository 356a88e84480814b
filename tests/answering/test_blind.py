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
from tests.answering.scoring import BLIND2_SET, BLIND_POSTINGS, BLIND_SET, run_set

BLIND_FLOOR = 0.93  # reached 99.1% (79.5% before the changes)
BLIND2_FLOOR = 0.92  # reached 97.4% (81.8% on first, untuned run)
MAX_FALSE_ANSWER_RATE = 0.10


@pytest.fixture(scope="module")
def blind_postings() -> dict[str, Posting]:
    result = load_folder(BLIND_POSTINGS)
    assert not result.errors, result.errors
    return result.by_slug


@pytest.mark.parametrize(
    ("path", "floor", "size", "abstains"),
    [(BLIND_SET, BLIND_FLOOR, 100, 25), (BLIND2_SET, BLIND2_FLOOR, 70, 15)],
    ids=["blind", "blind2"],
)
def test_blind_set_score(
    answerer: Answerer,
    blind_postings: dict[str, Posting],
    path: Path,
    floor: float,
    size: int,
    abstains: int,
) -> None:
    report = run_set(answerer, blind_postings, path)
    print("\n" + report.describe(path.stem))
    assert report.total >= size
    assert report.abstain_total >= abstains
    assert report.score >= floor, report.describe(path.stem)
    assert report.false_answer_rate <= MAX_FALSE_ANSWER_RATE, report.describe(path.stem)
