"""Errors the user may see. Each carries a plain, translated message and never a traceback."""

from __future__ import annotations

from dataclasses import dataclass, field


class MitakeError(Exception):
    """Base class for every error that should reach the user as one plain sentence."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass
class FieldProblem:
    """One invalid value: which field, and what is wrong with it (already translated)."""

    field: str
    label: str
    message: str


class ValidationError(MitakeError):
    """One or more fields are invalid. ``problems`` lets the GUI put each message next to its field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems))

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]


class NotFoundError(MitakeError):
    pass


class UnknownTypeError(MitakeError):
    pass


class UnknownFieldError(MitakeError):
    pass


class DatabaseOpenError(MitakeError):
    """The database file cannot be used: damaged, not ours, newer than the app, unwritable, remote."""


class ReadOnlyError(MitakeError):
    """A change was asked of a database opened read-only (its file or folder cannot be written)."""


@dataclass
class Summary:
    """Counts of what an operation did, for messages and tests."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n
