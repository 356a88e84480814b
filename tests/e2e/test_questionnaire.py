"""Scenarios 2, 3 and 6 over HTTP: the questionnaire end to end, a SIGKILL mid-way, a 429 on
the HR summary."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from emulator import ApiError, ChatMessage, Emulator, Group, User
from tests.e2e.conftest import HR_CHAT_ID, ROOT, SEED, SHARED, BotProcess, copy_postings

BACKEND = "python-backend-developer"
# The seed posting has no questionnaire of its own, so the default one is asked.
ANSWERS = {
    "name": "Анна <b>Иванова</b> & Co",
    "contact": "anna.e2e@example.com",
    "experience": "Три года в поддержке SaaS 😀 </a>",
    "start": "через три недели",
}
SUMMARY_WAIT = 15.0  # the outbox worker looks for due items every 5 s
HANDLED_WAIT = 30.0
"""Seconds to wait for the bot to confirm the update it replied to before killing it. These
kills check that progress lives in the database. A kill between the reply and the commit would
instead replay the update, its edit refused as "not modified" and its press as "too old": what a
replay rightly does (tested with updates in flight in test_production and test_two_instances),
but refusals this test would fail on, as it did on a busy machine."""


@pytest.fixture
def postings(tmp_path: Path) -> Path:
    """The seed posting and the backend posting with a questionnaire of every kind."""
    return copy_postings(
        tmp_path / "postings", ROOT / "postings", SHARED / "postings" / f"{BACKEND}.md"
    )


async def begin(candidate: User, slug: str = SEED) -> ChatMessage:
    """Open the posting, apply and consent; return the first question."""
    await candidate.send(f"/start {slug}")
    await candidate.wait_for_reply()
    await candidate.press("Откликнуться")
    consent = await candidate.wait_for_reply()
    assert "Согласие на обработку персональных данных" in (consent.text or ""), consent.render()
    await candidate.press("Согласен")
    return await candidate.wait_for_reply()


async def answer(candidate: User, text: str) -> ChatMessage:
    await candidate.send(text)
    return await candidate.wait_for_reply()


async def submit(candidate: User) -> None:
    """Press «Отправить» on the review and wait for the confirmation."""
    await candidate.press("Отправить")
    done = await candidate.wait_for_reply()
    assert "отклик отправлен" in (done.text or ""), done.render()


def summaries(hr_group: Group) -> list[ChatMessage]:
    return [m for m in hr_group.bot_messages() if "Новый отклик" in (m.text or "")]


async def wait_for_summary(emu: Emulator, hr_group: Group, timeout: float) -> ChatMessage:
    deadline = asyncio.get_running_loop().time() + timeout
    while not summaries(hr_group):
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no HR summary within {timeout}s:\n{hr_group.render()}")
        await asyncio.sleep(0.05)
    await emu.wait_idle()
    return summaries(hr_group)[0]


def stored(database: Path) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(posting, status, user id, [(question id, answer)]) of every application in the DB."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT id, posting_slug, status, user_id FROM applications ORDER BY id"
        ).fetchall()
        return [
            (
                slug,
                status,
                str(user_id),
                db.execute(
                    "SELECT question_id, answer_text FROM answers WHERE application_id = ? "
                    "ORDER BY position",
                    (app_id,),
                ).fetchall(),
            )
            for app_id, slug, status, user_id in rows
        ]


async def test_questionnaire_reaches_hr_and_the_database(
    emu: Emulator, bot: BotProcess, candidate: User, hr_group: Group
) -> None:
    first = await begin(candidate)
    assert (first.text or "").startswith("Вопрос 1 из 4")
    second = await answer(candidate, ANSWERS["name"])
    assert (second.text or "").startswith("Вопрос 2 из 4")
    await candidate.send(ANSWERS["contact"])
    third = await candidate.wait_for_reply()
    assert (third.text or "").startswith("Вопрос 3 из 4"), third.render()
    await answer(candidate, ANSWERS["experience"])
    review = await answer(candidate, ANSWERS["start"])
    assert "Проверьте анкету" in (review.text or "")
    await submit(candidate)

    summary = await wait_for_summary(emu, hr_group, SUMMARY_WAIT)
    text = summary.text or ""
    assert "Специалист службы поддержки пользователей" in text
    for value in ANSWERS.values():
        assert text.count(value) == 1, (value, text)
    assert len(summaries(hr_group)) == 1

    [(slug, _status, user_id, answers)] = stored(bot.database)
    assert (slug, user_id) == (SEED, str(candidate.id))
    assert dict(answers) == ANSWERS

    await candidate.send("/my")
    mine = await candidate.wait_for_reply()
    assert "Специалист службы поддержки пользователей" in (mine.text or "")
    emu.assert_no_errors()
    bot.assert_clean_log()


async def test_sigkill_mid_questionnaire_resumes_at_the_same_question(
    emu: Emulator, bot: BotProcess, candidate: User, hr_group: Group
) -> None:
    await begin(candidate, BACKEND)
    await answer(candidate, "Анна")
    third = await answer(candidate, "5")
    assert (third.text or "").startswith("Вопрос 3 из 6"), third.render()

    await bot.wait_handled(HANDLED_WAIT)
    await bot.kill()  # SIGKILL: no shutdown, whatever was in memory is gone
    await bot.start()

    await candidate.press("Да", third)
    fourth = await candidate.wait_for_reply()
    assert (fourth.text or "").startswith("Вопрос 4 из 6"), fourth.render()
    await candidate.press("B2")
    fifth = await candidate.wait_for_reply()
    assert (fifth.text or "").startswith("Вопрос 5 из 6"), fifth.render()

    await bot.wait_handled(HANDLED_WAIT)
    await bot.kill()
    await bot.start()

    await answer(candidate, "Казань")
    review = await answer(candidate, "+7 912 345-67-89")
    assert "Проверьте анкету" in (review.text or ""), review.render()
    await submit(candidate)

    summary = (await wait_for_summary(emu, hr_group, SUMMARY_WAIT)).text or ""
    for value in ("Анна", "5", "Да", "B2", "Казань", "+7 912 345-67-89"):
        assert value in summary, (value, summary)
    for value in ("Казань", "B2", "+7 912 345-67-89"):
        assert summary.count(value) == 1, (value, summary)
    [(slug, _status, _user, answers)] = stored(bot.database)
    assert slug == BACKEND
    assert answers == [
        ("name", "Анна"),
        ("experience", "5"),
        ("asyncio", "Да"),
        ("english", "B2"),
        ("relocation", "Казань"),
        ("contact", "+7 912 345-67-89"),
    ]
    assert len(summaries(hr_group)) == 1
    emu.assert_no_errors()


async def test_429_on_the_hr_summary_still_delivers_it_once(
    emu: Emulator, bot: BotProcess, candidate: User, hr_group: Group
) -> None:
    await begin(candidate)
    for value in ANSWERS.values():
        await answer(candidate, value)
    refused = refuse_sends_to(emu, HR_CHAT_ID, times=1, retry_after=1)
    await submit(candidate)

    summary = await wait_for_summary(emu, hr_group, SUMMARY_WAIT)
    assert refused == [HR_CHAT_ID], "the 429 was never served"
    assert ANSWERS["contact"] in (summary.text or "")
    await asyncio.sleep(1.5)  # a duplicate would come right after a retry
    assert len(summaries(hr_group)) == 1
    to_hr = [
        r
        for r in emu.calls("sendMessage")
        if r.params.get("chat_id") in {HR_CHAT_ID, str(HR_CHAT_ID)}
    ]
    assert [r.status for r in to_hr] == [429, 200]
    [(_slug, _status, _user, answers)] = stored(bot.database)
    assert dict(answers) == ANSWERS


def refuse_sends_to(emu: Emulator, chat_id: int, *, times: int, retry_after: int) -> list[int]:
    """Answer the next ``times`` sendMessage calls to one chat with 429 Too Many Requests.

    ``emu.fail`` counts calls of a method in any chat; here the candidate's own confirmation
    is sent just before the HR summary, so the fault must pick the chat. Returns a list that
    records each refusal.
    """
    refused: list[int] = []
    original = emu.api.send_message

    async def send_message(params: dict) -> dict:
        if str(params.get("chat_id")) == str(chat_id) and len(refused) < times:
            refused.append(chat_id)
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        return await original(params)

    emu.api.send_message = send_message  # type: ignore[method-assign]
    return refused
