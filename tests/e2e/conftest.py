"""End-to-end fixtures: the emulator in the test process, the bot as its own process over HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from emulator import Emulator, Group, Participant, User

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"  # CI keeps shared/ beside the repository
SEED = "tech-support-specialist"
TOKEN = "424242:E2E-TOKEN"
ADMIN_ID = 777
CANDIDATE_ID = 1001
HR_MEMBER_ID = 5005
HR_CHAT_ID = -1001234500000
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


class BotProcess:
    """``python -m bot`` as a child process pointed at the emulator; start, kill, restart."""

    def __init__(self, emu: Emulator, workdir: Path, postings: Path, database: Path) -> None:
        self.emu = emu
        self.workdir = workdir
        self.postings = postings
        self.database = database
        self.log = workdir / "bot-stderr.log"
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0
        self.extra_env: dict[str, str] = {}
        """More settings for this bot (CHANNEL_IDS, SEND_RATE…), kept across restarts."""
        self.ready_method = "getMe"  # the last call before it takes updates ("setWebhook")

    def env(self) -> dict[str, str]:
        """The environment of the bot: only what the test decides, plus PATH and the like."""
        keep = {k: v for k, v in os.environ.items() if not k.startswith(_BOT_VARIABLES)}
        return (
            keep
            | {
                "BOT_TOKEN": TOKEN,
                "TELEGRAM_API_URL": self.emu.base_url,
                "DATABASE_PATH": str(self.database),
                "POSTINGS_DIR": str(self.postings),
                "HR_CHAT_ID": str(HR_CHAT_ID),
                "ADMIN_IDS": str(ADMIN_ID),
                "DEFAULT_LOCALE": "ru",
                "LOG_LEVEL": "INFO",
                "PYTHONUNBUFFERED": "1",
                # The emulator enforces no flood limits unless a test asks, so the bot is not paced
                # either (timing-sensitive tests, like the SIGKILL ones, keep their timing); the
                # broadcast tests set SEND_RATE and turn the emulator's limits on.
                "SEND_RATE": "1000",
                # This tree's code, whatever the virtualenv's editable install points to (a
                # second worktree shares the first one's virtualenv).
                "PYTHONPATH": os.pathsep.join(
                    [str(ROOT), *filter(None, [keep.get("PYTHONPATH")])]
                ),
            }
            | self.extra_env
        )

    async def start(self) -> None:
        """Start the process and wait until it polls (its getMe comes right before polling;
        in webhook mode, its setWebhook)."""
        assert self.process is None or self.process.returncode is not None, "already running"
        seen = len(self.emu.calls(self.ready_method))
        self.starts += 1
        with self.log.open("ab") as log:
            log.write(f"----- start #{self.starts} -----\n".encode())
            log.flush()
            # cwd is the temporary folder, so a developer's .env is never read.
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=self.workdir,
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while len(self.emu.calls(self.ready_method)) <= seen:
            if self.process.returncode is not None:
                raise AssertionError(
                    f"the bot exited with {self.process.returncode} while starting:\n"
                    + self.output()
                )
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the bot did not poll within {START_TIMEOUT}s:\n" + self.output()
                )
            await asyncio.sleep(0.02)

    async def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no goodbye — as when a server dies."""
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):  # killed already (by an observer)
            self.process.kill()
        await self._wait(STOP_TIMEOUT)

    async def stop(self) -> int | None:
        """SIGTERM, then SIGKILL if it lingers; return the exit code."""
        if self.process is None or self.process.returncode is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(signal.SIGTERM)
        if not await self._wait(STOP_TIMEOUT):
            self.process.kill()
            await self._wait(STOP_TIMEOUT)
        return self.process.returncode

    async def restart(self) -> None:
        """Stop gracefully and start again on the same database."""
        await self.stop()
        await self.start()

    async def _wait(self, timeout: float) -> bool:
        """Wait for the process to exit without blocking the emulator; False on timeout."""
        assert self.process is not None
        try:
            await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            return False
        return True

    def output(self) -> str:
        """Everything the bot wrote to stdout and stderr so far."""
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    async def wait_handled(self, timeout: float) -> None:
        """Wait until the bot has handled (and committed) every update sent so far, as its log
        says: Telegram is told an update arrived once it is kept, before it is handled, so the
        emulator's ``wait_idle(handled=True)`` no longer tells."""
        last = self.emu.api.next_update_id - 1
        deadline = time.monotonic() + timeout
        while f"Update id={last} is " not in self.output():
            assert time.monotonic() < deadline, f"update {last} not handled within {timeout} s"
            await asyncio.sleep(0.02)

    def assert_clean_log(self) -> None:
        """Fail on tracebacks or ERROR lines in the bot's output."""
        text = self.output()
        assert "Traceback" not in text and " ERROR " not in text, text


_BOT_VARIABLES = (
    "BOT_TOKEN",
    "TELEGRAM_API_URL",
    "DATABASE_PATH",
    "DATABASE_URL",
    "POSTINGS_DIR",
    "HR_CHAT_ID",
    "ADMIN_IDS",
    "DEFAULT_LOCALE",
    "LOG_LEVEL",
    "CHANNEL_IDS",
    "SEND_RATE",
    "BROADCAST_IN_FLIGHT",
    "LOG_FORMAT",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "WEBHOOK_LISTEN",
    "REDIS_URL",
)


def copy_postings(target: Path, *sources: Path) -> Path:
    """A fresh postings folder holding copies of ``sources`` (files or folders of ``*.md``)."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sources:
        for file in sorted(source.glob("*.md")) if source.is_dir() else [source]:
            shutil.copy(file, target / file.name)
    return target


@pytest.fixture
def postings(tmp_path: Path) -> Path:
    """A temporary postings folder with the repository's seed posting."""
    return copy_postings(tmp_path / "postings", ROOT / "postings")


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """The Bot API emulator, listening on 127.0.0.1 in the test process."""
    async with Emulator(token=TOKEN, bot_username="vacancy_e2e_bot") as emulator:
        emulator.group(HR_CHAT_ID, title="HR")  # there before the bot checks it at start-up
        yield emulator


@pytest.fixture
async def bot(emu: Emulator, tmp_path: Path, postings: Path) -> AsyncIterator[BotProcess]:
    """The bot running as its own process; stopped (SIGTERM, then SIGKILL) after the test."""
    process = BotProcess(emu, tmp_path, postings, tmp_path / "data" / "bot.sqlite3")
    await process.start()
    try:
        yield process
    finally:
        code = await process.stop()
        # pytest shows this only for failing tests.
        print(f"----- bot output (exit code {code}) -----\n{process.output()}")


@pytest.fixture
def candidate(emu: Emulator) -> User:
    return emu.user(CANDIDATE_ID, "Анна", username="anna", language_code="ru")


@pytest.fixture
def admin(emu: Emulator) -> User:
    return emu.user(ADMIN_ID, "Админ", language_code="ru")


@pytest.fixture
def hr_group(emu: Emulator) -> Group:
    return emu.group(HR_CHAT_ID, title="HR")


@pytest.fixture
def hr_member(emu: Emulator, hr_group: Group) -> Participant:
    return hr_group.member(emu.user(HR_MEMBER_ID, "Ольга", language_code="ru"))
