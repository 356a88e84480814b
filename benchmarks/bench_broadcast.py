"""The broadcast pacer against the emulator's flood limits: achieved rate, a candidate's latency.

Run: ``.venv/bin/python benchmarks/bench_broadcast.py [--subscribers N] [--rate R]``.

The emulator enforces Telegram's limits (30 messages a second overall, 1 a second per private
chat, 20 a minute per group) and answers 429 past them. The bot — the real dispatcher, polling
the emulator in this process, with the shared ``SendBudget`` on its session — broadcasts a new
posting to N subscribers at ``SEND_RATE`` R (default 25) while a candidate sends ``/vacancies``
every 1.2 s (Telegram allows one reply a second in a chat).

Printed: the broadcast's achieved rate as a fraction of R (target ≥ 0.9); the candidate's
median and p95 reply latency, idle and during the broadcast (target: no worse than 2× idle);
the 429s the emulator answered (target: none). The machine is shared: figures are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import build_dispatcher
from bot.config import Settings
from bot.pacing import PacedRequests, SendBudget
from bot.postings import Catalog
from bot.storage import Database, SubscriptionRepo
from emulator import Emulator

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "777000:BENCH-BROADCAST"
ADMIN = 42
CANDIDATE = 43
FIRST = 1_000_000


async def candidate_latencies(
    emu: Emulator, seconds: float, stop: asyncio.Event | None = None, every: float = 1.2
) -> list[float]:
    """Send /vacancies every ``every`` s for ``seconds`` (or until ``stop``); return each
    reply's latency."""
    user = emu.user(CANDIDATE, "Кандидат")
    latencies: list[float] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (stop and stop.is_set()):
        started = time.monotonic()
        await user.send("/vacancies")
        await user.wait_for_reply(timeout=10, quiet=0.0)
        latencies.append(time.monotonic() - started)
        await asyncio.sleep(max(0.0, every - (time.monotonic() - started)))
    return latencies


def describe(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{name}: median {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"


async def main(subscribers: int, rate: float) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        postings = workdir / "postings"
        postings.mkdir()
        seed = ROOT / "postings" / "tech-support-specialist.md"
        (postings / seed.name).write_bytes(seed.read_bytes())
        async with Emulator(token=TOKEN, bot_username="bench_bot", rate_limits=True) as emu:
            settings = Settings(
                bot_token=TOKEN,
                admin_ids=frozenset({ADMIN}),
                telegram_api_url=emu.base_url,
                database_path=workdir / "bot.sqlite3",
                postings_dir=postings,
                send_rate=rate,
            )
            db = await Database.open(settings.database_path)
            repo = SubscriptionRepo(db)
            for user_id in range(FIRST, FIRST + subscribers):
                await repo.subscribe(user_id, "ru")
                emu.user(user_id).register()
            catalog = Catalog(postings)
            catalog.reload()
            budget = SendBudget(rate)
            session = AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url))
            session.middleware(PacedRequests(budget))
            bot = Bot(TOKEN, session=session)
            dp = build_dispatcher(settings, catalog, db, budget=budget)
            sent_at: list[float] = []

            def count(method: str, params: dict[str, Any], _: Any) -> None:
                if method == "sendmessage" and int(params.get("chat_id", 0)) >= FIRST:
                    sent_at.append(time.monotonic())

            emu.observe(count)
            polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False))
            broadcaster = dp["broadcaster"]
            draining = asyncio.create_task(broadcaster.run(bot))
            await asyncio.sleep(0.5)
            idle = await candidate_latencies(emu, 5.0)

            (postings / "courier.md").write_bytes(
                seed.read_bytes().replace(b"slug: tech-support-specialist", b"slug: courier")
            )
            catalog.reload()
            started = time.monotonic()
            posting = catalog.get_open("courier")
            assert posting is not None
            await broadcaster.start(bot, posting, None, "ru")
            done = asyncio.Event()
            chatting = asyncio.create_task(candidate_latencies(emu, 1e9, done))
            while len(sent_at) < subscribers:
                await asyncio.sleep(0.1)
                if time.monotonic() - started > subscribers / rate * 3 + 30:
                    break
            done.set()
            busy = await chatting
            elapsed = sent_at[-1] - sent_at[0] if len(sent_at) > 1 else float("nan")
            achieved = (len(sent_at) - 1) / elapsed if len(sent_at) > 1 else 0.0
            print(f"subscribers {subscribers}, SEND_RATE {rate:g}/s, emulator limit 30/s")
            print(
                f"broadcast: {len(sent_at)} sent in {elapsed:.1f} s = {achieved:.1f}/s, "
                f"{achieved / rate:.2f} of SEND_RATE (target ≥ 0.9)"
            )
            print(describe("candidate idle", idle))
            print(describe("candidate during the broadcast", busy))
            ratio = statistics.median(busy) / statistics.median(idle)
            print(f"median latency during / idle: {ratio:.2f}x (target ≤ 2)")
            print(f"429 answered by the emulator: {emu.rate_limits.refused}")
            draining.cancel()
            await dp.stop_polling()
            await asyncio.gather(polling, draining, return_exceptions=True)
            await bot.session.close()
            await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscribers", type=int, default=500)
    parser.add_argument("--rate", type=float, default=25.0)
    args = parser.parse_args()
    asyncio.run(main(args.subscribers, args.rate))
