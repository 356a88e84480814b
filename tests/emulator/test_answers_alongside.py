"""A press is answered alongside the new screen, and before its update counts as handled."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, TelegramMethod

from bot.updates import AnswersAlongside, answers_in_flight, settle

TOKEN = "123456:TEST-TOKEN"


class SlowTelegram:
    """A ``make_request`` whose answerCallbackQuery waits until released."""

    def __init__(self, fail: bool = False) -> None:
        self.release = asyncio.Event()
        self.done: list[str] = []
        self.fail = fail

    async def __call__(self, bot: Bot, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, AnswerCallbackQuery):
            await self.release.wait()
            if self.fail:
                raise TelegramBadRequest(method=method, message="Bad Request: odd")
        self.done.append(type(method).__name__)
        return True


async def test_the_screen_does_not_wait_for_the_answer() -> None:
    telegram, bot, middleware = SlowTelegram(), Bot(TOKEN), AnswersAlongside()
    answers: list[asyncio.Task[None]] = []
    token = answers_in_flight.set(answers)
    try:
        assert await middleware(telegram, bot, AnswerCallbackQuery(callback_query_id="1")) is True
        await middleware(telegram, bot, EditMessageText(text="x", chat_id=1, message_id=1))
    finally:
        answers_in_flight.reset(token)
    assert telegram.done == ["EditMessageText"]  # the new screen went while the answer waited
    settled = asyncio.ensure_future(settle(answers))
    await asyncio.sleep(0.01)
    assert not settled.done()  # the update is not recorded before its press is answered
    telegram.release.set()
    await settled
    assert telegram.done == ["EditMessageText", "AnswerCallbackQuery"]


async def test_outside_an_update_the_answer_is_awaited() -> None:
    telegram, bot, middleware = SlowTelegram(), Bot(TOKEN), AnswersAlongside()
    call = asyncio.ensure_future(
        middleware(telegram, bot, AnswerCallbackQuery(callback_query_id="1"))
    )
    await asyncio.sleep(0.01)
    assert not call.done()
    telegram.release.set()
    assert await call is True
    assert telegram.done == ["AnswerCallbackQuery"]


async def test_a_failed_answer_is_logged_and_fails_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    telegram, bot, middleware = SlowTelegram(fail=True), Bot(TOKEN), AnswersAlongside()
    answers: list[asyncio.Task[None]] = []
    token = answers_in_flight.set(answers)
    try:
        await middleware(telegram, bot, AnswerCallbackQuery(callback_query_id="1", text="secret"))
    finally:
        answers_in_flight.reset(token)
    telegram.release.set()
    with caplog.at_level(logging.INFO, logger="bot.updates"):
        await settle(answers)
    assert "button press not answered: TelegramBadRequest" in caplog.text
    assert "secret" not in caplog.text
