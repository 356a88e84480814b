"""A salary as candidates and admins meet it — amounts with cents and what they are paid for
(an hour, a shift): the card, answers, /reload, channel posts."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ADMIN_ID, MakeHarness
from tests.harness import Harness, UserChat

CHANNEL = -1001234567890
HOURLY = (
    "---\n"
    "title: Warehouse Associate\n"
    "slug: warehouse-associate\n"
    "lang: en\n"
    "company: Northwind\n"
    "city: Denver\n"
    "salary: {from: 18.25, to: 20.25, currency: USD, period: hour}\n"
    "---\n"
    "## Duties\n- pick and pack orders\n\n"
    "## Benefits\n- paid weekly\n- health insurance\n"
)
# the same rate as it was written before a salary had a period: in the note
HOURLY_IN_THE_NOTE = HOURLY.replace("period: hour", "note: per hour")
SHIFT = (
    "---\n"
    "title: Кладовщик\n"
    "slug: storekeeper\n"
    "company: Склад-Сервис\n"
    "city: Подольск\n"
    "salary:\n"
    "  from: 3500\n"
    "  to: 4200\n"
    "  period: за смену\n"
    "  note: на руки\n"
    "---\n"
    "## Обязанности\n- приёмка товара\n\n"
    "## Условия\n- выплаты каждую неделю\n- форма за счёт компании\n"
)
MONTHLY_BEFORE = (
    "---\n"
    "title: Бухгалтер\n"
    "slug: accountant\n"
    "company: Pyrus\n"
    "city: Москва\n"
    "salary: {from: 250000, to: 350000, currency: RUB, note: на руки}\n"
    "---\n"
    "## Обязанности\n- первичка\n"
)


async def _bot(
    make_harness: MakeHarness, tmp_path: Path, hourly: str = HOURLY, **overrides: object
) -> Harness:
    """A bot with the hourly, the per-shift and the monthly posting."""
    sources = []
    for slug, text in (
        ("warehouse-associate", hourly),
        ("storekeeper", SHIFT),
        ("accountant", MONTHLY_BEFORE),
    ):
        source = tmp_path / f"{slug}.md"
        source.write_text(text, encoding="utf-8")
        sources.append(source)
    return await make_harness(*sources, **overrides)


async def _card_line(chat: UserChat, slug: str) -> str:
    """Open the posting by its link; the card's line that says company · city · salary."""
    await chat.send(f"/start {slug}")
    return chat.last_message().text.splitlines()[1]


def _file(harness: Harness, slug: str) -> Path:
    folder: Path = harness.dp["catalog"].folder
    return folder / f"{slug}.md"


async def test_the_card_says_the_hourly_rate_in_each_language(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path, hourly=HOURLY_IN_THE_NOTE)
    english = harness.chat(user_id=2001, first_name="Ann", language_code="en")
    assert await _card_line(english, "warehouse-associate") == (
        "Northwind · Denver · 18.25–20.25 $, per hour"
    )
    russian = harness.chat(user_id=2002)
    assert await _card_line(russian, "warehouse-associate") == (
        "Northwind · Denver · от 18,25 до 20,25 $, per hour"
    )


async def test_the_card_says_an_hourly_and_a_per_shift_salary_in_each_language(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    english = harness.chat(user_id=2001, first_name="Ann", language_code="en")
    russian = harness.chat(user_id=2002, first_name="Аня")
    assert await _card_line(english, "warehouse-associate") == (
        "Northwind · Denver · 18.25–20.25 $ per hour"
    )
    assert await _card_line(russian, "warehouse-associate") == (
        "Northwind · Denver · от 18,25 до 20,25 $ в час"
    )
    assert await _card_line(russian, "storekeeper") == (
        "Склад-Сервис · Подольск · от 3 500 до 4 200 ₽ за смену, на руки"
    )
    assert await _card_line(english, "storekeeper") == (
        "Склад-Сервис · Подольск · 3,500–4,200 ₽ per shift, на руки"
    )


async def test_a_whole_amount_salary_without_a_period_reads_as_before(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    russian = harness.chat(user_id=2002)
    assert await _card_line(russian, "accountant") == (
        "Pyrus · Москва · от 250 000 до 350 000 ₽, на руки"
    )
    english = harness.chat(user_id=2001, language_code="en")
    assert await _card_line(english, "accountant") == (
        "Pyrus · Москва · 250,000–350,000 ₽, на руки"
    )


async def test_the_bot_answers_what_it_pays_from_the_salary(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path, hourly=HOURLY_IN_THE_NOTE)
    candidate = harness.chat(user_id=2001, first_name="Ann", language_code="en")
    await candidate.send("/start warehouse-associate")
    await candidate.send("How much is the hourly pay?")
    assert "Salary: 18.25–20.25 $, per hour" in candidate.last_message().text


async def test_the_bot_answers_how_much_a_shift_pays(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    candidate = harness.chat(user_id=2002)
    await candidate.send("/start storekeeper")
    await candidate.send("Сколько платят за смену?")
    assert "Зарплата: от 3 500 до 4 200 ₽ за смену, на руки" in candidate.last_message().text
    english = harness.chat(user_id=2001, language_code="en")
    await english.send("/start warehouse-associate")
    await english.send("What is the hourly pay?")
    assert "Salary: 18.25–20.25 $ per hour" in english.last_message().text


async def test_reload_reports_a_change_of_cents_and_not_a_change_of_writing(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path, hourly=HOURLY_IN_THE_NOTE)
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    source = _file(harness, "warehouse-associate")
    source.write_text(HOURLY_IN_THE_NOTE.replace("to: 20.25", "to: 20.50"), encoding="utf-8")
    await admin.send("/reload")
    assert "Изменены:\n• warehouse-associate: зарплата" in admin.last_message().text

    # 20.50 written as 20.5, 18.25 as a quoted "18.250": the same amounts, no change
    source.write_text(
        HOURLY_IN_THE_NOTE.replace("to: 20.25", "to: 20.5").replace(
            "from: 18.25", 'from: "18.250"'
        ),
        encoding="utf-8",
    )
    await admin.send("/reload")
    assert "Изменены" not in admin.last_message().text

    # a broken amount keeps the last good version live and names the file and line
    source.write_text(HOURLY_IN_THE_NOTE.replace("to: 20.25", "to: 20.505"), encoding="utf-8")
    await admin.send("/reload")
    report = admin.last_message().text
    assert (
        "• warehouse-associate.md:7: поле 'salary.to': в '20.505' больше двух цифр после точки"
    ) in report
    candidate = harness.chat(user_id=2002)
    await candidate.send("/start warehouse-associate")
    assert "от 18,25 до 20,50 $, per hour" in candidate.last_message().text


async def test_reload_refuses_an_unknown_period_naming_the_file_and_line(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    source = _file(harness, "storekeeper")
    source.write_text(SHIFT.replace("за смену", "в сутки"), encoding="utf-8")
    await admin.send("/reload")
    report = admin.last_message().text
    assert (
        "• storekeeper.md:9: поле 'salary.period': 'в сутки' — не период оплаты; напишите "
        "один из: час, смена, день, неделя, месяц, год"
    ) in report
    # the last good version stays live
    candidate = harness.chat(user_id=2002)
    await candidate.send("/start storekeeper")
    assert "от 3 500 до 4 200 ₽ за смену, на руки" in candidate.last_message().text

    # a period that changes is a changed salary; the same period written another way is not
    source.write_text(SHIFT.replace("за смену", "в день"), encoding="utf-8")
    await admin.send("/reload")
    assert "Изменены:\n• storekeeper: зарплата" in admin.last_message().text
    source.write_text(SHIFT.replace("за смену", "Daily"), encoding="utf-8")
    await admin.send("/reload")
    assert "Изменены" not in admin.last_message().text
    await candidate.send("/start storekeeper")
    assert "от 3 500 до 4 200 ₽ в день, на руки" in candidate.last_message().text


async def test_a_channel_post_shows_the_rate_and_follows_a_change_of_cents(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path, hourly=HOURLY_IN_THE_NOTE, channel_ids=(CHANNEL,))
    channel = harness.channel(CHANNEL, "Jobs")
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    await admin.send("/announce warehouse-associate")
    await admin.press("Опубликовать в Jobs")
    post = channel.last_message()
    assert post.text.splitlines()[1] == "Northwind · Denver · 18.25–20.25 $, per hour"

    await admin.send("/reload")  # nothing changed: the post is left alone
    assert post.edits == 0
    _file(harness, "warehouse-associate").write_text(
        HOURLY_IN_THE_NOTE.replace("from: 18.25", "from: 18.75"), encoding="utf-8"
    )
    await admin.send("/reload")
    assert post.edits == 1
    assert post.text.splitlines()[1] == "Northwind · Denver · 18.75–20.25 $, per hour"


async def test_a_channel_post_says_the_period_and_follows_a_change_of_it(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path, channel_ids=(CHANNEL,))
    channel = harness.channel(CHANNEL, "Вакансии")
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    await admin.send("/announce storekeeper")
    await admin.press("Опубликовать в Вакансии")
    post = channel.last_message()
    assert post.text.splitlines()[1] == (
        "Склад-Сервис · Подольск · от 3 500 до 4 200 ₽ за смену, на руки"
    )
    await admin.send("/reload")  # nothing changed: the post is left alone
    assert post.edits == 0
    _file(harness, "storekeeper").write_text(
        SHIFT.replace("за смену", "в час").replace("3500", "450").replace("4200", "520"),
        encoding="utf-8",
    )
    await admin.send("/reload")
    assert post.edits == 1
    assert post.text.splitlines()[1] == "Склад-Сервис · Подольск · от 450 до 520 ₽ в час, на руки"
