"""Limits that keep one person from flooding the bot or the HR chat."""

from __future__ import annotations

from bot.middlewares import FLOOD_BURST, Bucket, PersonMiddleware
from tests.conftest import SEED
from tests.harness import Harness, callback_answers, sent_texts

FLOOD = "Вы пишете очень быстро — я не успеваю. Подождите, пожалуйста, минуту и отправьте ещё раз."


async def test_a_flood_of_messages_is_stopped_with_one_polite_note(seed: Harness) -> None:
    chat = seed.chat()
    for _ in range(FLOOD_BURST):
        assert sent_texts(await chat.send("/help"))  # a person's pace: every one is answered
    assert sent_texts(await chat.send("/help")) == [FLOOD]
    assert await chat.send("/help") == []  # said once: a flood is not answered with a flood
    other = seed.chat(user_id=2002)
    assert sent_texts(await other.send("/help"))  # someone else is not held up


async def test_a_flood_of_button_presses_is_answered_and_dropped(seed: Harness) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    card = chat.last_message()
    conditions = card.callback_for("Условия")
    assert conditions is not None
    back = f"p:open:{SEED}"
    for n in range(FLOOD_BURST - 1):  # section, card, section…: each press edits the message
        assert callback_answers(await chat.press_data(back if n % 2 else conditions, on=card))
    calls = await chat.press_data(conditions, on=card)
    assert [(c.method, c.params.get("text")) for c in calls] == [("AnswerCallbackQuery", FLOOD)]


def test_a_persons_bucket_takes_a_burst_then_one_per_drained_unit() -> None:
    bucket = Bucket(3, 60.0)  # three at once, then one every 20 s
    assert [bucket.take(100.0) for _ in range(4)] == [True, True, True, False]
    assert not bucket.take(119.0)  # 0.95 of a unit drained: not yet
    assert bucket.take(120.5)
    assert not bucket.take(120.5)
    assert [bucket.take(1000.0) for _ in range(4)] == [True, True, True, False]  # empty again


async def test_the_locale_limit_and_press_answer_are_one_pass_and_edits_are_not_limited(
    seed: Harness,
) -> None:
    """One outer middleware per observer (each costs a wrapper per update); edits carry the
    locale but take nothing from the flood bucket."""
    dp = seed.dp
    for observer in (dp.message, dp.edited_message, dp.callback_query):
        assert [type(m) for m in observer.outer_middleware._middlewares] == [PersonMiddleware]
    chat = seed.chat()
    for _ in range(FLOOD_BURST + 5):
        await chat.edit("исправил")
    assert sent_texts(await chat.send("/help")) != [FLOOD]
