"""Per-update concerns only: the user's language."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

from bot.locales import pick_locale


class LocaleMiddleware(BaseMiddleware):
    """Put ``locale`` ("ru" or "en") into handler data from the user's ``language_code``."""

    def __init__(self, default: str) -> None:
        self.default = default

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        data["locale"] = pick_locale(user.language_code if user else None, self.default)
        return await handler(event, data)
