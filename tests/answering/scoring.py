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
BLIND_SET = Path(__file__).parent / "qa-blind.yaml"
BLIND2_SET = Path(__file__).parent / "qa-blind2.yaml"
BLIND3_SET = Path(__file__).parent / "qa-blind3.yaml"
BLIND4_SET = Path(__file__).parent / "qa-blind4.yaml"
BLIND5_SET = Path(__file__).parent / "qa-blind5.yaml"
BLIND6_SET = Path(__file__).parent / "qa-blind6.yaml"
BLIND7_SET = Path(__file__).parent / "qa-blind7.yaml"
BLIND8_SET = Path(__file__).parent / "qa-blind8.yaml"
BLIND_POSTINGS = Path(__file__).parent / "fixtures" / "postings"
BLIND3_POSTINGS = Path(__file__).parent / "fixtures" / "postings3"
BLIND4_POSTINGS = Path(__file__).parent / "fixtures" / "postings4"
BLIND5_POSTINGS = Path(__file__).parent / "fixtures" / "postings5"
BLIND6_POSTINGS = Path(__file__).parent / "fixtures" / "postings6"
BLIND7_POSTINGS = Path(__file__).parent / "fixtures" / "postings7"
BLIND8_POSTINGS = Path(__file__).parent / "fixtures" / "postings8"


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
    abstain_total: int = 0
    false_answers: int = 0

    @property
    def score(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def false_answer_rate(self) -> float:
        """Share of "abstain" questions that got a (necessarily wrong) answer."""
        return self.false_answers / self.abstain_total if self.abstain_total else 0.0

    def describe(self, name: str) -> str:
        lines = [
            f"{name}: {self.right}/{self.total} = {self.score:.1%}; false answers on abstain "
            f"questions: {self.false_answers}/{self.abstain_total} = {self.false_answer_rate:.1%}"
        ]
        lines += [f"  MISS {m}" for m in self.misses]
        return "\n".join(lines)


def run_set(answerer: Answerer, postings: dict[str, Posting], path: Path) -> Report:
    """Answer every question of a QA file and score it."""
    cases = yaml.safe_load(path.read_text("utf-8"))
    misses = []
    abstain_total = false_answers = 0
    for case in cases:
        answer = answerer.answer(postings[case["posting"]], case["q"])
        if case["expect"] == "abstain":
            abstain_total += 1
            false_answers += answer.answered
        if not is_right(answer, case["expect"]):
            got = answer.items[0] if answer.answered else "<abstained>"
            where = f"[{case['posting']}] {case['q']!r}"
            misses.append(f"{where}: expected {case['expect']}, got {got!r}")
    return Report(len(cases), len(cases) - len(misses), misses, abstain_total, false_answers)


def main() -> None:
    """Print every set's score and misses: ``python -m tests.answering.scoring``."""
    from bot.postings import load_folder

    answerer = Answerer()
    shared = load_folder(SHARED_POSTINGS).by_slug
    blind = load_folder(BLIND_POSTINGS).by_slug
    blind3 = load_folder(BLIND3_POSTINGS).by_slug
    blind4 = load_folder(BLIND4_POSTINGS).by_slug
    blind5 = load_folder(BLIND5_POSTINGS).by_slug
    blind6 = load_folder(BLIND6_POSTINGS).by_slug
    blind7 = load_folder(BLIND7_POSTINGS).by_slug
    blind8 = load_folder(BLIND8_POSTINGS).by_slug
    for name, postings, path in (
        ("dev", shared, DEV_SET),
        ("holdout", shared, HOLDOUT_SET),
        ("blind", blind, BLIND_SET),
        ("blind2", blind, BLIND2_SET),
        ("blind3", blind3, BLIND3_SET),
        ("blind4", blind4, BLIND4_SET),
        ("blind5", blind5, BLIND5_SET),
        ("blind6", blind6, BLIND6_SET),
        ("blind7", blind7, BLIND7_SET),
        ("blind8", blind8, BLIND8_SET),
    ):
        print(run_set(answerer, postings, path).describe(name))


if __name__ == "__main__":
    main()
