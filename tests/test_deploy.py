"""The Dockerfile and compose.yaml hold what production needs (no docker engine here to build
them: these read the files)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from aiohttp.test_utils import TestClient, TestServer

from bot.config import Settings, load_settings
from bot.metrics import Metrics
from bot.server import build_app

ROOT = Path(__file__).resolve().parents[1]


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def test_the_image_is_slim_runs_as_a_user_and_checks_its_health() -> None:
    steps = instructions()
    keywords = [k for k, _ in steps]
    [base] = [rest for k, rest in steps if k == "FROM"]
    assert re.fullmatch(r"python:3\.1[1-9]-slim(-\w+)?", base), base
    users = [rest for k, rest in steps if k == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert keywords.index("USER") < keywords.index("CMD")
    [volume] = [rest for k, rest in steps if k == "VOLUME"]
    assert "/app/postings" in volume
    env = " ".join(rest for k, rest in steps if k == "ENV")
    assert "POSTINGS_DIR=/app/postings" in env
    listen = re.search(r"WEBHOOK_LISTEN=[\d.]+:(\d+)", env)
    assert listen is not None
    [health] = [rest for k, rest in steps if k == "HEALTHCHECK"]
    assert f"127.0.0.1:{listen.group(1)}/healthz" in health
    [command] = [rest for k, rest in steps if k == "CMD"]
    assert shlex.split(command.strip("[]").replace(",", " ")) == ["python", "-m", "bot", "run"]


def test_compose_runs_the_bot_with_postgres_and_redis() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert {"bot", "postgres", "redis"} <= set(services)
    bot = services["bot"]
    assert bot["build"] == "."
    env = bot["environment"]
    assert env["DATABASE_URL"].startswith("postgresql://") and "@postgres:" in env["DATABASE_URL"]
    assert env["REDIS_URL"] == "redis://redis:6379/0"
    assert set(bot["depends_on"]) == {"postgres", "redis"}
    assert all(d["condition"] == "service_healthy" for d in bot["depends_on"].values())
    assert any(v.endswith(":/app/postings:ro") for v in bot["volumes"])
    for name in ("postgres", "redis"):
        assert "healthcheck" in services[name]
        assert any(":" in v for v in services[name]["volumes"])  # data survives a restart


SHELL_DEFAULT = re.compile(r"\$\{(\w+):-([^}]*)\}")
"""``${NAME:-default}`` in compose.yaml, as compose fills it in when NAME is unset."""
BUILD_ONLY = {"PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "PIP_NO_CACHE_DIR"}
BUILD_ONLY |= {"PIP_DISABLE_PIP_VERSION_CHECK"}


def dockerfile_env() -> dict[str, str]:
    """Every ``ENV NAME=value`` of the Dockerfile."""
    env = " ".join(rest for k, rest in instructions() if k == "ENV")
    return dict(pair.split("=", 1) for pair in shlex.split(env))


def compose_bot_env() -> dict[str, str]:
    """The bot service's ``environment``, with compose's ``${NAME:-default}`` filled in."""
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    env = compose["services"]["bot"]["environment"]
    return {name: SHELL_DEFAULT.sub(r"\2", str(value)) for name, value in env.items()}


def env_example_names() -> set[str]:
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    return {line.split("=", 1)[0] for line in lines if re.match(r"[A-Z_]+=", line)}


def test_every_variable_the_image_and_compose_set_is_a_setting() -> None:
    """Settings ignore a name they do not know (``extra="ignore"``): a misspelt or renamed
    variable in the Dockerfile, compose.yaml or .env.example would silently do nothing."""
    known = {name.upper() for name in Settings.model_fields}
    for source, names in (
        ("Dockerfile", set(dockerfile_env()) - BUILD_ONLY),
        ("compose.yaml", set(compose_bot_env())),
        (".env.example", env_example_names()),
    ):
        assert names, source
        assert names <= known, f"{source}: {sorted(names - known)} are no settings"


def test_the_image_with_composes_environment_is_a_valid_configuration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the container's bot reads — the image's ENV, compose's environment, and the .env
    the README asks for — loads, and points where the image and compose expect."""
    env = {
        **dockerfile_env(),
        **compose_bot_env(),
        "BOT_TOKEN": "123456:" + "A" * 35,
        "HR_CHAT_ID": "-1001234567890",
        "WEBHOOK_URL": "https://bot.example.com/telegram",
        "WEBHOOK_SECRET": "s" * 32,
    }
    for name in {name.upper() for name in Settings.model_fields}:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = load_settings(_env_file=None)
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    postgres = compose["services"]["postgres"]["environment"]
    password = SHELL_DEFAULT.sub(r"\2", postgres["POSTGRES_PASSWORD"])
    user, database = postgres["POSTGRES_USER"], postgres["POSTGRES_DB"]
    assert settings.database_location == f"postgresql://{user}:{password}@postgres:5432/{database}"
    assert settings.redis_url is not None
    listen = settings.listen
    assert listen is not None
    port = str(listen[1])
    assert [rest for k, rest in instructions() if k == "EXPOSE"] == [port]
    assert compose["services"]["bot"]["expose"] == [port]
    [health] = [rest for k, rest in instructions() if k == "HEALTHCHECK"]
    assert f"127.0.0.1:{port}/healthz" in health
    # The SQLite file (when DATABASE_URL is unset) is in a volume the user may write.
    data = str(Path(dockerfile_env()["DATABASE_PATH"]).parent)
    [volumes] = [rest for k, rest in instructions() if k == "VOLUME"]
    assert data in json.loads(volumes)
    user_name = [rest for k, rest in instructions() if k == "USER"][-1]
    [run] = [rest for k, rest in instructions() if k == "RUN"]
    assert f"chown {user_name}:{user_name} {data}" in run
    created = re.search(r"useradd\b[^&]*?(\S+)\s*(&&|$)", run)
    assert created is not None and created.group(1) == user_name
    assert any(v.endswith(f":{data}") for v in compose["services"]["bot"]["volumes"])


async def test_the_healthcheck_path_is_served_by_the_bot() -> None:
    """The HEALTHCHECK's path is one the bot's server answers with 200."""
    [health] = [rest for k, rest in instructions() if k == "HEALTHCHECK"]
    found = re.search(r"http://127\.0\.0\.1:\d+(/\w+)", health)
    assert found is not None
    app = build_app(Metrics(), {})
    async with TestClient(TestServer(app)) as client:
        response = await client.get(found.group(1))
        assert response.status == 200


def test_every_path_the_dockerfile_copies_is_in_the_repository() -> None:
    for keyword, rest in instructions():
        if keyword == "COPY":
            *sources, _ = shlex.split(rest)
            for source in sources:
                assert (ROOT / source).exists(), source
