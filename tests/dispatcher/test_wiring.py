"""The dispatcher's wiring: nothing on the update path leaves the event loop for a thread."""

from __future__ import annotations

from collections.abc import Iterator

from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackQueryFilter

from bot.filters import ButtonOf, CommandLike
from tests.harness import Harness


def _callables(router: Router) -> Iterator[tuple[str, CallableObject]]:
    for sub in router.chain_tail:
        for name, observer in sub.observers.items():
            where = f"{sub.name}.{name}"
            for handler in observer.handlers:
                yield f"{where} handler {handler.callback!r}", handler
                for event_filter in handler.filters or ():
                    yield f"{where} filter {event_filter.callback!r}", event_filter
            for event_filter in observer._handler.filters or ():
                yield f"{where} router filter {event_filter.callback!r}", event_filter


def test_every_handler_and_filter_is_a_coroutine(seed: Harness) -> None:
    # aiogram runs a plain callable (a magic filter like F.text included) through
    # asyncio.to_thread: a thread round trip per check. bot/filters.py has the async versions.
    found = list(_callables(seed.dp))
    assert len(found) > 40  # every router was walked, not just the dispatcher's own
    blocking = [where for where, item in found if not item.awaitable]
    assert blocking == []


def test_a_router_that_filters_buttons_lets_through_every_button_it_handles(
    seed: Harness,
) -> None:
    # A handler for a button kind its router's ButtonOf leaves out could never be reached.
    checked = 0
    for router in seed.dp.chain_tail:
        observer = router.callback_query
        kinds = [f.callback for f in observer._handler.filters or ()]
        gates = [k for k in kinds if isinstance(k, ButtonOf)]
        if not gates:
            continue
        for handler in observer.handlers:
            for event_filter in handler.filters or ():
                if isinstance(event_filter.callback, CallbackQueryFilter):
                    data = event_filter.callback.callback_data
                    head = f"{data.__prefix__}{data.__separator__}"
                    assert all(head in gate.heads for gate in gates), (router.name, data)
                    checked += 1
    assert checked >= 15


def test_a_router_that_takes_only_commands_has_only_command_handlers(seed: Harness) -> None:
    checked = 0
    for router in seed.dp.chain_tail:
        observer = router.message
        if not any(isinstance(f.callback, CommandLike) for f in observer._handler.filters or ()):
            continue
        for handler in observer.handlers:
            assert any(isinstance(f.callback, Command) for f in handler.filters or ()), (
                router.name,
                handler.callback,
            )
            checked += 1
    assert checked >= 6
