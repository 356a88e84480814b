"""How updates come in: each handled once, confirmed to Telegram only once handled or kept.

``UpdateGuard`` (an outer middleware on ``dp.update``, inside aiogram's per-user lock) skips an
update already recorded as handled, measures the rest, and commits what the update changed in the
FSM together with its record (``bot.storage.updates``).

``ConfirmingPoller`` is long polling that never loses an update a SIGKILL interrupts. aiogram's
own loop asks for the next batch with ``offset = last + 1`` while the handlers of the batch still
run, so a SIGKILL loses those updates; the bot's poller first keeps the batch in its database
(a ``processed_updates`` row with the update's body) and handles what is kept there at the
next start; without a database it asks with ``offset`` = the lowest update id still in flight.
In webhook
mode aiogram's request handler (``handle_in_background=False``) answers Telegram after the
handler, which gives the same guarantee.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from contextvars import ContextVar
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.storage.base import BaseEventIsolation, StorageKey
from aiogram.methods import AnswerCallbackQuery, GetUpdates, Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import TelegramObject, Update

from bot.metrics import Metrics
from bot.session import NewUpdates
from bot.storage.updates import (
    KeptRow,
    ProcessedUpdateRepo,
    ReceivedUpdateRepo,
    UpdateUnit,
    current_unit,
)

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


def update_type(update: Update) -> str:
    """The update's kind ("message", "callback_query"…), "unknown" for one aiogram cannot read."""
    try:
        return update.event_type
    except Exception:  # a type newer than aiogram
        return "unknown"


PersonKey = tuple[int, int, int, int | None, str | None, str]
"""A ``StorageKey``'s fields, in its order: whose lock it is."""


class PersonLocks(BaseEventIsolation):
    """One person's updates handled one at a time, as aiogram's ``SimpleEventIsolation`` does
    (an ``asyncio.Lock`` per FSM key), keeping a key's lock only while it is held or awaited.

    aiogram's keeps the lock of every person who ever wrote for as long as the process runs, and
    takes it through a generator-based context manager, a few µs of every update.
    """

    def __init__(self) -> None:
        # By the key's fields as a plain tuple: a ``StorageKey`` is a frozen dataclass, hashed
        # by a generated Python ``__hash__`` that builds this very tuple, and the lock's
        # dictionary is asked four times per update (found, added, found and dropped again).
        self._locks: dict[PersonKey, PersonLock] = {}

    # aiogram types ``lock`` as its generator-based manager; FSMContextMiddleware only enters
    # it with ``async with``, which any async context manager serves.
    def lock(self, key: StorageKey) -> PersonLock:  # type: ignore[override]
        """The lock of ``key``'s person, to hold with ``async with``."""
        person = (
            key.bot_id,
            key.chat_id,
            key.user_id,
            key.thread_id,
            key.business_connection_id,
            key.destiny,
        )
        found = self._locks.get(person)
        if found is None:
            found = self._locks[person] = PersonLock(self._locks, person)
        return found

    @property
    def held(self) -> int:
        """How many keys have a lock now (held, or awaited)."""
        return len(self._locks)

    async def close(self) -> None:
        self._locks.clear()


class PersonLock:
    """One key's lock in ``PersonLocks``, which forgets it when nobody holds or awaits it."""

    __slots__ = ("_key", "_lock", "_locks", "_users")

    def __init__(self, locks: dict[PersonKey, PersonLock], key: PersonKey) -> None:
        self._locks = locks
        self._key = key
        self._lock = asyncio.Lock()
        self._users = 0  # tasks holding or awaiting it

    async def __aenter__(self) -> None:
        self._users += 1
        try:
            await self._lock.acquire()
        except BaseException:  # cancelled while waiting
            self._leave()
            raise

    async def __aexit__(self, *exc_info: object) -> None:
        self._lock.release()
        self._leave()

    def _leave(self) -> None:
        self._users -= 1
        if not self._users:
            found = self._locks.pop(self._key, None)
            if found is not None and found is not self:  # not ours to drop: put it back
                self._locks[self._key] = found


class UpdateGuard(BaseMiddleware):
    """Skip an update already handled; otherwise handle it, measure it, record it once."""

    def __init__(self, processed: ProcessedUpdateRepo, metrics: Metrics | None = None) -> None:
        self._processed = processed
        self._metrics = metrics
        self._handling = 0  # updates past the check and not yet committed
        # The labelled children, looked up once each (``labels()`` costs a lock and a lookup).
        self._counters: dict[tuple[str, str], Any] = {}
        self._latencies: dict[str, Any] = {}

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        assert isinstance(event, Update)
        kind = update_type(event)
        if await self._processed.seen(event.update_id):
            # Telegram delivered it again (a crash, a retried webhook): its effects stand.
            log.info("update %s was handled already: skipped", event.update_id)
            self._count(kind, "duplicate")
            return None
        self._handling += 1
        try:
            return await self._handle(handler, event, data, kind)
        finally:
            self._handling -= 1

    async def _handle(
        self, handler: Handler, event: Update, data: dict[str, Any], kind: str
    ) -> Any:
        unit = UpdateUnit(event.update_id, data["db"], kept=data.get("kept_row"))
        token = current_unit.set(unit)
        answers: list[asyncio.Task[None]] = []
        answering = answers_in_flight.set(answers)
        started = time.perf_counter()
        try:
            result = await handler(event, data)
        except asyncio.CancelledError:
            raise  # stopping: not recorded, so Telegram delivers it again
        except Exception:
            current_unit.reset(token)
            answers_in_flight.reset(answering)
            await settle(answers)
            self._count(kind, "failed", started)
            # What the handler changed before failing stands (as without the guard), unrecorded.
            await self._processed.commit(unit, record=False, alone=self._handling == 1)
            raise
        current_unit.reset(token)
        answers_in_flight.reset(answering)
        if answers:  # every press answered before the update counts as handled
            await settle(answers)
        # The only update being handled: no other can share its commit, so none is waited for.
        await self._processed.commit(unit, alone=self._handling == 1)
        self._count(kind, "unhandled" if result is UNHANDLED else "handled", started)
        return result

    def _count(self, kind: str, outcome: str, started: float | None = None) -> None:
        if self._metrics is None:
            return
        counter = self._counters.get((kind, outcome))
        if counter is None:
            counter = self._counters[kind, outcome] = self._metrics.updates.labels(kind, outcome)
        counter.inc()
        if started is not None:
            latency = self._latencies.get(kind)
            if latency is None:
                latency = self._latencies[kind] = self._metrics.latency.labels(kind)
            latency.observe(time.perf_counter() - started)


answers_in_flight: ContextVar[list[asyncio.Task[None]] | None] = ContextVar(
    "answers_in_flight", default=None
)
"""The button answers sent alongside the update being handled in this task (``UpdateGuard``)."""


async def settle(answers: list[asyncio.Task[None]]) -> None:
    """Wait for the answers sent alongside an update (each one logs its own failure)."""
    if len(answers) == 1:  # a press's one answer: awaited as it is, not through a gather
        await answers[0]  # (its future and callbacks cost as much as the task itself)
    elif answers:
        await asyncio.gather(*answers)


class AnswersAlongside(BaseRequestMiddleware):
    """A handler's ``answerCallbackQuery`` goes out alongside what it does next.

    Handlers answer a press first (its spinner stops) and then edit the screen: two round trips
    to Telegram one after the other, and the person sees the new screen only after both. While
    an update is handled (inside ``UpdateGuard``), the answer is sent in its own task and the
    handler goes on at once with ``True``; the new screen's call runs meanwhile. ``UpdateGuard``
    waits for the answers before it records the update, so a recorded update's presses were
    answered. An answer that fails is logged by its type and fails nothing else: it only stops
    a spinner, which Telegram stops by itself after a while (as ``PastCallbackAnswers`` says
    for a press answered too late). Install it first, so the others run inside its task.
    """

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        answers = answers_in_flight.get()
        if answers is None or not isinstance(method, AnswerCallbackQuery):
            return await make_request(bot, method)
        answers.append(asyncio.ensure_future(_answer(make_request, bot, method)))
        return True  # type: ignore[return-value]  # what the session returns: the result


async def _answer(make_request: NextRequestMiddlewareType[Any], bot: Bot, method: Any) -> None:
    try:
        await make_request(bot, method)
    except Exception as error:  # a spinner left turning must not fail the update
        log.info("button press not answered: %s", type(error).__name__)


QUERY_GONE = "query is too old"
"""Telegram's words for a button press it no longer takes an answer for."""


class PastCallbackAnswers(BaseRequestMiddleware):
    """``answerCallbackQuery`` for a press Telegram no longer takes an answer for returns False
    instead of failing the handler. That happens to an update handled again after a crash (its
    press was answered the first time) and to a press answered after Telegram's time limit (a
    busy bot): the answer only stops the button's spinner; what the press does must still
    happen."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        try:
            return await make_request(bot, method)
        except TelegramBadRequest as error:
            if not isinstance(method, AnswerCallbackQuery) or QUERY_GONE not in error.message:
                raise
            log.info("button press no longer answerable; going on without its answer")
            return False  # type: ignore[return-value]  # what the session returns: the result


POLL_TIMEOUT = 10
"""Seconds a getUpdates call waits on the server for a new update."""
RETRY_FIRST = 1.0
RETRY_MAX = 30.0
WAIT_FOR_HANDLERS = 1.0
"""The longest wait for an update in flight to finish before asking Telegram again."""
ASK_AGAIN = 0.002
"""After a call that brought only updates still in flight, ask Telegram again after this long
(or as soon as one of them finishes), doubling up to ``WAIT_FOR_HANDLERS`` while the calls
bring nothing new."""


class ConfirmingPoller:
    """Long polling that confirms to Telegram only the updates that were handled, or kept.

    With ``received`` (the bot's database), every batch is kept there before Telegram is told
    it arrived, and the next getUpdates tells it at once: that call waits on Telegram's side
    for new updates, however long the updates in hand take. An update's row is deleted in the
    transaction ``UpdateGuard`` records it handled in (``KeptRow``), or, when no such commit
    took it, with a later batch; the rows a stop or a crash left are handled first at the next
    start, in order (one already handled is skipped by ``UpdateGuard``).

    Without it, an update is confirmed only once handled. Telegram then sends again, at every
    call, all it holds from the oldest update still being handled, at most ``limit``: a slow
    update holds back the ones behind it (a hundred at most in hand), and each call is answered
    at once with updates the poller already has, instead of waiting for a new one.
    """

    def __init__(
        self,
        dp: Dispatcher,
        bot: Bot,
        *,
        allowed_updates: list[str] | None = None,
        timeout: int = POLL_TIMEOUT,
        limit: int = 100,
        on_first_poll: Callable[[], object] | None = None,
        received: ReceivedUpdateRepo | None = None,
        **data: Any,
    ) -> None:
        self._dp = dp
        self._received = received
        self._kept = 0  # with ``received``: every update id below it is kept (or handled)
        self._forget: list[int] = []  # kept ids handled since the last batch was kept
        # Called once, as soon as the first getUpdates is on its way: work start-up left for
        # later begins then, not before the bot polls.
        self._on_first_poll = on_first_poll
        self._bot = bot
        self._allowed = allowed_updates
        self._timeout = timeout
        self._limit = limit
        self._data = {"dispatcher": dp, "bots": (bot,), **dp.workflow_data, **data}
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._done: set[int] = set()  # handled, but a lower id is still in flight
        self._cut: set[int] = set()  # cancelled at a stop: never handled, never confirmed
        self._next = 0  # the offset to confirm with: every update below it was handled
        self._last_call: NewUpdates | None = None
        self._polling = False  # a getUpdates call is being waited on
        self._cut_poll = False  # the stop cut that call short

    @property
    def in_flight(self) -> int:
        """How many updates are being handled now."""
        return len(self._in_flight)

    @property
    def offset(self) -> int:
        """The next getUpdates offset: every update id below it has been handled (or kept)."""
        if self._received is not None:
            return self._kept
        return min(self._in_flight.keys() | self._cut, default=self._next)

    @property
    def _taken(self) -> int:
        """Every update id below it is in hand no more: handled, or kept in ``received``."""
        return self._next if self._received is None else self._kept

    async def run(self, stop: asyncio.Event) -> None:
        """Fetch and handle updates until ``stop`` is set; in-flight updates go on running."""
        delay = RETRY_FIRST
        again = ASK_AGAIN
        if self._received is not None and not stop.is_set():
            await self._resume(self._received)
        # getUpdates is awaited in this task, not in one of its own: its answer is read and
        # kept with no turn of the event loop between, and the next call goes out before the
        # batch's handlers take their first step, as aiogram's own loop does. A stop cuts
        # that call short (``_cut_at``).
        cutter = asyncio.ensure_future(self._cut_at(stop, asyncio.current_task()))
        try:
            while not stop.is_set():
                try:
                    updates = await self._fetch(self._timeout)
                    fresh = [] if updates is None else self._fresh(updates)
                    if updates is not None and self._received is not None:
                        await self._keep(self._received, updates, fresh)
                except asyncio.CancelledError:
                    raise
                except Exception as error:  # Telegram away, a 409 from another poller: again
                    # The type only: a network error may quote the URL, which holds the token.
                    log.warning(
                        "getUpdates failed (%s); again in %.0f s", type(error).__name__, delay
                    )
                    with suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), delay)
                    delay = min(delay * 2, RETRY_MAX)
                    continue
                if updates is None:  # stopped while waiting
                    break
                delay = RETRY_FIRST
                for update in fresh:
                    self._start(update)
                if fresh or self._received is not None:
                    again = ASK_AGAIN  # and ask again at once: more may have come meanwhile
                elif self._in_flight:
                    # Telegram answers at once while an update it holds is unconfirmed, so this
                    # call could not wait there for new ones: ask again when one finishes (it
                    # may be the oldest, whose confirmation lets the call wait there), or after
                    # a short while: a new update is not left behind a slow one. The while
                    # grows as the calls bring nothing new, so a handler that takes long costs
                    # few calls.
                    await self._wait_for_handlers(stop, again)
                    again = min(again * 2, WAIT_FOR_HANDLERS)
        finally:
            cutter.cancel()

    async def _cut_at(self, stop: asyncio.Event, poller: asyncio.Task[Any] | None) -> None:
        """Once ``stop`` is set, cut short the getUpdates call ``poller`` is waiting on."""
        await stop.wait()
        if self._polling and poller is not None:
            self._cut_poll = True
            poller.cancel()

    def _fresh(self, updates: list[Update]) -> list[Update]:
        """The updates of a batch not yet in hand (Telegram sends some again)."""
        known = self._in_flight.keys() | self._done
        return [u for u in updates if u.update_id not in known and u.update_id >= self._taken]

    async def _keep(
        self, received: ReceivedUpdateRepo, updates: list[Update], fresh: list[Update]
    ) -> None:
        """Keep a batch's ``fresh`` updates (forgetting the ones handled meanwhile), so that
        the next call confirms the batch."""
        if fresh or self._forget:
            rows = [(u.update_id, self._as_sent(u)) for u in fresh]
            forget, self._forget = self._forget, []
            try:
                await received.keep(rows, forget)
            except BaseException:
                self._forget.extend(forget)
                raise
        # Every id of the answer is now kept (one sent again was in hand already, and the
        # session may have left it out of ``updates``).
        highest = max((u.update_id for u in updates), default=None)
        if self._last_call is not None and self._last_call.highest is not None:
            highest = max(highest or 0, self._last_call.highest)
        if highest is not None:
            self._kept = max(self._kept, highest + 1)

    def _as_sent(self, update: Update) -> str:
        """An update as JSON, for the table: as Telegram sent it when the session kept that."""
        sent = self._last_call.as_sent(update.update_id) if self._last_call else None
        if sent is None:
            return update.model_dump_json(by_alias=True, exclude_none=True)
        return json.dumps(sent, separators=(",", ":"))  # ASCII: a lone surrogate is escaped

    async def _resume(self, received: ReceivedUpdateRepo) -> None:
        """Start the updates kept before the last stop (or crash) and not handled then."""
        waiting = await received.waiting()
        if not waiting:
            return
        log.info("%d update(s) kept before the last stop: handling them first", len(waiting))
        for update_id, body in waiting:
            try:
                update = Update.model_validate_json(body, context={"bot": self._bot})
            except ValueError:  # never expected: it was Telegram's own JSON
                log.error("kept update %s unreadable: dropped", update_id)
                self._forget.append(update_id)
                continue
            self._start(update)

    async def _wait_for_handlers(self, stop: asyncio.Event, timeout: float) -> None:
        """Wait until an update in flight is handled, ``stop`` is set, or ``timeout`` passes."""
        stopped = asyncio.ensure_future(stop.wait())
        await asyncio.wait(
            {*self._in_flight.values(), stopped},
            timeout=timeout,
            return_when=asyncio.FIRST_COMPLETED,
        )
        stopped.cancel()

    async def finish(self, grace: float) -> int:
        """Wait up to ``grace`` seconds for in-flight updates, confirm the handled ones to
        Telegram; return how many were still running (they are delivered again later)."""
        tasks = list(self._in_flight.values())
        if tasks:
            log.info("finishing %d update(s) in flight", len(tasks))
            _, pending = await asyncio.wait(tasks, timeout=grace)
            for task in pending:
                task.cancel()
            with suppress(asyncio.CancelledError):
                await asyncio.gather(*pending, return_exceptions=True)
        left = len(self._cut)
        if self._received is not None and self._forget:
            forget, self._forget = self._forget, []
            with suppress(Exception):  # a courtesy too: handled ones are skipped at the start
                await self._received.keep([], forget)
        if self._next > 0 or self._cut or self._kept > 0:
            with suppress(Exception):  # a courtesy: unconfirmed ones are skipped when redelivered
                await asyncio.wait_for(
                    self._bot(GetUpdates(offset=self.offset, limit=1, timeout=0)), 5.0
                )
        return left

    async def _fetch(self, timeout: int) -> list[Update] | None:
        """One getUpdates call confirming everything below ``offset``; None if a stop cut it
        short (``_cut_at``)."""
        call = NewUpdates(
            offset=self.offset or None,
            limit=self._limit,
            timeout=timeout,
            allowed_updates=self._allowed,
        ).held(frozenset(self._in_flight.keys() | self._done), self._taken)
        self._last_call = call
        request_timeout = int((self._bot.session.timeout or 60) + timeout)
        if self._on_first_poll is not None:
            # Once the call's request is on its way (the task's next wait), not before.
            asyncio.get_running_loop().call_soon(self._on_first_poll)
            self._on_first_poll = None
        self._polling = True
        try:
            return await self._bot(call, request_timeout=request_timeout)
        except asyncio.CancelledError:
            if not self._cut_poll:
                raise
            current = asyncio.current_task()
            if current is not None:
                current.uncancel()  # the stop's own cancel, taken back: the loop ends
            return None
        finally:
            self._polling = False

    def _start(self, update: Update) -> None:
        task = asyncio.create_task(self._handle(update), name=f"update {update.update_id}")
        self._in_flight[update.update_id] = task
        task.add_done_callback(lambda done: self._finished(update.update_id, done))

    def _finished(self, update_id: int, task: asyncio.Task[None]) -> None:
        self._in_flight.pop(update_id, None)
        if task.cancelled():
            # Cut short when the stop's grace ran out: not handled, so the offset stays below
            # it and Telegram delivers it again after the restart (or it stays kept).
            self._cut.add(update_id)
            return
        self._done.add(update_id)
        self._next = max(self._next, update_id + 1)
        low = self.offset
        self._done = {i for i in self._done if i >= low}

    async def _handle(self, update: Update) -> None:
        kept = None if self._received is None else KeptRow(update.update_id)
        try:
            # ``kept_row``: the bot's UpdateGuard deletes the row in the update's own commit.
            response = await self._dp.feed_update(self._bot, update, **self._data, kept_row=kept)
            if isinstance(response, TelegramMethod):
                await self._dp.silent_call_request(self._bot, response)
        except Exception as error:  # dp.errors has logged and apologised; nothing escapes
            log.error("update %s failed: %s", update.update_id, type(error).__name__)
        if kept is not None and not kept.deleted:  # no commit took it: with a later batch
            self._forget.append(update.update_id)
