"""Throughput with one and two bot instances on PostgreSQL + Redis, beside SQLite.

Run: ``.venv/bin/python benchmarks/bench_instances.py [--candidates 50] [--warmup S]
[--seconds S] [--think S]``.

The load is ``bench_http.py``'s: closed-loop simulated candidates, each doing the 15-step flow
(deep link, sections, typed questions, consent, four answers, «Отправить») against the project's
Bot API emulator over HTTP, a new Telegram user after each flow. Three configurations, one after
another, each with its own emulator and a fresh database:

- SQLite, polling, one instance (``python -m bot run`` as in ``bench_http.py``);
- PostgreSQL + Redis, webhook, one instance;
- PostgreSQL + Redis, webhook, two instances behind the round-robin forwarder of
  ``tests/e2e/test_two_instances.py`` (it runs in this process, beside the emulator).

PostgreSQL is a throwaway cluster (``tests/postgres.py``: fsync off, on a free port); Redis is a
``redis-server`` started here on a free port, without persistence. Per configuration: actions/s,
p50 and p99 of the step latency, the bots' CPU ms per action (all instances' processes), flows
completed. The machine's other work shows in the figures: compare the rows of one run.

Each instance gets ``SEND_RATE=1000`` (``--send-rate``), as the e2e tests do: the emulator sets no
flood limits, and the bot's default budget of 25 sends a second would otherwise be all the table
measured (25 actions/s on every row: with Redis, the instances share one budget).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncpg

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from bench_http import (  # noqa: E402
    BOT_TOKEN,
    HR_CHAT_ID,
    SLUG,
    START_TIMEOUT,
    Target,
    child_env,
    flow,
    run_level,
)

from emulator import Emulator  # noqa: E402
from tests.e2e.test_two_instances import RoundRobin  # noqa: E402
from tests.postgres import Cluster  # noqa: E402

SECRET = "bench-instances-secret"


class Instances(Target):
    """One or more bot processes on one emulator, measured as one target."""

    def __init__(self, name: str, emu: Emulator, processes: list[asyncio.subprocess.Process]):
        super().__init__(name, emu, processes[0])
        self.processes = processes

    def cpu_seconds(self) -> float:
        total = 0.0
        for process in self.processes:
            self.process = process
            total += super().cpu_seconds()
        self.process = self.processes[0]
        return total


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A ``redis-server`` on a free local port, without persistence (as tests/conftest.py)."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed: `apt-get install redis-server`")
    port = free_port()
    server = subprocess.Popen(
        [
            binary,
            *("--port", str(port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no", "--dir", str(folder)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return server, f"redis://127.0.0.1:{port}"
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise SystemExit(f"redis-server did not start on port {port}")
        time.sleep(0.05)


async def new_database(cluster: Cluster, name: str) -> str:
    admin = await asyncpg.connect(cluster.url())
    try:
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    return cluster.url(name)


async def start_bots(
    name: str, emu: Emulator, envs: list[dict], workdir: Path, ready: str
) -> Instances:
    """Start one bot process per environment; wait until each has made its ``ready`` call."""
    processes = []
    for n, env in enumerate(envs):
        seen = len(emu.calls(ready))
        log_path = workdir / f"{name}-{n}.log"
        with log_path.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=workdir,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        processes.append(process)
        deadline = time.monotonic() + START_TIMEOUT
        while len(emu.calls(ready)) <= seen:
            if process.returncode is not None or time.monotonic() > deadline:
                for started in processes:
                    if started.returncode is None:
                        started.kill()
                text = log_path.read_text(errors="replace")
                raise SystemExit(f"{name} instance {n} did not start:\n{text[-3000:]}")
            await asyncio.sleep(0.05)
    return Instances(name, emu, processes)


async def stop_bots(target: Instances) -> None:
    for process in target.processes:
        if process.returncode is None:
            process.terminate()
    for process in target.processes:
        try:
            await asyncio.wait_for(process.wait(), 15)
        except TimeoutError:
            process.kill()
            await process.wait()


async def measure(
    label: str,
    instances: int,
    database_url: str | None,
    redis_url: str | None,
    workdir: Path,
    postings: Path,
    args: argparse.Namespace,
) -> dict[str, float]:
    """Start one configuration on its own emulator, load it, stop it; its figures."""
    emu = await Emulator(token=BOT_TOKEN, bot_username="bench_bot").start()
    emu.group(HR_CHAT_ID, title="HR")
    folder = workdir / label
    folder.mkdir()
    forwarder: RoundRobin | None = None
    target: Instances | None = None
    try:
        base = child_env(emu, BOT_TOKEN, folder, postings, args.log_level)
        base["SEND_RATE"] = f"{args.send_rate:g}"
        if database_url is None:
            envs, ready = [base], "getUpdates"
        else:
            assert redis_url is not None
            ports = [free_port() for _ in range(instances)]
            upstreams = [f"http://127.0.0.1:{port}" for port in ports]
            if instances > 1:
                forwarder = RoundRobin(upstreams)
                await forwarder.start()
                hook = f"http://127.0.0.1:{forwarder.port}/telegram/hook"
            else:
                hook = f"{upstreams[0]}/telegram/hook"
            envs = [
                base
                | {
                    "DATABASE_URL": database_url,
                    "REDIS_URL": redis_url,
                    "WEBHOOK_URL": hook,
                    "WEBHOOK_SECRET": SECRET,
                    "WEBHOOK_LISTEN": upstream.removeprefix("http://"),
                }
                for upstream in upstreams
            ]
            ready = "setWebhook"
        target = await start_bots(label, emu, envs, folder, ready)
        figures = await run_level(target, args.candidates, args.warmup, args.seconds, args.think)
        figures["refused"] = len(
            [r for r in emu.errors() if r.method.lower() not in {"getupdates", "setwebhook"}]
        )
        return figures
    finally:
        if target is not None:
            await stop_bots(target)
        if forwarder is not None:
            await forwarder.stop()
        await emu.stop()


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        postings = workdir / "postings"
        postings.mkdir()
        (postings / f"{SLUG}.md").write_bytes((ROOT / "postings" / f"{SLUG}.md").read_bytes())
        redis_folder = workdir / "redis"
        redis_folder.mkdir()
        redis, redis_base = start_redis(redis_folder)
        cluster = Cluster.start()
        try:
            configurations = [
                ("SQLite + polling", 1, None, None),
                (
                    "PostgreSQL + Redis webhook",
                    1,
                    await new_database(cluster, "bench_one"),
                    f"{redis_base}/1",
                ),
                (
                    "PostgreSQL + Redis webhook",
                    2,
                    await new_database(cluster, "bench_two"),
                    f"{redis_base}/2",
                ),
            ]
            print(
                f"{len(flow())} steps per candidate, {args.candidates} concurrent candidates, "
                f"{args.think:g} s pause between steps on average; {args.warmup:g} s warm-up + "
                f"{args.seconds:g} s measured per configuration; SEND_RATE {args.send_rate:g}; "
                f"logs at {args.log_level}"
            )
            header = (
                f"{'configuration':<28} | {'instances':>9} | {'actions/s':>9} | {'p50 ms':>7} | "
                f"{'p99 ms':>7} | {'CPU ms/action':>13} | flows"
            )
            print(header)
            print("-" * len(header))
            for n, (label, count, database_url, redis_url) in enumerate(configurations):
                f = await measure(
                    f"config{n}", count, database_url, redis_url, workdir, postings, args
                )
                note = f"  ({f['failures']:.0f} flows timed out)" if f["failures"] else ""
                if f["refused"]:
                    note += f"  ({f['refused']:.0f} Bot API calls refused)"
                print(
                    f"{label:<28} | {count:>9} | {f['rate']:>9,.0f} | {f['p50']:>7.1f} | "
                    f"{f['p99']:>7.0f} | {f['cpu']:>13.2f} | {f['flows']:.0f}{note}",
                    flush=True,
                )
            print(
                "two instances on two cores share them with this process (emulator, candidates, "
                "forwarder), PostgreSQL and Redis: compare the rows of one run"
            )
        finally:
            cluster.stop()
            redis.terminate()
            redis.wait(10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=50, help="concurrent candidates")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds, not counted")
    parser.add_argument("--seconds", type=float, default=12.0, help="measured, per configuration")
    parser.add_argument("--think", type=float, default=0.2, help="mean pause between steps, s")
    parser.add_argument(
        "--send-rate",
        type=float,
        default=1000.0,
        help="the bots' SEND_RATE, shared through Redis (the default 25/s would cap every row "
        "at 25 actions/s)",
    )
    parser.add_argument("--log-level", default="INFO", help="the bots' LOG_LEVEL")
    asyncio.run(main(parser.parse_args()))
