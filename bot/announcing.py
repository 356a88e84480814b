"""Vacancy posts in channels: publish them, and keep each one true to its posting.

``Announcer.sync`` compares every live post with what its posting would say now: a changed
title, salary or conditions edits the post in place (only when its hash changed); a posting
that closed, passed its ``closes`` date or was removed turns the post into «closed» without
its button. ``/reload`` runs it, and so does ``run`` every few minutes, since a ``closes`` date
passes without anyone reloading.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Literal

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest

from bot.keyboards import post_keyboard
from bot.postings import Catalog, Posting
from bot.postings.announce import (
    Announcement,
    PostEdit,
    channel_tag,
    plan_edit,
    render_announcement,
)
from bot.storage import ChannelPost, ChannelPostRepo
from bot.telegram import HrChatStatus, check_chat, to_entities

log = logging.getLogger(__name__)

CHECK_SECONDS = 600.0
"""How often the live posts are compared with their postings (a ``closes`` date may pass)."""


@dataclass(frozen=True)
class Channel:
    """A channel from ``CHANNEL_IDS``: whether the bot can post there, and what it is called."""

    chat_id: int
    status: HrChatStatus
    title: str | None

    @property
    def label(self) -> str:
        return self.title or str(self.chat_id)


@dataclass(frozen=True)
class EditedPost:
    """A post ``sync`` edited: ``update``d to the posting's new text, or ``close``d."""

    slug: str
    chat_id: int
    kind: Literal["update", "close"]


class Announcer:
    """Publishes postings to channels and keeps the published posts true."""

    def __init__(self, catalog: Catalog, posts: ChannelPostRepo, channels: tuple[int, ...]):
        self.catalog = catalog
        self.posts = posts
        self.channels = channels
        self._syncing = asyncio.Lock()  # a reload and the timer never edit the same post twice
        self._titles: dict[int, str] = {}

    async def check_channels(self, bot: Bot) -> list[Channel]:
        """Each channel of ``CHANNEL_IDS``, with whether the bot may post there."""
        found = []
        for chat_id in self.channels:
            status, title = await check_chat(bot, chat_id)
            if title:
                self._titles[chat_id] = title
            found.append(Channel(chat_id, status, title))
        return found

    def label(self, chat_id: int) -> str:
        """The channel's title as last seen, else its id."""
        return self._titles.get(chat_id, str(chat_id))

    async def preview(self, bot: Bot, posting: Posting) -> Announcement:
        """The post as it will look in the first channel (the link's tag names the channel)."""
        username = await _username(bot)
        tag = channel_tag(self.channels[0]) if self.channels else "preview"
        return render_announcement(posting, username, tag)

    async def published_in(self, slug: str, chat_id: int) -> ChannelPost | None:
        """The live post of ``slug`` in that channel, if it was published there already."""
        return await self.posts.live_in(slug, chat_id)

    async def publish(self, bot: Bot, posting: Posting, chat_id: int) -> ChannelPost:
        """Post ``posting`` to the channel and remember it; Telegram's refusal is raised."""
        announcement = render_announcement(posting, await _username(bot), channel_tag(chat_id))
        sent = await bot.send_message(
            chat_id,
            announcement.text.text,
            entities=to_entities(announcement.text),
            reply_markup=post_keyboard(announcement),
        )
        log.info("posting %s published to %s as %s", posting.slug, chat_id, sent.message_id)
        return await self.posts.add(
            chat_id,
            sent.message_id,
            posting.slug,
            posting.title,
            posting.lang,
            announcement.digest,
        )

    async def sync(self, bot: Bot, today: dt.date | None = None) -> list[EditedPost]:
        """Edit every live post whose posting changed, closed or is gone; say which."""
        async with self._syncing:
            live = await self.posts.live()
            if not live:
                return []
            username = await _username(bot)
            edited: list[EditedPost] = []
            for post in live:
                plan = plan_edit(post, self.catalog.get, username, today)
                if plan is not None and await self._edit(bot, post, plan):
                    edited.append(EditedPost(post.slug, post.chat_id, plan.kind))
            return edited

    async def _edit(self, bot: Bot, post: ChannelPost, plan: PostEdit) -> bool:
        """Edit one post as planned and remember it; ``False`` when it could not be edited."""
        markup = post_keyboard(plan.announcement) if plan.announcement else None
        try:
            await bot.edit_message_text(
                text=plan.text.text,
                chat_id=post.chat_id,
                message_id=post.message_id,
                entities=to_entities(plan.text),
                reply_markup=markup,  # none: a closed post loses its button
            )
        except TelegramBadRequest as error:
            if "not modified" not in error.message:
                if "not found" in error.message:  # deleted in the channel: nothing to keep true
                    log.info("post %s in %s is gone", post.message_id, post.chat_id)
                    await self.posts.closed(post.id, plan.digest)
                else:
                    log.warning("post %s not edited: %s", post.message_id, error.message)
                return False
        except TelegramAPIError as error:  # tried again at the next sync
            log.warning("post %s not edited: %s", post.message_id, type(error).__name__)
            return False
        if plan.kind == "close":
            await self.posts.closed(post.id, plan.digest)
        else:
            await self.posts.edited(post.id, plan.digest, plan.title)
        return True

    async def run(self, bot: Bot, every: float = CHECK_SECONDS) -> None:
        """Sync the posts every ``every`` seconds, for as long as the bot runs."""
        while True:
            await asyncio.sleep(every)
            try:
                for post in await self.sync(bot):
                    log.info("post of %s in %s: %s", post.slug, post.chat_id, post.kind)
            except Exception as error:  # never let the timer die: say it and look again
                log.error("channel posts not checked: %s", type(error).__name__)


async def _username(bot: Bot) -> str:
    me = await bot.me()  # aiogram keeps it after the first call
    return me.username or str(me.id)
