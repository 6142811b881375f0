"""The one family of exceptions govdoc_nlp raises on bad input. Each also subclasses the built-in a
Python user would catch: ``ValueError`` for input that cannot be used, ``FileNotFoundError`` for a
missing file, ``ImportError`` for a missing optional package."""

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


class UnreadableInputError(GovdocError, ValueError):
    """The file cannot be read: empty, truncated, corrupt, encrypted, or not decodable."""

    code = "unreadable"


class InputNotFoundError(UnreadableInputError, FileNotFoundError):
    """No such file or folder (or a glob that matches nothing)."""

    code = "not_found"


class UnsupportedFormatError(GovdocError, ValueError):
    """The file is of a kind govdoc_nlp does not read (or needs a tool that is missing)."""

    code = "unsupported_format"


class InputTooLargeError(GovdocError, ValueError):
    """The input exceeds a configured size limit (bytes, pages or pixels)."""

    code = "too_large"


class MissingDependencyError(UnsupportedFormatError, ImportError):
    """Reading this format needs an optional package or program that is not installed.
    ``extra`` names the install extra that provides it (``pip install 'govdoc_nlp[ocr]'``)."""

    code = "missing_dependency"

    def __init__(self, message: str, *, path: str | None = None, extra: str | None = None) -> None:
        super().__init__(message, path=path)
        self.extra = extra
