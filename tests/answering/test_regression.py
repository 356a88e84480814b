"""Answer quality on the regression sets: once blind, now tuned on, so they guard, not judge.

regression/blind1.yaml … blind14.yaml (postings in fixtures/postings, postings3 … postings14) were
each written blind and first run once before any change made for them (first-run figures in
README.md), then used to find general gaps; regression/holdout.yaml is our own held-out set on the
shared postings. A change may lower any of them by at most two points from the figure it had on
main before the issue-10 redesign (the ``REACHED`` figures below), and qa-dev stays at 95% or
more. messy-dev (fixtures/postings-messy-dev) is the development set of real-world-shaped
postings: first run 77.5% (26.3% of its unanswerable questions answered), then tuned on.
Each prints the score, the false-answer rate on "abstain" questions and every miss.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.postings import Posting, load_folder
from tests.answering import scoring
from tests.answering.scoring import BLIND_SETS, MESSY_DEV, REGRESSION_SETS, SEALED, run_set

# Each set's figure on main before the issue-10 redesign; a set may lose at most two points.
REACHED = {
    "blind1": 0.991,
    "blind2": 0.987,
    "blind3": 0.991,
    "blind4": 0.977,
    "blind5": 1.000,
    "blind6": 0.947,
    "blind7": 1.000,
    "blind8": 0.975,
    "blind9": 0.923,
    "blind10": 0.891,
    "blind11": 0.905,
    "blind12": 0.915,
    "blind13": 0.938,
    "blind14": 0.874,
}
BUDGET = 0.02
MAX_FALSE_ANSWER_RATE = 0.10
MESSY_DEV_FLOOR = 0.93  # first run 77.5%, 95.0% after the round of issue 10 that ended 2026-12-03
MESSY_DEV_MAX_FALSE = 0.05  # first run 26.3%, 0/38 after it


@cache
def postings_in(folder: Path) -> dict[str, Posting]:
    """The postings of one fixture folder, loaded once per run."""
    result = load_folder(folder)
    assert not result.errors, result.errors
    return result.by_slug


@pytest.mark.parametrize(
    ("name", "size", "abstains"),
    [
        ("blind1", 100, 25),
        ("blind2", 70, 15),
        ("blind3", 100, 25),
        ("blind4", 43, 10),
        ("blind5", 130, 35),
        ("blind6", 150, 40),
        ("blind7", 140, 35),
        ("blind8", 115, 25),
        ("blind9", 130, 30),
        ("blind10", 138, 30),
        ("blind11", 126, 30),
        ("blind12", 129, 30),
        ("blind13", 128, 30),
        ("blind14", 127, 30),
    ],
)
def test_regression_set_score(answerer: Answerer, name: str, size: int, abstains: int) -> None:
    qa = REGRESSION_SETS[name]
    report = run_set(answerer, postings_in(qa.postings), qa.questions)
    print("\n" + report.describe(name))
    assert report.total >= size
    assert report.abstain_total >= abstains
    assert report.score >= REACHED[name] - BUDGET - 1e-9, report.describe(name)
    assert report.false_answer_rate <= MAX_FALSE_ANSWER_RATE, report.describe(name)


def test_messy_dev_set(answerer: Answerer) -> None:
    report = run_set(answerer, postings_in(MESSY_DEV.postings), MESSY_DEV.questions)
    print("\n" + report.describe("messy-dev"))
    assert report.total >= 120
    assert report.score >= MESSY_DEV_FLOOR, report.describe("messy-dev")
    assert report.false_answer_rate <= MESSY_DEV_MAX_FALSE, report.describe("messy-dev")


# First run on the redesigned engine, before anything was changed for them (no tuning since):
# the floors keep what they scored then, so a change that loses ground on unseen postings fails.
BLIND_FIRST_RUN = {
    "blind-a": (0.780, 118, 38),
    "blind-b": (0.833, 120, 38),
    "own-1": (0.737, 57, 18),
    # first run on main 668f955 (75.6%, 75.9%); on s3-answer 4f75d07 (below)
    "blind-c": (0.779, 131, 43),
    "blind-d": (0.774, 137, 44),
    # sealed from 16:35 until the end of session 3's answering work; first run on main 14f665a
    "blind-e": (0.700, 140, 45),
    "blind-f": (0.699, 133, 43),
    "blind-g": (0.662, 133, 43),
    "blind-h": (0.714, 154, 48),
    # first run at the start of session 4, on main 1ab9a30 (tuned on since)
    "blind-i": (0.681, 144, 48),
    "blind-j": (0.694, 144, 48),
    "blind-k": (0.729, 144, 48),
    "blind-l": (0.701, 144, 48),
    # sealed through session 4's answering work: run on main 1ab9a30 and on s4-learn 1951026
    "blind-m": (0.683, 142, 47),
    "blind-n": (0.649, 148, 50),
    "blind-o": (0.678, 149, 50),
    "blind-p": (0.762, 147, 51),
    # written after session 4's answering round, first run on its finished engine (5328073)
    "blind-q": (0.767, 150, 51),
    "blind-r": (0.716, 148, 47),
    # written blind at the start of session 5 and first run on main a70966a, figures only
    "blind-s": (0.755, 147, 48),
    "blind-t": (0.733, 150, 48),
    "blind-u": (0.788, 146, 50),
    "blind-v": (0.653, 147, 48),
    # written blind at the start of session 6 and first run on main c8688e9, figures only
    "blind-w": (0.806, 144, 48),
    "blind-x": (0.736, 144, 48),
    "blind-y": (0.797, 148, 49),
    "blind-z": (0.745, 149, 49),
    # written blind at the start of session 7 and first run on main e60a715, figures only
    "blind-aa": (0.667, 150, 49),
    "blind-ab": (0.699, 146, 48),
    # written blind at the start of session 8 and first run on main 65da988, figures only
    "blind-ac": (0.713, 164, 49),
    "blind-ad": (0.748, 159, 51),
    "blind-ae": (0.681, 166, 54),
    "blind-af": (0.679, 156, 47),
    # written blind at the start of session 9, first run on main bdde054 (blind-aj, blind-ak on
    # 8f826d0, the same engine: their postings need cents in a salary), sealed since
    "blind-ag": (0.697, 165, 52),
    "blind-ah": (0.722, 169, 49),
    "blind-ai": (0.756, 156, 48),
    "blind-aj": (0.642, 159, 54),
    "blind-ak": (0.627, 169, 54),
    # written blind at the start of session 10, first run on main d373c6d, sealed since
    "blind-al": (0.703, 162, 54),
    "blind-am": (0.678, 168, 56),
    "blind-an": (0.638, 166, 58),
    # written blind at the start of session 11, first run on main d512082, sealed since
    "blind-ao": (0.807, 161, 48),
    "blind-ap": (0.681, 157, 49),
    "blind-aq": (0.711, 156, 53),
    # written blind at the start of session 12, first run on main 03509f8 (opened in session 13)
    "blind-ar": (0.742, 163, 50),
    "blind-as": (0.761, 159, 51),
    "blind-at": (0.737, 175, 54),
    # written blind at the start of session 13, first run on main db8ee44 (opened in session 14)
    "blind-au": (0.662, 175, 55),
    "blind-av": (0.740, 162, 51),
    "blind-aw": (0.680, 150, 49),
    # written blind at the start of session 14, first run on main 3b01ae7 (opened in session 15)
    "blind-ax": (0.698, 166, 53),
    "blind-ay": (0.729, 170, 51),
    "blind-az": (0.705, 170, 53),
    # written blind at the start of session 15, first run on main fdc1ffa (opened in session 16)
    "blind-ba": (0.682, 173, 56),
    "blind-bb": (0.688, 167, 54),
    "blind-bc": (0.633, 153, 48),
    # written blind at the start of session 16, first run on main 8223a8e (opened in session 17)
    "blind-bd": (0.672, 174, 60),
    "blind-be": (0.682, 170, 60),
    "blind-bf": (0.678, 168, 57),
    # written blind at the start of session 17, first run on main 4f2cc03 (opened in session 18)
    "blind-bg": (0.743, 175, 57),
    "blind-bh": (0.663, 169, 59),
    "blind-bi": (0.583, 175, 57),
    # written blind at the start of session 18, first run on main 63ac925 (opened in session 19)
    "blind-bj": (0.702, 168, 59),
    "blind-bk": (0.738, 172, 58),
    "blind-bl": (0.672, 174, 60),
    # written blind at the start of session 19, first run on main 6fbd87f (opened in session 20)
    "blind-bm": (0.760, 175, 59),
    "blind-bn": (0.745, 169, 56),
    "blind-bo": (0.793, 174, 60),
    # written blind at the start of session 20, first run on main a5c8a62 (opened in session 21)
    "blind-bp": (0.678, 168, 55),
    "blind-bq": (0.678, 168, 57),
    "blind-br": (0.720, 168, 58),
    # written blind at the start of session 21, first run on main da8c691 (opened in session 22)
    "blind-bs": (0.690, 171, 56),
    "blind-bt": (0.713, 171, 60),
    "blind-bu": (0.728, 173, 56),
    # written blind at the start of session 22, first run on main b7be2bc (opened in session 23)
    "blind-bv": (0.757, 173, 60),
    "blind-bw": (0.742, 175, 59),
    "blind-bx": (0.662, 169, 56),
    # written blind at the start of session 23, first run on main 093be99 (opened in session 24)
    "blind-by": (0.724, 174, 56),
    "blind-bz": (0.739, 173, 60),
    "blind-ca": (0.793, 165, 55),
    # written blind at the start of session 24, first run on main 32a6e74 (opened in session 25)
    "blind-cb": (0.764, 170, 57),
    "blind-cc": (0.686, 172, 58),
    "blind-cd": (0.654, 168, 57),
    # written blind at the start of session 25, first run on main 595b3f4 (opened in session 26)
    "blind-ce": (0.630, 168, 59),
    "blind-cf": (0.666, 168, 54),
    "blind-cg": (0.678, 168, 60),
    # written blind at the start of session 26, first run on main 0294b0d (opened in session 27)
    "blind-ch": (0.637, 174, 60),
    "blind-ci": (0.690, 168, 54),
    "blind-cj": (0.720, 172, 58),
    # written blind at the start of session 27, first run on main 5c13c15 (opened in session 28)
    "blind-ck": (0.752, 174, 59),
    "blind-cl": (0.626, 174, 56),
    "blind-cm": (0.770, 174, 58),
    # written blind at the start of session 28, first run on main f73688b (opened in session 29)
    "blind-cn": (0.761, 168, 58),
    "blind-co": (0.719, 171, 57),
    "blind-cp": (0.755, 172, 56),
    # written blind at the start of session 29, first run on main 40dcd3a (opened in session 30)
    "blind-cq": (0.714, 168, 60),
    "blind-cr": (0.710, 173, 59),
    "blind-cs": (0.712, 174, 59),
    # written blind at the start of session 30, first run on main a2fc050 (opened in session 31)
    "blind-ct": (0.636, 168, 56),
    "blind-cu": (0.741, 174, 60),
    "blind-cv": (0.609, 174, 60),
    # written blind at the start of session 31, first run on main e12e5c7 (opened in session 32)
    "blind-cw": (0.654, 168, 60),
    "blind-cx": (0.761, 168, 55),
    "blind-cy": (0.745, 169, 56),
    # written blind at the start of session 32, first run on main 76b378d (opened in session 33)
    "blind-cz": (0.630, 168, 54),
    "blind-da": (0.705, 170, 56),
    "blind-db": (0.672, 174, 58),
    # written blind at the start of session 33, first run on main 7141d90 (opened in session 34)
    "blind-dc": (0.722, 173, 57),
    "blind-dd": (0.625, 168, 56),
    "blind-de": (0.654, 168, 55),
    # written blind at the start of session 34, first run on main 4102c82 (opened in session 35)
    "blind-df": (0.724, 174, 59),
    "blind-dg": (0.783, 171, 57),
    "blind-dh": (0.790, 172, 56),
    # written blind at the start of session 35, first run on main 8ac99ed (opened in session 36)
    "blind-di": (0.770, 174, 60),
    "blind-dj": (0.752, 174, 60),
    "blind-dk": (0.735, 174, 60),
    # written blind at the start of session 36, first run on main 0f46e75 (opened in session 37)
    "blind-dl": (0.724, 174, 60),
    "blind-dm": (0.808, 178, 60),
    "blind-dn": (0.804, 174, 59),
    # written blind at the start of session 37, first run on main 01dcd25 (opened in session 38)
    "blind-do": (0.712, 174, 60),
    "blind-dp": (0.782, 170, 57),
    "blind-dq": (0.764, 174, 60),
    # written blind at the start of session 38, first run on main 2c6b9d7 (opened in session 39)
    "blind-dr": (0.720, 172, 58),
    "blind-ds": (0.787, 174, 60),
    "blind-dt": (0.815, 173, 59),
    # written blind at the start of session 39, first run on main 7ceb67f, sealed since
    "blind-du": (0.724, 174, 60),
    "blind-dv": (0.827, 174, 58),
    "blind-dw": (0.765, 175, 59),
}


# What the sets reached once tuned on (they may lose at most two points, like the regression sets),
# and at most how many of their unanswerable questions may get a quote.
TUNED = {
    "blind-a": (0.890, 2),
    "blind-b": (0.908, 4),
    "own-1": (0.825, 5),
    "blind-c": (0.809, 7),
    "blind-d": (0.832, 6),
    "blind-e": (0.736, 9),
    "blind-f": (0.737, 9),
    "blind-g": (0.714, 11),
    "blind-h": (0.753, 12),
    "blind-i": (0.729, 8),
    "blind-j": (0.729, 14),
    "blind-k": (0.750, 15),
    "blind-l": (0.736, 13),
}


@pytest.mark.parametrize("name", sorted(TUNED))
def test_tuned_sets_keep_what_they_reached(answerer: Answerer, name: str) -> None:
    qa = BLIND_SETS[name]
    reached, false_answers = TUNED[name]
    report = run_set(answerer, postings_in(qa.postings), qa.questions)
    print("\n" + report.describe(name))
    assert report.score >= reached - BUDGET - 1e-3, report.describe(name)
    assert report.false_answers <= false_answers, report.describe(name)


@pytest.mark.parametrize("name", sorted(BLIND_FIRST_RUN))
def test_blind_sets_keep_their_first_run(answerer: Answerer, name: str) -> None:
    qa = BLIND_SETS[name]
    floor, size, abstains = BLIND_FIRST_RUN[name]
    report = run_set(answerer, postings_in(qa.postings), qa.questions)
    # A sealed set's misses are never shown, not even when it falls below its floor.
    described = report.describe(name, misses=name not in SEALED)
    print("\n" + described)
    assert report.total == size
    assert report.abstain_total == abstains
    assert report.score >= floor - 1e-3, described


def test_the_scoring_never_prints_a_sealed_sets_misses_unless_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Between the opening of a session's sealed sets and the sealing of new ones none is sealed,
    # so the test seals one of its own.
    sealed = BLIND_SETS["blind-b"]
    monkeypatch.setattr(scoring, "SEALED", frozenset({sealed.name}))
    monkeypatch.setattr(scoring, "ALL_SETS", [BLIND_SETS["blind-a"], sealed])
    # Only booleans reach the asserts: a failure must not print the sealed misses either.
    scoring.main([])
    shown = capsys.readouterr().out.split(f"{sealed.name}:")
    others_missed, sealed_missed = "MISS" in shown[0], "MISS" in shown[1]
    assert others_missed and not sealed_missed
    scoring.main(["--sealed"])
    asked_missed = "MISS" in capsys.readouterr().out.split(f"{sealed.name}:")[1]
    assert asked_missed
