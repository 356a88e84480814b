"""Salary amounts with cents — "$18.25–$20.25 an hour" — load, render and compare as money."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.postings import Catalog, PostingError, Salary, load_posting
from bot.postings.facts import format_salary, posting_facts
from tests.conftest import SAMPLES
from tests.postings.test_catalog import count_parses

HOURLY = (
    "---\n"
    "title: Warehouse Associate\n"
    "slug: warehouse-associate\n"
    "lang: en\n"
    "city: Denver\n"
    "salary: {from: 18.25, to: 20.25, currency: USD, note: per hour}\n"
    "---\n"
    "## Duties\n- pick and pack orders\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_hourly_salary_with_cents_loads_as_exact_amounts(tmp_path: Path) -> None:
    posting = load_posting(_write(tmp_path, "warehouse.md", HOURLY))
    assert isinstance(posting.salary, Salary)
    assert posting.salary.from_ == Decimal("18.25") and posting.salary.to == Decimal("20.25")
    assert isinstance(posting.salary.from_, Decimal)  # money, never a float


def test_check_accepts_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "warehouse.md", HOURLY)
    assert main(["check", "--postings", str(tmp_path)]) == 0
    assert "1 posting(s) OK" in capsys.readouterr().out


# the value of `from` → the English message after "x.md:6: field 'salary.from': "
BAD_AMOUNTS = {
    "18.255": "'18.255' has more than 2 digits after the dot; an amount has at most cents, "
    "e.g. 18.25",
    "-1": "must not be negative",
    "abc": "'abc' is not an amount; write a number, whole or with cents after a dot: "
    "250000, 18.25",
    '"18,25"': "'18,25' is not an amount; write a number, whole or with cents after a dot: "
    "250000, 18.25",
    "1e40": "'1e40' is too long for an amount",
    ".nan": "'nan' is not an amount; write a number, whole or with cents after a dot: "
    "250000, 18.25",
}


@pytest.mark.parametrize("value", sorted(BAD_AMOUNTS))
def test_a_bad_amount_is_refused_naming_the_file_line_and_field(
    value: str, tmp_path: Path
) -> None:
    path = _write(tmp_path, "x.md", HOURLY.replace("from: 18.25", f"from: {value}"))
    with pytest.raises(PostingError) as caught:
        load_posting(path)
    assert str(caught.value) == f"x.md:6: field 'salary.from': {BAD_AMOUNTS[value]}"
    russian = caught.value.text("ru")
    assert russian.startswith("x.md:6: поле 'salary.from': ")
    assert "is not" not in russian and "Input should" not in russian


def test_check_names_the_file_of_a_bad_amount_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "good.md", HOURLY)
    _write(
        tmp_path,
        "x.md",
        HOURLY.replace("slug: warehouse-associate", "slug: x").replace("to: 20.25", "to: 20.255"),
    )
    assert main(["check", "--postings", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "  x.md:6: field 'salary.to': '20.255' has more than 2 digits after the dot" in out
    assert main(["check", "--postings", str(tmp_path), "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    assert "  x.md:6: поле 'salary.to': в '20.255' больше двух цифр после точки" in out


def test_from_over_to_is_compared_as_amounts(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.md", HOURLY.replace("to: 20.25", "to: 18.24"))
    with pytest.raises(PostingError) as caught:
        load_posting(path)
    assert str(caught.value) == "x.md:6: field 'salary': salary 'from' is greater than 'to'"
    # 18.25 to 18.250: the same amount, a one-figure range
    same = _write(tmp_path, "y.md", HOURLY.replace("to: 20.25", 'to: "18.250"'))
    salary = load_posting(same).salary
    assert isinstance(salary, Salary) and salary.from_ == salary.to == Decimal("18.25")


@pytest.mark.parametrize(
    ("fields", "ru", "en"),
    [
        (
            {"from": "18.25", "to": "20.25", "currency": "USD", "note": "per hour"},
            "от 18,25 до 20,25 $, per hour",
            "18.25–20.25 $, per hour",
        ),
        ({"from": "12.6", "currency": "GBP"}, "от 12,60 £", "from 12.60 £"),
        # a code without a sign is shown as written
        ({"from": "12.6", "currency": "CHF"}, "от 12,60 CHF", "from 12.60 CHF"),
        # one end with cents: both show them
        ({"from": 18, "to": "20.5", "currency": "USD"}, "от 18,00 до 20,50 $", "18.00–20.50 $"),
        ({"to": "1234567.5", "currency": "EUR"}, "до 1 234 567,50 €", "up to 1,234,567.50 €"),
        # whole amounts exactly as before, however they were written
        (
            {"from": 250000, "to": 350000, "note": "на руки"},
            "от 250 000 до 350 000 ₽, на руки",
            "250,000–350,000 ₽, на руки",
        ),
        ({"from": "90000.00"}, "от 90 000 ₽", "from 90,000 ₽"),
        (
            {"from": 55000.0, "to": 75000, "currency": "EUR"},
            "от 55 000 до 75 000 €",
            "55,000–75,000 €",
        ),
    ],
)
def test_amounts_read_as_each_language_writes_money(
    fields: dict[str, object], ru: str, en: str
) -> None:
    salary = Salary.model_validate(fields)
    assert format_salary(salary, "ru") == ru
    assert format_salary(salary, "en") == en


def test_the_facts_line_says_the_hourly_rate(tmp_path: Path) -> None:
    posting = load_posting(_write(tmp_path, "warehouse.md", HOURLY))
    assert [f.line for f in posting_facts(posting, "en")][-1] == (
        "Salary: 18.25–20.25 $, per hour"
    )
    assert [f.line for f in posting_facts(posting, "ru")][-1] == (
        "Зарплата: от 18,25 до 20,25 $, per hour"
    )


def test_the_start_up_cache_keeps_the_cents_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "postings"
    folder.mkdir()
    _write(folder, "warehouse.md", HOURLY)
    cache = tmp_path / "postings.json"
    first = Catalog(folder, cache=cache)
    first.reload()
    first.save_cache()
    (entry,) = json.loads(cache.read_text(encoding="utf-8"))
    assert entry["posting"]["salary"]["from"] == "18.25"  # text: no float on the way
    parsed = count_parses(monkeypatch)
    second = Catalog(folder, cache=cache)
    second.reload()
    assert parsed == []
    salary = second.get("warehouse-associate").salary  # type: ignore[union-attr]
    assert isinstance(salary, Salary) and salary.from_ == Decimal("18.25")
    assert isinstance(salary.from_, Decimal)
    assert second.get("warehouse-associate") == first.get("warehouse-associate")


def test_a_cache_written_when_amounts_were_whole_numbers_is_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "postings"
    folder.mkdir()
    _write(folder, "backend.md", (SAMPLES / "python-backend-developer.md").read_text())
    cache = tmp_path / "postings.json"
    first = Catalog(folder, cache=cache)
    first.reload()
    first.save_cache()
    entries = json.loads(cache.read_text(encoding="utf-8"))
    salary = entries[0]["posting"]["salary"]
    salary["from"], salary["to"] = int(salary["from"]), int(salary["to"])  # as JSON numbers
    cache.write_text(json.dumps(entries), encoding="utf-8")
    parsed = count_parses(monkeypatch)
    second = Catalog(folder, cache=cache)
    second.reload()
    assert parsed == []  # read from the old cache, not parsed again
    backend = second.get("python-backend-developer")
    assert backend == first.get("python-backend-developer")
    assert backend is not None and isinstance(backend.salary, Salary)
    assert format_salary(backend.salary, "ru").startswith("от 250 000 до 350 000 ₽")


def test_ask_answers_the_pay_from_an_hourly_salary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        tmp_path,
        "cashier.md",
        "---\ntitle: Кассир\nslug: cashier\ncity: Москва\n"
        "salary: {from: 350.5, to: 420.75, note: в час}\n---\n## Обязанности\n- работа на кассе\n",
    )
    assert main(["ask", "--postings", str(tmp_path), "--json", "cashier", "Сколько платят?"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["answered"] is True
    assert answer["items"] == ["Зарплата: от 350,50 до 420,75 ₽, в час"]
