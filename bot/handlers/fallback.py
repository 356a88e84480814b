"""The last router: whatever no other handler took gets a one-line hint, never silence."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.filters import PRIVATE, SlashText
from bot.locales import t
from bot.postings.render import Rendered
from bot.routing import LeanRouter
from bot.telegram import answer_press, reply


def build_router() -> Router:
    router = LeanRouter(name=__name__)
    router.message.filter(PRIVATE)
    router.edited_message.filter(PRIVATE)
    router.message.register(cancel, Command("cancel"))
    router.message.register(unknown_command, SlashText())
    router.message.register(unsupported)
    router.edited_message.register(edited)
    router.callback_query.register(stale_button)
    return router


async def cancel(message: Message, state: FSMContext, locale: str) -> None:
    """Leave whatever is in progress; drafts stay in storage to resume later."""
    key = "browse.cancelled" if await state.get_state() is not None else "browse.nothing_to_cancel"
    await state.set_state(None)
    await reply(message, Rendered(t(locale, key)))


async def unknown_command(message: Message, locale: str) -> None:
    """Say the command is unknown and point to /help."""
    await reply(message, Rendered(t(locale, "browse.unknown_command")))


async def unsupported(message: Message, locale: str) -> None:
    """Answer stickers, photos, voice and files with a hint."""
    await reply(message, Rendered(t(locale, "browse.unsupported")))


async def edited(message: Message, locale: str) -> None:
    """Explain that edits are not re-read."""
    await reply(message, Rendered(t(locale, "browse.edited")))


async def stale_button(query: CallbackQuery, locale: str) -> None:
    """Answer a button nobody handles (an old keyboard) so the spinner stops."""
    await answer_press(query, t(locale, "browse.gone_button"))
