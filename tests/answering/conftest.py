"""Shared fixtures: one Answerer per session (dictionaries load once) and the shared postings."""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.postings import Posting, load_folder
from tests.answering.scoring import SHARED_POSTINGS


@pytest.fixture(scope="session")
def answerer() -> Answerer:
    return Answerer()


@pytest.fixture(scope="session")
def postings() -> dict[str, Posting]:
    result = load_folder(SHARED_POSTINGS)
    assert not result.errors, result.errors
    return result.by_slug
