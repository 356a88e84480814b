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
(paragraphs quoted by sentence, a contact topic, lexicon gaps). qa-blind9.yaml (fixtures/postings9,
six postings, two in English) was first run after the dispatcher-speed round, with no change to the
engine since blind8: 88.5%, no false answers; then its misses were fixed by cause (emoji-led lines
as list items, "во время смены" as mere context, lexicon gaps). qa-blind10.yaml
(fixtures/postings10, six postings, three in English, questions in phone style: lowercase, slang,
a personal situation) was first run after that: 81.9%, no false answers; then fixed by cause
(the candidate's own situation is no topic asked about, a labelled paragraph after a list reads
as its label says, prose cues and lexicon gaps). qa-blind11.yaml (fixtures/postings11, six
postings, two in English, qa-dev style) was first run after that round: 86.5%, one false answer;
qa-blind12.yaml (fixtures/postings12, same brief) after blind11's fixes: 87.6%, one false answer;
qa-blind13.yaml (fixtures/postings13, same brief) after blind12's: 89.8%, one false answer;
qa-blind14.yaml (fixtures/postings14, three in English) after blind13's: 82.7%, two false answers.
Each prints the score, the false-answer rate on "abstain" questions and every miss.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.postings import Posting, load_folder
from tests.answering.scoring import BLIND_SETS, run_set

BLIND_FLOOR = 0.93  # reached 99.1% (79.5% before the changes)
BLIND2_FLOOR = 0.92  # reached 97.4% (81.8% on first, untuned run)
BLIND3_FLOOR = 0.92  # reached 99.1% (80.5% on first, untuned run)
BLIND4_FLOOR = 0.92  # reached 97.7% (79.1% on first, untuned run)
BLIND5_FLOOR = 0.95  # reached 100% (84.7% on first run, after the structural changes)
BLIND6_FLOOR = 0.89  # reached 91.4% (70.2% on first run, after the next structural changes)
BLIND7_FLOOR = 0.95  # reached 100% (89.4% on first run, after the English lexicon round)
BLIND8_FLOOR = 0.95  # reached 97.5% (83.1% on first run, after the synonyms round)
BLIND9_FLOOR = 0.91  # reached 92.3% (88.5% on first run, no false answers)
BLIND10_FLOOR = 0.88  # reached 89.1% (81.9% on first run, no false answers)
BLIND11_FLOOR = 0.89  # reached 90.5% (86.5% on first run, one false answer, now none)
BLIND12_FLOOR = 0.89  # reached 89.9% (87.6% on first run, one false answer, now none)
BLIND13_FLOOR = 0.92  # reached 93.0% (89.8% on first run; one false answer, now none)
BLIND14_FLOOR = 0.86  # reached 87.4% (82.7% on first run; two false answers, now none)
MAX_FALSE_ANSWER_RATE = 0.10


@cache
def postings_in(folder: Path) -> dict[str, Posting]:
    """The postings of one fixture folder, loaded once per run."""
    result = load_folder(folder)
    assert not result.errors, result.errors
    return result.by_slug


@pytest.mark.parametrize(
    ("name", "floor", "size", "abstains"),
    [
        ("blind", BLIND_FLOOR, 100, 25),
        ("blind2", BLIND2_FLOOR, 70, 15),
        ("blind3", BLIND3_FLOOR, 100, 25),
        ("blind4", BLIND4_FLOOR, 43, 10),
        ("blind5", BLIND5_FLOOR, 130, 35),
        ("blind6", BLIND6_FLOOR, 150, 40),
        ("blind7", BLIND7_FLOOR, 140, 35),
        ("blind8", BLIND8_FLOOR, 115, 25),
        ("blind9", BLIND9_FLOOR, 130, 30),
        ("blind10", BLIND10_FLOOR, 138, 30),
        ("blind11", BLIND11_FLOOR, 126, 30),
        ("blind12", BLIND12_FLOOR, 129, 30),
        ("blind13", BLIND13_FLOOR, 128, 30),
        ("blind14", BLIND14_FLOOR, 127, 30),
    ],
)
def test_blind_set_score(
    answerer: Answerer, name: str, floor: float, size: int, abstains: int
) -> None:
    qa = BLIND_SETS[name]
    path = qa.questions
    report = run_set(answerer, postings_in(qa.postings), path)
    print("\n" + report.describe(path.stem))
    assert report.total >= size
    assert report.abstain_total >= abstains
    assert report.score >= floor, report.describe(path.stem)
    assert report.false_answer_rate <= MAX_FALSE_ANSWER_RATE, report.describe(path.stem)
