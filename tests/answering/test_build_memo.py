"""What building an index remembers across postings: a line analysed once for each text and
context (``IndexBuilder._candidate``), each posting's candidates its own at their places; and
whether the dictionary knows a question's word, asked of pymorphy3 once."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.answering.index import TOPIC_FIELDS, Candidate, IndexBuilder, PostingIndex
from bot.postings import Posting, load_folder
from tests.answering.scoring import SHARED_POSTINGS

SLUG = "tech-support-specialist"
FIXTURES = Path(__file__).parent / "fixtures"


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


def topics_found(index: PostingIndex) -> list[tuple[frozenset[str], ...]]:
    """Per line of ``index``, its topics and what they give (``TOPIC_FIELDS``)."""
    return [tuple(getattr(c, name) for name in TOPIC_FIELDS) for c in index.candidates]


def test_a_lines_topics_found_when_first_asked_are_those_found_as_it_is_built(
    answerer: Answerer,
) -> None:
    every = [
        posting
        for folder in [SHARED_POSTINGS, *sorted(FIXTURES.glob("postings-*"))]
        for posting in load_folder(folder).by_slug.values()
    ]
    eager = IndexBuilder(answerer.lexicon, answerer.w)
    analyse = eager._analysed

    def found_now(quote: str, source: str, **context: object) -> Candidate:
        candidate = analyse(quote, source, **context)  # type: ignore[arg-type]
        candidate.topical.get()
        return candidate

    eager._analysed = found_now  # type: ignore[method-assign]
    lazy = IndexBuilder(answerer.lexicon, answerer.w)
    built = [lazy.build(posting) for posting in every]
    # Most lines' topics are not found in building (a fact's holders, a reply's are).
    lines = [c for index in built for c in index.candidates]
    assert sum(c.topical._found is None for c in lines) > len(lines) * 3 // 4
    # … and found later, the builder's memory of lines forgotten meanwhile, the last posting's
    # first, they are what they were found to be as each line was built.
    lazy._lines.clear(), lazy._named.clear(), lazy._prose.clear()
    later = [topics_found(index) for index in reversed(built)][::-1]
    found = [eager.build(posting) for posting in every]
    assert later == [topics_found(index) for index in found]
    assert [index.covered_topics for index in built] == [index.covered_topics for index in found]


@pytest.mark.parametrize("word", ["графек", "расписание"])
def test_the_dictionary_is_asked_of_a_word_once(answerer: Answerer, word: str) -> None:
    analyzer = answerer.analyzer
    known = analyzer.is_known(word)
    before = analyzer._known_ru.cache_info()
    assert analyzer.is_known(word) is known
    after = analyzer._known_ru.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
