"""Every string the bot says, in Russian and English, kept in YAML files beside this module.

Each locale is a folder (``ru/``, ``en/``) of YAML files, one per area of the bot (``common.yaml``,
``browse.yaml``, ``screening.yaml``…); their keys are merged, so areas never edit each other's
file.
Keys are dotted paths. Values are ``str.format`` templates; a value shown to people must never be
assembled from HTML: the caller styles it with entities.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

LOCALES = ("ru", "en")
RU_FAMILY = frozenset({"ru", "uk", "be", "kk"})


def pick_locale(language_code: str | None, default: str = "ru") -> str:
    """The bot's language for a ``language_code``: Russian for ru/uk/be/kk, else English."""
    if not language_code:
        return default if default in LOCALES else "ru"
    base = language_code.split("-")[0].lower()
    return "ru" if base in RU_FAMILY else "en"


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, out)
    else:
        out[prefix] = value


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML has it (four times faster: this runs at start-up)."""


@cache
def catalog(locale: str) -> dict[str, Any]:
    """All keys of one locale, flattened to dotted paths."""
    merged: dict[str, Any] = {}
    folder = resources.files("bot.locales").joinpath(locale)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            data = yaml.load(entry.read_text("utf-8"), Loader=_LOADER) or {}
            flat: dict[str, Any] = {}
            _flatten("", data, flat)
            duplicated = merged.keys() & flat.keys()
            if duplicated:
                raise ValueError(f"{locale}/{entry.name} repeats keys: {sorted(duplicated)}")
            merged.update(flat)
    return merged


def t(locale: str, key: str, /, **values: Any) -> str:
    """The text for ``key`` in ``locale`` (falling back to Russian), filled with ``values``."""
    table = catalog(locale if locale in LOCALES else "ru")
    template = table.get(key)
    if template is None:
        template = catalog("ru").get(key)
    if template is None:
        raise KeyError(f"no text for {key!r} in locale {locale!r}")
    if not isinstance(template, str):
        raise TypeError(f"{key!r} in {locale!r} is not a text")
    return template.format(**values) if values else template
