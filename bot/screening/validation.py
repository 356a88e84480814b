"""Reading what a candidate typed (or tapped) as the answer to one question.

Every check returns :class:`Valid` — a JSON-serializable ``value`` to store and a ``display`` text
to show — or :class:`Invalid` with a short, polite message from the locale files that says what
form the answer should take. Candidate text is never escaped here: it is stored as typed (only
whitespace is tidied) and reaches Telegram as plain text with entities.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TypeAlias

import yaml

from bot.locales import t
from bot.postings.facts import format_amount
from bot.postings.models import Question, QuestionType

JSONValue: TypeAlias = str | int | float | bool | list[str]
"""What an answer's ``value`` may be: it must survive ``json.dumps``/``json.loads`` unchanged."""

DEFAULT_TEXT_MAX = 1000
MAX_NUMBER_DIGITS = 15


@dataclass(frozen=True)
class Valid:
    """An accepted answer: the value to store and the text to show back."""

    value: JSONValue
    display: str


@dataclass(frozen=True)
class Invalid:
    """A rejected answer, with a message explaining the expected form."""

    message: str


Outcome: TypeAlias = Valid | Invalid


# --- vocabulary -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """Words people type instead of pressing buttons (``vocabulary.yaml``)."""

    yes: frozenset[str]
    no: frozenset[str]
    numbers: dict[str, float]
    months: dict[str, int]
    relative_days: dict[str, int]


@cache
def vocabulary() -> Vocabulary:
    """The parsed ``vocabulary.yaml`` (read once, on first use)."""
    source = resources.files("bot.screening").joinpath("vocabulary.yaml")
    data: dict[str, Any] = yaml.safe_load(source.read_text("utf-8"))
    months = {
        normalize_word(str(word)): int(number)
        for number, words in data["months"].items()
        for word in words
    }
    return Vocabulary(
        yes=frozenset(normalize_word(str(w)) for w in data["yes"]),
        no=frozenset(normalize_word(str(w)) for w in data["no"]),
        numbers={normalize_word(str(k)): float(v) for k, v in data["numbers"].items()},
        months=months,
        relative_days={normalize_word(str(k)): int(v) for k, v in data["relative_days"].items()},
    )


# --- text helpers -----------------------------------------------------------------------------

# Letters that draw nothing (Hangul fillers, the braille blank): a "name" of them looks empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Controls (Cc: NUL, ESC…), format characters (Cf: bidi overrides such as U+202E that reverse
# text in the HR chat, isolates, direction marks, zero-width spaces and joiners, BOM, soft
# hyphen) and lone surrogates (Cs). Line breaks and tabs are whitespace, tidied below.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_DASHES = re.compile(r"[‐‑‒–—―−]")


def is_invisible(char: str) -> bool:
    """Whether ``char`` shows nothing and is not whitespace (a control, a format character…)."""
    return char in _BLANK_LETTERS or (
        char not in "\n\t\r" and unicodedata.category(char) in _INVISIBLE_CATEGORIES
    )


_ZWJ = "\u200d"


def visible_text(raw: str) -> str:
    """``raw`` in NFC without invisible and control characters; whitespace left as it is.

    A zero-width joiner stays only between two visible characters, where it joins an emoji
    sequence (👨‍👩‍👧); anywhere else it hides.
    """
    text = unicodedata.normalize("NFC", raw)
    if text.isprintable() and _BLANK_LETTERS.isdisjoint(text):
        # Nothing to drop: a printable string holds no control, format (the joiner too) or
        # surrogate character, and none of the blank letters. Most answers and names are so.
        return text
    kept: list[str] = []
    for i, char in enumerate(text):
        if char == _ZWJ:
            after = text[i + 1 : i + 2]
            joins = kept and not kept[-1].isspace() and after and not after.isspace()
            if joins and not is_invisible(after):
                kept.append(char)
        elif not is_invisible(char):
            kept.append(char)
    return "".join(kept)


def plain_line(raw: str) -> str:
    """Text from a person (a Telegram name, a question) safe to show in one line to HR."""
    return " ".join(visible_text(raw).split())


def clean_text(raw: str) -> str:
    """Normalise (NFC) and tidy: no invisible or control characters, single spaces, at most
    one blank line."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = visible_text(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def normalize_word(text: str) -> str:
    """Lower-case, ``ё`` as ``е``, dashes as ``-``, single spaces, no edge punctuation."""
    text = _DASHES.sub("-", text.casefold().replace("ё", "е"))
    text = " ".join(text.split())
    return text.strip(" .,!?;:…\"'«»“”()")


def format_number(value: float, locale: str) -> str:
    """3 → "3", 3.5 → "3,5" (ru) or "3.5" (en), 250000 → "250 000" / "250,000"."""
    if float(value).is_integer():
        return format_amount(int(value), locale)
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    whole = format_amount(int(whole), locale) if whole not in ("-0", "") else whole
    separator = "," if locale == "ru" else "."
    return f"{whole}{separator}{fraction}"


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


# --- hints ------------------------------------------------------------------------------------


def text_limits(question: Question) -> tuple[int | None, int]:
    """The (min, max) length of a text answer; max defaults to 1000 characters."""
    low = int(question.min) if question.min is not None else None
    high = int(question.max) if question.max is not None else DEFAULT_TEXT_MAX
    return low, high


def question_hint(question: Question, locale: str) -> str:
    """How to answer this question, in one sentence («Ответьте числом от 0 до 50.»)."""
    kind = question.type
    if kind == QuestionType.TEXT:
        low, high = text_limits(question)
        if low:
            return t(locale, "screening.hint.text_range", min=low, max=high)
        return t(locale, "screening.hint.text", max=high)
    if kind == QuestionType.NUMBER:
        return _number_hint(question, locale)
    return t(locale, f"screening.hint.{kind.value}")


def _number_hint(question: Question, locale: str) -> str:
    low, high = question.min, question.max
    if low is not None and high is not None:
        return t(
            locale,
            "screening.hint.number_range",
            min=format_number(low, locale),
            max=format_number(high, locale),
        )
    if low is not None:
        return t(locale, "screening.hint.number_min", min=format_number(low, locale))
    if high is not None:
        return t(locale, "screening.hint.number_max", max=format_number(high, locale))
    return t(locale, "screening.hint.number")


# --- the entry point --------------------------------------------------------------------------


def validate_answer(
    question: Question, raw: str, locale: str, *, today: dt.date | None = None
) -> Outcome:
    """Check a typed answer; ``today`` anchors «завтра» and dates without a year (UTC default)."""
    text = clean_text(raw)
    if not text:
        return Invalid(t(locale, "screening.invalid.empty"))
    kind = question.type
    if kind == QuestionType.TEXT:
        return _validate_text(question, text, locale)
    if kind == QuestionType.NUMBER:
        return _validate_number(question, text, locale)
    if kind == QuestionType.CHOICE:
        return _validate_choice(question, text, locale)
    if kind == QuestionType.MULTICHOICE:
        return _validate_multichoice(question, text, locale)
    if kind == QuestionType.YESNO:
        return _validate_yesno(text, locale)
    if kind == QuestionType.PHONE:
        return _validate_phone(text, locale, "screening.invalid.phone")
    if kind == QuestionType.EMAIL:
        return _validate_email(text, locale, "screening.invalid.email")
    if kind == QuestionType.CONTACT:
        if "@" in text:
            return _validate_email(text, locale, "screening.invalid.contact")
        return _validate_phone(text, locale, "screening.invalid.contact")
    if kind == QuestionType.DATE:
        return _validate_date(text, locale, today or dt.datetime.now(dt.UTC).date())
    raise ValueError(f"unknown question type {kind!r}")  # pragma: no cover


# --- text -------------------------------------------------------------------------------------


NAME_IDS = frozenset({"name"})  # a text question with this id asks how to address the person


def _validate_text(question: Question, text: str, locale: str) -> Outcome:
    if question.id in NAME_IDS and not any(char.isalpha() for char in text):
        return Invalid(t(locale, "screening.invalid.name"))
    low, high = text_limits(question)
    if low is not None and len(text) < low:
        return Invalid(t(locale, "screening.invalid.too_short", min=low))
    if len(text) > high:
        return Invalid(t(locale, "screening.invalid.too_long", max=high, length=len(text)))
    return Valid(text, text)


# --- number -----------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.,])([-−]?)(\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:[.,](\d+))?")
_GLUED = re.compile(r"\d[^\W\d_]+\d")
_WORD = re.compile(r"[^\W\d_]+")
_HALF = ("с половиной", "and a half")


def parse_number(text: str) -> float | str:
    """The one number in ``text`` ("3,5", "5 лет", "два года"), or "none"/"many"/"huge"."""
    if _GLUED.search(text):
        return "none"  # 1e9, 2x3: not a number of years
    found = _NUMBER.findall(text)
    if len(found) > 1:
        return "many"
    if found:
        sign, whole, fraction = found[0]
        whole = whole.replace(" ", "")
        if len(whole) > MAX_NUMBER_DIGITS or len(fraction) > MAX_NUMBER_DIGITS:
            return "huge"
        value = float(f"{whole}.{fraction or 0}")
        return -value if sign else value
    normalized = normalize_word(text)
    words = vocabulary().numbers
    hits = [words[w] for w in _WORD.findall(normalized) if w in words]
    if len(hits) > 1:
        return "many"
    if not hits:
        return "none"
    value = hits[0]
    if value.is_integer() and any(half in normalized for half in _HALF):
        value += 0.5
    return value


def _validate_number(question: Question, text: str, locale: str) -> Outcome:
    parsed = parse_number(text)
    hint = _number_hint(question, locale)
    if parsed == "many":
        return Invalid(t(locale, "screening.invalid.number_many", hint=hint))
    if isinstance(parsed, str):
        return Invalid(t(locale, "screening.invalid.number", hint=hint))
    if (question.min is not None and parsed < question.min) or (
        question.max is not None and parsed > question.max
    ):
        return Invalid(t(locale, "screening.invalid.number_range", hint=hint))
    value = _plain_number(parsed)
    return Valid(value, format_number(value, locale))


# --- choice and multichoice -------------------------------------------------------------------


def match_option(options: Iterable[str], raw: str) -> int | None:
    """The index of the option ``raw`` names: by text, by number ("2"), or by a unique prefix."""
    names = [normalize_word(o) for o in options]
    key = normalize_word(raw)
    if not key:
        return None
    if key in names:
        return names.index(key)
    if key.isdigit():
        number = int(key) if len(key) < 4 else 0
        return number - 1 if 1 <= number <= len(names) else None
    starting = [i for i, name in enumerate(names) if name.startswith(key)]
    if len(key) >= 2 and len(starting) == 1:
        return starting[0]
    return None


def _options(question: Question) -> tuple[str, ...]:
    if question.type not in (QuestionType.CHOICE, QuestionType.MULTICHOICE):
        raise ValueError(f"question {question.id!r} is a {question.type}, not a choice")
    return question.options or ()


def choice_by_index(question: Question, index: int, locale: str = "ru") -> Outcome:
    """The answer a button with option ``index`` (0-based) gives to a choice question."""
    options = _options(question)
    if not 0 <= index < len(options):
        return Invalid(t(locale, "screening.invalid.choice", count=len(options)))
    return Valid(options[index], options[index])


def _validate_choice(question: Question, text: str, locale: str) -> Outcome:
    index = match_option(_options(question), text)
    if index is None:
        return Invalid(t(locale, "screening.invalid.choice", count=len(_options(question))))
    return choice_by_index(question, index, locale)


def multichoice_from_indices(question: Question, indices: Iterable[int], locale: str) -> Outcome:
    """The answer to a multichoice question from ticked option indices (the «Готово» button)."""
    options = _options(question)
    chosen = sorted({i for i in indices if 0 <= i < len(options)})
    if not chosen:
        return Invalid(t(locale, "screening.invalid.multichoice_empty"))
    if question.min is not None and len(chosen) < question.min:
        return Invalid(t(locale, "screening.invalid.multichoice_too_few", min=int(question.min)))
    if question.max is not None and len(chosen) > question.max:
        return Invalid(t(locale, "screening.invalid.multichoice_too_many", max=int(question.max)))
    values = [options[i] for i in chosen]
    return Valid(values, ", ".join(values))


_LIST_SEPARATORS = re.compile(r"[,;\n]+")
_AND = re.compile(r"\s+(?:и|and|&)\s+", re.IGNORECASE)


def _validate_multichoice(question: Question, text: str, locale: str) -> Outcome:
    options = _options(question)
    names = [normalize_word(o) for o in options]
    if normalize_word(text) in names:  # one option whose own text has a comma in it
        return multichoice_from_indices(question, [names.index(normalize_word(text))], locale)
    indices: list[int] = []
    unknown: list[str] = []
    for piece in filter(None, (p.strip() for p in _LIST_SEPARATORS.split(text))):
        numbers = piece.split()
        if len(numbers) > 1 and all(n.isdigit() for n in numbers):
            parts = numbers  # "1 3"
        elif match_option(options, piece) is not None:
            parts = [piece]  # an option with «и» in it, like «C1 и выше»
        else:
            parts = _AND.split(piece)
        for part in filter(None, (p.strip() for p in parts)):
            index = match_option(options, part)
            if index is None:
                unknown.append(part[:40])
            else:
                indices.append(index)
    if unknown:
        return Invalid(
            t(
                locale,
                "screening.invalid.multichoice_unknown",
                items=", ".join(f"«{u}»" for u in unknown[:3]),
                count=len(options),
            )
        )
    return multichoice_from_indices(question, indices, locale)


def option_indices(question: Question, value: JSONValue | None) -> list[int]:
    """The indices of the options a stored choice/multichoice value names (to pre-tick buttons)."""
    options = _options(question)
    chosen = value if isinstance(value, list) else [value]
    return [i for i, option in enumerate(options) if option in chosen]


# --- yes / no ---------------------------------------------------------------------------------


def yesno_answer(flag: bool, locale: str) -> Valid:
    """The answer a «Да»/«Нет» button gives."""
    return Valid(flag, t(locale, "screening.yes" if flag else "screening.no"))


def parse_yesno(text: str) -> bool | None:
    """True for «да», «ага», "yes"…; False for «нет», «неа», "no"…; None when unclear."""
    words = vocabulary()
    normalized = normalize_word(text)
    candidates = [normalized, normalized.split(" ")[0].strip(",.!;:")]
    for candidate in candidates:
        if candidate in words.yes:
            return True
        if candidate in words.no:
            return False
    return None


def _validate_yesno(text: str, locale: str) -> Outcome:
    flag = parse_yesno(text)
    if flag is None:
        return Invalid(t(locale, "screening.invalid.yesno"))
    return yesno_answer(flag, locale)


# --- phone, email, contact --------------------------------------------------------------------

_PHONE_TEXT = re.compile(r"\+?[\d ().\-]+")


def normalize_phone(text: str) -> str | None:
    """E.164-ish: Russian 8XXXXXXXXXX / 9XXXXXXXXX become +7…; others need + and 10–15 digits."""
    text = text.strip()
    if text.casefold().startswith("tel:"):
        text = text[4:].strip()
    if not _PHONE_TEXT.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", text)
    if not text.startswith("+"):
        if digits.startswith("00"):
            digits = digits[2:]
        elif len(digits) == 11 and digits[0] in "78":
            digits = "7" + digits[1:]
        elif len(digits) == 10 and digits[0] == "9":
            digits = "7" + digits
        else:
            return None
    if not 10 <= len(digits) <= 15 or digits[0] == "0":
        return None
    return "+" + digits


def format_phone(phone: str) -> str:
    """+79123456789 → "+7 912 345-67-89"; other numbers as they are."""
    if phone.startswith("+7") and len(phone) == 12:
        d = phone[2:]
        return f"+7 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}"
    return phone


def _validate_phone(text: str, locale: str, message_key: str) -> Outcome:
    phone = normalize_phone(text)
    if phone is None:
        return Invalid(t(locale, message_key))
    return Valid(phone, format_phone(phone))


def contact_from_shared(phone: str, locale: str = "ru") -> Outcome:
    """The answer a shared Telegram contact gives (its ``phone_number``, often without ``+``)."""
    digits = re.sub(r"\D", "", phone or "")
    if not 10 <= len(digits) <= 15 or digits[0] == "0":
        return Invalid(t(locale, "screening.invalid.shared_contact"))
    value = "+" + digits
    return Valid(value, format_phone(value))


_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"
_EMAIL = re.compile(
    rf"(?P<local>{_ATOM}(?:\.{_ATOM})*)@(?P<domain>(?:{_LABEL}\.)+(?:[^\W\d_]{{2,63}}|xn--[a-z0-9-]+))"
)


def normalize_email(text: str) -> str | None:
    """``Name@Example.COM`` → ``Name@example.com``; None when it is not an address."""
    text = text.strip().strip("<>")
    if text.casefold().startswith("mailto:"):
        text = text[7:]
    match = _EMAIL.fullmatch(text)
    if match is None or len(text) > 254 or len(match["local"]) > 64:
        return None
    return f"{match['local']}@{match['domain'].lower()}"


def _validate_email(text: str, locale: str, message_key: str) -> Outcome:
    email = normalize_email(text)
    if email is None:
        return Invalid(t(locale, message_key))
    return Valid(email, email)


# --- date -------------------------------------------------------------------------------------

# A date question asks when the person could start: a day already gone is a typo. One day of
# slack, because "today" is UTC's and the person's own calendar may be a day ahead or behind.
DATE_SLACK = dt.timedelta(days=1)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)? ?([^\W\d_]+)\.?(?: (\d{4}))?")
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?")
_DATE_PREFIX = re.compile(r"^(?:с|со|from|on|starting|c)\s+")
_YEAR_SUFFIX = re.compile(r"(?<=\d)\s*(?:г|года|год)$")


def parse_date(text: str, today: dt.date) -> dt.date | str:
    """A date from "15.03.2026", "2026-03-15", "15 марта", "Jan 15", «завтра»…

    Returns "none" when the text is not a date and "impossible" for 31.02; a date without a year
    is the next such day from ``today``.
    """
    words = vocabulary()
    normalized = normalize_word(text).replace(",", " ")
    normalized = " ".join(normalized.split())
    normalized = _YEAR_SUFFIX.sub("", _DATE_PREFIX.sub("", normalized)).rstrip(".")
    if normalized in words.relative_days:
        return today + dt.timedelta(days=words.relative_days[normalized])
    day: int
    month: int
    year_text: str | None
    if match := _ISO.fullmatch(normalized):
        year_text, month_text, day_text = match.groups()
        day, month = int(day_text), int(month_text)
    elif match := _DOTTED.fullmatch(normalized):
        day, month, year_text = int(match[1]), int(match[2]), match[3]
    elif (match := _DAY_MONTH.fullmatch(normalized)) and match[2] in words.months:
        day, month, year_text = int(match[1]), words.months[match[2]], match[3]
    elif (match := _MONTH_DAY.fullmatch(normalized)) and match[1] in words.months:
        day, month, year_text = int(match[2]), words.months[match[1]], match[3]
    else:
        return "none"
    if year_text is not None:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return "impossible"
    for year in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February waits for a leap year
        if candidate >= today:
            return candidate
    return "impossible"


def _validate_date(text: str, locale: str, today: dt.date) -> Outcome:
    parsed = parse_date(text, today)
    if parsed == "impossible":
        return Invalid(t(locale, "screening.invalid.date_impossible"))
    if isinstance(parsed, str):
        return Invalid(t(locale, "screening.invalid.date"))
    if parsed < today - DATE_SLACK:
        return Invalid(t(locale, "screening.invalid.date_past"))
    return Valid(parsed.isoformat(), parsed.strftime("%d.%m.%Y"))


# --- showing stored values --------------------------------------------------------------------


def display_value(question: Question, value: JSONValue, display: str, locale: str) -> str:
    """A stored answer as text in ``locale`` (yes/no and numbers are re-localized for HR)."""
    if question.type == QuestionType.YESNO and isinstance(value, bool):
        return t(locale, "screening.yes" if value else "screening.no")
    if (
        question.type == QuestionType.NUMBER
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        return format_number(value, locale)
    return display
