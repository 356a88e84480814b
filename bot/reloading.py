"""Reloads of the postings, shared by every instance: /reload reaches one, the others follow.

The postings folder is shared (a volume), but each instance holds its own catalog, and a
/reload is one update, handled by whichever instance the load balancer picked. That instance
records when it read the postings (``scheduled_runs``, job ``postings reload``); every instance
looks every few seconds and reads them again when that is newer than its own read — and at once
before it gives up on a posting it does not know (a broadcast of a posting just added must not
be dropped by an instance that has not read it yet).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from bot.outbox import worker_name
from bot.postings import Catalog
from bot.storage.schedule import ScheduleRepo

log = logging.getLogger(__name__)

RELOAD_JOB = "postings reload"
FOLLOW_SECONDS = 5.0
"""How often an instance looks whether another one reloaded the postings."""


class SharedReloads:
    """This instance's catalog, kept as new as the newest /reload on any instance."""

    def __init__(self, catalog: Catalog, schedule: ScheduleRepo, *, name: str | None = None):
        self.catalog = catalog
        self._schedule = schedule
        self.name = name or worker_name()
        self._catching_up = asyncio.Lock()

    async def reloaded(self) -> None:
        """This instance just read the postings (a /reload): the others follow."""
        at = self.catalog.loaded_at or dt.datetime.now(dt.UTC)
        await self._schedule.mark_done(RELOAD_JOB, at, self.name)

    async def catch_up(self) -> bool:
        """Read the postings again if another instance read them after this one; say whether
        it did."""
        async with self._catching_up:
            stamp = await self._schedule.last_done(RELOAD_JOB)
            loaded = self.catalog.loaded_at
            if stamp is None or (loaded is not None and stamp <= loaded):
                return False
            report = await self.catalog.reload_async()
            log.info(
                "postings reloaded after a /reload elsewhere: %d total, %d errors",
                report.total,
                len(report.errors),
            )
            return True

    async def run(self, every: float = FOLLOW_SECONDS) -> None:
        """Follow the other instances' reloads for as long as the bot runs."""
        while True:
            await asyncio.sleep(every)
            try:
                await self.catch_up()
            except Exception as error:  # never let the loop die: say it and look again
                log.error("following reloads failed: %s", type(error).__name__)
