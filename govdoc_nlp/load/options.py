"""Settings that loaders share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LoadOptions:
    """How to read a file.

    ocr: 'auto' (pages without a usable text layer), 'force' (every page) or 'off'.
    """

    ocr: str = "auto"
    ocr_engine: str = "rapidocr"
    ocr_dpi: int = 200
    max_bytes: int = 600 * 1024 * 1024
    max_pages: int = 2000
    max_pixels: int = 120_000_000
    max_inflated_member: int = 128 * 1024 * 1024
    """Largest size one member of a DOCX/OFD container may inflate to."""
    max_inflated_total: int = 512 * 1024 * 1024
    """Largest size all members of a DOCX/OFD container may inflate to together."""
    ocr_min_confidence: float = 0.80
