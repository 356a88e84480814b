"""Admins reload postings with /reload; anyone else sees an unknown command."""

from __future__ import annotations

import shutil

from tests.conftest import ADMIN_ID, BAD, HR_CHAT_ID, SAMPLES, SEED, SHIPPED, MakeHarness


async def test_admin_reload_reports_changes(make_harness: MakeHarness) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md")
    folder = harness.dp["catalog"].folder
    shutil.copy(SAMPLES / "courier.md", folder)
    seed_file = folder / f"{SEED}.md"
    seed_file.write_text(
        seed_file.read_text().replace(
            "title: Специалист службы поддержки пользователей", "title: Специалист поддержки"
        )
    )
    admin = harness.chat(user_id=ADMIN_ID, first_name="Админ")
    await admin.send("/reload")
    report = admin.last_message()
    assert report.text.splitlines()[0] == "Вакансии перечитаны: всего 2, открыто 2."
    assert "Добавлены:\n• courier" in report.text
    assert f"Изменены:\n• {SEED}: заголовок" in report.text
    candidate = harness.chat()
    await candidate.send(f"/start {SEED}")
    assert candidate.last_message().text.startswith("Специалист поддержки")


async def test_non_admin_reload_looks_like_an_unknown_command(seed) -> None:  # type: ignore[no-untyped-def]
    chat = seed.chat(user_id=12345)
    await chat.send("/reload")
    assert chat.last_message().text == "Не знаю такой команды. Что я умею — /help."


async def test_the_bot_stays_quiet_in_groups(seed) -> None:  # type: ignore[no-untyped-def]
    group = seed.group(-100777, member_id=ADMIN_ID)
    calls = await group.send("/reload")
    calls += await group.send("Коллеги, кто сегодня на созвоне?")
    calls += await group.send_sticker()
    assert calls == []


async def test_broken_file_is_reported_and_its_old_version_keeps_serving(
    make_harness: MakeHarness,
) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md")
    folder = harness.dp["catalog"].folder
    (folder / f"{SEED}.md").write_text('---\ntitle: "без кавычки\nslug: x\n---\n')
    shutil.copy(BAD / "yaml-code-execution.md", folder)
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send("/reload")
    report = admin.last_message().text
    assert f"Остались прежние версии (файл с ошибкой):\n• {SEED}" in report
    assert f"• {SEED}.md:2: в шапке ошибка разметки YAML; проверьте кавычки и отступы" in report
    assert "• yaml-code-execution.md:2: YAML-тег '!!python/object/apply:os.system' запрещён" in (
        report
    )
    candidate = harness.chat()
    await candidate.send(f"/start {SEED}")
    assert candidate.last_message().text.startswith("Специалист службы поддержки пользователей")


async def test_admin_stats_show_the_funnel_and_uncovered_questions(seed) -> None:  # type: ignore[no-untyped-def]
    candidate = seed.chat()
    await candidate.send(f"/start {SEED}__channel")
    await candidate.send("Какая зарплата?")
    await candidate.send("какая   зарплата?")
    await candidate.send("Какой график?")
    admin = seed.chat(user_id=ADMIN_ID)
    await admin.send("/stats")
    text = admin.last_message().text
    assert f"• {SEED}: 1 / 1 / 0" in text
    assert f"• Какая зарплата? — {SEED} ×2" in text
    assert "график" not in text
    outsider = seed.chat(user_id=31337)
    await outsider.send("/stats")
    assert "Не знаю такой команды" in outsider.last_message().text


async def test_reload_reports_only_what_changed_in_the_admins_language(
    make_harness: MakeHarness,
) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md")
    seed_file = harness.dp["catalog"].folder / f"{SEED}.md"
    text = seed_file.read_text()
    # a new line near the top moves every section's line number: no section has changed
    seed_file.write_text(text.replace("slug:", "city: Екатеринбург\nslug:", 1))
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send("/reload")
    assert f"Изменены:\n• {SEED}: город\n" in admin.last_message().text + "\n"

    seed_file.write_text(text.replace("Условия", "Что мы предлагаем"))
    (seed_file.parent / "broken.md").write_text("---\ntitle: T\nslug: [\n---\n")
    await admin.send("/reload")
    report = admin.last_message().text
    assert (
        f"• {SEED}: город, раздел «Что мы предлагаем» добавлен, раздел «Условия» убран\n" in report
    )
    assert "• broken.md:3: в шапке ошибка разметки YAML; проверьте кавычки и отступы" in report
    assert "section" not in report and "YAML (" not in report  # nothing in English

    english = harness.chat(user_id=ADMIN_ID, language_code="en")
    await english.send("/reload")
    report = english.last_message().text
    assert "• broken.md:3: front matter is not valid YAML" in report
    assert "ошибка" not in report and "Вакансии" not in report


async def test_reload_says_which_hr_chats_the_bot_cannot_post_to(
    make_harness: MakeHarness,
) -> None:
    harness = await make_harness(SHIPPED / f"{SEED}.md")
    folder = harness.dp["catalog"].folder
    (folder / "night.md").write_text(
        "---\ntitle: Ночной кладовщик\nslug: night\nhr_chat: -100600\n---\n- склад\n"
    )
    harness.group(HR_CHAT_ID)  # the bot is in HR_CHAT_ID; -100600 it has never seen
    admin = harness.chat(user_id=ADMIN_ID)
    await admin.send("/reload")
    report = admin.last_message().text
    assert "HR-чаты, куда бот не может писать:" in report
    assert "-100600 (hr_chat вакансии night)" in report
    assert str(HR_CHAT_ID) not in report.split("HR-чаты, куда бот не может писать:")[1]


async def test_a_reload_on_one_instance_is_followed_by_the_others(
    make_harness: MakeHarness,
) -> None:
    """Two instances on one database and one postings folder: /reload reaches one of them;
    the other reads the postings again too (its loop looks every few seconds)."""
    one = await make_harness(SHIPPED / f"{SEED}.md")
    other = await make_harness(SHIPPED / f"{SEED}.md")
    for harness in (one, other):  # HR adds a posting to the shared folder
        shutil.copy(SAMPLES / "courier.md", harness.dp["catalog"].folder)
    assert not await other.dp["reloads"].catch_up()  # nobody reloaded yet
    await one.chat(user_id=ADMIN_ID, first_name="Админ").send("/reload")
    assert other.dp["catalog"].get("courier") is None
    assert await other.dp["reloads"].catch_up()
    assert other.dp["catalog"].get("courier") is not None
    assert not await other.dp["reloads"].catch_up()  # once
    assert not await one.dp["reloads"].catch_up()  # its own reload is not read again
