"""Over HTTP, the emulator answers with Telegram's envelope and refuses what Telegram refuses."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp
import pytest

from emulator import Emulator
from tests.emulator.conftest import TOKEN, Call

BUTTON = {"text": "Откликнуться", "callback_data": "apply"}
KEYBOARD = {"inline_keyboard": [[BUTTON]]}


async def test_unknown_method_is_404(call: Call) -> None:
    assert await call("sendTelepathy") == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )


async def test_unknown_token_is_401(call: Call) -> None:
    status, body = await call("getMe", token="999:WRONG")
    assert (status, body["description"]) == (401, "Unauthorized")


async def test_method_names_are_case_insensitive(call: Call) -> None:
    status, body = await call("GETME")
    assert status == 200
    assert body["result"]["is_bot"] is True


async def test_unknown_chat_is_refused(call: Call) -> None:
    status, body = await call("sendMessage", chat_id=424242, text="hi")
    assert (status, body["description"]) == (400, "Bad Request: chat not found")


async def test_send_message_returns_a_full_message(emu: Emulator, call: Call) -> None:
    emu.user(1001, "Анна").register()
    markup = {"inline_keyboard": [[BUTTON]]}
    status, body = await call(
        "sendMessage",
        chat_id=1001,
        text="<b>Привет</b>",
        parse_mode="HTML",
        reply_markup=markup,
    )
    assert status == 200
    message = body["result"]
    assert message["text"] == "Привет"
    assert message["entities"] == [{"type": "bold", "offset": 0, "length": 6}]
    assert message["from"]["id"] == 123456
    assert message["chat"] == {"id": 1001, "type": "private", "first_name": "Анна"}
    assert message["reply_markup"] == markup


async def test_message_checks(emu: Emulator, call: Call) -> None:
    emu.user(1001).register()
    cases = {
        "can't parse entities": {"text": "a & b", "parse_mode": "HTML"},
        "message is too long": {"text": "x" * 4097},
        "message text is empty": {"text": ""},
        "out of range": {"text": "hi", "entities": [{"type": "bold", "offset": 1, "length": 5}]},
        "BUTTON_DATA_INVALID": {
            "text": "hi",
            "reply_markup": {"inline_keyboard": [[{"text": "x", "callback_data": "é" * 33}]]},
        },
        "button text is empty": {
            "text": "hi",
            "reply_markup": {"inline_keyboard": [[{"text": "", "callback_data": "x"}]]},
        },
        "exactly one of": {
            "text": "hi",
            "reply_markup": {
                "inline_keyboard": [[{"text": "x", "callback_data": "x", "url": "https://a.b"}]]
            },
        },
    }
    for fragment, params in cases.items():
        status, body = await call("sendMessage", chat_id=1001, **params)
        assert status == 400, fragment
        assert body["ok"] is False and body["error_code"] == 400
        assert fragment in body["description"], body
    assert emu.api.chats[1001].messages == []


async def test_form_encoded_and_multipart_requests(emu: Emulator) -> None:
    emu.user(1001).register()
    markup = json.dumps({"inline_keyboard": [[BUTTON]]})
    url = f"{emu.base_url}/bot{TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as session:
        form = {"chat_id": "1001", "text": "123", "reply_markup": markup}
        async with session.post(url, data=form) as response:
            body = await response.json()
        assert body["result"]["text"] == "123"
        multipart = aiohttp.FormData({"chat_id": "1001", "caption": "cv"})
        multipart.add_field("document", b"%PDF", filename="cv.pdf")
        async with session.post(url.replace("sendMessage", "sendDocument"), data=multipart) as r:
            body = await r.json()
    document = body["result"]["document"]
    assert (document["file_name"], document["mime_type"]) == ("cv.pdf", "application/pdf")
    assert emu.file_bytes(document["file_id"]) == b"%PDF"


async def test_edits_keep_history_and_refuse_no_change(emu: Emulator, call: Call) -> None:
    emu.user(1001).register()
    markup = {"inline_keyboard": [[BUTTON]]}
    _, sent = await call("sendMessage", chat_id=1001, text="one", reply_markup=markup)
    message_id = sent["result"]["message_id"]
    status, body = await call(
        "editMessageText", chat_id=1001, message_id=message_id, text="one", reply_markup=markup
    )
    assert status == 400
    assert body["description"].startswith("Bad Request: message is not modified: ")
    status, body = await call("editMessageText", chat_id=1001, message_id=message_id, text="two")
    assert status == 200
    assert body["result"]["text"] == "two" and "reply_markup" not in body["result"]
    status, body = await call("editMessageReplyMarkup", chat_id=1001, message_id=message_id)
    assert body["description"].startswith("Bad Request: message is not modified")
    stored = emu.api.chats[1001].find(message_id)
    assert stored is not None
    assert [v.text for v in stored.history] == ["one"]
    assert stored.history[0].reply_markup == markup
    status, body = await call("editMessageText", chat_id=1001, message_id=999, text="x")
    assert body["description"] == "Bad Request: message to edit not found"


async def test_delete_message(emu: Emulator, call: Call) -> None:
    user = emu.user(1001)
    user.register()
    _, sent = await call("sendMessage", chat_id=1001, text="bye")
    message_id = sent["result"]["message_id"]
    assert (await call("deleteMessage", chat_id=1001, message_id=message_id))[0] == 200
    _, body = await call("deleteMessage", chat_id=1001, message_id=message_id)
    assert body["description"] == "Bad Request: message to delete not found"
    assert user.transcript()[0].deleted
    assert user.bot_messages() == []


async def test_callback_query_is_answered_once(emu: Emulator, call: Call) -> None:
    user = emu.user(1001)
    user.register()
    await call(
        "sendMessage", chat_id=1001, text="hi", reply_markup={"inline_keyboard": [[BUTTON]]}
    )
    query_id = await user.press("Откликнуться")
    assert (await call("answerCallbackQuery", callback_query_id=query_id, text="ok"))[0] == 200
    for bad_id in (query_id, "12345"):
        status, body = await call("answerCallbackQuery", callback_query_id=bad_id)
        assert status == 400
        assert body["description"].startswith("Bad Request: query is too old")
    assert user.callback_answers()[0].text == "ok"


async def test_reply_markup_press_errors_list_buttons(emu: Emulator, call: Call) -> None:
    user = emu.user(1001)
    user.register()
    await call(
        "sendMessage", chat_id=1001, text="hi", reply_markup={"inline_keyboard": [[BUTTON]]}
    )
    with pytest.raises(LookupError, match="Откликнуться"):
        await user.press("Нет такой")


async def test_429_and_5xx_faults(emu: Emulator, call: Call) -> None:
    emu.fail("getMe", "429", retry_after=7)
    emu.fail("getMe", "5xx", status=502)
    status, body = await call("getMe")
    assert (status, body["parameters"]) == (429, {"retry_after": 7})
    assert body["description"] == "Too Many Requests: retry after 7"
    status, body = await call("getMe")
    assert (status, body["error_code"]) == (502, 502)
    assert (await call("getMe"))[0] == 200
    assert [r.status for r in emu.calls("getme")] == [429, 502, 200]


async def test_slow_fault_delays_the_answer(emu: Emulator, call: Call) -> None:
    emu.fail("getMe", "slow", delay=0.3)
    started = time.monotonic()
    assert (await call("getMe"))[0] == 200
    assert time.monotonic() - started >= 0.3


async def test_dropped_connection(emu: Emulator, call: Call) -> None:
    emu.fail("getMe", "drop", times=1)
    with pytest.raises(aiohttp.ClientError):
        await call("getMe")
    assert (await call("getMe"))[0] == 200
    assert [r.status for r in emu.errors()] == [0]


async def test_get_updates_confirms_only_with_greater_offset(emu: Emulator, call: Call) -> None:
    user = emu.user(1001)
    for text in ("a", "b", "c"):
        await user.send(text)
    _, body = await call("getUpdates", limit=2)
    ids = [u["update_id"] for u in body["result"]]
    assert len(ids) == 2
    _, again = await call("getUpdates")
    assert [u["update_id"] for u in again["result"]] == [*ids, ids[1] + 1]
    _, after = await call("getUpdates", offset=ids[1] + 1)
    assert [u["update_id"] for u in after["result"]] == [ids[1] + 1]
    _, last = await call("getUpdates", offset=-1)
    assert [u["message"]["text"] for u in last["result"]] == ["c"]
    _, none = await call("getUpdates", offset=ids[1] + 2)
    assert none["result"] == []


async def test_negative_offset_forgets_older_updates(emu: Emulator, call: Call) -> None:
    user = emu.user(1001)
    for text in ("a", "b", "c"):
        await user.send(text)
    _, body = await call("getUpdates", offset=-2)
    assert [u["message"]["text"] for u in body["result"]] == ["b", "c"]
    _, body = await call("getUpdates")
    assert [u["message"]["text"] for u in body["result"]] == ["b", "c"]


async def test_long_poll_times_out_empty_and_wakes_on_update(emu: Emulator, call: Call) -> None:
    started = time.monotonic()
    _, body = await call("getUpdates", timeout=0.3)
    assert body["result"] == [] and time.monotonic() - started >= 0.3
    poll = asyncio.create_task(call("getUpdates", timeout=5))
    await asyncio.sleep(0.05)
    await emu.user(1001).send("hello")
    _, body = await asyncio.wait_for(poll, 1)
    assert body["result"][0]["message"]["text"] == "hello"


async def test_allowed_updates_filter_new_updates(emu: Emulator, call: Call) -> None:
    user = emu.user(1001)
    user.register()
    await call(
        "sendMessage", chat_id=1001, text="hi", reply_markup={"inline_keyboard": [[BUTTON]]}
    )
    await call("getUpdates", allowed_updates=["message"])
    await user.press("Откликнуться")
    await user.send("text")
    _, body = await call("getUpdates")
    assert [next(k for k in u if k != "update_id") for u in body["result"]] == ["message"]


async def test_webhook_blocks_get_updates(call: Call) -> None:
    assert (await call("setWebhook", url="https://example.org/hook"))[0] == 200
    status, body = await call("getUpdates")
    assert status == 409 and "webhook is active" in body["description"]
    assert (await call("deleteWebhook"))[0] == 200
    assert (await call("getUpdates"))[0] == 200


async def test_commands_and_chat_info(emu: Emulator, call: Call) -> None:
    commands = [{"command": "start", "description": "Начать"}]
    assert (await call("setMyCommands", commands=commands, language_code="ru"))[0] == 200
    _, body = await call("getMyCommands", language_code="ru")
    assert body["result"] == commands
    assert emu.commands(language_code="ru") == commands
    bad = [{"command": "Start!", "description": "x"}]
    assert (await call("setMyCommands", commands=bad))[1]["description"].startswith(
        "Bad Request: BOT_COMMAND_INVALID"
    )
    emu.group(-100123, "HR")
    _, body = await call("getChat", chat_id=-100123)
    assert body["result"]["title"] == "HR"


async def test_blocked_user_gives_403(emu: Emulator, call: Call) -> None:
    emu.user(1001).block()
    status, body = await call("sendMessage", chat_id=1001, text="hi")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")


async def test_request_log_records_every_call(emu: Emulator, call: Call) -> None:
    await call("getMe")
    await call("sendMessage", chat_id=1, text="x")
    assert [(r.method, r.status) for r in emu.requests] == [("getMe", 200), ("sendMessage", 400)]
    with pytest.raises(AssertionError, match="chat not found"):
        emu.assert_no_errors()
