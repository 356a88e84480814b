"""A forwarded question's round trip over HTTP: «Передать» → HR chat → HR's reply → candidate."""

from __future__ import annotations

from emulator import ChatMessage, Emulator, Group, Participant, User
from tests.e2e.conftest import SEED, BotProcess

QUESTION = "Можно ли приходить на работу с собакой?"


async def ask_hr(candidate: User, hr_group: Group) -> int:
    """Open the seed posting, ask what it does not say, hand it over; return the HR message id."""
    await candidate.send(f"/start {SEED}")
    await candidate.wait_for_reply()
    await candidate.send(QUESTION)
    offer = await candidate.wait_for_reply()
    assert offer.button("Передать") and offer.button("Не нужно"), offer.render()
    await candidate.press("Передать")
    sent = await candidate.wait_for_reply()
    assert "Передал ваш вопрос HR" in (sent.text or "")
    forwarded = await hr_group.wait_for_message()
    assert QUESTION in (forwarded.text or "") and "Анна" in (forwarded.text or "")
    return forwarded.message_id


def bot_said(hr_group: Group) -> list[ChatMessage]:
    """The bot's messages in the HR chat but the weekly digest, which the bot under test sends
    there on its own at Monday 09:00 UTC (a run across that minute saw one more)."""
    return [
        m for m in hr_group.bot_messages() if not (m.text or "").startswith("Еженедельная сводка")
    ]


async def test_question_goes_to_hr_and_the_reply_comes_back(
    emu: Emulator, bot: BotProcess, candidate: User, hr_group: Group, hr_member: Participant
) -> None:
    forwarded = await ask_hr(candidate, hr_group)
    await hr_member.send("Коллеги, кто ответит?")  # not a reply: HR talking among themselves
    await emu.wait_idle()
    assert len(bot_said(hr_group)) == 1

    await hr_member.reply_to(forwarded, "Да, у нас есть офисный пёс.")
    relayed = await candidate.wait_for_reply()
    assert f"Ответ HR на ваш вопрос «{QUESTION}»" in (relayed.text or "")
    assert "Да, у нас есть офисный пёс." in (relayed.text or "")
    notice = await hr_member.wait_for_reply()
    assert "Ответ отправлен кандидату" in (notice.text or "")
    assert len(bot_said(hr_group)) == 2  # the forwarded question and the notice
    emu.assert_no_errors()
    bot.assert_clean_log()


async def test_hr_reply_after_a_restart_still_reaches_the_candidate(
    emu: Emulator, bot: BotProcess, candidate: User, hr_group: Group, hr_member: Participant
) -> None:
    forwarded = await ask_hr(candidate, hr_group)
    await bot.restart()
    await hr_member.reply_to(forwarded, "Только по пятницам.")
    relayed = await candidate.wait_for_reply()
    assert "Только по пятницам." in (relayed.text or "")
    emu.assert_no_errors()


async def test_declined_handover_sends_nothing_to_hr(
    emu: Emulator, bot: BotProcess, candidate: User, hr_group: Group
) -> None:
    await candidate.send(f"/start {SEED}")
    await candidate.wait_for_reply()
    await candidate.send(QUESTION)
    await candidate.wait_for_reply()
    await candidate.press("Не нужно")
    await candidate.wait_for_reply()
    await emu.wait_idle()
    assert hr_group.bot_messages() == []
    emu.assert_no_errors()
