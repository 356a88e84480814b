"""The lexicon's regular expressions run on lower-cased text, so none may need case."""

from __future__ import annotations

import re

from bot.answering import Answerer


def test_topic_patterns_are_written_in_lower_case() -> None:
    lexicon = Answerer().lexicon
    matchers = [v for v in vars(lexicon).values() if type(v).__name__ == "_Matcher"]
    assert matchers, "the lexicon has no matchers to check"
    upper = re.compile(r"(?<!\\)[A-ZА-ЯЁ]")
    offending = [
        pattern.pattern
        for matcher in matchers
        for pattern, _ in matcher.patterns
        if upper.search(pattern.pattern)
    ]
    assert offending == []
    assert sum(len(m.patterns) for m in matchers) > 10
