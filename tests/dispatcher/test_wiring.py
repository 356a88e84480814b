"""The dispatcher's wiring: nothing on the update path leaves the event loop for a thread."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.methods import Response, SendMessage
from aiogram.types import CallbackQuery, User

from bot.app import build_bot
from bot.filters import ButtonOf, CommandLike
from bot.keyboards import AnswerCB, PostingCB, PrivacyCB, ReviewCB
from bot.locales import t
from bot.routing import ButtonTable
from bot.telegram import KeepResponseTypes
from emulator import Emulator
from tests.conftest import make_settings
from tests.harness import TOKEN, Harness


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


def _table(harness: Harness) -> ButtonTable:
    assert not harness.dp.callback_query.handlers  # the walk asks the table, no handler
    routers_of = harness.dp.tables["callback_query"]  # type: ignore[attr-defined]
    table = routers_of.__self__
    assert isinstance(table, ButtonTable)
    return table


def _press(data: str) -> CallbackQuery:
    user = User(id=1, is_bot=False, first_name="Анна")
    return CallbackQuery(id="1", from_user=user, chat_instance="c", data=data)


async def _may_take(router: Router, query: CallbackQuery) -> bool:
    """Whether aiogram's own walk could end in one of this router's handlers (its filters say)."""
    passed, _ = await router.callback_query.check_root_filters(query)
    if not passed:
        return False
    if router.callback_query.handlers:
        return True
    return any([await _may_take(sub, query) for sub in router.sub_routers])


async def test_the_button_table_offers_a_press_to_the_routers_aiogram_would_try(
    seed: Harness,
) -> None:
    # The oracle is aiogram's filters themselves: every top-level router whose root filters
    # (and its sub-routers') would let the press reach a handler, in the dispatcher's order.
    table = _table(seed)
    routers = seed.dp.sub_routers
    kinds = {
        f.callback.callback_data
        for router in seed.dp.chain_tail
        for handler in router.callback_query.handlers
        for f in handler.filters or ()
        if isinstance(f.callback, CallbackQueryFilter)
    }
    assert {PostingCB, AnswerCB, ReviewCB, PrivacyCB} <= kinds
    samples = [f"{kind.__prefix__}:x" for kind in kinds] + ["zz:1", "nonsense", ""]
    for data in samples:
        query = _press(data)
        expected = [router for router in routers if await _may_take(router, query)]
        assert list(table.routers_for(data)) == expected, data
    # A posting's buttons belong to three routers; most kinds to one, before the fallback.
    assert [r.name for r in table.routers_for("p:open:x")][-1] == "bot.handlers.fallback"
    assert len(table.routers_for("p:open:x")) == 4
    assert len(table.routers_for("sa:q:y:0")) == 2
    assert [r.name for r in table.routers_for("zz:1")] == ["bot.handlers.fallback"]


async def test_a_press_no_router_knows_still_gets_the_stale_button_answer(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send("/start")
    calls = await chat.press_data("zz:1")
    assert [c.method for c in calls] == ["AnswerCallbackQuery"]
    assert calls[0].params.get("text") == t("ru", "browse.gone_button")


def test_the_table_refuses_a_dispatcher_with_its_own_button_handlers() -> None:
    root = Router()

    async def own(query: CallbackQuery) -> None:
        """Take every button."""

    root.callback_query.register(own)
    with pytest.raises(ValueError, match="callback_query to itself"):
        ButtonTable.install(root)  # type: ignore[arg-type]


async def test_the_bot_keeps_the_models_that_parse_its_answers(tmp_path: Path) -> None:
    # aiogram parses each answer with Response[T], which pydantic holds only weakly: a stock
    # Bot rebuilds that model (schema and all) whenever the garbage collector has run.
    async with Emulator(token=TOKEN) as emu:
        emu.user(1001, "Анна").register()
        settings = make_settings(tmp_path, tmp_path, telegram_api_url=emu.base_url)
        bot = build_bot(settings)
        try:
            [keeper] = [m for m in bot.session.middleware if isinstance(m, KeepResponseTypes)]
            await bot.send_message(1001, "Привет")
            model = weakref.ref(Response[SendMessage.__returning__])
            gc.collect()
            assert model() is not None
            assert keeper.held[SendMessage] is model()
        finally:
            await bot.session.close()
