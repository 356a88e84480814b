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
REGRESSION = Path(__file__).parent / "regression"
HOLDOUT_SET = REGRESSION / "holdout.yaml"
FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class QASet:
    """A question file and the folder of the postings it asks about."""

    name: str
    questions: Path
    postings: Path


def _regression(n: int, folder: str) -> QASet:
    return QASet(f"blind{n}", REGRESSION / f"blind{n}.yaml", FIXTURES / folder)


# The sets that were blind once and were then tuned on: regression sets now (see README.md).
REGRESSION_SETS = {
    qa.name: qa
    for qa in (
        _regression(1, "postings"),
        _regression(2, "postings"),
        _regression(3, "postings3"),
        _regression(4, "postings4"),
        _regression(5, "postings5"),
        _regression(6, "postings6"),
        _regression(7, "postings7"),
        _regression(8, "postings8"),
        _regression(9, "postings9"),
        _regression(10, "postings10"),
        _regression(11, "postings11"),
        _regression(12, "postings12"),
        _regression(13, "postings13"),
        _regression(14, "postings14"),
    )
}
MESSY_DEV = QASet(
    "messy-dev",
    Path(__file__).parent / "qa-messy-dev.yaml",
    FIXTURES / "postings-messy-dev",
)
# Written blind from the shapes of real job-board ads while the engine was redesigned, sealed
# until it was done, and first run on the redesigned engine (issue 10): the honest estimate.
# own-1 was written after the gate work by one who knew the engine, run once, then tuned on;
# blind-c and blind-d were written blind by another engineer and first run by the lead;
# blind-e … blind-h likewise, sealed until the end of that session's answering work; blind-i …
# blind-l were first run at the start of session 4 and tuned on in it; blind-m … blind-p stayed
# sealed through session 4's answering work and were run only at its start and its end; blind-q
# and blind-r were written after it and first run on its finished engine (5328073); blind-s …
# blind-v were written blind at the start of session 5 and first run on main a70966a; blind-w …
# blind-z were written blind at the start of session 6 and first run on main c8688e9; blind-aa
# and blind-ab at the start of session 7, first run on main e60a715; blind-ac and blind-ad at
# the start of session 8 (and blind-ae, blind-af soon after), first run on main 65da988;
# blind-ag … blind-ai at the start of session 9, first run on main bdde054, blind-aj and
# blind-ak soon after, first run on main 8f826d0 (the same engine): sealed through session 9;
# blind-al … blind-an at the start of session 10, first run on main d373c6d: sealed through
# session 10; blind-ao … blind-aq at the start of session 11, first run on main d512082: sealed
# through session 11; blind-ar … blind-at at the start of session 12, first run on main 03509f8:
# sealed through session 12; blind-au … blind-aw at the start of session 13, first run on main
# db8ee44: sealed through session 13; blind-ax … blind-az at the start of session 14, first run
# on main 3b01ae7: sealed through session 14; blind-ba … blind-bc at the start of session 15,
# first run on main fdc1ffa: sealed through session 15; blind-bd … blind-bf at the start of
# session 16, first run on main 8223a8e: sealed through session 16; blind-bg … blind-bi at the
# start of session 17, first run on main 4f2cc03: sealed through session 17; blind-bj … blind-bl
# at the start of session 18, first run on main 63ac925: sealed through session 18; blind-bm …
# blind-bo at the start of session 19, first run on main 6fbd87f: sealed through session 19;
# blind-bp … blind-br at the start of session 20, first run on main a5c8a62: sealed through
# session 20; blind-bs … blind-bu at the start of session 21, first run on main da8c691:
# sealed through session 21; blind-bv … blind-bx at the start of session 22, first run on main
# b7be2bc: sealed through session 22; blind-by … blind-ca at the start of session 23, first run
# on main 093be99: sealed through session 23; blind-cb … blind-cd at the start of session 24,
# first run on main 32a6e74: sealed through session 24; blind-ce … blind-cg at the start of
# session 25, first run on main 595b3f4: sealed through session 25; blind-ch … blind-cj at the
# start of session 26, first run on main 0294b0d: sealed through session 26; blind-ck … blind-cm
# at the start of session 27, first run on main 5c13c15: sealed through session 27; blind-cn …
# blind-cp at the start of session 28, first run on main f73688b: sealed through session 28;
# blind-cq … blind-cs at the start of session 29, first run on main 40dcd3a: sealed through
# session 29; blind-ct … blind-cv at the start of session 30, first run on main a2fc050: sealed
# through session 30; blind-cw … blind-cy at the start of session 31, first run on main e12e5c7:
# sealed through session 31; blind-cz … blind-db at the start of session 32, first run on main
# 76b378d: sealed through session 32; blind-dc … blind-de at the start of session 33, first run on
# main 7141d90: sealed through session 33; blind-df … blind-dh at the start of session 34, first
# run on main 4102c82: sealed through session 34; blind-di … blind-dk at the start of session
# 35, first run on main 8ac99ed: sealed through session 35; blind-dl … blind-dn at the start
# of session 36, first run on main 0f46e75: sealed through session 36; blind-do … blind-dq at
# the start of session 37, first run on main 01dcd25: sealed through session 37; blind-dr …
# blind-dt at the start of session 38, first run on main 2c6b9d7: sealed through session 38;
# blind-du … blind-dw at the start of session 39, first run on main 7ceb67f: sealed since.
# The sets sealed now: their misses are never printed unless asked for (``--sealed``), so that no
# one tuning the engine reads them by accident.
SEALED = frozenset({"blind-du", "blind-dv", "blind-dw"})
BLIND_SETS = {
    name: QASet(name, Path(__file__).parent / f"qa-{name}.yaml", FIXTURES / f"postings-{name}")
    for name in (
        "blind-a",
        "blind-b",
        "own-1",
        "blind-c",
        "blind-d",
        "blind-e",
        "blind-f",
        "blind-g",
        "blind-h",
        "blind-i",
        "blind-j",
        "blind-k",
        "blind-l",
        "blind-m",
        "blind-n",
        "blind-o",
        "blind-p",
        "blind-q",
        "blind-r",
        "blind-s",
        "blind-t",
        "blind-u",
        "blind-v",
        "blind-w",
        "blind-x",
        "blind-y",
        "blind-z",
        "blind-aa",
        "blind-ab",
        "blind-ac",
        "blind-ad",
        "blind-ae",
        "blind-af",
        "blind-ag",
        "blind-ah",
        "blind-ai",
        "blind-aj",
        "blind-ak",
        "blind-al",
        "blind-am",
        "blind-an",
        "blind-ao",
        "blind-ap",
        "blind-aq",
        "blind-ar",
        "blind-as",
        "blind-at",
        "blind-au",
        "blind-av",
        "blind-aw",
        "blind-ax",
        "blind-ay",
        "blind-az",
        "blind-ba",
        "blind-bb",
        "blind-bc",
        "blind-bd",
        "blind-be",
        "blind-bf",
        "blind-bg",
        "blind-bh",
        "blind-bi",
        "blind-bj",
        "blind-bk",
        "blind-bl",
        "blind-bm",
        "blind-bn",
        "blind-bo",
        "blind-bp",
        "blind-bq",
        "blind-br",
        "blind-bs",
        "blind-bt",
        "blind-bu",
        "blind-bv",
        "blind-bw",
        "blind-bx",
        "blind-by",
        "blind-bz",
        "blind-ca",
        "blind-cb",
        "blind-cc",
        "blind-cd",
        "blind-ce",
        "blind-cf",
        "blind-cg",
        "blind-ch",
        "blind-ci",
        "blind-cj",
        "blind-ck",
        "blind-cl",
        "blind-cm",
        "blind-cn",
        "blind-co",
        "blind-cp",
        "blind-cq",
        "blind-cr",
        "blind-cs",
        "blind-ct",
        "blind-cu",
        "blind-cv",
        "blind-cw",
        "blind-cx",
        "blind-cy",
        "blind-cz",
        "blind-da",
        "blind-db",
        "blind-dc",
        "blind-dd",
        "blind-de",
        "blind-df",
        "blind-dg",
        "blind-dh",
        "blind-di",
        "blind-dj",
        "blind-dk",
        "blind-dl",
        "blind-dm",
        "blind-dn",
        "blind-do",
        "blind-dp",
        "blind-dq",
        "blind-dr",
        "blind-ds",
        "blind-dt",
        "blind-du",
        "blind-dv",
        "blind-dw",
    )
}
ALL_SETS = [
    QASet("dev", DEV_SET, SHARED_POSTINGS),
    QASet("holdout", HOLDOUT_SET, SHARED_POSTINGS),
    *REGRESSION_SETS.values(),
    MESSY_DEV,
    *BLIND_SETS.values(),
]


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

    def describe(self, name: str, *, misses: bool = True) -> str:
        lines = [
            f"{name}: {self.right}/{self.total} = {self.score:.1%}; false answers on abstain "
            f"questions: {self.false_answers}/{self.abstain_total} = {self.false_answer_rate:.1%}"
        ]
        if misses:
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


def main(argv: list[str] | None = None) -> None:
    """Print every set's score and misses: ``python -m tests.answering.scoring``; a sealed set's
    misses only with ``--sealed``."""
    import sys

    from bot.postings import load_folder

    show_sealed = "--sealed" in (sys.argv[1:] if argv is None else argv)
    answerer = Answerer()
    for qa in ALL_SETS:
        postings = load_folder(qa.postings).by_slug
        report = run_set(answerer, postings, qa.questions)
        print(report.describe(qa.name, misses=show_sealed or qa.name not in SEALED))


if __name__ == "__main__":
    main()
