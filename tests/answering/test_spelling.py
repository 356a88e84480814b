"""Typo tolerance: unknown words read as the vocabulary's word one edit away."""

from __future__ import annotations

from bot.answering.spelling import Vocabulary, within_one_edit


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
