"""Lines are searched with a lexicon pattern only when they hold a string every match of it
holds: a quick ``in`` instead of a search, for the same topics."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.answering import Answerer
from bot.answering import lexicon as lexicon_module
from bot.answering.lexicon import _branches, _literal_start, _needed, _Needles
from bot.answering.text import normalize
from bot.postings import load_folder
from tests.answering.scoring import SHARED_POSTINGS

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_lines() -> list[str]:
    """Every section line of the sample and fixture postings."""
    return [
        line
        for folder in [SHARED_POSTINGS, *sorted(FIXTURES.glob("postings-*"))]
        for posting in load_folder(folder).by_slug.values()
        for section in posting.sections
        for line in section.items
    ]


def test_the_strings_a_match_needs_are_read_from_the_pattern() -> None:
    assert _needed(re.compile(r"\bpaid (weekly|monthly)\b")) == ("monthly", "weekly")
    assert _needed(re.compile(r"\b(pay|salary|wages?) (is|are)")) == ("pay", "salary", "wage")
    # An alternation needs what each of its branches needs.
    assert _needed(re.compile(r"(?:\d+\s*%\s*off)|(?:скидк\w*)")) == ("off", "скидк")
    # What may be missing is needed by no match: an optional group, a repeat from zero.
    assert _needed(re.compile(r"(abc)?x{0,2}yz")) == ("yz",)


def test_a_class_of_named_characters_needs_one_of_them() -> None:
    # "(£|\$|€)" is compiled to a class: a sum in pounds, dollars or euros needs the sign, not
    # the "a" of "an hour", which every English line holds.
    assert _needed(re.compile(r"(£|\$|€)\s?\d+\s*(per|an?|/)\s*(hour|h)")) == ("$", "£", "€")
    assert _needed(re.compile(r"[0-3]\d?")) == ("0", "1", "2", "3")
    # A category or a negated class may match characters nobody listed: nothing is needed.
    assert _needed(re.compile(r"\d+")) is None
    assert _needed(re.compile(r"[^a]b?")) is None


def test_no_strings_where_a_match_may_hold_none() -> None:
    assert _needed(re.compile(r"\d+\s*(кг|kg)?")) is None
    assert _needed(re.compile(r"(abc|)e?")) is None
    # Case-insensitive patterns match letters the text may hold in either case.
    assert _needed(re.compile(r"office", re.IGNORECASE)) is None
    assert _needed(re.compile(r"(?i)office")) is None


def test_a_line_without_the_needed_strings_never_matches_a_pattern(answerer: Answerer) -> None:
    lexicon = answerer.lexicon
    matchers = [v for v in vars(lexicon).values() if type(v).__name__ == "_Matcher"]
    gated = [
        (pattern, needs)
        for matcher in matchers
        for (pattern, _), needs in zip(matcher.patterns, matcher.needs, strict=True)
        if needs is not None
    ]
    assert len(gated) > 20  # most topics' patterns are gated
    lines = _fixture_lines()
    assert len(lines) > 500
    matched = 0
    for line in lines:
        low = normalize(line)
        for pattern, needs in gated:
            if pattern.search(low):
                matched += 1
                assert any(s in low for s in needs), (pattern.pattern, line)
    assert matched > 50  # the lines do match patterns: the check above checked something


def test_one_search_finds_every_needed_string_even_overlapping_or_inside_another() -> None:
    needs: list[tuple[str, ...] | None] = [("ab",), ("bc",), ("оплат",), ("оплата", "zz"), None]
    needles = _Needles(needs)
    assert needles.candidates("abc") == [0, 1, 4]  # "bc" starts inside "ab"
    assert needles.candidates("оплата") == [2, 3, 4]  # "оплат" is the start of "оплата"
    assert needles.candidates("зарплата") == [4]  # "плат" is no "оплат"
    assert needles.candidates("xbcx zz") == [1, 3, 4]


def test_strings_of_letters_and_more_are_found_across_words_and_signs() -> None:
    # Words are looked up once each; a string with a space, a sign or a digit is found whole.
    needs: list[tuple[str, ...] | None] = [("at least",), (" смен",), ("£",), ("тел.",), ("ast",)]
    needles = _Needles(needs)
    assert needles.candidates("at least 2 years") == [0, 4]
    assert needles.candidates("that leastwise") == [0, 4]  # "at" ends a word, "least" starts one
    assert needles.candidates("at  least") == [4]  # two spaces: no "at least"
    assert needles.candidates("ночных смен, £12") == [1, 2]
    assert needles.candidates("пересмена") == []
    assert needles.candidates("тел. 8 900") == [3]
    assert needles.candidates("тел 8 900") == []


def test_the_patterns_a_line_is_searched_with_are_those_whose_strings_it_holds(
    answerer: Answerer,
) -> None:
    matchers = [v for v in vars(answerer.lexicon).values() if type(v).__name__ == "_Matcher"]
    lines = [normalize(line) for line in _fixture_lines()]
    searched = 0
    for matcher in matchers:
        needles = _Needles(matcher.needs)
        for low in lines:
            expected = [
                i
                for i, needs in enumerate(matcher.needs)
                if needs is None or any(s in low for s in needs)
            ]
            assert needles.candidates(low) == expected, low
            searched += len(expected)
    assert searched > 500  # lines hold needed strings: the comparison compared something


def test_a_line_s_topics_read_without_triggers_are_those_the_full_match_finds(
    answerer: Answerer,
) -> None:
    # «Дресс-код: свободный» (a compound hiding its parts), «повышение квалификации» (a phrase
    # shadowing a word), «8 (800) 555-35-35» (a pattern): every fixture line, every kind.
    lexicon, analyzer = answerer.lexicon, answerer.analyzer
    matcher = lexicon._line_topics
    found = 0
    for line in _fixture_lines():
        analyzed, tokens = analyzer.analyze_tokens(line)
        raw = normalize(line)
        labels = matcher.labels(analyzed, raw, tokens)
        assert labels == matcher.match(analyzed, raw, tokens)[0], line
        found += bool(labels)
    assert found > 300


def test_a_pattern_is_searched_by_its_alternatives_each_gated_on_its_own() -> None:
    # "8 (800) …" needs an "8", an e-mail an "@": a line with neither is searched by neither.
    assert _branches(r"\+\d{10}|(?<!\d)8\s?\(\d{3}\)|@[a-z]{3,}") == [
        r"\+\d{10}",
        r"(?<!\d)8\s?\(\d{3}\)",
        r"@[a-z]{3,}",
    ]
    # A bar inside a group, a class or after a backslash divides nothing.
    assert _branches(r"(a|b)c") == [r"(a|b)c"]
    assert _branches(r"[|]x|\|y") == [r"[|]x", r"\|y"]
    assert _branches(r"[]|]x") == [r"[]|]x"]


def test_the_alternatives_match_the_lines_the_lexicon_s_own_patterns_match(
    answerer: Answerer,
) -> None:
    data = yaml.safe_load((Path(lexicon_module.__file__).parent / "lexicon.yaml").read_text())
    written = [
        (re.compile(str(term)[3:].strip()), name)
        for name, spec in data["topics"].items()
        if not spec.get("section")
        # (``line_terms`` are patterns of the lines' matcher too)
        for term in (*spec.get("terms", ()), *spec.get("line_terms", ()))
        if str(term).startswith("re:")
    ]
    assert len(written) > 30
    lines = [normalize(line) for line in _fixture_lines()]
    patterns = answerer.lexicon._line_topics.patterns
    assert len(patterns) > len(written)  # the alternatives are patterns of their own
    found = 0
    for line in lines:
        expected = {name for pattern, name in written if pattern.search(line)}
        assert {name for pattern, name in patterns if pattern.search(line)} == expected, line
        found += bool(expected)
    assert found > 100


def test_a_pattern_opening_with_a_lookbehind_opens_with_its_literal_characters() -> None:
    # The engine skips to where "8" stands instead of testing the lookbehind at every position.
    assert _literal_start(r"(?<![\d+])8\s?\(\d{4,5}\)") == r"8(?<!(?:[\d+])8)\s?\(\d{4,5}\)"
    # A word boundary before a letter: no word character before the word.
    assert _literal_start(r"(?<!\d )\bот\s+\d") == r"от(?<!(?:\d )от)(?<!(?:\w)от)\s+\d"
    # A character that may be missing opens nothing; nor does a class, a group or a boundary
    # before a sign.
    assert _literal_start(r"\bmotorcycles?\b") == r"motorcycle(?<!(?:\w)motorcycle)s?\b"
    for kept in (r"\b(on|at)\s", r"(?<=\d)\s?р", r"\b\.net", r"x?(?<!a)b", r"(?<!a)b?c"):
        assert _literal_start(kept) == kept


def test_a_pattern_opening_with_its_literal_characters_matches_where_it_did() -> None:
    lines = [normalize(line) for line in _fixture_lines()]
    written = [
        r"(?<![\d+])8\s?\(?\d{3}\)?\s?\d{3}[\s-]?\d{2}[\s-]?\d{2}\b",
        r"(?<!возраст )(?<!\d )\bот\s+\d+\+?\s*(года|лет|год)\b",
        r"(?<![\w.])@[a-z][a-z0-9_]{3,}\b",
        r"(?<!\w)(сво[йяиеёю]\w*|own)(?!\w)",
        r"\bработ\w*\s+(только\s+)?(в|из)\s+офис",
    ]
    for pattern in written:
        before, after = re.compile(pattern), re.compile(_literal_start(pattern))
        assert before.pattern != after.pattern or pattern.startswith(r"(?<!\w)(")
        for line in lines:
            a, b = before.search(line), after.search(line)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), line


def test_a_question_is_searched_with_a_grammar_pattern_only_when_it_may_match_p99b(
    answerer: Answerer,
) -> None:
    # ``Lexicon.says`` skips the search of a question holding none of the strings a pattern's
    # matches hold, and finds what the search finds: the questions of the QA sets, as typed
    # and normalized, against every pattern of the grammar.
    lexicon = answerer.lexicon
    grammar = lexicon.grammar
    patterns = [v for v in vars(grammar).values() if isinstance(v, re.Pattern)]
    patterns += [asked for asked, _ in grammar.details] + list(grammar.housing_details)
    assert len(patterns) > 50
    questions = [
        str(case["q"])
        for path in sorted(Path(__file__).parent.glob("qa-*.yaml"))[:12]
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if isinstance(case, dict) and "q" in case
    ]
    assert len(questions) > 200
    found = 0
    for question in questions:
        for raw in (question, normalize(question)):
            for pattern in patterns:
                said = lexicon.says(pattern, raw)
                assert said == (pattern.search(raw) is not None), (pattern.pattern, raw)
                found += said
    assert found > 100  # the questions do match patterns: the check above checked something
    gated = [pattern for pattern in patterns if lexicon._gates[pattern][0] is not None]
    assert len(gated) > len(patterns) // 2  # most of them are searched only when they may match
