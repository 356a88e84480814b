"""A salary as HR writes it and people read it: amounts with cents ("$18.25–$20.25 an hour"),
what it is paid for (`period: hour`, «за смену») and the currencies ads here use."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.postings import Catalog, PostingError, Salary, load_posting
from bot.postings.announce import channel_tag, render_announcement
from bot.postings.facts import format_salary, posting_facts
from bot.postings.loader import parse_source
from bot.postings.models import PERIOD_WORDS, PayPeriod, read_period
from tests.conftest import SAMPLES
from tests.postings.test_catalog import count_parses

HOURLY = (
    "---\n"
    "title: Warehouse Associate\n"
    "slug: warehouse-associate\n"
    "lang: en\n"
    "city: Denver\n"
    "salary: {from: 18.25, to: 20.25, currency: USD, period: hour}\n"
    "---\n"
    "## Duties\n- pick and pack orders\n"
)
# the same rate as it was written before a salary had a period: in the note
HOURLY_IN_THE_NOTE = HOURLY.replace("period: hour", "note: per hour")
SHIFT = (
    "---\n"
    "title: Кладовщик\n"
    "slug: storekeeper\n"
    "city: Подольск\n"
    "salary:\n"
    "  from: 3500\n"
    "  to: 4200\n"
    "  period: за смену\n"
    "  note: выплаты каждую неделю\n"
    "---\n"
    "## Обязанности\n- приёмка товара\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(path: Path) -> PostingError:
    """The error loading ``path`` is refused with."""
    with pytest.raises(PostingError) as caught:
        load_posting(path)
    return caught.value


def _saved(tmp_path: Path, name: str, text: str) -> tuple[Catalog, Path]:
    """A catalog of one posting that has written its start-up cache, and the cache file."""
    folder = tmp_path / "postings"
    folder.mkdir()
    _write(folder, name, text)
    cache = tmp_path / "postings.json"
    catalog = Catalog(folder, cache=cache)
    catalog.reload()
    catalog.save_cache()
    return catalog, cache


def _restarted(first: Catalog, cache: Path, monkeypatch: pytest.MonkeyPatch) -> Catalog:
    """The catalog after a restart, read from the cache with no file parsed again."""
    parsed = count_parses(monkeypatch)
    second = Catalog(first.folder, cache=cache)
    second.reload()
    assert parsed == []
    return second


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
    error = _refusal(_write(tmp_path, "x.md", HOURLY.replace("from: 18.25", f"from: {value}")))
    assert str(error) == f"x.md:6: field 'salary.from': {BAD_AMOUNTS[value]}"
    russian = error.text("ru")
    assert russian.startswith("x.md:6: поле 'salary.from': ")
    assert "is not" not in russian and "Input should" not in russian


def test_from_over_to_is_compared_as_amounts(tmp_path: Path) -> None:
    error = _refusal(_write(tmp_path, "x.md", HOURLY.replace("to: 20.25", "to: 18.24")))
    assert str(error) == "x.md:6: field 'salary': salary 'from' is greater than 'to'"
    # 18.25 to 18.250: the same amount, a one-figure range
    same = _write(tmp_path, "y.md", HOURLY.replace("to: 20.25", 'to: "18.250"'))
    salary = load_posting(same).salary
    assert isinstance(salary, Salary) and salary.from_ == salary.to == Decimal("18.25")


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("hour", PayPeriod.HOUR),
        ("Hourly", PayPeriod.HOUR),
        ("per hour", PayPeriod.HOUR),
        ("an hour", PayPeriod.HOUR),
        ("/hr", PayPeriod.HOUR),
        ("час", PayPeriod.HOUR),
        ("в час", PayPeriod.HOUR),
        ("За  час.", PayPeriod.HOUR),
        ("почасово", PayPeriod.HOUR),
        ("shift", PayPeriod.SHIFT),
        ("per shift", PayPeriod.SHIFT),
        ("смена", PayPeriod.SHIFT),
        ("за смену", PayPeriod.SHIFT),
        ("day", PayPeriod.DAY),
        ("daily", PayPeriod.DAY),
        ("в день", PayPeriod.DAY),
        ("week", PayPeriod.WEEK),
        ("weekly", PayPeriod.WEEK),
        ("в неделю", PayPeriod.WEEK),
        ("month", PayPeriod.MONTH),
        ("monthly", PayPeriod.MONTH),
        ("a month", PayPeriod.MONTH),
        ("месяц", PayPeriod.MONTH),
        ("в месяц", PayPeriod.MONTH),
        ("/ мес", PayPeriod.MONTH),
        ("year", PayPeriod.YEAR),
        ("annually", PayPeriod.YEAR),
        ("per annum", PayPeriod.YEAR),
        ("год", PayPeriod.YEAR),
        ("в год", PayPeriod.YEAR),
    ],
)
def test_a_period_is_read_from_the_ways_hr_writes_it(written: str, period: PayPeriod) -> None:
    assert read_period(written) is period
    assert Salary.model_validate({"from": 1, "period": written}).period is period


def test_the_set_is_closed_and_every_period_has_its_words_in_both_languages() -> None:
    assert set(PERIOD_WORDS.values()) == set(PayPeriod)
    for word in ("fortnight", "сутки", "ежемесячно", "per hour worked", "1", ""):
        assert read_period(word) is None
    for period in PayPeriod:  # the enum's own value is always one of the spellings
        assert read_period(period.value) is period


# the English and Russian messages after "file:line: field 'salary.period': "
BAD = "'fortnight' is not a pay period; write one of hour, shift, day, week, month, year"
BAD_RU = "'fortnight' — не период оплаты; напишите один из: час, смена, день, неделя, месяц, год"


def test_an_unknown_period_is_refused_naming_the_file_line_and_field(tmp_path: Path) -> None:
    inline = _write(tmp_path, "x.md", HOURLY.replace("period: hour", "period: fortnight"))
    error = _refusal(inline)
    assert str(error).startswith(f"x.md:6: field 'salary.period': {BAD} (or ")
    assert error.text("ru").startswith(f"x.md:6: поле 'salary.period': {BAD_RU} (или ")
    # a block salary: the line of `period:` itself
    block = _write(tmp_path, "y.md", SHIFT.replace("period: за смену", "period: fortnight"))
    assert str(_refusal(block)).startswith(f"y.md:8: field 'salary.period': {BAD} (or ")


@pytest.mark.parametrize(("value", "shown"), [("8", "8"), ("[hour]", "['hour']"), ("yes", "True")])
def test_a_period_that_is_not_a_word_is_refused_as_written(
    value: str, shown: str, tmp_path: Path
) -> None:
    path = _write(tmp_path, "x.md", HOURLY.replace("period: hour", f"period: {value}"))
    assert str(_refusal(path)).startswith(
        f"x.md:6: field 'salary.period': '{shown}' is not a pay period;"
    )


@pytest.mark.parametrize(
    ("name", "text", "english", "russian"),
    [
        (
            "x.md",
            HOURLY.replace("slug: warehouse-associate", "slug: x").replace(
                "to: 20.25", "to: 20.255"
            ),
            "  x.md:6: field 'salary.to': '20.255' has more than 2 digits after the dot",
            "  x.md:6: поле 'salary.to': в '20.255' больше двух цифр после точки",
        ),
        (
            "storekeeper.md",
            SHIFT.replace("period: за смену", "period: fortnight"),
            f"  storekeeper.md:8: field 'salary.period': {BAD}",
            f"  storekeeper.md:8: поле 'salary.period': {BAD_RU}",
        ),
    ],
    ids=["amount", "period"],
)
def test_check_names_the_file_of_a_bad_salary_in_both_languages(
    name: str,
    text: str,
    english: str,
    russian: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _write(tmp_path, "good.md", HOURLY)
    _write(tmp_path, name, text)
    assert main(["check", "--postings", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert english in out
    assert "good.md" not in out
    assert main(["check", "--postings", str(tmp_path), "--lang", "ru"]) == 1
    assert russian in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fields", "ru", "en"),
    [
        # amounts with cents
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
        # the period, said after the amount
        (
            {"from": "18.25", "to": "20.25", "currency": "USD", "period": "hour"},
            "от 18,25 до 20,25 $ в час",
            "18.25–20.25 $ per hour",
        ),
        (
            {"from": 3500, "period": "за смену", "note": "на руки"},
            "от 3 500 ₽ за смену, на руки",
            "from 3,500 ₽ per shift, на руки",
        ),
        ({"to": 5000, "period": "day"}, "до 5 000 ₽ в день", "up to 5,000 ₽ a day"),
        (
            {"from": 900, "currency": "GBP", "period": "weekly"},
            "от 900 £ в неделю",
            "from 900 £ a week",
        ),
        (
            {"from": 80000, "to": 120000, "period": "в месяц"},
            "от 80 000 до 120 000 ₽ в месяц",
            "80,000–120,000 ₽ a month",
        ),
        (
            {"from": 60000, "currency": "EUR", "period": "annual"},
            "от 60 000 € в год",
            "from 60,000 € a year",
        ),
        # both ends the same: one figure, as HR says a fixed pay
        (
            {"from": 85000, "to": 85000, "note": "на руки"},
            "85 000 ₽, на руки",
            "85,000 ₽, на руки",
        ),
        # a note that only repeats the period (written before periods were shown) is said once
        (
            {"from": "350.5", "period": "hour", "note": "В час"},
            "от 350,50 ₽ в час",
            "from 350.50 ₽ per hour",
        ),
    ],
)
def test_a_salary_reads_as_each_language_writes_money(
    fields: dict[str, object], ru: str, en: str
) -> None:
    salary = Salary.model_validate(fields)
    assert format_salary(salary, "ru") == ru
    assert format_salary(salary, "en") == en


@pytest.mark.parametrize(
    ("code", "ru", "en"),
    [
        ("GBP", "от 12,50 до 14,00 £ в час", "12.50–14.00 £ per hour"),
        ("aud", "от 12,50 до 14,00 A$ в час", "12.50–14.00 A$ per hour"),
        ("CAD", "от 12,50 до 14,00 C$ в час", "12.50–14.00 C$ per hour"),
        ("NZD", "от 12,50 до 14,00 NZ$ в час", "12.50–14.00 NZ$ per hour"),
        ("UAH", "от 12,50 до 14,00 ₴ в час", "12.50–14.00 ₴ per hour"),
        ("UZS", "от 12,50 до 14,00 сум в час", "12.50–14.00 UZS per hour"),
        ("KGS", "от 12,50 до 14,00 сом в час", "12.50–14.00 KGS per hour"),
        ("GEL", "от 12,50 до 14,00 ₾ в час", "12.50–14.00 ₾ per hour"),
        ("AMD", "от 12,50 до 14,00 ֏ в час", "12.50–14.00 ֏ per hour"),
        ("AZN", "от 12,50 до 14,00 ₼ в час", "12.50–14.00 ₼ per hour"),
        ("TRY", "от 12,50 до 14,00 ₺ в час", "12.50–14.00 ₺ per hour"),
        ("CNY", "от 12,50 до 14,00 CN¥ в час", "12.50–14.00 CN¥ per hour"),
        ("INR", "от 12,50 до 14,00 ₹ в час", "12.50–14.00 ₹ per hour"),
        ("AED", "от 12,50 до 14,00 AED в час", "12.50–14.00 AED per hour"),
    ],
)
def test_the_currencies_ads_here_use_read_right_beside_the_number(
    code: str, ru: str, en: str
) -> None:
    salary = Salary.model_validate({"from": "12.5", "to": 14, "currency": code, "period": "час"})
    assert format_salary(salary, "ru") == ru
    assert format_salary(salary, "en") == en


def test_no_period_and_an_empty_one_render_as_before() -> None:
    bare = Salary.model_validate({"from": 250000, "to": 350000, "note": "на руки"})
    empty = Salary.model_validate(
        {"from": 250000, "to": 350000, "note": "на руки", "period": None}
    )
    assert bare.period is None and empty == bare
    assert format_salary(bare, "ru") == "от 250 000 до 350 000 ₽, на руки"
    assert format_salary(bare, "en") == "250,000–350,000 ₽, на руки"
    # a note that reads like a period is shown as written when there is no period
    noted = Salary.model_validate({"from": "18.25", "currency": "USD", "note": "per hour"})
    assert format_salary(noted, "ru") == "от 18,25 $, per hour"


def test_the_facts_line_says_an_hourly_rate_written_in_the_note(tmp_path: Path) -> None:
    posting = load_posting(_write(tmp_path, "warehouse.md", HOURLY_IN_THE_NOTE))
    assert [f.line for f in posting_facts(posting, "en")][-1] == (
        "Salary: 18.25–20.25 $, per hour"
    )
    assert [f.line for f in posting_facts(posting, "ru")][-1] == (
        "Зарплата: от 18,25 до 20,25 $, per hour"
    )


def test_the_card_facts_say_the_period(tmp_path: Path) -> None:
    hourly = load_posting(_write(tmp_path, "warehouse.md", HOURLY))
    assert posting_facts(hourly, "en")[-1].line == "Salary: 18.25–20.25 $ per hour"
    assert posting_facts(hourly, "ru")[-1].line == "Зарплата: от 18,25 до 20,25 $ в час"
    shift = load_posting(_write(tmp_path, "storekeeper.md", SHIFT))
    assert isinstance(shift.salary, Salary) and shift.salary.period is PayPeriod.SHIFT
    assert posting_facts(shift, "ru")[-1].line == (
        "Зарплата: от 3 500 до 4 200 ₽ за смену, выплаты каждую неделю"
    )
    assert posting_facts(shift, "en")[-1].line == (
        "Salary: 3,500–4,200 ₽ per shift, выплаты каждую неделю"
    )


def test_the_start_up_cache_keeps_the_cents_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, cache = _saved(tmp_path, "warehouse.md", HOURLY)
    (entry,) = json.loads(cache.read_text(encoding="utf-8"))
    assert entry["posting"]["salary"]["from"] == "18.25"  # text: no float on the way
    second = _restarted(first, cache, monkeypatch)
    salary = second.get("warehouse-associate").salary  # type: ignore[union-attr]
    assert isinstance(salary, Salary) and salary.from_ == Decimal("18.25")
    assert isinstance(salary.from_, Decimal)
    assert second.get("warehouse-associate") == first.get("warehouse-associate")


def test_the_start_up_cache_keeps_the_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, cache = _saved(tmp_path, "storekeeper.md", SHIFT)
    (entry,) = json.loads(cache.read_text(encoding="utf-8"))
    assert entry["posting"]["salary"]["period"] == "shift"  # the one name, not «за смену»
    second = _restarted(first, cache, monkeypatch)
    assert second.get("storekeeper") == first.get("storekeeper")


def test_a_cache_written_when_amounts_were_whole_numbers_is_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend_text = (SAMPLES / "python-backend-developer.md").read_text()
    first, cache = _saved(tmp_path, "backend.md", backend_text)
    entries = json.loads(cache.read_text(encoding="utf-8"))
    salary = entries[0]["posting"]["salary"]
    salary["from"], salary["to"] = int(salary["from"]), int(salary["to"])  # as JSON numbers
    cache.write_text(json.dumps(entries), encoding="utf-8")
    second = _restarted(first, cache, monkeypatch)  # read from the old cache, not parsed again
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


# Channel posts of whole-amount salaries without a period, hashed by the code before periods
# were shown (main b2a4010): the same hash means no channel post is edited after the update.
POSTS_BEFORE = {
    "salary: {from: 250000, to: 350000, currency: RUB, note: на руки}\n": (
        "Москва · от 250 000 до 350 000 ₽, на руки",
        "4d98893af94830e1182f8ff6a679c173",
    ),
    "salary: {from: 3000, currency: USD}\n": (
        "Москва · от 3 000 $",
        "b6985b874ad83fe18ef4e97b80e1e2b1",
    ),
    "salary:\n  to: 90000\n": ("Москва · до 90 000 ₽", "25ef3ebc67199a858cd74acb15ab787b"),
}


@pytest.mark.parametrize("front", sorted(POSTS_BEFORE))
def test_channel_posts_without_a_period_are_unchanged(front: str) -> None:
    raw = (
        f"---\ntitle: Курьер\nslug: courier-x\ncity: Москва\n{front}---\n\n"
        "Текст.\n\n## Условия\n\n- удалёнка\n- ДМС\n"
    ).encode()
    post = render_announcement(
        parse_source(Path("courier-x.md"), raw), "b", channel_tag(-1001234567890)
    )
    line, digest = POSTS_BEFORE[front]
    assert post.text.text.splitlines()[1] == line
    assert post.digest == digest
