"""Scenario 1 over HTTP: a deep link opens the seed posting, a section, an answered question."""

from __future__ import annotations

from emulator import Emulator, User
from tests.e2e.conftest import SEED, BotProcess


async def test_deep_link_section_and_question(
    emu: Emulator, bot: BotProcess, candidate: User
) -> None:
    await candidate.send(f"/start {SEED}__e2e")
    card = await candidate.wait_for_reply()
    assert card.text is not None and "Специалист службы поддержки пользователей" in card.text
    labels = [b.text for b in card.buttons()]
    assert {"Условия", "Задать вопрос", "Откликнуться"} <= set(labels)

    await candidate.press("Условия")
    page = await candidate.wait_for_reply()
    assert page.message_id == card.message_id  # the card turns into the section in place
    assert "график работы 5/2, 8-часовой рабочий день" in (page.text or "")
    assert page.button("← К вакансии") is not None
    await emu.wait_idle(quiet=0.2)  # the answer goes alongside the edit, maybe just after it
    assert candidate.callback_answers(), "the button press was never answered"

    await candidate.send("Какой график?")
    answer = await candidate.wait_for_reply()
    assert answer.text is not None
    assert "Из раздела «Условия»:" in answer.text
    assert "— график работы 5/2, 8-часовой рабочий день" in answer.text

    await candidate.press("← К вакансии", page)
    back = await candidate.wait_for_reply()
    assert back.button("Условия") is not None
    emu.assert_no_errors()
    bot.assert_clean_log()


async def test_a_button_nobody_handles_is_answered_plainly(
    emu: Emulator, bot: BotProcess, candidate: User
) -> None:
    """An old keyboard (callback data from an earlier release) gets a hint, not an error."""
    await candidate.send(f"/start {SEED}")
    card = await candidate.wait_for_reply()
    emu.push(
        "callback_query",
        {
            "id": emu.api.new_query_id(candidate.chat, card),
            "from": candidate.as_api(),
            "message": emu.api.message_dict(candidate.chat, card),
            "chat_instance": str(candidate.id),
            "data": "v0:apply:tech-support-specialist",
        },
    )
    await emu.wait_idle(quiet=0.3)
    [answer] = candidate.callback_answers()
    assert answer.text and "устарела" in answer.text
    assert candidate.last_message().message_id == card.message_id  # no «something went wrong»
    emu.assert_no_errors()
    bot.assert_clean_log()
