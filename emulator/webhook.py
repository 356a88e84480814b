"""Webhook delivery, as Telegram does it: each update POSTed as JSON with the secret header,
kept and sent again until the bot answers 2xx.

Up to ``max_connections`` requests at once, never two updates of the same chat at once and never
one before an earlier update of its chat was acknowledged (so a person's messages stay in order).
A non-2xx answer or a failed connection is recorded (``getWebhookInfo.last_error_message``) and
the update retried after a growing pause. Only URLs on this machine are called: the emulator
never reaches the network; any other URL records an error instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any

import aiohttp

from emulator.engine import BotApi, is_local_url

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RETRY_FIRST = 0.2
"""Seconds before the first retry of an update; doubles up to ``RETRY_MAX``."""
RETRY_MAX = 2.0
REQUEST_TIMEOUT = 60.0


def chat_of(update: dict[str, Any]) -> int | None:
    """The chat an update belongs to (for ordering), or None."""
    for key, body in update.items():
        if key == "update_id" or not isinstance(body, dict):
            continue
        chat = body.get("chat") or (body.get("message") or {}).get("chat")
        if isinstance(chat, dict) and "id" in chat:
            return int(chat["id"])
        sender = body.get("from")
        if isinstance(sender, dict) and "id" in sender:
            return int(sender["id"])
    return None


class WebhookDeliverer:
    """POSTs a bot's pending updates to its webhook while one is set."""

    def __init__(self, api: BotApi) -> None:
        self.api = api
        self.retry_first = RETRY_FIRST
        self.retry_max = RETRY_MAX
        self.attempts: list[tuple[int, int]] = []  # (update_id, HTTP status or 0), in order
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._not_before: dict[int, float] = {}
        self._failures: dict[int, int] = {}

    async def run(self) -> None:
        """Deliver until the emulator closes."""
        async with aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
        ) as session:
            try:
                while not self.api.closing:
                    self.api.webhook_wakeup.clear()
                    wait = self._start_due(session)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.api.webhook_wakeup.wait(), wait)
            finally:
                for task in self._in_flight.values():
                    task.cancel()
                await asyncio.gather(*self._in_flight.values(), return_exceptions=True)

    def _start_due(self, session: aiohttp.ClientSession) -> float:
        """Start every delivery that may go now; return how long to sleep at most."""
        api = self.api
        if not api.webhook_url:
            return 1.0
        now = time.monotonic()
        sleep = 1.0
        waiting_chats: set[int | None] = set()
        for update in list(api.updates):
            update_id = update["update_id"]
            chat = chat_of(update)
            blocked = chat is not None and chat in waiting_chats
            if chat is not None:
                waiting_chats.add(chat)  # later updates of this chat wait for this one
            if blocked or update_id in self._in_flight:
                continue
            due = self._not_before.get(update_id, 0.0)
            if due > now:
                sleep = min(sleep, due - now)
                continue
            if len(self._in_flight) >= api.webhook_max_connections:
                break
            task = asyncio.create_task(self._deliver(session, update))
            self._in_flight[update_id] = task
        return max(sleep, 0.01)

    async def _deliver(self, session: aiohttp.ClientSession, update: dict[str, Any]) -> None:
        api = self.api
        update_id = update["update_id"]
        url = api.webhook_url
        status = 0
        error = ""
        try:
            if not is_local_url(url):
                error = "Emulator: only webhooks on 127.0.0.1 or localhost are called"
            else:
                headers = {"Content-Type": "application/json"}
                if api.webhook_secret:
                    headers[SECRET_HEADER] = api.webhook_secret
                body = json.dumps(update, ensure_ascii=False).encode()
                async with session.post(url, data=body, headers=headers) as response:
                    status = response.status
                    await response.read()
                    if not 200 <= status < 300:
                        error = f"Wrong response from the webhook: {status} {response.reason}"
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            error = f"Connection failed: {type(exc).__name__}"
        finally:
            self._in_flight.pop(update_id, None)
        self.attempts.append((update_id, status))
        if not error:
            api.acknowledge(update_id)
            self._not_before.pop(update_id, None)
            self._failures.pop(update_id, None)
        else:
            failures = self._failures.get(update_id, 0) + 1
            self._failures[update_id] = failures
            pause = min(self.retry_first * 2 ** (failures - 1), self.retry_max)
            self._not_before[update_id] = time.monotonic() + pause
            api.webhook_last_error = (int(time.time()), error)
        api.webhook_wakeup.set()
