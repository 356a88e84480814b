"""What is wrong with a posting file: it names the file, the line when known, and the fix.

Messages are kept as locale keys with their values (:class:`Notice`), so ``python -m bot check``
prints them in English and ``/reload`` in the admin's language; ``str()`` is the English text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.locales import t


@dataclass(frozen=True)
class Notice:
    """A message about a posting: the key ``posting.<key>`` in ``bot/locales`` and its values.

    A value may itself be a :class:`Notice` (where in the file: «question 'x', field 'y'»); it is
    rendered in the same language.
    """

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, /, **values: Any) -> Notice:
        return cls(key, tuple(values.items()))

    def text(self, locale: str = "en") -> str:
        """The message in ``locale``."""
        values = {
            name: value.text(locale) if isinstance(value, Notice) else value
            for name, value in self.values
        }
        return t(locale, f"posting.{self.key}", **values)

    def __str__(self) -> str:
        return self.text("en")


class PostingError(Exception):
    """A posting file HR must fix; ``str()`` is the English message, ``text(locale)`` any other."""

    def __init__(self, path: Path | str, message: str | Notice, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.notice = message if isinstance(message, Notice) else None
        self.message = str(message)
        super().__init__(str(self))

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors travel back from the worker process that parsed the file.
        return (PostingError, (self.path, self.notice or self.message, self.line))

    @property
    def where(self) -> str:
        return self.path.name if self.line is None else f"{self.path.name}:{self.line}"

    def text(self, locale: str = "en") -> str:
        """``file:line: message`` in ``locale``."""
        message = self.notice.text(locale) if self.notice is not None else self.message
        return f"{self.where}: {message}"

    def __str__(self) -> str:
        return self.text("en")


class PostingValueError(ValueError):
    """Raised by the posting models' validators: a :class:`Notice` that pydantic passes on."""

    def __init__(self, key: str, /, **values: Any) -> None:
        self.notice = Notice.of(key, **values)
        super().__init__(str(self.notice))
