"""Load over HTTP: simulated candidates against the bot and a bare echo bot, side by side.

Run: ``.venv/bin/python benchmarks/bench_http.py [--levels 10,50,200] [--with-400]
[--warmup S] [--seconds S]``.

Each bot runs as its own process (``python -m bot run`` for the vacancy bot; this script with
``--serve-echo`` for the echo bot), polling the project's Bot API emulator on 127.0.0.1, which
runs in this process. Closed loop: every simulated candidate takes one step, waits until it sees
the bot's reaction, reads for a moment (``--think``, 0.2 s on average, drawn between half and one
and a half of it), then takes the next; after the last step a new candidate (a new Telegram user)
starts over. With no pause (``--think 0``) a few candidates already saturate both bots and every
level measures the same queue. One flow is 15 steps, as a candidate from a channel goes:

    /start <slug> (deep link) · a section · back · another section · back ·
    three typed questions · «Откликнуться» · «Согласен» · four answers · «Отправить»

A step counts as done when the reaction it waits for arrives: for the vacancy bot, a message
sent or edited in the candidate's chat (the new screen); for the echo bot, its echo of a text or
its answer to a button press (all it does). The echo bot gets the same texts and the same
callback data, pressed on its own last message. Both bots log at the same level, and both keep
aiogram's ``Response[T]`` models alive (see ``bot.telegram.KeepResponseTypes``): without that a
stock aiogram bot rebuilds one per call, and the baseline would be slower than it need be.

For each level of concurrent candidates, each bot runs ``warmup`` seconds uncounted, then
``seconds`` measured: actions/s, p50 and p99 of the step latency (from the update being queued
to the reaction), and the CPU the bot's process used per action (all its threads, read from
/proc). Levels 10, 50 and 200 by default; 400 with ``--with-400``. The machine's other work
shows in the figures: compare the two bots of one run, not runs with each other. Last, the Bot
API calls each bot made per action, by method: a count the machine's load does not move (a
press is answerCallbackQuery and the new screen for the bot, the answer alone for the echo).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.locales import t
from emulator import ChatMessage, Emulator
from emulator.models import Chat

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]

SLUG = "tech-support-specialist"
BOT_TOKEN = "515151:HTTP-BENCH-bot"
ECHO_TOKEN = "525252:HTTP-BENCH-echo"
HR_CHAT_ID = -1001234500077
QUESTIONS = ("Какой график работы?", "Есть ли ДМС?", "Можно работать удалённо?")
ANSWERS = ("Анна Петрова", "anna@example.com", "Три года в поддержке SaaS", "через две недели")
STEP_TIMEOUT = 60.0
START_TIMEOUT = 60.0
CLOCK_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Step:
    """One action: type ``text``, or press a button (by label, or the n-th on the screen)."""

    text: str | None = None
    label: str | None = None
    nth: int | None = None


def flow() -> list[Step]:
    """The fifteen steps of one candidate, in Russian."""
    back = t("ru", "browse.back_button")
    return [
        Step(text=f"/start {SLUG}"),
        Step(nth=1),
        Step(label=back),
        Step(nth=2),
        Step(label=back),
        *(Step(text=q) for q in QUESTIONS),
        Step(label=t("ru", "browse.apply_button")),
        Step(label=t("ru", "screening.button.consent_accept")),
        *(Step(text=a) for a in ANSWERS),
        Step(label=t("ru", "screening.button.submit")),
    ]


class Reactions:
    """Which chats the bot just reacted in: an observer of the emulator's successful calls."""

    def __init__(self, emu: Emulator, methods: frozenset[str]) -> None:
        self.emu = emu
        self.methods = methods
        self.waiting: dict[int, asyncio.Future[None]] = {}
        self.calls: Counter[str] = Counter()
        emu.observe(self)

    def __call__(self, method: str, params: dict[str, Any], result: Any) -> None:
        if method != "getupdates":
            self.calls[method] += 1
        chat_id: int | None = None
        if method not in self.methods:
            return
        if method == "answercallbackquery":
            query = self.emu.api.queries.get(str(params.get("callback_query_id")))
            chat_id = query.chat_id if query else None
        else:
            with contextlib.suppress(TypeError, ValueError):
                chat_id = int(params.get("chat_id"))  # type: ignore[arg-type]
        future = self.waiting.pop(chat_id, None) if chat_id is not None else None
        if future is not None and not future.done():
            future.set_result(None)

    def expect(self, chat_id: int) -> asyncio.Future[None]:
        """A future the next reaction in this chat resolves."""
        future = asyncio.get_running_loop().create_future()
        self.waiting[chat_id] = future
        return future


@dataclass
class Tally:
    """What one (bot, level) run measured."""

    started: float = 0.0
    window: tuple[float, float] = (0.0, 0.0)
    latencies: list[float] = field(default_factory=list)
    actions: int = 0
    flows: int = 0
    failures: int = 0

    def record(self, done_at: float, latency: float) -> None:
        if self.window[0] <= done_at < self.window[1]:
            self.latencies.append(latency)
            self.actions += 1


class Target:
    """One bot process and its emulator."""

    def __init__(self, name: str, emu: Emulator, process: asyncio.subprocess.Process) -> None:
        self.name = name
        self.emu = emu
        self.process = process
        echo = name == "echo"
        self.echo = echo
        reacts = {"sendmessage", "answercallbackquery"}
        if not echo:
            reacts = {"sendmessage", "editmessagetext"}
        self.reactions = Reactions(emu, frozenset(reacts))
        self.users = itertools.count(10_000_000 if echo else 20_000_000)

    def cpu_seconds(self) -> float:
        """User + system CPU of the bot's process so far (all threads)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICK


def find_button(chat: Chat, step: Step) -> tuple[ChatMessage, str] | None:
    """The newest bot message with the button a step presses, and its callback data."""
    for message in reversed(chat.messages):
        if not message.from_bot or message.deleted:
            continue
        buttons = [b for b in message.buttons() if b.callback_data is not None]
        if step.nth is not None:
            if buttons:
                if len(buttons) >= step.nth:
                    return message, str(buttons[step.nth - 1].callback_data)
                return None
            continue
        for button in buttons:
            if button.text == step.label:
                return message, str(button.callback_data)
    return None


def last_bot_message(chat: Chat) -> ChatMessage | None:
    return next((m for m in reversed(chat.messages) if m.from_bot and not m.deleted), None)


async def press_data(target: Target, chat: Chat, step: Step) -> tuple[ChatMessage, str]:
    """What to press: the bot's button; for the echo bot, its last message and the bot's data."""
    if target.echo:
        message = last_bot_message(chat)
        assert message is not None, "the echo bot has not answered yet"
        data = "s:tech-support-specialist:1" if step.nth else f"p:{step.label}"[:64]
        return message, data
    deadline = time.monotonic() + STEP_TIMEOUT
    while (found := find_button(chat, step)) is None:
        # The reaction came in parts (e.g. a notice, then the screen): wait for the next one.
        if time.monotonic() > deadline:
            raise TimeoutError(f"no button {step} in chat {chat.id}")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(target.reactions.expect(chat.id), 1.0)
    return found


async def candidate(
    target: Target, tally: Tally, stop: asyncio.Event, think: float, seed: int
) -> None:
    """Run flows one after another, each as a new user, until ``stop`` is set."""
    emu, steps = target.emu, flow()
    pause = random.Random(seed)
    await asyncio.sleep(pause.uniform(0, think))  # candidates do not arrive in lockstep
    while not stop.is_set():
        user = emu.user(next(target.users), "Анна", username="anna", language_code="ru")
        chat = user.register()
        try:
            for step in steps:
                if stop.is_set():
                    return
                if step.text is not None:
                    reaction = target.reactions.expect(chat.id)
                    started = time.perf_counter()
                    await user.send(step.text)
                else:
                    message, data = await press_data(target, chat, step)
                    reaction = target.reactions.expect(chat.id)
                    started = time.perf_counter()
                    query_id = emu.api.new_query_id(chat, message)
                    emu.push(
                        "callback_query",
                        {
                            "id": query_id,
                            "from": user.as_api(),
                            "message": emu.api.message_dict(chat, message),
                            "chat_instance": str(chat.id),
                            "data": data,
                        },
                    )
                await asyncio.wait_for(reaction, STEP_TIMEOUT)
                done = time.perf_counter()
                tally.record(done, done - started)
                if think:
                    await asyncio.sleep(pause.uniform(think / 2, think * 1.5))
            tally.flows += 1
        except TimeoutError:
            tally.failures += 1


async def run_level(
    target: Target, level: int, warmup: float, seconds: float, think: float
) -> dict[str, Any]:
    """``level`` candidates for ``warmup`` + ``seconds``; the figures of the measured part."""
    tally = Tally()
    stop = asyncio.Event()
    now = time.perf_counter()
    tally.window = (now + warmup, now + warmup + seconds)
    tasks = [
        asyncio.create_task(candidate(target, tally, stop, think, seed)) for seed in range(level)
    ]
    await asyncio.sleep(warmup)
    cpu_before, own_before = target.cpu_seconds(), time.process_time()
    calls_before = target.reactions.calls.copy()
    await asyncio.sleep(seconds)
    cpu_after, own_after = target.cpu_seconds(), time.process_time()
    calls = target.reactions.calls - calls_before
    stop.set()
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    # Let the bot finish what was queued, so the next run starts on a quiet bot.
    with contextlib.suppress(TimeoutError):
        await target.emu.wait_idle(quiet=0.3, timeout=60)
    lat = sorted(tally.latencies) or [float("nan")]
    cuts = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    actions = max(tally.actions, 1)
    return {
        "rate": tally.actions / seconds,
        "p50": cuts[49] * 1000,
        "p99": cuts[98] * 1000,
        "cpu": (cpu_after - cpu_before) * 1000 / actions,
        "own": (own_after - own_before) * 1000 / actions,
        "failures": tally.failures,
        "flows": tally.flows,
        "calls": {m: n / actions for m, n in calls.most_common()},
    }


def child_env(emu: Emulator, token: str, workdir: Path, postings: Path, level: str) -> dict:
    keep = {
        k: v
        for k, v in os.environ.items()
        if k not in {"BOT_TOKEN", "TELEGRAM_API_URL", "DATABASE_PATH", "POSTINGS_DIR"}
    }
    return keep | {
        "BOT_TOKEN": token,
        "TELEGRAM_API_URL": emu.base_url,
        "DATABASE_PATH": str(workdir / "bot.sqlite3"),
        "POSTINGS_DIR": str(postings),
        "HR_CHAT_ID": str(HR_CHAT_ID),
        "ADMIN_IDS": "",
        "DEFAULT_LOCALE": "ru",
        # The emulator enforces no flood limits here and the echo bot has no send budget: the
        # bot's own (SEND_RATE, default 25/s) would cap the figures at 25 actions a second.
        "SEND_RATE": "1000",
        "LOG_LEVEL": level,
        "PYTHONUNBUFFERED": "1",
        # This tree's code, whatever the virtualenv's editable install points to: the bots run
        # in a temporary folder, where a relative PYTHONPATH (".") finds nothing.
        "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [keep.get("PYTHONPATH")])]),
    }


async def start_target(
    name: str, emu: Emulator, command: list[str], env: dict, workdir: Path
) -> Target:
    """Start a bot process and wait until it polls."""
    with (workdir / f"{name}.log").open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            *command, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log
        )
    deadline = time.monotonic() + START_TIMEOUT
    while not emu.calls("getUpdates"):
        if process.returncode is not None or time.monotonic() > deadline:
            process.kill()
            text = (workdir / f"{name}.log").read_text(errors="replace")
            raise SystemExit(f"the {name} bot did not start:\n{text[-3000:]}")
        await asyncio.sleep(0.05)
    return Target(name, emu, process)


async def main(
    levels: list[int], warmup: float, seconds: float, think: float, log_level: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        postings = workdir / "postings"
        postings.mkdir()
        (postings / f"{SLUG}.md").write_bytes((ROOT / "postings" / f"{SLUG}.md").read_bytes())
        bot_emu = await Emulator(token=BOT_TOKEN, bot_username="bench_bot").start()
        echo_emu = await Emulator(token=ECHO_TOKEN, bot_username="echo_bot").start()
        bot_emu.group(HR_CHAT_ID, title="HR")
        targets: list[Target] = []
        try:
            targets.append(
                await start_target(
                    "echo",
                    echo_emu,
                    [sys.executable, str(HERE), "--serve-echo"],
                    child_env(echo_emu, ECHO_TOKEN, workdir, postings, log_level),
                    workdir,
                )
            )
            targets.append(
                await start_target(
                    "bot",
                    bot_emu,
                    [sys.executable, "-m", "bot", "run"],
                    child_env(bot_emu, BOT_TOKEN, workdir, postings, log_level),
                    workdir,
                )
            )
            echo, bot = targets
            print(
                f"{len(flow())} steps per candidate, {think:g} s pause between steps on average; "
                f"{warmup:g} s warm-up + {seconds:g} s measured per bot and level; "
                f"logs at {log_level}"
            )
            header = (
                f"{'candidates':>10} | {'actions/s bot / echo':>21} | {'p50 ms bot / echo':>18} | "
                f"{'p99 ms bot / echo':>18} | {'CPU ms/action bot / echo':>24} | flows"
            )
            print(header)
            print("-" * len(header))
            rows = []
            for level in levels:
                e = await run_level(echo, level, warmup, seconds, think)
                b = await run_level(bot, level, warmup, seconds, think)
                rows.append((level, b, e))
                print(
                    f"{level:>10} | {b['rate']:>9,.0f} / {e['rate']:>9,.0f} | "
                    f"{b['p50']:>7.1f} / {e['p50']:>8.1f} | {b['p99']:>7.0f} / {e['p99']:>8.0f} | "
                    f"{b['cpu']:>10.2f} / {e['cpu']:>11.2f} | {b['flows']:.0f} / {e['flows']:.0f}"
                    + (f"  ({b['failures']:.0f} bot flows timed out)" if b["failures"] else ""),
                    flush=True,
                )
            top = max(rows, key=lambda r: r[0])
            best_bot = max(r[1]["rate"] for r in rows)
            best_echo = max(r[2]["rate"] for r in rows)
            at50 = next((r for r in rows if r[0] == 50), None)
            print(
                f"saturated throughput bot/echo: {best_bot / best_echo:.2f} "
                f"(best level of each; at {top[0]}: {top[1]['rate'] / top[2]['rate']:.2f})"
                + (
                    f"; p50 at 50 candidates bot/echo: {at50[1]['p50'] / at50[2]['p50']:.2f}"
                    if at50
                    else ""
                )
            )
            errors = [r for r in bot_emu.errors() if r.method.lower() != "getupdates"]
            summaries = sum(1 for m in bot_emu.transcript(HR_CHAT_ID) if m.from_bot)
            own = ", ".join(f"{r[0]}: {r[1]['own']:.2f} / {r[2]['own']:.2f}" for r in rows)
            print(f"this process (emulator and candidates), CPU ms/action bot / echo: {own}")
            for level, b, e in rows:
                print(f"Bot API calls per action at {level} (the load does not move these):")
                for name, figures in (("bot", b), ("echo", e)):
                    calls = figures["calls"]
                    each = ", ".join(f"{m} {n:.2f}" for m, n in calls.items())
                    print(f"  {name}: {sum(calls.values()):.2f} ({each})")
            print(
                f"bot: {len(errors)} Bot API calls refused; "
                f"{summaries} HR summaries delivered so far"
            )
        finally:
            for target in targets:
                target.process.terminate()
            for target in targets:
                try:
                    await asyncio.wait_for(target.process.wait(), 10)
                except TimeoutError:
                    target.process.kill()
            await bot_emu.stop()
            await echo_emu.stop()


def serve_echo() -> None:
    """The echo bot's process: a bare aiogram bot polling the emulator."""
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.methods import Response
    from aiogram.types import CallbackQuery, Message

    from bot.config import configure_logging

    configure_logging(os.environ.get("LOG_LEVEL", "INFO"))
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"]))
    held: dict[type, Any] = {}

    async def keep_response_types(make_request: Any, bot: Bot, method: Any) -> Any:
        # The bot's KeepResponseTypes, so that the baseline does not pay for rebuilding
        # aiogram's Response[T] models after each garbage collection while the bot does not.
        held.setdefault(type(method), Response[method.__returning__])
        return await make_request(bot, method)

    session.middleware(keep_response_types)
    bot = Bot(os.environ["BOT_TOKEN"], session=session)
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    @dp.callback_query()
    async def pressed(query: CallbackQuery) -> None:
        await query.answer()

    asyncio.run(dp.start_polling(bot, handle_signals=True))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="10,50,200", help="concurrent candidates")
    parser.add_argument("--with-400", action="store_true", help="add a level of 400")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds, not counted")
    parser.add_argument("--seconds", type=float, default=6.0, help="measured, per bot and level")
    parser.add_argument("--think", type=float, default=0.2, help="mean pause between steps, s")
    parser.add_argument("--log-level", default="INFO", help="both bots' LOG_LEVEL")
    parser.add_argument("--serve-echo", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_echo:
        serve_echo()
        sys.exit(0)
    chosen = [int(x) for x in args.levels.split(",") if x]
    if args.with_400 and 400 not in chosen:
        chosen.append(400)
    asyncio.run(main(chosen, args.warmup, args.seconds, args.think, args.log_level))
