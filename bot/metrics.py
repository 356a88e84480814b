"""Figures for Prometheus at ``/metrics``: updates, handler latency, the outbox, Telegram's errors,
broadcast notices.

One ``Metrics`` per process (built in ``run_bot``, never at import time), with its own registry,
so tests can build as many as they like. Labels are types and codes only, never anything a
person wrote.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_CODES: tuple[tuple[type[TelegramAPIError], str], ...] = (
    (TelegramBadRequest, "400"),
    (TelegramUnauthorizedError, "401"),
    (TelegramForbiddenError, "403"),
    (TelegramNotFound, "404"),
    (TelegramConflictError, "409"),
    (TelegramEntityTooLarge, "413"),
    (TelegramRetryAfter, "429"),
    (TelegramServerError, "5xx"),
    (TelegramNetworkError, "network"),
)


def error_code(error: TelegramAPIError) -> str:
    """The HTTP-like code of a Bot API error, as a label ("429", "5xx", "network", "other")."""
    return next((code for kind, code in _CODES if isinstance(error, kind)), "other")


class Metrics:
    """The bot's counters, gauges and histograms in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "bot_updates",
            "Updates by type and outcome (handled, unhandled, failed, duplicate).",
            ["type", "outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "bot_handler_seconds",
            "Time to handle one update, by type.",
            ["type"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=self.registry,
        )
        self.telegram_errors = Counter(
            "bot_telegram_errors",
            "Bot API calls that failed, by method and code.",
            ["method", "code"],
            registry=self.registry,
        )
        self.outbox_depth = Gauge(
            "bot_outbox_pending", "Outbox items not yet delivered.", registry=self.registry
        )
        self.outbox_age = Gauge(
            "bot_outbox_oldest_seconds",
            "Age of the oldest outbox item not yet delivered (0 when none).",
            registry=self.registry,
        )
        self.broadcasts = Counter(
            "bot_broadcast_messages",
            "Broadcast notices to subscribers by outcome (sent, blocked, failed).",
            ["outcome"],
            registry=self.registry,
        )
        self.webhook_refused = Counter(
            "bot_webhook_refused",
            "Webhook requests refused for a missing or wrong secret header.",
            registry=self.registry,
        )

    def broadcast(self, outcome: str) -> None:
        """Count one broadcast notice that ended as ``outcome``."""
        self.broadcasts.labels(outcome).inc()

    def render(self) -> bytes:
        """The text exposition format Prometheus scrapes."""
        return generate_latest(self.registry)


class CountTelegramErrors(BaseRequestMiddleware):
    """Count every Bot API call that fails, by method and code; the error goes on as it was."""

    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        try:
            return await make_request(bot, method)
        except TelegramAPIError as error:
            name = method.__api_method__
            self._metrics.telegram_errors.labels(name, error_code(error)).inc()
            raise


Refresh = Callable[[], Awaitable[Any]]
