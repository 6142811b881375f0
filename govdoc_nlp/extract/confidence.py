"""Calibrated confidence per contract field, section and commitment.

Each field gets a few features from the evidence the parser left — whether it is empty while the text
suggests a value, whether a fallback rule or the page's metadata gave it, whether its value has a
suspicious shape, whether it was placed in the text, the OCR confidence of its page, warnings, how
many other fields of the document look suspicious — and one logistic model shared by all fields (a
bias per field, shared weights for the rest) turns them into the probability that the value is right.
The model is data (``govdoc_nlp/data/confidence.json``), refitted by ``scripts/fit_confidence.py``.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from govdoc_nlp.model.records import Reply
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx

FIELDS = (
    "title", "doc_type", "proposal.number", "proposal.session", "proposal.title", "addressee.names",
    "addressee.role", "addressee.organization", "issuer", "date", "response_category", "contact.organizer",
    "contact.person", "contact.phone", "cc", "sections", "commitments",
)
MODEL_FILE = "confidence.json"
# Free-text fields whose values a crawl's lost characters or a misread block damage.
FRAGILE = ("title", "proposal.session", "proposal.title", "issuer", "date", "contact.person", "contact.phone", "commitments")

Features = dict[str, float]


def field_value(reply: Reply, path: str) -> Any:
    """The value of a dotted contract field path on a Reply."""
    value: Any = reply
    for key in path.split("."):
        value = getattr(value, key, None)
    return value


def _empty(value: Any) -> bool:
    return value in (None, "", [], "other")


def _shape(reply: Reply, path: str, value: Any) -> bool:
    """True when a present value has a shape the field's values do not have."""
    if _empty(value):
        return False
    if path == "title":
        return (bool(rx.TITLE_CHROME.search(value) or rx.LOST_CHARS.search(value)) or len(value) > 80 or len(value) < 6
                or not any(w in value for w in lx.TITLE_REPLY_WORDS))
    if path == "proposal.session":
        return bool(rx.SESSION_LOST.search(value))
    if path == "proposal.number":
        return not any(ch.isdigit() for ch in value) or len(value) > 12
    if path == "proposal.title":
        return len(value) < 4 or len(value) > 70 or value.endswith("的") or any(w in value for w in lx.PROPOSAL_TITLE_SPILL)
    if path == "issuer":
        return (len(value) <= 3 and not value.endswith("部")) or not rx.ORG_LINE.match(value) or bool(rx.SITE_NAME.search(value))
    if path == "addressee.names":
        return any(n.endswith("等") or len(n) > 6 and "·" not in n for n in value)
    return False


def _candidate(reply: Reply, path: str, text: str) -> bool:
    """True when the field is empty but the text holds what looks like its value."""
    if path == "proposal.title":
        return reply.doc_type != "other" and bool(rx.PROPOSAL_QUOTED.search(text))
    if path == "proposal.session":
        return reply.doc_type != "other" and ("会议" in text[:600] or "届" in text[:600])
    if path == "issuer":
        return any(w in text for w in lx.ISSUER_LABELS)
    if path == "date":
        return bool(rx.DATE_LIKE.search(text))
    if path == "contact.person":
        return bool(reply.contact.phone) or any(w in text for w in lx.CONTACT_PERSON_LABELS)
    if path == "contact.phone":
        return bool(rx.CONTACT_PHONE.search(text))
    if path in ("addressee.names", "addressee.role"):
        return not reply.addressee.organization and ("代表" in text[:800] or "委员" in text[:800])
    if path == "response_category":
        return bool(rx.CATEGORY_CUE.search(text))
    if path == "contact.organizer":
        return any(w in text[-600:] for w in lx.ISSUER_LABELS)
    if path == "commitments":
        return any(w in text for w in lx.FUTURE_CUES)
    return False


def _competing(reply: Reply, path: str) -> bool:
    """True when the document offers another candidate for the field that the parser set aside: a
    second, different complete title in the head, a signature line naming another body, a second
    date line in the tail, a passage opened by a future marker that no commitment covers."""
    value = field_value(reply, path)
    if path == "title" and value:
        own = "".join(value.split())
        heads = ["".join(p.text.split()) for p in reply.paragraphs if p.block == "head"]
        return any(rx.TITLE_END_WORD.search(h) and h != own and h not in own and own not in h for h in heads)
    if path == "issuer" and value:
        signed = [p.text for p in reply.paragraphs if p.block == "signature"]
        return any(rx.ORG_LINE.match(t) and not rx.is_subsequence(value, t) and not rx.is_subsequence(t, value) for t in signed)
    if path == "date":
        return sum(1 for p in reply.paragraphs if p.block == "date") > 1
    if path == "commitments":
        covered = "".join(c.text for c in reply.commitments)
        return any(
            p.block == "body" and (m := _STRONG_MARKER.search(p.text)) and m[0] not in covered
            and not any(c.text[:12] in p.text for c in reply.commitments)
            for p in reply.paragraphs
        )
    return False


_STRONG_MARKER = regex.compile(r"(?:下一步|下步|下一阶段|今后)[^。；;]{0,12}(?:将|拟|计划|力争)")


def _ocr_low(reply: Reply) -> float:
    confs = [p.get("confidence") for p in reply.source.page_info if p.get("confidence") is not None]
    return max(0.0, 1.0 - min(confs)) if confs else 0.0


def features(reply: Reply) -> dict[str, Features]:
    """Feature dict per unit: every contract field, then ``sections[i]`` and ``commitments[i]``."""
    raw = reply.text or ""
    text = "".join(raw.split())
    ocr_low = _ocr_low(reply)
    common: Features = {
        "warnings": min(len(reply.warnings), 3) / 3,
        "not_reply": float(not reply.is_reply),
        "ocr_low": ocr_low,
        "paged": float(reply.source.format in ("pdf", "image", "ofd")),
        "web": float(reply.source.format == "html"),
        "crawled": float(any(w in text for w in lx.PAGE_CHROME)),
    }
    lost = float(bool(rx.LOST_CHARS.search(text)))
    warned = {lx.FIELD_WARNINGS[w.code] for w in reply.warnings if w.code in lx.FIELD_WARNINGS}
    out: dict[str, Features] = {}
    flags = 0
    for path in FIELDS:
        value = field_value(reply, path)
        empty = _empty(value)
        shape = _shape(reply, path, value)
        rule = reply.evidence.get(path)
        f: Features = {
            "f:" + path: 1.0,
            "empty:" + path: float(empty),
            "empty_candidate": float(empty and _candidate(reply, path, text)),
            "shape": float(shape),
            "fallback": float(rule is not None and rule != "page_metadata"),
            "page_metadata": float(rule == "page_metadata"),
            "lost_chars": lost if path in FRAGILE else 0.0,
            "own_warning": float(path in warned),
            "unplaced": float(not empty and path in ("title", "issuer", "date") and path not in reply.provenance and rule is None),
            "competing": float(_competing(reply, path)),
        }
        f["competing:" + path] = f["competing"]
        f["shape:" + path] = f["shape"]
        f["empty_candidate:" + path] = f["empty_candidate"]
        flags += int(f["shape"] or f["empty_candidate"] or f["fallback"] or f["page_metadata"] or f["competing"])
        out[path] = f
    for f in out.values():
        own = int(f["shape"] or f["empty_candidate"] or f["fallback"] or f["page_metadata"] or f["competing"])
        f["doc_suspicion"] = min(flags - own, 3) / 3
        f.update(common)
    for i, s in enumerate(reply.sections):
        out[f"sections[{i}]"] = {"f:sections[]": 1.0, "shape": float(len(s.heading or "") < 2), **common}
    for i, c in enumerate(reply.commitments):
        out[f"commitments[{i}]"] = {
            "f:commitments[]": 1.0,
            "sentence": float(c.kind == "sentence"),
            "vague": float(c.strength == "vague"),
            **common,
        }
    return out


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The stored model: ``{"weights": {feature: w}, "intercept": b, ...}``."""
    return json.loads(resources.files("govdoc_nlp").joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))


def predict(feats: Features, model: dict[str, Any]) -> float:
    """The model's probability that a unit with these features is right."""
    w = model["weights"]
    z = model["intercept"] + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def confidence(reply: Reply, model: dict[str, Any] | None = None) -> dict[str, float]:
    """Field path → calibrated probability that the parser's value is right, rounded to 3 places."""
    m = model or load_model()
    return {path: round(predict(f, m), 3) for path, f in features(reply).items()}


def assign_confidence(reply: Reply) -> None:
    """Fill ``reply.confidence`` (the last step of the pipeline)."""
    reply.confidence = confidence(reply)
