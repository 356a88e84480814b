"""Browsing presses (a posting, a section, the list) answer the press before they edit the
screen, so the answer goes out alongside the edit (``AnswersAlongside``), not a round trip
after it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.methods import AnswerCallbackQuery, EditMessageText, TelegramMethod

from bot.answering import Answerer
from bot.app import build_dispatcher
from bot.postings import Catalog
from bot.storage import Database
from bot.updates import AnswersAlongside
from tests.conftest import SAMPLES, copy_postings, make_settings
from tests.harness import TOKEN, Harness, RecordingSession

SLUG = "tech-support-specialist"


class EditWaitsForTheAnswer(RecordingSession):
    """Telegram, where an edit of the screen is answered only once the press's answer was
    sent: a handler that edits first and answers after the edit's round trip never gets one."""

    def __init__(self) -> None:
        super().__init__()
        self.answer_sent = asyncio.Event()
        self.edits_without_answer: list[str] = []

    async def make_request(
        self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None
    ) -> Any:
        if isinstance(method, AnswerCallbackQuery):
            self.answer_sent.set()
        elif isinstance(method, EditMessageText) and not self.answer_sent.is_set():
            try:
                await asyncio.wait_for(self.answer_sent.wait(), 0.5)
            except TimeoutError:
                self.edits_without_answer.append(method.text)
        return await super().make_request(bot, method, timeout)


async def test_browsing_presses_answer_alongside_the_edit(
    tmp_path: Path, answerer: Answerer
) -> None:
    folder = copy_postings(tmp_path / "postings", SAMPLES)
    settings = make_settings(tmp_path, folder)
    catalog = Catalog(folder)
    catalog.reload()
    db = await Database.open(settings.database_location)
    try:
        session = EditWaitsForTheAnswer()
        session.middleware(AnswersAlongside())
        dp = build_dispatcher(settings, catalog, db, answerer=answerer)
        harness = Harness(dp=dp, bot=Bot(TOKEN, session=session), session=session)
        chat = harness.chat()
        await chat.send(f"/start {SLUG}")
        for data in (f"s:{SLUG}:1", f"p:open:{SLUG}", "l:0"):  # a section, the card, the list
            session.answer_sent.clear()
            calls = await chat.press_data(data)
            assert sorted(c.method for c in calls) == ["AnswerCallbackQuery", "EditMessageText"]
        assert session.edits_without_answer == []
        harness.detach()
    finally:
        await db.close()
