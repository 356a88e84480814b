"""Problems found by walking through the bot as candidates, HR and admins before release."""

from __future__ import annotations

import pytest

from tests.conftest import HR_CHAT_ID, SAMPLES, SEED, MakeHarness
from tests.dispatcher.test_questionnaire import finish_backend
from tests.harness import Harness, Sent, UserChat

BACKEND = "python-backend-developer"
CSM = "customer-success-manager"


@pytest.fixture
async def bot(make_harness: MakeHarness) -> Harness:
    """The four shared samples, with the HR chat reachable."""
    harness = await make_harness(SAMPLES)
    harness.session.known_chats.add(HR_CHAT_ID)
    return harness


async def start_backend(chat: UserChat) -> None:
    """Open the backend posting, consent, and answer the first two questions."""
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    await chat.press("Согласен")
    await chat.send("Анна")
    await chat.send("5")
    assert chat.last_message().text.startswith("Вопрос 3 из 6")


async def send_sticker_reply(chat: UserChat, to: Sent) -> list[str]:
    """Reply to ``to`` with a sticker; the texts the bot sent in answer."""
    calls = await chat.send_sticker(reply_to=to)
    return [c.params["text"] for c in calls if c.method == "SendMessage"]


async def hand_over(chat: UserChat, slug: str, question: str) -> None:
    """Open a posting, ask what it does not say, and pass the question to HR."""
    await chat.send(f"/start {slug}")
    await chat.send(question)
    await chat.press("Передать")


# --- the HR summary ------------------------------------------------------------------------------


async def test_summary_says_passed_to_hr_only_for_questions_that_were(bot: Harness) -> None:
    chat = bot.chat(user_id=3001)
    hr = bot.group(HR_CHAT_ID)
    await hand_over(chat, BACKEND, "Можно ли взять собаку в офис?")
    await chat.send("Есть ли парковка для самолёта?")
    await chat.press("Не нужно")
    await start_backend(chat)
    await finish_backend(chat)
    await chat.press("Отправить")
    summary = hr.last_message().text
    assert "• Можно ли взять собаку в офис? — ❓ без ответа — передано HR" in summary
    assert "• Есть ли парковка для самолёта? — ❓ без ответа, HR не передавался" in summary


# --- «Задать вопрос» in the middle of a questionnaire -------------------------------------------


async def test_ask_button_mid_questionnaire_pauses_it_so_the_question_is_answered(
    bot: Harness,
) -> None:
    chat = bot.chat(user_id=3002)
    await chat.send(f"/start {BACKEND}")
    await chat.send("Какая зарплата?")  # its answer carries «← К вакансии»
    await start_backend(chat)
    await chat.press("← К вакансии")
    await chat.press("Задать вопрос")
    paused, prompt = chat.messages()[-2:]
    assert paused.text.startswith("Остановились. Ответы сохранены")
    assert prompt.text.startswith("Напишите вопрос о вакансии «Python-разработчик (backend)»")
    await chat.send("Можно удалённо?")
    assert not chat.last_message().text.startswith("Не поняли ответ")
    assert "Формат: гибрид или удалённо" in chat.last_message().text
    assert "Откликнуться" in chat.last_message().buttons
    await chat.press("Откликнуться")  # and the draft is still there
    assert chat.last_message().text.startswith("Продолжим с того места")
    assert "Вопрос 3 из 6" in chat.last_message().text


# --- leaving the consent screen ----------------------------------------------------------------


async def test_cancel_on_the_consent_screen_does_not_claim_answers_were_saved(
    bot: Harness,
) -> None:
    chat = bot.chat(user_id=3003, language_code="en")
    await chat.send(f"/start {BACKEND}")
    await chat.press("Apply")
    await chat.send("/cancel")
    text = chat.last_message().text
    assert "answers are saved" not in text
    assert text == "All right, we won't start the questionnaire, and nothing is saved."
    await chat.send(f"/start {BACKEND}")  # /start on the consent screen too
    await chat.press("Apply")
    await chat.send(f"/start {CSM}")
    assert chat.messages()[-2].text == (
        "All right, we won't start the questionnaire, and nothing is saved."
    )


# --- the card's section buttons ------------------------------------------------------------------


async def test_section_buttons_never_share_a_label(bot: Harness) -> None:
    chat = bot.chat(user_id=3004)
    await chat.send("/start courier")
    card = chat.last_message()
    sections = card.buttons[: card.buttons.index("Задать вопрос")]
    assert len(sections) == len(set(sections)), sections
    assert "Кого мы ищем" in sections
    for label in sections:
        await chat.press(label)
        await chat.press("← К вакансии")
    assert chat.last_message().buttons == card.buttons


# --- HR replies ----------------------------------------------------------------------------------


async def test_hr_sticker_reply_to_a_question_is_explained_not_swallowed(seed: Harness) -> None:
    chat = seed.chat(user_id=3005)
    hr = seed.group(HR_CHAT_ID)
    await hand_over(chat, SEED, "Какая зарплата?")
    question = hr.last_message()
    before = len(chat.messages())
    texts = await send_sticker_reply(hr, question)
    assert texts == ["Кандидату я пересылаю только текст — напишите ответ словами."]
    assert len(chat.messages()) == before  # nothing reached the candidate
    summary_like = hr.messages()[-1]
    assert await send_sticker_reply(hr, summary_like) == []  # not a question: HR's own talk


# --- buttons a modified client makes up ----------------------------------------------------------


async def test_made_up_answer_buttons_change_nothing(bot: Harness) -> None:
    chat = bot.chat(user_id=3006)
    await start_backend(chat)  # at question 3, a yes/no one
    question = chat.last_message()
    await chat.press_data("sa:asyncio:c:7")  # an option of a question with no options
    await chat.press_data("sa:asyncio:d:0")  # «done» of a multichoice
    await chat.press_data("sa:asyncio:s:0")  # «skip» of a required question
    assert chat.last_message().text == question.text
    await chat.press("Да")
    await chat.press_data("sa:english:y:0")  # «yes» to a choice question
    assert chat.last_message().text.startswith("Вопрос 4 из 6")
    await chat.press("B2")
    assert chat.last_message().text.startswith("Вопрос 5 из 6")


# --- «Про какую вакансию ваш вопрос?» ------------------------------------------------------------


async def test_picking_the_posting_for_a_question_answers_in_place(bot: Harness) -> None:
    chat = bot.chat(user_id=3007)
    await chat.send("/start")
    await chat.send("Какой график?")
    picker = chat.last_message()
    assert picker.text == "Про какую вакансию ваш вопрос?"
    await chat.press("Специалист службы поддержки пользователей")
    assert chat.last_message().message_id == picker.message_id  # edited, not a new message
    assert "график работы 5/2" in chat.last_message().text
    assert "Курьер на велосипеде или самокате" not in chat.last_message().buttons


async def test_hr_reply_to_a_question_of_an_erased_candidate_says_it_went_nowhere(
    seed: Harness,
) -> None:
    chat = seed.chat(user_id=3008)
    hr = seed.group(HR_CHAT_ID)
    await hand_over(chat, SEED, "Какая зарплата?")
    question = hr.last_message()
    await chat.send("/delete_me")
    await chat.press("Да, удалить всё")
    before = len(chat.messages())
    await hr.send("От 80 000 ₽", reply_to=question)
    assert hr.last_message().text == (
        "Этот вопрос уже не найти: кандидат удалил свои данные. Ответ никому не отправлен."
    )
    assert hr.last_message().reply_to is not None
    assert len(chat.messages()) == before
    await hr.send("Коллеги, кто возьмёт?", reply_to=hr.last_message())  # HR's own talk
    assert question.deleted  # /delete_me took the forwarded question out of the HR chat
    assert [m.text for m in hr.messages()] == [  # the notice and nothing more
        "Этот вопрос уже не найти: кандидат удалил свои данные. Ответ никому не отправлен."
    ]


async def test_consent_screen_left_by_a_command_still_works_but_never_wipes_a_draft(
    bot: Harness,
) -> None:
    chat = bot.chat(user_id=3009)
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    consent = chat.last_message()
    await chat.send("/cancel")
    await chat.press("Согласен")  # changed their mind: the button on screen still works
    assert consent.text.startswith("Вопрос 1 из 6")

    chat = bot.chat(user_id=3010)
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    old_consent = chat.last_message()
    await chat.send("/cancel")
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    await chat.press("Согласен")  # the newest consent screen (the old one is older)
    await chat.send("Анна")
    await chat.send("/cancel")
    assert "Согласен" in old_consent.buttons
    await chat.press("Согласен")  # the old consent screen must not restart the draft
    assert old_consent.text.startswith("Согласие на обработку персональных данных")
    await chat.send(f"/start {BACKEND}")
    await chat.press("Откликнуться")
    assert chat.last_message().text.startswith("Продолжим с того места")
    assert "Вопрос 2 из 6" in chat.last_message().text
