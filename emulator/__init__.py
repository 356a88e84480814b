"""A local, strict emulator of the Telegram Bot API with a test client.

The bot under test never imports this package; it talks to the emulator over HTTP.
"""

from emulator.client import DEFAULT_TOKEN, Emulator, Group, Participant, User
from emulator.errors import ApiError
from emulator.models import Button, CallbackAnswer, ChatMessage, MessageVersion, RequestRecord

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "Button",
    "CallbackAnswer",
    "ChatMessage",
    "Emulator",
    "Group",
    "MessageVersion",
    "Participant",
    "RequestRecord",
    "User",
]
