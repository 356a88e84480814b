"""Message text as Telegram sees it: UTF-16 lengths, a strict HTML parser, entity checks.

Lengths and entity offsets are counted in UTF-16 code units, as the Bot API documents for
entities. Telegram does not document the unit of the 4096 limit; the emulator uses UTF-16 code
units there too, which is the stricter reading for text with emoji.

The HTML parser accepts exactly Telegram's subset and refuses what Telegram refuses (unknown,
unclosed or mismatched tags, a "<" that starts no tag). It is deliberately stricter than Telegram
on one point: a bare "&" that does not start one of the supported character references is refused,
so a bot that forgets to escape user input fails in tests rather than in production.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from emulator.errors import bad_request, parse_error

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024

ENTITY_TYPES = frozenset(
    {
        "mention",
        "hashtag",
        "cashtag",
        "bot_command",
        "url",
        "email",
        "phone_number",
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "blockquote",
        "expandable_blockquote",
        "code",
        "pre",
        "text_link",
        "text_mention",
        "custom_emoji",
    }
)

# Tag name → entity type; "a", "span", "tg-emoji", "code" and "blockquote" need attributes.
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "pre": "pre",
}
_SPECIAL_TAGS = frozenset({"a", "span", "tg-emoji", "code", "blockquote"})
_CHAR_REF = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot);")
_TAG_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTR = re.compile(
    r"""\s*([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"""
)
_BOT_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")

Entity = dict[str, Any]


def utf16_len(text: str) -> int:
    """Return the length of `text` in UTF-16 code units, Telegram's unit for offsets."""
    return len(text.encode("utf-16-le")) // 2


def utf16_slice(text: str, offset: int, length: int) -> str:
    """Return the part of `text` an entity with this UTF-16 `offset` and `length` covers."""
    data = text.encode("utf-16-le")
    return data[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


@dataclass
class _OpenTag:
    """A start tag waiting for its end tag."""

    name: str
    entity: Entity | None
    start: int
    byte_offset: int
    children: list[str] = field(default_factory=list)


class _HtmlParser:
    """One pass over Telegram-flavoured HTML, producing plain text and entities."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.out: list[str] = []
        self.length = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[Entity] = []

    def byte_offset(self, pos: int) -> int:
        """Return the UTF-8 byte offset of a character position, as Telegram reports it."""
        return len(self.source[:pos].encode("utf-8"))

    def emit(self, text: str) -> None:
        """Append plain text to the output."""
        self.out.append(text)
        self.length += utf16_len(text)

    def parse(self) -> tuple[str, list[Entity]]:
        """Parse the whole source or raise a 400 "can't parse entities" error."""
        src = self.source
        while self.pos < len(src):
            char = src[self.pos]
            if char == "<":
                self.tag()
            elif char == "&":
                self.char_ref()
            elif char == ">":
                self.emit(">")
                self.pos += 1
            else:
                end = self.pos
                while end < len(src) and src[end] not in "<&>":
                    end += 1
                self.emit(src[self.pos : end])
                self.pos = end
        if self.stack:
            raise parse_error(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].name}"'
            )
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def char_ref(self) -> None:
        """Decode one character reference or refuse a bare "&"."""
        match = _CHAR_REF.match(self.source, self.pos)
        if match is None:
            raise parse_error(
                'Character "&" at byte offset '
                f"{self.byte_offset(self.pos)} starts no supported HTML entity; "
                "escape it as &amp;"
            )
        self.emit(html.unescape(match.group(0)))
        self.pos = match.end()

    def tag(self) -> None:
        """Handle a start or end tag at the current position."""
        start = self.pos
        if self.source.startswith("</", start):
            self.end_tag(start)
            return
        name_match = _TAG_NAME.match(self.source, start + 1)
        if name_match is None:
            raise parse_error(
                f'Unsupported start tag "" at byte offset {self.byte_offset(start)}; '
                'escape "<" as &lt;'
            )
        name = name_match.group(0).lower()
        attrs, end = self.attributes(name_match.end(), start)
        if name not in _SIMPLE_TAGS and name not in _SPECIAL_TAGS:
            raise parse_error(
                f'Unsupported start tag "{name}" at byte offset {self.byte_offset(start)}'
            )
        entity = self.entity_for(name, attrs, start)
        self.stack.append(_OpenTag(name, entity, self.length, self.byte_offset(start)))
        self.pos = end

    def attributes(self, pos: int, tag_start: int) -> tuple[dict[str, str], int]:
        """Read attributes up to ">" and return them with the position after the tag."""
        attrs: dict[str, str] = {}
        src = self.source
        while True:
            while pos < len(src) and src[pos].isspace():
                pos += 1
            if pos >= len(src):
                raise parse_error(
                    f"Unclosed start tag at byte offset {self.byte_offset(tag_start)}"
                )
            if src[pos] == ">":
                return attrs, pos + 1
            match = _ATTR.match(src, pos)
            if match is None or match.end() == pos:
                raise parse_error(
                    f"Unexpected character in start tag at byte offset {self.byte_offset(pos)}"
                )
            value = next((g for g in match.groups()[1:] if g is not None), "")
            attrs[match.group(1).lower()] = html.unescape(value)
            pos = match.end()

    def entity_for(self, name: str, attrs: dict[str, str], start: int) -> Entity | None:
        """Return the entity a start tag opens, or None when it opens none."""
        where = f"at byte offset {self.byte_offset(start)}"
        if name in _SIMPLE_TAGS:
            return {"type": _SIMPLE_TAGS[name]}
        if name == "a":
            href = attrs.get("href", "")
            return {"type": "text_link", "url": href} if href else None
        if name == "span":
            if attrs.get("class") != "tg-spoiler":
                raise parse_error(f'Tag "span" must have class "tg-spoiler" {where}')
            return {"type": "spoiler"}
        if name == "tg-emoji":
            emoji_id = attrs.get("emoji-id", "")
            if not emoji_id:
                raise parse_error(f'Tag "tg-emoji" must have attribute "emoji-id" {where}')
            return {"type": "custom_emoji", "custom_emoji_id": emoji_id}
        if name == "blockquote":
            kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
            return {"type": kind}
        # <code>: inside <pre>, class="language-x" gives the pre block its language.
        language = attrs.get("class", "")
        if self.stack and self.stack[-1].name == "pre" and language.startswith("language-"):
            parent = self.stack[-1].entity
            if parent is not None:
                parent["language"] = language.removeprefix("language-")
            return None
        return {"type": "code"}

    def end_tag(self, start: int) -> None:
        """Close the innermost open tag, which must be the one named."""
        match = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>").match(self.source, start)
        if match is None:
            raise parse_error(f"Unexpected end tag at byte offset {self.byte_offset(start)}")
        name = match.group(1).lower()
        if not self.stack:
            raise parse_error(f"Unexpected end tag at byte offset {self.byte_offset(start)}")
        top = self.stack.pop()
        if top.name != name:
            raise parse_error(
                f"Unmatched end tag at byte offset {self.byte_offset(start)}, "
                f'expected "</{top.name}>", found "</{name}>"'
            )
        if top.entity is not None and self.length > top.start:
            entity = {**top.entity, "offset": top.start, "length": self.length - top.start}
            self.entities.append(entity)
        self.pos = match.end()


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Turn Telegram HTML into plain text and entities, or raise a 400 ApiError."""
    return _HtmlParser(source).parse()


def check_entities(text: str, entities: Any) -> list[Entity]:
    """Validate explicit `entities` against `text` and return them, or raise a 400 ApiError."""
    if not isinstance(entities, list):
        raise parse_error("entities must be an array of MessageEntity")
    total = utf16_len(text)
    checked: list[Entity] = []
    for index, entity in enumerate(entities):
        if not isinstance(entity, dict):
            raise parse_error(f"entity {index} must be an object")
        kind, offset, length = entity.get("type"), entity.get("offset"), entity.get("length")
        if kind not in ENTITY_TYPES:
            raise parse_error(f"unknown entity type {kind!r} in entity {index}")
        if not isinstance(offset, int) or not isinstance(length, int):
            raise parse_error(f"entity {index} needs integer offset and length")
        if offset < 0 or length <= 0 or offset + length > total:
            raise parse_error(
                f"entity {index} ({kind}) offset {offset} length {length} is out of range "
                f"for text of {total} UTF-16 code units"
            )
        _check_entity_fields(index, entity)
        checked.append(dict(entity))
    return checked


def _check_entity_fields(index: int, entity: Entity) -> None:
    """Check the fields some entity types require."""
    kind = entity["type"]
    if kind == "text_link" and not (isinstance(entity.get("url"), str) and entity["url"]):
        raise parse_error(f"entity {index} (text_link) needs a url")
    if kind == "text_mention" and not isinstance(entity.get("user"), dict):
        raise parse_error(f"entity {index} (text_mention) needs a user")
    if kind == "custom_emoji" and not entity.get("custom_emoji_id"):
        raise parse_error(f"entity {index} (custom_emoji) needs a custom_emoji_id")


def strip_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Trim surrounding whitespace as Telegram does, moving and clipping entities to match."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    kept: list[Entity] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def prepare_text(
    text: Any,
    parse_mode: Any,
    entities: Any,
    *,
    caption: bool = False,
) -> tuple[str, list[Entity]]:
    """Return the text and entities Telegram would store, or raise the 400 it would send."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        text = str(text)
    if entities is not None:
        found = check_entities(text, entities)
    elif parse_mode:
        text, found = _parse_with_mode(text, str(parse_mode))
    else:
        found = []
    text, found = strip_text(text, found)
    limit = MAX_CAPTION_LENGTH if caption else MAX_TEXT_LENGTH
    if not text and not caption:
        raise bad_request("message text is empty")
    if utf16_len(text) > limit:
        raise bad_request("message caption is too long" if caption else "message is too long")
    return text, found


def _parse_with_mode(text: str, parse_mode: str) -> tuple[str, list[Entity]]:
    """Apply a parse_mode; only HTML is implemented."""
    mode = parse_mode.lower()
    if mode == "html":
        return parse_html(text)
    if mode in {"markdown", "markdownv2"}:
        raise bad_request(
            f"parse_mode {parse_mode} is not supported by the emulator; use entities"
        )
    raise bad_request(f"unsupported parse_mode {parse_mode!r}")


def detect_entities(text: str) -> list[Entity]:
    """Return the bot_command entities Telegram adds to a user's message."""
    found: list[Entity] = []
    for match in _BOT_COMMAND.finditer(text):
        found.append(
            {
                "type": "bot_command",
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group(0)),
            }
        )
    return found
