"""Admins announce vacancies in channels, and the posts stay true to their postings."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from pathlib import Path

import pytest
from aiogram.types import InlineKeyboardMarkup

from bot.app import report_channels
from tests.conftest import ADMIN_ID, SEED, SHIPPED, MakeHarness
from tests.harness import Harness, Sent, UserChat

CHANNEL = -1001234567890
OTHER = -1009876543210
BUTTON = "Подробнее и откликнуться"
PUBLISH = "Опубликовать в Вакансии Pyrus"


async def _bot(make_harness: MakeHarness, **overrides: object) -> Harness:
    overrides.setdefault("channel_ids", (CHANNEL,))
    harness = await make_harness(SHIPPED / f"{SEED}.md", **overrides)
    harness.channel(CHANNEL, "Вакансии Pyrus")
    return harness


def _seed_file(harness: Harness) -> Path:
    folder: Path = harness.dp["catalog"].folder
    return folder / f"{SEED}.md"


def _url(sent: Sent) -> str | None:
    assert isinstance(sent.markup, InlineKeyboardMarkup)
    return sent.markup.inline_keyboard[0][0].url


async def _publish(harness: Harness) -> tuple[UserChat, UserChat]:
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    channel = harness.channel(CHANNEL, "Вакансии Pyrus")
    await admin.send(f"/announce {SEED}")
    await admin.press(PUBLISH)
    return admin, channel


async def test_preview_then_publish_puts_the_post_with_its_button_in_the_channel(
    make_harness: MakeHarness,
) -> None:
    harness = await _bot(make_harness)
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    await admin.send(f"/announce {SEED}")
    preview = admin.last_message()
    assert preview.text.startswith("Специалист службы поддержки пользователей\n")
    assert "Вакансия специалиста службы поддержки пользователей в Pyrus." in preview.text
    assert "Условия:\n• аккредитованная IT-компания\n• оформление по ТК РФ\n" in preview.text
    assert preview.text.count("\n• ") == 5  # five key conditions of twelve
    assert preview.buttons == [BUTTON, PUBLISH, "Отмена"]
    link = f"https://t.me/vacancy_test_bot?start={SEED}__c1001234567890"
    assert _url(preview) == link
    assert preview.styled("bold")[0] == "Специалист службы поддержки пользователей"

    calls = await admin.press(PUBLISH)
    assert [c for c in calls if c.method == "AnswerCallbackQuery"]
    channel = harness.channel(CHANNEL, "Вакансии Pyrus")
    post = channel.last_message()
    assert post.text == preview.text  # exactly as previewed
    assert post.buttons == [BUTTON]
    assert _url(post) == link
    assert admin.last_message().text == "Опубликовано в Вакансии Pyrus."

    # The post's button brings a candidate in with the channel as the source.
    candidate = harness.chat()
    await candidate.send(f"/start {SEED}__c1001234567890")
    assert candidate.last_message().text.startswith("Специалист службы поддержки")
    funnel = await harness.dp["views"].funnel(SEED)
    assert funnel.views == 1

    # A second press publishes nothing twice.
    before = len(channel.messages())
    calls = await admin.press(PUBLISH)
    assert len(channel.messages()) == before
    answer = next(c for c in calls if c.method == "AnswerCallbackQuery")
    assert answer.params["text"] == "Эта вакансия уже опубликована в Вакансии Pyrus."


async def test_reload_with_a_new_salary_edits_the_post_in_place(
    make_harness: MakeHarness,
) -> None:
    harness = await _bot(make_harness)
    admin, channel = await _publish(harness)
    post = channel.last_message()
    assert "150 000" not in post.text

    await admin.send("/reload")  # nothing changed: the post is left alone
    assert post.edits == 0
    assert "Посты в каналах" not in admin.last_message().text

    seed = _seed_file(harness)
    seed.write_text(seed.read_text().replace("slug:", "salary: от 150 000 ₽\nslug:", 1))
    await admin.send("/reload")
    assert post.edits == 1
    assert "от 150 000 ₽" in post.text.splitlines()[1]
    assert post.buttons == [BUTTON]
    report = admin.last_message().text
    assert f"Посты в каналах исправлены:\n• {SEED} в {CHANNEL}: обновлён" in report

    await admin.send("/reload")  # the hash matches now: no second edit
    assert post.edits == 1


async def test_closing_the_posting_edits_the_post_to_closed_without_its_button(
    make_harness: MakeHarness,
) -> None:
    harness = await _bot(make_harness)
    admin, channel = await _publish(harness)
    post = channel.last_message()
    seed = _seed_file(harness)
    seed.write_text(seed.read_text().replace("slug:", "status: closed\nslug:", 1))
    await admin.send("/reload")
    assert post.text == (
        "Специалист службы поддержки пользователей\n\n"
        "Вакансия закрыта: отклики больше не принимаются."
    )
    assert post.buttons == []
    assert f"• {SEED} в {CHANNEL}: отмечен закрытым" in admin.last_message().text
    edits = post.edits
    await admin.send("/reload")
    assert post.edits == edits  # closed once, never again


async def test_a_removed_posting_closes_its_post(make_harness: MakeHarness) -> None:
    harness = await _bot(make_harness)
    admin, channel = await _publish(harness)
    _seed_file(harness).unlink()
    await admin.send("/reload")
    post = channel.last_message()
    assert "Вакансия закрыта" in post.text and post.buttons == []


async def test_a_passed_closes_date_closes_the_post_on_the_schedule(
    make_harness: MakeHarness,
) -> None:
    harness = await _bot(make_harness)
    seed = _seed_file(harness)
    seed.write_text(seed.read_text().replace("slug:", "closes: 2030-01-31\nslug:", 1))
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send("/reload")
    _, channel = await _publish(harness)
    post = channel.last_message()
    announcer = harness.dp["announcer"]
    assert await announcer.sync(harness.bot, today=dt.date(2030, 1, 31)) == []
    assert post.buttons == [BUTTON]
    edited = await announcer.sync(harness.bot, today=dt.date(2030, 2, 1))
    assert [(e.slug, e.chat_id, e.kind) for e in edited] == [(SEED, CHANNEL, "close")]
    assert "Вакансия закрыта" in post.text and post.buttons == []


async def test_non_admin_announce_looks_like_an_unknown_command(make_harness: MakeHarness) -> None:
    harness = await _bot(make_harness)
    outsider = harness.chat(user_id=31337)
    for command in (f"/announce {SEED}", "/channels"):
        await outsider.send(command)
        assert outsider.last_message().text == "Не знаю такой команды. Что я умею — /help."


async def test_an_outsider_pressing_publish_gets_a_stale_button(make_harness: MakeHarness) -> None:
    harness = await _bot(make_harness)
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send(f"/announce {SEED}")
    data = admin.last_message().callback_for(PUBLISH)
    assert data is not None
    outsider = harness.chat(user_id=31337)
    await outsider.send("/help")
    calls = await outsider.press_data(data)
    assert len([c for c in calls if c.method == "AnswerCallbackQuery"]) == 1
    assert harness.channel(CHANNEL).messages() == []


async def test_an_unknown_slug_gets_a_polite_message(make_harness: MakeHarness) -> None:
    harness = await _bot(make_harness)
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send("/announce no-such-job")
    assert admin.last_message().text == f"Вакансии «no-such-job» нет. Открытые: {SEED}."
    await admin.send("/announce")
    assert admin.last_message().text == (
        f"Напишите так: /announce SLUG — например, /announce {SEED}."
    )


async def test_cancel_takes_the_buttons_off_the_preview(make_harness: MakeHarness) -> None:
    harness = await _bot(make_harness)
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send(f"/announce {SEED}")
    preview = admin.last_message()
    calls = await admin.press("Отмена")
    assert preview.buttons == []
    answer = next(c for c in calls if c.method == "AnswerCallbackQuery")
    assert answer.params["text"] == "Публикация отменена."
    assert harness.channel(CHANNEL).messages() == []


async def test_channels_says_in_words_where_the_bot_can_post(make_harness: MakeHarness) -> None:
    harness = await _bot(make_harness, channel_ids=(CHANNEL, OTHER, -100555))
    harness.channel(OTHER, "Чужой канал", can_post=False)
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send("/channels")
    assert admin.last_message().text.splitlines() == [
        "Каналы для публикации:",
        f"• Вакансии Pyrus ({CHANNEL}): бот может публиковать.",
        f"• Бот не может публиковать в Чужой канал ({OTHER}): сделайте его администратором "
        "с правом публиковать сообщения.",
        "• -100555 не найден: бота не добавили туда, или номер неверен.",
    ]


async def test_without_channels_announce_says_what_to_set(make_harness: MakeHarness) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md")
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send(f"/announce {SEED}")
    assert "CHANNEL_IDS" in admin.last_message().text
    assert admin.last_message().buttons == []


async def test_a_refused_post_is_explained_not_stored(make_harness: MakeHarness) -> None:
    harness = await _bot(make_harness, channel_ids=(CHANNEL, OTHER))
    harness.channel(OTHER, "Чужой канал", can_post=False)
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send(f"/announce {SEED}")
    harness.session.refusals.clear()
    harness.session.fail("SendMessage", error="forbidden", chat_id=OTHER)
    await admin.press("Опубликовать в Чужой канал")
    assert admin.last_message().text.startswith("Не получилось опубликовать в Чужой канал:")
    assert await harness.dp["announcer"].posts.live() == []


async def test_the_timer_closes_a_post_when_the_closes_date_passes(
    make_harness: MakeHarness,
) -> None:
    harness = await _bot(make_harness)
    _, channel = await _publish(harness)
    post = channel.last_message()
    seed = _seed_file(harness)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    seed.write_text(seed.read_text().replace("slug:", f"closes: {yesterday}\nslug:", 1))
    harness.dp["catalog"].reload()  # no /reload: only the timer may notice
    timer = asyncio.create_task(harness.dp["announcer"].run(harness.bot, every=0.01))
    try:
        for _ in range(200):
            await asyncio.sleep(0.01)
            if not post.buttons:
                break
    finally:
        timer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await timer
    assert "Вакансия закрыта" in post.text and post.buttons == []
    assert post.edits == 1


async def test_start_up_logs_each_channel_in_words(
    make_harness: MakeHarness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = await _bot(make_harness, channel_ids=(CHANNEL, OTHER))
    harness.channel(OTHER, "Чужой канал", can_post=False)
    with caplog.at_level(logging.INFO, logger="bot.app"):
        await report_channels(harness.bot, harness.dp["announcer"])
    said = [r.getMessage() for r in caplog.records if r.name == "bot.app"]
    assert said == [
        f"channel Вакансии Pyrus ({CHANNEL}): the bot can publish there.",
        f"channel The bot cannot publish to Чужой канал ({OTHER}): make it an administrator "
        "allowed to post messages.",
    ]
    assert [r.levelname for r in caplog.records if r.name == "bot.app"] == ["INFO", "WARNING"]


async def test_a_press_for_a_channel_no_longer_configured_is_stale(
    make_harness: MakeHarness,
) -> None:
    harness = await _bot(make_harness)
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send(f"/announce {SEED}")
    calls = await admin.press_data(f"an:pub:{SEED}:7")
    answer = next(c for c in calls if c.method == "AnswerCallbackQuery")
    assert answer.params["text"] == "Эта кнопка устарела — откройте /vacancies."
    assert harness.channel(CHANNEL).messages() == []
