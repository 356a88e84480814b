"""Admins publish vacancies to channels: /channels, /announce SLUG and its buttons.

For anyone not in ADMIN_IDS the commands look unknown and the buttons stale.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.announcing import Announcer, send_post
from bot.broadcast import Broadcaster
from bot.filters import PRIVATE, ButtonOf, Pressed
from bot.handlers.admin import IsAdmin
from bot.keyboards import AnnounceCB, BroadcastCB, announce_keyboard
from bot.locales import t
from bot.postings import Catalog, Posting
from bot.postings.render import TextBuilder
from bot.routing import LeanRouter
from bot.telegram import HrChatStatus, answer_press, reply, send
from bot.views import render_channels

log = logging.getLogger(__name__)


def build_router(admin_ids: frozenset[int]) -> Router:
    router = LeanRouter(name=__name__)
    router.message.filter(PRIVATE, IsAdmin(admin_ids))
    router.message.register(show_channels, Command("channels"))
    router.message.register(preview_post, Command("announce"))
    router.callback_query.filter(ButtonOf(AnnounceCB, BroadcastCB))
    admin = IsAdmin(admin_ids)
    router.callback_query.register(publish_post, Pressed(AnnounceCB, F.action == "pub"), admin)
    router.callback_query.register(cancel_post, Pressed(AnnounceCB, F.action == "x"), admin)
    router.callback_query.register(stop_broadcast, Pressed(BroadcastCB), admin)
    return router


def _say(text: str) -> TextBuilder:
    return TextBuilder().add(text)


async def show_channels(message: Message, bot: Bot, announcer: Announcer, locale: str) -> None:
    """Say, for each channel of CHANNEL_IDS, whether the bot can post there."""
    channels = await announcer.check_channels(bot)
    found = [(c.chat_id, str(c.status), c.title) for c in channels]
    await reply(message, render_channels(found, locale))


async def preview_post(
    message: Message,
    bot: Bot,
    command: CommandObject,
    catalog: Catalog,
    announcer: Announcer,
    broadcaster: Broadcaster,
    locale: str,
) -> None:
    """Show the post exactly as it will look, with a «Publish to …» button per channel; with
    ``subscribers``, tell the subscribers who have not heard of it yet instead."""
    words = (command.args or "").lower().split()
    slug = words[0] if words else ""
    posting = catalog.get(slug) if slug else None
    if posting is not None and posting.is_open() and words[1:] == ["subscribers"]:
        await _tell_subscribers(message, bot, posting, broadcaster, locale)
        return
    refusal = _refusal(slug, catalog, announcer, locale)
    if refusal is not None or posting is None:
        await reply(message, _say(refusal or "").build())
        return
    channels = await announcer.check_channels(bot)
    preview = await announcer.preview(bot, posting)
    labels = [channel.label for channel in channels]
    await reply(message, _say(t(locale, "announce.preview", slug=slug)).build())
    markup = announce_keyboard(preview, slug, labels, locale)
    await send_post(bot, message.chat.id, preview, posting.image, markup)


async def _tell_subscribers(
    message: Message, bot: Bot, posting: Posting, broadcaster: Broadcaster, locale: str
) -> None:
    """Queue the posting for its subscribers; say how many, or that nobody new is left."""
    queued = await broadcaster.start(bot, posting, message.chat.id, locale)
    key = "broadcast.queued" if queued else "broadcast.nobody"
    await reply(message, _say(t(locale, key, title=posting.title, count=queued)).build())


async def stop_broadcast(
    query: CallbackQuery,
    bot: Bot,
    callback_data: BroadcastCB,
    broadcaster: Broadcaster,
    locale: str,
) -> None:
    """Stop a running broadcast: what has not gone yet never will."""
    stopped = await broadcaster.cancel(bot, callback_data.id)
    await answer_press(
        query, t(locale, "broadcast.stopped" if stopped else "broadcast.not_running")
    )


def _refusal(slug: str, catalog: Catalog, announcer: Announcer, locale: str) -> str | None:
    """Why ``/announce slug`` cannot show a preview, or ``None`` when it can."""
    open_slugs = [p.slug for p in catalog.open_postings()]
    posting = catalog.get(slug) if slug else None
    if not slug:
        return t(locale, "announce.usage", example=open_slugs[0] if open_slugs else "slug")
    if posting is None:
        slugs = ", ".join(open_slugs) or t(locale, "announce.none_open")
        return t(locale, "announce.unknown", slug=slug, slugs=slugs)
    if not posting.is_open():
        return t(locale, "announce.not_open", slug=slug)
    if not announcer.channels:
        return t(locale, "announce.no_channels")
    return None


async def publish_post(
    query: CallbackQuery,
    bot: Bot,
    callback_data: AnnounceCB,
    catalog: Catalog,
    announcer: Announcer,
    locale: str,
) -> None:
    """Publish the previewed posting to the chosen channel, once."""
    if callback_data.ch >= len(announcer.channels):  # CHANNEL_IDS changed since the preview
        await answer_press(query, t(locale, "browse.gone_button"), show_alert=True)
        return
    chat_id = announcer.channels[callback_data.ch]
    posting = catalog.get_open(callback_data.slug)
    if posting is None:
        closed = t(locale, "announce.not_open", slug=callback_data.slug)
        await answer_press(query, closed, show_alert=True)
        return
    channel = announcer.label(chat_id)
    if await announcer.published_in(posting.slug, chat_id) is not None:
        await answer_press(query, t(locale, "announce.already", channel=channel), show_alert=True)
        return
    try:
        await announcer.publish(bot, posting, chat_id)
    except TelegramAPIError as error:
        name = type(error).__name__
        log.info("posting %s not published to %s: %s", posting.slug, chat_id, name)
        await answer_press(query)
        await _tell_why(bot, query.from_user.id, announcer, chat_id, locale)
        return
    done = t(locale, "announce.published", channel=channel)
    await answer_press(query, done)
    await send(bot, query.from_user.id, _say(done).build())


async def _tell_why(
    bot: Bot, user_id: int, announcer: Announcer, chat_id: int, locale: str
) -> None:
    """After a refused post: what /channels would say about that channel."""
    channel = next(c for c in await announcer.check_channels(bot) if c.chat_id == chat_id)
    status = channel.status if channel.status is not HrChatStatus.OK else HrChatStatus.UNREACHABLE
    reason = t(locale, f"announce.channel.{status}", chat=chat_id, title=channel.label)
    said = t(locale, "announce.failed", channel=channel.label, reason=reason)
    await send(bot, user_id, _say(said).build())


async def cancel_post(query: CallbackQuery, locale: str) -> None:
    """Take the buttons off the preview: nothing is published."""
    if isinstance(query.message, Message):
        with suppress(TelegramBadRequest):  # pressed twice: the buttons are gone already
            await query.message.edit_reply_markup(reply_markup=None)
    await answer_press(query, t(locale, "announce.cancelled"))
