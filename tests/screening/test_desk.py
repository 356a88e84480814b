"""The HR desk's pure rules and texts: which buttons a status keeps, templates, the spreadsheet's
text-only cells, the funnel's arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.postings.models import Messages
from bot.screening.desk import (
    Change,
    decisions_for,
    fill,
    proposed_text,
    render_status,
)
from bot.screening.export import Table, is_risky, to_csv
from bot.screening.funnel import Line, funnel_text, percent


@pytest.mark.parametrize(
    ("status", "buttons"),
    [
        ("new", ("i", "r", "s", "w")),
        ("flagged", ("i", "r", "s", "w")),
        ("reserve", ("i", "r", "w")),
        ("invited", ("r", "w")),
        ("rejected", ("w",)),
        ("withdrawn", ()),
        ("no-such-status", ()),
    ],
)
def test_a_summary_keeps_the_buttons_its_status_allows(status: str, buttons: tuple[str]) -> None:
    assert decisions_for(status) == buttons


def test_templates_fill_name_and_title_and_leave_other_braces_alone() -> None:
    assert fill("{name}: {title} {x} {{y}}", "<b>Курьер</b>", "Анна") == (
        "Анна: <b>Курьер</b> {x} {{y}}"
    )
    own = Messages(reserve="{name}, вы в резерве на «{title}»")
    assert proposed_text(own, "s", "ru", "Курьер", "Анна") == "Анна, вы в резерве на «Курьер»"
    default = proposed_text(own, "i", "en", "Courier", "Ann")  # no invite template: the locale's
    assert default.startswith("Hello, Ann! Thank you for applying for “Courier”.")
    assert proposed_text(None, "r", "ru", "Курьер", "").startswith("Здравствуйте, !")


def test_the_status_block_names_who_decided_or_that_they_erased_their_data() -> None:
    at = dt.datetime(2026, 12, 3, 14, 30, tzinfo=dt.UTC)
    block = render_status(
        "rejected",
        [
            Change("invited", "Ольга <b>", 5001, at),
            Change("rejected", None, None, at + dt.timedelta(hours=1)),
        ],
        "ru",
    )
    assert block.text == (
        "\n\n———\nСтатус: ❌ отказ\n"
        "03.12.2026 14:30 UTC — ✅ приглашён, Ольга <b> (id 5001)\n"
        "03.12.2026 15:30 UTC — ❌ отказ, HR (данные удалены)"
    )
    assert [e.type for e in block.entities] == ["bold"]


@pytest.mark.parametrize(
    ("value", "risky"),
    [
        ("=1+1", True),
        ("+7 912", True),
        ("-5", True),
        ("@anna", True),
        ("\t=cmd", True),
        ("Анна", False),
        ("1=1", False),
        (42, False),
        (None, False),
    ],
)
def test_cells_a_spreadsheet_could_read_as_a_formula(value: object, risky: bool) -> None:
    assert is_risky(value) is risky


def test_csv_is_utf8_with_bom_and_semicolons_and_quotes_risky_cells() -> None:
    table = Table(["№", "Ответ"], [[1, '=HYPERLINK("x";"y")'], [2, "да; нет"]])
    raw = to_csv(table)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == (
        '№;Ответ\r\n1;"\'=HYPERLINK(""x"";""y"")"\r\n2;"да; нет"\r\n'
    )


def test_the_funnels_conversions_step_by_step() -> None:
    line = Line()
    for stage, count in (("viewed", 120), ("started", 40), ("submitted", 30), ("invited", 0)):
        line.add(stage, count, [])
    line.add("submitted", 0, [60, 180, 120])
    assert funnel_text(line, "ru") == "120 → 40 (33%) → 30 (75%) → 0 (0%)"
    assert line.median_seconds == 120
    assert percent(1, 0) == "—"
