"""Benchmark of the posting catalog (not a test): load, reload, event-loop lag, memory.

    .venv/bin/python benchmarks/bench_catalog.py [--samples DIR] [--big 5000] [--small 500]

Generates postings into a temporary folder from the sample postings (each copy gets its own slug,
title and one extra line), then prints:

- the time to load 500 and 5,000 postings into a fresh catalog, and the start-up work before
  the first poll (catalog load plus what ``run_bot`` does with it);
- ``python -m bot run`` with 5,000 postings against the emulator, a candidate's ``/start``
  already waiting, at a first start (no ``postings.json`` yet: every file is parsed) and at the
  next one (from that cache): seconds until the bot's first getUpdates and until its reply, the
  CPU seconds the bot and its worker processes had used by its first getUpdates (and the bot's
  own process alone: the start's critical path when a core is free), and its idle memory after
  (``--starts N``: N such pairs, each first start in a new data folder);
- answer latency with 5,000 postings loaded: a posting's first question after its card was
  opened (which builds the index ahead of it), a first question cold (the card was opened
  before a restart: the index is read from the index store), a first question on a posting
  with no index anywhere (it builds the index itself) and later ones, wall and CPU time;
- the time of a reload that finds one changed file among 5,000;
- the longest event-loop stall while ``/reload`` re-reads 500 changed postings, measured by a
  heartbeat task that wakes every 5 ms (the admin handler's own reload path);
- resident memory before and after ten reloads of 500 changed postings, with answers asked
  after each reload (so the answering engine's per-posting indexes are part of the figure).

Figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_answering import QUESTIONS  # noqa: E402

from bot.answering import Answerer  # noqa: E402
from bot.postings import Catalog, Posting  # noqa: E402
from bot.postings.loader import parse_source  # noqa: E402

_SLUG = re.compile(r"^slug:.*$", re.MULTILINE)
_TITLE = re.compile(r"^title:\s*(.*)$", re.MULTILINE)


def generate(samples: Path, folder: Path, count: int) -> list[Path]:
    """``count`` distinct posting files in ``folder``, made from the sample postings."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.md"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        text = texts[n % len(texts)]
        text = _SLUG.sub(f"slug: posting-{n}", text, count=1)
        text = _TITLE.sub(lambda m, n=n: f"title: {m.group(1).strip(chr(34))} №{n}", text, count=1)
        text = text.rstrip("\n") + f"\n\nДополнительное условие номер {n}.\n"
        path = folder / f"posting-{n:05d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def touch_all(paths: list[Path], round_: int) -> None:
    """Change every file's content, as if HR had edited each of them."""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\n<!-- edit \d+ -->\n$", "\n", text)
        path.write_text(text + f"\n<!-- edit {round_} -->\n", encoding="utf-8")


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def make_catalog(folder: Path, cache: Path) -> Catalog:
    """The catalog as bot/app.py builds it (with its start-up cache when the code has one)."""
    try:
        return Catalog(folder, cache=cache)  # type: ignore[call-arg]
    except TypeError:
        return Catalog(folder)


async def admin_reload(catalog: Catalog) -> object:
    """Reload the way the /reload handler does it."""
    reload_async = getattr(catalog, "reload_async", None)
    if reload_async is not None:
        return await reload_async()
    return await asyncio.to_thread(catalog.reload)


class Lag(NamedTuple):
    """The heartbeat's longest wait beyond its tick, in ms, and what the process did meanwhile:
    the event loop's thread ran (its own work: a callback that took this long), other threads
    of this process ran (the reload's threads: the loop waited for the GIL, or for a core),
    and the rest, when no thread of this process ran (the machine's other work had the cores:
    noise on a shared machine, not the bot's doing)."""

    worst: float
    loop: float
    threads: float

    def __str__(self) -> str:
        rest = max(self.worst - self.loop - self.threads, 0.0)
        return (
            f"{self.worst:.0f} ms (the loop's own work {self.loop:.0f} ms, other threads of "
            f"this process {self.threads:.0f} ms, no thread of it running {rest:.0f} ms)"
        )


async def max_lag_during(work: Callable[[], Awaitable[object]], tick: float = 0.005) -> Lag:
    """The longest the event loop was late for a heartbeat while ``work`` ran."""
    worst = Lag(0.0, 0.0, 0.0)
    done = False

    async def heartbeat() -> None:
        nonlocal worst
        loop = asyncio.get_running_loop()
        while not done:
            before, own, process = loop.time(), time.thread_time(), time.process_time()
            await asyncio.sleep(tick)
            late = loop.time() - before - tick
            if late * 1000 > worst.worst:
                ran = time.thread_time() - own
                others = time.process_time() - process - ran
                worst = Lag(late * 1000, min(ran, late) * 1000, min(others, late) * 1000)

    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(tick * 2)
    await work()
    done = True
    await beat
    return worst


class Callbacks:
    """Each event-loop callback's CPU time in the loop's thread, while ``with`` it: the longest
    one is the longest the bot itself held the loop (a heartbeat's worst beat, on a busy
    machine, is mostly waits for a core, and may hold many callbacks run back to back)."""

    def __init__(self) -> None:
        self.longest: list[tuple[float, str]] = []  # (ms, what ran), the four longest

    def __enter__(self) -> Callbacks:
        handle = asyncio.events.Handle
        self._run = run = handle._run

        def timed(callback: asyncio.events.Handle) -> None:
            started = time.thread_time()
            run(callback)
            took = (time.thread_time() - started) * 1000
            if len(self.longest) < 4 or took > self.longest[-1][0]:
                self.longest = sorted([*self.longest, (took, _ran(callback))], reverse=True)[:4]

        handle._run = timed  # type: ignore[method-assign]
        return self

    def __exit__(self, *_: object) -> None:
        asyncio.events.Handle._run = self._run  # type: ignore[method-assign]

    def __str__(self) -> str:
        return ", ".join(f"{ms:.1f} ms ({what})" for ms, what in self.longest) or "none"


def _ran(handle: asyncio.events.Handle) -> str:
    """What a loop callback ran: a task's coroutine, or the function called."""
    callback = handle._callback  # type: ignore[attr-defined]
    task = getattr(callback, "__self__", None)
    if isinstance(task, asyncio.Task):
        callback = task.get_coro()
    name = getattr(callback, "__qualname__", None) or type(callback).__name__
    return name.rpartition("<locals>.")[2]


FRESH_START = """
import asyncio, gc, sys
from pathlib import Path
from bot.answering import Answerer
from bot.postings import Catalog
try:
    catalog = Catalog(Path(sys.argv[1]), cache=Path(sys.argv[2]))
except TypeError:
    catalog = Catalog(Path(sys.argv[1]))
reload_async = getattr(catalog, "reload_async", None)
asyncio.run(reload_async()) if reload_async else catalog.reload()
answerer = Answerer()
if "answerer.index(catalog.all())" in Path(sys.argv[3]).read_text():
    answerer.index(catalog.all())
gc.collect()
try:  # as run_bot does once start-up is done (freeze_startup_heap), where the code has it
    from bot.postings.catalog import trim_heap
    trim_heap()
except ImportError:
    pass
for line in Path("/proc/self/status").read_text().splitlines():
    if line.startswith("VmRSS:"):
        print(int(line.split()[1]) // 1024, "MiB", len(catalog), "postings")
"""


def fresh_start_rss(folder: Path, cache: Path) -> str:
    """Idle memory of a new process that loads the catalog as run_bot does (a restarted bot)."""
    done = subprocess.run(
        [sys.executable, "-c", FRESH_START, str(folder), str(cache), str(ROOT / "bot/app.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def process_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def process_cpu_seconds(pid: int) -> float:
    """CPU seconds used by one process (its threads included, its children not)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:13]) / os.sysconf("SC_CLK_TCK")  # utime stime


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds used by a process and every process it started, running or ended (worker
    processes at a first start, the fork server's included)."""
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile: its CPU is in its parent's figures once reaped
            continue
        child = int(stat.parent.name)
        parents[child] = int(fields[1])
        used[child] = sum(int(f) for f in fields[11:15]) / tick  # utime stime cutime cstime
    total, queue = 0.0, [pid]
    while queue:
        current = queue.pop()
        total += used.get(current, 0.0)
        queue.extend(child for child, parent in parents.items() if parent == current)
    return total


def forget_handled_updates(workdir: Path) -> None:
    """A new emulator numbers its updates from 1 again: the database of an earlier start, which
    remembers the update ids it handled, goes (postings.json, beside it, stays)."""
    for stale in workdir.glob("bot.sqlite3*"):
        stale.unlink()


BOT_COMMAND = [sys.executable, "-m", "bot", "run"]
ECHO_COMMAND = [sys.executable, str(ROOT / "benchmarks" / "bench_http.py"), "--serve-echo"]
"""A bare aiogram bot that echoes: what importing aiogram and starting to poll cost alone."""


async def real_bot_start(
    folder: Path, workdir: Path, command: list[str] = BOT_COMMAND
) -> tuple[float, float, float, float, float]:
    """``python -m bot run`` with ``folder`` against the emulator, a candidate's ``/start``
    waiting before it starts: seconds until its first getUpdates, seconds until its reply to
    the candidate, its resident memory (MiB) two seconds later, idle, and the CPU seconds it
    and its worker processes had used by its first getUpdates, then its own process alone (on
    a busy machine, the wall times say more about the other processes than about the bot;
    these do not).

    The waiting update makes the first getUpdates return at once: the emulator records a call
    when it answers it, and an empty long poll is answered only after its timeout (10 s)."""
    from emulator import Emulator

    token = "535353:CATALOG-BENCH-bot"
    emu = await Emulator(token=token, bot_username="catalog_bench_bot").start()
    env = os.environ | {
        "BOT_TOKEN": token,
        "TELEGRAM_API_URL": emu.base_url,
        "DATABASE_PATH": str(workdir / "bot.sqlite3"),
        "POSTINGS_DIR": str(folder),
        "HR_CHAT_ID": "-1001234500078",
        "ADMIN_IDS": "",
        "LOG_LEVEL": "WARNING",
        # This tree's bot: run from the work folder, ``python -m bot`` would otherwise import
        # whichever tree the virtual environment's editable install names.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    forget_handled_updates(workdir)
    candidate = emu.user(4242, "Bench")
    await candidate.send("/start")
    started = time.perf_counter()
    with (workdir / "bot.log").open("ab") as log:
        process = await asyncio.create_subprocess_exec(
            *command,
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
    try:
        while not emu.calls("getUpdates"):
            if process.returncode is not None or time.perf_counter() - started > 300:
                raise SystemExit((workdir / "bot.log").read_text(errors="replace")[-3000:])
            await asyncio.sleep(0.02)
        first_poll = time.perf_counter() - started
        cpu, own = tree_cpu_seconds(process.pid), process_cpu_seconds(process.pid)
        while not candidate.bot_messages():
            if process.returncode is not None or time.perf_counter() - started > 300:
                raise SystemExit((workdir / "bot.log").read_text(errors="replace")[-3000:])
            await asyncio.sleep(0.01)
        first_reply = time.perf_counter() - started
        await asyncio.sleep(2)
        rss = process_rss_kib(process.pid)
    finally:
        process.terminate()
        await process.wait()
        await emu.stop()
    return first_poll, first_reply, rss / 1024, cpu, own


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def answer_latency(catalog: Catalog, asked: int, store: Path) -> None:
    """Questions on ``3 × asked`` postings of the catalog, in random order, on a fresh Answerer
    after the start-up heap is frozen (as in the bot). A third have their card opened first,
    which builds the index after the card is sent (``Answerer.prepare``, as
    bot/handlers/asking.py's ``prepare_answers`` does, where the engine still has it). A third
    are asked cold, their card opened before a restart: the process before it built their
    indexes (a child process here) and kept them in the index store (``store``), where the
    bot keeps them; the first question reads it. The last third are asked with no index built
    anywhere (a posting whose card was opened before the store was, or before the engine
    changed): the first question builds it. Each built index is frozen then, as the bot's
    handlers do; later questions use it. Wall and CPU time per question: on a busy machine the
    wall time's tail is mostly waits for a core."""
    rng = random.Random(5)
    chosen = rng.sample(catalog.all(), min(3 * asked, len(catalog)))
    groups = {"card": chosen[0::3], "cold": chosen[1::3], "never": chosen[2::3]}
    stored = _store_before_restart(catalog, groups["cold"], store)
    answerer, _ = _answerer(catalog, store)
    gc.collect()
    gc.freeze()
    prepare = getattr(answerer, "prepare", None)
    if prepare is None:
        groups["card"] = []
    # (wall ms, CPU ms) per question, by kind
    timings: dict[str, list[tuple[float, float]]] = {k: [] for k in (*groups, "later")}
    opening: list[float] = []
    for round_ in range(4):
        for name, postings in groups.items():
            for i, posting in enumerate(postings):
                if round_ == 0 and name == "card":
                    t0 = time.perf_counter()
                    if prepare(posting):  # type: ignore[misc]
                        gc.freeze()
                    opening.append((time.perf_counter() - t0) * 1000)
                question = QUESTIONS[(i + round_ * 5) % len(QUESTIONS)]
                t0, c0 = time.perf_counter(), time.thread_time()
                indexed = answerer.indexed
                answerer.answer(posting, question)
                if answerer.indexed > indexed:
                    # What bot/handlers/asking.py's keep_out_of_full_collections does; not
                    # imported, as importing aiogram would add its 120 MiB to this process's
                    # memory figures.
                    gc.freeze()
                wall, cpu = (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000
                timings[name if round_ == 0 else "later"].append((wall, cpu))

    def figures(pairs: list[tuple[float, float]]) -> str:
        wall, cpu = [w for w, _ in pairs], [c for _, c in pairs]
        return (
            f"p50 {statistics.median(wall):.2f} ms, p99 {percentile(wall, 0.99):.2f} ms, "
            f"max {max(wall):.1f} ms (CPU p50 {statistics.median(cpu):.2f}, "
            f"p99 {percentile(cpu, 0.99):.2f})"
        )

    print(
        f"answers with {len(catalog)} postings loaded, {len(chosen)} of them asked about:\n"
        f"  first question on a posting whose card was opened: "
        + (figures(timings["card"]) if timings["card"] else "(no prepare: as cold)")
        + "\n"
        + (
            f"    (opening the card built its index after the card was sent: "
            f"p50 {statistics.median(opening):.2f} ms, p99 {percentile(opening, 0.99):.2f} ms)\n"
            if opening
            else ""
        )
        + f"  first question cold (card opened before a restart): {figures(timings['cold'])}\n"
        + f"    ({stored})\n"
        + f"  first question, no index anywhere (builds it): {figures(timings['never'])}\n"
        f"  later questions: {figures(timings['later'])}"
    )
    gc.unfreeze()


def _answerer(catalog: Catalog, store: Path) -> tuple[Answerer, Callable[[], None]]:
    """A fresh Answerer as bot/app.py makes it, with its index store where the code has one;
    and what waits until the indexes it built are written there."""
    try:
        from bot.answering.store import IndexStore
    except ImportError:
        return Answerer(), lambda: None
    kept = IndexStore(store, catalog.digest_of)
    return Answerer(store=kept), kept.flush  # type: ignore[call-arg]


def _store_before_restart(catalog: Catalog, postings: list[Posting], store: Path) -> str:
    """Open the cards of ``postings`` in a child process with its own engine, as the bot did
    before a restart: their indexes are built and, where the code keeps them, stored. What is
    stored, described."""
    pid = os.fork()
    if pid == 0:  # the child: nothing of it reaches the parent but the files it writes
        code = 1
        try:
            answerer, flush = _answerer(catalog, store)
            for posting in postings:
                answerer.prepare(posting)
            flush()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, status
    entries = [p.stat().st_size for p in store.rglob("*.idx")] if store.is_dir() else []
    if not entries:
        return "no index store: the first question builds the index, as with no index anywhere"
    return (
        f"the process before the restart stored {len(entries)} indexes, "
        f"{sum(entries) / 2**20:.1f} MiB on disk, {statistics.mean(entries) / 1024:.1f} KiB each"
    )


LOAD_ADMIN = 777_001
"""The admin who sends /reload in ``stall_under_load``."""


async def stall_under_load(
    folder: Path, paths: list[Path], candidates: int, pause: float, work: Path
) -> None:
    """The longest event-loop stall while an admin's ``/reload`` of ``paths`` (every one of them
    changed) runs through the real dispatcher, as ``candidates`` simulated candidates act in a
    closed loop: each opens a posting by its deep link, two of its sections, asks three
    questions and goes back to the card, pausing ``pause`` seconds on average between steps
    (a new person for each round: the flood limit is per person), their updates fed through
    the same dispatcher (SQLite on disk; Bot API calls answered in-process, no HTTP). The
    same heartbeat as above (``max_lag_during``), over the reload and, for comparison, over
    as long a stretch of the same load just before it; with the candidates' step latency and
    the longest single loop callbacks (``Callbacks``) in each stretch.

    Imports aiogram: run last, as it adds to this process's memory figures."""
    import itertools
    from types import SimpleNamespace
    from typing import Any

    from aiogram import Bot
    from aiogram.methods import GetChat, GetChatMember
    from aiogram.types import CallbackQuery, Chat, Message, MessageEntity, Update, User
    from bench_dispatcher import TOKEN, NullSession, mounted

    from bot.app import build_dispatcher, freeze_startup_heap
    from bot.config import Settings
    from bot.keyboards import PageCB, PostingCB
    from bot.storage import Database

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        bot_token=TOKEN,
        postings_dir=folder,
        database_path=work / "load.sqlite3",
        hr_chat_id=-100777,
        admin_ids=frozenset({LOAD_ADMIN}),
    )
    catalog = make_catalog(folder, work / "load-postings.json")
    await admin_reload(catalog)

    class HrChatSession(NullSession):
        """The HR group exists, and the bot may post there (what /reload checks)."""

        async def make_request(self, bot: Bot, method: Any, timeout: int | None = None) -> Any:
            if isinstance(method, GetChat):
                return SimpleNamespace(type="supergroup", title="HR")
            if isinstance(method, GetChatMember):
                return SimpleNamespace(status="administrator")
            return await super().make_request(bot, method, timeout)

    db = await Database.open(settings.database_path)
    bot = Bot(TOKEN, session=HrChatSession())
    dp = build_dispatcher(settings, catalog, db, answerer=Answerer())
    ids = itertools.count(1)
    now = time.time()

    def person(user_id: int) -> tuple[User, Chat]:
        user = User(id=user_id, is_bot=False, first_name="Анна", language_code="ru")
        return user, Chat(id=user_id, type="private", first_name="Анна")

    def text(user_id: int, value: str) -> Update:
        user, chat = person(user_id)
        entities = None
        if value.startswith("/"):
            length = len(value.split()[0])
            entities = [MessageEntity(type="bot_command", offset=0, length=length)]
        message = Message(
            message_id=next(ids),
            date=int(now),
            chat=chat,
            from_user=user,
            text=value,
            entities=entities,
        )
        return Update(update_id=next(ids), message=message)

    def press(user_id: int, data: str) -> Update:
        user, chat = person(user_id)
        shown = Message(message_id=1, date=int(now), chat=chat, text="card")
        query = CallbackQuery(
            id=str(next(ids)), from_user=user, chat_instance="c", message=shown, data=data
        )
        return Update(update_id=next(ids), callback_query=query)

    slugs = [p.slug for p in catalog.all()]
    rng = random.Random(15)

    def flow(user_id: int) -> list[Update]:
        slug = rng.choice(slugs)
        asked = rng.sample(QUESTIONS, 3)
        return mounted(
            [
                text(user_id, f"/start {slug}"),
                press(user_id, PageCB(slug=slug, index=1).pack()),
                press(user_id, PageCB(slug=slug, index=2).pack()),
                *(text(user_id, question) for question in asked),
                press(user_id, PostingCB(action="open", slug=slug).pack()),
            ],
            bot,
        )

    steps: list[tuple[float, float]] = []  # (when it ended, how long it took), loop time
    running = True
    people = itertools.count(1_000_000)

    async def candidate() -> None:
        loop = asyncio.get_running_loop()
        while running:
            for update in flow(next(people)):
                await asyncio.sleep(rng.uniform(0, 2 * pause))
                if not running:
                    return
                started = loop.time()
                await dp.feed_update(bot, update)
                steps.append((loop.time(), loop.time() - started))

    def during(start: float, end: float) -> str:
        took = [took * 1000 for ended, took in steps if start <= ended <= end]
        if not took:
            return "no steps"
        return (
            f"{len(took) / (end - start):.0f} steps/s, step p50 {statistics.median(took):.1f} "
            f"ms, p99 {percentile(took, 0.99):.1f} ms"
        )

    admin = mounted([text(LOAD_ADMIN, "/reload")], bot)[0]
    loop = asyncio.get_running_loop()
    freeze_startup_heap()  # as run_bot does before polling
    crowd = [asyncio.create_task(candidate()) for _ in range(candidates)]
    try:
        await asyncio.sleep(3)  # every candidate under way, the postings' indexes being built
        touch_all(paths, 99)
        # the same load without a reload, for about as long as the reload takes
        quiet_from = loop.time()
        with Callbacks() as quiet_callbacks:
            quiet = await max_lag_during(lambda: asyncio.sleep(1.5))
        quiet_to = reload_from = loop.time()
        with Callbacks() as reload_callbacks:
            lag = await max_lag_during(lambda: dp.feed_update(bot, admin))
        reload_to = loop.time()
    finally:
        running = False
        await asyncio.gather(*crowd)
        await dp.storage.close()
        await db.close()
        await bot.session.close()
    print(
        f"under load ({candidates} candidates in a closed loop through the dispatcher, "
        f"{pause * 1000:.0f} ms pauses on average):\n"
        f"  max event-loop lag during /reload of {len(paths)} changed postings: {lag}; "
        f"the reload took {(reload_to - reload_from) * 1000:,.0f} ms; "
        f"{during(reload_from, reload_to)}\n"
        f"    longest loop callbacks (CPU): {reload_callbacks}\n"
        f"  the same load without a reload, {(quiet_to - quiet_from) * 1000:,.0f} ms: "
        f"max lag {quiet}; {during(quiet_from, quiet_to)}\n"
        f"    longest loop callbacks (CPU): {quiet_callbacks}"
    )


def timed(label: str, action: Callable[[], object]) -> object:
    started = time.perf_counter()
    result = action()
    print(f"{label}: {(time.perf_counter() - started) * 1000:,.0f} ms")
    return result


async def main_async(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-catalog-"))
    try:
        small_dir, big_dir = work / "small", work / "big"
        small = generate(args.samples, small_dir, args.small)
        big = generate(args.samples, big_dir, args.big)

        catalog = Catalog(small_dir)
        timed(f"load {args.small} postings", catalog.reload)
        assert len(catalog) == args.small, len(catalog)
        del catalog
        gc.collect()

        # The first start's wall time depends on how busy the cores are; the CPU one file's
        # parse takes does not, much: both are printed.
        sample = [(path, path.read_bytes()) for path in big[:200]]
        cpu = time.process_time()
        for path, raw in sample:
            parse_source(path, raw)
        per_file = (time.process_time() - cpu) / len(sample)
        print(
            f"parsing one posting: {per_file * 1000:.2f} ms of CPU "
            f"({per_file * args.big:.1f} s for {args.big}, spread over the worker processes)"
        )

        cache = work / "data" / "postings.json"
        for label in ("first start (parses every file)", "next start (unchanged files cached)"):
            big_catalog = make_catalog(big_dir, cache)
            started = time.perf_counter()
            await admin_reload(big_catalog)
            loaded = time.perf_counter() - started
            save = getattr(big_catalog, "save_cache", None)
            if save is not None:
                await asyncio.to_thread(save)  # what bot/app.py does before the first poll
            answerer = Answerer()
            # what bot/app.py does before the first poll, if it still pre-indexes every posting
            if "answerer.index(catalog.all())" in (ROOT / "bot/app.py").read_text():
                answerer.index(big_catalog.all())
            elapsed = time.perf_counter() - started
            print(
                f"{label}, {args.big} postings: catalog {loaded:.1f} s, "
                f"all start-up work before the first poll {elapsed:.1f} s"
            )
            assert len(big_catalog) == args.big, len(big_catalog)
        print(f"RSS of this process with {args.big} postings loaded: {rss_mib():.0f} MiB")
        for round_ in range(args.starts):
            bot_dir = work / f"bot-{round_}"
            bot_dir.mkdir()
            for label in ("first start (no postings.json)", "next start (its postings.json)"):
                first_poll, first_reply, rss, cpu, own = await real_bot_start(big_dir, bot_dir)
                print(
                    f"python -m bot run with {args.big} postings, {label}: "
                    f"first poll after {first_poll:.1f} s ({cpu:.1f} s of CPU by then, workers "
                    f"included; {own:.2f} s in the bot's own process), first reply after "
                    f"{first_reply:.1f} s, idle RSS {rss:.0f} MiB"
                )
        first_poll, first_reply, rss, cpu, _ = await real_bot_start(big_dir, bot_dir, ECHO_COMMAND)
        print(
            f"the echo bot (aiogram alone), same way: first poll after {first_poll:.1f} s "
            f"({cpu:.2f} s of CPU), first reply after {first_reply:.1f} s, idle RSS {rss:.0f} MiB"
        )
        print(f"RSS of a fresh process after the next start: {fresh_start_rss(big_dir, cache)}")
        del answerer
        gc.collect()

        big_catalog.open_postings()  # built once per reload and day
        t0 = time.perf_counter()
        for _ in range(20):
            big_catalog.open_postings()
        per_view = (time.perf_counter() - t0) / 20 * 1000
        print(f"list of open vacancies among {args.big}: {per_view:.2f} ms")

        changed = big[len(big) // 2]
        changed.write_text(
            changed.read_text(encoding="utf-8") + "\nОдна новая строка.\n", encoding="utf-8"
        )
        t0, cpu = time.perf_counter(), time.process_time()
        await admin_reload(big_catalog)
        print(
            f"reload with one changed file among {args.big}: "
            f"{(time.perf_counter() - t0) * 1000:,.0f} ms "
            f"({(time.process_time() - cpu) * 1000:,.0f} ms of CPU in this process)"
        )
        del big_catalog
        gc.collect()

        catalog = Catalog(small_dir)
        catalog.reload()
        gc.collect()
        gc.freeze()  # as bot/app.py does once start-up is done
        touch_all(small, 0)
        lag = await max_lag_during(lambda: admin_reload(catalog))
        print(f"max event-loop lag during /reload of {args.small} changed postings: {lag}")
        lag = await max_lag_during(lambda: admin_reload(catalog))
        print(f"max event-loop lag during /reload of {args.small} unchanged ones: {lag}")

        answerer = Answerer()
        slugs = [p.slug for p in catalog.all()][: args.answered]
        gc.collect()
        before = rss_mib()
        for round_ in range(1, 11):
            touch_all(small, round_)
            await admin_reload(catalog)
            for slug in slugs:
                posting = catalog.get(slug)
                assert posting is not None
                answerer.answer(posting, "Какой график работы?")
            gc.collect()
            if round_ in (1, 5, 10):
                print(f"  RSS after reload {round_}: {rss_mib():.0f} MiB")
        after = rss_mib()
        print(
            f"RSS over ten reloads of {args.small} changed postings "
            f"({args.answered} asked about after each): {before:.0f} → {after:.0f} MiB"
        )
        close = getattr(catalog, "close", None)
        if close is not None:
            close()
        # Last: the indexes it builds would stay in this process's memory figures above.
        big_catalog = make_catalog(big_dir, cache)
        await admin_reload(big_catalog)
        answer_latency(big_catalog, args.asked, work / "indexes")
        del big_catalog
        gc.collect()
        await stall_under_load(small_dir, small, args.load, args.pause, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "postings")
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--big", type=int, default=5000)
    parser.add_argument("--answered", type=int, default=100)
    parser.add_argument("--asked", type=int, default=1000)
    parser.add_argument(
        "--load", type=int, default=50, help="candidates acting while /reload runs under load"
    )
    parser.add_argument(
        "--pause", type=float, default=0.2, help="their average pause between steps, seconds"
    )
    parser.add_argument(
        "--starts", type=int, default=1, help="pairs of first and next starts of the real bot"
    )
    args = parser.parse_args()
    if not args.samples.is_dir():
        args.samples = ROOT / "postings"
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
