"""Tell a file's format from its bytes (magic numbers), never from its extension."""

from __future__ import annotations

import io
import zipfile

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"BM", "image"),
    (b"GIF8", "image"),
)
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>", b"<p ", b"<table", b"<tbody", b"<span", b"<br")


def sniff(data: bytes) -> str:
    """Return 'pdf', 'docx', 'ofd', 'zip', 'doc', 'image', 'html', 'markdown', 'empty' or 'txt'."""
    if not data:
        return "empty"
    head = data[:8]
    if data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    for magic, kind in _IMAGE_MAGIC:
        if head.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image"
    if _is_html_document(data):
        return "html"
    if _looks_like_markdown(data):
        return "markdown"  # converters leave <span>, <br> and comments in Markdown: markup decides first
    if _looks_like_html(data):
        return "html"
    return "txt"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = {n.lower() for n in zf.namelist()}
    except (zipfile.BadZipFile, ValueError, OSError):
        return _damaged_zip_kind(data)
    if "word/document.xml" in names:
        return "docx"
    if "ofd.xml" in names:
        return "ofd"
    return "zip"


def zip_readable(data: bytes) -> bool:
    """True when the bytes open as a ZIP archive (its central directory can be read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)):
            return True
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def _damaged_zip_kind(data: bytes) -> str:
    """What a ZIP whose directory cannot be read was, from the member names in its local headers
    (a truncated .docx still names word/ or [Content_Types].xml near its start)."""
    if b"word/" in data or b"[Content_Types].xml" in data[:4096]:
        return "docx"
    if b"OFD.xml" in data or b"Doc_0/" in data:
        return "ofd"
    return "zip"


def _is_html_document(data: bytes) -> bool:
    """A page that declares itself: a doctype or an <html> element at its start."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<?xml") and b"<html" in data[:4096].lower())


def _looks_like_html(data: bytes) -> bool:
    sample = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if sample.startswith(bom):
            sample = sample[len(bom):]
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            sample = sample.decode("utf-16").encode("ascii", "ignore")
        except UnicodeDecodeError:
            return False
    low = sample.lower()
    stripped = low.lstrip()
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in low:
        return True
    hits = sum(low.count(m) for m in _HTML_MARKERS)
    return hits >= 3 and low.count(b"<") > 5


def _looks_like_markdown(data: bytes) -> bool:
    """Markdown's markers are ASCII, so they are read the same in any ASCII-compatible encoding."""
    from govdoc_nlp.load.markdown import looks_like_markdown

    sample = data[:20000]
    if sample.startswith(b"\xef\xbb\xbf"):
        sample = sample[3:]
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False
    return looks_like_markdown(sample.decode("latin-1"))
