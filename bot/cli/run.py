"""``python -m bot run``: the bot itself; with no BOT_TOKEN, the offline demo."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.config import SettingsError, configure_logging, load_settings


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
    from bot.app import run_bot

    configure_logging(settings.log_level)
    asyncio.run(run_bot(settings))
    return 0
