"""Keyboards built without InlineKeyboardBuilder lay buttons out exactly as it does."""

from __future__ import annotations

import pytest
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.keyboards import PostingCB, inline_rows, labelled, summary_keyboard, summary_markup
from bot.screening.desk import STATUS_LETTER


@pytest.mark.parametrize(
    ("count", "sizes"),
    [(1, (2,)), (2, (2,)), (5, (2,)), (3, (1, 2)), (6, (1, 2)), (7, (3, 1, 2)), (4, (1,))],
)
def test_rows_match_the_builders_layout(count: int, sizes: tuple[int, ...]) -> None:
    buttons = [(f"Кнопка {n}", PostingCB(action="open", slug=f"p{n}")) for n in range(count)]
    builder = InlineKeyboardBuilder()
    for text, data in buttons:
        builder.button(text=text, callback_data=data)
    builder.adjust(*sizes)
    assert inline_rows(buttons, sizes) == builder.as_markup()


def test_labelled_buttons_carry_the_locale_text_and_packed_data() -> None:
    markup = labelled(
        "ru",
        ("browse.apply_button", PostingCB(action="apply", slug="courier")),
        ("browse.back_button", PostingCB(action="open", slug="courier")),
    )
    [[apply, back]] = markup.inline_keyboard
    assert (apply.text, apply.callback_data) == ("Откликнуться", "p:apply:courier")
    assert back.callback_data == "p:open:courier"


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("status", [*STATUS_LETTER, "unknown"])
def test_a_new_summary_stores_the_buttons_summary_keyboard_draws(status: str, lang: str) -> None:
    """The JSON a new summary's buttons are stored as is what ``summary_keyboard`` dumps to,
    for every status, language and application id."""
    for application_id in (1, 7, 12_345, 2**63 - 1):
        markup = summary_keyboard(application_id, status, lang)
        drawn = None if markup is None else markup.model_dump(mode="json", exclude_none=True)
        assert summary_markup(application_id, status, lang) == drawn


@pytest.mark.parametrize("application_id", [0, -3, 2**63])
def test_a_summary_markup_refuses_what_hr_buttons_cannot_carry(application_id: int) -> None:
    with pytest.raises(ValueError):
        summary_markup(application_id, "new", "ru")
