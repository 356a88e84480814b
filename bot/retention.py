"""The retention schedule: once a day, erase personal records older than ``RETENTION_DAYS`` and
tell the HR chat how many were erased (through the outbox, so the note is not lost)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from aiogram import Bot

from bot.locales import t
from bot.outbox import OutboxWorker, rendered_to_part
from bot.postings.render import Rendered
from bot.storage import OutboxRepo
from bot.storage.retention import RetentionRepo

log = logging.getLogger(__name__)

INTERVAL = dt.timedelta(hours=24)
REPORTED = ("applications", "questions", "posting_views", "candidates")


class RetentionWorker:
    """Erases what is older than the limit on a schedule; counts only ever reach the logs."""

    def __init__(
        self,
        retention: RetentionRepo,
        outbox: OutboxRepo,
        outbox_worker: OutboxWorker,
        *,
        days: int,
        hr_chat_id: int | None,
        locale: str,
        interval: dt.timedelta = INTERVAL,
    ) -> None:
        self._retention = retention
        self._outbox = outbox
        self._outbox_worker = outbox_worker
        self._days = days
        self._hr_chat_id = hr_chat_id
        self._locale = locale
        self._interval = interval

    async def run_once(self, now: dt.datetime | None = None) -> dict[str, int]:
        """Erase what is older than the limit at ``now``; queue a note for HR if anything went."""
        cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=self._days)
        counts = await self._retention.erase_older_than(cutoff)
        erased = sum(counts.values())
        log.info("retention: %d records older than %d days erased", erased, self._days)
        if erased and self._hr_chat_id is not None:
            note = t(
                self._locale,
                "hr.retention.note",
                days=self._days,
                **{name: counts[name] for name in REPORTED},
            )
            await self._outbox.enqueue(self._hr_chat_id, [rendered_to_part(Rendered(note))])
            self._outbox_worker.wake()
        return counts

    async def run(self, bot: Bot) -> None:
        """Erase now, then every ``interval``, until cancelled."""
        while True:
            try:
                await self.run_once()
            except Exception as error:  # the schedule must outlive a bad moment of the database
                log.error("retention failed: %s", type(error).__name__)
            await asyncio.sleep(self._interval.total_seconds())
