"""Candidates ask in their own words; the bot answers from the posting or hands over to HR."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from aiogram.types import Message, Update

from bot.keyboards import PageCB, PostingCB
from bot.storage import QuestionRepo
from tests.conftest import HR_CHAT_ID, SAMPLES, SEED, SHIPPED, MakeHarness
from tests.harness import Harness, UserChat


async def test_question_about_the_open_posting_is_answered_with_a_quote(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.send("Какой график?")
    reply = chat.last_message()
    assert reply.text.splitlines()[0] == "Из раздела «Условия»:"
    assert reply.styled("bold") == ["Из раздела «Условия»:"]
    assert "график работы 5/2, 8-часовой рабочий день" in reply.text.splitlines()[1]
    assert reply.buttons == ["Откликнуться", "← К вакансии"]
    stored = await QuestionRepo(seed.dp["db"]).list_for_user_posting(chat.user.id, SEED)
    assert [(q.question_text, q.answered, q.section) for q in stored] == [
        ("Какой график?", True, "conditions")
    ]


async def test_ask_button_prompts_for_a_question(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.press("Задать вопрос")
    assert "Напишите вопрос о вакансии «Специалист службы поддержки пользователей»" in (
        chat.last_message().text
    )
    await chat.send("Можно работать из дома?")
    assert "гибридный" in chat.last_message().text


async def test_unanswered_question_goes_to_hr_and_the_reply_comes_back(seed: Harness) -> None:
    chat = seed.chat(user_id=4004, first_name="Пётр <b>&", username="petr")
    hr = seed.group(HR_CHAT_ID, member_id=6006, first_name="Ольга")
    await chat.send(f"/start {SEED}")
    await chat.send("Какая зарплата?")
    offer = chat.last_message()
    assert offer.text == "В описании вакансии об этом не сказано. Передать вопрос HR?"
    assert offer.buttons == ["Передать", "Не нужно"]

    await chat.press("Передать")
    assert chat.last_message().text.startswith("Передал ваш вопрос HR")
    forwarded = hr.last_message()
    assert forwarded.text.splitlines()[0] == (
        "❓ Вопрос по вакансии «Специалист службы поддержки пользователей»"
    )
    assert "От: Пётр <b>& (@petr)" in forwarded.text
    assert "Какая зарплата?" in forwarded.text
    assert forwarded.styled("text_link") == ["Пётр <b>&"]
    assert [e.url for e in forwarded.entities if e.type == "text_link"] == ["tg://user?id=4004"]

    await hr.send("От 80 000 ₽ на руки, обсуждается на интервью.", reply_to=forwarded)
    relayed = chat.last_message()
    assert relayed.text.splitlines()[0] == "Ответ HR на ваш вопрос «Какая зарплата?»:"
    assert relayed.text.endswith("От 80 000 ₽ на руки, обсуждается на интервью.")
    assert hr.last_message().text == "✓ Ответ отправлен кандидату."
    stored = await QuestionRepo(seed.dp["db"]).list_for_user_posting(4004, SEED)
    assert stored[0].hr_reply_text == "От 80 000 ₽ на руки, обсуждается на интервью."
    assert stored[0].answered is False


async def test_pressing_pass_twice_sends_once(seed: Harness) -> None:
    chat = seed.chat()
    hr = seed.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    await chat.send("Есть ли дресс-код?")
    query = chat.query_for("Передать")
    from aiogram.types import Update

    await seed.feed(Update(update_id=seed.next_update_id(), callback_query=query))
    calls = await seed.feed(Update(update_id=seed.next_update_id(), callback_query=query))
    assert [c.method for c in calls] == ["AnswerCallbackQuery"]
    assert calls[0].params["text"] == "Этот вопрос уже передан HR."
    assert len(hr.messages()) == 1


async def test_declining_the_handover_sends_nothing_to_hr(seed: Harness) -> None:
    chat = seed.chat()
    hr = seed.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    await chat.send("Можно с собакой?")
    await chat.press("Не нужно")
    assert chat.last_message().text.startswith("Хорошо, не передаю")
    assert hr.messages() == []


async def test_hr_chatter_that_is_not_a_reply_to_a_question_is_ignored(seed: Harness) -> None:
    hr = seed.group(HR_CHAT_ID)
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    assert await hr.send("Всем привет") == []


async def test_question_with_no_posting_chosen_asks_which_one(samples: Harness) -> None:
    chat = samples.chat()
    await chat.send("Сколько платят?")
    reply = chat.last_message()
    assert reply.text == "Про какую вакансию ваш вопрос?"
    assert "Python-разработчик (backend)" in reply.buttons
    await chat.press("Python-разработчик (backend)")
    answer = chat.last_message()
    assert "250 000" in answer.text.splitlines()[1]


async def test_with_a_single_posting_the_question_needs_no_choice(
    make_harness: MakeHarness,
) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md")
    chat = harness.chat()
    await chat.send("Где находится офис?")
    assert "Сокол" in chat.last_message().text


async def test_english_question_gets_an_english_answer(make_harness: MakeHarness) -> None:
    harness = await make_harness(SAMPLES / "customer-success-manager.md")
    chat = harness.chat(language_code="en")
    await chat.send("How many vacation days do I get?")
    reply = chat.last_message()
    assert "24 days" in reply.text
    assert reply.buttons == ["Apply", "← Back to the vacancy"]


async def test_a_question_for_an_unreachable_hr_chat_waits_and_reaches_hr_later(
    seed: Harness,
) -> None:
    chat = seed.chat()
    hr = seed.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    await chat.send("Можно ли взять отпуск в первый месяц?")
    seed.session.fail("SendMessage", error="chat_not_found", chat_id=HR_CHAT_ID)
    await chat.press("Передать")
    assert chat.last_message().text.startswith("Передал ваш вопрос HR")
    assert hr.messages() == []  # kept in the outbox, not lost
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)  # the chat is back
    assert await seed.dp["outbox_worker"].deliver_due(seed.bot, later) == 1
    forwarded = hr.last_message()
    assert "Можно ли взять отпуск в первый месяц?" in forwarded.text
    await hr.send("Можно, по согласованию.", reply_to=forwarded)
    assert chat.last_message().text.endswith("Можно, по согласованию.")


async def test_hr_sees_an_english_postings_question_in_english(make_harness: MakeHarness) -> None:
    harness = await make_harness(SAMPLES / "customer-success-manager.md")
    chat = harness.chat(language_code="en")
    hr = harness.group(HR_CHAT_ID)
    await chat.send("Do you offer stock options?")
    await chat.press("Pass it on")
    forwarded = hr.last_message()
    assert forwarded.text.startswith("❓ A question about “Customer Success Manager")
    await hr.send("Not at the moment.", reply_to=forwarded)
    assert hr.last_message().text == "✓ The reply was sent to the candidate."
    assert chat.last_message().text.endswith("Not at the moment.")


async def test_small_talk_gets_a_hint_and_is_not_offered_to_hr(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.send("Привет! Как дела?")
    reply = chat.last_message()
    assert reply.text.startswith("Я бот и отвечаю на вопросы о вакансии")
    assert "Передать" not in reply.buttons
    assert await QuestionRepo(seed.dp["db"]).unanswered_stats() == []


# --- text that hides, and floods of questions ----------------------------------------------------


INVISIBLE = ["\u200b", "\x00", "\u200b\u200d\u2060", "\u3164", "\u202e \u202c"]


@pytest.mark.parametrize("text", INVISIBLE)
async def test_an_invisible_question_is_not_offered_to_hr(seed: Harness, text: str) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.send(text)
    reply = chat.last_message()
    assert reply.text == "Кажется, сообщение пустое. Напишите вопрос словами, пожалуйста."
    assert reply.buttons == []
    assert await QuestionRepo(seed.dp["db"]).list_for_user_posting(chat.user.id, SEED) == []


async def test_hr_sees_a_question_without_bidi_controls(seed: Harness) -> None:
    chat = seed.chat(user_id=4010, first_name="Пётр\u202eвонавИ")
    hr = seed.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    await chat.send("Можно ли\u202e с собакой\u200b?")
    await chat.press("Передать")
    forwarded = hr.last_message().text
    assert "От: ПётрвонавИ (@anna)" in forwarded
    assert "Можно ли с собакой?" in forwarded
    assert not any(0x200B <= ord(c) <= 0x200F or 0x202A <= ord(c) <= 0x202E for c in forwarded)


async def test_one_person_passes_at_most_five_questions_an_hour_to_hr(seed: Harness) -> None:
    chat = seed.chat(user_id=4020)
    hr = seed.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    for n in range(1, 7):
        await chat.send(f"Можно ли взять с собой в офис кота номер {n}?")
        await chat.press("Передать")
    assert len(hr.messages()) == 5
    held = chat.last_message()
    assert held.text.startswith("За этот час вы уже передали HR 5 вопросов")
    assert held.buttons == ["Передать", "Не нужно"]  # the sixth is kept, to pass on later
    stored = await QuestionRepo(seed.dp["db"]).list_for_user_posting(4020, SEED)
    assert [q.hr_message_id is not None for q in stored] == [True] * 5 + [False]
    other = seed.chat(user_id=4021)
    await other.send(f"/start {SEED}")
    await other.send("Можно ли взять с собой в офис кота?")
    await other.press("Передать")
    assert len(hr.messages()) == 6  # someone else's question still goes through


# --- replies routed by (chat, message id) of a question the bot sent ----------------------------


async def ask_and_pass_on(chat: UserChat, question: str) -> None:
    await chat.send(f"/start {SEED}")
    await chat.send(question)
    await chat.press("Передать")


async def test_a_chat_numbered_afresh_routes_hr_replies_to_the_new_question(
    make_harness: MakeHarness,
) -> None:
    # The demo keeps its database but starts a fresh emulator: message ids begin again.
    first = await make_harness(SHIPPED / f"{SEED}.md")
    hr = first.group(HR_CHAT_ID)
    await ask_and_pass_on(first.chat(user_id=4100), "Можно ли прийти с собакой?")
    old = hr.last_message()
    await hr.send("Да, можно.", reply_to=old)

    again = await make_harness(SHIPPED / f"{SEED}.md")  # the same database file
    chat = again.chat(user_id=4101)
    hr = again.group(HR_CHAT_ID)
    await ask_and_pass_on(chat, "Есть ли парковка для велосипеда?")  # no IntegrityError
    forwarded = hr.last_message()
    assert forwarded.message_id == old.message_id  # the same id as the first question's
    await hr.send("Есть, у входа.", reply_to=forwarded)
    relayed = chat.last_message().text
    assert relayed.startswith("Ответ HR на ваш вопрос «Есть ли парковка для велосипеда?»")
    assert relayed.endswith("Есть, у входа.")
    stored = await QuestionRepo(again.dp["db"]).list_for_user_posting(4100, SEED)
    assert stored[0].hr_reply_text == "Да, можно."  # the old question kept its own reply
    assert stored[0].forwarded_at is not None  # and still counts as passed to HR


async def test_hr_replying_to_their_own_message_is_not_relayed(seed: Harness) -> None:
    chat = seed.chat(user_id=4200)
    hr = seed.group(HR_CHAT_ID)
    await ask_and_pass_on(chat, "Можно ли прийти с собакой?")
    forwarded = hr.last_message()
    # HR's own message that happens to carry the same id as the bot's forwarded question.
    own = Message(
        message_id=forwarded.message_id,
        date=dt.datetime.now(dt.UTC),
        chat=hr.chat,
        from_user=hr.user,
        text=forwarded.text,
    )
    reply = Message(
        message_id=seed.next_message_id(),
        date=dt.datetime.now(dt.UTC),
        chat=hr.chat,
        from_user=hr.user,
        text="Кто ответит?",
        reply_to_message=own,
    )
    before = len(chat.messages())
    assert await seed.feed(Update(update_id=seed.next_update_id(), message=reply)) == []
    assert len(chat.messages()) == before


async def test_a_reply_to_a_bot_message_whose_id_a_question_once_had_is_not_relayed(
    seed: Harness,
) -> None:
    chat = seed.chat(user_id=4300)
    hr = seed.group(HR_CHAT_ID)
    await ask_and_pass_on(chat, "Можно ли прийти с собакой?")
    forwarded = hr.last_message()
    # A stale record: the same (chat, id) now carries another of the bot's messages.
    hint = "Ответьте на это сообщение (reply) — я перешлю ответ кандидату."
    forwarded.text = f"❓ Вопрос по вакансии «Другая»\nОт: Иван\n\nА обед есть?\n\n{hint}"
    before = len(chat.messages())
    await hr.send("Это про другое.", reply_to=forwarded)
    assert len(chat.messages()) == before


async def test_a_blank_question_stored_earlier_is_never_passed_on(seed: Harness) -> None:
    chat = seed.chat(user_id=4400)
    hr = seed.group(HR_CHAT_ID)
    await chat.send(f"/start {SEED}")
    question_id = await QuestionRepo(seed.dp["db"]).add(4400, SEED, "\u200b\x00", False)
    calls = await chat.press_data(f"h:send:{question_id}")
    assert [(c.method, c.params.get("text")) for c in calls] == [
        ("AnswerCallbackQuery", "Этот вопрос больше не найден.")
    ]
    assert hr.messages() == []


async def test_the_index_a_first_question_builds_is_left_out_of_full_collections(
    seed: Harness,
) -> None:
    # Indexes live as long as their postings: walked by every full collection, a thousand of
    # them stalled the bot for 100-200 ms each time.
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    frozen = gc.get_freeze_count()
    await chat.send("Какой график?")
    assert "график работы 5/2" in chat.last_message().text
    assert gc.get_freeze_count() > frozen
    frozen = gc.get_freeze_count()
    await chat.send("Можно работать из дома?")  # the index is there already: nothing to freeze
    assert "гибридный" in chat.last_message().text
    assert gc.get_freeze_count() <= frozen


async def _settled() -> None:
    """Let the callbacks an update left on the event loop run (the index built after it)."""
    import asyncio

    await asyncio.sleep(0)


async def test_opening_a_card_builds_its_index_before_the_first_question(
    samples: Harness,
) -> None:
    answerer, catalog = samples.dp["answerer"], samples.dp["catalog"]
    posting = catalog.get(SEED)
    assert not answerer.has_index(posting)
    chat = samples.chat()
    await chat.send(f"/start {SEED}")
    await _settled()
    assert answerer.has_index(posting)  # built after the card was sent, not on the question
    index = answerer._index_of(posting)
    assert index.by_stem and index.by_prefix  # and what nearly every first question builds
    await chat.send("Какой график?")
    assert "график работы 5/2" in chat.last_message().text
    assert answerer._index_of(posting) is index


@pytest.mark.parametrize("way", ["list", "section", "ask"])
async def test_a_card_opened_from_the_list_a_section_or_the_ask_button_builds_it_too(
    samples: Harness, way: str
) -> None:
    answerer, catalog = samples.dp["answerer"], samples.dp["catalog"]
    posting = catalog.get(SEED)
    chat = samples.chat()
    await chat.send("/start")
    assert not answerer.has_index(posting)  # the list alone builds nothing
    if way == "list":
        await chat.press("Специалист службы поддержки пользователей")
    elif way == "section":
        await chat.press_data(PageCB(slug=SEED, index=0).pack())
    else:
        await chat.press_data(PostingCB(action="ask", slug=SEED).pack())
    await _settled()
    assert answerer.has_index(posting)
