"""``Emulator.observe``: a load generator learns of the bot's successful calls as they happen."""

from __future__ import annotations

from typing import Any

from emulator import Emulator
from tests.emulator.conftest import Call


async def test_an_observer_sees_each_successful_call_before_the_bot_gets_its_answer(
    emu: Emulator, call: Call
) -> None:
    seen: list[tuple[str, Any, Any]] = []
    emu.observe(lambda method, params, result: seen.append((method, params, result)))
    emu.user(1001, "Анна").register()

    status, body = await call("sendMessage", chat_id=1001, text="Привет")
    assert status == 200
    [(method, params, result)] = seen
    assert method == "sendmessage"
    assert (params["chat_id"], params["text"]) == (1001, "Привет")
    assert result["message_id"] == body["result"]["message_id"]


async def test_an_observer_does_not_see_refused_calls(emu: Emulator, call: Call) -> None:
    seen: list[str] = []
    emu.observe(lambda method, params, result: seen.append(method))

    status, _ = await call("sendMessage", chat_id=424242, text="hi")
    assert status == 400
    assert seen == []
    status, _ = await call("getMe")
    assert status == 200
    assert seen == ["getme"]
