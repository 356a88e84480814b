"""InState: aiogram's StateFilter over states, groups and «no state», from a set made once."""

from __future__ import annotations

import datetime as dt

import pytest
from aiogram.filters import Command, StateFilter
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import Chat, Message

from bot.filters import InState
from bot.handlers.questionnaire import Screening
from tests.harness import Harness


class Other(StatesGroup):
    x = State()


MESSAGE = Message(
    message_id=1, date=dt.datetime.now(dt.UTC), chat=Chat(id=1, type="private"), text="x"
)
RAW_STATES = [None, "Screening:consent", "Screening:answering", "Screening:review", "Other:x"]
CASES = [
    (Screening,),
    (Screening.answering,),
    (Screening.consent, Screening.review),
    (None,),
    (None, Other),
    (Other.x, Screening.answering),
]


@pytest.mark.parametrize("states", CASES)
async def test_in_state_says_what_state_filter_says(states: tuple[object, ...]) -> None:
    for raw_state in RAW_STATES:
        expected = await StateFilter(*states)(MESSAGE, raw_state=raw_state)  # type: ignore[arg-type]
        assert await InState(*states)(MESSAGE, raw_state=raw_state) is expected, raw_state  # type: ignore[arg-type]


async def test_a_typed_answer_is_never_parsed_as_a_command(
    samples: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers pass ``pause`` (/cancel) by one comparison, not by aiogram's Command parse."""
    chat = samples.chat(user_id=3101)
    await chat.send("/start python-backend-developer")
    await chat.press("Откликнуться")
    await chat.press("Согласен")
    parsed: list[str] = []
    parse = Command.parse_command

    async def counted(self: Command, text: str, bot: object) -> object:
        parsed.append(text)
        return await parse(self, text, bot)  # type: ignore[arg-type]

    monkeypatch.setattr(Command, "parse_command", counted)
    await chat.send("Анна")
    assert parsed == []
    assert chat.last_message().text.startswith("Вопрос 2 из")
    await chat.send("/cancel")  # still a command there
    assert parsed and chat.last_message().text.startswith("Остановились.")
