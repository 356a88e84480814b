"""SQL written once for SQLite, run on PostgreSQL too.

Repositories keep their SQL as named constants with ``?`` (or numbered ``?1``) parameters, in
SQLite's dialect. On PostgreSQL, ``to_postgres`` turns a statement into PostgreSQL's: ``$n``
parameters, and a few functions both databases have under different names (JSON arrays, string
aggregation). Where the dialects truly differ (SQLite's ``sqlite_sequence``, a bare column beside
``MIN()``), the constant is an ``Sql``: SQLite's text with a PostgreSQL variant beside it. An
``Sql`` *is* its SQLite text (a ``str``), so the SQLite backend passes it to sqlite3 untouched and
pays nothing for this layer.

PostgreSQL must know every parameter's type where it first meets it: ``?N IS NULL`` (an optional
filter) takes it as text, and a numbered parameter a statement does not use is not passed.

Schema migrations go through ``postgres_ddl``: SQLite's ``INTEGER`` is 64-bit, PostgreSQL's is
not (Telegram's chat ids need 64), and a rowid primary key becomes an identity column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any


class Sql(str):
    """A statement in SQLite's dialect (the string itself) with its PostgreSQL variant.

    String operations on it (``+``, ``format``) give plain SQLite text; build statements from
    parts with ``fill`` and ``repeat``, which keep both dialects.
    """

    postgres: str

    def __new__(cls, sqlite: str, *, postgres: str) -> Sql:
        text = super().__new__(cls, sqlite)
        text.postgres = postgres
        return text


def repeat(part: str, count: int, separator: str = ", ") -> str:
    """``part`` ``count`` times, in both dialects when ``part`` is an ``Sql``."""
    sqlite = separator.join([str.__str__(part)] * count)
    variant = getattr(part, "postgres", None)
    return sqlite if variant is None else Sql(sqlite, postgres=separator.join([variant] * count))


def fill(template: str, **parts: str) -> str:
    """``template.format(**parts)``, in both dialects when the template or a part is an ``Sql``."""
    sqlite = str.__str__(template).format(**{k: str.__str__(v) for k, v in parts.items()})
    variants = {k: getattr(v, "postgres", v) for k, v in parts.items()}
    if not isinstance(template, Sql) and all(variants[k] is v for k, v in parts.items()):
        return sqlite
    return Sql(sqlite, postgres=getattr(template, "postgres", template).format(**variants))


# Function spellings that differ, rewritten in PostgreSQL's text. Each is exercised by the
# repository tests, which run on both databases.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # A JSON array parameter as rows named ``value``.
    (
        re.compile(r"SELECT value FROM json_each\((\?\d*)\)"),
        r"SELECT value FROM json_array_elements_text(CAST(\1 AS json)) AS value",
    ),
    # PostgreSQL types a parameter where it first meets it, and ``?N IS NULL`` says nothing:
    # an optional filter's parameter is text (write ``CAST(?N AS BIGINT) IS NULL`` for a number).
    (re.compile(r"(\?\d+) IS NULL"), r"CAST(\1 AS text) IS NULL"),
    # Comma-separated values of a group.
    (re.compile(r"GROUP_CONCAT\(([^()]+)\)"), r"string_agg(CAST(\1 AS text), ',')"),
    # A one-element JSON array as text.
    (re.compile(r"json_array\(([^()]+)\)"), r"CAST(json_build_array(\1) AS text)"),
)

_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\?(\d*)")


def _numbered(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``?`` → ``$1``, ``$2`` … in order; ``?N`` → ``$N``; string literals are left alone.

    SQLite lets numbered parameters go unused (a count and a page can share one parameter
    tuple); PostgreSQL must know every parameter's type. So numbered parameters are renumbered
    to those used, and the second value says which of the given parameters to pass (1-based),
    or None for all of them.
    """
    counter = 0
    used: set[int] = set()

    def collect(match: re.Match[str]) -> str:
        if match.group(1):
            used.add(int(match.group(1)))
        return match.group(0)

    _PLACEHOLDER.sub(collect, text)
    picks = tuple(sorted(used))
    dense = {number: index for index, number in enumerate(picks, start=1)}

    def replace(match: re.Match[str]) -> str:
        nonlocal counter
        if match.group(0).startswith("'"):
            return match.group(0)
        if match.group(1):
            return f"${dense[int(match.group(1))]}"
        counter += 1
        return f"${counter}"

    numbered = _PLACEHOLDER.sub(replace, text)
    return numbered, (picks if used and picks != tuple(range(1, len(picks) + 1)) else None)


@lru_cache(maxsize=1024)
def _translate(text: str, variant: str | None) -> tuple[str, tuple[int, ...] | None]:
    if variant is not None:
        text = variant
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return _numbered(text)


def to_postgres(sql: str) -> str:
    """The statement in PostgreSQL's dialect (cached: the same constants come back often)."""
    return _translate(str.__str__(sql), getattr(sql, "postgres", None))[0]


def prepare(sql: str, params: Sequence[Any]) -> tuple[str, Sequence[Any]]:
    """The statement in PostgreSQL's dialect and the parameters it uses, in its order."""
    # Keyed on the plain text and the variant: an Sql compares equal to its SQLite text.
    text, picks = _translate(str.__str__(sql), getattr(sql, "postgres", None))
    if picks is None:
        return text, params
    return text, [params[number - 1] for number in picks]


_ROWID_KEY = re.compile(r"\bINTEGER PRIMARY KEY(?: AUTOINCREMENT)?")
_INTEGER = re.compile(r"\bINTEGER\b")


def postgres_ddl(statement: str) -> str:
    """A migration statement for PostgreSQL: its variant if it has one, else SQLite's text
    with 64-bit integers, identity keys and no ``WITHOUT ROWID``."""
    variant = getattr(statement, "postgres", None)
    if variant is not None:
        return str(variant)
    text = _ROWID_KEY.sub("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", statement)
    text = _INTEGER.sub("BIGINT", text)
    return text.replace("WITHOUT ROWID", "")
