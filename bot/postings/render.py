"""Telegram-ready text: plain text plus entities, built from Markdown or piece by piece.

Sending entities instead of ``parse_mode`` means no text — HR's Markdown, a candidate's ``<b>`` or
``&`` — can ever make Telegram answer "can't parse entities". Offsets are in UTF-16 code units, as
Telegram counts them. Long texts are split on line boundaries, entities clipped to each part.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

MESSAGE_LIMIT = 4096


def utf16_len(text: str) -> int:
    """Length of ``text`` the way Telegram measures it."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Entity:
    """A Telegram message entity: ``bold``, ``italic``, ``text_link``, ``code``, ``pre``…"""

    type: str
    offset: int
    length: int
    url: str | None = None

    def shifted(self, by: int) -> Entity:
        """The same entity ``by`` units further on (``dataclasses.replace`` is much slower)."""
        return Entity(self.type, self.offset + by, self.length, self.url)


@dataclass(frozen=True)
class Rendered:
    """Message text and its entities."""

    text: str
    entities: tuple[Entity, ...] = ()

    def __add__(self, other: Rendered) -> Rendered:
        shift = utf16_len(self.text)
        moved = tuple(e.shifted(shift) for e in other.entities)
        return Rendered(self.text + other.text, self.entities + moved)


@dataclass
class TextBuilder:
    """Appends text pieces, each optionally styled, keeping entity offsets right."""

    parts: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    length: int = 0
    # Line breaks ending the text so far, kept as pieces are added: ``newline`` must not join
    # the whole text each time (that made a long list quadratic).
    trailing: int = 0
    blank: bool = True

    def add(self, text: str, *styles: str, url: str | None = None) -> TextBuilder:
        """Append ``text`` styled with each of ``styles`` (``text_link`` takes ``url``)."""
        if not text:
            return self
        # utf16_len and _track, inlined: this runs for every piece of every message (some fifty
        # for an HR summary). An ASCII piece is as long in UTF-16 as it is (``isascii`` reads a
        # flag the string keeps).
        size = len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2
        for style in styles:
            self.entities.append(
                Entity(style, self.length, size, url if style == "text_link" else None)
            )
        self.blank = False
        if text[-1] != "\n":
            self.trailing = 0
        else:
            stripped = text.rstrip("\n")
            if stripped:
                self.trailing = len(text) - len(stripped)
            else:
                self.trailing += len(text)
        self.parts.append(text)
        self.length += size
        return self

    def _track(self, text: str) -> None:
        if not text:
            return
        self.blank = False
        stripped = text.rstrip("\n")
        if stripped:
            self.trailing = len(text) - len(stripped)
        else:
            self.trailing += len(text)

    def add_rendered(self, rendered: Rendered) -> TextBuilder:
        """Append an already rendered piece."""
        for entity in rendered.entities:
            self.entities.append(entity.shifted(self.length))
        self._track(rendered.text)
        self.parts.append(rendered.text)
        self.length += utf16_len(rendered.text)
        return self

    def newline(self, count: int = 1) -> TextBuilder:
        """End the current line, and add ``count - 1`` blank lines after it."""
        if not self.blank and self.trailing < count:
            gap = count - self.trailing  # ``add("\n" * gap)``, without its checks
            self.parts.append("\n" * gap)
            self.length += gap
            self.trailing = count
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def build(self) -> Rendered:
        """The text so far, trailing blank lines dropped, with entities clipped to it."""
        text = self.text.rstrip()
        return Rendered(text, _clip(self.entities, 0, utf16_len(text)))


@cache
def _parser() -> MarkdownIt:
    return (
        MarkdownIt("commonmark", {"html": False, "linkify": False})
        .enable("strikethrough")
        .enable("table")
    )


_INLINE_STYLES = {
    "strong_open": "bold",
    "em_open": "italic",
    "s_open": "strikethrough",
}


def render_markdown(markdown: str) -> Rendered:
    """Render Markdown as Telegram text with bold, italic, links, code and bulleted lists."""
    builder = TextBuilder()
    _render_blocks(_parser().parse(markdown), builder)
    return builder.build()


def _render_blocks(tokens: list[Token], out: TextBuilder) -> None:
    lists: list[list[int]] = []  # one [ordered, counter] per open list
    quote_starts: list[int] = []
    previous = ""
    in_head = False
    cell = 0
    for token in tokens:
        kind = token.type
        if kind in ("thead_open", "thead_close"):
            # Telegram has no tables: the header row (column names) is dropped, and each row
            # reads as an item, "• Зарплата: оклад 38 000 ₽", as the answers quote it.
            in_head = kind == "thead_open"
        elif in_head:
            pass
        elif kind == "table_open":
            out.newline(2)
        elif kind == "tr_open":
            out.newline()
            out.add("• ")
            cell = 0
        elif kind == "td_open":
            if cell:
                out.add(": " if cell == 1 else "; ")
            cell += 1
        elif kind == "table_close":
            out.newline(2)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            out.newline(1 if lists else 2)
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else 0
            lists.append([kind == "ordered_list_open", start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            out.newline(1 if lists else 2)
        elif kind == "list_item_open":
            out.newline()
            ordered, number = lists[-1]
            marker = f"{number}. " if ordered else "• "
            if ordered:
                lists[-1][1] += 1
            out.add("    " * (len(lists) - 1) + marker)
        elif kind == "paragraph_open":
            if not lists:
                out.newline(2)
        elif kind == "heading_open":
            out.newline(2)
        elif kind == "inline":
            styles = ("bold",) if previous == "heading_open" else ()
            _render_inline(token.children or [], out, styles)
        elif kind in ("fence", "code_block"):
            out.newline(2)
            out.add(token.content.rstrip("\n"), "pre")
            out.newline(2)
        elif kind == "hr":
            out.newline(2)
            out.add("⎯⎯⎯")
            out.newline(2)
        elif kind == "blockquote_open":
            out.newline(2)
            quote_starts.append(out.length)
        elif kind == "blockquote_close":
            start = quote_starts.pop()
            text_len = out.length - out.trailing
            if text_len > start:
                out.entities.append(Entity("blockquote", start, text_len - start))
        elif kind == "html_block":
            out.newline(2)
            out.add(token.content.rstrip("\n"))
        previous = kind


def _render_inline(children: list[Token], out: TextBuilder, base: tuple[str, ...]) -> None:
    styles: list[str] = list(base)
    links: list[str] = []
    for child in children:
        kind = child.type
        if kind in _INLINE_STYLES:
            styles.append(_INLINE_STYLES[kind])
        elif kind in ("strong_close", "em_close", "s_close"):
            if styles:
                styles.pop()
        elif kind == "link_open":
            links.append(str(child.attrGet("href") or ""))
        elif kind == "link_close":
            if links:
                links.pop()
        elif kind in ("text", "html_inline"):
            _add_styled(out, child.content, styles, links)
        elif kind == "code_inline":
            _add_styled(out, child.content, [*styles, "code"], links)
        elif kind == "image":
            _add_styled(out, child.content or "", styles, links)
        elif kind in ("softbreak", "hardbreak"):
            out.add("\n")


def _add_styled(out: TextBuilder, text: str, styles: list[str], links: list[str]) -> None:
    url = links[-1] if links else None
    usable = url if url and url.startswith(("http://", "https://", "tg://", "mailto:")) else None
    extra = ("text_link",) if usable else ()
    out.add(text, *styles, *extra, url=usable)


def _clip(entities: Iterable[Entity], start: int, end: int) -> tuple[Entity, ...]:
    """Entities cut to the window [start, end), shifted so the window starts at 0."""
    clipped = []
    for entity in entities:
        lo, hi = max(entity.offset, start), min(entity.offset + entity.length, end)
        if hi > lo:
            if lo - start == entity.offset and hi - lo == entity.length:
                clipped.append(entity)  # frozen: shared, not copied
            else:
                clipped.append(Entity(entity.type, lo - start, hi - lo, entity.url))
    return tuple(sorted(clipped, key=lambda e: (e.offset, -e.length)))


def split_rendered(rendered: Rendered, limit: int = MESSAGE_LIMIT) -> list[Rendered]:
    """Cut a text into parts of at most ``limit`` UTF-16 units, on line boundaries if possible."""
    text = rendered.text
    if utf16_len(text) <= limit:
        return [rendered] if text.strip() else []
    parts: list[Rendered] = []
    position = 0  # in str indices
    while position < len(text):
        end = _cut_point(text, position, limit)
        chunk = text[position:end]
        lead = utf16_len(text[:position])
        stripped = chunk.rstrip()
        skip = len(chunk) - len(chunk.lstrip())
        if stripped.strip():
            start16 = lead + utf16_len(chunk[:skip])
            end16 = lead + utf16_len(stripped)
            parts.append(Rendered(stripped.lstrip(), _clip(rendered.entities, start16, end16)))
        position = end
    return parts


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where the part starting at ``start`` should end: the last line break that fits."""
    # The longest piece that fits: at most ``limit`` characters, fewer by one for each
    # character beyond the BMP (two units) too many. Measured at once, not a character at a
    # time: /reload's report of 500 changed postings took 40 ms that way, on the event loop.
    index = min(start + limit, len(text))
    over = utf16_len(text[start:index]) - limit
    while over > 0:
        index -= 1
        over -= utf16_len(text[index])
    if index >= len(text):
        return len(text)
    for separator in ("\n\n", "\n", " "):
        cut = text.rfind(separator, start, index)
        if cut > start:
            return cut + len(separator)
    return index
