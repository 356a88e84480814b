"""What the emulator remembers: chats, messages with their edit history, requests, faults."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Literal

from emulator.markup import inline_buttons, reply_buttons

FaultKind = Literal["429", "5xx", "slow", "drop"]


@dataclass(frozen=True)
class Button:
    """One inline button of a bot message, as the user sees it."""

    text: str
    callback_data: str | None
    url: str | None
    raw: dict[str, Any]


@dataclass(frozen=True)
class MessageVersion:
    """One state of a message: what it looked like before or after an edit."""

    text: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    edit_date: int | None


@dataclass
class ChatMessage:
    """A message in a chat, sent by the bot or by a person, with its edit history."""

    chat_id: int
    message_id: int
    from_bot: bool
    sender: dict[str, Any]
    date: int
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    kind: str = "text"
    extra: dict[str, Any] = field(default_factory=dict)
    reply_to_message_id: int | None = None
    history: list[MessageVersion] = field(default_factory=list)
    edit_date: int | None = None
    deleted: bool = False
    file_data: bytes | None = None

    @property
    def caption(self) -> str | None:
        """Return the caption of a document or photo message."""
        return self.text if self.kind != "text" else None

    def version(self) -> MessageVersion:
        """Return the current state of the message."""
        return MessageVersion(
            self.text,
            copy.deepcopy(self.entities),
            copy.deepcopy(self.reply_markup),
            self.edit_date,
        )

    def buttons(self) -> list[Button]:
        """Return the inline buttons, row by row, left to right."""
        return [
            Button(b["text"], b.get("callback_data"), b.get("url"), b)
            for row in inline_buttons(self.reply_markup)
            for b in row
        ]

    def button(self, label: str) -> Button | None:
        """Return the inline button with this label, or None."""
        return next((b for b in self.buttons() if b.text == label), None)

    def reply_keyboard(self) -> list[str]:
        """Return the labels of the reply keyboard this message shows."""
        return [b["text"] for row in reply_buttons(self.reply_markup) for b in row]

    def entity_texts(self, kind: str) -> list[str]:
        """Return the pieces of text covered by entities of one type."""
        from emulator.text import utf16_slice

        return [
            utf16_slice(self.text or "", e["offset"], e["length"])
            for e in self.entities
            if e["type"] == kind
        ]

    def render(self) -> str:
        """Return the message as plain text with numbered buttons, e.g. "[1] Откликнуться"."""
        from emulator.terminal import render_message

        return render_message(self, color=False)

    def to_api(self, chat: dict[str, Any]) -> dict[str, Any]:
        """Return the Bot API Message object for this message."""
        body: dict[str, Any] = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": chat,
        }
        if self.sender:  # a channel post has no "from", only "sender_chat"
            body["from"] = self.sender
        body.update(copy.deepcopy(self.extra))
        key = "text" if self.kind == "text" else "caption"
        if self.text:
            body[key] = self.text
        if self.entities:
            body["entities" if key == "text" else "caption_entities"] = copy.deepcopy(
                self.entities
            )
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            body["reply_markup"] = copy.deepcopy(self.reply_markup)
        if self.edit_date is not None:
            body["edit_date"] = self.edit_date
        return body


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's answer to a button press."""

    query_id: str
    message_id: int | None
    text: str | None
    show_alert: bool
    url: str | None


@dataclass
class Chat:
    """A chat the emulator knows: a private chat with a user, a group or a channel."""

    id: int
    type: str
    title: str | None = None
    user: dict[str, Any] | None = None
    messages: list[ChatMessage] = field(default_factory=list)
    callback_answers: list[CallbackAnswer] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    reply_keyboard: dict[str, Any] | None = None
    next_message_id: int = 1
    blocked: bool = False
    bot_admin: bool = True
    """In a channel: whether the bot is an administrator allowed to post and edit."""

    def to_api(self) -> dict[str, Any]:
        """Return the Bot API Chat object."""
        body: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title is not None:
            body["title"] = self.title
        if self.user is not None:
            for key in ("first_name", "last_name", "username"):
                if self.user.get(key):
                    body[key] = self.user[key]
        return body

    def find(self, message_id: int) -> ChatMessage | None:
        """Return a message that has not been deleted, by id."""
        return next(
            (m for m in self.messages if m.message_id == message_id and not m.deleted), None
        )

    def take_message_id(self) -> int:
        """Return the next message id of this chat."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass(frozen=True)
class RequestRecord:
    """One Bot API request the emulator answered (or dropped)."""

    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any] | None
    at: float


@dataclass
class Fault:
    """A failure to inject into the next `times` calls of one method."""

    method: str
    kind: FaultKind
    times: int = 1
    retry_after: int = 1
    status: int = 502
    delay: float = 1.0
