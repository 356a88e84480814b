"""Pressed: a typed callback filter that reads the prefix before unpacking."""

from __future__ import annotations

import datetime as dt

import pytest
from aiogram import F
from aiogram.types import CallbackQuery, Chat, Message, User
from pydantic import ValidationError

from bot.filters import Pressed
from bot.keyboards import AnswerCB, ConsentCB

USER = User(id=1, is_bot=False, first_name="Анна")


def press(data: str | None) -> CallbackQuery:
    shown = Message(
        message_id=1, date=dt.datetime.now(dt.UTC), chat=Chat(id=1, type="private"), text="x"
    )
    return CallbackQuery(id="1", from_user=USER, chat_instance="c", message=shown, data=data)


async def test_a_press_of_another_kind_is_refused_without_unpacking(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unpack(value: str) -> AnswerCB:
        raise AssertionError(f"unpacked {value}")

    monkeypatch.setattr(AnswerCB, "unpack", classmethod(lambda cls, value: unpack(value)))
    pressed = Pressed(AnswerCB)
    assert await pressed(press(ConsentCB(action="yes", slug="job").pack())) is False
    assert await pressed(press("s:job:1")) is False  # «s» is a prefix of «sa», not «sa:»
    assert await pressed(press(None)) is False


async def test_a_press_of_its_kind_is_unpacked_as_aiogram_does() -> None:
    data = AnswerCB(qid="city", action="c", i=2).pack()
    assert await Pressed(AnswerCB)(press(data)) == {
        "callback_data": AnswerCB(qid="city", action="c", i=2)
    }
    assert await Pressed(AnswerCB, F.action == "s")(press(data)) is False
    assert await Pressed(AnswerCB)(press("sa:city:c:99999")) is False  # out of range: refused


async def test_the_same_press_is_unpacked_once_and_refused_data_stays_refused() -> None:
    data = AnswerCB(qid="shift", action="c", i=1).pack()
    first = await Pressed(AnswerCB)(press(data))
    again = await Pressed(AnswerCB, F.action == "c")(press(data))
    assert first and again and first["callback_data"] is again["callback_data"]
    assert await Pressed(AnswerCB, F.action == "s")(press(data)) is False  # the rule still applies
    for _ in range(2):
        assert await Pressed(AnswerCB)(press("sa:shift:c:99999")) is False


async def test_unpacked_button_data_cannot_be_changed() -> None:
    # One unpacked value serves every press of a button: a handler that changed it would change
    # what the next candidate's press means.
    data = AnswerCB(qid="shift", action="c", i=1).pack()
    unpacked = (await Pressed(AnswerCB)(press(data)))["callback_data"]
    with pytest.raises(ValidationError):
        unpacked.i = 2
