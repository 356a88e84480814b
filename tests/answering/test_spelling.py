"""Typo tolerance: unknown words read as the vocabulary's word one edit away."""

from __future__ import annotations

from pathlib import Path

from bot.answering import Answerer
from bot.answering.spelling import Vocabulary, within_one_edit
from bot.postings.loader import parse_posting


def test_one_edit_covers_substitution_insertion_deletion_and_swap() -> None:
    assert within_one_edit("графек", "график")
    assert within_one_edit("грфик", "график")
    assert within_one_edit("грaафик"[:0] + "графикк", "график")
    assert within_one_edit("гарфик", "график")
    assert not within_one_edit("гарфек", "график")


def test_vocabulary_finds_neighbours_but_not_itself_or_short_words() -> None:
    vocabulary = Vocabulary(["график", "графика", "оплата", "зп"])
    assert vocabulary.near("графек") == ["график"]
    assert vocabulary.near("график") == []
    assert vocabulary.near("зпп") == []
    assert vocabulary.near("аплата") == ["оплата"]


DRIVER_MD = """---
title: HGV Driver
slug: hgv-driver
city: Doncaster
lang: en
---

## Benefits

- Company pension (5% employer contribution)
- 28 days holiday plus bank holidays
"""


def test_an_english_typo_is_read_as_the_posting_word_but_a_real_word_is_not(
    answerer: Answerer,
) -> None:
    posting = parse_posting(DRIVER_MD, Path("hgv-driver.md"))
    typed = answerer.answer(posting, "pention?")
    assert typed.answered and "pension" in typed.items[0]
    # "rains" is a word (GCIDE's "rain" with a plural ending), no typo of "trains" or "days".
    assert not answerer.answer(posting, "what happens when it rains?").answered
