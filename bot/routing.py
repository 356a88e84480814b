"""Button presses and messages go straight to the routers that may take them.

aiogram offers an event to each router in turn: every router's outer middlewares, its root
filters and its handlers' filters run until one takes it. With eight routers that walk cost
more than the handler that finally answered a press, and a typed answer walked seven routers
before the questionnaire's. The routers still say what they take in one place each, their
filters; two tables read those filters once, when the dispatcher is built, and the dispatcher's
walk offers an event only to the routers its table names (``LeanPropagation.tables``):

- :class:`ButtonTable`, from a callback prefix (``"sa"`` of ``AnswerCB``) to the routers whose
  ``ButtonOf(...)`` lets it through;
- :class:`MessageTable`, from what a message is (the verdicts of the ``MessageTrait`` filters:
  chat type, command or text, contact, reply, admin, FSM state) to the routers whose traits do
  not all refuse it.

The outcome is the one aiogram's walk gives: the routers skipped are exactly those whose filters
would have refused the event, and the ones kept are tried in their order, each through its own
middlewares and filters. A router that guards its events with anything else, or takes them
without a guard (the fallback's «this button is stale»), is tried for every one. The
dispatcher's own outer middlewares (locale, and any added later) and handlers run before the
table, as before.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from functools import partial
from types import MappingProxyType
from typing import Any

from aiogram import Bot, Dispatcher, Router, loggers
from aiogram.dispatcher.event.bases import REJECTED, UNHANDLED, SkipHandler
from aiogram.dispatcher.event.handler import CallableObject, FilterObject, HandlerObject
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.dispatcher.middlewares.user_context import (
    EVENT_CHAT_KEY,
    EVENT_CONTEXT_KEY,
    EVENT_FROM_USER_KEY,
    EVENT_THREAD_ID_KEY,
    UserContextMiddleware,
)
from aiogram.filters.logic import _InvertFilter
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError

from bot.filters import ButtonOf, Immediate, MessageTrait
from bot.telegram import bot_id, bound_bot

SEPARATOR = ":"
CONTEXTS_KEPT = 10_000
"""FSM contexts ``PersonContext`` keeps, one per person seen lately."""
EVERY = None  # a router that may take a press of any prefix


def _prefixes(router: Router) -> frozenset[str] | None:
    """The prefixes a router's subtree may take; ``EVERY`` for any, empty for none."""
    observer = router.callback_query
    checks = [f.callback for f in observer._handler.filters or ()]
    if checks:
        gates = [gate for gate in checks if isinstance(gate, ButtonOf)]
        if len(gates) < len(checks):
            return EVERY
        heads = set.intersection(*(set(gate.heads) for gate in gates))
        if any(not head.endswith(SEPARATOR) for head in heads):
            raise ValueError(f"{router.name}: callback data must use {SEPARATOR!r}: {heads}")
        return frozenset(head.removesuffix(SEPARATOR) for head in heads)
    if observer.handlers:
        return EVERY
    found: set[str] = set()
    for sub in router.sub_routers:
        prefixes = _prefixes(sub)
        if prefixes is EVERY:
            return EVERY
        found |= prefixes
    return frozenset(found)


def _route_by(
    root: LeanDispatcher,
    event: str,
    routers_of: Callable[[Any, dict[str, Any]], Sequence[Router]],
) -> None:
    """Make ``routers_of`` name the sub-routers ``root`` offers an ``event`` to; the table
    needs the dispatcher's observer of that event to itself (no handler, no filter)."""
    observer = root.observers[event]
    if observer.handlers or observer._handler.filters:
        raise ValueError(f"the table needs the dispatcher's {event} to itself")
    root.tables = MappingProxyType({**root.tables, event: routers_of})


class ButtonTable:
    """From a callback prefix to the top-level routers that may take it, in order."""

    def __init__(self, routers: Sequence[Router]) -> None:
        scope = [(router, _prefixes(router)) for router in routers]
        known = set().union(*(p for _, p in scope if p is not EVERY))
        self.routes: dict[str, tuple[Router, ...]] = {
            prefix: tuple(r for r, p in scope if p is EVERY or prefix in p) for prefix in known
        }
        self.otherwise: tuple[Router, ...] = tuple(r for r, p in scope if p is EVERY)

    @classmethod
    def install(cls, root: LeanDispatcher) -> ButtonTable:
        """Build the table from ``root``'s routers and route ``root``'s button presses by it."""
        table = cls(root.sub_routers)
        _route_by(root, "callback_query", table.routers_of)
        return table

    def routers_for(self, data: str | None) -> tuple[Router, ...]:
        """The routers a press with this callback data is offered to."""
        prefix = (data or "").partition(SEPARATOR)[0]
        return self.routes.get(prefix, self.otherwise)

    def routers_of(self, query: CallbackQuery, data: dict[str, Any]) -> tuple[Router, ...]:
        """``routers_for`` the press's callback data (the walk's way to ask)."""
        return self.routes.get((query.data or "").partition(SEPARATOR)[0], self.otherwise)


Verdicts = dict[tuple[Any, ...], bool]
"""A message's verdict for each trait (``MessageTrait.trait``) the routers filter on."""


def _may_pass(filters: list[FilterObject] | None, verdicts: Verdicts) -> bool:
    """Whether these filters may all pass a message with these verdicts: no trait among them
    (or a trait's ``~``) refuses it. Any other filter may pass."""
    for event_filter in filters or ():
        check = event_filter.callback
        if isinstance(check, _InvertFilter) and isinstance(check.target.callback, MessageTrait):
            if verdicts[check.target.callback.trait]:
                return False
        elif isinstance(check, MessageTrait) and not verdicts[check.trait]:
            return False
    return True


def _may_take(router: Router, verdicts: Verdicts) -> bool:
    """Whether a message with these verdicts may reach a handler of ``router``'s subtree (or a
    middleware of it, which runs before any filter: such a router is always offered)."""
    observer = router.message
    if len(observer.outer_middleware):
        return True
    if not _may_pass(observer._handler.filters, verdicts):
        return False
    return any(_may_pass(h.filters, verdicts) for h in observer.handlers) or any(
        _may_take(sub, verdicts) for sub in router.sub_routers
    )


def _traits(router: Router) -> dict[tuple[Any, ...], MessageTrait]:
    """Every trait the message filters of ``router``'s subtree check, one filter each."""
    found: dict[tuple[Any, ...], MessageTrait] = {}
    observer = router.message
    for filters in [observer._handler.filters, *(h.filters for h in observer.handlers)]:
        for event_filter in filters or ():
            check = event_filter.callback
            if isinstance(check, _InvertFilter):
                check = check.target.callback
            if isinstance(check, MessageTrait):
                found.setdefault(check.trait, check)
    for sub in router.sub_routers:
        for trait, check in _traits(sub).items():
            found.setdefault(trait, check)
    return found


class MessageTable:
    """From what a message is to the top-level routers that may take it, in order.

    What a message is, for routing, is the verdict of every ``MessageTrait`` filter the routers
    use: the chat's type, a command or plain text or neither, a contact, a reply, an admin's,
    the FSM state. aiogram offers a typed answer to every router in turn (seven of them before
    the questionnaire's), each through its filters; the table reads the same filters once per
    kind of message and offers it only to the routers whose traits do not all refuse it, in the
    dispatcher's order, each still through its own middlewares and filters. Filters that are no
    trait (``Command``, ``RepliesToPrompt``) are left to the routers: a router that has them is
    offered the message whenever its traits allow. So the table skips exactly routers in which
    aiogram's walk would have found nothing.
    """

    def __init__(self, routers: Sequence[Router]) -> None:
        self.routers = tuple(routers)
        traits: dict[tuple[Any, ...], MessageTrait] = {}
        for router in self.routers:
            for trait, check in _traits(router).items():
                traits.setdefault(trait, check)
        self.traits = tuple(traits)
        self.checks: tuple[Callable[[Message, str | None], bool], ...] = tuple(
            check.holds for check in traits.values()
        )
        self.seen: dict[tuple[bool, ...], tuple[Router, ...]] = {}

    @classmethod
    def install(cls, root: LeanDispatcher) -> MessageTable:
        """Build the table from ``root``'s routers and route ``root``'s messages by it."""
        table = cls(root.sub_routers)
        _route_by(root, "message", table.routers_for)
        return table

    def routers_for(self, message: Message, data: dict[str, Any]) -> tuple[Router, ...]:
        """The routers ``message`` is offered to, given the handler data (its FSM state)."""
        raw_state = data.get("raw_state")
        verdicts = tuple([check(message, raw_state) for check in self.checks])
        routers = self.seen.get(verdicts)
        if routers is None:
            by_trait = dict(zip(self.traits, verdicts, strict=True))
            routers = tuple(r for r in self.routers if _may_take(r, by_trait))
            self.seen[verdicts] = routers
        return routers


class LeanPropagation:
    """aiogram's walk through a router, without the wrappers that wrap nothing and without
    unpacking the data at every step.

    For every router an event passes, aiogram builds a chain of its outer middlewares around
    the rest of the walk, and for the handler that takes it a chain of the inner middlewares
    around the handler: a closure, ``functools.wraps`` and a ``partial`` each time, even when
    the router has no middleware at all (every router here but the dispatcher). And it hands
    the data on as keyword arguments (``propagate_event(**kwargs)``, ``trigger(**kwargs)``,
    ``call(**kwargs)``): the data holds every dependency, three dozen entries, and each such
    call matches every one of them against the callee's parameters (~2 µs), a dozen times per
    button press and twice that for a message offered to seven routers. This walk is aiogram's
    (``Router.propagate_event``, ``_propagate_event``, ``TelegramEventObserver.trigger``,
    ``CallableObject.call``) step for step, with the data in a dict of each router's own (a
    copy, as aiogram's keyword arguments make one), calling the next step directly where the
    chain would be empty; where a middleware is registered, aiogram's own code runs.
    """

    observers: dict[str, TelegramEventObserver]
    sub_routers: list[Router]
    tables: MappingProxyType[str, Callable[[Any, dict[str, Any]], Sequence[Router]]] = (
        MappingProxyType({})
    )
    """For a kind of event, the sub-routers to offer an event to (a ``MessageTable``'s), in
    place of all of them."""

    async def propagate_event(self, update_type: str, event: TelegramObject, **kwargs: Any) -> Any:
        """Offer ``event`` to this router's handlers, then to its sub-routers, in order."""
        return await self._walk(update_type, event, kwargs)

    async def _walk(self, update_type: str, event: TelegramObject, kwargs: dict[str, Any]) -> Any:
        """``propagate_event`` with the data in ``kwargs``, which this router may change."""
        observer = self.observers.get(update_type)
        kwargs["event_router"] = self
        if observer is None or not observer.outer_middleware._middlewares:
            return await self._propagate(observer, update_type, event, kwargs)

        async def walk(event: TelegramObject, data: dict[str, Any]) -> Any:
            return await self._propagate(observer, update_type, event, dict(data))

        # The outer middlewares around the rest of the walk, first registered outermost, as
        # aiogram chains them (without copying the walk's name and docstring onto a wrapper).
        handler: Any = walk
        for middleware in reversed(observer.outer_middleware._middlewares):
            handler = partial(middleware, handler)
        return await handler(event, kwargs)

    async def _propagate(
        self,
        observer: TelegramEventObserver | None,
        update_type: str,
        event: TelegramObject,
        kwargs: dict[str, Any],
    ) -> Any:
        if observer is not None:
            passed, data = await _check(observer._handler, event, kwargs)
            if not passed:
                return UNHANDLED
            kwargs.update(data)
            response = await _trigger(observer, event, kwargs)
            if response is REJECTED:
                return UNHANDLED
            if response is not UNHANDLED:
                return response
        table = self.tables.get(update_type)
        routers = self.sub_routers if table is None else table(event, kwargs)
        for router in routers:
            response = await offer(router, update_type, event, dict(kwargs))
            if response is not UNHANDLED:
                return response
        return UNHANDLED


async def offer(
    router: Router, update_type: str, event: TelegramObject, kwargs: dict[str, Any]
) -> Any:
    """``router.propagate_event(update_type, event, **kwargs)``, handing a lean router the dict
    itself (``kwargs`` is the router's to change: pass a copy)."""
    if isinstance(router, LeanPropagation):
        return await router._walk(update_type, event, kwargs)
    return await router.propagate_event(update_type=update_type, event=event, **kwargs)


async def _trigger(
    observer: TelegramEventObserver, event: TelegramObject, kwargs: dict[str, Any]
) -> Any:
    """``observer.trigger(event, **kwargs)``: the first handler whose filters pass takes the
    event. ``kwargs`` itself is left as it was, for the sub-routers."""
    if not observer.handlers:
        return UNHANDLED
    if _has_inner_middleware(observer):  # aiogram wraps the handler in them
        return await TelegramEventObserver.trigger(observer, event, **kwargs)
    kwargs = dict(kwargs)
    for handler in observer.handlers:
        kwargs["handler"] = handler
        passed, data = await _check(handler, event, kwargs)
        if passed:
            kwargs.update(data)
            try:
                return await _call(handler, event, kwargs)
            except SkipHandler:
                continue
    return UNHANDLED


async def _trigger_unpacked(
    observer: TelegramEventObserver, event: TelegramObject, **kwargs: Any
) -> Any:
    """``_trigger`` with aiogram's signature of ``trigger`` (the update's, in ``feed_update``)."""
    return await _trigger(observer, event, kwargs)


async def _call(callable_: CallableObject, event: TelegramObject, kwargs: dict[str, Any]) -> Any:
    """``callable_.call(event, **kwargs)``: a coroutine callback is given the event and those of
    ``kwargs`` its signature names (all of them if it takes ``**kwargs``); any other goes
    through aiogram, which runs it in a thread."""
    if not callable_.awaitable:
        return await callable_.call(event, **kwargs)
    if callable_.varkw:
        return await callable_.callback(event, **kwargs)
    return await callable_.callback(
        event, **{k: kwargs[k] for k in callable_.params if k in kwargs}
    )


async def _check(
    handler: HandlerObject, event: TelegramObject, kwargs: dict[str, Any]
) -> tuple[bool, dict[str, Any]]:
    """``handler.check``: its filters in turn, each seeing what the ones before it added.

    ``kwargs`` itself is never changed: what filters add goes into a copy, returned when all
    pass.
    """
    data = kwargs
    for event_filter in handler.filters or ():
        test = event_filter.callback
        if isinstance(test, Immediate):  # its verdict, without a coroutine
            check = test.holds(event, data.get("raw_state"))
        elif isinstance(test, _InvertFilter) and isinstance(test.target.callback, Immediate):
            check = not test.target.callback.holds(event, data.get("raw_state"))
        else:
            check = await _call(event_filter, event, data)
        if not check:
            return False, kwargs
        if isinstance(check, dict):
            data = {**data, **check}
    return True, data


def _has_inner_middleware(observer: TelegramEventObserver) -> bool:
    """Whether this observer or the same one of a router above it has an inner middleware
    (what ``observer._resolve_middlewares()`` collects, without building the list)."""
    name = observer.event_name
    router: Router | None = observer.router
    while router is not None:
        above = router.observers.get(name)
        if above is not None and above.middleware._middlewares:
            return True
        router = router._parent_router
    return False


class LeanRouter(LeanPropagation, Router):
    """A ``Router`` that walks events without empty middleware chains (``LeanPropagation``)."""


class LeanDispatcher(LeanPropagation, Dispatcher):
    """A ``Dispatcher`` that walks events without empty middleware chains
    (``LeanPropagation``), from the update itself on: ``feed_update`` hands every update to
    ``self.update.wrap_outer_middleware`` and ``self.update.trigger``, here the lean ones."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        update = self.update
        update.trigger = partial(_trigger_unpacked, update)  # type: ignore[method-assign]
        update.wrap_outer_middleware = partial(_wrap_outer, update)  # type: ignore[method-assign]
        # aiogram's user context and FSM middlewares, one after the other: one step instead.
        chain = update.outer_middleware._middlewares
        kinds = [type(m) for m in chain]
        if UserContextMiddleware in kinds and FSMContextMiddleware in kinds:
            at = kinds.index(UserContextMiddleware)
            if kinds[at + 1] is FSMContextMiddleware and chain[at + 1] is self.fsm:
                chain[at : at + 2] = [PersonContext(self.fsm)]

    async def feed_update(self, bot: Bot, update: Update, **kwargs: Any) -> Any:
        """aiogram's ``Dispatcher.feed_update`` (3.31), line for line, but for asking which
        bot the update is bound to through ``bound_bot``: ``update.bot`` costs 1.5–4 µs a read
        (``bound_bot`` says why), on every update; and for its log line, whose duration is read
        from ``time.monotonic`` (asyncio's loop clock; asking for the running loop costs a
        ``getpid`` system call) and which is formatted, the bot's id with it, only when the
        logger takes it."""
        handled = False
        start_time = time.monotonic()
        if bound_bot(update) != bot:
            # Bind it to this bot (through JSON, as aiogram does), for the shortcuts.
            update = Update.model_validate(update.model_dump(), context={"bot": bot})
        try:
            response = await self.update.wrap_outer_middleware(
                self.update.trigger,
                update,
                {"dispatcher": self, **self.workflow_data, **kwargs, "bot": bot},
            )
            handled = response is not UNHANDLED
            return response
        finally:
            if loggers.event.isEnabledFor(logging.INFO):
                duration = (time.monotonic() - start_time) * 1000
                loggers.event.info(
                    "Update id=%s is %s. Duration %d ms by bot id=%d",
                    update.update_id,
                    "handled" if handled else "not handled",
                    duration,
                    bot_id(bot),
                )

    async def _trigger_update(self, update: Update, data: dict[str, Any]) -> Any:
        """``self.update.trigger(update, **data)`` with the data as the dict it is.

        While the update observer holds only aiogram's own listener (no filter, no inner
        middleware, as here), its trigger comes down to ``_listen_update``: the update's kind
        and event, ``event_update``, and the walk through the routers. That is done here in
        place, without unpacking the three dozen entries of the data into keyword arguments
        twice and packing them again (``trigger(**data)``, ``_listen_update(**kwargs)``,
        ``propagate_event(**kwargs)``); any other update observer gets aiogram's way."""
        observer = self.update
        handlers = observer.handlers
        if (
            len(handlers) != 1
            or handlers[0].callback != self._listen_update
            or handlers[0].filters
            or observer._handler.filters
            or _has_inner_middleware(observer)
        ):
            return await _trigger(observer, update, data)
        try:
            update_type = update.event_type
            event = update.event
        except UpdateTypeLookupError:  # a kind newer than aiogram: as ``_listen_update``
            return await _trigger(observer, update, data)
        data = dict(data)  # the walk's own: the caller's dict stays as it was
        data["handler"] = handlers[0]
        data["event_update"] = update
        return await self._walk(update_type, event, data)


class PersonContext(UserContextMiddleware):
    """aiogram's ``UserContextMiddleware`` and then its ``FSMContextMiddleware`` (the
    dispatcher's ``fsm``), as one outer middleware of the update: the same data for the
    handlers (the event's context, user, chat and thread; the FSM storage, context and raw
    state, read under the person's lock), one step of the chain fewer, and each person's FSM
    context built once, not at every update."""

    def __init__(self, fsm: FSMContextMiddleware, kept: int = CONTEXTS_KEPT) -> None:
        self.fsm = fsm
        self.kept = kept
        # The FSM context of each person seen lately, by what aiogram builds it from: a
        # context holds only the storage and a frozen key, and building the key took more than
        # the rest of this step (a frozen dataclass of six fields, through three calls by
        # keyword). Emptied when full: the next update of each person builds theirs again.
        self._contexts: dict[tuple[int, int | None, int | None, int | None, str | None], Any] = {}

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Any],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, Update):
            raise RuntimeError("UserContextMiddleware got an unexpected event type!")
        context = data[EVENT_CONTEXT_KEY] = self.resolve_event_context(event=event)
        user, chat, thread_id = context.user, context.chat, context.thread_id
        if user is not None:
            data[EVENT_FROM_USER_KEY] = user
        if chat is not None:
            data[EVENT_CHAT_KEY] = chat
        if thread_id is not None:
            data[EVENT_THREAD_ID_KEY] = thread_id
        fsm = self.fsm
        data["fsm_storage"] = fsm.storage
        bot: Bot = data["bot"]
        chat_id = None if chat is None else chat.id
        user_id = None if user is None else user.id
        person = (bot_id(bot), chat_id, user_id, thread_id, context.business_connection_id)
        state = self._contexts.get(person)
        if state is None:
            state = fsm.resolve_context(bot, chat_id, user_id, thread_id, person[4])
            if state is not None:
                if len(self._contexts) >= self.kept:
                    self._contexts.clear()
                self._contexts[person] = state
        if state is None:
            return await handler(event, data)
        # As aiogram: the state is read once the person's lock is held.
        async with fsm.events_isolation.lock(key=state.key):
            data["state"] = state
            data["raw_state"] = await state.get_state()
            return await handler(event, data)


def _wrap_outer(
    observer: TelegramEventObserver, callback: Any, event: TelegramObject, data: dict[str, Any]
) -> Any:
    """``observer.wrap_outer_middleware``: ``callback`` inside the outer middlewares, first
    registered outermost (the update's: errors, user context, FSM, ``UpdateGuard``)."""
    router = observer.router
    if isinstance(router, LeanDispatcher) and callback is observer.trigger:
        lean = router._trigger_update  # the update's own trigger: the data stays one dict

        def call(event: TelegramObject, data: dict[str, Any]) -> Any:
            return lean(event, data)  # type: ignore[arg-type]

    else:

        def call(event: TelegramObject, data: dict[str, Any]) -> Any:
            return callback(event, **data)

    handler: Any = call
    for middleware in reversed(observer.outer_middleware._middlewares):
        handler = partial(middleware, handler)
    return handler(event, data)
