"""Every text the code asks for exists in both languages, and the two languages match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.locales import catalog

ROOT = Path(__file__).resolve().parents[1]
KEY_RE = re.compile(r"""\bt\(\s*[\w.]+\s*,\s*["']([a-z_]+(?:\.[a-z_0-9]+)+)["']""")


def used_keys() -> set[str]:
    keys: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        keys.update(KEY_RE.findall(path.read_text("utf-8")))
    return keys


def test_the_scan_finds_the_keys_the_code_uses() -> None:
    keys = used_keys()
    assert {"browse.greeting", "browse.gone_button", "questions.sent"} <= keys


@pytest.mark.parametrize("locale", ["ru", "en"])
def test_every_key_used_in_code_exists(locale: str) -> None:
    missing = sorted(used_keys() - catalog(locale).keys())
    assert missing == []


def test_russian_and_english_have_the_same_keys() -> None:
    ru, en = set(catalog("ru")), set(catalog("en"))
    assert sorted(ru - en) == [] and sorted(en - ru) == []
