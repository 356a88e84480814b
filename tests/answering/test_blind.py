"""Answer quality on the blind sets: new postings and candidate-style questions.

qa-blind.yaml was written before the engine was read and then used to find general gaps (so it
is no longer blind); qa-blind2.yaml was written afterwards and not tuned on. qa-blind3.yaml (new
kinds of postings in fixtures/postings3) was written and committed before the third round of
changes, then used to find general gaps. qa-blind4.yaml (fixtures/postings4) and qa-blind5.yaml
(fixtures/postings5) were written by another engineer; blind5 was first run only after the
structural round of changes (84.7%), then its misses were fixed generally. qa-blind6.yaml
(fixtures/postings6, eight postings) was first run after the next structural round (sides, prose
tags, stems): 70.2%, then its misses were fixed generally. qa-blind7.yaml (fixtures/postings7,
eight postings, four in English) was first run after the round that grew the lexicon's English side
and added word synonyms: 89.4%, then its misses were fixed generally. qa-blind8.yaml
(fixtures/postings8, six postings, three in English) was first run after the round that relaxed
the uncovered-subject check and grew the synonyms: 83.1%, then its misses were fixed by cause
(paragraphs quoted by sentence, a contact topic, lexicon gaps). Each prints the score, the
false-answer rate on "abstain" questions and every miss.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.postings import Posting, load_folder
from tests.answering.scoring import (
    BLIND2_SET,
    BLIND3_POSTINGS,
    BLIND3_SET,
    BLIND4_POSTINGS,
    BLIND4_SET,
    BLIND5_POSTINGS,
    BLIND5_SET,
    BLIND6_POSTINGS,
    BLIND6_SET,
    BLIND7_POSTINGS,
    BLIND7_SET,
    BLIND8_POSTINGS,
    BLIND8_SET,
    BLIND_POSTINGS,
    BLIND_SET,
    run_set,
)

BLIND_FLOOR = 0.93  # reached 99.1% (79.5% before the changes)
BLIND2_FLOOR = 0.92  # reached 97.4% (81.8% on first, untuned run)
BLIND3_FLOOR = 0.92  # reached 96.5% (80.5% on first, untuned run)
BLIND4_FLOOR = 0.92  # reached 97.7% (79.1% on first, untuned run)
BLIND5_FLOOR = 0.95  # reached 100% (84.7% on first run, after the structural changes)
BLIND6_FLOOR = 0.89  # reached 91.4% (70.2% on first run, after the next structural changes)
BLIND7_FLOOR = 0.95  # reached 100% (89.4% on first run, after the English lexicon round)
BLIND8_FLOOR = 0.95  # reached 97.5% (83.1% on first run, after the synonyms round)
MAX_FALSE_ANSWER_RATE = 0.10


@cache
def postings_in(folder: Path) -> dict[str, Posting]:
    """The postings of one fixture folder, loaded once per run."""
    result = load_folder(folder)
    assert not result.errors, result.errors
    return result.by_slug


@pytest.mark.parametrize(
    ("path", "floor", "size", "abstains", "folder"),
    [
        (BLIND_SET, BLIND_FLOOR, 100, 25, BLIND_POSTINGS),
        (BLIND2_SET, BLIND2_FLOOR, 70, 15, BLIND_POSTINGS),
        (BLIND3_SET, BLIND3_FLOOR, 100, 25, BLIND3_POSTINGS),
        (BLIND4_SET, BLIND4_FLOOR, 43, 10, BLIND4_POSTINGS),
        (BLIND5_SET, BLIND5_FLOOR, 130, 35, BLIND5_POSTINGS),
        (BLIND6_SET, BLIND6_FLOOR, 150, 40, BLIND6_POSTINGS),
        (BLIND7_SET, BLIND7_FLOOR, 140, 35, BLIND7_POSTINGS),
        (BLIND8_SET, BLIND8_FLOOR, 115, 25, BLIND8_POSTINGS),
    ],
    ids=["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"],
)
def test_blind_set_score(
    answerer: Answerer,
    path: Path,
    floor: float,
    size: int,
    abstains: int,
    folder: Path,
) -> None:
    report = run_set(answerer, postings_in(folder), path)
    print("\n" + report.describe(path.stem))
    assert report.total >= size
    assert report.abstain_total >= abstains
    assert report.score >= floor, report.describe(path.stem)
    assert report.false_answer_rate <= MAX_FALSE_ANSWER_RATE, report.describe(path.stem)
