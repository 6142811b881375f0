"""Gold files written by the review page: where a document's ``<doc>.gold.json`` goes (computed
on the server from the index, never from the request), what a reviewer may send (checked field by
field against the output contract), and the atomic write (temporary file + ``os.replace``).

A folder's gold file sits next to its document, whose file name is its ``input``; an archive's go
to one gold folder, with ``input`` pointing at the original file when it can be found. Either way
``govdoc eval`` and ``govdoc convert --corrections`` read them as they are."""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import tempfile
from collections import Counter
from typing import Any

from govdoc_nlp.evaluate import FIELDS, LISTS, SCALARS

MAX_BODY = 1 << 20
"""Largest request body the save endpoint reads (bytes)."""
MAX_TEXT = 5000
MAX_ITEMS = 300
DOC_TYPES = ("proposal_reply", "suggestion_reply", "other")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNSAFE = re.compile(r"[^\w.()（）\-]+")


class GoldError(Exception):
    """A save that cannot be done; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise GoldError(400, f"{where}: expected a string")
    value = value.strip()
    if len(value) > limit:
        raise GoldError(400, f"{where}: longer than {limit} characters")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise GoldError(400, f"{where}: expected a list")
    if len(value) > MAX_ITEMS:
        raise GoldError(400, f"{where}: more than {MAX_ITEMS} items")
    return value


def clean_fields(raw: Any) -> dict[str, Any]:
    """The reviewed fields of a request, in contract order and shape; raises :class:`GoldError`
    (400) on an unknown field or a value of the wrong type."""
    if not isinstance(raw, dict):
        raise GoldError(400, "fields: expected an object")
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise GoldError(400, f"unknown field(s): {', '.join(unknown)[:200]}")
    out: dict[str, Any] = {}
    for name in FIELDS:
        if name not in raw:
            continue
        value = raw[name]
        if name in SCALARS:
            text = None if value is None else _text(value, name) or None
            if name == "doc_type" and text not in DOC_TYPES:
                raise GoldError(400, f"doc_type: one of {', '.join(DOC_TYPES)}")
            if name == "date" and text is not None and not _DATE.fullmatch(text):
                raise GoldError(400, "date: YYYY-MM-DD")
            out[name] = text
        elif name in LISTS:
            items = [_text(v, name, 500) for v in _list(value, name)]
            out[name] = [v for v in items if v]
        elif name == "sections":
            out[name] = [_section(s, i) for i, s in enumerate(_list(value, name))]
        else:
            items = [_text(v.get("text") if isinstance(v, dict) else v, f"commitments[{i}]") for i, v in enumerate(_list(value, name))]
            out[name] = [v for v in items if v]
    return out


def _section(value: Any, i: int) -> dict[str, Any]:
    where = f"sections[{i}]"
    if not isinstance(value, dict):
        raise GoldError(400, f"{where}: expected an object")
    level = value.get("level")
    if isinstance(level, str) and level.isdigit():
        level = int(level)
    if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 4:
        raise GoldError(400, f"{where}.level: 1 to 4")
    return {"level": level, "number": _text(value.get("number", ""), f"{where}.number", 12),
            "heading": _text(value.get("heading", ""), f"{where}.heading", 500)}


def safe_name(name: str) -> str:
    """``name`` as one harmless file-name component (no separators, no leading dot)."""
    return _UNSAFE.sub("_", name).strip("._ ")[:120] or "doc"


def _stem(name: str) -> str:
    return name.split(".")[0] or name


def _inside(path: str, root: str) -> bool:
    path, root = os.path.realpath(path), os.path.realpath(root)
    return os.path.commonpath([path, root]) == root


class GoldStore:
    """Where the gold files of one served collection go. ``root`` is the served folder (folder
    mode) or the gold folder (archive mode); nothing is ever written outside it."""

    def __init__(self, root: str, *, mode: str, archive: str | None = None) -> None:
        self.root = os.path.abspath(root)
        self.mode = mode
        self.archive = archive

    def _group(self, key: str, path: str | None) -> tuple[str, str]:
        """Documents of one group would get the same gold file name from their stems."""
        if self.mode == "folder":
            full = os.path.abspath(path or key)
            return os.path.dirname(full), _stem(os.path.basename(full))
        return "", _stem(os.path.basename(key.replace("\\", "/")))

    def stems(self, keys: list[tuple[int, str, str | None]]) -> Counter[tuple[str, str]]:
        """How many indexed documents share each gold name group (see :meth:`target`)."""
        return Counter(self._group(k, p) for _i, k, p in keys)

    def target(self, doc: dict[str, Any], stems: Counter[tuple[str, str]]) -> tuple[str, str, str]:
        """(gold file path, doc_id, input relative to the gold file) of an indexed document, given
        :meth:`stems` of the index; raises :class:`GoldError` when it cannot have one here."""
        key = doc["key"]
        if "!/" in key or json.loads(doc.get("members") or "[]"):
            raise GoldError(400, "a document inside a ZIP file cannot be a gold document (eval reads files)")
        group = self._group(key, doc.get("path"))
        unique = stems.get(group, 0) <= 1
        if self.mode == "folder":
            folder, name = os.path.split(os.path.abspath(doc.get("path") or key))
            if not _inside(folder, self.root):
                raise GoldError(403, "the document is outside the served folder")
            doc_id = safe_name(_stem(name) if unique else name)
            target, relative = os.path.join(folder, f"{doc_id}.gold.json"), name
        else:
            flat = os.path.splitext(key)[0].replace("\\", "/").replace("/", "__")
            doc_id = safe_name(group[1] if unique else flat)
            target, relative = os.path.join(self.root, f"{doc_id}.gold.json"), self._input_of(key)
        if not _inside(os.path.dirname(target), self.root):
            raise GoldError(403, "refusing to write outside the gold folder")
        return target, doc_id, relative

    def _input_of(self, key: str) -> str:
        """The archive input's original file relative to the gold folder, else the key as is."""
        candidates = [key] if os.path.isabs(key) else [key, os.path.join(os.path.dirname(self.archive or ""), key)]
        for candidate in candidates:
            if os.path.isfile(candidate):
                return os.path.relpath(os.path.abspath(candidate), self.root)
        return key

    def read(self, target: str) -> dict[str, Any] | None:
        """The gold file already saved for a document, or None (unreadable files count as none)."""
        try:
            with open(target, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and isinstance(data.get("fields"), dict) else None


def gold_record(doc_id: str, relative: str, fields: dict[str, Any], notes: str, source: dict[str, Any]) -> dict[str, Any]:
    """The gold file's content in the contract's format (``doc_id``, ``input``, ``fields``…)."""
    from govdoc_nlp import __version__

    record: dict[str, Any] = {"doc_id": doc_id, "input": relative, "format": source.get("format"), "notes": notes}
    if source.get("sha256"):
        record["sha256"] = source["sha256"]
    record["review"] = {
        "tool": "govdoc view",
        "govdoc_version": __version__,
        "saved": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        "fields_reviewed": len(fields),
    }
    record["fields"] = fields
    return record


def write_atomic(target: str, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON to ``target`` through a temporary file in the same folder and
    ``os.replace``: a reader sees the old file or the new one, never half of one."""
    folder = os.path.dirname(target)
    os.makedirs(folder, exist_ok=True)
    if os.path.isdir(target):
        raise GoldError(409, "a folder has the gold file's name")
    fd, tmp = tempfile.mkstemp(prefix=".gold-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
