"""The one list of file extensions taken for documents when a folder or archive is walked
(`govdoc convert`, `govdoc research`, `govdoc view --serve`). A file named on the command line is
always read, whatever its name; the format itself is always sniffed from the content."""

from __future__ import annotations

import os

TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown")
WEB_EXTENSIONS = (".html", ".htm", ".shtml", ".shtm", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
OFFICE_EXTENSIONS = (".pdf", ".docx", ".doc", ".wps", ".ofd")
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif")
ARCHIVE_EXTENSIONS = (".zip",)

DOCUMENT_EXTENSIONS: frozenset[str] = frozenset(TEXT_EXTENSIONS + WEB_EXTENSIONS + OFFICE_EXTENSIONS + IMAGE_EXTENSIONS + ARCHIVE_EXTENSIONS)
"""Every extension a walk picks up (lower case, with the dot)."""


def extension(name: str) -> str:
    """The lower-case extension of a file or archive member name ('' when it has none)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return os.path.splitext(base)[1].lower() if "." in base.lstrip(".") else ""


def is_document_name(name: str) -> bool:
    """True when a walk should read this file: a document extension, or none at all (crawlers
    often save pages without one; the content decides)."""
    ext = extension(name)
    return ext == "" or ext in DOCUMENT_EXTENSIONS
