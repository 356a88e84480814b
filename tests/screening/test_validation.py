"""Answer validation, type by type, with valid and invalid input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.locales import t
from bot.postings import Posting
from bot.screening import (
    Invalid,
    Valid,
    choice_by_index,
    contact_from_shared,
    multichoice_from_indices,
    validate_answer,
    yesno_answer,
)
from bot.screening.validation import clean_text, display_value, option_indices

from .conftest import TODAY, by_id, make_question


def ok(outcome: Valid | Invalid) -> Valid:
    assert isinstance(outcome, Valid), outcome
    json.dumps(outcome.value)  # always storable
    return outcome


def bad(outcome: Valid | Invalid) -> str:
    assert isinstance(outcome, Invalid), outcome
    assert outcome.message.strip()
    return outcome.message


# --- text -------------------------------------------------------------------------------------


def test_text_is_stripped_and_whitespace_collapsed() -> None:
    question = make_question("text")
    answer = ok(validate_answer(question, "  Иван \t  Петров \n\n\n\n\n Москва  ", "ru"))
    assert answer.value == "Иван Петров\n\nМосква"
    assert answer.display == answer.value


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\t", "\u200b"])
def test_text_empty_is_rejected(raw: str) -> None:
    assert bad(validate_answer(make_question("text"), raw, "ru")) == t(
        "ru", "screening.invalid.empty"
    )


def test_text_respects_min_and_max() -> None:
    question = make_question("text", min=3, max=10)
    assert "3" in bad(validate_answer(question, "ab", "ru"))
    assert ok(validate_answer(question, "abc", "ru")).value == "abc"
    assert ok(validate_answer(question, "a" * 10, "ru")).value == "a" * 10
    message = bad(validate_answer(question, "a" * 11, "en"))
    assert "10" in message and "11" in message


def test_text_default_max_is_1000() -> None:
    question = make_question("text")
    assert ok(validate_answer(question, "x" * 1000, "ru"))
    assert "1000" in bad(validate_answer(question, "x" * 1001, "ru"))


def test_hostile_text_is_stored_verbatim() -> None:
    question = make_question("text", max=5000)
    raw = "<b>bold</b> & </a> <script>alert(1)</script> &amp;"
    assert ok(validate_answer(question, raw, "ru")).value == raw
    long = "<b>&" * 1250  # 5,000 characters
    assert ok(validate_answer(question, long, "ru")).value == long
    assert bad(validate_answer(make_question("text"), long, "ru"))


def test_clean_text_drops_control_characters_only() -> None:
    assert clean_text("a\x00b\x07c\r\nd") == "abc\nd"
    assert clean_text("👨‍👩‍👧 семья") == "👨‍👩‍👧 семья"  # zero-width joiners stay


# --- number -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "display"),
    [
        ("3", 3, "3"),
        ("3,5", 3.5, "3,5"),
        ("3.5", 3.5, "3,5"),
        (" 10 лет", 10, "10"),
        ("5 years", 5, "5"),
        ("около 7", 7, "7"),
        ("два года", 2, "2"),
        ("полтора", 1.5, "1,5"),
        ("пять с половиной", 5.5, "5,5"),
        ("ноль", 0, "0"),
        ("0", 0, "0"),
    ],
)
def test_number_accepted(raw: str, value: float, display: str) -> None:
    question = make_question("number", min=0, max=50)
    answer = ok(validate_answer(question, raw, "ru"))
    assert answer.value == value
    assert type(answer.value) is type(value)
    assert answer.display == display


def test_number_display_in_english_uses_a_dot() -> None:
    assert ok(validate_answer(make_question("number"), "3,5", "en")).display == "3.5"
    assert ok(validate_answer(make_question("number"), "250 000", "en")).value == 250000


@pytest.mark.parametrize("raw", ["много", "abc", "3-5", "от 2 до 4", "9" * 5000, "1e9"])
def test_number_rejected(raw: str) -> None:
    message = bad(validate_answer(make_question("number", min=0, max=50), raw, "ru"))
    assert "от 0 до 50" in message


def test_number_out_of_range_message_says_the_range() -> None:
    question = make_question("number", min=0, max=50)
    assert "от 0 до 50" in bad(validate_answer(question, "51", "ru"))
    assert "от 0 до 50" in bad(validate_answer(question, "-1", "ru"))
    assert "from 0 to 50" in bad(validate_answer(question, "100 years", "en"))
    assert "не меньше 2" in bad(validate_answer(make_question("number", min=2), "1", "ru"))
    assert "не больше 3" in bad(validate_answer(make_question("number", max=3), "4", "ru"))


def test_sample_posting_number(backend: Posting) -> None:
    question = by_id(backend)["experience"]
    assert ok(validate_answer(question, "4 года", "ru")).value == 4
    assert bad(validate_answer(question, "60", "ru"))


# --- choice -----------------------------------------------------------------------------------


def test_choice_by_text_number_and_prefix(backend: Posting) -> None:
    question = by_id(backend)["english"]  # [A1–A2, B1, B2, C1 и выше]
    assert ok(validate_answer(question, "b2", "ru")).value == "B2"
    assert ok(validate_answer(question, "  B1. ", "ru")).value == "B1"
    assert ok(validate_answer(question, "A1-A2", "ru")).value == "A1–A2"  # any dash
    assert ok(validate_answer(question, "2", "ru")).value == "B1"
    assert ok(validate_answer(question, "c1", "ru")).value == "C1 и выше"
    assert "4" in bad(validate_answer(question, "5", "ru"))
    assert bad(validate_answer(question, "b", "ru"))  # B1 or B2: ambiguous
    assert bad(validate_answer(question, "китайский", "ru"))


def test_choice_yo_and_case() -> None:
    question = make_question("choice", options=["Ещё учусь", "Работаю"])
    assert ok(validate_answer(question, "ЕЩЕ УЧУСЬ", "ru")).value == "Ещё учусь"


def test_choice_option_that_is_a_number_wins_over_position() -> None:
    question = make_question("choice", options=["3", "1", "2"])
    assert ok(validate_answer(question, "1", "ru")).value == "1"


def test_choice_by_index(csm: Posting) -> None:
    question = by_id(csm)["english"]
    assert choice_by_index(question, 0) == Valid("Intermediate", "Intermediate")
    assert ok(choice_by_index(question, 3)).value == "Native"
    assert bad(choice_by_index(question, 4, "en"))
    assert bad(choice_by_index(question, -1, "en"))
    with pytest.raises(ValueError):
        choice_by_index(by_id(csm)["name"], 0)


# --- multichoice ------------------------------------------------------------------------------

LANGS = ["Python", "Go", "Rust", "C и C++"]


def test_multichoice_typed_numbers_and_names_in_option_order() -> None:
    question = make_question("multichoice", options=LANGS)
    answer = ok(validate_answer(question, "3, 1", "ru"))
    assert answer.value == ["Python", "Rust"]
    assert answer.display == "Python, Rust"
    assert ok(validate_answer(question, "1 3", "ru")).value == ["Python", "Rust"]
    assert ok(validate_answer(question, "go и python", "ru")).value == ["Python", "Go"]
    assert ok(validate_answer(question, "rust; 1; rust", "ru")).value == ["Python", "Rust"]
    assert ok(validate_answer(question, "C и C++", "ru")).value == ["C и C++"]
    assert ok(validate_answer(question, "Go, C и C++", "ru")).value == ["Go", "C и C++"]


def test_multichoice_unknown_items_are_named() -> None:
    question = make_question("multichoice", options=LANGS)
    message = bad(validate_answer(question, "1, Java", "ru"))
    assert "Java" in message
    assert bad(validate_answer(question, "7", "ru"))


def test_multichoice_from_buttons() -> None:
    question = make_question("multichoice", options=LANGS)
    assert ok(multichoice_from_indices(question, [2, 0, 2], "ru")).value == ["Python", "Rust"]
    assert bad(multichoice_from_indices(question, [], "ru")) == t(
        "ru", "screening.invalid.multichoice_empty"
    )
    assert bad(multichoice_from_indices(question, [9], "ru"))
    assert option_indices(question, ["Rust", "Python"]) == [0, 2]


def test_multichoice_min_max_count() -> None:
    question = make_question("multichoice", options=LANGS, min=2, max=3)
    assert bad(multichoice_from_indices(question, [0], "ru"))
    assert bad(multichoice_from_indices(question, [0, 1, 2, 3], "ru"))
    assert ok(multichoice_from_indices(question, [0, 1], "ru"))


# --- yes / no ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["да", "Да!", "ага", "Конечно", "yes", "Y", "да, доводилось", "Yes, of course"]
)
def test_yes(raw: str) -> None:
    answer = ok(validate_answer(make_question("yesno"), raw, "ru"))
    assert answer == Valid(True, "Да")


@pytest.mark.parametrize("raw", ["нет", "Неа", "no", "n", "нет, не приходилось", "Nope."])
def test_no(raw: str) -> None:
    answer = ok(validate_answer(make_question("yesno"), raw, "en"))
    assert answer == Valid(False, "No")


@pytest.mark.parametrize("raw", ["может быть", "не знаю", "maybe", "дада"])
def test_yesno_unclear(raw: str) -> None:
    assert bad(validate_answer(make_question("yesno"), raw, "ru")) == t(
        "ru", "screening.invalid.yesno"
    )


def test_yesno_buttons() -> None:
    assert yesno_answer(True, "ru") == Valid(True, "Да")
    assert yesno_answer(False, "en") == Valid(False, "No")


# --- phone, email, contact --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("+7 912 345-67-89", "+79123456789"),
        ("8 (912) 345-67-89", "+79123456789"),
        ("89123456789", "+79123456789"),
        ("79123456789", "+79123456789"),
        ("9123456789", "+79123456789"),
        ("+44 20 7946 0958", "+442079460958"),
        ("0049 151 23456789", "+4915123456789"),
        ("tel:+1-202-555-0143", "+12025550143"),
    ],
)
def test_phone_accepted(raw: str, value: str) -> None:
    answer = ok(validate_answer(make_question("phone"), raw, "ru"))
    assert answer.value == value


def test_phone_display_for_russian_numbers() -> None:
    answer = ok(validate_answer(make_question("phone"), "89123456789", "ru"))
    assert answer.display == "+7 912 345-67-89"


@pytest.mark.parametrize(
    "raw",
    ["12345", "+7 912 CALL-ME", "912-34-56", "2079460958", "+0123456789", "+1234567890123456"],
)
def test_phone_rejected(raw: str) -> None:
    assert bad(validate_answer(make_question("phone"), raw, "ru")) == t(
        "ru", "screening.invalid.phone"
    )


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("ivan@example.com", "ivan@example.com"),
        ("Ivan.Petrov@Example.COM", "Ivan.Petrov@example.com"),
        (" <a+b@mail.ru> ", "a+b@mail.ru"),
        ("mailto:x@y.io", "x@y.io"),
        ("иван@почта.рф", "иван@почта.рф"),
    ],
)
def test_email_accepted(raw: str, value: str) -> None:
    assert ok(validate_answer(make_question("email"), raw, "en")).value == value


@pytest.mark.parametrize(
    "raw", ["ivan", "ivan@", "@example.com", "ivan@example", "a b@c.com", "a..b@c.com", "a@b..com"]
)
def test_email_rejected(raw: str) -> None:
    assert bad(validate_answer(make_question("email"), raw, "en")) == t(
        "en", "screening.invalid.email"
    )


def test_contact_is_phone_or_email(backend: Posting) -> None:
    question = by_id(backend)["contact"]
    assert ok(validate_answer(question, "8 912 345 67 89", "ru")).value == "+79123456789"
    assert ok(validate_answer(question, "Me@Host.Org", "ru")).value == "Me@host.org"
    assert bad(validate_answer(question, "пишите в телеграм", "ru")) == t(
        "ru", "screening.invalid.contact"
    )
    assert bad(validate_answer(question, "me@host", "ru")) == t("ru", "screening.invalid.contact")


def test_contact_from_shared_telegram_contact() -> None:
    assert contact_from_shared("79123456789") == Valid("+79123456789", "+7 912 345-67-89")
    assert ok(contact_from_shared("+442079460958")).value == "+442079460958"
    assert bad(contact_from_shared("", "en"))
    assert bad(contact_from_shared("123"))


def test_sample_posting_email(csm: Posting) -> None:
    question = by_id(csm)["email"]
    assert ok(validate_answer(question, "jane@Company.com", "en")).value == "jane@company.com"
    assert bad(validate_answer(question, "jane at company", "en"))


# --- date -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("15.03.2026", "2026-03-15"),
        ("5.3.2026", "2026-03-05"),
        ("15.03.26", "2026-03-15"),
        ("15/03/2026", "2026-03-15"),
        ("2026-03-15", "2026-03-15"),
        ("15 января", "2026-01-15"),  # already past this year → next year
        ("25 декабря", "2025-12-25"),
        ("15 Jan", "2026-01-15"),
        ("Jan 15, 2027", "2027-01-15"),
        ("15th of March", "2026-03-15"),
        ("с 1 марта 2026 г.", "2026-03-01"),
        ("15 авг.", "2026-08-15"),
        ("сегодня", "2025-12-20"),
        ("Завтра", "2025-12-21"),
        ("tomorrow", "2025-12-21"),
        ("29.02", "2028-02-29"),
        ("20.12", "2025-12-20"),
    ],
)
def test_date_accepted(raw: str, iso: str) -> None:
    answer = ok(validate_answer(make_question("date"), raw, "ru", today=TODAY))
    assert answer.value == iso
    day = dt.date.fromisoformat(iso)
    assert answer.display == day.strftime("%d.%m.%Y")


@pytest.mark.parametrize("raw", ["31.02.2026", "32.01.2026", "29.02.2026", "15.13.2026", "0 мая"])
def test_date_impossible(raw: str) -> None:
    assert bad(validate_answer(make_question("date"), raw, "ru", today=TODAY)) == t(
        "ru", "screening.invalid.date_impossible"
    )


@pytest.mark.parametrize("raw", ["скоро", "15 мартобря", "через неделю", "2026", "15.03.202"])
def test_date_unreadable(raw: str) -> None:
    assert bad(validate_answer(make_question("date"), raw, "en", today=TODAY)) == t(
        "en", "screening.invalid.date"
    )


def test_date_uses_the_current_day_by_default() -> None:
    answer = ok(validate_answer(make_question("date"), "today", "en"))
    assert answer.value == dt.datetime.now(dt.UTC).date().isoformat()


# --- showing stored values to HR --------------------------------------------------------------


def test_display_value_relocalizes_yesno_and_numbers() -> None:
    yesno = make_question("yesno")
    assert display_value(yesno, True, "Да", "en") == "Yes"
    assert display_value(make_question("number"), 3.5, "3,5", "en") == "3.5"
    assert display_value(make_question("text"), "Да", "Да", "en") == "Да"
