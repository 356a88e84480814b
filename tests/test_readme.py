"""The README tells a newcomer commands that work from a fresh clone."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def test_check_is_shown_with_the_venv_python_or_make() -> None:
    # A bare `python -m bot check` fails on a fresh machine: the packages live in .venv.
    prose = [line for line in README.splitlines() if not line.startswith("|")]
    bare = [line for line in prose if re.search(r"(?<!/)\bpython -m bot check", line)]
    assert bare == []
    assert ".venv/bin/python -m bot check" in README
    assert "make check" in README


def test_the_demo_options_are_documented() -> None:
    assert "--lang en" in README
    assert "/as hr" in README
