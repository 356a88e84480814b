"""The bot as its own process with DATABASE_URL=postgresql://…: SIGKILLed twice mid-questionnaire,
it resumes at the same question, and the application and its summary exist once, in PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from emulator import Emulator, Group, User
from tests.e2e.conftest import BotProcess
from tests.e2e.test_questionnaire import (
    BACKEND,
    HANDLED_WAIT,
    SUMMARY_WAIT,
    answer,
    begin,
    submit,
    summaries,
    wait_for_summary,
)
from tests.e2e.test_questionnaire import postings as postings


class PostgresBotProcess(BotProcess):
    """The bot process, its database a PostgreSQL one."""

    def __init__(self, emu: Emulator, workdir: Path, postings: Path, url: str) -> None:
        super().__init__(emu, workdir, postings, workdir / "data" / "unused.sqlite3")
        self.url = url

    def env(self) -> dict[str, str]:
        return super().env() | {"DATABASE_URL": self.url}


@pytest.fixture
async def bot(
    emu: Emulator, tmp_path: Path, postings: Path, postgres_url: str
) -> AsyncIterator[PostgresBotProcess]:
    process = PostgresBotProcess(emu, tmp_path, postings, postgres_url)
    await process.start()
    try:
        yield process
    finally:
        code = await process.stop()
        print(f"----- bot output (exit code {code}) -----\n{process.output()}")


async def test_sigkilled_twice_on_postgresql_the_application_is_stored_once(
    emu: Emulator, bot: PostgresBotProcess, candidate: User, hr_group: Group
) -> None:
    await begin(candidate, BACKEND)
    await answer(candidate, "Анна")
    third = await answer(candidate, "5")
    assert (third.text or "").startswith("Вопрос 3 из 6"), third.render()
    await bot.wait_handled(HANDLED_WAIT)
    await bot.kill()  # the questionnaire's state lives in PostgreSQL, not in the process
    await bot.start()
    await candidate.press("Да", third)
    fourth = await candidate.wait_for_reply()
    assert (fourth.text or "").startswith("Вопрос 4 из 6"), fourth.render()
    await candidate.press("B2")
    await candidate.wait_for_reply()
    await bot.wait_handled(HANDLED_WAIT)
    await bot.kill()
    await bot.start()
    await answer(candidate, "Казань")
    review = await answer(candidate, "+7 912 345-67-89")
    assert "Проверьте анкету" in (review.text or ""), review.render()
    await submit(candidate)

    summary = (await wait_for_summary(emu, hr_group, SUMMARY_WAIT)).text or ""
    assert summary.count("Казань") == 1 and summary.count("B2") == 1, summary
    assert len(summaries(hr_group)) == 1
    assert not bot.database.exists()  # nothing went to an SQLite file
    conn = await asyncpg.connect(bot.url)
    try:
        rows = await conn.fetch(
            "SELECT a.posting_slug, s.question_id, s.answer_text FROM applications AS a"
            " JOIN answers AS s ON s.application_id = a.id ORDER BY s.position"
        )
        sent = await conn.fetchval("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
    finally:
        await conn.close()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (BACKEND, "name", "Анна"),
        (BACKEND, "experience", "5"),
        (BACKEND, "asyncio", "Да"),
        (BACKEND, "english", "B2"),
        (BACKEND, "relocation", "Казань"),
        (BACKEND, "contact", "+7 912 345-67-89"),
    ]
    assert sent == 1
    emu.assert_no_errors()
    bot.assert_clean_log()
