"""Telling a question from an answer: at «Как к вам обращаться?» the text «А какой график
работы?» is the candidate asking something, not their name."""

from __future__ import annotations

import re

from bot.screening.validation import normalize_word

_QUESTION_MARKS = ("?", "？", "¿", "‽")
# Words that open a question and never an answer to our questions. «Когда», «как», "when" and
# "how" are left out: «когда угодно», «как удобно», "when my notice ends" are answers.
_RU_OPENERS = frozenset(
    {"какой", "какая", "какое", "какие", "каков", "какова", "каково", "каких", "каким"}
    | {"каком", "сколько", "где", "почему", "зачем", "куда", "откуда", "кто", "чей", "чья"}
    | {"чьё", "чьи"}
)
_EN_OPENERS = frozenset({"what", "where", "why", "which", "who", "whom", "whose"})
_EN_PHRASES = ("how much", "how many", "how long", "how often", "is there", "are there")
_EN_AUX = frozenset({"do", "does", "did", "is", "are", "can", "could", "will", "would"})
_EN_SUBJECTS = frozenset({"i", "you", "we", "they", "it", "there", "the", "this", "my", "your"})
_LEADS = frozenset({"а", "и", "скажите", "подскажите", "and", "so", "also"})
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def looks_like_question(text: str) -> bool:
    """Whether ``text`` asks something: it ends with a question mark, or reads as a question
    («А какой график», «можно ли удалённо», "do you offer stock options")."""
    if not any(char.isalpha() for char in text):
        return False  # «5?», «???»: an unsure answer, not a question about the job
    stripped = text.strip().rstrip(")»\"'”!. ")
    if stripped.endswith(_QUESTION_MARKS):
        return True
    words = _WORDS.findall(normalize_word(text))
    led = bool(words) and words[0] in _LEADS
    if led:
        words = words[1:]
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if second == "ли" or (led and first in {"когда", "как", "есть", "можно", "нужно", "будет"}):
        return True  # «можно ли…», «есть ли…»; «а когда…», «а как…», «а есть…»
    if first in _RU_OPENERS or first in _EN_OPENERS:
        return second not in {"угодно", "нибудь", "ever"}  # «где угодно» is an answer
    if f"{first} {second}" in _EN_PHRASES:
        return True
    return first in _EN_AUX and second in _EN_SUBJECTS
