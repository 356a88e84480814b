"""/stats in the HR chat: the funnel per posting and source tag, as text and as a PNG chart."""

from __future__ import annotations

import asyncio
import datetime as dt
import struct

import pytest

from bot.answering import Answerer
from bot.digest import DigestWorker, next_run
from bot.storage import (
    Answer,
    ApplicationRepo,
    ApplicationStatus,
    ConsentRepo,
    Database,
    DeskRepo,
    QuestionRepo,
    ViewRepo,
)
from bot.storage.timefmt import to_db
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.harness import Harness

NOW = dt.datetime.now(dt.UTC)
COURIER = "courier"


@pytest.fixture
async def bot(make_harness: MakeHarness) -> Harness:
    harness = await make_harness(SAMPLES)
    harness.session.known_chats.add(HR_CHAT_ID)
    return harness


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def people(db: Database) -> None:
    """Courier: four viewers (two via hh, one via tg, one untagged), three consented, two
    applied (4 and 6 minutes), one invited; and a view 40 days ago."""
    views, consents, applications = ViewRepo(db), ConsentRepo(db), ApplicationRepo(db)
    day = NOW - dt.timedelta(days=1)
    for user, source in ((1, "hh"), (2, "hh"), (3, "tg"), (4, None)):
        await views.record(user, COURIER, source, viewed_at=day)
        await views.record(user, COURIER, None, viewed_at=day + dt.timedelta(hours=1))
    await views.record(9, COURIER, "old", viewed_at=NOW - dt.timedelta(days=40))
    for user in (1, 2, 3):
        await consents.record(user, COURIER, "v1", given_at=day)
    for user, minutes in ((1, 4), (2, 6)):
        await applications.save(
            user_id=user,
            posting_slug=COURIER,
            posting_title="Курьер",
            consent_version="v1",
            consent_at=day,
            started_at=day,
            submitted_at=day + dt.timedelta(minutes=minutes),
            answers=[Answer("name", "Имя?", "А", "А")],
        )
    async with db.transaction() as tx:
        await DeskRepo(db).change_status(
            tx,
            1,
            expected=ApplicationStatus.NEW,
            new=ApplicationStatus.INVITED,
            changed_by=5001,
            changed_by_name="Ольга",
        )


async def test_stats_shows_the_funnel_per_posting_and_source_and_a_chart(bot: Harness) -> None:
    await people(bot.dp["db"])
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/stats")
    text_message, chart = hr.messages()[-2:]
    lines = text_message.text.splitlines()
    assert lines[0] == "Воронка за 30 дн."
    courier = lines.index("Курьер на велосипеде или самокате")
    assert lines[courier + 1] == "4 → 3 (75%) → 2 (67%) → 1 (50%)"
    assert lines[courier + 2] == "Медиана заполнения анкеты: 5 мин"
    assert lines[courier + 3 : courier + 6] == [
        "  • hh: 2 → 2 (100%) → 2 (100%) → 1 (50%)",
        "  • tg: 1 → 1 (100%) → 0 (0%) → 0 (—)",
        "  • без метки: 1 → 0 (0%) → 0 (—) → 0 (—)",
    ]
    assert chart.filename == "funnel.png" and chart.document is not None
    assert png_size(chart.document) == (900, 500)

    await hr.send(f"/stats {COURIER} all")
    text = hr.messages()[-2].text
    assert text.startswith("Воронка за всё время")
    assert "5 → 3 (60%) → 2 (67%) → 1 (50%)" in text and "  • old: 1 → 0 (0%)" in text


async def test_stats_with_nothing_to_show_and_bad_arguments(bot: Harness) -> None:
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/stats 7d")
    assert hr.last_message().text == "Воронка за 7 дн.\nЗа этот период никто не открывал вакансии."
    assert hr.last_message().document is None  # no chart of nothing
    await hr.send("/stats courier soon")
    assert hr.last_message().text.startswith("Так: /stats [вакансия] [период]")
    private = bot.chat(user_id=6001)
    await private.send("/stats")
    assert private.last_message().document is None


async def test_stats_over_ten_thousand_applications(bot: Harness) -> None:
    db: Database = bot.dp["db"]
    stamp = to_db(NOW - dt.timedelta(days=2))
    async with db.transaction() as tx:
        await tx.execute(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
            INSERT INTO posting_views (user_id, posting_slug, source, viewed_at)
            SELECT 100000 + i,
                   CASE i % 3 WHEN 0 THEN 'courier' WHEN 1 THEN 'python-backend-developer'
                   ELSE 'customer-success-manager' END,
                   'src' || (i % 7), ?1
            FROM n
            """,
            (stamp,),
        )
        await tx.execute(
            """
            INSERT INTO consents (user_id, posting_slug, consent_version, given_at)
            SELECT user_id, posting_slug, 'v1', viewed_at FROM posting_views
            """
        )
        await tx.execute(
            """
            INSERT INTO applications (user_id, posting_slug, posting_title, status,
                consent_version, consent_at, started_at, created_at, submitted_at,
                duration_seconds)
            SELECT user_id, posting_slug, posting_slug,
                   CASE user_id % 10 WHEN 0 THEN 'invited' ELSE 'new' END,
                   'v1', viewed_at, viewed_at, viewed_at, viewed_at, 60 + user_id % 120
            FROM posting_views
            """
        )
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/stats")
    text_message, chart = hr.messages()[-2:]
    assert "Курьер на велосипеде или самокате" in text_message.text
    totals = [
        line
        for line in text_message.text.splitlines()
        if line and line[0].isdigit() and "→" in line
    ]
    assert len(totals) == 3
    viewed = sum(int(line.split()[0]) for line in totals)
    invited = sum(int(line.split("→")[-1].split()[0]) for line in totals)
    assert viewed == 10_000 and invited == 1_000
    assert chart.document is not None and png_size(chart.document) == (900, 500)


# --- /gaps --------------------------------------------------------------------------------------


async def test_gaps_groups_unanswered_questions_per_posting_and_topic(bot: Harness) -> None:
    questions = QuestionRepo(bot.dp["db"])
    day = NOW - dt.timedelta(days=1)
    for n, text in enumerate(
        ["Какая зарплата?", "сколько платят?", "Зарплата какая", "какая   зарплата?"]
    ):
        await questions.add(100 + n, COURIER, text, False, asked_at=day)
    uniform = await questions.add(200, COURIER, "Дают ли форму?", False, asked_at=day)
    await questions.set_hr_reply(uniform, "Да, куртку и сумку <b>&</b>", replied_by=5001)
    await questions.add(201, COURIER, "абырвалг", False, asked_at=day)
    await questions.add(202, COURIER, "Есть ли ДМС?", True, asked_at=day)  # answered: not a gap
    await questions.add(203, COURIER, "Можно с собакой?", False, asked_at=NOW - dt.timedelta(40))
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/gaps")
    lines = hr.last_message().text.splitlines()
    assert lines[0] == "Чего нет в вакансиях за 30 дн."
    start = lines.index("Курьер на велосипеде или самокате")
    assert lines[start + 1 : start + 10] == [
        "• salary — 4 раз(а):",  # newest first, the same wording once
        "  «какая зарплата?»",
        "  «Зарплата какая»",
        "  «сколько платят?»",
        "• uniform — 1 раз(а):",
        "  «Дают ли форму?»",
        "  HR ответил: Да, куртку и сумку <b>&</b>",
        "• без темы — 1 раз(а):",
        "  «абырвалг»",
    ]
    assert "собакой" not in hr.last_message().text  # older than 30 days
    await hr.send("/gaps all")
    assert "«Можно с собакой?»" in hr.last_message().text
    await hr.send("/gaps python-backend-developer 7d")
    assert hr.last_message().text == (
        "Чего нет в вакансиях за 7 дн.\n"
        "Кандидаты не задавали вопросов, на которые вакансии не отвечают."
    )


def test_the_digest_goes_out_on_monday_mornings() -> None:
    monday_8 = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)  # a Monday
    assert next_run(monday_8) == dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
    assert next_run(monday_8.replace(hour=9)) == dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    sunday = dt.datetime(2026, 12, 6, 23, 59, tzinfo=dt.UTC)
    assert next_run(sunday) == dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


async def test_the_weekly_digest_reaches_the_hr_chat(bot: Harness, answerer: Answerer) -> None:
    questions = QuestionRepo(bot.dp["db"])
    await questions.add(100, COURIER, "Какая зарплата?", False, asked_at=NOW - dt.timedelta(3))
    await questions.add(101, COURIER, "Дают форму?", False, asked_at=NOW - dt.timedelta(9))
    worker = DigestWorker(bot.dp["hr_desk"], answerer, HR_CHAT_ID, "ru")
    await worker.run_once(NOW)
    await bot.dp["outbox_worker"].deliver_due(bot.bot)
    hr = bot.group(HR_CHAT_ID)
    text = hr.last_message().text
    assert text.startswith("Еженедельная сводка\nЧего нет в вакансиях за 7 дн.")
    assert "• salary — 1 раз(а):" in text and "форму" not in text  # the week before only


async def test_two_instances_queue_the_weekly_digest_once(
    bot: Harness, answerer: Answerer
) -> None:
    """Every instance runs the Monday timer; HR gets one digest a week, not one per instance."""
    desk = bot.dp["hr_desk"]
    one = DigestWorker(desk, answerer, HR_CHAT_ID, "ru", name="one")
    two = DigestWorker(desk, answerer, HR_CHAT_ID, "ru", name="two")
    # The timer wakes at Monday 09:00 (taken from NOW, a Monday morning before nine included:
    # an hour after a run at 08:30 would be this week's 09:00 again).
    monday = next_run(NOW)
    queued = await asyncio.gather(one.run_once(monday), two.run_once(monday))
    assert sorted(item is None for item in queued) == [False, True]
    assert await two.run_once(monday + dt.timedelta(hours=1)) is None  # this week's is queued
    assert await two.run_once(monday + dt.timedelta(days=7)) is not None  # next week's
    rows = await bot.dp["db"].fetchall("SELECT id FROM outbox WHERE chat_id = ?", (HR_CHAT_ID,))
    assert len(rows) == 2
