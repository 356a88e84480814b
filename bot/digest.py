"""The weekly digest to the HR chat: what candidates asked last week that postings do not say.

Sent on Mondays at 09:00 UTC through the outbox (a Telegram outage only delays it). Every instance
runs the timer; the week's run is claimed in the transaction that queues the digest
(``bot.storage.schedule``), so HR gets it once."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from bot.answering import Answerer
from bot.handlers.hr import Desk, gaps_report
from bot.locales import t
from bot.outbox import rendered_to_part, worker_name
from bot.postings.render import TextBuilder, split_rendered
from bot.storage.outbox import item_params
from bot.storage.schedule import ScheduleRepo

log = logging.getLogger(__name__)

DIGEST_JOB = "weekly digest"
WEEK = dt.timedelta(days=7)
SEND_AT = dt.time(9, 0, tzinfo=dt.UTC)


def next_run(now: dt.datetime) -> dt.datetime:
    """The next Monday 09:00 UTC strictly after ``now``."""
    today = dt.datetime.combine(now.astimezone(dt.UTC).date(), SEND_AT)
    monday = today - dt.timedelta(days=today.weekday())
    return monday if monday > now else monday + WEEK


class DigestWorker:
    """Queues the weekly digest for HR_CHAT_ID."""

    def __init__(
        self,
        desk: Desk,
        answerer: Answerer,
        hr_chat_id: int,
        locale: str,
        *,
        name: str | None = None,
    ) -> None:
        self._desk = desk
        self._answerer = answerer
        self._hr_chat_id = hr_chat_id
        self._locale = locale
        self._schedule = ScheduleRepo(desk.db)
        self.name = name or worker_name()

    async def run_once(self, now: dt.datetime | None = None) -> int | None:
        """Queue the digest of the week before ``now``; return its outbox id, or None when this
        week's digest was queued already (by this instance or another)."""
        until = now or dt.datetime.now(dt.UTC)
        lang = self._locale
        period = t(lang, "hr.stats.period_days", days=7)
        report = await gaps_report(
            self._desk, self._answerer, until - WEEK, until, None, period, lang
        )
        digest = TextBuilder().add(t(lang, "hr.gaps.digest"), "italic").newline()
        digest.add_rendered(report)
        parts = [rendered_to_part(part) for part in split_rendered(digest.build())]
        params = item_params(self._hr_chat_id, parts, None, None, None, None)
        item = await self._schedule.queue_once(
            DIGEST_JOB, until, next_run(until), self.name, params
        )
        if item is not None:
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
