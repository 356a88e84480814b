"""Answer quality on the development set and on our own held-out questions."""

from __future__ import annotations

from bot.answering import Answerer
from bot.postings import Posting
from tests.answering.scoring import DEV_SET, HOLDOUT_SET, run_set

DEV_FLOOR = 0.95
HOLDOUT_FLOOR = 0.937  # 95.7% on main before the issue-10 redesign, less two points


def test_dev_set_score(answerer: Answerer, postings: dict[str, Posting]) -> None:
    report = run_set(answerer, postings, DEV_SET)
    print("\n" + report.describe("dev"))
    assert report.total >= 50
    assert report.score >= DEV_FLOOR, report.describe("dev")


def test_holdout_set_score(answerer: Answerer, postings: dict[str, Posting]) -> None:
    report = run_set(answerer, postings, HOLDOUT_SET)
    print("\n" + report.describe("holdout"))
    assert report.total >= 30
    assert report.score >= HOLDOUT_FLOOR, report.describe("holdout")
