"""The message table offers a message only to routers aiogram's walk could have found a handler in.

The oracle is aiogram's own filters: for every kind of message the bot handles (every chat
type, commands known and unknown, plain text, a sticker, a contact, a caption, replies, an
admin's and anyone's, in every FSM state), the handler reached by trying every top-level router
in turn must be the one reached by trying only those the table names.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from aiogram import Bot, Router
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.types import (
    Chat,
    Contact,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Sticker,
    User,
)

from bot.handlers.questionnaire import Screening
from bot.keyboards import HrCB
from bot.routing import MessageTable
from tests.conftest import ADMIN_ID, HR_CHAT_ID
from tests.harness import Harness

STATES: list[str | None] = [None, *Screening.__all_states_names__, "Gone:state"]
CHATS = [
    Chat(id=1001, type="private", first_name="Анна"),
    Chat(id=HR_CHAT_ID, type="supergroup", title="HR"),
    Chat(id=-5, type="group", title="HR"),
    Chat(id=-1007, type="channel", title="Вакансии"),
]
TEXTS = [
    "Анна Петрова",
    "/start",
    "/start tech-support-specialist",
    "/vacancies",
    "/help",
    "/my",
    "/delete_me",
    "/subscribe",
    "/unsubscribe",
    "/cancel",
    "/reload",
    "/stats",
    "/announce",
    "/channels",
    "/applications",
    "/export",
    "/gaps",
    "/nonsense",
    "/",
]


def _messages(bot: Bot) -> list[Message]:
    now = dt.datetime.now(dt.UTC)
    sticker = Sticker(
        file_id="s",
        file_unique_id="s",
        type="regular",
        width=1,
        height=1,
        is_animated=False,
        is_video=False,
    )
    me = User(id=bot.id, is_bot=True, first_name="Бот")
    prompt_keys = InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text="x", callback_data=HrCB(app=1, act="x", f="n", m=1).pack())]
        ]
    )
    found: list[Message] = []
    for chat, user_id in itertools.product(CHATS, [1001, ADMIN_ID]):
        user = User(id=user_id, is_bot=False, first_name="Анна")
        prompt = Message(
            message_id=1, date=now, chat=chat, from_user=me, text="?", reply_markup=prompt_keys
        )
        mine = Message(message_id=2, date=now, chat=chat, from_user=user, text="раньше")
        kinds: list[dict[str, Any]] = [{"text": text} for text in TEXTS]
        kinds += [
            {"sticker": sticker},
            {"sticker": sticker, "caption": "/start"},
            {"contact": Contact(phone_number="+79123456789", first_name="Анна")},
        ]
        for fields, replied in itertools.product(kinds, [None, prompt, mine]):
            found.append(
                Message(
                    message_id=3,
                    date=now,
                    chat=chat,
                    from_user=user,
                    reply_to_message=replied,
                    **fields,
                )
            )
    return found


async def _handler_in(router: Router, message: Message, data: dict[str, Any]) -> Any:
    """The handler aiogram's walk would reach in ``router``'s subtree, by its own filters."""
    passed, extra = await router.message.check_root_filters(message, **data)
    if not passed:
        return None
    data = {**data, **extra}
    for handler in router.message.handlers:
        passed, _ = await handler.check(message, **data)
        if passed:
            return handler
    for sub in router.sub_routers:
        found = await _handler_in(sub, message, data)
        if found is not None:
            return found
    return None


async def _handler_of(
    routers: tuple[Router, ...] | list[Router], message: Message, data: dict[str, Any]
) -> HandlerObject | None:
    for router in routers:
        found = await _handler_in(router, message, data)
        if found is not None:
            return found  # type: ignore[no-any-return]
    return None


def _table(harness: Harness) -> MessageTable:
    routers_for = harness.dp.tables["message"]  # type: ignore[attr-defined]
    table = routers_for.__self__
    assert isinstance(table, MessageTable)
    return table


async def test_the_table_picks_the_handler_aiogrames_walk_would(seed: Harness) -> None:
    table = _table(seed)
    routers = seed.dp.sub_routers
    reached: set[str] = set()
    narrowed = 0
    for message, state in itertools.product(_messages(seed.bot), STATES):
        data = {"bot": seed.bot, "raw_state": state}
        offered = table.routers_for(message, data)
        walked = await _handler_of(routers, message, data)
        assert await _handler_of(offered, message, data) is walked, (message, state)
        narrowed += len(offered) < len(routers)
        if walked is not None:
            reached.add(walked.callback.__name__)
    # Every message handler of the bot was reached by some message above.
    every = {
        handler.callback.__name__
        for router in seed.dp.chain_tail
        for handler in router.message.handlers
    }
    assert reached == every
    assert narrowed > 1000


async def test_a_typed_answer_goes_to_the_questionnaire_and_the_fallback_only(
    seed: Harness,
) -> None:
    chat = seed.chat()
    message = chat._message(text="Анна Петрова")
    offered = _table(seed).routers_for(message, {"raw_state": Screening.answering.state})
    assert [r.name for r in offered] == ["bot.handlers.questionnaire", "bot.handlers.fallback"]
    question = _table(seed).routers_for(message, {"raw_state": None})
    assert [r.name for r in question] == ["bot.handlers.questions", "bot.handlers.fallback"]


async def test_a_router_with_its_own_outer_middleware_is_always_offered(
    seed: Harness,
) -> None:
    # Its middleware runs before its filters in aiogram's walk, so it must see every message.
    async def watch(handler: Any, event: Any, data: dict[str, Any]) -> Any:
        return await handler(event, data)

    admin = seed.dp.sub_routers[0]
    admin.message.outer_middleware(watch)
    try:
        table = MessageTable(seed.dp.sub_routers)
        message = seed.chat()._message(text="Анна Петрова")
        assert admin in table.routers_for(message, {"raw_state": None})
    finally:
        admin.message.outer_middleware._middlewares.remove(watch)
