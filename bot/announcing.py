"""Vacancy posts in channels: publish them, and keep each one true to its posting.

``Announcer.sync`` compares every live post with what its posting would say now: a changed
title, salary or conditions edits the post in place (only when its hash changed); a posting
that closed, passed its ``closes`` date or was removed turns the post into «closed» without
its button. ``/reload`` runs it, and so does ``run`` every few minutes, since a ``closes`` date
passes without anyone reloading.

Every instance runs the timer; an edit is claimed on the post first (``ChannelPostRepo.claim``),
so of two instances checking together one edits each post, once. An instance whose postings were
read before the post was last published or edited leaves its text alone (it may close it): the
post was written from newer postings (another instance's /reload, a newer version during a
rolling deploy), and editing it back would undo that.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.types import FSInputFile, InlineKeyboardMarkup, Message

from bot.keyboards import post_keyboard
from bot.locales import t
from bot.outbox import worker_name
from bot.postings import Catalog, Posting
from bot.postings.announce import (
    CAPTION_LIMIT,
    SUBSCRIBERS_TAG,
    Announcement,
    PostEdit,
    channel_tag,
    plan_edit,
    render_announcement,
)
from bot.postings.render import MESSAGE_LIMIT
from bot.storage import ChannelPost, ChannelPostRepo
from bot.telegram import HrChatStatus, check_chat, to_entities

log = logging.getLogger(__name__)

EDIT_LEASE = dt.timedelta(minutes=2)
"""How long a post claimed for an edit stays this instance's: longer than an edit may take."""
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

    def __init__(
        self,
        catalog: Catalog,
        posts: ChannelPostRepo,
        channels: tuple[int, ...],
        *,
        name: str | None = None,
    ) -> None:
        self.name = name or worker_name()
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

    def source_names(self, locale: str) -> dict[str, str]:
        """Source tags as HR reads them: each channel's tag by its title, and subscribers'."""
        names = {SUBSCRIBERS_TAG: t(locale, "hr.stats.subscribers")}
        for chat_id in self.channels:
            names[channel_tag(chat_id)] = t(locale, "hr.stats.channel", title=self.label(chat_id))
        return names

    def label(self, chat_id: int) -> str:
        """The channel's title as last seen, else its id."""
        return self._titles.get(chat_id, str(chat_id))

    async def preview(self, bot: Bot, posting: Posting) -> Announcement:
        """The post as it will look in the first channel (the link's tag names the channel)."""
        username = await _username(bot)
        tag = channel_tag(self.channels[0]) if self.channels else "preview"
        return render_announcement(posting, username, tag, limit=_limit(posting))

    async def published_in(self, slug: str, chat_id: int) -> ChannelPost | None:
        """The live post of ``slug`` in that channel, if it was published there already."""
        return await self.posts.live_in(slug, chat_id)

    async def publish(self, bot: Bot, posting: Posting, chat_id: int) -> ChannelPost:
        """Post ``posting`` to the channel and remember it; Telegram's refusal is raised."""
        username = await _username(bot)
        tag = channel_tag(chat_id)
        announcement = render_announcement(posting, username, tag, limit=_limit(posting))
        markup = post_keyboard(announcement)
        sent = await send_post(bot, chat_id, announcement, posting.image, markup)
        log.info("posting %s published to %s as %s", posting.slug, chat_id, sent.message_id)
        return await self.posts.add(
            chat_id,
            sent.message_id,
            posting.slug,
            posting.title,
            posting.lang,
            announcement.digest,
            photo=posting.image is not None,
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
                if plan is None or (plan.kind == "update" and self._written_since_load(post)):
                    continue
                # Another instance may be editing it, or have edited it since it was read.
                if not await self.posts.claim(post.id, post.text_hash, self.name, EDIT_LEASE):
                    continue
                done = False
                try:
                    done = await self._edit(bot, post, plan)
                finally:
                    if not done:
                        await self.posts.release(post.id, self.name)
                if done:
                    edited.append(EditedPost(post.slug, post.chat_id, plan.kind))
            return edited

    def _written_since_load(self, post: ChannelPost) -> bool:
        """Whether the post was published or edited after this instance read its postings."""
        loaded = self.catalog.loaded_at
        return loaded is not None and (post.edited_at or post.posted_at) > loaded

    async def _edit(self, bot: Bot, post: ChannelPost, plan: PostEdit) -> bool:
        """Edit one post as planned and remember it; ``False`` when it could not be edited."""
        markup = post_keyboard(plan.announcement) if plan.announcement else None
        try:
            if post.photo:
                await bot.edit_message_caption(
                    caption=plan.text.text,
                    chat_id=post.chat_id,
                    message_id=post.message_id,
                    caption_entities=to_entities(plan.text),
                    reply_markup=markup,
                )
            else:
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


async def send_post(
    bot: Bot,
    chat_id: int,
    announcement: Announcement,
    image: Path | None,
    markup: InlineKeyboardMarkup,
) -> Message:
    """Send a post: a photo with the text as its caption when the posting has a picture."""
    if image is None:
        return await bot.send_message(
            chat_id,
            announcement.text.text,
            entities=to_entities(announcement.text),
            reply_markup=markup,
        )
    return await bot.send_photo(
        chat_id,
        FSInputFile(image),
        caption=announcement.text.text,
        caption_entities=to_entities(announcement.text),
        reply_markup=markup,
    )


def _limit(posting: Posting) -> int:
    """How long the post may be: a photo's caption is limited to 1024 characters."""
    return CAPTION_LIMIT if posting.image is not None else MESSAGE_LIMIT


async def _username(bot: Bot) -> str:
    me = await bot.me()  # aiogram keeps it after the first call
    return me.username or str(me.id)
