"""The offline demo, scripted through stdin as a subprocess: ``printf … | python -m bot demo``;
and its chat against the emulator in this process, where a test holds the bot back."""

from __future__ import annotations

import asyncio
import difflib
import io
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.app import Intake, run_bot
from bot.cli.demo import (
    SILENT,
    DemoChat,
    Screen,
    _overrides,
    _wait_until_polling,
    _webhook_overrides,
)
from bot.config import load_settings
from emulator import Emulator
from tests.e2e.conftest import _BOT_VARIABLES, ROOT

TIMEOUT = 60

SCRIPT = """\
/start tech-support-specialist
5
Какой график?
Можно ли приходить на работу с собакой?
Передать
/as hr
reply {hr} Да, у нас есть офисный пёс.
/as me
/quit
"""


def demo_command(tmp_path: Path, *args: str) -> tuple[list[str], dict[str, str]]:
    """``python -m bot [args]`` with a fresh database and the repo's postings, no BOT_TOKEN."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "LOG_LEVEL"}}
    env |= {
        "DATABASE_PATH": str(tmp_path / "demo.sqlite3"),
        "POSTINGS_DIR": str(ROOT / "postings"),
        "BOT_TOKEN": "",
        # This checkout's bot, not the one the venv's editable install points at (the cwd
        # is tmp_path, so a relative PYTHONPATH would not find it).
        "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])]),
    }
    return [sys.executable, "-m", "bot", *args], env


def run_demo(stdin: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the command on piped input (cwd is tmp_path, so no developer's .env is read)."""
    command, env = demo_command(tmp_path, *args)
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=TIMEOUT,
    )


def test_scripted_demo_browses_answers_and_relays_hr(tmp_path: Path) -> None:
    # The forwarded question is the first message in the fresh HR chat: #1.
    result = run_demo(SCRIPT.format(hr=1), tmp_path, "demo")
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    # The seed card, with numbered section buttons.
    assert "you › /start tech-support-specialist" in out
    assert "Специалист службы поддержки пользователей" in out
    assert "[5] Условия" in out and "[7] Откликнуться" in out
    # Pressing 5 edits the card into the conditions section.
    after_press = out.split("you › 5\n", 1)[1]
    assert after_press.startswith("· pressed [5] «Условия»\nbot (edited):")
    assert "ДМС со стоматологией" in after_press.split("you › ")[0]
    assert "[1] ← К вакансии" in after_press.split("you › ")[0]
    # A question answered from the posting.
    answer = out.split("you › Какой график?\n", 1)[1].split("you › ")[0]
    assert "Из раздела «Условия»:" in answer
    assert "— график работы 5/2, 8-часовой рабочий день" in answer
    # An abstained question handed to HR, seen and answered in the HR chat, relayed back.
    assert "[1] Передать   [2] Не нужно" in out
    assert "1 new message in the HR chat (/as hr to see)" in out
    hr_chat = out.split("you › /as hr\n", 1)[1].split("hr › reply", 1)[0]
    assert "bot (#1):" in hr_chat and "Можно ли приходить на работу с собакой?" in hr_chat
    assert "Ответ отправлен кандидату" in out
    back = out.split("hr › /as me\n", 1)[1]
    assert "Да, у нас есть офисный пёс." in back
    assert "\x1b[" not in out  # no colour when stdout is not a terminal


def test_demo_is_deterministic(tmp_path: Path) -> None:
    script = "/start\n5\nКакой график?\n/as hr\n/as me\n"
    runs = []
    for name in ("a", "b"):  # side by side, to save time
        command, env = demo_command(tmp_path / name, "demo")
        runs.append(
            subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env=env,
                cwd=tmp_path / name,
            )
        )
    outputs = [run.communicate(script, timeout=TIMEOUT) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    database = re.compile(r"^Database: .*$", re.MULTILINE)
    first, second = (database.sub("", out) for out, _ in outputs)
    # The whole difference, not pytest's truncated one: a race shows where it happened.
    difference = difflib.unified_diff(first.splitlines(), second.splitlines(), lineterm="")
    assert first == second, "\n".join(difference)
    assert "Из раздела «Условия»:" in first


def test_run_without_token_starts_the_demo_and_eof_exits_cleanly(tmp_path: Path) -> None:
    result = run_demo("/start\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "starting the offline demo" in result.stderr
    assert "Специалист службы поддержки пользователей" in result.stdout
    assert "Traceback" not in result.stderr and "ERROR" not in result.stderr, result.stderr


def test_hints_and_bad_input_do_not_crash(tmp_path: Path) -> None:
    script = "/as nobody\n/as hr\nreply x\nreply 99 hello\n/as me\n99\n/hints\n/quit\nnot read\n"
    result = run_demo(script, tmp_path, "demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "say /as hr, /as channel or /as me" in out
    assert "usage: reply N TEXT" in out
    assert "message 99 is not in chat" in out
    assert "not read" not in out
    assert "Traceback" not in result.stderr, result.stderr


def test_english_candidate_numbers_past_a_hint_and_the_hr_history(tmp_path: Path) -> None:
    script = (
        "/start tech-support-specialist\n/sticker\n5\n"
        "Can I bring my dog to the office?\n1\n/as hr\n/as me\n/as hr\n/as me\n"
        "/start tech-support-specialist\n7\n1\nAnna\n+7 912 345-67-89\n1\n/quit\n"
    )
    result = run_demo(script, tmp_path, "demo", "--lang", "en")
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "You are «Anna»" in out
    assert "[6] Ask a question   [7] Apply" in out  # the card's buttons in English
    assert "Откликнуться" not in out
    # After the sticker's hint (no buttons), 5 still presses the card's fifth button.
    after_press = out.split("you › 5\n", 1)[1]
    assert after_press.startswith("· pressed [5] «What we offer»\nbot (edited):")
    # Each /as hr shows the HR chat as it is, not only what is new since the last look.
    first, second = out.split("you › /as hr\n")[1:]
    for view in (first, second):
        assert "bot (#1):" in view.split("hr › ")[0]
        assert "Can I bring my dog to the office?" in view.split("hr › ")[0]
    # At a question offering only «Back», a number is the typed answer, not a press.
    answered = out.rsplit("you › 1\n", 1)[1]
    assert not answered.startswith("· pressed")
    assert "Question 4 of 4" in answered


def test_a_kept_database_and_a_fresh_emulator_route_hr_replies_right(tmp_path: Path) -> None:
    first = (
        "/start tech-support-specialist\nМожно ли приходить на работу с собакой?\nПередать\n"
        "/as hr\nreply 1 Да, у нас есть офисный пёс.\n/quit\n"
    )
    second = (
        "/start tech-support-specialist\nЕсть ли парковка для велосипеда?\nПередать\n"
        "/as hr\nreply 1 Есть, у входа.\n/as me\n/quit\n"
    )
    runs = [run_demo(script, tmp_path, "demo") for script in (first, second)]  # one database
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stdout + run.stderr, run.stderr
        assert "IntegrityError" not in run.stdout + run.stderr
        assert "Что-то пошло не так" not in run.stdout
    back = runs[1].stdout.split("hr › /as me\n", 1)[1]
    assert "Ответ HR на ваш вопрос «Есть ли парковка для велосипеда?»" in back
    assert "Есть, у входа." in back
    assert "собакой" not in back


def test_demo_publishes_to_its_channel_and_the_post_opens_the_posting(tmp_path: Path) -> None:
    script = "/announce tech-support-specialist\n2\n/as channel\n7\n1\n/subscribe\n/quit\n"
    result = run_demo(script, tmp_path, "demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Опубликовано в Вакансии (демо)." in out
    channel = out[out.index("channel «Вакансии (демо)» (read-only)") :]
    assert "start=tech-support-specialist__c1001000000002" in channel
    assert "the channel is read-only: type a button's number" in channel  # 7: no such button
    opened = channel[channel.index("your chat with the bot, as Анна") :]
    assert "[7] Откликнуться" in opened  # the link opened the posting's card
    assert "Подписка оформлена" in opened and "/delete_me" in opened
    assert "Traceback" not in result.stderr, result.stderr


def test_the_demo_in_webhook_mode_takes_updates_by_webhook(tmp_path: Path) -> None:
    """``demo --webhook``: the emulator POSTs the updates to the bot's webhook (it refuses
    getUpdates while one is set), and the chat goes as it does with polling."""
    result = run_demo(SCRIPT.format(hr=1), tmp_path, "demo", "--webhook")
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert re.search(r"Updates come by webhook: http://127\.0\.0\.1:\d+/telegram\n", out)
    assert "[5] Условия" in out and "[7] Откликнуться" in out
    answer = out.split("you › Какой график?\n", 1)[1].split("you › ")[0]
    assert "— график работы 5/2, 8-часовой рабочий день" in answer
    back = out.split("hr › /as me\n", 1)[1]
    assert "Да, у нас есть офисный пёс." in back  # HR's reply came back by webhook too


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
async def test_an_answer_that_takes_longer_than_silent_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, webhook: bool
) -> None:
    """A question asked while the answering engine still loads is answered only once it has
    loaded: the bot makes no call meanwhile, for longer than ``SILENT``, and the demo must still
    wait for its answer instead of taking the silence for having nothing to say (the poller
    confirms an update before handling it, so the emulator alone cannot tell)."""
    loaded = threading.Event()  # the engine loads only once the test says so
    load = Answerer.load

    def held_load(answerer: Answerer) -> None:
        loaded.wait(30)  # a bound, so that a failing test never hangs
        load(answerer)

    monkeypatch.setattr(Answerer, "load", held_load)
    for name in [k for k in os.environ if k.startswith(_BOT_VARIABLES)]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no developer's .env
    screen = Screen(io.StringIO())
    async with Emulator(token="100200:OFFLINE-DEMO", bot_username="vacancy_demo_bot") as emu:
        overrides = _overrides(emu.base_url) | {
            "database_path": tmp_path / "demo.sqlite3",
            "postings_dir": ROOT / "postings",
            "log_level": "WARNING",
        }
        if webhook:
            overrides |= _webhook_overrides("")
        stop = asyncio.Event()
        intakes: list[Intake] = []
        bot = asyncio.create_task(
            run_bot(
                load_settings(**overrides), handle_signals=False, stop=stop, observe=intakes.append
            )
        )
        try:
            ready = "setWebhook" if webhook else "getMe"
            assert await _wait_until_polling(emu, bot, ready, intakes)
            chat = DemoChat(emu, screen, bot, intakes[0])
            await chat.handle("/start tech-support-specialist")
            assert "[5] Условия" in screen.out.getvalue()
            shown, before = len(screen.out.getvalue()), emu.last_push
            asked = asyncio.create_task(chat.handle("Какой график?"))
            # The answer held back until the question was sent and the bot has made no call
            # since for twice SILENT: the demo must be waiting for it still.
            moved_on = "the demo moved on while the question was unanswered"
            while (
                emu.last_push == before
                or time.monotonic() - max(emu.api.last_activity, emu.last_push) < 2 * SILENT
            ):
                assert not asked.done(), moved_on
                await asyncio.sleep(0.02)
            assert not asked.done(), moved_on
            loaded.set()
            await asyncio.wait_for(asked, 15)
            answer = screen.out.getvalue()[shown:]
            assert "Из раздела «Условия»:" in answer
            assert "— график работы 5/2, 8-часовой рабочий день" in answer
        finally:
            loaded.set()
            stop.set()
            await asyncio.wait_for(bot, 15)
