"""Reply markup checks: inline keyboards, reply keyboards, keyboard removal and force reply."""

from __future__ import annotations

from typing import Any

from emulator.errors import bad_request

MAX_CALLBACK_DATA_BYTES = 64
MAX_BUTTONS = 100
MAX_ROW = 8
INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
REPLY_REQUESTS = (
    "request_contact",
    "request_location",
    "request_poll",
    "request_users",
    "request_chat",
    "web_app",
)
_URL_SCHEMES = ("http://", "https://", "tg://")

Markup = dict[str, Any]


def check_markup(markup: Any, *, inline_only: bool = False) -> Markup | None:
    """Validate a reply_markup value and return it, or raise the 400 Telegram would send."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _check_inline(markup["inline_keyboard"])
        return markup
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in markup:
        _check_reply(markup["keyboard"])
        return markup
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def _rows(rows: Any, name: str) -> list[list[Any]]:
    """Check that a keyboard is an array of arrays and not too big."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'field "{name}" must be an Array of Array')
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("too many buttons in the keyboard")
    if any(len(row) > MAX_ROW for row in rows):
        raise bad_request(f"too many buttons in a row (at most {MAX_ROW})")
    return rows


def _check_inline(rows: Any) -> None:
    """Check every inline button: non-empty text and exactly one action."""
    for row in _rows(rows, "inline_keyboard"):
        for button in row:
            if not isinstance(button, dict):
                raise bad_request("can't parse inline keyboard button: object expected")
            _check_button_text(button.get("text"))
            actions = [key for key in INLINE_ACTIONS if key in button]
            if len(actions) != 1:
                raise bad_request(
                    "can't parse inline keyboard button: exactly one of "
                    f"{', '.join(INLINE_ACTIONS)} must be set, found {actions or 'none'}"
                )
            _check_action(actions[0], button[actions[0]])


def _check_button_text(text: Any) -> None:
    """Refuse a button without a visible label."""
    if not isinstance(text, str) or not text.strip():
        raise bad_request("button text is empty: text buttons must have a non-empty label")


def _check_action(action: str, value: Any) -> None:
    """Check callback_data size and url shape."""
    if action == "callback_data":
        size = len(value.encode("utf-8")) if isinstance(value, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request(f"BUTTON_DATA_INVALID (callback_data is {size} bytes, must be 1-64)")
    if action == "url" and not (isinstance(value, str) and value.startswith(_URL_SCHEMES)):
        raise bad_request(f"BUTTON_URL_INVALID ({value!r})")


def _check_reply(rows: Any) -> None:
    """Check every reply-keyboard button: non-empty text and at most one request."""
    for row in _rows(rows, "keyboard"):
        for button in row:
            if isinstance(button, str):
                _check_button_text(button)
                continue
            if not isinstance(button, dict):
                raise bad_request("can't parse keyboard button: object or string expected")
            _check_button_text(button.get("text"))
            requests = [key for key in REPLY_REQUESTS if button.get(key)]
            if len(requests) > 1:
                raise bad_request(f"keyboard button may request one thing, found {requests}")


def inline_buttons(markup: Markup | None) -> list[list[dict[str, Any]]]:
    """Return the rows of an inline keyboard, or no rows."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return markup["inline_keyboard"]


def reply_buttons(markup: Markup | None) -> list[list[dict[str, Any]]]:
    """Return the rows of a reply keyboard with string buttons turned into objects."""
    if not markup or "keyboard" not in markup:
        return []
    return [[{"text": b} if isinstance(b, str) else b for b in row] for row in markup["keyboard"]]
