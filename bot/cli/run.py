"""``python -m bot run``: the bot itself; with no BOT_TOKEN, the offline demo."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys

from bot.config import SettingsError, configure_logging, load_settings, redact


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="run the bot (the offline demo without BOT_TOKEN)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    if settings.bot_token is None:
        from bot.cli.demo import run as run_demo

        print("BOT_TOKEN is not set: starting the offline demo.", file=sys.stderr)
        return run_demo(args)
    # No garbage collection until start-up is done (``freeze_startup_heap`` turns it back on):
    # importing aiogram and loading thousands of postings made the collector walk the growing
    # heap again and again (about a second with 5,000 postings), for no garbage.
    gc.disable()
    # The postings first, aiogram after: with thousands to parse at a first start (seconds of
    # CPU), worker processes forked now parse them while aiogram is imported (seconds too).
    from bot.postings import Catalog

    catalog = Catalog(settings.postings_dir, cache=settings.postings_cache)
    # Front matter only before the first poll; the bodies are checked once updates are taken.
    catalog.start_loading(bodies_later=True)
    from bot.app import StartupError, run_bot

    configure_logging(settings.log_level, settings.bot_token, settings.log_format)
    token = settings.bot_token.get_secret_value()
    try:
        asyncio.run(run_bot(settings, catalog=catalog))
    except StartupError as error:  # a setting that only shows its problem when used
        print(redact(f"configuration error: {error}", token), file=sys.stderr)
        return 2
    except Exception as error:
        # Logged through the redacting formatter: the token never reaches the traceback.
        log = logging.getLogger("bot")
        log.critical("the bot stopped: %s", type(error).__name__, exc_info=True)
        return 1
    finally:
        catalog.close()  # a start-up that failed before it used the postings: stop the workers
    return 0
