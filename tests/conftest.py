"""Shared fixtures: sample posting folders and a dispatcher harness over a real SQLite file."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import asyncpg
import pytest

from bot.answering import Answerer
from bot.app import build_dispatcher
from bot.config import Settings
from bot.postings import Catalog
from bot.storage import Database
from tests.harness import TOKEN, Harness, RecordingSession
from tests.postgres import Cluster

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "postings"
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "postings"
BAD = SHARED / "bad-postings"
SEED = "tech-support-specialist"
ADMIN_ID = 777
HR_CHAT_ID = -100500

MakeHarness = Callable[..., Awaitable[Harness]]


def copy_postings(target: Path, *sources: Path) -> Path:
    """A fresh postings folder holding copies of ``sources`` (files or folders)."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sources:
        files = sorted(source.glob("*.md")) if source.is_dir() else [source]
        for file in files:
            shutil.copy(file, target / file.name)
    return target


def make_settings(tmp_path: Path, postings: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "bot_token": TOKEN,
        "postings_dir": postings,
        "database_path": tmp_path / "bot.sqlite3",
        "admin_ids": frozenset({ADMIN_ID}),
        "hr_chat_id": HR_CHAT_ID,
        "telegram_api_url": "http://127.0.0.1:9",
        "default_locale": "ru",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


TEMPLATE_DATABASE = "bot_template"


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """A throwaway PostgreSQL cluster for the run.

    Fails (never skips) when PostgreSQL is not installed, saying how to install it.
    """
    cluster = Cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


async def _make_template(cluster: Cluster, admin: asyncpg.Connection) -> None:
    """Once per run: a migrated database that every test's database is copied from."""
    if cluster.template_ready:
        return
    await admin.execute(f"CREATE DATABASE {TEMPLATE_DATABASE}")
    database = await Database.open(cluster.url(TEMPLATE_DATABASE))
    await database.close()
    cluster.template_ready = True


async def new_postgres_database(cluster: Cluster) -> str:
    """The URL of a fresh, migrated PostgreSQL database on the cluster."""
    name = f"test_{uuid.uuid4().hex}"
    admin = await asyncpg.connect(cluster.url())
    try:
        await _make_template(cluster, admin)
        await admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DATABASE}")
    finally:
        await admin.close()
    return cluster.url(name)


@pytest.fixture
async def postgres_url(postgres_cluster: Cluster) -> str:
    """The URL of a fresh, migrated PostgreSQL database of this test's own."""
    return await new_postgres_database(postgres_cluster)


@pytest.fixture(scope="session")
def answerer() -> Answerer:
    """One answering engine for the whole run: its dictionaries take a moment to load."""
    return Answerer()


@pytest.fixture
async def make_harness(tmp_path: Path, answerer: Answerer) -> AsyncIterator[MakeHarness]:
    """Build a harness over a postings folder; closes everything it opened."""
    opened: list[tuple[Harness, Database]] = []

    async def build(*sources: Path, **overrides: object) -> Harness:
        folder = copy_postings(tmp_path / f"postings{len(opened)}", *sources)
        settings = make_settings(tmp_path, folder, **overrides)
        catalog = Catalog(folder)
        catalog.reload()
        db = await Database.open(settings.database_location)
        dp = build_dispatcher(settings, catalog, db, answerer=answerer)
        session = RecordingSession()
        from aiogram import Bot

        harness = Harness(dp=dp, bot=Bot(TOKEN, session=session), session=session)
        opened.append((harness, db))
        return harness

    yield build
    for harness, db in opened:
        harness.detach()
        await db.close()


@pytest.fixture
async def seed(make_harness: MakeHarness) -> Harness:
    """A bot with only the shipped seed posting."""
    return await make_harness(SHIPPED / f"{SEED}.md")


@pytest.fixture
async def samples(make_harness: MakeHarness) -> Harness:
    """A bot with the four shared sample postings."""
    return await make_harness(SAMPLES)


REDIS_START_TIMEOUT = 10.0


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Redis for the run: ``TEST_REDIS_URL`` when set (``.ci/run`` sets it), else a
    ``redis-server`` started here on a free local port, stopped at the end."""
    given = os.environ.get("TEST_REDIS_URL")
    if given:
        yield given
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail(
            "redis-server is not installed: `apt-get install redis-server` (what .ci/run does), "
            "or point TEST_REDIS_URL at a Redis"
        )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [
            binary,
            *("--port", str(port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no", "--dir", str(folder)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + REDIS_START_TIMEOUT
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
async def redis_url(redis_server: str) -> AsyncIterator[str]:
    """The run's Redis, emptied before the test."""
    from redis.asyncio import Redis

    client = Redis.from_url(redis_server)
    await client.flushdb()
    await client.aclose()
    yield redis_server
