"""Admin commands: /reload and /stats; for anyone not in ADMIN_IDS they look unknown.

/announce and /channels live in ``announce.py`` and use ``IsAdmin`` from here."""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.announcing import Announcer
from bot.broadcast import Broadcaster
from bot.config import Settings
from bot.filters import PRIVATE, MessageTrait
from bot.postings import Catalog
from bot.postings.catalog import ReloadReport
from bot.reloading import SharedReloads
from bot.routing import LeanRouter
from bot.storage import QuestionRepo, ViewRepo
from bot.telegram import HrChatStatus, check_hr_chats, hr_chats_in_use, reply
from bot.views import render_reload_report, render_stats

log = logging.getLogger(__name__)


class IsAdmin(MessageTrait):
    """Passes for the numeric ids in ADMIN_IDS, never by username."""

    def __init__(self, admin_ids: frozenset[int]) -> None:
        self.admin_ids = admin_ids

    def holds(self, event: Message | CallbackQuery, raw_state: str | None) -> bool:
        return event.from_user is not None and event.from_user.id in self.admin_ids

    @property
    def trait(self) -> tuple[Any, ...]:
        return (IsAdmin, self.admin_ids)


def build_router(admin_ids: frozenset[int]) -> Router:
    router = LeanRouter(name=__name__)
    router.message.filter(PRIVATE, IsAdmin(admin_ids))
    router.message.register(reload_postings, Command("reload"))
    router.message.register(show_stats, Command("stats"))
    return router


async def reload_postings(
    message: Message,
    bot: Bot,
    catalog: Catalog,
    settings: Settings,
    announcer: Announcer,
    broadcaster: Broadcaster,
    reloads: SharedReloads,
    locale: str,
) -> None:
    """Re-read the postings folder (the other instances follow), bring channel posts in line,
    check the HR chats, report what changed and what is wrong, and tell subscribers of the
    postings that opened."""
    report = await catalog.reload_async()
    await reloads.reloaded()
    log.info("postings reloaded: %d total, %d errors", report.total, len(report.errors))
    edited = await announcer.sync(bot)
    lines = [(post.slug, post.chat_id, post.kind) for post in edited]
    chats = hr_chats_in_use(settings.hr_chat_id, [(p.slug, p.hr_chat) for p in catalog.all()])
    found = await check_hr_chats(bot, chats, locale)
    problems = [said for status, said in found if status is not HrChatStatus.OK]
    await reply(message, render_reload_report(report, locale, lines, hr_chat_problems=problems))
    for slug in newly_open(report):
        posting = catalog.get_open(slug)
        if posting is not None:  # each subscriber hears of a posting once, ever
            await broadcaster.start(bot, posting, message.chat.id, locale)


def newly_open(report: ReloadReport) -> list[str]:
    """The postings a reload added, or whose status or closing date changed (they may have
    opened); the broadcast skips the ones still closed and the people told already."""
    changed = [slug for slug, fields in report.changed.items() if {"status", "closes"} & {*fields}]
    return [*report.added, *changed]


async def show_stats(
    message: Message, catalog: Catalog, views: ViewRepo, questions: QuestionRepo, locale: str
) -> None:
    """Show each open posting's funnel and what candidates ask that postings do not cover."""
    funnels = [await views.funnel(p.slug) for p in catalog.open_postings()]
    unanswered = await questions.unanswered_stats(limit=15)
    await reply(message, render_stats(funnels, unanswered, locale))
