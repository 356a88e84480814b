"""aiogram's aiohttp session, with a cheaper request body and a cheaper reading of the answer.

Under load about a third of the bot's CPU went to aiogram's sending: each call's parameters were
JSON-encoded one by one and then percent-encoded into a form (``urllib.parse.quote`` over every
character of every text), and each answer was parsed into pydantic objects, one per user, chat,
entity, keyboard and button of the returned message, each with aiogram's Python hooks.
``LeanSession`` changes two things and nothing else:

- a call without files goes as one JSON body (``application/json``, which the Bot API takes like
  a form), built from the very values aiogram's ``prepare_value`` gives; a call with files goes
  as aiogram sends it;
- in a successful answer, the parts that recur from message to message (the bot as sender, the
  chat, the entities, the inline keyboard) are validated once and the same frozen objects are
  reused for the next answer that holds an equal part. The ``Message`` returned equals the one
  aiogram would build, field for field;
- a call made through ``call_unread`` (its caller never reads the result: the sends and edits
  that show a screen, ``bot.telegram``) is checked for success and nothing more: reading an
  edited message into pydantic objects took ~30 µs of the ~37 its answer costs, for an object
  thrown away at once.

Everything else is aiogram's: an answer that is not a success goes through aiogram's own
``check_response``, so the same exception is raised with the same fields (``TelegramRetryAfter``
with its ``retry_after``, ``TelegramForbiddenError``, ``TelegramMigrateToChat``…), and network
failures and timeouts raise ``TelegramNetworkError`` as ``AiohttpSession`` does.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from http import HTTPStatus
from typing import Any, cast

from aiogram import Bot
from aiogram.client.default import Default
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.exceptions import ClientDecodeError, TelegramNetworkError
from aiogram.methods import GetUpdates, Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import (
    Chat,
    InlineKeyboardMarkup,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    TelegramObject,
    User,
)
from aiohttp import ClientError, ClientTimeout
from pydantic import PrivateAttr, ValidationError

JSON_HEADERS = {"Content-Type": "application/json"}
_unread: ContextVar[TelegramMethod[Any] | None] = ContextVar("unread", default=None)
"""The call being made by ``call_unread`` in this task, if any."""
KEPT = 4096
"""Reused parts kept per kind; the least recently used is dropped first."""


def dump_body(payload: dict[str, Any]) -> bytes:
    """The JSON body: UTF-8 as is (half the bytes of ``\\u`` escapes for Cyrillic text); escaped
    only for text Python holds but UTF-8 cannot carry (a lone surrogate)."""
    try:
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    except UnicodeEncodeError:
        return json.dumps(payload, separators=(",", ":")).encode()


async def call_unread(bot: Bot, method: TelegramMethod[Any]) -> None:
    """``await bot(method)`` for a caller that never reads what it returns.

    ``LeanSession`` then checks that Telegram answered with success and reads nothing more: a
    failure raises what aiogram raises, as ever, but the result (an edited ``Message``) is not
    validated into objects. Any other session (aiogram's, the tests') makes the call as usual.
    The hint holds for ``method`` itself only: a session middleware that sends another object
    in its place (``FollowChatMigrations`` to a moved chat) gets its answer read in full.
    """
    token = _unread.set(method)
    try:
        await bot(method)
    finally:
        _unread.reset(token)


def result_unread(method: TelegramMethod[Any]) -> bool:
    """Whether ``method`` is being made by ``call_unread`` (its result read by nobody)."""
    return _unread.get() is method


class NewUpdates(GetUpdates):
    """``getUpdates`` for a poller that already holds some of the updates it will get back.

    A poller that confirms only handled updates (``bot.updates.ConfirmingPoller``) is sent
    again every update from the oldest one still being handled: up to a hundred, most of them
    in its hands already. ``LeanSession`` reads only the others (``skip`` names the ids held;
    every id below ``below`` was handled), so an update is parsed once, not at every call. Any
    other session returns them all, as ``GetUpdates`` does. ``LeanSession`` also keeps every
    update of the answer as Telegram sent it (``as_sent``), for the poller to store.
    """

    _skip: frozenset[int] = PrivateAttr(default=frozenset())
    _below: int = PrivateAttr(default=0)
    _read: dict[int, dict[str, Any]] = PrivateAttr(default_factory=dict)

    def held(self, skip: frozenset[int], below: int) -> NewUpdates:
        """Leave out the updates ``skip`` names and every one below ``below``."""
        self._skip, self._below = skip, below
        return self

    def wanted(self, update_id: int) -> bool:
        """Whether the caller needs this update read."""
        return update_id >= self._below and update_id not in self._skip

    def sent(self, update: dict[str, Any]) -> None:
        """Remember an update as Telegram sent it (``as_sent``)."""
        self._read[update["update_id"]] = update

    def as_sent(self, update_id: int) -> dict[str, Any] | None:
        """The update as Telegram sent it (JSON values), if ``LeanSession`` read it; else None."""
        return self._read.get(update_id)

    @property
    def highest(self) -> int | None:
        """The highest update id in the answer, read or left out, if ``LeanSession`` read it."""
        return max(self._read, default=None)


class _Parts:
    """Validated parts of answers, by the bot they belong to and their content."""

    def __init__(self, kind: type[TelegramObject], size: int = KEPT) -> None:
        self.kind = kind
        self.size = size
        self.kept: OrderedDict[Hashable, TelegramObject] = OrderedDict()

    def get(self, bot: Bot, key: Hashable, raw: dict[str, Any]) -> TelegramObject:
        """The object for ``raw`` (whose content ``key`` stands for), built once per bot."""
        full = (id(bot), key)
        found = self.kept.get(full)
        if found is not None and found.bot is bot:
            self.kept.move_to_end(full)
            return found
        built = self.kind.model_validate(raw, context={"bot": bot})
        self.kept[full] = built
        if len(self.kept) > self.size:
            self.kept.popitem(last=False)
        return built


def _flat_key(raw: Any) -> Hashable | None:
    """A key for a flat object (a user, a chat, an entity without a user); None if nested."""
    if not isinstance(raw, dict):
        return None
    key = tuple(raw.items())
    try:
        hash(key)
    except TypeError:  # a nested value (an entity's user, a chat's photo)
        return None
    return key


_NO_BOT: Any = None
"""What ``prepare_value`` gets for a bot where none is read (no ``Default`` in the part)."""

_DUMPED = object()
"""A field to be read from the call's dump (placeholder, keeps the fields' order)."""

Markups = (InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove)
MESSAGE_UPDATES = ("message", "edited_message", "business_message", "edited_business_message")
"""The kinds of update that are a message (the channel posts the bot reads are few)."""


class _Prepared:
    """Keyboards and entities sent before, as ``prepare_value`` turned them into JSON values.

    The bot draws a posting's keyboards and entities once and sends the same objects again and
    again (``bot.memo``, ``bot.telegram.entity_of``); dumping and preparing them took most
    of a call's body (45–75 µs of a card or a section, against 17 for the rest). A part is
    known by its identity and, for a keyboard, by the identity of each button in each row:
    aiogram's objects are frozen, but a keyboard's rows are lists that could be changed, and a
    changed keyboard is prepared anew. Each entry holds its object, so an identity is never
    reused while the entry lives.
    """

    def __init__(self, size: int = KEPT) -> None:
        self.size = size
        self.kept: OrderedDict[int, tuple[object, tuple[object, ...], Any]] = OrderedDict()

    def of(self, value: Any, prepare: Callable[[TelegramObject], Any]) -> Any:
        """The prepared value of a keyboard or a non-empty list of entities, else None."""
        if isinstance(value, Markups):
            return self._one(value, _buttons(value), prepare)
        if isinstance(value, list) and value and all(isinstance(e, MessageEntity) for e in value):
            return [self._one(entity, (), prepare) for entity in value]
        return None

    def _one(self, part: TelegramObject, shape: tuple[object, ...], prepare: Any) -> Any:
        key = id(part)
        found = self.kept.get(key)
        if found is not None and found[0] is part and _same(found[1], shape):
            self.kept.move_to_end(key)
            return found[2]
        prepared = prepare(part)
        self.kept[key] = (part, shape, prepared)
        if len(self.kept) > self.size:
            self.kept.popitem(last=False)
        return prepared


def _buttons(markup: object) -> tuple[object, ...]:
    """A keyboard's rows and buttons, as the objects they are (a row ends with None)."""
    rows = getattr(markup, "inline_keyboard", None) or getattr(markup, "keyboard", None) or ()
    return tuple(item for row in rows for item in (*row, None))


def _same(kept: tuple[object, ...], now: tuple[object, ...]) -> bool:
    return len(kept) == len(now) and all(a is b for a, b in zip(kept, now, strict=True))


class LeanSession(AiohttpSession):
    """``AiohttpSession`` that sends JSON and reuses the recurring parts of what comes back."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._users = _Parts(User)
        self._chats = _Parts(Chat)
        self._entities = _Parts(MessageEntity)
        self._keyboards = _Parts(InlineKeyboardMarkup)
        self._prepared = _Prepared()
        self._succeeded: Response[Any] = Response[bool](ok=True, result=True)

    def build_json(self, bot: Bot, method: TelegramMethod[Any]) -> bytes | None:
        """The call as a JSON body, or None when it uploads files (aiogram's form does that).

        The values are aiogram's own (``prepare_value``: defaults filled in, ``None`` dropped),
        kept as JSON values instead of strings; what aiogram leaves out of its form (``None``
        and empty strings at the top level) is left out here too.
        """
        files: dict[str, Any] = {}
        values: dict[str, Any] = {}
        dumped: list[str] = []  # fields whose dump may differ from the value (objects, dates…)
        for key, value in method:
            if value is None:
                continue
            if isinstance(value, str | int | float | Default):  # their dump is the value
                values[key] = self.prepare_value(value, bot=bot, files=files, _dumps_json=False)
            elif (kept := self._prepared.of(value, self._prepare)) is not None:
                values[key] = kept
            else:
                values[key] = _DUMPED
                dumped.append(key)
        if dumped:
            dump = method.model_dump(warnings=False, include=set(dumped))
            for key in dumped:
                values[key] = self.prepare_value(
                    dump[key], bot=bot, files=files, _dumps_json=False
                )
        if files:
            return None
        return dump_body({k: v for k, v in values.items() if v is not None and v != ""})

    def _prepare(self, part: TelegramObject) -> Any:
        """``prepare_value`` of a keyboard or an entity, as it is nested in a call's dump (no
        bot defaults and no files there: those are the call's own fields)."""
        return self.prepare_value(
            part.model_dump(warnings=False), bot=_NO_BOT, files={}, _dumps_json=False
        )

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,
    ) -> TelegramType:
        body = self.build_json(bot, method)
        if body is None:
            return await super().make_request(bot, method, timeout)
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        try:
            async with session.post(
                url,
                data=body,
                headers=JSON_HEADERS,
                timeout=ClientTimeout(total=self.timeout if timeout is None else timeout),
            ) as resp:
                raw = await resp.read()
                status = resp.status
        except TimeoutError as e:
            raise TelegramNetworkError(method=method, message="Request timeout error") from e
        except ClientError as e:
            raise TelegramNetworkError(method=method, message=f"{type(e).__name__}: {e}") from e
        response = self.read_response(bot, method, status, raw)
        return cast(TelegramType, response.result)

    def read_response(
        self, bot: Bot, method: TelegramMethod[TelegramType], status: int, raw: bytes
    ) -> Response[TelegramType]:
        """A successful answer, read with the reused parts; anything else through aiogram's
        ``check_response``, which raises what aiogram raises."""
        if not HTTPStatus.OK <= status <= HTTPStatus.IM_USED:
            return self._aiogram_check(bot, method, status, raw)
        try:
            data = json.loads(raw)
        except ValueError:
            return self._aiogram_check(bot, method, status, raw)
        if not isinstance(data, dict) or data.get("ok") is not True:
            return self._aiogram_check(bot, method, status, raw)
        if result_unread(method):  # its caller reads nothing: success is all there is to know
            return self._succeeded
        result = data.get("result")
        if isinstance(result, dict) and "message_id" in result:
            data["result"] = self._reuse_parts(bot, result)
        elif isinstance(method, NewUpdates) and isinstance(result, list):
            for update in result:
                if isinstance(update, dict) and isinstance(update.get("update_id"), int):
                    method.sent(update)  # validation below reads these dicts, never changes them
            data["result"] = [
                self._reuse_in_update(bot, u) if isinstance(u, dict) else u
                for u in result
                if not isinstance(u, dict)
                or not isinstance(u.get("update_id"), int)
                or method.wanted(u["update_id"])
            ]
        try:
            response_type = Response[method.__returning__]  # type: ignore[name-defined]
            response: Response[TelegramType] = response_type.model_validate(
                data, context={"bot": bot}
            )
        except ValidationError as e:
            raise ClientDecodeError("Failed to deserialize object", e, data) from e
        return response

    def _aiogram_check(
        self, bot: Bot, method: TelegramMethod[TelegramType], status: int, raw: bytes
    ) -> Response[TelegramType]:
        text = raw.decode("utf-8", errors="replace")
        return self.check_response(bot=bot, method=method, status_code=status, content=text)

    def _reuse_in_update(self, bot: Bot, update: dict[str, Any]) -> dict[str, Any]:
        """``update`` with the recurring parts of its message, or of its button press and the
        message pressed, replaced by objects validated before; copied where changed: the dicts
        ``NewUpdates.sent`` keeps stay as Telegram sent them.

        A press carries the whole message it was made on, and the bot's screens are the same
        for every candidate (a posting's card, its sections): validating its keyboard and
        entities again took more than half of reading a press (165 µs of a card's press against
        76 with them reused)."""
        copied: dict[str, Any] | None = None
        for kind in MESSAGE_UPDATES:
            raw = update.get(kind)
            if isinstance(raw, dict):
                copied = copied or dict(update)
                copied[kind] = self._reuse_parts(bot, dict(raw))
        press = update.get("callback_query")
        if isinstance(press, dict):
            press = dict(press)
            sender = press.get("from")
            key = _flat_key(sender)
            if key is not None and isinstance(sender, dict):
                press["from"] = self._users.get(bot, key, sender)
            message = press.get("message")
            if isinstance(message, dict):
                press["message"] = self._reuse_parts(bot, dict(message))
            copied = copied or dict(update)
            copied["callback_query"] = press
        return update if copied is None else copied

    def _reuse_parts(self, bot: Bot, message: dict[str, Any]) -> dict[str, Any]:
        """``message`` with its recurring parts replaced by objects validated before."""
        parts: list[tuple[str, _Parts, Callable[[Any], Hashable | None]]] = [
            ("from", self._users, _flat_key),
            ("chat", self._chats, _flat_key),
            ("reply_markup", self._keyboards, _keyboard_key),
        ]
        for name, kept, key_of in parts:
            raw = message.get(name)
            key = key_of(raw)
            if key is not None and isinstance(raw, dict):
                message[name] = kept.get(bot, key, raw)
        entities = message.get("entities")
        if isinstance(entities, list):
            reused: list[Any] = []
            for raw in entities:
                key = _flat_key(raw)
                reused.append(raw if key is None else self._entities.get(bot, key, raw))
            message["entities"] = reused
        return message


def _keyboard_key(raw: Any) -> Hashable | None:
    """A key for an inline keyboard: its JSON text (buttons nest, so no tuple of items)."""
    if not isinstance(raw, dict) or "inline_keyboard" not in raw:
        return None
    return json.dumps(raw, ensure_ascii=False, sort_keys=True)
