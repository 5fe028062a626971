"""The one record every check returns: a thing to fix, at a file and (when known) a 1-based line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing to fix. `path` is shown as written ("docs/guide/x.en.md"); `line` is 1-based, 0 when unknown."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
