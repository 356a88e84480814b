"""The HR desk, spoken as HR in the HR chat and as the candidate: decisions from the summary,
messages to the candidate, withdrawal, authorization, and the list of applications."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.keyboards import HrCB
from bot.storage import Answer, ApplicationRepo, ApplicationStatus, DeskRepo, OutboxRepo
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.dispatcher.test_questionnaire import BACKEND, fill_backend, write_posting
from tests.harness import Harness, Sent, UserChat, callback_answers, sent_texts

CANDIDATE = 2001
COURIER = "courier"
COURIER_POSTING = """---
title: Курьер <b>&
slug: courier
lang: ru
messages:
  invite: "{name}, приходите на встречу по вакансии «{title}» во вторник в 11:00."
questionnaire:
  - id: name
    text: Как к вам обращаться?
  - id: phone
    text: Ваш телефон?
    type: phone
---

Доставка заказов по району.
"""
DECISIONS = ["✅ Пригласить", "❌ Отказать", "🕓 В резерв", "✉️ Написать кандидату"]


@pytest.fixture
async def bot(make_harness: MakeHarness, tmp_path: Path) -> Harness:
    harness = await make_harness(SAMPLES, write_posting(tmp_path, COURIER, COURIER_POSTING))
    harness.session.known_chats.add(HR_CHAT_ID)
    return harness


async def apply_backend(bot: Harness, user_id: int = CANDIDATE) -> UserChat:
    chat = bot.chat(user_id=user_id)
    await fill_backend(chat)
    await chat.press("Отправить")
    return chat


async def apply_courier(bot: Harness, user_id: int = CANDIDATE) -> UserChat:
    chat = bot.chat(user_id=user_id, first_name="Игорь", username=None)
    await chat.send(f"/start {COURIER}")
    await chat.press("Откликнуться")
    await chat.press("Согласен")
    await chat.send("Игорь")
    await chat.send("+7 912 345-67-89")
    await chat.press("Отправить")
    return chat


def summary_of(hr: UserChat, application_id: int = 1) -> Sent:
    for sent in reversed(hr.messages()):
        if sent.text.startswith(("📝 Новый отклик", "📝 Обновлённый отклик")) and (
            f"#{application_id}\n" in sent.text
        ):
            return sent
    raise AssertionError(f"no summary of #{application_id}")


async def status_of(bot: Harness, application_id: int = 1) -> ApplicationStatus | None:
    return await DeskRepo(bot.dp["db"]).status(application_id)


async def test_invite_with_hrs_own_text_reaches_the_candidate_and_shows_on_the_summary(
    bot: Harness,
) -> None:
    chat = await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID, member_id=5001, first_name="Ольга")
    summary = summary_of(hr)
    assert summary.buttons == DECISIONS

    await hr.press("✅ Пригласить")
    prompt = hr.last_message()
    assert prompt.reply_to == summary.message_id
    assert prompt.text.startswith("Приглашение. Кандидат получит такое сообщение:")
    assert "Здравствуйте, Анна! Спасибо за отклик на вакансию «Python-разработчик" in prompt.text
    assert prompt.buttons == ["Отправить как есть", "Отмена"]
    assert await status_of(bot) == ApplicationStatus.NEW  # nothing is decided by the prompt

    own = "Ждём вас в среду в 11:00 <b>&</b>: https://meet.example/abc"
    await hr.send(own, reply_to=prompt)
    told = chat.last_message()
    assert told.text == (
        "Ответ HR по вашему отклику на вакансию «Python-разработчик (backend)»:\n\n" + own
    )
    assert await status_of(bot) == ApplicationStatus.INVITED

    summary = summary_of(hr)
    assert "Статус: ✅ приглашён" in summary.text
    assert "— ✅ приглашён, Ольга (id 5001)" in summary.text
    assert summary.buttons == ["❌ Отказать", "✉️ Написать кандидату"]
    prompt_now = next(m for m in hr.messages() if m.message_id == prompt.message_id)
    assert prompt_now.text.startswith("✅ Отправлено кандидату — Ольга (id 5001),")
    assert own in prompt_now.text and prompt_now.buttons == []

    history = await DeskRepo(bot.dp["db"]).history(1)
    assert [(c.old_status, c.new_status, c.changed_by) for c in history] == [
        (ApplicationStatus.NEW, ApplicationStatus.INVITED, 5001)
    ]
    assert history[0].message_text == own

    await chat.send("/my")
    assert "Python-разработчик (backend) — Приглашение" in chat.last_message().text


async def test_send_as_is_uses_the_postings_template_and_fills_name_and_title(
    bot: Harness,
) -> None:
    chat = await apply_courier(bot)
    hr = bot.group(HR_CHAT_ID)
    await hr.press("✅ Пригласить")
    assert "Игорь, приходите на встречу по вакансии «Курьер <b>&» во вторник" in (
        hr.last_message().text
    )
    await hr.press("Отправить как есть")
    assert chat.last_message().text.endswith(
        "Игорь, приходите на встречу по вакансии «Курьер <b>&» во вторник в 11:00."
    )
    assert await status_of(bot) == ApplicationStatus.INVITED


async def test_reject_with_the_locales_default_and_cancel_sends_nothing(bot: Harness) -> None:
    chat = await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID)
    before = len(chat.messages())
    await hr.press("❌ Отказать")
    await hr.press("Отмена")
    assert hr.last_message().text == "Отменено: кандидату ничего не отправлено."
    assert len(chat.messages()) == before
    assert await status_of(bot) == ApplicationStatus.NEW

    await hr.press("❌ Отказать")
    await hr.press("Отправить как есть")
    assert "Сейчас мы не готовы продолжить с вашей кандидатурой" in chat.last_message().text
    assert summary_of(hr).buttons == ["✉️ Написать кандидату"]
    await chat.send("/my")
    assert "— отказ" in chat.last_message().text


async def test_two_hr_members_deciding_at_once_one_wins_the_other_is_told(bot: Harness) -> None:
    chat = await apply_backend(bot)
    olga = bot.group(HR_CHAT_ID, member_id=5001, first_name="Ольга")
    ivan = bot.group(HR_CHAT_ID, member_id=5002, first_name="Иван")
    await olga.press("✅ Пригласить")
    invite_prompt = olga.last_message()
    await ivan.press("❌ Отказать")
    reject_prompt = ivan.last_message()
    assert invite_prompt.message_id != reject_prompt.message_id
    before = len(chat.messages())

    await asyncio.gather(
        olga.press_data(invite_prompt.callback_for("Отправить как есть") or "", on=invite_prompt),
        ivan.press_data(reject_prompt.callback_for("Отправить как есть") or "", on=reject_prompt),
    )
    history = await DeskRepo(bot.dp["db"]).history(1)
    assert len(history) == 1
    winner = history[0].new_status
    assert winner in (ApplicationStatus.INVITED, ApplicationStatus.REJECTED)
    assert await status_of(bot) == winner
    assert len(chat.messages()) == before + 1  # the candidate hears one decision
    lost = reject_prompt if winner == ApplicationStatus.INVITED else invite_prompt
    assert lost.text.startswith("Не отправлено: статус отклика уже")
    assert lost.buttons == []

    # The loser's old summary button is refused too, naming who decided.
    calls = await ivan.press_data(HrCB(act="d", app=1, d="s", f="n").pack(), on=summary_of(ivan))
    answer = callback_answers(calls)[0].params
    assert answer["text"].startswith("Уже решено:") and answer["show_alert"]
    assert len(await DeskRepo(bot.dp["db"]).history(1)) == 1


async def test_a_decision_from_outside_the_hr_chat_is_refused_and_changes_nothing(
    bot: Harness,
) -> None:
    chat = await apply_backend(bot)
    stranger = bot.chat(user_id=6001, first_name="Чужой")
    await stranger.send("/start")
    other_group = bot.group(-100999, member_id=6002)
    # A message of the bot's in another group, carrying a copy of the summary's buttons.
    copied = Sent(-100999, 1, "📝 Новый отклик #1", [], summary_of(bot.group(HR_CHAT_ID)).markup)
    db_before = await DeskRepo(bot.dp["db"]).history(1)
    messages_before = len(chat.messages())

    for person in (stranger, other_group, chat):
        on = copied if person is other_group else person.last_message()
        for data in (
            HrCB(act="d", app=1, d="i", f="n").pack(),
            HrCB(act="s", app=1, d="i", f="n", m=1).pack(),
            HrCB(act="o", app=1).pack(),
        ):
            calls = await person.press_data(data, on=on)
            answers = callback_answers(calls)
            assert [a.params.get("text") for a in answers] == [
                "Решения по откликам принимает HR в чате HR."
            ]
            assert [c for c in calls if c.method != "AnswerCallbackQuery"] == []
    assert await status_of(bot) == ApplicationStatus.NEW
    assert await DeskRepo(bot.dp["db"]).history(1) == db_before
    assert len(chat.messages()) == messages_before


async def test_hr_ids_limits_who_in_the_hr_chat_may_decide(make_harness: MakeHarness) -> None:
    bot = await make_harness(SAMPLES, hr_ids=frozenset({5001}))
    bot.session.known_chats.add(HR_CHAT_ID)
    await apply_backend(bot)
    intern = bot.group(HR_CHAT_ID, member_id=5009, first_name="Стажёр")
    calls = await intern.press("✅ Пригласить")
    assert callback_answers(calls)[0].params["text"] == (
        "Решения по откликам принимает HR в чате HR."
    )
    assert sent_texts(calls) == []
    lead = bot.group(HR_CHAT_ID, member_id=5001)
    await lead.press("✅ Пригласить")
    # The intern cannot use the lead's prompt either, by button or by reply.
    calls = await intern.press("Отправить как есть")
    assert callback_answers(calls)[0].params["show_alert"] is True
    prompt = lead.last_message()
    await intern.send("Мой текст", reply_to=prompt)
    assert intern.last_message().text == "Решения по откликам принимает HR в чате HR."
    await lead.send("/applications", reply_to=prompt)  # a command is a command, not a message
    assert lead.last_message().text.startswith("Отклики: 1")
    assert await status_of(bot) == ApplicationStatus.NEW
    await lead.press("Отправить как есть")
    assert await status_of(bot) == ApplicationStatus.INVITED


async def test_an_old_button_of_an_erased_application_is_answered_and_changes_nothing(
    bot: Harness,
) -> None:
    chat = await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID)
    await hr.press("🕓 В резерв")
    await hr.press("Отправить как есть")
    assert await status_of(bot) == ApplicationStatus.RESERVE
    assert summary_of(hr).buttons == ["✅ Пригласить", "❌ Отказать", "✉️ Написать кандидату"]
    await hr.press("✅ Пригласить")
    prompt = hr.last_message()

    await chat.send("/delete_me")
    await chat.press("Да, удалить всё")
    rows = await bot.dp["db"].fetchall("SELECT * FROM status_changes")
    assert rows == []

    calls = await hr.press("Отправить как есть")
    assert callback_answers(calls)[0].params["text"] == (
        "Этого отклика больше нет: кандидат удалил свои данные."
    )
    calls = await hr.send("Ждём вас", reply_to=prompt)
    assert sent_texts(calls) == ["Не отправлено: кандидат удалил свои данные, отклика больше нет."]
    assert chat.messages()[-1].text.startswith("Готово, все ваши данные удалены.")


async def test_hr_who_erases_their_data_leaves_the_decision_without_their_name(
    bot: Harness,
) -> None:
    await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID, member_id=5001)
    await hr.press("✅ Пригласить")
    await hr.press("Отправить как есть")
    olga = bot.chat(user_id=5001, first_name="Ольга")
    await olga.send("/delete_me")
    await olga.press("Да, удалить всё")
    (change,) = await DeskRepo(bot.dp["db"]).history(1)
    assert change.changed_by is None and change.changed_by_name is None
    assert change.new_status == ApplicationStatus.INVITED


async def test_write_to_the_candidate_keeps_the_status(bot: Harness) -> None:
    chat = await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID)
    await hr.press("✉️ Написать кандидату")
    prompt = hr.last_message()
    assert prompt.text == "Ответьте на это сообщение текстом — бот перешлёт его кандидату."
    await hr.send_sticker(reply_to=prompt)
    assert hr.last_message().text == "Ответьте текстом: кандидату можно переслать только текст."
    await hr.send("Уточните, пожалуйста, город & район", reply_to=prompt)
    assert chat.last_message().text.endswith("\n\nУточните, пожалуйста, город & район")
    assert await status_of(bot) == ApplicationStatus.NEW
    assert await DeskRepo(bot.dp["db"]).history(1) == []
    assert summary_of(hr).buttons == DECISIONS


async def test_candidate_withdraws_from_my_and_hr_is_told(bot: Harness) -> None:
    chat = await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID)
    await chat.send("/my")
    assert chat.last_message().buttons == ["Отозвать: Python-разработчик (backend)"]
    await chat.press("Отозвать: Python-разработчик (backend)")
    assert chat.last_message().text.startswith("Отозвать отклик на вакансию")
    await chat.press("Нет")
    assert await status_of(bot) == ApplicationStatus.NEW
    await chat.send("/my")
    await chat.press("Отозвать: Python-разработчик (backend)")
    await chat.press("Да, отозвать")
    assert chat.last_message().text.startswith("Отклик на вакансию «Python-разработчик (backend)»")
    assert await status_of(bot) == ApplicationStatus.WITHDRAWN
    assert hr.last_message().text.startswith("↩️ Кандидат Анна (id 2001) отозвал отклик #1")
    await chat.send("/my")
    assert "— отозван вами" in chat.last_message().text
    assert chat.last_message().buttons == []

    calls = await hr.press_data(HrCB(act="d", app=1, d="i", f="n").pack(), on=summary_of(hr))
    assert (
        callback_answers(calls)[0]
        .params["text"]
        .startswith("Уже решено: ↩️ отозван кандидатом (кандидат,")
    )
    assert summary_of(hr).buttons == []


async def test_someone_elses_withdraw_button_is_refused(bot: Harness) -> None:
    await apply_backend(bot)
    other = bot.chat(user_id=2002)
    await other.send("/my")
    calls = await other.press_data("wd:y:1")
    assert callback_answers(calls)[0].params["text"] == "Этого отклика больше нет."
    assert await status_of(bot) == ApplicationStatus.NEW


async def test_made_up_callback_data_out_of_range_is_answered_as_an_old_button(
    bot: Harness,
) -> None:
    await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID)
    for data in (
        "hr:d:0:i:n:0",
        "hr:d:99999999999999999999:i:n:0",
        "hr:q:1:i:n:0",
        "hr:d:1:z:n:0",
    ):
        calls = await hr.press_data(data, on=summary_of(hr))
        assert len(callback_answers(calls)) == 1
    calls = await hr.press_data("hr:d:1::n:0", on=summary_of(hr))  # a decision button with none
    assert callback_answers(calls)[0].params["text"] == (
        "Это действие уже недоступно для этого отклика."
    )
    assert [c.method for c in calls] == ["AnswerCallbackQuery"]
    assert await status_of(bot) == ApplicationStatus.NEW


# --- the list -----------------------------------------------------------------------------------


async def store_applications(bot: Harness, count: int) -> None:
    repo = ApplicationRepo(bot.dp["db"])
    start = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
    for n in range(1, count + 1):
        moment = start + dt.timedelta(hours=n)
        bot.session.known_chats.add(10_000 + n)
        await repo.save(
            user_id=10_000 + n,
            posting_slug=COURIER if n % 2 else BACKEND,
            posting_title="Курьер <b>&" if n % 2 else "Python-разработчик (backend)",
            consent_version="v1",
            consent_at=moment,
            started_at=moment,
            submitted_at=moment,
            answers=[
                Answer("name", "Как к вам обращаться?", f"Кандидат {n}", f"Кандидат {n}"),
                Answer("years", "Сколько лет?", "1", 1, "Нужно два года" if n % 3 == 0 else None),
            ],
        )


async def test_applications_lists_newest_first_ten_a_page_and_reopens_a_summary(
    bot: Harness,
) -> None:
    await store_applications(bot, 12)
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/applications")
    listing = hr.last_message()
    assert listing.text.startswith("Отклики: 12\nСтраница 1 из 2, новые сверху")
    lines = [line for line in listing.text.splitlines() if line.startswith("#")]
    assert [line.split()[0] for line in lines] == [f"#{n}" for n in range(12, 2, -1)]
    assert "⚠️ 1" in lines[0]  # #12: a knockout answer
    assert listing.buttons[-2:] == ["1/2", "›"]
    await hr.press("›")
    assert hr.last_message().message_id == listing.message_id  # the page is turned in place
    assert [b.split()[0] for b in hr.last_message().buttons[:2]] == ["#2", "#1"]

    await hr.press(hr.last_message().buttons[0])  # #2
    summary = hr.last_message()
    assert summary.text.startswith("📝 Новый отклик #2")
    assert "Кандидат 2" in summary.text and "Статус: 🆕 новый" in summary.text
    assert summary.buttons == DECISIONS
    await hr.press("✅ Пригласить")
    await hr.press("Отправить как есть")
    assert await status_of(bot, 2) == ApplicationStatus.INVITED

    await hr.send(f"/applications {BACKEND} invited")
    text = hr.last_message().text
    assert text.startswith(
        "Отклики: 1 · вакансия python-backend-developer · статус «✅ приглашён»"
    )


async def test_applications_bad_arguments_and_outside_the_hr_chat(bot: Harness) -> None:
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/applications <b> new")
    assert hr.last_message().text.startswith("Так: /applications [вакансия] [статус]")
    await hr.send("/applications courier")
    assert hr.last_message().text == "Откликов нет · вакансия courier."
    private = bot.chat(user_id=6001)
    await private.send("/applications")
    assert "/applications" not in private.last_message().text  # an unknown command there


async def test_a_candidate_who_blocked_the_bot_keeps_the_decision_and_gets_it_later(
    bot: Harness,
) -> None:
    chat = await apply_backend(bot)
    hr = bot.group(HR_CHAT_ID)
    await hr.press("✅ Пригласить")
    bot.session.fail("SendMessage", chat_id=CANDIDATE, error="forbidden")
    before = len(chat.messages())
    await hr.press("Отправить как есть")
    assert await status_of(bot) == ApplicationStatus.INVITED
    assert "Статус: ✅ приглашён" in summary_of(hr).text
    assert len(chat.messages()) == before  # refused by Telegram: the outbox keeps it
    outbox = OutboxRepo(bot.dp["db"])
    assert await outbox.pending_count() == 1
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)
    await bot.dp["outbox_worker"].deliver_due(bot.bot, later)
    assert "Мы хотим пригласить вас на собеседование" in chat.last_message().text
    assert await outbox.pending_count() == 0


OWN_CHAT = -100600
NIGHT_POSTING = """---
title: Ночной кладовщик
slug: night-stock
lang: ru
hr_chat: -100600
questionnaire:
  - id: name
    text: Как к вам обращаться?
---

Склад, ночные смены.
"""


async def test_a_postings_own_hr_chat_sees_and_decides_only_its_applications(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    bot = await make_harness(SAMPLES, write_posting(tmp_path, "night-stock", NIGHT_POSTING))
    bot.session.known_chats.update({HR_CHAT_ID, OWN_CHAT})
    await apply_backend(bot)  # #1: summary to HR_CHAT_ID
    night = bot.chat(user_id=2002, first_name="Пётр")
    await night.send("/start night-stock")
    await night.press("Откликнуться")
    await night.press("Согласен")
    await night.send("Пётр")
    await night.press("Отправить")  # #2: summary to the posting's own chat
    own = bot.group(OWN_CHAT, member_id=7001)
    main_hr = bot.group(HR_CHAT_ID)
    assert summary_of(own, 2).buttons == DECISIONS

    await own.send("/applications")
    assert own.last_message().text.startswith("Отклики: 1\n")
    assert "#2 " in own.last_message().text and "#1 " not in own.last_message().text
    await main_hr.send("/applications")
    assert main_hr.last_message().text.startswith("Отклики: 2\n")
    await own.send("/export csv")
    assert own.last_message().text == "Отклики: 1"

    # The main HR chat cannot decide on the other chat's application, even by a made-up press.
    calls = await main_hr.press_data(
        HrCB(act="d", app=2, d="i", f="n").pack(), on=summary_of(main_hr)
    )
    assert (
        callback_answers(calls)[0].params["text"] == "Решения по откликам принимает HR в чате HR."
    )
    await own.press("✅ Пригласить")
    await own.press("Отправить как есть")
    assert await status_of(bot, 2) == ApplicationStatus.INVITED
    assert await status_of(bot, 1) == ApplicationStatus.NEW


async def test_the_consent_names_the_retention_term_and_stores_it_with_the_version(
    make_harness: MakeHarness,
) -> None:
    bot = await make_harness(SAMPLES, retention_days=30)
    bot.session.known_chats.add(HR_CHAT_ID)
    chat = bot.chat(user_id=CANDIDATE)
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    assert "не дольше 30 дней с отклика" in chat.last_message().text
    await chat.press("Согласен")
    row = await bot.dp["db"].fetchone("SELECT consent_version FROM consents")
    assert row is not None and row[0] == "2026-12-ru-2-30d"
