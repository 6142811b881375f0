"""Human corrections of parsed fields, applied over the parser's values.

A corrections folder holds JSON files in the gold format (``{"input": "a.pdf", "fields": {...}}``,
optionally ``"sha256"``), so a reviewed document is also a gold document for ``govdoc eval`` and
``scripts/fit_confidence.py``. Each file corrects the input whose file name (or stem) is its
``input`` or ``doc_id``, or whose bytes have its ``sha256``. A corrected field takes the value,
``evidence[path] = "correction"`` and confidence 1.0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govdoc_nlp.model.records import Commitment, CopyRecipient, Reply

SCALAR_PATHS = (
    "title", "doc_type", "proposal.number", "proposal.session", "proposal.title", "addressee.role",
    "addressee.organization", "issuer", "date", "response_category", "contact.organizer",
)
STRING_LISTS = ("addressee.names", "contact.person", "contact.phone")


def load_corrections(folder: str | Path) -> dict[str, dict[str, Any]]:
    """Lookup key (input name, its stem, doc_id or ``sha256:<hex>``) → corrected fields."""
    root = Path(folder)
    if not root.is_dir():
        raise ValueError(f"corrections folder {folder} does not exist")
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(root.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"corrections file {path} is not valid JSON: {exc}") from exc
        fields = data.get("fields") if isinstance(data, dict) else None
        if not isinstance(fields, dict):
            raise ValueError(f"corrections file {path} has no 'fields' object")
        keys = {str(data.get("doc_id") or ""), str(data.get("input") or "")}
        keys |= {Path(k).name for k in keys if k} | {Path(k).name.split(".")[0] for k in keys if k}
        if data.get("sha256"):
            keys.add(f"sha256:{data['sha256']}")
        for key in keys - {""}:
            out[key] = fields
    return out


def corrections_for(corrections: dict[str, dict[str, Any]], key: str, sha256: str | None = None) -> dict[str, Any] | None:
    """The corrected fields for an input (by its bytes' sha256, its file name or its stem), or None."""
    name = Path(key.split("!")[-1]).name
    for candidate in (f"sha256:{sha256}" if sha256 else "", key, name, name.split(".")[0]):
        if candidate and candidate in corrections:
            return corrections[candidate]
    return None


def apply_corrections(reply: Reply, fields: dict[str, Any]) -> list[str]:
    """Set each corrected contract field on ``reply``; return the paths it could not set
    (``sections`` and unknown paths), also recorded as a ``correction_skipped`` warning."""
    skipped = []
    for path, value in fields.items():
        if path in SCALAR_PATHS:
            obj, _, attr = _owner(reply, path)
            setattr(obj, attr, value)
        elif path in STRING_LISTS:
            obj, _, attr = _owner(reply, path)
            setattr(obj, attr, [str(v) for v in (value or [])])
        elif path == "cc":
            reply.cc = [CopyRecipient(name=str(v["name"] if isinstance(v, dict) else v)) for v in (value or [])]
        elif path == "commitments":
            reply.commitments = [Commitment(text=str(v["text"] if isinstance(v, dict) else v)) for v in (value or [])]
        else:
            skipped.append(path)
            continue
        reply.evidence[path] = "correction"
        reply.confidence[path] = 1.0
        if path == "commitments":
            reply.confidence = {k: v for k, v in reply.confidence.items() if not k.startswith("commitments[")}
            reply.confidence.update({f"commitments[{i}]": 1.0 for i in range(len(reply.commitments))})
    if skipped:
        reply.warn("correction_skipped", f"corrections not applied (not a correctable field): {', '.join(skipped)}")
    return skipped


def _owner(reply: Reply, path: str) -> tuple[Any, str, str]:
    head, _, attr = path.rpartition(".")
    return (getattr(reply, head) if head else reply), head, attr
