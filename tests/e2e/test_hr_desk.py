"""The HR desk over HTTP, the bot as its own process: HR invites with their own text, the
candidate receives it, /my says «Приглашение», the summary shows who decided."""

from __future__ import annotations

import asyncio

from emulator import ChatMessage, Emulator, Group, Participant, User
from tests.e2e.conftest import BotProcess
from tests.e2e.test_questionnaire import ANSWERS, SUMMARY_WAIT, answer, begin, submit
from tests.e2e.test_questionnaire import wait_for_summary as summary_in


async def wait_until(check: object, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():  # type: ignore[operator]
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("the condition did not come true in time")
        await asyncio.sleep(0.05)


async def test_invite_with_hrs_own_text_over_http(
    emu: Emulator, bot: BotProcess, candidate: User, hr_group: Group, hr_member: Participant
) -> None:
    await begin(candidate)
    for key in ("name", "contact", "experience", "start"):
        await answer(candidate, ANSWERS[key])
    await submit(candidate)
    summary: ChatMessage = await summary_in(emu, hr_group, SUMMARY_WAIT)

    await hr_member.press("✅ Пригласить", summary)
    await wait_until(lambda: "Кандидат получит" in (hr_group.last_message().text or ""))
    prompt = hr_group.last_message()
    own = "Ждём вас в среду в 11:00 <b>&</b>: https://meet.example/abc"
    await hr_member.reply_to(prompt, own)
    told = await candidate.wait_for_reply(timeout=10)
    assert (told.text or "").endswith(own), told.render()

    await wait_until(
        lambda: "Статус: ✅ приглашён" in (emu.chat(hr_group.chat.id).messages[0].text or "")
    )
    edited = emu.chat(hr_group.chat.id).messages[0].text or ""
    assert "✅ приглашён, Ольга" in edited
    await candidate.send("/my")
    mine = await candidate.wait_for_reply()
    assert "Приглашение" in (mine.text or ""), mine.render()
    emu.assert_no_errors()
    bot.assert_clean_log()
