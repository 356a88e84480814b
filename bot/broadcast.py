"""The broadcast engine: new vacancies to their subscribers, paced, durable, cancellable.

``Broadcaster.start`` queues a posting for every matching subscriber (once per person and
posting, ever) and shows the admin a progress message; ``run`` drains the queue for as long as
the bot runs. Each message takes its tokens from the shared ``SendBudget`` (so people talking to
the bot go first, and Telegram's limits hold), is claimed in one transaction right before it is
sent and acked in another right after. What a failure means:

- 429: the whole budget pauses for ``retry_after`` and the item goes back to the queue;
- 5xx or the network: the item is tried again later (5 s, 10 s, 20 s … up to 5 tries);
- 403 (the person blocked the bot) or a chat that is gone: the item is ``blocked`` and the
  person's subscriptions end in the same transaction;
- any other refusal: the item ``failed``; it is not tried again.

After a SIGKILL the items that were in flight become ``unsure`` (counted as sent, never sent
again) once their claim's lease runs out (``LEASE``, 30 s) — found by the next start, or by
another instance draining the same queue — and the rest goes on: nobody gets a message twice.
To keep those few, no more sends are in flight than the pace needs (the rate times the measured
round trip: one against a local server, three or four against Telegram), and an item is claimed
only when its send can start at once. A kill in the instant between a claim and the request
leaving the machine loses that one message: at most once, never twice.

Several instances may drain one queue: each claims an item right before its send (one claim
wins), and a token taken for an item another instance claimed first goes to the next item due
(``claim_next``), so the instances together keep the pace and never send an item twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)

from bot.keyboards import broadcast_keyboard, notification_keyboard
from bot.locales import t
from bot.outbox import worker_name
from bot.pacing import SendBudget, already_paced
from bot.postings import Catalog, Posting
from bot.postings.announce import render_notification
from bot.postings.render import TextBuilder
from bot.reloading import SharedReloads
from bot.storage import BroadcastItem, BroadcastProgress, BroadcastRepo
from bot.storage.broadcasts import BLOCKED, FAILED, SEND_TIMEOUT, SENT
from bot.telegram import to_entities

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 3.0
"""The admin's progress message is edited at most this often."""
PROGRESS_LEASE_LOOKS = 10
"""An instance keeps the right to edit a progress message for this many looks unrenewed."""
PROGRESS_KEPT = dt.timedelta(days=36_500)
"""The claim of a finished broadcast's progress, once its final text is shown: for good."""
MAX_IN_FLIGHT = 16
"""Sends in flight at most: the pace comes from the budget; this only hides the latency."""
MAX_ATTEMPTS = 5
BACKOFF_BASE = 5.0
IDLE_SECONDS = 1.0
BATCH = 200
RECOVER_SECONDS = 5.0
"""How often items whose instance died (their lease ran out) are looked for."""


def backoff(attempts: int) -> dt.timedelta:
    """5 s, 10 s, 20 s … by how many tries already failed."""
    return dt.timedelta(seconds=BACKOFF_BASE * 2 ** max(attempts - 1, 0))


@dataclass
class _Shown:
    """What the admin's progress message last said, and in which language."""

    locale: str
    said: str = ""
    final: bool = False
    others_since: float | None = None  # finished, and another instance holds its message


@dataclass
class Stats:
    """What this process sent: for the benchmark and the log."""

    sent: int = 0
    blocked: int = 0
    failed: int = 0
    retried: int = 0
    first_at: float | None = None
    last_at: float | None = None
    seen: set[int] = field(default_factory=set)


class Broadcaster:
    """Queues new postings for subscribers and drains the queue at Telegram's pace."""

    def __init__(
        self,
        repo: BroadcastRepo,
        catalog: Catalog,
        budget: SendBudget,
        *,
        locale: str = "ru",
        progress_every: float = PROGRESS_SECONDS,
        in_flight: int | None = None,
        name: str | None = None,
        on_sent: Callable[[str], None] | None = None,
        reloads: SharedReloads | None = None,
    ) -> None:
        self.repo = repo
        self.reloads = reloads
        self.name = name or worker_name()
        self._on_sent = on_sent
        self.catalog = catalog
        self.budget = budget
        self.locale = locale
        self.progress_every = progress_every
        self.stats = Stats()
        self._round_trip = 0.0  # seconds a send takes, smoothed
        self._in_flight_cap = in_flight or MAX_IN_FLIGHT
        self._wakeup = asyncio.Event()
        self._shown: dict[int, _Shown] = {}
        self._in_flight: set[asyncio.Task[None]] = set()

    def wake(self) -> None:
        """Look at the queue now (something was queued)."""
        self._wakeup.set()

    async def start(
        self, bot: Bot, posting: Posting, admin_chat_id: int | None, locale: str
    ) -> int:
        """Queue ``posting`` for its subscribers not told of it yet; show the admin the progress.
        Return how many were queued."""
        broadcast_id, queued = await self.repo.start(
            posting.slug, posting.city, posting.tags, admin_chat_id
        )
        if not queued:
            return 0
        log.info("broadcast %s of %s: %d queued", broadcast_id, posting.slug, queued)
        self._shown[broadcast_id] = _Shown(locale)
        self.wake()
        progress = await self.repo.progress(broadcast_id)
        if admin_chat_id is None or progress is None:
            return queued
        said = self._render(progress, locale)
        try:
            message = await bot.send_message(
                admin_chat_id, said, reply_markup=broadcast_keyboard(broadcast_id, locale)
            )
        except TelegramAPIError as error:  # the broadcast goes on without its progress
            name = type(error).__name__
            log.warning("progress of broadcast %s not shown: %s", broadcast_id, name)
            return queued
        self._shown.setdefault(broadcast_id, _Shown(locale)).said = said
        await self.repo.set_progress_message(
            broadcast_id,
            message.message_id,
            worker=self.name,
            locale=locale,
            lease=self.progress_lease,
        )
        return queued

    async def cancel(self, bot: Bot, broadcast_id: int) -> bool:
        """Stop a running broadcast: nothing more goes; the progress says so now."""
        stopped = await self.repo.cancel(broadcast_id)
        if stopped:
            log.info("broadcast %s cancelled", broadcast_id)
            await self._report(bot, broadcast_id)
        return stopped

    async def run(self, bot: Bot) -> None:
        """Drain the queue for as long as the bot runs, and keep the progress messages true."""
        await self.recover()
        recovered_at = time.monotonic()
        for broadcast_id in await self.repo.running():
            self._shown.setdefault(broadcast_id, _Shown(self.locale))
        reporter = asyncio.create_task(self._report_loop(bot), name="broadcast progress")
        try:
            while True:
                try:
                    if time.monotonic() - recovered_at >= RECOVER_SECONDS:
                        recovered_at = time.monotonic()
                        await self.recover()
                    sent = await self._drain_once(bot)
                except Exception as error:  # the loop must outlive a bad moment
                    log.error("broadcast queue failed: %s", type(error).__name__)
                    sent = 0
                if not sent:
                    with suppress(TimeoutError):
                        await asyncio.wait_for(self._wakeup.wait(), IDLE_SECONDS)
                    self._wakeup.clear()
        finally:
            reporter.cancel()
            for task in [reporter, *self._in_flight]:
                task.cancel()
            with suppress(asyncio.CancelledError):
                await reporter

    async def recover(self) -> int:
        """Give up as unsure the items of an instance that died sending them (never resent)."""
        unsure = await self.repo.recover()
        if unsure:
            log.warning("%d broadcast messages in flight at the last stop: not resent", unsure)
        return unsure

    async def _drain_once(self, bot: Bot) -> int:
        """Send every due item once (paced); finish the broadcasts with nothing left."""
        items = await self.repo.due(BATCH)
        if not items:
            await self._wait_in_flight()
            await self.repo.finish_idle()
            return 0
        started = 0
        for peeked in items:
            await self._room()
            await self.budget.for_queue(peeked.user_id)
            item: BroadcastItem | None = peeked
            if not await self.repo.claim(peeked.id, self.name):
                # Another instance took it (or it was cancelled): the token goes to the next.
                item = await self.repo.claim_next(self.name)
            if item is None:
                break
            task = asyncio.create_task(self._send(bot, item))
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)
            started += 1
        return started

    def in_flight_allowed(self) -> int:
        """As many sends in flight as the rate needs to be kept up, given the round trip."""
        needed = math.ceil(self.budget.rate * self._round_trip * 1.25)
        return max(1, min(self._in_flight_cap, needed))

    async def _room(self) -> None:
        """Wait until another send may be in flight."""
        while len(self._in_flight) >= self.in_flight_allowed():
            await asyncio.wait(self._in_flight, return_when=asyncio.FIRST_COMPLETED)

    async def _wait_in_flight(self) -> None:
        if self._in_flight:
            await asyncio.gather(*self._in_flight, return_exceptions=True)

    async def _send(self, bot: Bot, item: BroadcastItem) -> None:
        """Send one notification and ack it as what happened says."""
        already_paced.set(True)  # this task's context only: the tokens are taken
        try:
            posting = self.catalog.get_open(item.slug)
            if posting is None and self.reloads is not None and await self.reloads.catch_up():
                posting = self.catalog.get_open(item.slug)  # added by a /reload elsewhere
            if posting is None:  # closed or removed since it was queued: nothing to announce
                await self.repo.ack(item.id, "cancelled")
                return
            username = (await bot.me()).username or ""
            notice = render_notification(posting, username, item.lang)
            started = time.monotonic()
            await bot.send_message(
                item.user_id,
                notice.text.text,
                entities=to_entities(notice.text),
                reply_markup=notification_keyboard(notice, item.lang),
                request_timeout=SEND_TIMEOUT,  # within the claim's LEASE
            )
            took = time.monotonic() - started
            self._round_trip = 0.8 * self._round_trip + 0.2 * took if self._round_trip else took
            await self.repo.ack(item.id, SENT)
            self._count("sent")
        except TelegramRetryAfter:  # the budget is paused already; the item waits its turn
            await self.repo.retry(item.id, dt.datetime.now(dt.UTC), counted=False)
            self.stats.retried += 1
        except TelegramForbiddenError:
            await self.repo.ack(item.id, BLOCKED)
            self._count("blocked")
        except TelegramBadRequest as error:
            gone = "chat not found" in error.message.lower()
            await self.repo.ack(item.id, BLOCKED if gone else FAILED)
            self._count("blocked" if gone else "failed")
        except (TelegramNetworkError, TelegramServerError, TelegramAPIError) as error:
            await self._again(item, type(error).__name__)
        except Exception as error:  # one message's trouble never stops the others
            await self._again(item, f"unexpected {type(error).__name__}")

    async def _again(self, item: BroadcastItem, reason: str) -> None:
        if item.attempts + 1 >= MAX_ATTEMPTS:
            log.warning("broadcast item %s failed for good: %s", item.id, reason)
            await self.repo.ack(item.id, FAILED)
            self._count("failed")
            return
        log.info("broadcast item %s tried again later: %s", item.id, reason)
        await self.repo.retry(item.id, dt.datetime.now(dt.UTC) + backoff(item.attempts + 1))
        self.stats.retried += 1

    def _count(self, outcome: str) -> None:
        if self._on_sent is not None:
            self._on_sent(outcome)
        stats = self.stats
        setattr(stats, outcome, getattr(stats, outcome) + 1)
        now = asyncio.get_running_loop().time()
        stats.first_at = stats.first_at if stats.first_at is not None else now
        stats.last_at = now

    async def _report_loop(self, bot: Bot) -> None:
        while True:
            await asyncio.sleep(self.progress_every)
            for broadcast_id in list(self._shown):
                try:
                    await self._report(bot, broadcast_id)
                except Exception as error:  # a progress message is not worth the loop
                    log.warning("progress of %s not shown: %s", broadcast_id, type(error).__name__)

    @property
    def progress_lease(self) -> dt.timedelta:
        """How long the right to edit a progress message stays this instance's unrenewed: ten
        looks, so only an instance that stopped looking loses it."""
        return dt.timedelta(seconds=PROGRESS_LEASE_LOOKS * self.progress_every)

    async def _report(self, bot: Bot, broadcast_id: int) -> None:
        """Edit the progress message when what it says changed — only while this instance
        holds the message's claim (another instance's edits would race with its own); forget a
        finished one."""
        shown = self._shown.setdefault(broadcast_id, _Shown(self.locale))
        progress = await self.repo.progress(broadcast_id)
        if progress is None or progress.admin_chat_id is None:
            self._shown.pop(broadcast_id, None)
            return
        if not progress.progress_message_id:  # not sent yet (or refused): nothing to edit
            if progress.finished:
                self._shown.pop(broadcast_id, None)
            return
        lease = self.progress_lease
        if not await self.repo.claim_progress(broadcast_id, self.name, lease=lease):
            # Another instance edits it. Should it die, its claim runs out and this one takes
            # over — for a finished broadcast too, until it is sure the other one was alive.
            now = time.monotonic()
            if progress.finished:
                shown.others_since = shown.others_since or now
                if now - shown.others_since > 2 * lease.total_seconds():
                    self._shown.pop(broadcast_id, None)
            return
        shown.locale = progress.locale or shown.locale  # the admin's, whoever started it
        said = self._render(progress, shown.locale)
        if said != shown.said:
            markup = None if progress.finished else broadcast_keyboard(broadcast_id, shown.locale)
            with suppress(TelegramBadRequest):  # "not modified" after a restart
                await bot.edit_message_text(
                    said,
                    chat_id=progress.admin_chat_id,
                    message_id=progress.progress_message_id,
                    reply_markup=markup,
                )
            shown.said = said
        if progress.finished:
            # Its last word is said: kept this instance's for good, so no other takes it over
            # once the lease would have run out, only to say the same again.
            await self.repo.claim_progress(broadcast_id, self.name, lease=PROGRESS_KEPT)
            self._shown.pop(broadcast_id, None)

    def _render(self, progress: BroadcastProgress, locale: str) -> str:
        posting = self.catalog.get(progress.slug)
        title = posting.title if posting is not None else progress.slug
        key = {"running": "progress", "done": "done", "cancelled": "cancelled"}[progress.status]
        said = t(
            locale,
            f"broadcast.{key}",
            title=title,
            sent=_number(progress.sent),
            total=_number(progress.total),
            blocked=_number(progress.blocked),
        )
        if progress.failed:
            said += "\n" + t(locale, "broadcast.failed", failed=_number(progress.failed))
        return TextBuilder().add(said).build().text


def _number(value: int) -> str:
    """1200 → «1 200» (a no-break space between thousands)."""
    return f"{value:,}".replace(",", "\u00a0")
