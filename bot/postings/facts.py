"""Front-matter facts as labelled lines: "Город: Москва", "Зарплата: от 250 000 до 350 000 ₽"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain, zip_longest

from bot.locales import LOCALES, catalog, t
from bot.postings.models import Posting, Salary, read_period

# Signs that read the same in either language, after the number: "18.25–20.25 £". A currency
# written as a word that differs by language (UZS «сум», KGS «сом») is `currency.<code>` in
# bot/locales; any other code is shown as HR wrote it ("CHF"). AED is left as its code: its sign
# is written right to left and would scramble the line.
CURRENCY_SIGNS = {
    "RUB": "₽",
    "RUR": "₽",
    "USD": "$",
    "EUR": "€",
    "KZT": "₸",
    "BYN": "Br",
    "GBP": "£",
    "AUD": "A$",
    "CAD": "C$",
    "NZD": "NZ$",
    "UAH": "₴",
    "GEL": "₾",
    "AMD": "֏",
    "AZN": "₼",
    "TRY": "₺",
    "CNY": "CN¥",
    "INR": "₹",
}
FACT_FIELDS = ("company", "city", "format", "employment", "salary")
# Fields whose job-board words ("full-time", "shift") are said in the reader's language.
WORDED_FIELDS = ("format", "employment")
# "full-time, permanent", "full-time or part-time", "office / remote": the words between.
_WORD_SEPARATOR_RE = re.compile(r"(\s*,\s*|\s*/\s*|\s+(?:or|или)\s+)")


@dataclass(frozen=True)
class Fact:
    """One labelled fact: ``field`` is the front-matter key, ``label`` its name in a locale."""

    field: str
    label: str
    value: str

    @property
    def line(self) -> str:
        return f"{self.label}: {self.value}"


def format_amount(amount: int, locale: str) -> str:
    """250000 → "250 000" (ru) or "250,000" (en)."""
    grouped = f"{amount:,}"
    return grouped.replace(",", " ") if locale == "ru" else grouped


def format_money(amount: Decimal, locale: str, *, cents: bool) -> str:
    """250000 → "250 000" / "250,000" as :func:`format_amount`; with ``cents``, two decimals
    after the locale's separator: 18.25 → "18,25" (ru) or "18.25" (en), 18.5 → "18,50"."""
    if not cents:
        return format_amount(int(amount), locale)
    whole, _, fraction = f"{amount:,.2f}".partition(".")
    if locale == "ru":
        return f"{whole.replace(',', ' ')},{fraction}"
    return f"{whole}.{fraction}"


def currency_sign(currency: str, locale: str) -> str:
    """ "RUB" → "₽", "GBP" → "£", "UZS" → «сум» (ru) or "UZS" (en); an unknown code as written."""
    code = currency.upper()
    words = catalog(locale if locale in LOCALES else "ru")
    word = words.get(f"currency.{code.lower()}")
    return str(word) if word is not None else CURRENCY_SIGNS.get(code, currency)


def format_salary(salary: Salary | str, locale: str) -> str:
    """A salary as people write it: 'от 250 000 до 350 000 ₽, на руки', 'от 18,25 до
    20,25 $ в час', '18.25–20.25 $ per hour'."""
    if isinstance(salary, str):
        return salary
    currency = currency_sign(salary.currency, locale)
    amounts = [a for a in (salary.from_, salary.to) if a is not None]
    # One end with cents shows both with them: "18.00–20.25", as ads write an hourly range.
    cents = any(a != a.to_integral_value() for a in amounts)
    low = None if salary.from_ is None else format_money(salary.from_, locale, cents=cents)
    high = None if salary.to is None else format_money(salary.to, locale, cents=cents)
    if low and high and salary.from_ == salary.to:
        # «from: 85000, to: 85000» is one figure: «85 000 ₽», not «от 85 000 до 85 000 ₽».
        text = t(locale, "salary.exact", amount=low, currency=currency)
    elif low and high:
        text = t(locale, "salary.range", low=low, high=high, currency=currency)
    elif low:
        text = t(locale, "salary.from", low=low, currency=currency)
    else:
        text = t(locale, "salary.to", high=high, currency=currency)
    if salary.period is not None:
        paid_for = t(locale, f"salary.period.{salary.period.value}")
        text = f"{text} {paid_for}"
    # «period: hour, note: в час» (a note written before periods were shown) is said once.
    note = salary.note
    if note and salary.period is not None and read_period(note) == salary.period:
        note = None
    return f"{text}, {note}" if note else text


_OR_RE = re.compile(r"\s+(?:or|или)\s+")


def say_words(value: str, locale: str) -> str:
    """ "shift" → "сменный график", "full-time, permanent" → "полная занятость, постоянная
    работа" in Russian; words the locale does not know stay as written."""
    words = catalog(locale if locale in LOCALES else "ru")
    pieces = _WORD_SEPARATOR_RE.split(value.strip())
    said = [str(words.get(f"fact_word.{piece.lower()}", piece)) for piece in pieces[::2]]
    if said == pieces[::2]:
        return value
    # Between translated words the separators are the locale's: "или", "or".
    between = [_OR_RE.sub(f" {t(locale, 'fact_word_or')} ", sep) for sep in pieces[1::2]]
    return "".join(chain.from_iterable(zip_longest(said, between, fillvalue="")))


def fact_pieces(value: str) -> list[str]:
    """The words of a listed value between its separators: "full-time or part-time" →
    ["full-time", "part-time"]."""
    return [piece for piece in _WORD_SEPARATOR_RE.split(value.strip())[::2] if piece]


def posting_facts(
    posting: Posting, locale: str | None = None, *, worded: bool = True
) -> list[Fact]:
    """The posting's front-matter facts that are present, labelled in ``locale``; with
    ``worded``, a job board's words for employment and format said in it too ("shift" →
    "сменный график")."""
    locale = locale or posting.lang
    facts = []
    for name in FACT_FIELDS:
        value = getattr(posting, name)
        if value is None or value == "":
            continue
        if name == "salary":
            text = format_salary(value, locale)
        elif worded and name in WORDED_FIELDS:
            text = say_words(str(value), locale)
        else:
            text = str(value)
        facts.append(Fact(name, t(locale, f"fact.{name}"), text))
    return facts
