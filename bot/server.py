"""The bot's HTTP server: Telegram's webhook, ``/healthz``, ``/readyz`` and ``/metrics``.

The webhook is aiogram's ``SimpleRequestHandler`` with ``handle_in_background=False``: Telegram
gets its answer only after the update was handled and committed, so when the process dies
mid-update Telegram delivers the update again. A request without the right
``X-Telegram-Bot-Api-Secret-Token`` gets 401 and is logged without its body.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from bot.metrics import CONTENT_TYPE, Metrics

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
Check = Callable[[], Awaitable[object]]
CHECK_TIMEOUT = 3.0
"""Seconds a readiness check may take before it counts as failed."""


class WebhookHandler(SimpleRequestHandler):
    """aiogram's handler that answers after handling, logs refusals, and drains on stop."""

    def __init__(self, dp: Dispatcher, bot: Bot, secret: str, metrics: Metrics) -> None:
        super().__init__(dp, bot, handle_in_background=False, secret_token=secret)
        self._metrics = metrics
        self.stopping = False
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def handle(self, request: web.Request) -> web.Response:
        """Handle one update from Telegram, or refuse it."""
        if self.stopping:  # Telegram retries; another instance or the next start takes it
            return web.Response(status=503, text="Stopping")
        given = request.headers.get(SECRET_HEADER, "")
        if not self.verify_secret(given, self.bot):
            self._metrics.webhook_refused.inc()
            # Never the body (a candidate's message) nor the header's value.
            log.warning(
                "webhook request refused with 401: %s secret header, from %s",
                "a wrong" if given else "no",
                request.remote,
            )
            return web.Response(status=401, text="Unauthorized")
        self._in_flight += 1
        self._idle.clear()
        try:
            return await super().handle(request)
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    @property
    def in_flight(self) -> int:
        """How many updates are being handled now (each one answered once it was handled)."""
        return self._in_flight

    async def finish(self, grace: float) -> int:
        """Refuse new updates; wait up to ``grace`` seconds for those being handled."""
        self.stopping = True
        try:
            await asyncio.wait_for(self._idle.wait(), grace)
        except TimeoutError:
            log.warning("%d webhook update(s) still running at stop", self._in_flight)
        return self._in_flight

    async def close(self) -> None:
        """Leave the bot's session open: the application closes it after the outbox flush."""


def build_app(
    metrics: Metrics,
    checks: dict[str, Check],
    webhook: tuple[str, WebhookHandler] | None = None,
    refresh: Callable[[], Awaitable[None]] | None = None,
) -> web.Application:
    """The server's routes: the webhook at its path (when given), health, readiness, metrics."""
    app = web.Application()
    if webhook is not None:
        path, handler = webhook
        app.router.add_post(path, handler.handle)

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(request: web.Request) -> web.Response:
        failed = {}
        for name, check in checks.items():
            try:
                await asyncio.wait_for(check(), CHECK_TIMEOUT)
            except Exception as error:
                failed[name] = type(error).__name__
        if failed:
            log.warning("not ready: %s", ", ".join(f"{k} ({v})" for k, v in failed.items()))
            return web.json_response({"status": "unavailable", "failed": failed}, status=503)
        return web.json_response({"status": "ok", "checked": sorted(checks)})

    async def metrics_page(request: web.Request) -> web.Response:
        if refresh is not None:
            try:
                await refresh()
            except Exception as error:  # the figures already there still count
                log.warning("metrics refresh failed: %s", type(error).__name__)
        return web.Response(body=metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_page)
    return app


class Server:
    """The app listening on host:port; ``stop`` closes the listener and the connections."""

    def __init__(self, app: web.Application, host: str, port: int, grace: float) -> None:
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=grace)
        self._host = host
        self._port = port

    async def start(self) -> int:
        """Listen; return the port (the chosen one when ``port`` was 0)."""
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        port: int = self._runner.addresses[0][1]
        log.info("HTTP server on %s:%d", self._host, port)
        return port

    async def stop(self) -> None:
        """Stop listening and close what is left."""
        await self._runner.cleanup()


def outbox_refresher(
    metrics: Metrics, backlog: Callable[[], Awaitable[tuple]]
) -> Callable[[], Awaitable[None]]:
    """A refresh for ``/metrics`` that reads the outbox's depth and age."""

    async def refresh() -> None:
        count, oldest = await backlog()
        metrics.outbox_depth.set(count)
        age = (datetime.now(UTC) - oldest).total_seconds() if oldest is not None else 0.0
        metrics.outbox_age.set(max(age, 0.0))

    return refresh
