"""The retention schedule: once a day, erase personal records older than ``RETENTION_DAYS`` and
tell the HR chat how many were erased (through the outbox, so the note is not lost).

Every instance runs the loop; the day's run is claimed in the transaction that erases and queues
the note (``bot.storage.schedule``), so one instance does it and HR is told once."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from aiogram import Bot

from bot.locales import t
from bot.outbox import OutboxWorker, rendered_to_part, worker_name
from bot.postings.render import Rendered
from bot.storage import OutboxRepo
from bot.storage.outbox import item_params
from bot.storage.retention import RetentionRepo

log = logging.getLogger(__name__)

INTERVAL = dt.timedelta(hours=24)
CHECK = dt.timedelta(hours=1)
"""How often each instance looks whether the day's run is due (an instance that ran it
moved the next run a day on)."""
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
        name: str | None = None,
    ) -> None:
        self._retention = retention
        self._outbox = outbox
        self._outbox_worker = outbox_worker
        self._days = days
        self._hr_chat_id = hr_chat_id
        self._locale = locale
        self._interval = interval
        self.name = name or worker_name()

    async def run_once(self, now: dt.datetime | None = None) -> dict[str, int] | None:
        """Erase what is older than the limit at ``now`` and queue a note for HR if anything
        went — when the run is due (none ran in the last ``interval``, here or on another
        instance); None when it was not."""
        moment = now or dt.datetime.now(dt.UTC)
        cutoff = moment - dt.timedelta(days=self._days)
        counts = await self._retention.erase_on_schedule(
            cutoff,
            now=moment,
            next_at=moment + self._interval,
            worker=self.name,
            note=self._note,
        )
        if counts is None:
            return None
        erased = sum(counts.values())
        log.info("retention: %d records older than %d days erased", erased, self._days)
        if erased and self._hr_chat_id is not None:
            self._outbox_worker.wake()
        return counts

    def _note(self, counts: dict[str, int]) -> tuple[object, ...] | None:
        """The HR chat's note of what was erased (outbox parameters), or None: nothing to say."""
        if not sum(counts.values()) or self._hr_chat_id is None:
            return None
        note = t(
            self._locale,
            "hr.retention.note",
            days=self._days,
            **{name: counts[name] for name in REPORTED},
        )
        parts = [rendered_to_part(Rendered(note))]
        return item_params(self._hr_chat_id, parts, None, None, None, None)

    async def run(self, bot: Bot) -> None:
        """Erase when due (at once on a database that never ran it, then once every
        ``interval`` across the instances), until cancelled."""
        check = min(self._interval, CHECK).total_seconds()
        while True:
            try:
                await self.run_once()
            except Exception as error:  # the schedule must outlive a bad moment of the database
                log.error("retention failed: %s", type(error).__name__)
            await asyncio.sleep(check)
