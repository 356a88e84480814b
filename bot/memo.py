"""What is drawn from a posting (its card, pages, keyboards) is drawn once per posting object.

A ``Posting`` is immutable, and a reload that changes a file builds a new ``Posting`` for it, so
the object's identity is its version: values cached under it can never go stale, whatever way the
catalog reloads. The cache holds the posting weakly; when the catalog lets go of a replaced
posting, its entries go with it, so reloads do not make it grow.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Hashable
from typing import Any, Concatenate, ParamSpec, TypeVar

from bot.postings import Posting

P = ParamSpec("P")
T = TypeVar("T")


class PostingMemo:
    """Values keyed by (posting object, key); an entry lives as long as its posting."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref[Posting], dict[Hashable, Any]]] = {}

    def values(self, posting: Posting) -> dict[Hashable, Any]:
        """The cache of this very object (a new, empty one for an object not seen before)."""
        ident = id(posting)
        entry = self._entries.get(ident)
        if entry is None or entry[0]() is not posting:
            entry = (weakref.ref(posting, self._forget(ident)), {})
            self._entries[ident] = entry
        return entry[1]

    def _forget(self, ident: int) -> Callable[[weakref.ref[Posting]], None]:
        def forget(ref: weakref.ref[Posting]) -> None:
            entry = self._entries.get(ident)
            if entry is not None and entry[0] is ref:  # not a newer object at the same address
                del self._entries[ident]

        return forget

    def __len__(self) -> int:
        return len(self._entries)


MEMO = PostingMemo()


def per_posting(
    function: Callable[Concatenate[Posting, P], T],
) -> Callable[Concatenate[Posting, P], T]:
    """Cache ``function(posting, ...)`` per posting object and (hashable) arguments.

    For pure functions of an immutable posting whose result is immutable or never changed by
    its callers (aiogram's markups are frozen; ``Rendered`` is a frozen dataclass).
    """

    @functools.wraps(function)
    def cached(posting: Posting, /, *args: P.args, **kwargs: P.kwargs) -> T:
        values = MEMO.values(posting)
        key = (function, args, *kwargs.items())
        try:
            return values[key]  # type: ignore[no-any-return]
        except KeyError:
            value = values[key] = function(posting, *args, **kwargs)
            return value

    return cached
