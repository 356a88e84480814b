"""A salary's period as candidates and admins meet it: the card, answers, /reload, channels."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ADMIN_ID, MakeHarness
from tests.harness import Harness

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
    "## Duties\n- pick and pack orders\n"
)
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


async def _bot(make_harness: MakeHarness, tmp_path: Path, **overrides: object) -> Harness:
    sources = []
    for name, text in (
        ("warehouse-associate", HOURLY),
        ("storekeeper", SHIFT),
        ("accountant", MONTHLY_BEFORE),
    ):
        source = tmp_path / f"{name}.md"
        source.write_text(text, encoding="utf-8")
        sources.append(source)
    return await make_harness(*sources, **overrides)


def _file(harness: Harness, slug: str) -> Path:
    folder: Path = harness.dp["catalog"].folder
    return folder / f"{slug}.md"


async def test_the_card_says_an_hourly_and_a_per_shift_salary_in_each_language(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    english = harness.chat(user_id=2001, first_name="Ann", language_code="en")
    russian = harness.chat(user_id=2002, first_name="Аня")
    await english.send("/start warehouse-associate")
    assert english.last_message().text.splitlines()[1] == (
        "Northwind · Denver · 18.25–20.25 $ per hour"
    )
    await russian.send("/start warehouse-associate")
    assert russian.last_message().text.splitlines()[1] == (
        "Northwind · Denver · от 18,25 до 20,25 $ в час"
    )
    await russian.send("/start storekeeper")
    assert russian.last_message().text.splitlines()[1] == (
        "Склад-Сервис · Подольск · от 3 500 до 4 200 ₽ за смену, на руки"
    )
    await english.send("/start storekeeper")
    assert english.last_message().text.splitlines()[1] == (
        "Склад-Сервис · Подольск · 3,500–4,200 ₽ per shift, на руки"
    )


async def test_a_whole_amount_salary_without_a_period_reads_as_before(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    russian = harness.chat(user_id=2002)
    await russian.send("/start accountant")
    assert russian.last_message().text.splitlines()[1] == (
        "Pyrus · Москва · от 250 000 до 350 000 ₽, на руки"
    )
    english = harness.chat(user_id=2001, language_code="en")
    await english.send("/start accountant")
    assert english.last_message().text.splitlines()[1] == (
        "Pyrus · Москва · 250,000–350,000 ₽, на руки"
    )


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
