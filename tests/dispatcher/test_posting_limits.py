"""A posting at every limit still opens with all its buttons; one over is refused by /reload."""

from __future__ import annotations

from pathlib import Path

from bot.postings.models import MAX_SECTIONS
from tests.conftest import ADMIN_ID, MakeHarness


def sections(count: int) -> str:
    return "".join(f"## Раздел номер {n}\n- пункт {n}\n\n" for n in range(count))


async def test_a_card_with_the_most_sections_allowed_fits_telegram(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    widest = tmp_path / "widest.md"
    widest.write_text("---\ntitle: Широкая\nslug: widest\n---\nВступление.\n\n" + sections(40))
    harness = await make_harness(widest)
    chat = harness.chat()
    await chat.send("/start widest")  # the harness refuses a keyboard of over 100 buttons
    buttons = chat.last_message().buttons
    assert len(buttons) == MAX_SECTIONS + 3  # the intro, every section, ask and apply
    assert buttons[-2:] == ["Задать вопрос", "Откликнуться"]
    await chat.press("Раздел номер 39")
    assert "пункт 39" in chat.last_message().text


async def test_one_section_over_the_limit_is_refused_with_the_limit_named(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    ok = tmp_path / "ok.md"
    ok.write_text("---\ntitle: Обычная\nslug: ok\n---\n" + sections(3))
    harness = await make_harness(ok)
    folder = harness.dp["catalog"].folder
    (folder / "wide.md").write_text("---\ntitle: Широкая\nslug: wide\n---\n" + sections(97))
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send("/reload")
    report = admin.last_message().text
    assert "• wide.md:125: разделов 97, а предел — 40" in report
    candidate = harness.chat()
    await candidate.send("/start wide")
    assert "Широкая" not in candidate.last_message().text
