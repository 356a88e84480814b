"""Keyboards built without InlineKeyboardBuilder lay buttons out exactly as it does."""

from __future__ import annotations

import pytest
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.keyboards import PostingCB, inline_rows, labelled


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
