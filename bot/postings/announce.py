"""A vacancy's post for a channel: title, facts, a short pitch, key conditions and a link button.

Pure: no aiogram. The post is rendered in the posting's own language (the channel's readers are
not the admin who publishes it) and always fits Telegram's limits: 4096 UTF-16 units for a text
message, 1024 for a photo's caption. The button deep-links into the bot with the channel as the
source tag, so the funnel can tell channels apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.locales import t
from bot.postings.facts import posting_facts
from bot.postings.models import Posting, SectionKind
from bot.postings.render import (
    MESSAGE_LIMIT,
    Rendered,
    TextBuilder,
    split_rendered,
    utf16_len,
)

CAPTION_LIMIT = 1024
"""Telegram's limit for a photo's caption."""
PAYLOAD_MAX = 64
"""Telegram's limit for a /start payload; only ``A-Za-z0-9_-`` may appear in it."""
PITCH_MAX = 300
CONDITION_MAX = 120
FACTS_MAX = 300
MAX_CONDITIONS = 5
MIN_CONDITIONS = 3
_NOT_IN_PAYLOAD = re.compile(r"[^A-Za-z0-9_-]")
_ENDING = " \t;,.:"

# Tried in turn until the post fits: (pitch characters, conditions shown).
_LADDER = (
    (PITCH_MAX, MAX_CONDITIONS),
    (PITCH_MAX, 4),
    (PITCH_MAX, MIN_CONDITIONS),
    (150, MIN_CONDITIONS),
    (0, MIN_CONDITIONS),
    (0, 0),
)


def channel_tag(chat_id: int) -> str:
    """The source tag of a channel in deep links: ``c`` and its id's digits (stable, unlike
    a public channel's @name, which its owner may change)."""
    return f"c{abs(chat_id)}"


def start_payload(slug: str, tag: str) -> str:
    """``<slug>__<tag>``, cleaned to the characters Telegram allows and cut to 64."""
    payload = _NOT_IN_PAYLOAD.sub("", f"{slug}__{tag}")
    return payload[:PAYLOAD_MAX]


def deep_link(bot_username: str, slug: str, tag: str) -> str:
    """The link that opens the posting in the bot, counting the view for ``tag``."""
    return f"https://t.me/{bot_username}?start={start_payload(slug, tag)}"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters with «…»."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ""
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(_ENDING) + "…"


def pitch_of(posting: Posting, limit: int = PITCH_MAX) -> str:
    """Front matter ``pitch:``, else the description, else the intro's first lines."""
    if posting.pitch and posting.pitch.strip():
        return shorten(posting.pitch, limit)
    if posting.description and posting.description.strip():
        return shorten(posting.description, limit)
    lines: list[str] = []
    for item in posting.intro_items:
        if lines and len(" ".join([*lines, item])) > limit:
            break
        lines.append(item)
    return shorten(" ".join(lines), limit)


def key_conditions(posting: Posting, count: int = MAX_CONDITIONS) -> list[str]:
    """The first ``count`` items of the posting's conditions, each on one short line."""
    section = posting.section(SectionKind.CONDITIONS)
    if section is None:
        return []
    items = [shorten(item, CONDITION_MAX).rstrip(_ENDING) for item in section.items]
    return [item for item in items if item][:count]


@dataclass(frozen=True)
class Announcement:
    """A post: its text, and the one URL button under it."""

    text: Rendered
    button: str
    url: str

    @property
    def digest(self) -> str:
        """What the post looks like, as a hash: a changed hash is a post to edit."""
        return post_digest(self.text, self.url)


def post_digest(text: Rendered, url: str = "") -> str:
    """A short hash of a post's text, its entities and its button's link."""
    entities = ";".join(f"{e.type},{e.offset},{e.length},{e.url}" for e in text.entities)
    raw = "\x00".join((text.text, entities, url)).encode()
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def _build(posting: Posting, pitch: str, conditions: Sequence[str]) -> Rendered:
    lang = posting.lang
    out = TextBuilder().add(posting.title, "bold")
    facts = [f.value for f in posting_facts(posting, lang)]
    if facts:
        out.newline().add(shorten(" · ".join(facts), FACTS_MAX))
    if pitch:
        out.newline(2).add(pitch)
    if conditions:
        out.newline(2).add(t(lang, "announce.conditions"), "bold")
        for condition in conditions:
            out.newline().add(f"• {condition}")
    return out.build()


def render_announcement(
    posting: Posting, bot_username: str, tag: str, *, limit: int = MESSAGE_LIMIT
) -> Announcement:
    """The channel post for ``posting``, at most ``limit`` UTF-16 units long.

    When it does not fit, the pitch is shortened and conditions dropped (down to three) first;
    only a title and facts too long for the limit themselves are cut.
    """
    conditions = key_conditions(posting)
    text = Rendered("")
    for pitch_max, shown in _LADDER:
        pitch = pitch_of(posting, pitch_max) if pitch_max else ""
        text = _build(posting, pitch, conditions[:shown])
        if utf16_len(text.text) <= limit:
            break
    else:
        head = split_rendered(text, limit - 1)[0]
        text = Rendered(head.text + "…", head.entities)
    button = t(posting.lang, "announce.button")
    return Announcement(text, button, deep_link(bot_username, posting.slug, tag))


SUBSCRIBERS_TAG = "subs"
"""The source tag of the links in notifications to subscribers."""


def render_notification(posting: Posting, bot_username: str, locale: str) -> Announcement:
    """A subscriber's notice of a new vacancy: a line in their language, then the post."""
    head = t(locale, "subscribe.notice") + "\n\n"
    post = render_announcement(
        posting, bot_username, SUBSCRIBERS_TAG, limit=MESSAGE_LIMIT - utf16_len(head)
    )
    return Announcement(Rendered(head) + post.text, post.button, post.url)


def render_closed(title: str, lang: str) -> Rendered:
    """What a post of a closed or removed vacancy says instead (and it has no button)."""
    out = TextBuilder().add(shorten(title, 200), "bold", "strikethrough")
    out.newline(2).add(t(lang, "announce.closed"), "italic")
    return out.build()


class PostRecord(Protocol):
    """What is remembered of a published post (``ChannelPost`` in storage)."""

    @property
    def chat_id(self) -> int: ...
    @property
    def slug(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def text_hash(self) -> str: ...
    @property
    def closed(self) -> bool: ...
    @property
    def photo(self) -> bool: ...


@dataclass(frozen=True)
class PostEdit:
    """A post to bring in line with its posting: ``update`` it, or ``close`` it."""

    kind: Literal["update", "close"]
    title: str
    text: Rendered
    digest: str
    announcement: Announcement | None = None


def plan_edit(
    post: PostRecord,
    lookup: Callable[[str], Posting | None],
    bot_username: str,
    today: dt.date | None = None,
) -> PostEdit | None:
    """What to do with one published post now, or ``None`` when it is still true.

    A posting that is gone, closed or past its ``closes`` date closes the post (once); an open
    posting whose post would now read differently (title, salary, conditions…) updates it.
    """
    if post.closed:
        return None
    posting = lookup(post.slug)
    if posting is None or not posting.is_open(today):
        title = posting.title if posting is not None else post.title
        lang = posting.lang if posting is not None else post.lang
        closed = render_closed(title, lang)
        return PostEdit("close", title, closed, post_digest(closed))
    limit = CAPTION_LIMIT if post.photo else MESSAGE_LIMIT  # a photo's caption: 1024
    announcement = render_announcement(
        posting, bot_username, channel_tag(post.chat_id), limit=limit
    )
    if announcement.digest == post.text_hash:
        return None
    return PostEdit("update", posting.title, announcement.text, announcement.digest, announcement)
