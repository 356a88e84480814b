"""Two bot processes in webhook mode share PostgreSQL and Redis behind a small round-robin
forwarder (a load balancer); a candidate's questionnaire bounces between them, one of them is
SIGKILLed mid-flow, and the summary reaches HR exactly once with every answer once."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from aiohttp import web

from emulator import Emulator, Group, User
from tests.e2e.conftest import BotProcess
from tests.e2e.test_production import (
    ANSWERS,
    SECRET,
    free_port,
    open_and_consent,
    summaries,
    wait_for,
)


class RoundRobin:
    """Forwards each POST to the next instance in turn; 502 when that one does not answer (so
    Telegram retries, and the retry goes to the other one)."""

    def __init__(self, upstreams: list[str]) -> None:
        self.upstreams = upstreams
        self._turn = itertools.cycle(range(len(upstreams)))
        self.sent_to: list[int] = []
        self.port = free_port()
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/telegram/hook", self.forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def forward(self, request: web.Request) -> web.Response:
        index = next(self._turn)
        self.sent_to.append(index)
        headers = {k: v for k, v in request.headers.items() if k.lower().startswith("x-telegram")}
        headers["Content-Type"] = "application/json"
        try:
            async with (
                aiohttp.ClientSession() as session,
                session.post(
                    self.upstreams[index] + request.path,
                    data=await request.read(),
                    headers=headers,
                ) as answer,
            ):
                return web.Response(status=answer.status, body=await answer.read())
        except aiohttp.ClientError:
            return web.Response(status=502, text="Bad Gateway")


@pytest.fixture
async def balancer() -> AsyncIterator[RoundRobin]:
    ports = [free_port(), free_port()]
    forwarder = RoundRobin([f"http://127.0.0.1:{port}" for port in ports])
    await forwarder.start()
    yield forwarder
    await forwarder.stop()


async def test_two_instances_share_a_questionnaire_and_survive_a_sigkill(
    emu: Emulator,
    tmp_path: Path,
    postings: Path,
    candidate: User,
    hr_group: Group,
    postgres_url: str,
    redis_url: str,
    balancer: RoundRobin,
) -> None:
    emu.webhook.retry_first = 0.1
    instances = []
    for n, upstream in enumerate(balancer.upstreams):
        folder = tmp_path / f"instance{n}"
        folder.mkdir()
        process = BotProcess(emu, folder, postings, folder / "unused.sqlite3")
        process.extra_env = {
            "DATABASE_URL": postgres_url,
            "REDIS_URL": redis_url,
            "WEBHOOK_URL": f"http://127.0.0.1:{balancer.port}/telegram/hook",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_LISTEN": upstream.removeprefix("http://"),
        }
        process.ready_method = "setWebhook"
        instances.append(process)
    first, second = instances
    try:
        for process in instances:
            await process.start()
        await open_and_consent(candidate)
        await candidate.send(ANSWERS[0].format(n=1))
        await wait_for(candidate, "Вопрос 2 из 4")
        await candidate.send(ANSWERS[1].format(n=1))
        await first.kill()  # mid-flow, maybe with this very update in its hands
        await wait_for(candidate, "Вопрос 3 из 4")  # from the other instance
        await candidate.send(ANSWERS[2].format(n=1))
        await wait_for(candidate, "Вопрос 4 из 4")
        await candidate.send(ANSWERS[3].format(n=1))
        await wait_for(candidate, "Проверьте анкету")
        await candidate.press("Отправить")
        await wait_for(candidate, "отклик отправлен")
        deadline = time.monotonic() + 30
        while not summaries(hr_group):
            assert time.monotonic() < deadline, hr_group.render()
            await asyncio.sleep(0.1)
        await asyncio.sleep(6)  # more than the outbox's idle pass: a second copy would show
    finally:
        for process in instances:
            code = await process.stop()
            print(f"----- {process.workdir.name} (exit code {code}) -----\n{process.output()}")
    # Both instances took updates of this one candidate.
    assert "is handled" in first.output() and "is handled" in second.output()
    assert {0, 1} <= set(balancer.sent_to)
    [summary] = summaries(hr_group)
    expected = [text.format(n=1) for text in ANSWERS]
    for value in expected:
        assert (summary.text or "").count(value) == 1, summary.text
    db = await asyncpg.connect(postgres_url)
    try:
        rows = await db.fetch(
            "SELECT a.user_id, s.answer_text FROM applications a "
            "JOIN answers s ON s.application_id = a.id ORDER BY s.position"
        )
    finally:
        await db.close()
    assert [(r["user_id"], r["answer_text"]) for r in rows] == [
        (candidate.id, value) for value in expected
    ]
