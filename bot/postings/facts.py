"""Front-matter facts as labelled lines: "Город: Москва", "Зарплата: от 250 000 до 350 000 ₽"."""

from __future__ import annotations

from dataclasses import dataclass

from bot.locales import t
from bot.postings.models import Posting, Salary

CURRENCY_SIGNS = {"RUB": "₽", "RUR": "₽", "USD": "$", "EUR": "€", "KZT": "₸", "BYN": "Br"}
FACT_FIELDS = ("company", "city", "format", "employment", "salary")


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


def format_salary(salary: Salary | str, locale: str) -> str:
    """A salary as people write it: 'от 250 000 до 350 000 ₽, на руки…'."""
    if isinstance(salary, str):
        return salary
    currency = CURRENCY_SIGNS.get(salary.currency.upper(), salary.currency)
    low = None if salary.from_ is None else format_amount(salary.from_, locale)
    high = None if salary.to is None else format_amount(salary.to, locale)
    if low and high:
        text = t(locale, "salary.range", low=low, high=high, currency=currency)
    elif low:
        text = t(locale, "salary.from", low=low, currency=currency)
    else:
        text = t(locale, "salary.to", high=high, currency=currency)
    return f"{text}, {salary.note}" if salary.note else text


def posting_facts(posting: Posting, locale: str | None = None) -> list[Fact]:
    """The posting's front-matter facts that are present, labelled in ``locale``."""
    locale = locale or posting.lang
    facts = []
    for name in FACT_FIELDS:
        value = getattr(posting, name)
        if value is None or value == "":
            continue
        text = format_salary(value, locale) if name == "salary" else str(value)
        facts.append(Fact(name, t(locale, f"fact.{name}"), text))
    return facts
