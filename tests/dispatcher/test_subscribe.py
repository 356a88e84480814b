"""Subscribing through the dispatcher: /subscribe with and without a filter, /unsubscribe, the
buttons, and the admin's «stop» under a broadcast's progress."""

from __future__ import annotations

from bot.storage import BroadcastRepo, SubscriptionRepo
from tests.conftest import ADMIN_ID, SAMPLES, SEED, SHIPPED, MakeHarness
from tests.harness import Harness, callback_answers


async def test_subscribe_narrowed_refused_and_unsubscribe(samples: Harness) -> None:
    repo = SubscriptionRepo(samples.dp["db"])
    chat = samples.chat()
    await chat.send("/subscribe  москва ")
    assert "в городе «москва»" in chat.last_message().text
    await chat.send("/subscribe <b>Марс</b>")
    said = chat.last_message().text
    assert "Не знаю города или тега «<b>Марс</b>»" in said and "Москва" in said
    assert [(s.city, s.tag) for s in await repo.of(chat.user.id)] == [("москва", "")]
    await chat.send("/unsubscribe")
    assert "Вы отписались" in chat.last_message().text
    await chat.send("/unsubscribe")
    assert "Вы не были подписаны" in chat.last_message().text
    assert await repo.of(chat.user.id) == []


async def test_the_list_button_subscribes_and_the_notice_button_unsubscribes(
    samples: Harness,
) -> None:
    repo = SubscriptionRepo(samples.dp["db"])
    chat = samples.chat()
    await chat.send("/vacancies")
    calls = await chat.press("🔔 Сообщить о новых вакансиях")
    assert callback_answers(calls)[0].params["text"] == "Готово"
    assert "Подписка оформлена" in chat.last_message().text
    assert len(await repo.of(chat.user.id)) == 1
    calls = await chat.press_data("su:off")
    assert len(callback_answers(calls)) == 1
    assert "Вы отписались" in chat.last_message().text
    assert await repo.of(chat.user.id) == []


async def test_the_admin_stops_a_running_broadcast(make_harness: MakeHarness) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    db = harness.dp["db"]
    await SubscriptionRepo(db).subscribe(4242, "ru")
    broadcast_id, queued = await BroadcastRepo(db).start("courier", None, [], ADMIN_ID)
    assert queued == 1
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    await admin.send("/help")  # a message of the bot's to press under
    calls = await admin.press_data(f"bc:x:{broadcast_id}")
    assert callback_answers(calls)[0].params["text"] == "Рассылка остановлена"
    calls = await admin.press_data(f"bc:x:{broadcast_id}")
    assert callback_answers(calls)[0].params["text"] == "Рассылка уже закончилась"
    progress = await BroadcastRepo(db).progress(broadcast_id)
    assert progress is not None and progress.status == "cancelled" and progress.sent == 0
