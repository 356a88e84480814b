"""An hourly salary with cents, as candidates and admins meet it: the card, /reload, channels."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ADMIN_ID, MakeHarness
from tests.harness import Harness

SLUG = "warehouse-associate"
CHANNEL = -1001234567890
HOURLY = (
    "---\n"
    "title: Warehouse Associate\n"
    f"slug: {SLUG}\n"
    "lang: en\n"
    "company: Northwind\n"
    "city: Denver\n"
    "salary: {from: 18.25, to: 20.25, currency: USD, note: per hour}\n"
    "---\n"
    "## Duties\n- pick and pack orders\n\n"
    "## Benefits\n- paid weekly\n- health insurance\n"
)


async def _bot(make_harness: MakeHarness, tmp_path: Path, **overrides: object) -> Harness:
    source = tmp_path / f"{SLUG}.md"
    source.write_text(HOURLY, encoding="utf-8")
    return await make_harness(source, **overrides)


def _file(harness: Harness) -> Path:
    folder: Path = harness.dp["catalog"].folder
    return folder / f"{SLUG}.md"


async def test_the_card_says_the_hourly_rate_in_each_language(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    english = harness.chat(user_id=2001, first_name="Ann", language_code="en")
    await english.send(f"/start {SLUG}")
    assert english.last_message().text.splitlines()[1] == (
        "Northwind · Denver · 18.25–20.25 $, per hour"
    )
    russian = harness.chat(user_id=2002)
    await russian.send(f"/start {SLUG}")
    assert russian.last_message().text.splitlines()[1] == (
        "Northwind · Denver · от 18,25 до 20,25 $, per hour"
    )


async def test_the_bot_answers_what_it_pays_from_the_salary(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    candidate = harness.chat(user_id=2001, first_name="Ann", language_code="en")
    await candidate.send(f"/start {SLUG}")
    await candidate.send("How much is the hourly pay?")
    assert "Salary: 18.25–20.25 $, per hour" in candidate.last_message().text


async def test_reload_reports_a_change_of_cents_and_not_a_change_of_writing(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path)
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    source = _file(harness)
    source.write_text(HOURLY.replace("to: 20.25", "to: 20.50"), encoding="utf-8")
    await admin.send("/reload")
    assert f"Изменены:\n• {SLUG}: зарплата" in admin.last_message().text

    # 20.50 written as 20.5, 18.25 as a quoted "18.250": the same amounts, no change
    source.write_text(
        HOURLY.replace("to: 20.25", "to: 20.5").replace("from: 18.25", 'from: "18.250"'),
        encoding="utf-8",
    )
    await admin.send("/reload")
    assert "Изменены" not in admin.last_message().text

    # a broken amount keeps the last good version live and names the file and line
    source.write_text(HOURLY.replace("to: 20.25", "to: 20.505"), encoding="utf-8")
    await admin.send("/reload")
    report = admin.last_message().text
    assert f"• {SLUG}.md:7: поле 'salary.to': в '20.505' больше двух цифр после точки" in report
    candidate = harness.chat(user_id=2002)
    await candidate.send(f"/start {SLUG}")
    assert "от 18,25 до 20,50 $, per hour" in candidate.last_message().text


async def test_a_channel_post_shows_the_rate_and_follows_a_change_of_cents(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    harness = await _bot(make_harness, tmp_path, channel_ids=(CHANNEL,))
    channel = harness.channel(CHANNEL, "Jobs")
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    await admin.send(f"/announce {SLUG}")
    await admin.press("Опубликовать в Jobs")
    post = channel.last_message()
    assert post.text.splitlines()[1] == "Northwind · Denver · 18.25–20.25 $, per hour"

    await admin.send("/reload")  # nothing changed: the post is left alone
    assert post.edits == 0
    _file(harness).write_text(HOURLY.replace("from: 18.25", "from: 18.75"), encoding="utf-8")
    await admin.send("/reload")
    assert post.edits == 1
    assert post.text.splitlines()[1] == "Northwind · Denver · 18.75–20.25 $, per hour"
