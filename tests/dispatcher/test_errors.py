"""A failing handler never leaves the person in silence, and logs no personal data."""

from __future__ import annotations

import logging

import pytest

from tests.conftest import SEED
from tests.harness import Harness


async def test_a_crash_is_apologised_for_and_logged_without_the_text(
    seed: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(posting: object, question: str, locale: str | None = None) -> None:
        raise RuntimeError(f"cannot answer {question!r}")

    monkeypatch.setattr(seed.dp["answerer"], "answer", explode)
    seed.expect_errors = True
    chat = seed.chat()
    await chat.send(f"/start {SEED}")
    await chat.send("Мой телефон +79991234567, какой график?")
    assert chat.last_message().text.startswith("Что-то пошло не так")
    logged = "\n".join(logging.Formatter().format(record) for record in seed.logged_errors)
    assert "RuntimeError" in logged
    assert "+79991234567" not in logged and "график" not in logged
