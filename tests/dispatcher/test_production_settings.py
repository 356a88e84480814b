"""Settings of production mode: the webhook needs its secret, a bad value names its variable in
one line; JSON logs keep the token out like the plain ones."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest

from bot.config import JsonFormatter, SettingsError, load_settings
from tests.dispatcher.test_startup import SECRET_TOKEN, run_bot_process


def test_webhook_url_without_a_secret_is_refused_in_words(tmp_path: Path) -> None:
    done = run_bot_process(
        tmp_path, BOT_TOKEN=SECRET_TOKEN, WEBHOOK_URL="https://bot.example.com/telegram"
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "configuration error: WEBHOOK_SECRET: required when WEBHOOK_URL is set (Telegram sends "
        "it with every update, so strangers cannot post fake ones)"
    )


@pytest.mark.parametrize(
    ("values", "said"),
    [
        ({"webhook_url": "ftp://x"}, "WEBHOOK_URL: must start with http:// or https://"),
        (
            {"webhook_url": "https://x.example/h", "webhook_secret": "with space"},
            "WEBHOOK_SECRET: must be 1-256 characters: letters, digits, _ or -",
        ),
        ({"webhook_listen": "8080"}, "WEBHOOK_LISTEN: must be host:port, e.g. 0.0.0.0:8080"),
        ({"redis_url": "localhost:6379"}, "REDIS_URL: must start with redis://, rediss:// or"),
        ({"log_format": "xml"}, "LOG_FORMAT: Input should be 'text' or 'json'"),
    ],
)
def test_bad_production_values_name_their_variable(values: dict[str, str], said: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None, **values)
    assert str(caught.value).startswith(said)


def test_webhook_mode_listens_on_8080_unless_told() -> None:
    settings = load_settings(
        _env_file=None, webhook_url="https://x.example/h", webhook_secret="abc"
    )
    assert settings.listen == ("0.0.0.0", 8080)
    assert load_settings(_env_file=None).listen is None  # polling: no server unless asked
    told = load_settings(_env_file=None, webhook_listen="127.0.0.1:9100")
    assert told.listen == ("127.0.0.1", 9100)


def test_json_lines_blank_the_token_out_of_messages_and_tracebacks() -> None:
    formatter = JsonFormatter(SECRET_TOKEN)
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{SECRET_TOKEN}/getMe failed")
    except RuntimeError:
        record = logging.LogRecord(
            "aiohttp", logging.ERROR, __file__, 1, "calling %s", (SECRET_TOKEN,), sys.exc_info()
        )
    line = formatter.format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "calling <token>"
    assert entry["level"] == "ERROR" and entry["logger"] == "aiohttp"
    assert "bot<token>/getMe" in entry["exception"]
    assert SECRET_TOKEN.split(":")[1] not in line
