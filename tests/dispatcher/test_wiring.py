"""The dispatcher's wiring: nothing on the update path leaves the event loop for a thread."""

from __future__ import annotations

from collections.abc import Iterator

from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject

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
