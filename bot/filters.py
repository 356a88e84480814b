"""The bot's message filters, as coroutine ``Filter`` classes rather than magic filters.

aiogram awaits a coroutine filter in place but runs any other callable, a magic filter such as
``F.text`` included, through ``asyncio.to_thread`` (``CallableObject.call`` in
``aiogram/dispatcher/event/handler.py``). Every check of ``F.chat.type == "private"`` was a round
trip through the default thread pool and a wake-up of the event loop, several per update, which
cost more than the handler itself. These filters read the same attributes without leaving the loop.
Invert them with ``~`` (aiogram's ``Filter.__invert__``, also a coroutine).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from aiogram.filters import Filter
from aiogram.filters.callback_data import CallbackData, CallbackQueryFilter
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message, TelegramObject
from magic_filter import MagicFilter


class Immediate(Filter):
    """A filter whose verdict needs nothing awaited: ``holds`` gives it at once, from the event
    and its FSM state. aiogram awaits ``__call__``, which asks ``holds``; the lean walk
    (``bot/routing.py``) asks ``holds`` itself, without a coroutine and without matching the
    handler data against the filter's parameters (two dozen such checks per update).
    """

    def holds(self, event: Any, raw_state: str | None) -> bool | dict[str, Any]:
        """This filter's verdict on ``event`` in ``raw_state``: what ``__call__`` returns."""
        raise NotImplementedError

    async def __call__(
        self, event: TelegramObject, raw_state: str | None = None
    ) -> bool | dict[str, Any]:
        return self.holds(event, raw_state)


class MessageTrait(Immediate):
    """A filter of messages whose verdict depends on the message and its FSM state alone: the
    message table (``bot/routing.py``) sorts messages by these before offering them to any
    router.

    ``trait`` names what is checked: two filters with the same trait give the same verdict,
    which the table asks for once.
    """

    def holds(self, message: Message, raw_state: str | None) -> bool:
        """This filter's verdict on ``message`` in ``raw_state``."""
        raise NotImplementedError

    @property
    def trait(self) -> tuple[Any, ...]:
        """What the verdict depends on besides the message: two equal traits, equal verdicts."""
        return (type(self),)


class ChatType(MessageTrait):
    """The message was sent in a chat of one of these types ("private", "group", …)."""

    def __init__(self, *types: str) -> None:
        self.types = frozenset(types)

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return message.chat.type in self.types

    @property
    def trait(self) -> tuple[Any, ...]:
        return (ChatType, self.types)


class HasText(MessageTrait):
    """The message has text (a sticker, photo or contact has none)."""

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return message.text is not None


class SlashText(MessageTrait):
    """The message's text starts with "/": a command, known or not."""

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return message.text is not None and message.text.startswith("/")


class CommandLike(MessageTrait):
    """Text or a caption starting with "/": all that aiogram's ``Command`` filters can match.

    A router's own filter where every message handler is a command: other messages pass it
    by after one comparison instead of failing each ``Command`` in turn.
    """

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return (message.text or message.caption or "").startswith("/")


class PlainText(MessageTrait):
    """Text that is not a command: what a candidate types as an answer or a question."""

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return message.text is not None and not message.text.startswith("/")


class InState(MessageTrait):
    """The FSM is in one of these states: ``State`` objects, every state of a ``StatesGroup``,
    or ``None`` for no state.

    aiogram's ``StateFilter`` does the same, but looks every state up again at each call (for
    a group, it builds the group anew), and a questionnaire router offers each typed message
    to several of them in turn. This one compares the state's name with a set made once.
    """

    def __init__(self, *states: State | type[StatesGroup] | None) -> None:
        names: set[str | None] = set()
        for state in states:
            if isinstance(state, State):
                names.add(state.state)
            elif state is None:
                names.add(None)
            else:
                names.update(state.__all_states_names__)
        self.names = frozenset(names)

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return raw_state in self.names

    @property
    def trait(self) -> tuple[Any, ...]:
        return (InState, self.names)


class HasContact(MessageTrait):
    """The message shares a contact (the «Поделиться номером» button)."""

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return message.contact is not None


class IsReply(MessageTrait):
    """The message replies to another message (how HR answers a relayed question)."""

    def holds(self, message: Message, raw_state: str | None) -> bool:
        return message.reply_to_message is not None


class ButtonOf(Immediate):
    """The pressed button is one of these kinds (its callback data has their prefix).

    A router's own filter: a router none of whose buttons was pressed is passed over after one
    string comparison, instead of every handler's filter trying to unpack the data in turn.
    """

    def __init__(self, *kinds: type[CallbackData]) -> None:
        self.heads = tuple(f"{kind.__prefix__}{kind.__separator__}" for kind in kinds)

    def holds(self, query: CallbackQuery, raw_state: str | None) -> bool:
        return query.data is not None and query.data.startswith(self.heads)


PRIVATE = ChatType("private")
GROUPS = ChatType("group", "supergroup")


class Pressed(CallbackQueryFilter, Immediate):
    """``SomeCB.filter(rule)``, reading the prefix before unpacking the data.

    aiogram's filter unpacks the data of every press it is offered and refuses a press of
    another kind by raising and catching a ``ValueError``; a router's handlers offer a press to
    each filter in turn until one takes it (up to five for an answer to a question). This one
    refuses those with one string comparison and leaves the rest to aiogram's.
    """

    def __init__(self, callback_data: type[CallbackData], rule: MagicFilter | None = None) -> None:
        super().__init__(callback_data=callback_data, rule=rule)
        self.head = f"{callback_data.__prefix__}{callback_data.__separator__}"

    async def __call__(  # type: ignore[override]
        self, query: CallbackQuery
    ) -> Literal[False] | dict[str, Any]:
        return self.holds(query, None)

    def holds(
        self, query: CallbackQuery, raw_state: str | None
    ) -> Literal[False] | dict[str, Any]:
        if not isinstance(query, CallbackQuery) or not (query.data or "").startswith(self.head):
            return False
        # aiogram's CallbackQueryFilter.__call__, with the data unpacked once per string.
        callback_data = _unpacked(self.callback_data, query.data)
        if callback_data is None:
            return False
        if self.rule is None or self.rule.resolve(callback_data):
            return {"callback_data": callback_data}
        return False


@lru_cache(maxsize=4096)
def _unpacked(kind: type[CallbackData], data: str) -> CallbackData | None:
    """``kind.unpack(data)``, or None for data it refuses. Cached: the same few buttons are
    pressed by everyone, and nothing changes an unpacked value (handlers only read it)."""
    try:
        return kind.unpack(data)
    except (TypeError, ValueError):
        return None
