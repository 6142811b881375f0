"""The one family of exceptions govdoc_nlp raises on bad input."""

from __future__ import annotations


class GovdocError(Exception):
    """Base class: any input govdoc_nlp cannot turn into a Reply.

    ``code`` is a short stable identifier (used in bulk error files); ``path`` the input, if known.
    """

    code = "error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        base = super().__str__()
        return f"{self.path}: {base}" if self.path else base


class UnreadableInputError(GovdocError):
    """The file cannot be read: empty, truncated, corrupt, encrypted, or not decodable."""

    code = "unreadable"


class UnsupportedFormatError(GovdocError):
    """The file is of a kind govdoc_nlp does not read (or needs a tool that is missing)."""

    code = "unsupported_format"


class InputTooLargeError(GovdocError):
    """The input exceeds a configured size limit (bytes, pages or pixels)."""

    code = "too_large"


class MissingDependencyError(UnsupportedFormatError):
    """Reading this format needs an optional package or program that is not installed."""

    code = "missing_dependency"
