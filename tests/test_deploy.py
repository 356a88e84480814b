"""The Dockerfile and compose.yaml hold what production needs (no docker engine here to build
them: these read the files)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

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
