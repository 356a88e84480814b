"""The one error a posting file can raise: it names the file, the line when known, and the fix."""

from __future__ import annotations

from pathlib import Path


class PostingError(Exception):
    """A posting file HR must fix; ``str()`` is the message shown to HR."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path.name if self.line is None else f"{self.path.name}:{self.line}"
        return f"{where}: {self.message}"
