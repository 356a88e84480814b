"""Button presses go straight to the routers that handle their callback prefix.

aiogram offers a callback query to each router in turn: every router's outer middlewares, its
root filters and its handlers' filters run until one takes it. With seven routers that walk
cost more than the handler that finally answered a press. The routers still say what they take
in one place each, their ``ButtonOf(...)`` filter; :class:`ButtonTable` reads those filters once,
when the dispatcher is built, into a table from prefix (``"sa"`` of ``AnswerCB``) to the
routers that may take it, in the order aiogram would have tried them. One handler on the
dispatcher looks the prefix up and propagates the press to those routers only.

The outcome is the one aiogram's walk gives: the routers it skips are exactly those whose
``ButtonOf`` would have refused the press, and the ones it keeps are tried in their order, each
through its own middlewares and filters. A router that guards its buttons with anything else,
or takes buttons without a guard (the fallback's «this button is stale»), is tried for every
prefix. The dispatcher's own outer middlewares (locale, and any added later) run before the
table, as before; an inner middleware on ``dp.callback_query`` would run twice (around this
handler and around the one it reaches), so the table refuses to be built over one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from aiogram import Dispatcher, Router
from aiogram.dispatcher.event.bases import REJECTED, UNHANDLED, SkipHandler
from aiogram.dispatcher.event.handler import CallableObject, HandlerObject
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.types import CallbackQuery, TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError

from bot.filters import ButtonOf

SEPARATOR = ":"
TAKES_DATA = "takes_data"
"""An attribute of a registered handler taking ``**data``: the same function taking the dict
itself, which ``_call`` calls instead (a button table's ``dispatch`` would only pack the
keyword arguments into a dict again)."""
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
    def install(cls, root: Router) -> ButtonTable:
        """Build the table from ``root``'s routers and route ``root``'s button presses by it."""
        observer = root.callback_query
        if observer.handlers or len(observer.middleware) or observer._handler.filters:
            raise ValueError("the table needs the dispatcher's callback_query to itself")
        table = cls(root.sub_routers)
        observer.register(table.dispatch)
        setattr(observer.handlers[-1], TAKES_DATA, table.offer_press)  # the lean walk's way
        return table

    def routers_for(self, data: str | None) -> tuple[Router, ...]:
        """The routers a press with this callback data is offered to."""
        prefix = (data or "").partition(SEPARATOR)[0]
        return self.routes.get(prefix, self.otherwise)

    async def dispatch(self, query: CallbackQuery, **data: Any) -> Any:
        """Offer the press to the routers its prefix names, until one takes it."""
        return await self.offer_press(query, data)

    async def offer_press(self, query: CallbackQuery, data: dict[str, Any]) -> Any:
        """``dispatch`` with the data as a dict (left as it is: each router gets a copy)."""
        for router in self.routers_for(query.data):
            response = await offer(router, "callback_query", query, dict(data))
            if response is not UNHANDLED:
                return response
        return UNHANDLED


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
        for router in self.sub_routers:
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
        direct = getattr(callable_, TAKES_DATA, None)
        if direct is not None:  # it would pack the keyword arguments into a dict again
            return await direct(event, kwargs)
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
