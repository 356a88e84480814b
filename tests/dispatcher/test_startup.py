"""Start-up: settings are checked before anything runs (one line, exit 2), the token never
reaches a log, and the bot sets its command menu in Russian and English, and the admins' menu."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot import app
from bot.__main__ import main
from bot.app import GC_YOUNG, StartupError, freeze_startup_heap, run_bot, set_commands
from bot.config import RedactingFormatter, Settings, SettingsError, load_settings
from bot.telegram import HrChatStatus, check_hr_chats, hr_chats_in_use
from emulator import Emulator
from tests.conftest import HR_CHAT_ID, SEED, SHIPPED, copy_postings, make_settings
from tests.harness import TOKEN, RecordingSession
from tests.storage.test_storage_database import make_read_only, make_writable

ROOT = Path(__file__).resolve().parents[2]
SECRET_TOKEN = "123456:SECRETSECRETSECRET-abc_def"


def run_bot_process(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m bot run`` in an empty folder (no .env) with only these bot variables."""
    clean = {k: v for k, v in os.environ.items() if k.upper() not in _VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=clean | {"PYTHONPATH": str(ROOT)} | env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


_VARIABLES = {
    "BOT_TOKEN",
    "ADMIN_IDS",
    "HR_CHAT_ID",
    "POSTINGS_DIR",
    "DATABASE_PATH",
    "DATABASE_URL",
    "TELEGRAM_API_URL",
    "DEFAULT_LOCALE",
    "LOG_LEVEL",
    "LOG_FORMAT",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "WEBHOOK_LISTEN",
    "REDIS_URL",
}


@pytest.mark.parametrize("token", ["abc", "123456", ":abc", "12:ab cd", "bot123:abc", "12:ab/cd"])
def test_a_malformed_token_is_refused_by_the_settings_without_quoting_it(token: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(_env_file=None, bot_token=token)
    message = str(refused.value)
    assert message.startswith("BOT_TOKEN: does not look like a token from @BotFather")
    assert "\n" not in message
    assert token not in message.removeprefix("BOT_TOKEN")


def test_a_well_formed_token_passes() -> None:
    settings = load_settings(_env_file=None, bot_token=f" {SECRET_TOKEN} ")
    assert settings.bot_token is not None
    assert settings.bot_token.get_secret_value() == SECRET_TOKEN


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://256.1.1.1:99999", "is not a valid URL"),
        ("http://256.1.1.1:8081", "has an invalid IP address"),
        ("http://api telegram.org", "must not contain spaces"),
        ("http://:8081", "has no host name"),
        ("https://api.telegram.org?x=1", "must be a plain base URL"),
        ("ftp://api.telegram.org", "must start with http:// or https://"),
        ("http://bad_host!/", "has an invalid host name"),
    ],
)
def test_a_malformed_api_url_is_refused_in_one_line(url: str, why: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(_env_file=None, bot_token=SECRET_TOKEN, telegram_api_url=url)
    assert str(refused.value).startswith(f"TELEGRAM_API_URL: {why}")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8081", "https://api.telegram.org/", "http://[::1]:8081", "http://tg"]
)
def test_good_api_urls_pass(url: str) -> None:
    settings = load_settings(_env_file=None, bot_token=SECRET_TOKEN, telegram_api_url=url)
    assert settings.telegram_api_url == url.rstrip("/")


def test_bot_with_a_malformed_token_exits_2_with_one_line(tmp_path: Path) -> None:
    done = run_bot_process(tmp_path, BOT_TOKEN="abc")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "configuration error: BOT_TOKEN: does not look like a token from @BotFather "
        "(digits, a colon, then letters, digits, _ or -)"
    ]


def test_bot_with_a_malformed_api_url_exits_2_and_never_prints_the_token(tmp_path: Path) -> None:
    done = run_bot_process(
        tmp_path, BOT_TOKEN=SECRET_TOKEN, TELEGRAM_API_URL="http://256.1.1.1:99999"
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("configuration error: TELEGRAM_API_URL:")
    assert "SECRET" not in done.stderr + done.stdout


def test_logs_and_tracebacks_never_show_the_token() -> None:
    formatter = RedactingFormatter(SECRET_TOKEN)
    try:
        raise ValueError(f"InvalidURL: http://256.1.1.1:99999/bot{SECRET_TOKEN}/setMyCommands")
    except ValueError:
        record = logging.LogRecord(
            "bot", logging.ERROR, __file__, 1, "failed: %s", (SECRET_TOKEN,), sys.exc_info()
        )
    text = formatter.format(record)
    assert "SECRETSECRET" not in text
    assert "/bot<token>/setMyCommands" in text
    assert text.count("<token>") == 2


async def test_command_menu_in_both_languages_and_for_admins() -> None:
    session = RecordingSession()
    session.known_chats.add(777)
    await set_commands(Bot(TOKEN, session=session), frozenset({777}))
    calls = [c.params for c in session.calls if c.method == "SetMyCommands"]
    by_language = {c.get("language_code"): c for c in calls if c["scope"]["type"] != "chat"}
    assert set(by_language) == {"ru", "en", None}
    english = {cmd["command"]: cmd["description"] for cmd in by_language["en"]["commands"]}
    assert english["vacancies"] == "Open vacancies"
    russian = {cmd["command"]: cmd["description"] for cmd in by_language["ru"]["commands"]}
    assert russian["delete_me"] == "Удалить мои данные"
    admin = [c for c in calls if c["scope"]["type"] == "chat"]
    assert admin[0]["scope"]["chat_id"] == 777
    assert {"reload", "stats"} <= {cmd["command"] for cmd in admin[0]["commands"]}
    assert "reload" not in russian


# --- start-up against the emulator: transient failures pass, bad settings stop in one line ---


def bot_settings(tmp_path: Path, api_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "postings_dir": copy_postings(tmp_path / "postings", SHIPPED / f"{SEED}.md"),
        "telegram_api_url": api_url,
        "admin_ids": frozenset(),
    }
    return make_settings(tmp_path, tmp_path / "postings", **(values | overrides))


def polling(emu: Emulator) -> bool:
    """The bot's successful getMe comes right before it polls (a long poll is logged late)."""
    return any(r.status == 200 for r in emu.calls("getMe"))


async def wait_for(condition: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.01)


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[asyncio.Task[None]]:
    """``run_bot`` as a task; stopped (and its outcome raised) when the block ends."""
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(settings, handle_signals=False, stop=stop))
    try:
        yield task
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "STARTUP_RETRY_FIRST", 0.01)
    monkeypatch.setattr(app, "STARTUP_RETRY_MAX", 0.05)


async def test_502_429_and_a_dropped_connection_at_start_up_are_retried(
    tmp_path: Path, quick_retries: None, caplog: pytest.LogCaptureFixture
) -> None:
    async with Emulator(token=TOKEN) as emu:
        emu.group(HR_CHAT_ID, title="HR")
        emu.fail("setMyCommands", "5xx", status=502)
        emu.fail("setMyCommands", "429", retry_after=1)
        emu.fail("setMyCommands", "drop")
        emu.fail("getMe", "5xx", status=503)
        async with running(bot_settings(tmp_path, emu.base_url)) as task:
            await wait_for(lambda: polling(emu) or task.done(), "polling")
            assert not task.done()
            anna = emu.user(1001, "Анна")
            await anna.send("/start")
            assert "Специалист службы поддержки" in (await anna.wait_for_reply()).text
        assert [r.status for r in emu.calls("setMyCommands")][:4] == [502, 429, 0, 200]
        assert emu.commands({"type": "all_private_chats"}, "en")  # set in the end
    assert caplog.text.count("setMyCommands failed") == 3
    assert "getMe failed (TelegramServerError)" in caplog.text


async def test_an_api_unreachable_for_a_moment_is_waited_for(
    tmp_path: Path, quick_retries: None, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as probe:  # a free port, nobody listening yet
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = bot_settings(tmp_path, f"http://127.0.0.1:{port}")
    async with running(settings) as task:
        await wait_for(lambda: caplog.text.count("setMyCommands failed") >= 2, "refusals")
        assert not task.done()
        async with Emulator(token=TOKEN, port=port) as emu:
            emu.group(HR_CHAT_ID, title="HR")
            await wait_for(lambda: polling(emu) or task.done(), "polling")
            assert not task.done() and emu.commands({"type": "all_private_chats"}, "ru")
            anna = emu.user(1001, "Анна")
            await anna.send("/start")
            assert "Специалист службы поддержки" in (await anna.wait_for_reply()).text


async def test_a_token_telegram_refuses_is_a_startup_error(tmp_path: Path) -> None:
    async with Emulator(token="999:OTHER") as emu:
        with pytest.raises(StartupError, match="BOT_TOKEN: Telegram does not accept this token"):
            async with running(bot_settings(tmp_path, emu.base_url)):
                pass


def test_a_read_only_database_stops_the_bot_with_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "ro.sqlite3"
    sqlite3.connect(database).close()
    make_read_only(database)
    monkeypatch.chdir(tmp_path)  # no .env
    for name in _VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BOT_TOKEN", SECRET_TOKEN)
    monkeypatch.setenv("DATABASE_PATH", str(database))
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9")
    try:
        code = main(["run"])  # as `python -m bot run`, in this process
    finally:
        make_writable(database)
    assert code == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        f"configuration error: DATABASE_PATH: {database} is read-only: "
        "the bot must be able to write it and its folder"
    ]


def test_hr_chat_id_must_be_a_group_not_a_person() -> None:
    with pytest.raises(SettingsError, match="HR_CHAT_ID: must be a group or channel id"):
        load_settings(_env_file=None, hr_chat_id="4999")
    assert load_settings(_env_file=None, hr_chat_id="-4999").hr_chat_id == -4999


async def test_hr_chats_are_checked_and_said_in_words(tmp_path: Path) -> None:
    async with Emulator(token=TOKEN) as emu:
        emu.group(HR_CHAT_ID, title="HR")
        emu.group(-300, title="Канал", kind="channel")
        gone = emu.group(-400, title="Бывшая группа")
        gone.chat.blocked = True
        assert emu.user(4999, "Человек").chat.type == "private"  # a person's chat
        bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url)))
        try:
            chats = hr_chats_in_use(
                HR_CHAT_ID,
                [("a", None), ("b", -300), ("c", -400), ("d", 4999), ("e", -500), ("f", -300)],
            )
            found = await check_hr_chats(bot, chats, "ru")
        finally:
            await bot.session.close()
    assert [status for status, _ in found] == [
        HrChatStatus.OK,
        HrChatStatus.OK,
        HrChatStatus.NOT_MEMBER,
        HrChatStatus.PERSON,
        HrChatStatus.NOT_FOUND,
    ]
    said = [text for _, text in found]
    assert said[0] == f"Чат HR {HR_CHAT_ID} (HR_CHAT_ID): бот может туда писать."
    assert said[1].startswith("Чат HR -300 (hr_chat вакансии b, hr_chat вакансии f)")
    assert said[3].startswith("Чат HR 4999 (hr_chat вакансии d) — это личный чат человека")
    assert "не найден" in said[4]


async def test_the_bot_polls_and_replies_before_the_answering_engine_has_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.answering import Answerer

    gate = threading.Event()  # the engine's loading waits here until the test lets it go
    loaded_on: list[str] = []
    load = Answerer.load

    def held_load(self: Answerer) -> None:
        if not self.ready:
            gate.wait(15)
            loaded_on.append(threading.current_thread().name)
        load(self)

    monkeypatch.setattr(Answerer, "load", held_load)
    async with Emulator(token=TOKEN) as emu:
        emu.group(HR_CHAT_ID, title="HR")
        async with running(bot_settings(tmp_path, emu.base_url)) as task:
            await wait_for(lambda: polling(emu) or task.done(), "polling")
            anna, boris = emu.user(1001, "Анна"), emu.user(1002, "Борис")
            await anna.send(f"/start {SEED}")
            card = await anna.wait_for_reply()
            assert card.text is not None and "Специалист службы поддержки" in card.text
            await anna.send("Какой график?")
            # Anna's question waits for the engine off the event loop: Boris is answered.
            await boris.send("/start")
            assert "Специалист службы поддержки" in (await boris.wait_for_reply()).text
            assert len(anna.bot_messages()) == 1 and not loaded_on
            gate.set()
            answer = await anna.wait_for_reply()
            assert answer.text is not None and "график работы 5/2" in answer.text
    assert loaded_on and "MainThread" not in loaded_on


def test_a_bot_without_redis_url_never_imports_redis() -> None:
    # redis takes a while to import, and start-up waits for every import before it polls.
    code = (
        "import sys; from bot.app import run_bot, shared_state; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'redis'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


async def test_a_first_start_checks_the_bodies_it_left_for_later_once_it_polls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """``python -m bot run`` parses only the front matter before it polls; then the bodies are
    checked, a broken one is logged as start-up logs a broken file, and the cache is written."""
    from bot.postings import Catalog
    from bot.postings import catalog as catalog_module

    monkeypatch.setattr(catalog_module, "POOL_AT_START_FILES", 1)
    settings = bot_settings(tmp_path, "http://unused")
    sections = "".join(f"## Раздел {n}\n- пункт\n" for n in range(41))
    many = settings.postings_dir / "many.md"
    many.write_text(f"---\ntitle: Много разделов\nslug: many\n---\n{sections}", encoding="utf-8")
    catalog = Catalog(settings.postings_dir, cache=settings.postings_cache)
    catalog.start_loading(bodies_later=True)
    async with Emulator(token=TOKEN) as emu:
        emu.group(HR_CHAT_ID, title="HR")
        settings = bot_settings(tmp_path, emu.base_url)
        stop = asyncio.Event()
        task = asyncio.create_task(
            run_bot(settings, handle_signals=False, stop=stop, catalog=catalog)
        )
        try:
            await wait_for(lambda: "posting skipped: many.md:85" in caplog.text, "the check")
            assert catalog.get("many") is None and catalog.get(SEED) is not None
            assert all(p.checked for p in catalog.all())
            assert '"slug":"many"' not in settings.postings_cache.read_text()
        finally:
            stop.set()
            await asyncio.wait_for(task, 15)


def test_the_heap_frozen_at_start_up_is_collected_young_every_gc_young_allocations() -> None:
    """After start-up the collector runs, but not every 700 allocations (Python's default, a few
    times per update): every ``GC_YOUNG``, its older generations left at their defaults."""
    enabled, threshold = gc.isenabled(), gc.get_threshold()
    gc.disable()
    gc.set_threshold(700, 10, 10)
    try:
        freeze_startup_heap()
        assert gc.isenabled()
        assert gc.get_threshold() == (GC_YOUNG, 10, 10)
    finally:
        gc.set_threshold(*threshold)
        if not enabled:
            gc.disable()
