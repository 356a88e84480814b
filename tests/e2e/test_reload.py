"""Scenario 4 over HTTP: an admin edits postings and sends /reload; a broken file keeps its
previous version serving."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from emulator import Emulator, User
from tests.e2e.conftest import ROOT, SEED, SHARED, BotProcess, copy_postings

OLD = "график работы 5/2, 8-часовой рабочий день"
NEW = "график работы 2/2, смены по 12 часов"


async def reload(admin: User) -> str:
    await admin.send("/reload")
    report = await admin.wait_for_reply()
    return report.text or ""


async def conditions(candidate: User) -> str:
    await candidate.send(f"/start {SEED}")
    await candidate.wait_for_reply()
    await candidate.press("Условия")
    return (await candidate.wait_for_reply()).text or ""


async def test_reload_serves_edits_and_keeps_the_last_good_version(
    emu: Emulator, bot: BotProcess, postings: Path, admin: User, candidate: User
) -> None:
    seed = postings / f"{SEED}.md"
    assert OLD in await conditions(candidate)

    original = seed.read_text(encoding="utf-8")
    seed.write_text(original.replace(OLD, NEW), encoding="utf-8")
    shutil.copy(SHARED / "postings" / "courier.md", postings / "courier.md")
    report = await reload(admin)
    assert "Вакансии перечитаны: всего 2, открыто 2." in report
    assert "Добавлены:" in report and "courier" in report
    assert "Изменены:" in report and SEED in report

    page = await conditions(candidate)
    assert NEW in page and OLD not in page
    await candidate.send("Какой график?")
    answer = (await candidate.wait_for_reply()).text or ""
    assert "2/2" in answer and "5/2" not in answer, answer

    seed.write_text('---\ntitle: "Сломанная кавычка\nslug: x\n---\n', encoding="utf-8")
    report = await reload(admin)
    assert "Ошибки:" in report and seed.name in report
    assert "Остались прежние версии (файл с ошибкой):" in report and SEED in report
    assert NEW in await conditions(candidate)  # the last good version keeps serving

    seed.write_text(original, encoding="utf-8")
    report = await reload(admin)
    assert "Ошибки:" not in report
    assert OLD in await conditions(candidate)
    emu.assert_no_errors()


async def test_reload_is_an_unknown_command_for_others(
    emu: Emulator, bot: BotProcess, candidate: User
) -> None:
    await candidate.send("/reload")
    reply = await candidate.wait_for_reply()
    assert "Вакансии перечитаны" not in (reply.text or "")
    emu.assert_no_errors()


async def test_hostile_files_neither_stop_the_start_nor_a_reload(
    emu: Emulator, tmp_path: Path, admin: User, candidate: User
) -> None:
    folder = copy_postings(tmp_path / "postings", ROOT / "postings")
    (folder / "date.md").write_text("---\ntitle: T\nslug: d\ncloses: 2027-02-30\n---\n- x\n")
    (folder / "deep.md").write_text("---\ntitle: T\nslug: e\nx: " + "[" * 500 + "\n---\n")
    (folder / "number.md").write_text("---\ntitle: T\nslug: n\nhr_chat: " + "9" * 4400 + "\n---\n")
    os.mkfifo(folder / "fifo.md")
    (folder / "zero.md").symlink_to("/dev/zero")
    bot = BotProcess(emu, tmp_path, folder, tmp_path / "data" / "bot.sqlite3")
    await bot.start()
    try:
        assert OLD in await conditions(candidate)
        report = await reload(admin)
        assert "Вакансии перечитаны: всего 1, открыто 1." in report
        for line in (
            "date.md:4: поле 'closes': '2027-02-30' — не дата; пишите ГГГГ-ММ-ДД",
            "deep.md:4: значения вложены глубже 20 уровней",
            "number.md:4: число длиннее 30 цифр",
            "fifo.md: это не обычный файл",
            "zero.md: это не обычный файл",
        ):
            assert line in report, report
        emu.assert_no_errors()
    finally:
        await bot.stop()
