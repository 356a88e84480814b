"""Fixtures: a running emulator, a raw HTTP caller and a real aiogram Bot pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from emulator import Emulator

TOKEN = "123456:TEST-TOKEN"
Call = Callable[..., Awaitable[tuple[int, dict[str, Any]]]]


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """A started emulator, stopped after the test."""
    async with Emulator(token=TOKEN) as emulator:
        yield emulator


@pytest.fixture
async def call(emu: Emulator) -> AsyncIterator[Call]:
    """POST a method with a JSON body; return (HTTP status, decoded body)."""
    async with aiohttp.ClientSession() as session:

        async def _call(method: str, token: str = TOKEN, **params: Any) -> tuple[int, dict]:
            url = f"{emu.base_url}/bot{token}/{method}"
            async with session.post(url, json=params) as response:
                return response.status, await response.json()

        yield _call


@pytest.fixture
async def bot(emu: Emulator) -> AsyncIterator[Bot]:
    """A real aiogram Bot talking to the emulator over HTTP."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url))
    bot = Bot(TOKEN, session=session)
    yield bot
    await bot.session.close()
