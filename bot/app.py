"""Where routers meet: the Bot, the Dispatcher with its dependencies, and the polling loop."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import signal
import sys
import threading
import traceback
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import TYPE_CHECKING, Protocol, TypeVar
from urllib.parse import urlsplit

import aiohttp
from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    ErrorEvent,
    LinkPreviewOptions,
)

from bot.announcing import Announcer
from bot.answering import Answerer
from bot.answering.store import IndexStore
from bot.broadcast import Broadcaster
from bot.config import Settings
from bot.digest import DigestWorker
from bot.handlers import (
    admin,
    announce,
    candidate,
    fallback,
    hr,
    privacy,
    questionnaire,
    questions,
    subscribe,
)
from bot.locales import LOCALES, t
from bot.metrics import CountTelegramErrors, Metrics
from bot.middlewares import FloodLimit, PersonMiddleware
from bot.outbox import OutboxWorker
from bot.pacing import PacedRequests, SendBudget
from bot.postings import Catalog
from bot.postings.catalog import shutdown_workers, trim_heap
from bot.reloading import SharedReloads
from bot.retention import RetentionWorker
from bot.routing import ButtonTable, LeanDispatcher, MessageTable
from bot.server import Server, WebhookHandler, build_app, outbox_refresher
from bot.session import LeanSession
from bot.storage import (
    ApplicationRepo,
    BroadcastRepo,
    CandidateRepo,
    ChannelPostRepo,
    ChatMigrationRepo,
    ConsentRepo,
    Database,
    DatabaseUnusableError,
    DeskRepo,
    OutboxRepo,
    PrivacyRepo,
    QuestionRepo,
    SchemaTooNewError,
    SQLiteStorage,
    SubscriptionRepo,
    ViewRepo,
)
from bot.storage.retention import RetentionRepo
from bot.storage.schedule import ScheduleRepo
from bot.storage.updates import ProcessedUpdateRepo, ReceivedUpdateRepo
from bot.telegram import (
    FollowChatMigrations,
    HrChatStatus,
    KeepResponseTypes,
    check_hr_chats,
    hr_chats_in_use,
)
from bot.updates import (
    AnswersAlongside,
    ConfirmingPoller,
    PastCallbackAnswers,
    PersonLocks,
    UpdateGuard,
)

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)


class Intake(Protocol):
    """What takes updates in: the poller (``ConfirmingPoller``) or the webhook's handler.

    Together with Telegram it tells whether the bot still holds an update it was sent: Telegram
    counts an update as unconfirmed until the webhook's answer, sent once it was handled, or
    the poller's next getUpdates, sent once its batch was kept and started; ``in_flight`` counts
    it from its start until it was handled.
    """

    @property
    def in_flight(self) -> int:
        """How many of the updates it took are being handled now."""


class StartupError(Exception):
    """The bot cannot start with these settings; ``str()`` is one line naming what to fix."""


MENU = ("start", "vacancies", "my", "subscribe", "unsubscribe", "help", "cancel", "delete_me")
ADMIN_MENU = ("reload", "stats", "announce", "channels")


def build_bot(settings: Settings, budget: SendBudget | None = None) -> Bot:
    """A Bot talking to ``TELEGRAM_API_URL`` (Telegram, or the local emulator); every send and
    edit takes its token from ``budget`` first."""
    assert settings.bot_token is not None
    session = LeanSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    session.middleware(AnswersAlongside())  # first: the others run inside its task
    session.middleware(KeepResponseTypes())  # else each answer rebuilds its pydantic model
    session.middleware(PastCallbackAnswers())  # a redelivered press must still take effect
    session.middleware(PacedRequests(budget or SendBudget(settings.send_rate)))
    return Bot(
        token=settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(link_preview=LinkPreviewOptions(is_disabled=True)),
    )


def build_dispatcher(
    settings: Settings,
    catalog: Catalog,
    db: Database,
    storage: BaseStorage | None = None,
    answerer: Answerer | None = None,
    *,
    button_table: bool = True,
    message_table: bool = True,
    isolation: BaseEventIsolation | None = None,
    metrics: Metrics | None = None,
    budget: SendBudget | None = None,
) -> Dispatcher:
    """The dispatcher with every router and dependency; the one place they are wired.

    ``button_table=False`` leaves button presses to aiogram's walk through every router (the
    benchmark measures what the table saves; the bot always uses it), ``message_table=False``
    messages (the tests compare the handlers either way chooses).
    """
    outbox_worker = OutboxWorker(OutboxRepo(db))
    reloads = SharedReloads(catalog, ScheduleRepo(db))
    dp = LeanDispatcher(
        storage=storage or SQLiteStorage(db),
        events_isolation=isolation or PersonLocks(),
        settings=settings,
        catalog=catalog,
        db=db,
        views=ViewRepo(db),
        questions=QuestionRepo(db),
        candidates=CandidateRepo(db),
        answerer=answerer or Answerer(),
        applications=ApplicationRepo(db),
        consents=ConsentRepo(db),
        privacy=PrivacyRepo(db),
        outbox=OutboxRepo(db),
        hr_desk=hr.Desk(
            catalog=catalog,
            settings=settings,
            db=db,
            applications=ApplicationRepo(db),
            candidates=CandidateRepo(db),
            questions=QuestionRepo(db),
            views=ViewRepo(db),
            desk=DeskRepo(db),
            outbox=OutboxRepo(db),
            outbox_worker=outbox_worker,
        ),
        outbox_worker=outbox_worker,
        announcer=Announcer(catalog, ChannelPostRepo(db), settings.channel_ids),
        subscriptions=SubscriptionRepo(db),
        broadcaster=Broadcaster(
            BroadcastRepo(db),
            catalog,
            budget or SendBudget(settings.send_rate),
            locale=settings.default_locale,
            in_flight=settings.broadcast_in_flight,
            on_sent=None if metrics is None else metrics.broadcast,
            reloads=reloads,
        ),
        reloads=reloads,
    )
    # Inside aiogram's per-user lock: a redelivered update is skipped, the rest recorded once.
    redis = redis_of(dp.storage)
    dp.update.outer_middleware(UpdateGuard(ProcessedUpdateRepo(db, redis), metrics))
    # The locale, the flood limit (not of edits) and the answer to a press nobody answered.
    person = PersonMiddleware(settings.default_locale, FloodLimit())
    dp.message.outer_middleware(person)
    dp.edited_message.outer_middleware(PersonMiddleware(settings.default_locale))
    dp.callback_query.outer_middleware(person)
    dp.include_routers(
        admin.build_router(settings.admin_ids),
        announce.build_router(settings.admin_ids),
        hr.build_router(),  # before questions: a reply to its prompt is a message to a candidate
        candidate.build_router(),
        privacy.build_router(),
        subscribe.build_router(),
        questionnaire.build_router(),  # before questions: in a step, free text is an answer
        questions.build_router(),
        fallback.build_router(),  # last: it takes whatever nobody else did
    )
    if button_table:  # a button press goes straight to the routers whose ButtonOf names its prefix
        ButtonTable.install(dp)
    if message_table:  # a message goes to the routers whose traits (bot/filters.py) allow it
        MessageTable.install(dp)
    dp.errors.register(on_error)
    return dp


async def on_error(event: ErrorEvent, locale: str | None = None) -> bool:
    """Log the update id and the exception type (never the text), and apologise to the person."""
    update = event.update
    # Frames only: an exception's message may quote what the candidate typed.
    frames = "".join(traceback.format_tb(event.exception.__traceback__))
    log.error("update %s failed: %s\n%s", update.update_id, type(event.exception).__name__, frames)
    chat_id = None
    if update.message:
        chat_id = update.message.chat.id
    elif update.callback_query and update.callback_query.message:
        chat_id = update.callback_query.message.chat.id
    bot = event.update.bot
    if chat_id is not None and bot is not None:
        with suppress(Exception):
            await bot.send_message(chat_id, t(locale or "ru", "browse.error"))
    return True


async def set_commands(bot: Bot, admin_ids: frozenset[int] = frozenset()) -> None:
    """The command menu in Russian (default) and English; admins also see theirs."""
    scope = BotCommandScopeAllPrivateChats()
    for language in LOCALES:
        commands = [BotCommand(command=c, description=t(language, f"commands.{c}")) for c in MENU]
        await bot.set_my_commands(commands, scope=scope, language_code=language)
    default = [BotCommand(command=c, description=t("ru", f"commands.{c}")) for c in MENU]
    await bot.set_my_commands(default, scope=scope)
    admin_menu = default + [
        BotCommand(command=c, description=t("ru", f"commands.{c}")) for c in ADMIN_MENU
    ]
    for admin_id in admin_ids:
        try:
            await bot.set_my_commands(admin_menu, scope=BotCommandScopeChat(chat_id=admin_id))
        except (TelegramBadRequest, TelegramForbiddenError) as error:  # not opened the bot yet
            log.info("admin menu not set for %s: %s", admin_id, type(error).__name__)


async def follow_chat_migrations(
    bot: Bot, db: Database, settings: Settings
) -> FollowChatMigrations:
    """Make every call to a group that became a supergroup go to its new id, remember the move
    across restarts, and tell the admins which id to put into the settings."""
    repo = ChatMigrationRepo(db)

    async def on_migrate(bot: Bot, old: int, new: int) -> None:
        await repo.remember(old, new)
        log.warning("chat %s became supergroup %s: set HR_CHAT_ID / hr_chat to %s", old, new, new)
        text = t(settings.default_locale, "delivery.hr_chat_migrated", old=old, new=new)
        for admin_id in sorted(settings.admin_ids):
            try:
                await bot.send_message(admin_id, text)
            except TelegramAPIError as error:  # the admin has not opened the bot yet
                log.info("admin %s not told: %s", admin_id, type(error).__name__)

    follower = FollowChatMigrations(await repo.all(), on_migrate)
    bot.session.middleware(follower)
    return follower


GC_YOUNG = 50_000
"""Objects allocated (less those freed) between two collections of the youngest generation;
Python's default is 700."""


def freeze_startup_heap() -> None:
    """Leave everything built at start-up out of the garbage collector's full scans, and turn
    the collector on (``python -m bot run`` starts with it off), collecting its youngest objects
    every ``GC_YOUNG`` allocations instead of every 700.

    The answering engine's dictionaries and the postings are long-lived objects; without this
    each full collection walks them all (20 ms for the sample postings, more with more
    postings), and no update is handled meanwhile. Call it once everything long-lived is built.
    No collection comes first: start-up leaves next to no cyclic garbage (a few thousand objects
    of the imports; none from loading 5,000 postings), and one collection over that heap took
    0.2–0.4 s before the first poll.

    One update allocates a few thousand objects (pydantic models, the data dict handed from
    middleware to handler, rendered text), nearly all freed by reference counting as it ends;
    at 700 the collector ran several times per update, each time walking every object still
    alive (the updates in flight) and promoting them towards the costly full collections: 5–8 %
    of the bot's time per update in ``benchmarks/bench_dispatcher.py``. A young generation of
    50,000 holds a few megabytes of cycles at most before they are collected.
    """
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, older, oldest)
    gc.enable()
    trim_heap()  # and give back what loading the postings used and dropped


STARTUP_RETRY_FIRST = 1.0
"""Seconds before the first retry of a start-up call; doubles up to ``STARTUP_RETRY_MAX``."""
STARTUP_RETRY_MAX = 60.0
DATABASE_CHECK_SECONDS = 10.0
"""How often the database file is checked for having been deleted (writes check too)."""
TRANSIENT = (
    TelegramNetworkError,
    TelegramServerError,
    TelegramRetryAfter,
    aiohttp.ClientError,
    OSError,
    TimeoutError,
)
"""Start-up errors that pass: a 5xx, a 429, a dropped connection, an API not up yet."""

T = TypeVar("T")


class _Stopped(Exception):
    """``stop`` was set while start-up was still waiting to retry."""


async def keep_trying(
    call: Callable[[], Awaitable[T]], what: str, stop: asyncio.Event | None = None
) -> T:
    """Run a start-up call until it works, waiting longer after each transient failure.

    A token Telegram refuses, or a server that is not a Bot API, is no transient failure: that
    is a ``StartupError`` naming the setting to fix.
    """
    delay = STARTUP_RETRY_FIRST
    while True:
        try:
            return await call()
        except TelegramUnauthorizedError:
            raise StartupError("BOT_TOKEN: Telegram does not accept this token") from None
        except TelegramNotFound:
            raise StartupError(
                "TELEGRAM_API_URL: the server answers 404 Not Found: is it a Bot API server?"
            ) from None
        except TRANSIENT as error:
            wait = delay
            if isinstance(error, TelegramRetryAfter):
                wait = max(float(error.retry_after), delay)
            delay = min(delay * 2, STARTUP_RETRY_MAX)
            # The type only: some network errors quote the URL, and the URL holds the token.
            log.warning("%s failed (%s); trying again in %.1f s", what, type(error).__name__, wait)
        if stop is None:
            await asyncio.sleep(wait)
            continue
        with suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), wait)
        if stop.is_set():
            raise _Stopped


async def open_database(settings: Settings) -> Database:
    """The database, or a ``StartupError`` saying in one line why it cannot be used."""
    variable = "DATABASE_PATH" if settings.database_url is None else "DATABASE_URL"
    try:
        return await Database.open(settings.database_location)
    except (DatabaseUnusableError, SchemaTooNewError) as error:
        raise StartupError(f"{variable}: {error}") from None


async def report_hr_chats(bot: Bot, settings: Settings, catalog: Catalog) -> None:
    """Check every HR chat in use and log what was found, in words."""
    if settings.hr_chat_id is None and any(p.hr_chat is None for p in catalog.all()):
        log.warning("HR_CHAT_ID is not set: applications are stored but no summary reaches HR")
    chats = hr_chats_in_use(settings.hr_chat_id, [(p.slug, p.hr_chat) for p in catalog.all()])
    for status, said in await check_hr_chats(bot, chats, "en"):
        if status is HrChatStatus.OK:
            log.info("%s", said)
        else:
            log.warning("%s", said)


async def report_channels(bot: Bot, announcer: Announcer) -> None:
    """Check every channel of ``CHANNEL_IDS`` and log, in words, whether the bot can post."""
    for channel in await announcer.check_channels(bot):
        said = t(
            "en", f"announce.channel.{channel.status}", chat=channel.chat_id, title=channel.label
        )
        if channel.status is HrChatStatus.OK:
            log.info("channel %s", said)
        else:
            log.warning("channel %s", said)


async def watch_database(db: Database, every: float = DATABASE_CHECK_SECONDS) -> None:
    """Notice a database file deleted under the running bot, and write it back."""
    while True:
        await asyncio.sleep(every)
        try:
            await db.ensure_file()
        except Exception as error:  # never let the watch die: say it and look again
            log.critical("database file check failed: %s", type(error).__name__)


STOP_GRACE = 5.0
"""Seconds a stop waits for the updates being handled before it lets them go (redelivered)."""
OUTBOX_FLUSH = 3.0
"""Seconds a stop spends delivering what is due in the outbox."""
PRUNE_EVERY = 6 * 3600.0
"""How often update ids older than a week are forgotten."""


async def run_bot(
    settings: Settings,
    *,
    handle_signals: bool = True,
    stop: asyncio.Event | None = None,
    catalog: Catalog | None = None,
    observe: Callable[[Intake], object] | None = None,
) -> None:
    """Open the database, load postings, and take updates until SIGTERM/SIGINT or ``stop``.

    ``catalog``: one whose first load was started already (``Catalog.start_loading``).
    ``observe``: called with the ``Intake`` once it is built, before it takes an update, for
    a caller that waits until the bot handled what it was sent (the offline demo).

    Updates come by webhook when ``WEBHOOK_URL`` is set, else by long polling. A stop takes no
    more updates, finishes the ones in flight, flushes what it can of the outbox and closes
    every connection, all within ``STOP_GRACE + OUTBOX_FLUSH`` seconds and a little.

    A setting that cannot work (a read-only database, a token Telegram refuses) raises
    ``StartupError``; a passing failure of Telegram at start-up is retried until it passes.
    """
    stop = stop or asyncio.Event()
    if handle_signals:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
    db = await open_database(settings)  # first: a database that cannot work fails at once
    budget = SendBudget(settings.send_rate)  # one budget for every send: the bot's and broadcasts'
    bot = build_bot(settings, budget)
    metrics = Metrics()
    bot.session.middleware(CountTelegramErrors(metrics))
    storage, isolation = shared_state(settings, db)
    redis = redis_of(storage)
    if redis is not None:  # several instances: one overall budget for them all
        budget.share(redis, f"bot:send_budget:{bot.id}")
    background: list[asyncio.Task[None]] = []
    try:
        if catalog is None:
            catalog = Catalog(settings.postings_dir, cache=settings.postings_cache)
        report = await catalog.reload_async()  # a broken file is reported, never fatal
        await asyncio.to_thread(catalog.save_cache)
        for error in report.errors:
            log.warning("posting skipped: %s", error)
        log.info("loaded %d postings (%d open)", report.total, report.open)
        # Loaded in a thread once updates are taken (load_engine); indexes a posting at its
        # first question, not all of them here.
        answerer = Answerer(
            deferred=True, store=IndexStore(settings.index_store, catalog.digest_of)
        )
        dp = build_dispatcher(
            settings,
            catalog,
            db,
            storage=storage,
            answerer=answerer,
            isolation=isolation,
            metrics=metrics,
            budget=budget,
        )
        # Here, before the calls to Telegram: a start-up that keeps retrying them must not do
        # so with the collector off.
        freeze_startup_heap()
        await follow_chat_migrations(bot, db, settings)
        try:
            await keep_trying(lambda: set_commands(bot, settings.admin_ids), "setMyCommands", stop)
            await report_hr_chats(bot, settings, catalog)
            await report_channels(bot, dp["announcer"])
            if settings.webhook_url is None:  # getUpdates is refused while a webhook is set
                await keep_trying(bot.delete_webhook, "deleteWebhook", stop)
            await keep_trying(bot.me, "getMe", stop)  # polling starts with it: it must work
        except _Stopped:
            return
        background.extend(start_workers(settings, dp, db, bot, answerer))

        def taking_updates() -> None:
            load_engine(answerer)
            background.append(asyncio.create_task(check_postings(catalog), name="check"))

        await take_updates(
            settings, dp, bot, db, storage, metrics, stop, then=taking_updates, observe=observe
        )
    finally:
        for task in background:
            task.cancel()
        for task in background:
            with suppress(asyncio.CancelledError):
                await task
        await bot.session.close()
        await storage.close()
        await db.close()
        await asyncio.to_thread(shutdown_workers)


async def check_postings(catalog: Catalog) -> None:
    """Check the posting bodies a first start left for later (``Catalog.start_loading``), once
    updates are taken; each file it refuses is logged as start-up logs the others."""
    try:
        refused = await catalog.check_bodies()
    except Exception as failure:  # the postings stay served as they are; say so, never die
        log.error("checking the postings failed: %s", type(failure).__name__, exc_info=True)
        return
    for error in refused:
        log.warning("posting skipped: %s", error)


def load_engine(answerer: Answerer) -> threading.Thread:
    """Load the answering engine's dictionaries and lexicon in a thread, started once the bot
    takes updates: its first replies (a /start, a card) need the postings only, so it polls
    0.3–0.5 s sooner, and a question asked meanwhile waits for them off the event loop
    (``engine_ready``). What was loaded is then frozen like the rest of start-up's heap, and
    what loading dropped is given back to the system (``freeze_startup_heap``).

    The collector is off while it loads, as it is for the rest of start-up: loading leaves next
    to no cyclic garbage (33 objects), and full collections over what it builds would hold the
    event loop."""

    def load() -> None:
        enabled = gc.isenabled()
        gc.disable()
        try:
            answerer.load()
        finally:
            gc.freeze()
            if enabled:
                gc.enable()
        trim_heap()

    thread = threading.Thread(target=load, name="answering engine", daemon=True)
    thread.start()
    return thread


def redis_of(storage: BaseStorage) -> Redis | None:
    """The Redis client of a Redis FSM storage; None for any other (with redis never imported,
    no storage can be one)."""
    module = sys.modules.get("aiogram.fsm.storage.redis")
    if module is None or not isinstance(storage, module.RedisStorage):
        return None
    redis: Redis = storage.redis
    return redis


def shared_state(settings: Settings, db: Database) -> tuple[BaseStorage, BaseEventIsolation]:
    """FSM storage and the per-user lock: in Redis with ``REDIS_URL`` (shared by every
    instance), else in the SQLite database and in this process."""
    if settings.redis_url is None:
        return SQLiteStorage(db), PersonLocks()
    # Imported here: redis takes a while to import, and a bot without REDIS_URL never needs it.
    from aiogram.fsm.storage.redis import RedisEventIsolation

    from bot.storage.redis_fsm import UnitRedisStorage

    # Drafts are personal data: Redis forgets them when the retention term would erase them.
    ttl = dt.timedelta(days=settings.retention_days)
    storage = UnitRedisStorage.from_url(
        settings.redis_url.get_secret_value(), state_ttl=ttl, data_ttl=ttl
    )
    return storage, RedisEventIsolation(redis=storage.redis)


def start_workers(
    settings: Settings, dp: Dispatcher, db: Database, bot: Bot, answerer: Answerer
) -> list[asyncio.Task[None]]:
    """The background loops: outbox, retention, digest, database watch, channel posts,
    broadcasts."""
    tasks = [asyncio.create_task(dp["outbox_worker"].run(bot), name="outbox")]
    retention = RetentionWorker(
        RetentionRepo(db),
        OutboxRepo(db),
        dp["outbox_worker"],
        days=settings.retention_days,
        hr_chat_id=settings.hr_chat_id,
        locale=settings.default_locale,
    )
    tasks.append(asyncio.create_task(retention.run(bot), name="retention"))
    if settings.hr_chat_id is not None:
        digest = DigestWorker(
            dp["hr_desk"], answerer, settings.hr_chat_id, settings.default_locale
        )
        tasks.append(asyncio.create_task(digest.run(), name="digest"))
    tasks.append(asyncio.create_task(watch_database(db), name="database watch"))
    tasks.append(asyncio.create_task(dp["announcer"].run(bot), name="channel posts"))
    tasks.append(asyncio.create_task(dp["broadcaster"].run(bot), name="broadcasts"))
    tasks.append(asyncio.create_task(dp["reloads"].run(), name="postings reloads"))
    tasks.append(asyncio.create_task(prune_processed(ProcessedUpdateRepo(db)), name="prune"))
    return tasks


async def prune_processed(repo: ProcessedUpdateRepo, every: float = PRUNE_EVERY) -> None:
    """Forget old update ids now and every ``every`` seconds."""
    while True:
        try:
            await repo.prune()
        except Exception as error:  # never let the loop die: say it and try later
            log.error("pruning handled updates failed: %s", type(error).__name__)
        await asyncio.sleep(every)


async def take_updates(
    settings: Settings,
    dp: Dispatcher,
    bot: Bot,
    db: Database,
    storage: BaseStorage,
    metrics: Metrics,
    stop: asyncio.Event,
    then: Callable[[], object] | None = None,
    observe: Callable[[Intake], object] | None = None,
) -> None:
    """Serve updates (webhook or polling) and the HTTP endpoints until ``stop``; then stop
    gracefully: no new updates, the ones in flight finished, the outbox flushed. ``then`` is
    called once updates are coming: the first getUpdates sent, or the webhook set; ``observe``
    with the poller or the webhook's handler, before either takes an update."""
    checks: dict[str, Callable[[], Awaitable[object]]] = {
        "database": lambda: db.fetchone("SELECT 1")
    }
    redis = redis_of(storage)
    if redis is not None:
        checks["redis"] = redis.ping
    refresh = outbox_refresher(metrics, OutboxRepo(db).backlog)
    webhook: WebhookHandler | None = None
    poller: ConfirmingPoller | None = None
    if settings.webhook_url is not None:
        assert settings.webhook_secret is not None  # the settings refuse one without the other
        webhook = WebhookHandler(dp, bot, settings.webhook_secret.get_secret_value(), metrics)
        intake: Intake = webhook
        path = urlsplit(settings.webhook_url).path or "/"
        app = build_app(metrics, checks, (path, webhook), refresh)
    else:
        poller = ConfirmingPoller(
            dp,
            bot,
            allowed_updates=dp.resolve_used_update_types(),
            on_first_poll=then,
            received=ReceivedUpdateRepo(db),
        )
        intake = poller
        app = build_app(metrics, checks, None, refresh)
    if observe is not None:
        observe(intake)
    server = None
    if settings.listen is not None:
        host, port = settings.listen
        server = Server(app, host, port, STOP_GRACE)
        await server.start()
    workflow = {"dispatcher": dp, "bots": (bot,), **dp.workflow_data}
    workflow.pop("bot", None)
    await dp.emit_startup(bot=bot, **workflow)
    try:
        if webhook is not None:
            assert settings.webhook_url is not None and settings.webhook_secret is not None
            allowed = dp.resolve_used_update_types()
            secret = settings.webhook_secret.get_secret_value()
            url = settings.webhook_url
            with suppress(_Stopped):
                await keep_trying(
                    lambda: bot.set_webhook(url, secret_token=secret, allowed_updates=allowed),
                    "setWebhook",
                    stop,
                )
                log.info("webhook set; taking updates: %s", ", ".join(allowed))
                if then is not None:
                    then()
            await stop.wait()
            log.info("stopping: no new updates, finishing the ones in flight")
            await webhook.finish(STOP_GRACE)
        else:
            assert poller is not None
            log.info("polling as @%s", (await bot.me()).username)
            await poller.run(stop)
            log.info("stopping: no new updates, finishing the ones in flight")
            await poller.finish(STOP_GRACE)
        await flush_outbox(dp, bot)
    finally:
        if server is not None:
            await server.stop()
        await dp.emit_shutdown(bot=bot, **workflow)
        log.info("stopped")


async def flush_outbox(dp: Dispatcher, bot: Bot, within: float = OUTBOX_FLUSH) -> None:
    """Deliver what is due in the outbox, for at most ``within`` seconds."""
    try:
        sent = await asyncio.wait_for(dp["outbox_worker"].deliver_due(bot), within)
    except TimeoutError:
        log.warning("outbox not flushed within %.0f s: the rest goes at the next start", within)
    except Exception as error:
        log.warning("outbox flush failed: %s", type(error).__name__)
    else:
        if sent:
            log.info("outbox: %d message(s) delivered while stopping", sent)
