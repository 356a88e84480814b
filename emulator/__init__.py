"""A local, strict emulator of the Telegram Bot API with a test client.

The bot under test never imports this package; it talks to the emulator over HTTP.
"""

from emulator.client import DEFAULT_TOKEN, Channel, Emulator, Group, Participant, User
from emulator.errors import ApiError
from emulator.limits import RateLimits, Rule
from emulator.models import Button, CallbackAnswer, ChatMessage, MessageVersion, RequestRecord

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "Button",
    "CallbackAnswer",
    "Channel",
    "ChatMessage",
    "Emulator",
    "Group",
    "MessageVersion",
    "Participant",
    "RateLimits",
    "RequestRecord",
    "Rule",
    "User",
]
