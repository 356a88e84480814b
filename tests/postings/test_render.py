"""Markdown to Telegram text and entities, and splitting long texts."""

from __future__ import annotations

from itertools import pairwise

import pytest

from bot.postings import load_posting
from bot.postings.render import Rendered, TextBuilder, render_markdown, split_rendered, utf16_len
from tests.conftest import SAMPLES, SHIPPED


def piece(rendered: Rendered, kind: str) -> list[str]:
    raw = rendered.text.encode("utf-16-le")
    return [
        raw[e.offset * 2 : (e.offset + e.length) * 2].decode("utf-16-le")
        for e in rendered.entities
        if e.type == kind
    ]


def test_bold_italic_links_and_bullets() -> None:
    rendered = render_markdown(
        "**Жирный** и *курсив*, [ссылка](https://example.org)\n\n- один\n- два"
    )
    assert rendered.text == "Жирный и курсив, ссылка\n\n• один\n• два"
    assert piece(rendered, "bold") == ["Жирный"]
    assert piece(rendered, "italic") == ["курсив"]
    assert piece(rendered, "text_link") == ["ссылка"]
    assert rendered.entities[-1].url == "https://example.org"


def test_ordered_lists_keep_numbers() -> None:
    assert render_markdown("1. a\n2. b").text == "1. a\n2. b"


def test_emoji_offsets_are_counted_in_utf16() -> None:
    rendered = render_markdown("🚲 **курьер**")
    assert piece(rendered, "bold") == ["курьер"]
    assert rendered.entities[0].offset == 3  # the bicycle is two UTF-16 units


def test_html_and_ampersands_stay_text() -> None:
    rendered = render_markdown("<b>не тег</b> & </a>")
    assert rendered.text == "<b>не тег</b> & </a>"
    assert rendered.entities == ()


def test_unclosed_markdown_never_fails() -> None:
    rendered = render_markdown("**незакрытый [ссылка](")
    assert "незакрытый" in rendered.text


def test_seed_sections_render_with_entities() -> None:
    posting = load_posting(SHIPPED / "tech-support-specialist.md")
    intro = render_markdown(posting.intro)
    assert piece(intro, "bold")[:2] == ["Pyrus", "Наш продукт"]
    conditions = render_markdown(posting.sections[-1].markdown)
    assert conditions.text.splitlines()[2] == "• график работы 5/2, 8-часовой рабочий день;"


def test_split_keeps_lines_whole_and_entities_in_range() -> None:
    builder = TextBuilder()
    for number in range(600):
        builder.add(f"Строка номер {number} ", "bold").add("— обычный текст & <b>\n")
    parts = split_rendered(builder.build())
    assert len(parts) > 1
    for part in parts:
        size = utf16_len(part.text)
        assert size <= 4096
        assert part.text.startswith("Строка номер")
        for entity in part.entities:
            assert entity.offset + entity.length <= size
    assert "".join(p.text + "\n" for p in parts).count("Строка номер") == 600


def test_a_single_huge_line_is_cut_at_spaces() -> None:
    parts = split_rendered(Rendered("слово " * 2000))
    assert all(utf16_len(p.text) <= 4096 for p in parts)
    assert sum(p.text.count("слово") for p in parts) == 2000


@pytest.mark.parametrize("limit", [7, 8, 4096])
def test_a_part_with_no_break_is_the_longest_that_fits_emoji_counting_two(limit: int) -> None:
    text = "аб😀в🚲🚲г" * 2000  # no line break, no space: cut where the limit falls
    parts = split_rendered(Rendered(text), limit=limit)
    assert "".join(p.text for p in parts) == text
    for part, after in pairwise(parts):
        assert utf16_len(part.text) <= limit < utf16_len(part.text + after.text[0])


def test_every_sample_section_fits_telegram() -> None:
    for path in sorted(SAMPLES.glob("*.md")):
        posting = load_posting(path)
        for section in posting.sections:
            for part in split_rendered(render_markdown(section.markdown)):
                assert 0 < utf16_len(part.text) <= 4096


def test_a_table_reads_as_items_without_its_header_row() -> None:
    rendered = render_markdown(
        "| Параметр | Что предлагаем |\n|---|---|\n"
        "| **Зарплата** | оклад 38 000 ₽ |\n| Офис | ул. Ново-Садовая, 106 |\n"
    )
    assert rendered.text == "• Зарплата: оклад 38 000 ₽\n• Офис: ул. Ново-Садовая, 106"
    assert "|" not in rendered.text and "Параметр" not in rendered.text
