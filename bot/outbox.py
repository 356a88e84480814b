"""Delivery of queued messages (HR summaries) from the durable outbox to Telegram.

The application is committed and its summary enqueued before anything is sent, so a Telegram
outage or a 429 never loses it. ``OutboxWorker.run`` is the background loop (started by
``run_bot``); a handler that queued something calls ``wake()`` and never waits for delivery.

The guarantee is **at least once**, with two narrow windows for a duplicate part:

- the bot is killed after Telegram accepted a part and before the mark is written (the mark is
  the very next statement; a few milliseconds);
- a send outlives ``SEND_TIMEOUT``: we cannot know whether Telegram sent it, so it is sent again.
  The timeout is longer than Telegram's own (it answers or drops a request well within a minute),
  so this needs a connection that hangs, not a slow Telegram.

Several instances may run a worker on one database: each claims the items it sends for
``LEASE`` (renewed before every part), so no two send the same item; one that dies leaves its
items to the others when the lease runs out. The renewal also finds an item erased meanwhile
(``/delete_me``), which is then not sent. The first part of a batch's first item needs none: its
claim, a moment before with nothing awaited in between, took the lease and found the item.

Each item fails alone: whatever goes wrong with one (a 429, a chat that is gone, an error nobody
foresaw) postpones that item, and the others keep flowing. Logs carry item ids and error types
only: the parts hold candidates' answers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket
import traceback
import uuid
from collections.abc import Mapping
from contextlib import suppress
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import SendMessage
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity

from bot.postings.render import Rendered
from bot.storage import OutboxItem, OutboxRepo
from bot.telegram import call, entity_of

log = logging.getLogger(__name__)

IDLE_SECONDS = 5.0
"""How often the loop looks for due items when nobody wakes it."""
BACKOFF_BASE = 5
BACKOFF_MAX = 600
UNREACHABLE_DELAY = dt.timedelta(minutes=15)
"""The chat is not found or the bot was removed: retry rarely (HR may add the bot back)."""
API_TIMEOUT = 60
"""How long Telegram's Bot API (and aiogram's default session) lets a request take."""
SEND_TIMEOUT = API_TIMEOUT + 30
"""Longer than the API's: a timeout means the request hung, not that Telegram was slow."""
LEASE = dt.timedelta(seconds=3 * SEND_TIMEOUT)
"""How long a claimed item stays this worker's without a renewal: longer than a part's send."""


def worker_name() -> str:
    """This worker's name in the outbox's claims: host, process and a random tag."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def rendered_to_part(rendered: Rendered) -> dict[str, Any]:
    """A message part as stored in the outbox: text and entities, JSON-ready."""
    return {
        "text": rendered.text,
        "entities": [
            {"type": e.type, "offset": e.offset, "length": e.length}
            | ({"url": e.url} if e.url else {})
            for e in rendered.entities
        ],
    }


def with_markup(
    part: dict[str, Any], markup: InlineKeyboardMarkup | Mapping[str, Any] | None
) -> dict[str, Any]:
    """The part with buttons under it (e.g. HR's decisions under a summary's last part); a
    keyboard given as JSON (``keyboards.summary_markup``) is stored as it is."""
    if markup is None:
        return part
    if isinstance(markup, InlineKeyboardMarkup):
        markup = markup.model_dump(mode="json", exclude_none=True)
    return part | {"reply_markup": markup}


def part_markup(part: Mapping[str, Any]) -> InlineKeyboardMarkup | None:
    """The stored buttons of a part, if it has any.

    Buttons of a label and callback data (what ``keyboards.summary_markup`` and aiogram's dump
    of such a keyboard store) are built by ``call`` from those two strings, the same objects
    pydantic's validation makes (8 µs a button, 41 for HR's four decisions under a summary);
    any other keyboard is read by pydantic as it is."""
    markup = part.get("reply_markup")
    if markup is None:
        return None
    rows = _plain_rows(markup)
    if rows is None:
        return InlineKeyboardMarkup.model_validate(markup)
    return call(
        InlineKeyboardMarkup,
        inline_keyboard=[[call(InlineKeyboardButton, **button) for button in row] for row in rows],
    )


PLAIN_BUTTON = frozenset(("text", "callback_data"))


def _plain_rows(markup: Any) -> list[list[dict[str, str]]] | None:
    """The stored keyboard's rows when it holds nothing but buttons of a label and callback
    data, both strings; else None."""
    if not isinstance(markup, dict) or markup.keys() != {"inline_keyboard"}:
        return None
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list):
        return None
    for row in rows:
        if not isinstance(row, list):
            return None
        for button in row:
            if not (
                isinstance(button, dict)
                and button.keys() == PLAIN_BUTTON
                and isinstance(button["text"], str)
                and isinstance(button["callback_data"], str)
            ):
                return None
    return rows


ENTITY_FIELDS = frozenset(("type", "offset", "length"))
"""The fields ``rendered_to_part`` stores for every entity; ``url`` is the only other one."""


LINK_FIELDS = ENTITY_FIELDS | {"url"}


def part_entities(part: Mapping[str, Any]) -> list[MessageEntity]:
    """The stored entities of a part as aiogram's: the very objects ``to_entities`` shares for
    the same entity (a summary's bold labels recur in every summary), not a new pydantic
    object for each one at every delivery."""
    return [_stored_entity(entity) for entity in part.get("entities", ())]


def _stored_entity(entity: Mapping[str, Any]) -> MessageEntity:
    # Compared as whole key sets (in C): most entities have exactly the three fields.
    fields = entity.keys()
    if fields == ENTITY_FIELDS:
        return entity_of(entity["type"], entity["offset"], entity["length"], None)
    if fields == LINK_FIELDS:
        return entity_of(entity["type"], entity["offset"], entity["length"], entity["url"])
    return MessageEntity(**entity)  # not written by rendered_to_part: read as it is


def backoff(attempts: int) -> dt.timedelta:
    """5 s, 10 s, 20 s … up to 10 minutes, by how many attempts already failed."""
    return dt.timedelta(seconds=min(BACKOFF_MAX, BACKOFF_BASE * 2 ** min(attempts, 10)))


class OutboxWorker:
    """Sends due outbox items part by part; postpones on 429, network and chat errors."""

    def __init__(
        self,
        outbox: OutboxRepo,
        *,
        idle: float = IDLE_SECONDS,
        batch: int = 20,
        name: str | None = None,
    ) -> None:
        self._outbox = outbox
        self.name = name or worker_name()
        self._idle = idle
        self._batch = batch
        self._lock = asyncio.Lock()
        self._wakeup = asyncio.Event()
        self._more = False  # the last batch was full: more may be due

    def wake(self) -> None:
        """Ask the background loop to look for due items now."""
        self._wakeup.set()

    async def deliver_if_woken(self, bot: Bot) -> int:
        """What the loop does when woken, done now (for tests and one-shot tools)."""
        if not self._wakeup.is_set():
            return 0
        self._wakeup.clear()
        return await self.deliver_due(bot)

    async def deliver_due(self, bot: Bot, now: dt.datetime | None = None) -> int:
        """Try every due item once; return how many parts were delivered."""
        async with self._lock:
            delivered = 0
            moment = now or dt.datetime.now(dt.UTC)
            items = await self._outbox.claim(self.name, moment, LEASE, self._batch)
            for number, item in enumerate(items):
                delivered += await self._deliver(bot, item, moment, just_claimed=number == 0)
            self._more = len(items) == self._batch
            return delivered

    async def run(self, bot: Bot) -> None:
        """Deliver forever: on every wake-up and every ``idle`` seconds, until cancelled; a full
        batch is followed by the next one at once (a burst of summaries waits for no wake-up)."""
        while True:
            self._more = False
            try:
                await self.deliver_due(bot)
            except Exception as error:  # the loop must outlive a bad moment of the database
                log.error("outbox delivery failed: %s", type(error).__name__)
            if self._more:
                await asyncio.sleep(0)  # let the rest of the bot run between batches
                continue
            # ``asyncio.timeout``, not ``wait_for``: no task of its own for every wait.
            with suppress(TimeoutError):
                async with asyncio.timeout(self._idle):
                    await self._wakeup.wait()
            self._wakeup.clear()

    async def _deliver(
        self, bot: Bot, item: OutboxItem, now: dt.datetime, *, just_claimed: bool = False
    ) -> int:
        """Send the item's pending parts in order; ``just_claimed``: its claim was the last
        thing this task awaited, so the first part needs no renewal."""
        if item.chat_id > 0 and not item.to_candidate:  # HR's messages never go to a person
            log.error("outbox item %s is addressed to a person, not a group: dropped", item.id)
            await self._outbox.fail(item.id, "the HR chat is a person, not a group")
            return 0
        sent = 0
        started = dt.datetime.now(dt.UTC)
        try:
            for index, part in item.pending_parts:
                # Still ours for the next LEASE, and still there? Else another worker took it
                # (leave it to them), or it was erased. Right after the claim, the claim said so.
                elapsed = dt.datetime.now(dt.UTC) - started
                if just_claimed:
                    just_claimed = False
                elif not await self._outbox.renew(item.id, self.name, now + elapsed + LEASE):
                    log.warning("outbox item %s was taken over or erased", item.id)
                    break
                # The call with the fields it sets, built as ``bot.telegram.send`` builds its
                # own (``call``): from the stored text and the objects read above, each typed.
                method = call(
                    SendMessage,
                    chat_id=item.chat_id,
                    text=part["text"],
                    entities=part_entities(part),
                    reply_markup=part_markup(part),
                )
                message = await bot(method, request_timeout=SEND_TIMEOUT)
                # At once, before anything else: a kill from here on duplicates this part.
                await self._outbox.mark_sent(item.id, index, message_id=message.message_id)
                sent += 1
        except TelegramRetryAfter as error:
            await self._postpone(item, dt.timedelta(seconds=error.retry_after), "retry after")
        except (TelegramNetworkError, TelegramServerError) as error:
            await self._postpone(item, backoff(item.attempts), type(error).__name__)
        except (TelegramForbiddenError, TelegramNotFound) as error:
            await self._postpone(item, UNREACHABLE_DELAY, type(error).__name__)
        except TelegramBadRequest as error:
            if "chat not found" in error.message.lower():
                await self._postpone(item, UNREACHABLE_DELAY, "chat not found")
            else:  # the message itself is wrong: retrying cannot help
                log.error("outbox item %s refused: %s", item.id, type(error).__name__)
                await self._outbox.fail(item.id, f"bad request: {type(error).__name__}")
        except Exception as error:  # anything else: this item waits, the others go on
            # Frames only: the exception's message may quote the summary's text.
            frames = "".join(traceback.format_tb(error.__traceback__))
            name = type(error).__name__
            log.warning("outbox item %s: unexpected %s\n%s", item.id, name, frames)
            await self._postpone(item, backoff(item.attempts), f"unexpected {name}")
        return sent

    async def _postpone(self, item: OutboxItem, delay: dt.timedelta, reason: str) -> None:
        log.warning("outbox item %s postponed by %s: %s", item.id, delay, reason)
        await self._outbox.postpone(item.id, dt.datetime.now(dt.UTC) + delay, reason)
