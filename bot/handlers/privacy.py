"""The candidate's own data: /my lists their applications, /delete_me erases every record."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.filters import PRIVATE, ButtonOf, CommandLike, Pressed
from bot.handlers.questionnaire import DRAFT
from bot.keyboards import PrivacyCB, erase_keyboard, remove_keyboard, withdraw_keyboard
from bot.locales import t
from bot.postings import Catalog
from bot.postings.render import Rendered
from bot.routing import LeanRouter
from bot.screening.desk import WITHDRAWABLE
from bot.storage import ApplicationRepo, PrivacyRepo
from bot.telegram import answer_press, delete_messages, reply, send, show
from bot.views import render_my_applications

log = logging.getLogger(__name__)


def build_router() -> Router:
    router = LeanRouter(name=__name__)
    router.message.filter(PRIVATE, CommandLike())
    router.callback_query.filter(ButtonOf(PrivacyCB))
    router.message.register(my_applications, Command("my"))
    router.message.register(ask_to_erase, Command("delete_me"))
    router.callback_query.register(erase, Pressed(PrivacyCB, F.action == "erase"))
    router.callback_query.register(keep, Pressed(PrivacyCB, F.action == "keep"))
    return router


async def my_applications(
    message: Message,
    state: FSMContext,
    catalog: Catalog,
    locale: str,
    applications: ApplicationRepo,
) -> None:
    """List the candidate's applications with their status, and an unfinished questionnaire."""
    assert message.from_user is not None
    listed = await applications.list_for(message.from_user.id)
    draft = (await state.get_data()).get(DRAFT) or {}
    posting = catalog.get(str(draft.get("slug", "")))
    unfinished = posting.title if posting is not None and draft.get("consent_at") else None
    withdrawable = [
        (a.id, t(locale, "hr.button.withdraw", title=a.posting_title))
        for a in listed
        if a.status.value in WITHDRAWABLE
    ]
    markup = withdraw_keyboard(withdrawable)
    await reply(message, render_my_applications(listed, unfinished, locale), markup)


async def ask_to_erase(message: Message, locale: str) -> None:
    """Ask whether to erase everything the bot holds about the person."""
    await reply(message, Rendered(t(locale, "screening.delete.confirm")), erase_keyboard(locale))


async def erase(
    query: CallbackQuery, bot: Bot, state: FSMContext, locale: str, privacy: PrivacyRepo
) -> None:
    """Erase the person's records, then their messages in the HR chat; say what HR may keep."""
    await state.clear()  # first: clearing writes FSM rows, the erasure then removes them
    erased = await privacy.erase(query.from_user.id)
    log.info("personal data erased: %d records", sum(erased.counts.values()))
    await answer_press(query)
    await show(query, Rendered(t(locale, "screening.delete.confirm")), None)
    hr = [(m.chat_id, m.message_id, m.sent_at) for m in erased.hr_messages]
    deleted, kept = await delete_messages(bot, hr)
    done = render_erased(deleted, kept, locale)
    await send(bot, query.from_user.id, done, remove_keyboard())


def render_erased(deleted: int, kept: int, locale: str) -> Rendered:
    """«Done», and plainly what happened to the messages about the person in the HR chat."""
    lines = [t(locale, "screening.delete.done")]
    if deleted:
        lines.append(t(locale, "delivery.erase.hr_deleted", count=deleted))
    if kept:
        lines.append(t(locale, "delivery.erase.hr_kept", count=kept))
    if deleted or kept:
        lines.append(t(locale, "delivery.erase.hr_copies"))
    return Rendered("\n\n".join(lines))


async def keep(query: CallbackQuery, locale: str) -> None:
    """Erase nothing."""
    await answer_press(query)
    await show(query, Rendered(t(locale, "screening.delete.kept")), None)
