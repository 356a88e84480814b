"""Dispatcher throughput: complete questionnaires through the real bot vs a bare echo bot.

Run: ``.venv/bin/python benchmarks/bench_dispatcher.py [--candidates N] [--concurrency C]
[--rounds R] [--all-cores]``.

The bot is ``build_dispatcher`` with the SQLite storage in a temporary file on disk; each
candidate opens a posting, applies, consents, answers every question (typed and buttons) and
submits, so the run includes the application, the outbox and the HR summary's delivery. The
delivery is the outbox worker's task, not the candidate's update: fed in-process, it runs at the
submit's first await that waits, inside that update's time, so its task is timed on its own
(``TaskClock``) and printed apart: the ratio is the updates' own, the ratio with the delivery
added is printed beside it. The breakdown runs it once more with 50 candidates at once (updates
finishing together share one commit, ``Database.atomic_together``). The echo bot is a bare
aiogram ``Dispatcher`` with ``MemoryStorage`` that answers every message with its text and
every button with ``answerCallbackQuery``, fed the very same updates. Bot API calls are
answered in-process by a session that records nothing (no HTTP). Prints updates/s, p50/p99 of
the time one ``feed_update`` takes (a submit's with the delivery that ran inside it), and the
ratio of the costs per update, for each round and the median over the rounds (one run varies
by ±10 % on a shared machine), and the same for the CPU time the process used per update,
which other work on the machine inflates less.
Two figures the machine's load does not move at all are printed beside them: the jobs handed
to the database's thread and the pydantic models validated, per update.

The target is per core, so the process pins itself to one CPU unless told ``--all-cores``; the
aiosqlite thread then shares that core with the event loop. On a two-core virtual machine this
is also faster than letting the thread run on the other core, where each hand-over between the
two threads is a cross-CPU wake-up.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import aiosqlite
from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.methods import AnswerCallbackQuery, SendMessage, TelegramMethod
from aiogram.types import CallbackQuery, Chat, Message, Update, User
from pydantic import BaseModel

from bot.app import build_dispatcher, freeze_startup_heap
from bot.config import Settings
from bot.keyboards import AnswerCB, ConsentCB, PostingCB, ReviewCB
from bot.postings import Catalog
from bot.postings.models import Question, QuestionType
from bot.session import result_unread
from bot.storage import Database, SQLiteStorage

BOT_ID = 4242
TOKEN = f"{BOT_ID}:BENCH-token"
HR_CHAT = -100777
SLUG = "bench-posting"
POSTING = f"""---
title: Бенчмарк-вакансия
slug: {SLUG}
lang: ru
questionnaire:
  - id: name
    text: Как к вам обращаться?
  - id: years
    text: Сколько лет опыта?
    type: number
    min: 0
    max: 50
  - id: remote
    text: Готовы к удалёнке?
    type: yesno
  - id: shift
    text: Какая смена?
    type: choice
    options: [Утро, Вечер]
  - id: skills
    text: Что умеете?
    type: multichoice
    options: [Python, SQL, Go]
  - id: city
    text: Город?
    required: false
  - id: contact
    text: Телефон или email?
    type: contact
---

Вакансия для бенчмарка.
"""

TYPED = {
    QuestionType.TEXT: "Анна Петрова",
    QuestionType.NUMBER: "5",
    QuestionType.PHONE: "+7 912 345-67-89",
    QuestionType.EMAIL: "anna@example.com",
    QuestionType.CONTACT: "+7 912 345-67-89",
    QuestionType.DATE: "15.03.2027",
}
ME = User(id=BOT_ID, is_bot=True, first_name="Bench bot")
PENDING = "SELECT 1 FROM outbox WHERE status = 'pending' LIMIT 1"
CROWD = 50
"""Candidates at once in the breakdown's concurrent line."""


class NullSession(BaseSession):
    """Answers every Bot API call like Telegram would, in-process, keeping nothing.

    It stands for Telegram and for the session's reading of the answer, which for a message is
    a ``Message`` built here. A call the bot makes through ``call_unread`` is answered ``True``
    and nothing is built: the bot's own session (``LeanSession``) reads nothing of those answers
    but their success. Every call of the echo bot (aiogram's shortcuts) is answered as before.
    """

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    async def close(self) -> None:
        return None

    async def stream_content(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover
        raise AssertionError("no downloads in the benchmark")

    async def make_request(
        self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None
    ) -> Any:
        self.calls += 1
        if isinstance(method, AnswerCallbackQuery):  # it has a ``text`` too, but returns True
            return True
        if result_unread(method):  # LeanSession checks the answer's "ok" and builds nothing
            return True
        chat_id = getattr(method, "chat_id", None)
        if isinstance(method, SendMessage) or hasattr(method, "text"):
            return Message(
                message_id=self.calls,
                date=dt.datetime.now(dt.UTC),
                chat=Chat(id=int(chat_id or 1), type="private"),
                from_user=ME,
                text=getattr(method, "text", None) or "x",
            )
        if hasattr(method, "reply_markup") and hasattr(method, "message_id"):
            return Message(
                message_id=int(method.message_id or 1),
                date=dt.datetime.now(dt.UTC),
                chat=Chat(id=int(chat_id or 1), type="private"),
                from_user=ME,
                text="x",
            )
        return True


class DatabaseTrips:
    """Counts the jobs handed to aiosqlite's thread (each a round trip: on one core, two
    context switches); a figure the machine's load does not move."""

    count = 0

    @classmethod
    def install(cls) -> None:
        original = aiosqlite.Connection._execute

        async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
            cls.count += 1
            return await original(self, fn, *args, **kwargs)

        aiosqlite.Connection._execute = counted  # type: ignore[method-assign]


class PydanticModels:
    """Counts the pydantic models validated into being (``BaseModel.__init__`` and
    ``model_validate``, each a run of pydantic's validator with aiogram's hooks): a figure the
    machine's load does not move. Nested models built by one validation count as one; the
    answers ``NullSession`` builds count too, for the echo bot as for the bot."""

    count = 0

    @classmethod
    def install(cls) -> None:
        init = BaseModel.__init__
        validate = BaseModel.model_validate.__func__  # type: ignore[attr-defined]

        def counted_init(self: BaseModel, /, **data: Any) -> None:
            cls.count += 1
            init(self, **data)

        def counted_validate(model: type[BaseModel], *args: Any, **kwargs: Any) -> Any:
            cls.count += 1
            return validate(model, *args, **kwargs)

        BaseModel.__init__ = counted_init  # type: ignore[method-assign]
        BaseModel.model_validate = classmethod(counted_validate)  # type: ignore[assignment]


class TaskClock:
    """The CPU and wall time one task spends running, step by step (each stretch between two
    awaits that suspend): what the outbox worker's delivery costs, wherever the event loop
    happens to run it. Fed in-process, the worker runs at the first await of the submit that
    suspends, so without this its HR summary would count as the candidate's submit."""

    def __init__(self) -> None:
        self.cpu_ns = 0
        self.wall_ns = 0

    async def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        """Await ``coroutine``, timing each of its steps (a task's whole body)."""
        return await _Timed(coroutine, self)

    def read(self) -> tuple[int, int]:
        """(CPU, wall) so far, in nanoseconds."""
        return self.cpu_ns, self.wall_ns


class _Timed:
    """An awaitable that drives a coroutine as ``await`` would, timing each step."""

    def __init__(self, coroutine: Coroutine[Any, Any, Any], clock: TaskClock) -> None:
        self._coroutine = coroutine
        self._clock = clock

    def __await__(self) -> Generator[Any, Any, Any]:
        coroutine, clock = self._coroutine, self._clock
        sent: Any = None
        thrown: BaseException | None = None
        while True:
            cpu, wall = time.process_time_ns(), time.perf_counter_ns()
            try:
                yielded = coroutine.send(sent) if thrown is None else coroutine.throw(thrown)
            except StopIteration as stop:
                return stop.value
            finally:
                clock.cpu_ns += time.process_time_ns() - cpu
                clock.wall_ns += time.perf_counter_ns() - wall
            try:
                sent, thrown = (yield yielded), None
            except BaseException as error:  # handed on to the coroutine, as ``await`` does
                sent, thrown = None, error


def candidate_updates(user_id: int, questions: Sequence[Question], ids: Any) -> list[Update]:
    """Every update one candidate sends, from /start to «Отправить»."""
    user = User(id=user_id, is_bot=False, first_name="Анна", language_code="ru", username="a")
    chat = Chat(id=user_id, type="private", first_name="Анна")
    now = dt.datetime.now(dt.UTC)
    shown = Message(message_id=1, date=now, chat=chat, from_user=ME, text="screen")

    def text(value: str) -> Update:
        entities = None
        if value.startswith("/"):
            from aiogram.types import MessageEntity

            length = len(value.split()[0])
            entities = [MessageEntity(type="bot_command", offset=0, length=length)]
        message = Message(
            message_id=next(ids),
            date=now,
            chat=chat,
            from_user=user,
            text=value,
            entities=entities,
        )
        return Update(update_id=next(ids), message=message)

    def press(data: str) -> Update:
        query = CallbackQuery(
            id=str(next(ids)), from_user=user, chat_instance="b", message=shown, data=data
        )
        return Update(update_id=next(ids), callback_query=query)

    updates = [
        text(f"/start {SLUG}"),
        press(PostingCB(action="apply", slug=SLUG).pack()),
        press(ConsentCB(action="yes", slug=SLUG).pack()),
    ]
    for question in questions:
        qid = question.id
        if not question.required:
            updates.append(press(AnswerCB(qid=qid, action="s").pack()))
        elif question.type == QuestionType.YESNO:
            updates.append(press(AnswerCB(qid=qid, action="y").pack()))
        elif question.type == QuestionType.CHOICE:
            updates.append(press(AnswerCB(qid=qid, action="c", i=1).pack()))
        elif question.type == QuestionType.MULTICHOICE:
            updates.append(press(AnswerCB(qid=qid, action="t", i=0).pack()))
            updates.append(press(AnswerCB(qid=qid, action="d").pack()))
        else:
            updates.append(text(TYPED[question.type]))
    updates.append(press(ReviewCB(action="submit").pack()))
    return updates


def mounted(updates: list[Update], bot: Bot) -> list[Update]:
    """Updates bound to ``bot``, as polling delivers them (else aiogram re-parses each one)."""
    return [Update.model_validate(u.model_dump(), context={"bot": bot}) for u in updates]


def build_echo() -> Dispatcher:
    """A bare aiogram bot: echo each message, answer each button.

    No magic filter (``F.text``): aiogram runs those through ``asyncio.to_thread``, a thread
    round trip that would slow the baseline and flatter the ratio.
    """
    dp = Dispatcher(storage=MemoryStorage())

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    @dp.callback_query()
    async def pressed(query: CallbackQuery) -> None:
        await query.answer()

    return dp


class Costs(NamedTuple):
    """Per update: the updates' own wall and CPU time, the pydantic models they built, and the
    outbox worker's wall and CPU time delivering the HR summaries they queued."""

    wall: float
    cpu: float
    models: float
    delivery_wall: float
    delivery_cpu: float


async def run(
    name: str,
    dp: Dispatcher,
    bot: Bot,
    streams: list[list[Update]],
    concurrency: int,
    settle: Callable[[], Awaitable[None]] | None = None,
    delivery: TaskClock | None = None,
) -> Costs:
    """Feed each candidate's updates in order, ``concurrency`` candidates at a time.

    Returns the wall time, the CPU time (this process, all its threads) and the pydantic models
    built, per update; the time the outbox worker's task (timed by ``delivery``) spent in the
    meantime is taken out of the first two and returned on its own. On a shared machine the
    wall time also counts moments the core ran someone else's work; the CPU time does not, so
    it moves less from run to run. ``settle`` is awaited before the clock stops: the HR
    summaries the updates queued are all delivered, and their cost is counted, apart.
    """
    latencies: list[float] = []
    queue = list(reversed(streams))

    async def worker() -> None:
        while queue:
            stream = queue.pop()
            for update in stream:
                started = time.perf_counter()
                await dp.feed_update(bot, update)
                latencies.append(time.perf_counter() - started)

    trips, models = DatabaseTrips.count, PydanticModels.count
    sent_before = delivery.read() if delivery else (0, 0)
    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    if settle is not None:
        await settle()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    sent_after = delivery.read() if delivery else (0, 0)
    sent_cpu = (sent_after[0] - sent_before[0]) / 1e9
    sent_wall = (sent_after[1] - sent_before[1]) / 1e9
    elapsed, cpu = elapsed - sent_wall, cpu - sent_cpu
    total = len(latencies)
    cuts = statistics.quantiles(latencies, n=100)
    cost = elapsed / total
    sent = ""
    if delivery:
        sent = (
            f"\n{'':<34} + the HR summaries' delivery (the outbox worker): "
            f"{sent_cpu / len(streams) * 1e6:,.0f} µs CPU per application, "
            f"{sent_cpu / total * 1e6:,.0f} µs per update; with it "
            f"{total / (elapsed + sent_wall):,.0f} updates/s, "
            f"CPU {(cpu + sent_cpu) / total * 1e6:,.0f} µs/update"
        )
    print(
        f"{name:<34} {total:>6} updates  {total / elapsed:>8,.0f} updates/s  "
        f"p50 {cuts[49] * 1000:6.2f} ms  p99 {cuts[98] * 1000:6.2f} ms  "
        f"({cost * 1e6:,.0f} µs/update, CPU {cpu / total * 1e6:,.0f} µs, "
        f"{(DatabaseTrips.count - trips) / total:.2f} database trips/update, "
        f"{(PydanticModels.count - models) / total:.2f} pydantic models/update){sent}"
    )
    return Costs(
        cost,
        cpu / total,
        (PydanticModels.count - models) / total,
        sent_wall / total,
        sent_cpu / total,
    )


async def by_step(
    dp: Dispatcher,
    echo: Dispatcher,
    bot: Bot,
    streams: list[list[Update]],
    settle: Callable[[], Awaitable[None]],
    delivery: TaskClock,
) -> None:
    """The CPU time of each kind of step, the bot's beside the echo bot's on the very same
    updates: opening the posting (/start, «Откликнуться», consent), answering the questions
    (typed or pressed), and submitting. Says which steps hold the ratio. The outbox worker's
    time (``delivery``) is taken out of the step it ran in and shown on its own line."""
    steps = len(streams[0])
    kinds = {"open, apply, consent": range(3), "an answer": range(3, steps - 1)}
    kinds["submit"] = range(steps - 1, steps)
    costs: dict[str, list[float]] = {}
    sent, sent_inside = 0, [0] * steps
    for name, target in (("echo", echo), ("bot", dp)):
        spent = [0] * steps
        for stream in streams:
            for at, update in enumerate(stream):
                before = delivery.cpu_ns
                started = time.process_time_ns()
                await target.feed_update(bot, update)
                inside = delivery.cpu_ns - before
                spent[at] += time.process_time_ns() - started - inside
                sent_inside[at] += inside
            if target is dp:  # the rest of the summary is sent now, before the next candidate
                before = delivery.cpu_ns
                await settle()
                sent += delivery.cpu_ns - before
        costs[name] = [total / len(streams) / 1000 for total in spent]
    inside = [total / len(streams) / 1000 for total in sent_inside]
    for kind, steps_of in kinds.items():
        echo_cost = statistics.mean(costs["echo"][at] for at in steps_of)
        bot_cost = statistics.mean(costs["bot"][at] for at in steps_of)
        with_sent = bot_cost + statistics.mean(inside[at] for at in steps_of)
        print(
            f"  {kind:<22} bot {bot_cost:6,.0f} µs CPU, echo {echo_cost:4,.0f} µs: "
            f"{bot_cost / echo_cost:.2f}× ({len(steps_of)} of {steps} updates; with the "
            f"delivery that ran meanwhile {with_sent:,.0f} µs, {with_sent / echo_cost:.2f}×)"
        )
    per_application = (sent + sum(sent_inside)) / len(streams) / 1000
    print(
        f"  {'HR summary sent':<22} {per_application:6,.0f} µs CPU per application "
        f"(the outbox worker's task; {sum(inside):,.0f} µs of it ran inside the candidate's "
        "updates, mostly at the submit's first await that waits)"
    )


class Statements:
    """Counts the SQL statements the bot's connection runs (``BEGIN`` and ``COMMIT`` too), by
    who ran them: the outbox worker's task, any other task, or the database's own thread. A
    figure the machine's load does not move; the trace costs a few µs a statement, so it is
    taken in a pass of its own, never while the clock runs."""

    def __init__(self, worker: set[asyncio.Task[Any]]) -> None:
        self.worker = worker
        self.updates = 0
        self.delivery = 0
        self.thread = 0
        self.commits = 0

    def __call__(self, sql: str) -> None:
        try:
            task = asyncio.current_task()
        except RuntimeError:  # no event loop in this thread: the database's own
            task = None
        if task is None:
            self.thread += 1
        elif task in self.worker:
            self.delivery += 1
            return
        else:
            self.updates += 1
        if sql == "COMMIT":
            self.commits += 1


async def statements_by_step(
    dp: Dispatcher,
    bot: Bot,
    streams: list[list[Update]],
    settle: Callable[[], Awaitable[None]],
    db: Database,
    worker: set[asyncio.Task[Any]],
) -> None:
    """SQL statements and commits per update of each kind of step, and per HR summary sent
    (untimed: the statements are traced). Statements on the database's thread (a job handed
    there, not run on the event loop's) count with the step they ran during."""
    steps = len(streams[0])
    kinds = {"open, apply, consent": range(3), "an answer": range(3, steps - 1)}
    kinds["submit"] = range(steps - 1, steps)
    counter = Statements(worker)
    per_step = [[0, 0] for _ in range(steps)]
    conn = db._conn._conn  # the sqlite3 connection (SQLite only: the benchmark opens a file)
    conn.set_trace_callback(counter)
    try:
        for stream in streams:
            for at, update in enumerate(stream):
                before = counter.updates + counter.thread, counter.commits
                await dp.feed_update(bot, update)
                per_step[at][0] += counter.updates + counter.thread - before[0]
                per_step[at][1] += counter.commits - before[1]
            await settle()
    finally:
        conn.set_trace_callback(None)
    for kind, steps_of in kinds.items():
        statements = sum(per_step[at][0] for at in steps_of) / len(steps_of) / len(streams)
        commits = sum(per_step[at][1] for at in steps_of) / len(steps_of) / len(streams)
        print(f"  {kind:<22} {statements:5.2f} SQL statements, {commits:4.2f} commits per update")
    total = sum(count for count, _ in per_step) / steps / len(streams)
    print(
        f"  {'every update':<22} {total:5.2f} SQL statements per update; the HR summary's "
        f"delivery {counter.delivery / len(streams):.2f} per application (the outbox worker)"
    )


def stray_button(n: int, ids: Any) -> Update:
    """A press of a button no handler knows: routing alone, then «this button is stale»."""
    user = User(id=200_000 + n, is_bot=False, first_name="Анна", language_code="ru")
    chat = Chat(id=user.id, type="private")
    shown = Message(message_id=1, date=dt.datetime.now(dt.UTC), chat=chat, from_user=ME, text="x")
    query = CallbackQuery(
        id=str(next(ids)), from_user=user, chat_instance="b", message=shown, data="zz:1"
    )
    return Update(update_id=next(ids), callback_query=query)


async def time_round_trips(db: Database, count: int = 3000) -> None:
    """What one statement costs: the hop to the aiosqlite thread and back, and one FSM write."""
    started = time.perf_counter()
    for _ in range(count):
        await db.fetchone("SELECT 1")
    hop = (time.perf_counter() - started) / count
    storage = SQLiteStorage(db)
    key = StorageKey(bot_id=BOT_ID, chat_id=1, user_id=1)
    answers = {f"q{i}": {"value": "Анна", "display": "Анна"} for i in range(6)}
    draft = {"draft": {"answers": answers}}
    started = time.perf_counter()
    for _ in range(count):
        await storage.update_data(key, draft)
    write = (time.perf_counter() - started) / count
    print(
        f"  SQLite: SELECT 1 {hop * 1e6:,.0f} µs (the thread hop); "
        f"one FSM write (update_data, committed) {write * 1e6:,.0f} µs"
    )


def pin_to_one_core() -> str:
    """Run on one CPU, as the target is stated; say which (Linux only)."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here): the database thread may use another core"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to CPU {core}: the bot and its database thread share one core"


async def main(candidates: int, concurrency: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "postings"
        folder.mkdir()
        (folder / f"{SLUG}.md").write_text(POSTING, encoding="utf-8")
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            bot_token=TOKEN,
            postings_dir=folder,
            database_path=Path(tmp) / "bench.sqlite3",
            hr_chat_id=HR_CHAT,
        )
        catalog = Catalog(folder)
        catalog.reload()
        posting = catalog.get(SLUG)
        assert posting is not None
        db = await Database.open(settings.database_path)
        workers: list[asyncio.Task[None]] = []
        try:
            bot = Bot(TOKEN, session=NullSession())
            ids = iter(range(1, 10**9))
            dp = build_dispatcher(settings, catalog, db)
            memory_dp = build_dispatcher(settings, catalog, db, storage=MemoryStorage())
            # As run_bot does: each dispatcher's outbox worker delivers in the background; the
            # time their tasks take is counted apart from the updates' (``TaskClock``).
            delivery = TaskClock()
            workers += [
                asyncio.create_task(delivery.run(d["outbox_worker"].run(bot)))
                for d in (dp, memory_dp)
            ]

            async def delivered() -> None:
                """Wait until every HR summary queued so far has been sent. The look is
                ``small``, as the bot's own reads are: sent to the database's thread, it would
                make the next update switch the connection back to the event loop's settings
                (~40 µs in the next /start, charged to the bot by ``by_step``)."""
                while await db.fetchone(PENDING, small=True):  # noqa: ASYNC110 — no event says "all sent"
                    await asyncio.sleep(0.001)

            # warm-up: imports, caches, the first statements
            warm = [
                mounted(candidate_updates(99_000 + n, posting.questionnaire, ids), bot)
                for n in range(5)
            ]
            await run("warm-up (not counted)", dp, bot, warm, 1, delivery=delivery)
            freeze_startup_heap()  # as run_bot does before polling
            echo = build_echo()
            echo_costs: list[Costs] = []
            bot_costs: list[Costs] = []
            for number in range(rounds):
                # New candidates every round: each one applies for the first time.
                first = 100_000 + number * candidates
                streams = [
                    mounted(candidate_updates(first + n, posting.questionnaire, ids), bot)
                    for n in range(candidates)
                ]
                print(f"round {number + 1} of {rounds}")
                echo_costs.append(
                    await run("  bare echo bot, MemoryStorage", echo, bot, streams, concurrency)
                )
                bot_costs.append(
                    await run(
                        "  questionnaire bot, SQLite",
                        dp,
                        bot,
                        streams,
                        concurrency,
                        delivered,
                        delivery,
                    )
                )
            print("where the time goes (one round each):")
            first = 100_000 + rounds * candidates
            streams = [
                mounted(candidate_updates(first + n, posting.questionnaire, ids), bot)
                for n in range(candidates)
            ]
            await run(
                "  same bot, FSM in memory",
                memory_dp,
                bot,
                streams,
                concurrency,
                delivered,
                delivery,
            )
            # Many candidates at once: updates that finish together share one commit.
            first += candidates
            crowd = [
                mounted(candidate_updates(first + n, posting.questionnaire, ids), bot)
                for n in range(candidates)
            ]
            await run(f"  echo bot, {CROWD} at once", echo, bot, crowd, CROWD)
            await run(
                f"  questionnaire bot, {CROWD} at once", dp, bot, crowd, CROWD, delivered, delivery
            )
            stray = mounted([stray_button(n, ids) for n in range(3000)], bot)
            await run("  echo bot, a button", echo, bot, [stray], 1)
            await run("  same bot, a button no one takes", memory_dp, bot, [stray], 1)
            walking = build_dispatcher(
                settings, catalog, db, storage=MemoryStorage(), button_table=False
            )
            # New update ids: the ones above are recorded as handled, and would only be skipped.
            fresh = mounted([stray_button(n, ids) for n in range(3000)], bot)
            await run("    … routers walked, no table", walking, bot, [fresh], 1)
            print("by step (CPU per update, a fresh round of candidates):")
            first += candidates
            fresh_streams = [
                mounted(candidate_updates(first + n, posting.questionnaire, ids), bot)
                for n in range(candidates)
            ]
            await by_step(dp, echo, bot, fresh_streams, delivered, delivery)
            print("SQL statements by step (a pass of its own, untimed: the statements traced):")
            first += candidates
            counted = [
                mounted(candidate_updates(first + n, posting.questionnaire, ids), bot)
                for n in range(min(candidates, 50))
            ]
            await statements_by_step(dp, bot, counted, delivered, db, set(workers))
            await time_round_trips(db)
            row = await db.fetchone("SELECT COUNT(*) FROM applications")
            sent = await db.fetchone("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            assert row is not None and sent is not None
            echo_cost = statistics.median(c.wall for c in echo_costs)
            bot_cost = statistics.median(c.wall for c in bot_costs)
            echo_cpu = statistics.median(c.cpu for c in echo_costs)
            bot_cpu = statistics.median(c.cpu for c in bot_costs)
            sent_cpu = statistics.median(c.delivery_cpu for c in bot_costs)
            # Each round's echo and bot ran back to back, so their ratio shares the machine's
            # load of the moment; the median of those ratios moves less than a ratio of medians.
            pairs = list(zip(bot_costs, echo_costs, strict=True))
            ratio = statistics.median(b.wall / e.wall for b, e in pairs)
            cpu_ratio = statistics.median(b.cpu / e.cpu for b, e in pairs)
            all_ratio = statistics.median((b.cpu + b.delivery_cpu) / e.cpu for b, e in pairs)
            bot_models = statistics.median(c.models for c in bot_costs)
            echo_models = statistics.median(c.models for c in echo_costs)
            print(
                f"applications stored: {row[0]}, HR summaries delivered: {sent[0]}\n"
                f"median of {rounds} rounds: questionnaire bot {1 / bot_cost:,.0f} updates/s "
                f"({bot_cost * 1e6:,.0f} µs/update), echo bot {1 / echo_cost:,.0f} updates/s "
                f"({echo_cost * 1e6:,.0f} µs/update); cost ratio bot/echo: {ratio:.2f} "
                f"(median of the rounds' ratios)\n"
                f"CPU per update (median): questionnaire bot {bot_cpu * 1e6:,.0f} µs, "
                f"echo bot {echo_cpu * 1e6:,.0f} µs; CPU ratio bot/echo: {cpu_ratio:.2f}; "
                f"the bot's CPU alone would allow {1 / bot_cpu:,.0f} updates/s\n"
                f"the HR summaries' delivery (the outbox worker's task, not counted above): "
                f"{sent_cpu * len(streams[0]) * 1e6:,.0f} µs CPU per application, "
                f"{sent_cpu * 1e6:,.0f} µs per update; updates and delivery together "
                f"{(bot_cpu + sent_cpu) * 1e6:,.0f} µs per update, {all_ratio:.2f}× the echo bot\n"
                f"pydantic models per update: questionnaire bot {bot_models:.2f}, "
                f"echo bot {echo_models:.2f} (the answers NullSession builds count in both)"
            )
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=300, help="per round")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--all-cores", action="store_true", help="do not pin the process to one CPU"
    )
    args = parser.parse_args()
    print("all cores allowed" if args.all_cores else pin_to_one_core())
    DatabaseTrips.install()
    PydanticModels.install()
    asyncio.run(main(args.candidates, args.concurrency, args.rounds))
