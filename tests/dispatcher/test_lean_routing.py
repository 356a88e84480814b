"""``LeanRouter`` / ``LeanDispatcher`` walk an event exactly as aiogram's own classes do.

The oracle is aiogram: the same routers, handlers, filters and middlewares are built once over
aiogram's ``Router``/``Dispatcher`` and once over the lean ones, the same updates are fed to both,
and what the handlers and middlewares saw must be the same, in the same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiogram import BaseMiddleware, Bot, Dispatcher, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Filter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Chat, Message, TelegramObject, Update, User

from bot.routing import LeanDispatcher, LeanRouter, PersonContext
from tests.harness import TOKEN

Seen = list[str]


class Says(Filter):
    """Passes text equal to ``word``, handing ``said`` to the handler."""

    def __init__(self, word: str) -> None:
        self.word = word

    async def __call__(self, message: Message) -> bool | dict[str, Any]:
        return {"said": self.word} if message.text == self.word else False


class InRouter(Filter):
    """Passes in the router named ``name``: a filter that takes handler data as well."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def __call__(self, message: Message, event_router: Router) -> bool:
        return event_router.name == self.name


class Adds(Filter):
    """Passes everything, handing ``key`` to what comes after it."""

    def __init__(self, key: str) -> None:
        self.key = key

    async def __call__(self, message: Message) -> dict[str, Any]:
        return {self.key: True}


class Note(BaseMiddleware):
    """Writes down that it ran, then goes on."""

    def __init__(self, seen: Seen, name: str) -> None:
        self.seen = seen
        self.name = name

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        self.seen.append(self.name)
        return await handler(event, data)


def build(
    dispatcher: type[Dispatcher],
    router: type[Router],
    seen: Seen,
    update_inner: bool = False,
    message_inner: bool = True,
) -> Dispatcher:
    """Outer and inner middlewares on the dispatcher, and four routers: one with an inner
    middleware, one with an outer middleware and a handler that skips, one whose filter adds
    data and whose handlers take nothing (a nested router of its own takes "pick"), and a last
    one (through a nested router) that takes everything."""
    dp = dispatcher()
    dp.update.outer_middleware(Note(seen, "update outer"))  # after aiogram's own (FSM…)
    if update_inner:  # around the dispatcher's own handler of every update
        dp.update.middleware(Note(seen, "update inner"))
    if message_inner:  # wraps every router's handlers (else only the first router's)
        dp.message.middleware(Note(seen, "dispatcher inner"))
    dp.message.outer_middleware(Note(seen, "dispatcher outer 1"))  # first registered: outermost
    dp.message.outer_middleware(Note(seen, "dispatcher outer 2"))
    first = router(name="first")
    first.message.middleware(Note(seen, "first inner"))

    async def greet(message: Message, said: str, event_router: Router) -> None:
        seen.append(f"greet {said} in {event_router.name}")

    first.message.register(greet, Says("hello"))
    second = router(name="second")
    second.message.outer_middleware(Note(seen, "second outer"))

    async def skip(message: Message) -> None:
        seen.append("skip")
        raise SkipHandler

    async def after_skip(message: Message, **data: Any) -> None:
        seen.append(f"after skip, said given: {'said' in data}")

    second.message.register(skip, Says("skip"))
    second.message.register(after_skip, Says("skip"))
    nested = router(name="nested")

    async def rest(message: Message, event_router: Router, **data: Any) -> None:
        # What the routers tried before gave nothing here: no filter data, this handler's own.
        handler = data["handler"].callback.__name__
        seen.append(f"rest {message.text} in {event_router.name}: {handler}, {sorted(data)}")

    picky = router(name="picky")
    # Its own filter adds data, which its sub-router sees and the routers after it do not; its
    # handlers take nothing, and what the one that skipped was given stays with its handlers.
    picky.message.filter(Adds("picked"))
    picky.message.register(greet, Says("never"))
    picky.message.register(skip, Says("pick"), Adds("tried"))
    own = router(name="own")
    own.message.register(rest, Says("pick"))
    picky.include_router(own)
    nested.message.register(rest, InRouter("nested"))
    last = router(name="last")
    last.include_router(nested)
    dp.include_routers(first, second, picky, last)
    return dp


def update(number: int, text: str) -> Update:
    user = User(id=7, is_bot=False, first_name="Анна")
    chat = Chat(id=7, type="private")
    message = Message(
        message_id=number, date=dt.datetime.now(dt.UTC), chat=chat, from_user=user, text=text
    )
    return Update(update_id=number, message=message)


@pytest.mark.parametrize("message_inner", [False, True])
@pytest.mark.parametrize("update_inner", [False, True])
@pytest.mark.parametrize("text", ["hello", "skip", "pick", "other"])
async def test_a_lean_walk_is_aiograms_walk(
    text: str, update_inner: bool, message_inner: bool
) -> None:
    bot = Bot(TOKEN)
    walks: list[Seen] = []
    for dispatcher, router in ((Dispatcher, Router), (LeanDispatcher, LeanRouter)):
        seen: Seen = []
        dp = build(dispatcher, router, seen, update_inner, message_inner)
        result = await dp.feed_update(bot, update(1, text))
        seen.append(f"result {result!r}")
        walks.append(seen)
    aiograms, lean = walks
    assert lean == aiograms
    assert len(aiograms) >= 2  # something ran: the comparison is not of two empty walks


async def test_an_update_is_bound_to_the_bot_it_is_fed_to() -> None:
    # LeanDispatcher.feed_update asks which bot an update is bound to its own way.
    bot, other = Bot(TOKEN), Bot("42:OTHER-token")
    got: list[Message] = []
    dp = LeanDispatcher()

    async def take(message: Message) -> None:
        got.append(message)

    dp.message.register(take)
    unbound = update(1, "x")
    bound = Update.model_validate(update(2, "x").model_dump(), context={"bot": bot})
    elsewhere = Update.model_validate(update(3, "x").model_dump(), context={"bot": other})
    for fed in (unbound, bound, elsewhere):
        await dp.feed_update(bot, fed)
    assert [message.bot for message in got] == [bot, bot, bot]
    assert got[1] is bound.message  # already this bot's: used as it is
    assert got[0] is not unbound.message and got[2] is not elsewhere.message


def press(number: int, person: int, data: str) -> Update:
    user = User(id=person, is_bot=False, first_name="Анна")
    shown = Message(
        message_id=1,
        date=dt.datetime.now(dt.UTC),
        chat=Chat(id=person, type="private"),
        from_user=user,
        text="x",
    )
    query = CallbackQuery(
        id=str(number), from_user=user, chat_instance="c", message=shown, data=data
    )
    return Update(update_id=number, callback_query=query)


async def contexts_seen(dispatcher: type[Dispatcher], bot: Bot) -> list[tuple[str, object]]:
    """What handlers of ``dispatcher`` get of the person and the FSM, over four updates of two
    people (each handler moves its person's state on)."""
    got: list[tuple[str, object]] = []

    async def note(event: TelegramObject, state: FSMContext, **data: Any) -> None:
        context = data["event_context"]
        got.append(("context", (context.chat, context.user, context.thread_id)))
        got.append(("user and chat", (data["event_from_user"], data.get("event_chat"))))
        got.append(("storage", type(data["fsm_storage"]).__name__))
        got.append(("key", state.key))
        got.append(("state", data["raw_state"]))
        await state.set_state(f"after {len(got)}")

    dp = dispatcher()
    dp.message.register(note)
    dp.callback_query.register(note)
    for fed in (update(1, "a"), press(2, 7, "x"), update(3, "b"), press(4, 8, "y")):
        await dp.feed_update(bot, fed)
    return got


async def test_the_person_and_fsm_context_a_handler_gets_are_aiograms() -> None:
    # LeanDispatcher puts one step (PersonContext) where aiogram has its user context and FSM
    # middlewares, and keeps each person's FSM context: what handlers get must not change.
    bot = Bot(TOKEN)
    aiograms = await contexts_seen(Dispatcher, bot)
    lean = await contexts_seen(LeanDispatcher, bot)
    assert lean == aiograms
    states = [value for kind, value in aiograms if kind == "state"]
    assert states == [None, "after 5", "after 10", None]


async def test_fsm_contexts_are_kept_per_person_and_dropped_when_full() -> None:
    bot = Bot(TOKEN)
    dp = LeanDispatcher()
    states: list[FSMContext] = []

    async def note(event: TelegramObject, state: FSMContext) -> None:
        states.append(state)

    dp.callback_query.register(note)
    (step,) = [m for m in dp.update.outer_middleware if isinstance(m, PersonContext)]
    step.kept = 2
    for number, person in enumerate((7, 7, 8, 9, 7), start=1):
        await dp.feed_update(bot, press(number, person, "x"))
    assert states[1] is states[0]  # the same person again: the same context
    assert states[2].key.user_id == 8 and states[3].key.user_id == 9
    assert states[4] is not states[0] and states[4].key == states[0].key  # dropped when full
