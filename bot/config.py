"""Settings from the environment and ``.env``: each setting with its default and a short doc."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org"


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
    postings_dir: Path = Field(default=Path("postings"), description="Folder of posting files.")
    database_path: Path = Field(
        default=Path("data/bot.sqlite3"), description="SQLite database file."
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

    @field_validator("admin_ids", "hr_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            return frozenset(int(p) for p in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("hr_chat_id", mode="before")
    @classmethod
    def _empty_chat_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("telegram_api_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
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
        if "invalid literal for int" in message:
            message = "must be whole numbers separated by commas"
        raise SettingsError(f"{name}: {message}") from None


def configure_logging(level: str) -> None:
    """Plain, one-line logs; personal data never reaches them (handlers log ids and types only)."""
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
