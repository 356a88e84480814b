"""The scoring rule of the QA sets (see the head of shared/qa-dev.yaml), for the quality tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answering import Answer, Answerer
from bot.postings import Posting

SHARED = Path(__file__).parents[2].parent / "shared"
DEV_SET = SHARED / "qa-dev.yaml"
SHARED_POSTINGS = SHARED / "postings"
HOLDOUT_SET = Path(__file__).parent / "qa-holdout.yaml"


def squash(text: str) -> str:
    """Case-insensitive, 'ё' as 'е', digit groups joined ("250 000" as "250000")."""
    text = text.lower().replace("ё", "е")
    return re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d{3})", "", text)


def is_right(answer: Answer, expect: str | list[str]) -> bool:
    """The dev set's rule: abstain when told to, else the first quoted item holds a phrase."""
    if expect == "abstain":
        return not answer.answered
    if not answer.answered or not answer.items:
        return False
    first = squash(answer.items[0])
    return any(squash(phrase) in first for phrase in expect)


@dataclass
class Report:
    """How a QA set went: the share right and every miss, printable."""

    total: int
    right: int
    misses: list[str]

    @property
    def score(self) -> float:
        return self.right / self.total if self.total else 0.0

    def describe(self, name: str) -> str:
        lines = [f"{name}: {self.right}/{self.total} = {self.score:.1%}"]
        lines += [f"  MISS {m}" for m in self.misses]
        return "\n".join(lines)


def run_set(answerer: Answerer, postings: dict[str, Posting], path: Path) -> Report:
    """Answer every question of a QA file and score it."""
    cases = yaml.safe_load(path.read_text("utf-8"))
    misses = []
    for case in cases:
        answer = answerer.answer(postings[case["posting"]], case["q"])
        if not is_right(answer, case["expect"]):
            got = answer.items[0] if answer.answered else "<abstained>"
            where = f"[{case['posting']}] {case['q']!r}"
            misses.append(f"{where}: expected {case['expect']}, got {got!r}")
    return Report(len(cases), len(cases) - len(misses), misses)
