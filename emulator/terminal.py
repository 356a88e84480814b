"""Turn a chat transcript into readable terminal text: who said what, with numbered buttons."""

from __future__ import annotations

from collections.abc import Iterable

from emulator.models import ChatMessage
from emulator.text import utf16_len, utf16_slice

_BOLD, _ITALIC, _UNDERLINE, _DIM, _RESET = "\x1b[1m", "\x1b[3m", "\x1b[4m", "\x1b[2m", "\x1b[0m"
_STYLES = {
    "bold": _BOLD,
    "italic": _ITALIC,
    "underline": _UNDERLINE,
    "code": _DIM,
    "pre": _DIM,
}


def styled_text(message: ChatMessage, *, color: bool = False) -> str:
    """Return the text with entities shown plainly: links as "label (url)", styles as ANSI."""
    text = message.text or ""
    if not message.entities:
        return text
    inserts: list[tuple[int, int, str]] = []  # (utf16 position, order, string)
    for entity in message.entities:
        start, end = entity["offset"], entity["offset"] + entity["length"]
        if entity["type"] == "text_link":
            inserts.append((end, 0, f" ({entity['url']})"))
        elif color and entity["type"] in _STYLES:
            inserts.append((start, 1, _STYLES[entity["type"]]))
            inserts.append((end, 0, _RESET))
    if not inserts:
        return text
    pieces: list[str] = []
    position = 0
    for at, _, insert in sorted(inserts):
        pieces.append(utf16_slice(text, position, at - position))
        pieces.append(insert)
        position = at
    pieces.append(utf16_slice(text, position, utf16_len(text) - position))
    return "".join(pieces)


def render_buttons(message: ChatMessage) -> list[str]:
    """Return the inline keyboard as lines, buttons numbered [1], [2]… row by row."""
    lines: list[str] = []
    number = 1
    for row in (message.reply_markup or {}).get("inline_keyboard", []):
        cells = []
        for button in row:
            suffix = f" → {button['url']}" if "url" in button else ""
            cells.append(f"[{number}] {button['text']}{suffix}")
            number += 1
        lines.append("   ".join(cells))
    keyboard = message.reply_keyboard()
    if keyboard:
        lines.append("keyboard: " + " | ".join(f"«{label}»" for label in keyboard))
    return lines


def _body(message: ChatMessage, color: bool) -> str:
    """Return what a message shows: its text, or a short note for stickers, contacts, files."""
    extra = message.extra
    notes = {
        "contact": lambda: f"[contact {extra['contact']['phone_number']}]",
        "sticker": lambda: f"[sticker {extra['sticker'].get('emoji', '')}]",
        "photo": lambda: "[photo]",
        "document": lambda: f"[document {extra['document'].get('file_name', '')}]",
    }
    parts = [notes[message.kind]()] if message.kind in notes else []
    if message.text:
        parts.append(styled_text(message, color=color))
    return "\n".join(parts)


def render_message(message: ChatMessage, *, color: bool = False) -> str:
    """Return one message as terminal text: a header line, the text, then buttons."""
    who = "bot" if message.from_bot else message.sender.get("first_name", "user")
    flags = []
    if message.history:
        flags.append(f"edited ×{len(message.history)}")
    if message.deleted:
        flags.append("deleted")
    if message.reply_to_message_id is not None:
        flags.append(f"reply to #{message.reply_to_message_id}")
    header = f"#{message.message_id} {who}" + (f" ({', '.join(flags)})" if flags else "") + ":"
    if color:
        header = f"{_BOLD}{header}{_RESET}"
    lines = [header, *_indent(_body(message, color)), *_indent("\n".join(render_buttons(message)))]
    return "\n".join(line for line in lines if line is not None)


def _indent(text: str) -> list[str]:
    """Return the lines of `text` indented by two spaces (nothing for empty text)."""
    return [f"  {line}" for line in text.splitlines()] if text else []


def render_transcript(messages: Iterable[ChatMessage], *, color: bool = False) -> str:
    """Return a whole chat as terminal text, one blank line between messages."""
    return "\n\n".join(render_message(m, color=color) for m in messages)
