"""Subscribers and the broadcast engine over HTTP: candidates subscribe, /reload brings a new
posting, each matching subscriber is told once, ever — also across a SIGKILL mid-broadcast with
Telegram's flood limits enforced by the emulator."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from bot.storage import Database, SubscriptionRepo
from emulator import ChatMessage, Emulator, Rule, User
from tests.e2e.conftest import SHARED, BotProcess, copy_postings

NOTICE = "🔔 Новая вакансия"
COURIER = "Курьер на велосипеде или самокате"


def with_tags(source: Path, target: Path, tags: str) -> Path:
    """A copy of a posting with ``tags:`` added to its front matter."""
    text = source.read_text(encoding="utf-8")
    target.write_text(text.replace("---\n", f"---\ntags: {tags}\n", 1), encoding="utf-8")
    return target


@pytest.fixture
def postings(tmp_path: Path) -> Path:
    """The backend posting (Москва; tags python, it); the courier one comes with a reload."""
    folder = copy_postings(tmp_path / "postings")
    with_tags(
        SHARED / "postings" / "python-backend-developer.md",
        folder / "python-backend-developer.md",
        "python, it",
    )
    return folder


def notices(user: User) -> list[ChatMessage]:
    return [m for m in user.bot_messages() if (m.text or "").startswith(NOTICE)]


def progress_of(admin: User) -> list[ChatMessage]:
    return [m for m in admin.bot_messages() if "Рассылка" in (m.text or "")]


async def reload(admin: User) -> str:
    await admin.send("/reload")
    return (await admin.wait_for_reply()).text or ""


async def wait_until(check: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout}s")
        await asyncio.sleep(0.05)


async def test_subscribers_hear_of_a_new_posting_once_and_can_leave_with_one_tap(
    emu: Emulator, bot: BotProcess, postings: Path, admin: User
) -> None:
    everything = emu.user(2001, "Все")
    moscow = emu.user(2002, "Москва")
    tagged = emu.user(2003, "Тег")
    blocked = emu.user(2004, "Заблокировал")
    await everything.send("/vacancies")
    await everything.wait_for_reply()
    await everything.press("🔔 Сообщить о новых вакансиях")
    confirmation = await everything.wait_for_reply()
    assert "Подписка оформлена" in (confirmation.text or "")
    assert "/delete_me" in (confirmation.text or "")  # what is kept, and how to erase it
    for user, command in ((moscow, "/subscribe москва"), (tagged, "/subscribe IT")):
        await user.send(command)
        assert "Подписка оформлена" in ((await user.wait_for_reply()).text or "")
    await blocked.send("/subscribe")
    await blocked.wait_for_reply()
    await tagged.send("/subscribe марс")
    unknown = (await tagged.wait_for_reply()).text or ""
    assert "Не знаю города или тега «марс»" in unknown and "Москва" in unknown
    blocked.block()

    with_tags(SHARED / "postings" / "courier.md", postings / "courier.md", "доставка, it")
    await admin.send("/reload")
    await wait_until(lambda: progress_of(admin), 10, "the progress message")
    assert "courier" in (admin.bot_messages()[-2].text or "")  # the reload's report
    progress = progress_of(admin)[-1]
    await wait_until(lambda: notices(everything) and notices(tagged), 20, "the notices")
    notice = notices(everything)[0]
    assert COURIER in (notice.text or "")
    link = notice.button("Подробнее и откликнуться")
    assert link is not None and link.url == "https://t.me/vacancy_e2e_bot?start=courier__subs"
    assert notice.button("🔕 Отписаться") is not None
    assert notices(moscow) == []  # a Petersburg posting: not for the Moscow subscriber
    await wait_until(
        lambda: "закончена" in (progress.text or ""), 20, "the finished progress message"
    )
    assert "разослано 2 из 3, 1 заблокировали бота" in (progress.text or ""), progress.text

    await reload(admin)  # nothing new: nobody is told twice
    await admin.send("/announce courier subscribers")
    assert "Некому сообщать" in ((await admin.wait_for_reply()).text or "")
    await asyncio.sleep(1.5)
    assert len(notices(everything)) == 1 and len(notices(tagged)) == 1

    await everything.press("🔕 Отписаться", notice)
    assert "Вы отписались" in ((await everything.wait_for_reply()).text or "")
    await everything.open_link(link.url)  # the link opens the posting, counted as "subs"
    card = await everything.wait_for_reply()
    assert COURIER in (card.text or "")
    with sqlite3.connect(f"file:{bot.database}?mode=ro", uri=True) as db:
        subscribed = {row[0] for row in db.execute("SELECT user_id FROM subscriptions")}
        sources = {row[0] for row in db.execute("SELECT source FROM posting_views")}
    assert subscribed == {moscow.id, tagged.id}  # unsubscribed with a tap; blocked: dropped
    assert "subs" in sources
    bot.assert_clean_log()


SUBSCRIBERS = 2000
FIRST_ID = 300_000
BLOCKED_EVERY = 16  # 125 of them blocked the bot
KILL_AFTER = 700


async def seed_subscribers(database: Path) -> None:
    db = await Database.open(database)
    try:
        repo = SubscriptionRepo(db)
        for user_id in range(FIRST_ID, FIRST_ID + SUBSCRIBERS):
            await repo.subscribe(user_id, "ru")
    finally:
        await db.close()


async def test_a_broadcast_killed_midway_resumes_and_nobody_gets_it_twice(
    emu: Emulator, tmp_path: Path, postings: Path, admin: User
) -> None:
    """2 000 subscribers, some have blocked the bot; the bot is SIGKILLed mid-broadcast and
    restarted: everyone else gets exactly one notice, the emulator refused nothing (its flood
    limits on; the overall one raised to 100/s with the bot's SEND_RATE at 80/s, so the test
    takes half a minute, not two), and the blocked are unsubscribed."""
    limits = emu.rate_limits
    limits.enabled, limits.overall = True, Rule(100, 1.0)
    process = BotProcess(emu, tmp_path, postings, tmp_path / "data" / "bot.sqlite3")
    # One send in flight: the one the kill catches is the only one in doubt (see broadcast.py).
    process.extra_env |= {"SEND_RATE": "80", "BROADCAST_IN_FLIGHT": "1"}
    await seed_subscribers(process.database)
    users = [emu.user(user_id) for user_id in range(FIRST_ID, FIRST_ID + SUBSCRIBERS)]
    blocked = {user.id for user in users[::BLOCKED_EVERY]}
    for user in users:
        user.register()
        user.block(user.id in blocked)
    notified: list[int] = []

    def kill_at_the_worst_moment(method: str, params: dict[str, Any], _: object) -> None:
        """SIGKILL the bot as Telegram accepts notice number KILL_AFTER: it is delivered, and
        the bot never learns it was — the moment a resend would duplicate it."""
        if method == "sendmessage" and int(params["chat_id"]) >= FIRST_ID:
            notified.append(int(params["chat_id"]))
            if len(notified) == KILL_AFTER and process.process is not None:
                os.kill(process.process.pid, signal.SIGKILL)

    emu.observe(kill_at_the_worst_moment)
    await process.start()
    try:
        with_tags(SHARED / "postings" / "courier.md", postings / "courier.md", "it")
        await admin.send("/reload")
        await wait_until(lambda: len(notified) >= KILL_AFTER, 120, f"{KILL_AFTER} notices")
        await process.kill()  # waits for the process to be gone
        told_before = sum(len(notices(user)) for user in users)
        assert KILL_AFTER <= told_before < SUBSCRIBERS - len(blocked)
        await process.start()

        expected = SUBSCRIBERS - len(blocked)
        await wait_until(
            lambda: sum(len(notices(user)) for user in users) >= expected, 90, "every notice"
        )
        await asyncio.sleep(1.0)  # anything more would be a duplicate: give it time to show
        counts = [len(notices(user)) for user in users if user.id not in blocked]
        assert set(counts) == {1}, f"{counts.count(0)} got none, {sum(c > 1 for c in counts)} >1"
        assert all(notices(user) == [] for user in users if user.id in blocked)
        assert limits.refused == 0
        assert [r for r in emu.requests if r.status == 429] == []

        progress = progress_of(admin)[-1]
        await wait_until(lambda: "закончена" in (progress.text or ""), 20, "the final progress")
        assert f"из 2\u00a0000, {len(blocked)} заблокировали бота" in (progress.text or "")
        with sqlite3.connect(f"file:{process.database}?mode=ro", uri=True) as db:
            left = {row[0] for row in db.execute("SELECT user_id FROM subscriptions")}
            query = "SELECT user_id FROM broadcast_items WHERE status = 'unsure'"
            unsure = [row[0] for row in db.execute(query)]
        assert left.isdisjoint(blocked) and len(left) == expected
        # The notice in flight at the kill was delivered; the restart did not send it again.
        assert unsure == [notified[KILL_AFTER - 1]]
        assert "1 broadcast messages in flight at the last stop: not resent" in process.output()
    finally:
        await process.stop()
        print(process.output())
