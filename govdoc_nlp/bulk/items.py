"""The two records bulk conversion passes around: an input to read and its outcome."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

CONVERTED = "converted"
DUPLICATE = "duplicate"
FAILED = "failed"
NOT_A_REPLY = "not_a_reply"
STATUSES = (CONVERTED, NOT_A_REPLY, DUPLICATE, FAILED)


@dataclass(frozen=True)
class Item:
    """One input document: a file, or a member of a ZIP archive (possibly nested).

    ``key`` is its stable identity (journal, outputs, errors): the path as discovered, with
    ``!/member`` appended per archive level. ``path`` is the file on disk; ``members`` the chain of
    ZIP member indexes (into ``ZipFile.infolist()``) leading to the document. ``rel`` is a safe
    relative path used to mirror the input tree (never absolute, never containing ``..``).
    """

    key: str
    path: str
    members: tuple[int, ...] = ()
    rel: str = ""
    size: int | None = None
    skip: str | None = None
    """Why the input is not read at all (a walked file whose extension is not a document's)."""


@dataclass
class Outcome:
    """What became of one input. ``payload`` is the reply's JSON (one line) when converted.
    ``error_code``/``error`` are written as ``code``/``message`` (why it is not converted)."""

    key: str
    status: str
    sha256: str | None = None
    size: int | None = None
    payload: str | None = None
    duplicate_of: str | None = None
    error_code: str | None = None
    error: str | None = None
    format: str | None = None
    methods: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    rel: str = ""

    @classmethod
    def from_reply(cls, key: str, reply: Any, *, rel: str = "", seconds: float = 0.0) -> Outcome:
        """A converted outcome for a Reply built elsewhere (tests, other engines)."""
        if reply.source.path is None:
            reply.source.path = key
        return cls(
            key=key,
            status=CONVERTED,
            sha256=reply.source.sha256,
            size=reply.source.size,
            payload=reply.to_json(indent=None),
            format=reply.source.format,
            methods=list(reply.source.methods),
            warnings=[w.code for w in reply.warnings],
            seconds=seconds,
            rel=rel,
        )

    def reply_dict(self) -> dict[str, Any]:
        """The reply as plain data (parsed from the payload)."""
        if self.payload is None:
            raise ValueError(f"{self.key}: no reply (status {self.status})")
        return json.loads(self.payload)

    def manifest(self) -> dict[str, Any]:
        """The journal/manifest line for this outcome (everything but the reply itself)."""
        data: dict[str, Any] = {"input_key": self.key, "status": self.status, "sha256": self.sha256, "size": self.size}
        if self.duplicate_of is not None:
            data["duplicate_of"] = self.duplicate_of
        if self.error_code is not None:
            data["code"] = self.error_code
            data["message"] = self.error
        data["format"] = self.format
        data["methods"] = self.methods
        data["warnings"] = self.warnings
        data["seconds"] = round(self.seconds, 4)
        return data

    @classmethod
    def from_manifest(cls, data: dict[str, Any]) -> Outcome:
        """Rebuild an outcome (without payload) from its manifest line (also the older key/error names)."""
        return cls(
            key=data["input_key"] if "input_key" in data else data["key"],
            status=data["status"],
            sha256=data.get("sha256"),
            size=data.get("size"),
            duplicate_of=data.get("duplicate_of"),
            error_code=data.get("code"),
            error=data.get("message", data.get("error")),
            format=data.get("format"),
            methods=list(data.get("methods") or []),
            warnings=list(data.get("warnings") or []),
            seconds=float(data.get("seconds") or 0.0),
        )

    def error_record(self) -> dict[str, Any]:
        """The line written to the errors file for a failed input."""
        return {"input_key": self.key, "status": self.status, "code": self.error_code, "message": self.error, "sha256": self.sha256, "size": self.size}
