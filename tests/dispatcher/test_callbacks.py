"""Forged and stale button presses: every field is range-checked, every press is answered."""

from __future__ import annotations

import pytest
from aiogram.filters.callback_data import CallbackData

import bot.keyboards as keyboards
from bot.storage import QuestionRepo
from tests.conftest import SEED
from tests.harness import Harness, callback_answers

GONE = "Эта кнопка устарела — откройте /vacancies."

# One genuine press of every kind of button the bot draws.
GENUINE: dict[type[CallbackData], str] = {
    keyboards.PostingCB: "p:open:tech-support-specialist",
    keyboards.PageCB: "s:tech-support-specialist:1",
    keyboards.ListCB: "l:0",
    keyboards.AboutCB: "q:tech-support-specialist",
    keyboards.HandoverCB: "h:send:1",
    keyboards.ConsentCB: "sc:yes:tech-support-specialist",
    keyboards.ReapplyCB: "sr:keep:tech-support-specialist",
    keyboards.AnswerCB: "sa:name:c:0",
    keyboards.ReviewCB: "sv:edit:name",
    keyboards.PrivacyCB: "pd:keep",
    keyboards.HrCB: "hr:d:1:i:n:0",
    keyboards.DeskListCB: "hl:courier:n:0",
    keyboards.WithdrawCB: "wd:a:1",
    keyboards.AnnounceCB: "an:pub:tech-support-specialist:0",
    keyboards.SubscribeCB: "su:on",
    keyboards.BroadcastCB: "bc:x:1",
}


def callback_classes() -> list[type[CallbackData]]:
    return [
        kind
        for kind in vars(keyboards).values()
        if isinstance(kind, type) and issubclass(kind, CallbackData) and kind is not CallbackData
    ]


def test_every_button_kind_is_covered_here() -> None:
    assert set(callback_classes()) == set(GENUINE)
    for kind, data in GENUINE.items():
        assert kind.unpack(data).pack() == data


def forged_variants() -> list[tuple[type[CallbackData], str, str]]:
    """Each field of each button, replaced in turn by values no genuine button carries."""
    variants = []
    for kind, data in GENUINE.items():
        prefix, *values = data.split(":")
        for position, (name, field) in enumerate(kind.model_fields.items()):
            hostile = (
                ["9223372036854775808", "-1", "99999999999999999999"]
                if field.annotation is int
                else ["../..", "x" * 49, "<b>"]
            )
            for value in hostile:
                forged = values.copy()
                forged[position] = value
                variants.append((kind, name, ":".join([prefix, *forged])))
    return variants


@pytest.mark.parametrize(("kind", "field", "data"), forged_variants())
def test_every_field_refuses_values_out_of_range(
    kind: type[CallbackData], field: str, data: str
) -> None:
    with pytest.raises(ValueError):
        kind.unpack(data)


FORGED = [
    "h:send:9223372036854775808",  # the press that raised OverflowError in SQLite
    "h:skip:-5",
    "h:burn:1",
    "s:tech-support-specialist:99999999999999999999",
    "s:tech-support-specialist:-1",
    "l:9223372036854775808",
    "p:delete:tech-support-specialist",
    "p:open:../../etc/passwd",
    "q:<b>x</b>",
    "sc:maybe:tech-support-specialist",
    "sr:drop:tech-support-specialist",
    "sa:name:c:9223372036854775808",
    "sa:name:x:0",
    "sv:drop:",
    "sv:edit:../x",
    "pd:nuke",
    "hr:d:0:i:n:0",
    "hr:d:1:z:n:0",
    "hl:../x:n:0",
    "wd:y:-1",
    "an:pub:tech-support-specialist:100",
    "an:nuke:tech-support-specialist:0",
    "an:pub:tech-support-specialist:0",  # genuine, but not pressed by an admin
    "bc:x:0",
    "bc:x:9223372036854775808",
    "bc:x:1",  # genuine, but not pressed by an admin
    "su:maybe",
    "h:send",  # a field missing
    "zz:1",  # no such button at all
]


@pytest.mark.parametrize("data", FORGED)
async def test_a_forged_press_is_answered_and_changes_nothing(seed: Harness, data: str) -> None:
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    calls = await chat.press_data(data)  # the harness fails the test on any logged error
    assert [call.method for call in calls] == ["AnswerCallbackQuery"]
    assert calls[0].params["text"] == GONE


async def test_a_press_whose_handler_fails_is_still_answered(
    seed: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(self: QuestionRepo, question_id: int) -> None:
        raise RuntimeError("database is locked")

    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.send("Можно с собакой?")
    monkeypatch.setattr(QuestionRepo, "get", broken)
    seed.expect_errors = True
    calls = await chat.press("Передать")
    answers = callback_answers(calls)
    assert len(answers) == 1  # the spinner stops, with an apology
    assert answers[0].params["text"].startswith("Что-то пошло не так")


@pytest.mark.parametrize("data", list(GENUINE.values()))
async def test_a_stale_press_of_every_kind_is_answered_once(seed: Harness, data: str) -> None:
    # A button from an old chat: no draft, no review, no question #1 of this person.
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.send("/help")  # the press comes from under this message
    calls = await chat.press_data(data)
    assert len(callback_answers(calls)) == 1
