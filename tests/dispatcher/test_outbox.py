"""HR summaries go through the outbox: a 429 or an unreachable HR chat delays them, and each
part is delivered later exactly once. The candidate's handler never waits for delivery; one
item's trouble never stops the others; a group that became a supergroup is followed."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.fsm.storage.base import StorageKey
from aiogram.methods import SendMessage
from aiogram.types import InlineKeyboardMarkup, LoginUrl, MessageEntity, Update

from bot.app import follow_chat_migrations
from bot.keyboards import summary_markup
from bot.outbox import (
    API_TIMEOUT,
    SEND_TIMEOUT,
    OutboxWorker,
    backoff,
    part_entities,
    part_markup,
    rendered_to_part,
    with_markup,
)
from bot.postings.render import Entity, Rendered
from bot.session import LeanSession
from bot.storage import OutboxRepo
from bot.telegram import call, to_entities
from tests.conftest import ADMIN_ID, HR_CHAT_ID, SAMPLES, MakeHarness
from tests.dispatcher.test_questionnaire import (
    fill_backend,
    open_and_consent,
    write_long_form,
)
from tests.harness import BOT_ID, TOKEN, Harness, RecordingSession

SUPERGROUP = -1_009_876_543_210
OTHER_CHAT = -100600


@pytest.fixture
async def bot(make_harness: MakeHarness, tmp_path: Path) -> Harness:
    return await make_harness(SAMPLES)


def later(seconds: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)


def worker(bot: Harness) -> OutboxWorker:
    found: OutboxWorker = bot.dp["outbox_worker"]
    return found


async def test_summary_after_429_is_delivered_later_exactly_once(bot: Harness) -> None:
    chat = bot.chat(user_id=4001)
    hr = bot.group(HR_CHAT_ID)
    bot.session.fail("SendMessage", 2, error="retry_after", chat_id=HR_CHAT_ID, retry_after=30)
    await fill_backend(chat)
    await chat.press("Отправить")
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")  # the candidate knows
    assert hr.messages() == []
    outbox = OutboxRepo(bot.dp["db"])
    assert await outbox.pending_count() == 1

    assert await worker(bot).deliver_due(bot.bot) == 0  # not due yet: Telegram said 30 s
    assert await worker(bot).deliver_due(bot.bot, now=later(31)) == 0  # the second 429
    assert hr.messages() == []
    assert await worker(bot).deliver_due(bot.bot, now=later(62)) == 1
    assert len(hr.messages()) == 1
    assert hr.last_message().text.startswith("📝 Новый отклик #1")
    assert await worker(bot).deliver_due(bot.bot, now=later(3600)) == 0
    assert len(hr.messages()) == 1
    assert await outbox.pending_count() == 0
    item = await bot.dp["db"].fetchone("SELECT attempts, last_error, status FROM outbox")
    assert tuple(item) == (2, "retry after", "sent")


async def test_unreachable_hr_chat_postpones_and_delivers_when_it_is_back(bot: Harness) -> None:
    chat = bot.chat(user_id=4002)
    bot.session.fail("SendMessage", 1, error="chat_not_found", chat_id=HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Отправить")
    outbox = OutboxRepo(bot.dp["db"])
    assert await outbox.pending_count() == 1
    hr = bot.group(HR_CHAT_ID)  # HR added the bot back
    assert await worker(bot).deliver_due(bot.bot, now=later(60)) == 0  # waits ~15 minutes
    bot.session.fail("SendMessage", 1, error="forbidden", chat_id=HR_CHAT_ID)
    assert await worker(bot).deliver_due(bot.bot, now=later(16 * 60)) == 0
    assert await worker(bot).deliver_due(bot.bot, now=later(32 * 60)) == 1
    assert len(hr.messages()) == 1


async def test_a_long_summary_resumes_at_the_part_that_failed(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    bot = await make_harness(write_long_form(tmp_path, "long"))
    chat = bot.chat(user_id=4003)
    hr = bot.group(HR_CHAT_ID)
    await open_and_consent(chat, "long")
    for n in range(1, 6):
        await chat.send(f"{n} " + "слово " * 160)
    sent_before = len(bot.session.calls)
    # the first part goes through, the second meets a 429
    original = bot.session._maybe_fail
    seen: list[int] = []

    def fail_second(method, params):  # type: ignore[no-untyped-def]
        if type(method).__name__ == "SendMessage" and params.get("chat_id") == HR_CHAT_ID:
            seen.append(1)
            if len(seen) == 2:
                bot.session.fail("SendMessage", 1, chat_id=HR_CHAT_ID, retry_after=10)
        original(method, params)

    bot.session._maybe_fail = fail_second  # type: ignore[method-assign]
    await chat.press("Отправить")
    assert len(hr.messages()) == 1
    assert await worker(bot).deliver_due(bot.bot, now=later(11)) >= 1
    parts = hr.messages()
    assert parts[0].text.startswith("📝 Новый отклик #1")
    assert parts[1].text.startswith("Отклик #1 (часть 2 из")
    texts = [p.text for p in parts]
    assert len(texts) == len(set(texts))  # no part twice
    assert len(bot.session.calls) > sent_before


async def test_the_background_loop_delivers_when_woken(bot: Harness) -> None:
    chat = bot.chat(user_id=4004)
    hr = bot.group(HR_CHAT_ID)
    bot.session.fail("SendMessage", 1, error="retry_after", chat_id=HR_CHAT_ID, retry_after=0)
    await fill_backend(chat)
    await chat.press("Отправить")
    assert hr.messages() == []
    loop_worker = OutboxWorker(OutboxRepo(bot.dp["db"]), idle=30)
    task = asyncio.create_task(loop_worker.run(bot.bot))
    try:
        for _ in range(100):
            if hr.messages():
                break
            await asyncio.sleep(0.01)
        assert len(hr.messages()) == 1
        loop_worker.wake()
        await asyncio.sleep(0.05)
        assert len(hr.messages()) == 1
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in range(4)] == [5, 10, 20, 40]
    assert backoff(50).total_seconds() == 600


async def test_submit_only_commits_and_wakes_the_worker_never_sends_to_hr(bot: Harness) -> None:
    outbox = OutboxRepo(bot.dp["db"])
    bot.group(OTHER_CHAT)
    # Someone else's message waits in the outbox: this candidate's tap must not send it.
    await outbox.enqueue(OTHER_CHAT, [{"text": "чужая сводка", "entities": []}])
    chat = bot.chat(user_id=4010)
    hr = bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    query = chat.query_for("Отправить")
    before = len(bot.session.calls)
    # Straight through the dispatcher: the harness's stand-in for the worker loop stays out.
    await bot.dp.feed_update(bot.bot, Update(update_id=9_000, callback_query=query))
    during = bot.session.calls[before:]
    assert [c.params["chat_id"] for c in during if c.method == "SendMessage"] == [4010]
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")
    assert await outbox.pending_count() == 2
    # The handler woke the worker; what the loop then does delivers both.
    assert await worker(bot).deliver_if_woken(bot.bot) == 2
    assert len(hr.messages()) == 1 and len(bot.group(OTHER_CHAT).messages()) == 1


async def test_an_unexpected_error_postpones_that_item_only(bot: Harness) -> None:
    outbox = OutboxRepo(bot.dp["db"])
    other = bot.group(OTHER_CHAT)
    chat = bot.chat(user_id=4011)
    hr = bot.group(HR_CHAT_ID)
    bot.session.fail("SendMessage", 1, error="unexpected", chat_id=HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Отправить")  # the harness fails if anything is logged as an error
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")
    assert not any("Что-то пошло не так" in m.text for m in chat.messages())
    assert hr.messages() == []
    # Another item queued after it still goes out, while the failed one waits its turn.
    await outbox.enqueue(OTHER_CHAT, [{"text": "другая сводка", "entities": []}])
    assert await worker(bot).deliver_due(bot.bot) == 1
    assert [m.text for m in other.messages()] == ["другая сводка"]
    row = await bot.dp["db"].fetchone(
        "SELECT attempts, last_error, status FROM outbox WHERE chat_id = ?", (HR_CHAT_ID,)
    )
    assert tuple(row) == (1, "unexpected RuntimeError", "pending")
    assert await worker(bot).deliver_due(bot.bot, now=later(backoff(0).total_seconds() + 1)) == 1
    assert len(hr.messages()) == 1


async def test_a_group_upgraded_to_a_supergroup_is_followed_and_the_admin_told(
    bot: Harness,
) -> None:
    admin = bot.chat(user_id=ADMIN_ID)
    await follow_chat_migrations(bot.bot, bot.dp["db"], bot.dp["settings"])
    supergroup = bot.group(SUPERGROUP)
    bot.session.fail("SendMessage", 1, error="migrate", chat_id=HR_CHAT_ID, migrate_to=SUPERGROUP)
    first, second = bot.chat(user_id=4012), bot.chat(user_id=4013, first_name="Борис")
    await fill_backend(first)
    await first.press("Отправить")
    assert [m.text.split("\n")[0] for m in supergroup.messages()] == ["📝 Новый отклик #1"]
    told = admin.last_message().text
    assert str(HR_CHAT_ID) in told and str(SUPERGROUP) in told and "HR_CHAT_ID" in told
    await fill_backend(second)
    await second.press("Отправить")
    assert len(supergroup.messages()) == 2
    to_old = [c for c in bot.session.calls if c.params.get("chat_id") == HR_CHAT_ID]
    assert len(to_old) == 1  # only the refused one: the second went straight to the new id
    assert await OutboxRepo(bot.dp["db"]).pending_count() == 0
    # A question passed to HR goes to the supergroup too, and HR's reply there comes back.
    await second.send("Берёте ли вы на работу с попугаем?")
    await second.press("Передать")
    forwarded = supergroup.last_message()
    assert "с попугаем" in forwarded.text
    await supergroup.send("Берём, если он не кусается.", reply_to=forwarded)
    assert second.last_message().text.endswith("Берём, если он не кусается.")
    # After a restart (a new bot, the same database) the move is still known.
    session = RecordingSession()
    session.known_chats.add(SUPERGROUP)
    restarted = Bot(TOKEN, session=session)
    await follow_chat_migrations(restarted, bot.dp["db"], bot.dp["settings"])
    await restarted.send_message(HR_CHAT_ID, "после перезапуска")
    assert [c.params["chat_id"] for c in session.calls] == [SUPERGROUP]


async def test_summaries_wait_longer_than_the_api_before_giving_up(bot: Harness) -> None:
    chat = bot.chat(user_id=4014)
    bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Отправить")
    (call,) = [c for c in bot.session.calls if c.params.get("chat_id") == HR_CHAT_ID]
    assert call.timeout == SEND_TIMEOUT
    # A timeout on our side must not come before Telegram's own: then the message was sent.
    assert SEND_TIMEOUT > API_TIMEOUT >= bot.bot.session.timeout
    row = await bot.dp["db"].fetchone("SELECT message_ids_json FROM outbox")
    assert row[0] == f"[{hr_message_id(bot)}]"  # the mark keeps what Telegram answered


def hr_message_id(bot: Harness) -> int:
    return bot.group(HR_CHAT_ID).last_message().message_id


async def test_a_second_tap_after_a_crash_confirms_and_sends_no_second_summary(
    bot: Harness,
) -> None:
    chat = bot.chat(user_id=4015)
    hr = bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    storage = bot.dp.storage
    key = StorageKey(bot_id=BOT_ID, chat_id=4015, user_id=4015)
    form, screen = await storage.get_data(key), await storage.get_state(key)
    review = chat.last_message()
    submit = review.callback_for("Отправить")
    assert submit is not None
    await chat.press("Отправить")
    assert len(hr.messages()) == 1
    # SIGKILL after the commit, before the form was cleared: the form is as it was, and the
    # candidate, who saw no confirmation, taps «Отправить» again.
    await storage.set_data(key, form)
    await storage.set_state(key, screen)
    confirmations = len(chat.messages())
    await chat.press_data(submit, on=review)
    assert len(chat.messages()) == confirmations + 1
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")
    assert len(hr.messages()) == 1
    count = await bot.dp["db"].fetchone("SELECT COUNT(*) FROM outbox")
    assert count[0] == 1
    assert len(await bot.dp["db"].fetchall("SELECT id FROM applications")) == 1
    assert await storage.get_state(key) is None  # and now the form is cleared


async def test_an_item_addressed_to_a_person_is_never_sent(bot: Harness) -> None:
    bot.expect_errors = True  # it is logged as an error: someone misconfigured an HR chat
    person = bot.chat(user_id=4999)
    candidate = bot.chat(user_id=4016)
    outbox = OutboxRepo(bot.dp["db"])
    # An HR summary about candidate 4016, addressed to 4999 (a person, not a group)...
    await outbox.enqueue(4999, [{"text": "чужая анкета", "entities": []}], user_id=4016)
    # ...and HR's decision for the candidate's own chat, which is fine.
    await outbox.enqueue(
        4016, [{"text": "вас приглашают", "entities": []}], user_id=4016, to_candidate=True
    )
    assert await worker(bot).deliver_due(bot.bot) == 1
    assert person.messages() == []
    assert [m.text for m in candidate.messages()] == ["вас приглашают"]
    row = await bot.dp["db"].fetchone("SELECT status, last_error FROM outbox WHERE id = 1")
    assert tuple(row) == ("failed", "the HR chat is a person, not a group")


def test_no_handler_waits_for_delivery() -> None:
    """Handlers queue and wake the worker; sending from a handler would make the person wait
    for everyone's messages under their own lock (issue 15)."""
    handlers = Path(__file__).resolve().parents[2] / "bot" / "handlers"
    waiting = [p.name for p in handlers.rglob("*.py") if "deliver_due" in p.read_text()]
    assert waiting == []


def test_stored_entities_are_read_as_the_shared_ones_the_bot_sends() -> None:
    """A stored part's entities equal aiogram's reading of them, and are the very objects
    ``to_entities`` sends for the same text: no pydantic object per entity per delivery."""
    rendered = Rendered(
        "Имя: Анна, сайт",
        (Entity("bold", 0, 4), Entity("text_link", 11, 4, "https://example.com")),
    )
    stored = json.loads(json.dumps(rendered_to_part(rendered)))
    read = part_entities(stored)
    assert read == [MessageEntity(**entity) for entity in stored["entities"]]
    assert all(a is b for a, b in zip(read, to_entities(rendered), strict=True))
    # Anything rendered_to_part never writes is read by aiogram as before.
    odd = {
        "entities": [{"type": "custom_emoji", "offset": 0, "length": 1, "custom_emoji_id": "7"}]
    }
    assert part_entities(odd) == [MessageEntity(**odd["entities"][0])]


def test_a_stored_summary_is_sent_as_the_validated_call_would_be() -> None:
    """A summary part read back from the outbox (HR's decision buttons, a link to the candidate,
    bold labels) makes the very call, and the very JSON body, that pydantic's validation of the
    stored values makes: the buttons and the call are built without it."""
    rendered = Rendered(
        "Кандидат: Анна\nСтаж: 5",
        (Entity("text_link", 10, 4, "tg://user?id=100123"), Entity("bold", 15, 5)),
    )
    part = with_markup(rendered_to_part(rendered), summary_markup(42, "new", "ru"))
    stored = json.loads(json.dumps(part))
    read = part_markup(stored)
    validated = InlineKeyboardMarkup.model_validate(stored["reply_markup"])
    assert read == validated and read is not None
    assert read.model_fields_set == validated.model_fields_set
    assert read.__pydantic_private__ == validated.__pydantic_private__
    for ours, theirs in zip(read.inline_keyboard, validated.inline_keyboard, strict=True):
        for button, expected in zip(ours, theirs, strict=True):
            assert button.model_fields_set == expected.model_fields_set
            assert button.model_dump() == expected.model_dump()
    fields = {
        "chat_id": HR_CHAT_ID,
        "text": stored["text"],
        "entities": part_entities(stored),
        "reply_markup": read,
    }
    built = call(SendMessage, **fields)
    by_pydantic = SendMessage(
        chat_id=HR_CHAT_ID,
        text=stored["text"],
        entities=[MessageEntity(**entity) for entity in stored["entities"]],
        reply_markup=validated,
    )
    assert built == by_pydantic
    bot = Bot(TOKEN)
    assert LeanSession().build_json(bot, built) == LeanSession().build_json(bot, by_pydantic)


def test_a_stored_keyboard_with_other_buttons_is_read_by_pydantic() -> None:
    """Buttons the summary never stores (a URL, a login URL) are read by aiogram's models as
    before: their nested objects are objects, not dictionaries."""
    odd = {
        "inline_keyboard": [
            [{"text": "Сайт", "url": "https://example.com"}],
            [{"text": "Войти", "login_url": {"url": "https://example.com/login"}}],
        ]
    }
    read = part_markup({"text": "x", "reply_markup": odd})
    assert read == InlineKeyboardMarkup.model_validate(odd)
    assert read is not None and isinstance(read.inline_keyboard[1][0].login_url, LoginUrl)
    assert part_markup({"text": "x"}) is None
