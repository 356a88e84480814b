"""The weekly digest to the HR chat: what candidates asked last week that postings do not say.

Sent on Mondays at 09:00 UTC through the outbox (a Telegram outage only delays it)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from bot.answering import Answerer
from bot.handlers.hr import Desk, gaps_report
from bot.locales import t
from bot.outbox import rendered_to_part
from bot.postings.render import TextBuilder, split_rendered

log = logging.getLogger(__name__)

WEEK = dt.timedelta(days=7)
SEND_AT = dt.time(9, 0, tzinfo=dt.UTC)


def next_run(now: dt.datetime) -> dt.datetime:
    """The next Monday 09:00 UTC strictly after ``now``."""
    today = dt.datetime.combine(now.astimezone(dt.UTC).date(), SEND_AT)
    monday = today - dt.timedelta(days=today.weekday())
    return monday if monday > now else monday + WEEK


class DigestWorker:
    """Queues the weekly digest for HR_CHAT_ID."""

    def __init__(self, desk: Desk, answerer: Answerer, hr_chat_id: int, locale: str) -> None:
        self._desk = desk
        self._answerer = answerer
        self._hr_chat_id = hr_chat_id
        self._locale = locale

    async def run_once(self, now: dt.datetime | None = None) -> int:
        """Queue the digest of the week before ``now``; return its outbox id."""
        until = now or dt.datetime.now(dt.UTC)
        lang = self._locale
        period = t(lang, "hr.stats.period_days", days=7)
        report = await gaps_report(
            self._desk, self._answerer, until - WEEK, until, None, period, lang
        )
        digest = TextBuilder().add(t(lang, "hr.gaps.digest"), "italic").newline()
        digest.add_rendered(report)
        parts = [rendered_to_part(part) for part in split_rendered(digest.build())]
        item = await self._desk.outbox.enqueue(self._hr_chat_id, parts)
        self._desk.outbox_worker.wake()
        return item

    async def run(self) -> None:
        """Send the digest every Monday morning, until cancelled."""
        while True:
            now = dt.datetime.now(dt.UTC)
            await asyncio.sleep((next_run(now) - now).total_seconds())
            try:
                await self.run_once()
            except Exception as error:  # next week is another chance
                log.error("weekly digest failed: %s", type(error).__name__)
