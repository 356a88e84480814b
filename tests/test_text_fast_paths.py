"""The fast paths of text building say what the plain definitions say.

``TextBuilder.add`` and ``newline`` keep their own running UTF-16 length and count of trailing
line breaks, and ``visible_text`` returns a printable string as it is: each checked here against
the definition it stands for, on random text with the characters that matter (emoji, line
breaks, controls, bidi overrides, joiners, blank letters).
"""

from __future__ import annotations

import random
import unicodedata

from bot.postings.render import TextBuilder, utf16_len
from bot.screening.validation import is_invisible, visible_text

ALPHABET = [
    "a",
    "Я",
    " ",
    "\n",
    "\t",
    "\r",
    "7",
    "😀",
    "👨",
    "\u200d",  # zero-width joiner
    "\u202e",  # right-to-left override
    "\u0000",
    "\u00ad",  # soft hyphen
    "\u3164",  # Hangul filler
    "\u2800",  # braille blank
    "e\u0301",  # NFC joins these
    "\u00a0",  # no-break space
    "\ue000",  # private use
]


def words(rng: random.Random, most: int = 8) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, most)))


def visible_by_definition(raw: str) -> str:
    """``visible_text`` character by character, as its docstring defines it."""
    text = unicodedata.normalize("NFC", raw)
    kept: list[str] = []
    for i, char in enumerate(text):
        if char == "\u200d":
            after = text[i + 1 : i + 2]
            joins = kept and not kept[-1].isspace() and after and not after.isspace()
            if joins and not is_invisible(after):
                kept.append(char)
        elif not is_invisible(char):
            kept.append(char)
    return "".join(kept)


def test_visible_text_is_its_definition() -> None:
    rng = random.Random(15)
    for _ in range(5000):
        raw = words(rng, 12)
        assert visible_text(raw) == visible_by_definition(raw), repr(raw)
    assert visible_text("Анна Петрова") == "Анна Петрова"
    assert visible_text("Анна\u202eПетрова") == "АннаПетрова"


def test_the_builder_counts_as_the_text_it_builds() -> None:
    rng = random.Random(16)
    for _ in range(2000):
        out = TextBuilder()
        for _ in range(rng.randint(0, 10)):
            if rng.random() < 0.3:
                out.newline(rng.randint(1, 3))
            else:
                out.add(words(rng), *rng.sample(["bold", "italic"], rng.randint(0, 2)))
            text = out.text
            assert out.length == utf16_len(text)
            assert out.blank == (not text)
            assert out.trailing == len(text) - len(text.rstrip("\n")) or not text.strip("\n")


def test_newline_ends_the_line_once_however_often_it_is_asked() -> None:
    out = TextBuilder().add("a").newline().newline().add("b\n").newline(2).newline(2)
    assert out.text == "a\nb\n\n"
    assert TextBuilder().newline(3).text == ""  # nothing to end yet
    assert TextBuilder().add("\n\n").newline(2).add("c").text == "\n\nc"
