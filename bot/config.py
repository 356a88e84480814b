"""Settings from the environment and ``.env``: each setting with its default and a short doc."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import logging
import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org"

TOKEN_FORM = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")
"""What @BotFather hands out: the bot's numeric id, a colon, then letters, digits, ``_``, ``-``."""
MAX_CHANNELS = 50
"""CHANNEL_IDS holds at most this many: a message carries at most 100 buttons."""
SQLITE_SCHEME = "sqlite:///"
DATABASE_SCHEMES = ("postgresql://", "postgres://", SQLITE_SCHEME)
SECRET_FORM = re.compile(r"[A-Za-z0-9_-]{1,256}")
"""What Telegram accepts as a webhook's secret_token."""
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
HOST_NAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?")


class Settings(BaseSettings):
    """The bot's configuration; see ``.env.example`` for a commented copy."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    bot_token: SecretStr | None = Field(
        default=None,
        description="Token from @BotFather; without it `run` starts the offline demo.",
    )
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(),
        description="Numeric Telegram user ids allowed to /reload, comma-separated.",
    )
    hr_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(),
        description="When set, only these user ids may decide on applications in the HR chat.",
    )
    hr_chat_id: int | None = Field(
        default=None,
        description="Chat that receives summaries and questions (a posting may override).",
    )
    channel_ids: Annotated[tuple[int, ...], NoDecode] = Field(
        default=(),
        description="Channels and groups /announce may post vacancies to, comma-separated.",
    )
    send_rate: float = Field(
        default=25.0,
        gt=0,
        le=1000,
        description="Messages a second the bot sends at most, all chats together "
        "(Telegram allows about 30); broadcasts go at this pace, behind people's answers.",
    )
    broadcast_in_flight: int | None = Field(
        default=None,
        ge=1,
        le=16,
        description="Broadcast sends in flight at once; empty: as many as SEND_RATE needs. "
        "After a crash at most this many are in doubt (never sent twice; 1: none missed).",
    )
    retention_days: int = Field(
        default=180,
        ge=1,
        le=36500,
        description="Applications and everything personal older than this many days are erased.",
    )
    postings_dir: Path = Field(default=Path("postings"), description="Folder of posting files.")
    database_path: Path = Field(
        default=Path("data/bot.sqlite3"), description="SQLite database file."
    )
    database_url: SecretStr | None = Field(
        default=None,
        description=(
            "postgresql://user:password@host:port/name to keep everything in PostgreSQL "
            "(several instances may share it); unset or sqlite:///path: SQLite."
        ),
    )
    telegram_api_url: str = Field(
        default=TELEGRAM_API, description="Bot API server base URL (the local emulator in tests)."
    )
    default_locale: Literal["ru", "en"] = Field(
        default="ru", description="Language when Telegram does not tell the user's language."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="Logging level."
    )
    log_format: Literal["text", "json"] = Field(
        default="text", description="`text`: one plain line per record; `json`: JSON lines."
    )
    webhook_url: str | None = Field(
        default=None,
        description="Public HTTPS URL Telegram posts updates to; set: webhook mode, else polling.",
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        description="Telegram's X-Telegram-Bot-Api-Secret-Token; required with WEBHOOK_URL.",
    )
    webhook_listen: str | None = Field(
        default=None,
        description="host:port of the bot's HTTP server (webhook, /healthz, /readyz, /metrics).",
    )
    redis_url: SecretStr | None = Field(
        default=None,
        description="redis://… : FSM and the per-user lock in Redis, shared by every instance.",
    )

    @field_validator("admin_ids", "hr_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            return frozenset(int(p) for p in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("channel_ids", mode="before")
    @classmethod
    def _split_channels(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            value = [int(p) for p in parts]
        if isinstance(value, int):
            value = [value]
        if isinstance(value, list | tuple | set | frozenset):
            return tuple(dict.fromkeys(value))  # in the order given, each once
        return value

    @field_validator("channel_ids")
    @classmethod
    def _channels_not_people(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(chat_id >= 0 for chat_id in value):
            raise ValueError(
                "must be channel or group ids (negative, e.g. -1001234567890), not a person's"
            )
        if len(value) > MAX_CHANNELS:  # each is a button under the /announce preview
            raise ValueError(f"at most {MAX_CHANNELS} channels")
        return value

    @field_validator("bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("bot_token")
    @classmethod
    def _check_token(cls, value: SecretStr | None) -> SecretStr | None:
        # The message never quotes the value: it is a secret.
        if value is not None and not TOKEN_FORM.fullmatch(value.get_secret_value().strip()):
            raise ValueError(
                "does not look like a token from @BotFather "
                "(digits, a colon, then letters, digits, _ or -)"
            )
        return None if value is None else SecretStr(value.get_secret_value().strip())

    @field_validator("database_url", mode="before")
    @classmethod
    def _empty_url_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: SecretStr | None) -> SecretStr | None:
        # The message never quotes the value: it may hold a password.
        if value is None:
            return None
        url = value.get_secret_value().strip()
        if not url.startswith(DATABASE_SCHEMES):
            raise ValueError(
                "must be postgresql://user:password@host:port/database or sqlite:///path"
            )
        if url.startswith(SQLITE_SCHEME) and not url.removeprefix(SQLITE_SCHEME):
            raise ValueError("sqlite:/// needs a file path after it")
        return SecretStr(url)

    @property
    def postings_cache(self) -> Path:
        """Where the postings parsed at a start are kept for the next one: beside the SQLite
        database (only changed files are parsed again)."""
        return self.database_path.parent / "postings.json"

    @property
    def index_store(self) -> Path:
        """Where the answering engine keeps the postings' built indexes, by file digest, for
        their first questions after a restart: beside the SQLite database."""
        return self.database_path.parent / "indexes"

    @property
    def database_location(self) -> Path | str:
        """Where the database is: DATABASE_URL's PostgreSQL URL or SQLite path, else
        DATABASE_PATH."""
        if self.database_url is None:
            return self.database_path
        url = self.database_url.get_secret_value()
        if url.startswith(SQLITE_SCHEME):
            return Path(url.removeprefix(SQLITE_SCHEME))
        return url

    @field_validator("hr_chat_id", "broadcast_in_flight", mode="before")
    @classmethod
    def _empty_chat_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("hr_chat_id")
    @classmethod
    def _a_group_not_a_person(cls, value: int | None) -> int | None:
        if value is not None and value >= 0:
            raise ValueError(
                "must be a group or channel id (negative, e.g. -1001234567890), not a person's"
            )
        return value

    @field_validator("webhook_url", "webhook_secret", "webhook_listen", "redis_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_url")
    @classmethod
    def _check_webhook_url(cls, value: str | None) -> str | None:
        return None if value is None else check_api_url(value)

    @field_validator("webhook_secret")
    @classmethod
    def _check_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram's rule for secret_token; the message never quotes the value.
        if value is not None and not SECRET_FORM.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters: letters, digits, _ or -")
        return value

    @field_validator("webhook_listen")
    @classmethod
    def _check_listen(cls, value: str | None) -> str | None:
        if value is not None:
            split_listen(value)
        return value

    @field_validator("redis_url")
    @classmethod
    def _check_redis(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(REDIS_SCHEMES):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url is not None and self.webhook_secret is None:
            raise ValueError(
                "WEBHOOK_SECRET: required when WEBHOOK_URL is set "
                "(Telegram sends it with every update, so strangers cannot post fake ones)"
            )
        return self

    @property
    def listen(self) -> tuple[str, int] | None:
        """Where the HTTP server listens: WEBHOOK_LISTEN, else 0.0.0.0:8080 in webhook mode."""
        if self.webhook_listen is not None:
            return split_listen(self.webhook_listen)
        return ("0.0.0.0", 8080) if self.webhook_url is not None else None

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("telegram_api_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        return check_api_url(value)


def split_listen(value: str) -> tuple[str, int]:
    """``host:port`` as (host, port), or ValueError saying what is wrong."""
    host, sep, port = value.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError("must be host:port, e.g. 0.0.0.0:8080")
    return host.strip("[]"), int(port)


def check_api_url(value: str) -> str:
    """The Bot API base URL without a trailing slash, or ValueError saying what is wrong."""
    value = value.strip()
    if not value.startswith(("http://", "https://")):
        raise ValueError("must start with http:// or https://")
    try:
        parts = urlsplit(value)
        port = parts.port  # raises for a port out of range or not a number
    except ValueError:
        raise ValueError("is not a valid URL (check the host and the port)") from None
    host = parts.hostname or ""
    if not host:
        raise ValueError("has no host name")
    if port == 0:
        raise ValueError("has port 0")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError("must be a plain base URL, e.g. https://api.telegram.org")
    if any(c.isspace() for c in value):
        raise ValueError("must not contain spaces")
    if re.fullmatch(r"[0-9.]+", host) or ":" in host:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise ValueError(f"has an invalid IP address {host!r}") from None
    elif not HOST_NAME.fullmatch(host):
        raise ValueError(f"has an invalid host name {host!r}")
    return value.rstrip("/")


class SettingsError(Exception):
    """A setting is missing or wrong; ``str()`` is one line naming the variable."""


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's report into one line that names the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = str(first["msg"]).removeprefix("Value error, ")
        if not first["loc"] and ": " in message:  # a rule across settings names its own
            name, _, message = message.partition(": ")
        if "invalid literal for int" in message:
            message = "must be whole numbers separated by commas"
        raise SettingsError(f"{name}: {message}") from None


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str, secret: str | None) -> str:
    """``text`` with the bot token (and its secret half alone) replaced by ``<token>``."""
    if not secret:
        return text
    text = text.replace(secret, "<token>")
    _, _, tail = secret.partition(":")
    return text.replace(tail, "<token>") if len(tail) >= 8 else text


class RedactingFormatter(logging.Formatter):
    """Formats like ``logging.Formatter``, then blanks the token out of the message and any
    traceback: aiohttp puts the request URL, which holds the token, into some of its errors."""

    def __init__(self, secret: str | None, fmt: str = LOG_FORMAT) -> None:
        super().__init__(fmt)
        self._secret = secret

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._secret)


class JsonFormatter(RedactingFormatter):
    """One JSON object per line (time, level, logger, message, and the traceback when there is
    one), with the token blanked out like the plain format."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return redact(json.dumps(entry, ensure_ascii=False), self._secret)


def configure_logging(
    level: str, token: SecretStr | None = None, form: Literal["text", "json"] = "text"
) -> None:
    """One-line logs, plain or JSON; personal data never reaches them (handlers log ids and
    types only), and neither does the token: every handler of the root logger gets a redacting
    formatter."""
    logging.basicConfig(level=getattr(logging, level, logging.INFO), format=LOG_FORMAT)
    secret = token.get_secret_value() if token else None
    formatter = JsonFormatter(secret) if form == "json" else RedactingFormatter(secret)
    for handler in logging.getLogger().handlers:
        if type(handler) is logging.StreamHandler:  # ours, not a test runner's capture
            handler.setFormatter(formatter)
