"""Start-up: settings are checked before anything runs (one line, exit 2), the token never
reaches a log, and the bot sets its command menu in Russian and English, and the admins' menu."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiogram import Bot

from bot.app import set_commands
from bot.config import RedactingFormatter, SettingsError, load_settings
from tests.harness import TOKEN, RecordingSession

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
    "TELEGRAM_API_URL",
    "DEFAULT_LOCALE",
    "LOG_LEVEL",
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
