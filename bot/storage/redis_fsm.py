"""aiogram's RedisStorage, with the writes of an update committed together with its record.

While an update is handled (``bot.storage.updates.current_unit``), a write waits in the update's
unit (the handler reads it back from there) and reaches Redis at the end, in one MULTI/EXEC with
the key that marks the update handled: a crash before it leaves the questionnaire as it was, and
the redelivered update is handled again from there, on whichever instance Telegram picks.
Outside an update (no unit) it writes at once, as aiogram's does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import StateType, StorageKey
from aiogram.fsm.storage.redis import RedisStorage

from bot.storage.updates import current_unit


class UnitRedisStorage(RedisStorage):
    """RedisStorage whose writes during an update go with the update's record."""

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        """Set (or, with None, clear) the state for ``key``."""
        unit = current_unit.get()
        if unit is None:
            await super().set_state(key, state)
            return
        redis_key = self.key_builder.build(key, "state")
        value = state.state if isinstance(state, State) else state
        unit.overlay[redis_key] = value
        if value is None:
            unit.redis_ops.append(lambda pipe: pipe.delete(redis_key))
        else:
            text = cast(str, value)
            unit.redis_ops.append(lambda pipe: pipe.set(redis_key, text, ex=self.state_ttl))

    async def get_state(self, key: StorageKey) -> str | None:
        """The state for ``key``: this update's own write if it made one."""
        unit = current_unit.get()
        redis_key = self.key_builder.build(key, "state")
        if unit is not None and redis_key in unit.overlay:
            return cast(str | None, unit.overlay[redis_key])
        return await super().get_state(key)

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        """Replace the data for ``key``."""
        if not isinstance(data, dict):
            msg = f"Data must be a dict or dict-like object, got {type(data).__name__}"
            raise DataNotDictLikeError(msg)
        unit = current_unit.get()
        if unit is None:
            await super().set_data(key, data)
            return
        redis_key = self.key_builder.build(key, "data")
        text = self.json_dumps(data)
        unit.overlay[redis_key] = text
        if not data:
            unit.redis_ops.append(lambda pipe: pipe.delete(redis_key))
        else:
            unit.redis_ops.append(lambda pipe: pipe.set(redis_key, text, ex=self.data_ttl))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        """A fresh copy of the data for ``key``: this update's own write if it made one."""
        unit = current_unit.get()
        redis_key = self.key_builder.build(key, "data")
        if unit is not None and redis_key in unit.overlay:
            return cast(dict[str, Any], json.loads(unit.overlay[redis_key]))
        return await super().get_data(key)
