"""What building an index remembers across postings: a line analysed once for each text and
context (``IndexBuilder._candidate``), each posting's candidates its own at their places; and
whether the dictionary knows a question's word, asked of pymorphy3 once."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from bot.answering import Answerer
from bot.answering.index import Candidate, IndexBuilder
from bot.postings import Posting

SLUG = "tech-support-specialist"


def counting_analyses(builder: IndexBuilder) -> list[str]:
    """The lines ``builder`` analyses from now on."""
    analysed: list[str] = []
    analyse = builder._analysed

    def counted(quote: str, source: str, **context: object) -> Candidate:
        analysed.append(quote)
        return analyse(quote, source, **context)  # type: ignore[arg-type]

    builder._analysed = counted  # type: ignore[method-assign]
    return analysed


def test_a_posting_built_again_analyses_no_line_again(
    answerer: Answerer, postings: dict[str, Posting]
) -> None:
    builder = IndexBuilder(answerer.lexicon, answerer.w)
    posting = postings[SLUG]
    first = builder.build(posting)
    analysed = counting_analyses(builder)
    again = builder.build(posting)
    assert analysed == []
    assert again.candidates == first.candidates
    # (``group``, ``order`` and ``position`` are compared with the rest; their own objects)
    assert all(a is not b for a, b in zip(first.candidates, again.candidates, strict=True))


def test_a_line_in_another_context_is_analysed_for_it(
    answerer: Answerer, postings: dict[str, Posting]
) -> None:
    builder = IndexBuilder(answerer.lexicon, answerer.w)
    line = "Оплата проезда до офиса"
    perks = builder._candidate(line, "section", 1, 0, heading="Условия", position=0)
    analysed = counting_analyses(builder)
    duties = builder._candidate(
        line, "section", 2, 5, heading="Обязанности", kind=None, position=3
    )
    assert analysed == [line]
    assert duties.heading == "Обязанности" and perks.heading == "Условия"
    assert (duties.group, duties.order, duties.position) == (2, 5, 3)
    same = builder._candidate(line, "section", 7, 9, heading="Условия", position=1)
    assert analysed == [line]
    assert (same.group, same.order, same.position) == (7, 9, 1)
    assert same == replace(perks, group=7, order=9, position=1)


def test_what_a_question_finds_on_a_line_stays_with_its_posting(
    answerer: Answerer, postings: dict[str, Posting]
) -> None:
    builder = IndexBuilder(answerer.lexicon, answerer.w)
    posting = postings[SLUG]
    first, again = builder.build(posting), builder.build(posting)
    for candidate in first.candidates:
        assert candidate.evidence is not None  # found when first asked, kept on the line
    assert not any("evidence" in c.__dict__ for c in again.candidates)
    # (what is kept is the fields' values, as the constructor takes them: nothing found)
    assert all(len(made) == len(fields(Candidate)) for made in builder._made.values())


@pytest.mark.parametrize("word", ["графек", "расписание"])
def test_the_dictionary_is_asked_of_a_word_once(answerer: Answerer, word: str) -> None:
    analyzer = answerer.analyzer
    known = analyzer.is_known(word)
    before = analyzer._known_ru.cache_info()
    assert analyzer.is_known(word) is known
    after = analyzer._known_ru.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
