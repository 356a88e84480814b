"""With a webhook set, the emulator POSTs updates to it as Telegram does: the secret header, one
update per request, retried until a 2xx; getUpdates refuses meanwhile."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from emulator import Emulator
from tests.emulator.conftest import Call

SECRET = "s3cret_Token-1"


@dataclass
class Receiver:
    """A small webhook endpoint that answers with the statuses it is told, then 200."""

    statuses: list[int] = field(default_factory=list)
    received: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    url: str = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token", ""), await request.json())
        )
        status = self.statuses.pop(0) if self.statuses else 200
        return web.json_response({}, status=status)

    def ids(self) -> list[int]:
        return [update["update_id"] for _, update in self.received]


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    app = web.Application()
    found = Receiver()
    app.router.add_post("/hook", found.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    found.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield found
    await runner.cleanup()


async def wait_until(condition: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_updates_are_posted_with_the_secret_header(
    emu: Emulator, call: Call, receiver: Receiver
) -> None:
    status, _ = await call("setWebhook", url=receiver.url, secret_token=SECRET)
    assert status == 200
    await emu.user(1001).send("/start")
    await wait_until(lambda: len(receiver.received) == 1)
    secret, update = receiver.received[0]
    assert secret == SECRET
    assert update["message"]["text"] == "/start"
    await emu.wait_idle()
    _, info = await call("getWebhookInfo")
    assert info["result"]["url"] == receiver.url
    assert info["result"]["pending_update_count"] == 0
    assert "last_error_message" not in info["result"]


async def test_a_non_2xx_answer_is_retried_until_accepted(
    emu: Emulator, call: Call, receiver: Receiver
) -> None:
    emu.webhook.retry_first = 0.05
    receiver.statuses = [500, 401]
    await call("setWebhook", url=receiver.url, secret_token=SECRET)
    await emu.user(1001).send("one")
    await wait_until(lambda: len(receiver.received) == 3)
    assert receiver.ids() == [1, 1, 1]
    assert [status for _, status in emu.webhook.attempts] == [500, 401, 200]
    await emu.wait_idle()
    _, info = await call("getWebhookInfo")
    assert info["result"]["pending_update_count"] == 0
    last_error = info["result"]["last_error_message"]
    assert last_error == "Wrong response from the webhook: 401 Unauthorized"


async def test_an_unreachable_webhook_keeps_the_update(emu: Emulator, call: Call) -> None:
    emu.webhook.retry_first = 0.05
    await call("setWebhook", url="http://127.0.0.1:9/hook", secret_token=SECRET)
    await emu.user(1001).send("kept")
    await wait_until(lambda: len(emu.webhook.attempts) >= 2)
    _, info = await call("getWebhookInfo")
    assert info["result"]["pending_update_count"] == 1
    assert info["result"]["last_error_message"].startswith("Connection failed")
    status, body = await call("getUpdates")
    assert status == 409 and "webhook is active" in body["description"]
    await call("deleteWebhook")
    status, body = await call("getUpdates")  # the update waited for whoever asks next
    assert status == 200 and [u["message"]["text"] for u in body["result"]] == ["kept"]


async def test_one_chat_waits_for_its_earlier_update(
    emu: Emulator, call: Call, receiver: Receiver
) -> None:
    emu.webhook.retry_first = 0.2
    receiver.statuses = [503]  # the first update of user 1001 fails once
    await call("setWebhook", url=receiver.url, secret_token=SECRET)
    await emu.user(1001).send("first")
    await wait_until(lambda: len(receiver.received) == 1)
    await emu.user(1001).send("second")
    await emu.user(2002).send("other chat")
    await wait_until(lambda: len(receiver.received) == 4)
    texts = [update["message"]["text"] for _, update in receiver.received]
    # The other chat goes on at once; "second" waits until "first" was accepted.
    assert texts == ["first", "other chat", "first", "second"]


async def test_the_emulator_calls_no_other_machine(emu: Emulator, call: Call) -> None:
    emu.webhook.retry_first = 0.05
    await call("setWebhook", url="https://example.org/hook", secret_token=SECRET)
    await emu.user(1001).send("stays here")
    await wait_until(lambda: len(emu.webhook.attempts) >= 1)
    assert emu.webhook.attempts[0] == (1, 0)
    _, info = await call("getWebhookInfo")
    assert "only webhooks on 127.0.0.1" in info["result"]["last_error_message"]


async def test_set_webhook_refuses_what_telegram_refuses(call: Call) -> None:
    status, body = await call("setWebhook", url="http://example.org/hook")
    assert status == 400 and "HTTPS URL must be provided" in body["description"]
    status, body = await call("setWebhook", url="https://example.org/h", secret_token="a b")
    assert status == 400 and "secret token" in body["description"]
    status, _ = await call("setWebhook", url="https://example.org/h", max_connections=0)
    assert status == 400


async def test_allowed_updates_of_set_webhook_filter_the_queue(
    emu: Emulator, call: Call, receiver: Receiver
) -> None:
    await call("setWebhook", url=receiver.url, secret_token=SECRET, allowed_updates=["message"])
    _, info = await call("getWebhookInfo")
    assert info["result"]["allowed_updates"] == ["message"]
    assert emu.push("callback_query", {"id": "1"}) is None
