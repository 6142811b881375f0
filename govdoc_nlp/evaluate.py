"""Field-level evaluation of the parser against gold annotations (the ``*.gold.json`` format of the
output contract): precision, recall and F1 per field, micro-averaged overall, and a list of errors.

Values are compared the way the contract says: after Unicode NFKC, without whitespace and quote
marks; proposal titles without a leading 关于 and a trailing 的提案/的建议; phone numbers by digits;
sections by (level, number) and a heading at least 80% similar; commitments matched one-to-one at
60% similarity.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCALARS = (
    "title", "doc_type", "proposal.number", "proposal.session", "proposal.title", "addressee.role",
    "addressee.organization", "issuer", "date", "response_category", "contact.organizer",
)
LISTS = ("addressee.names", "contact.person", "contact.phone", "cc")
STRUCTS = ("sections", "commitments")
FIELDS = SCALARS + LISTS + STRUCTS

_IGNORED = frozenset(" \t\r\n\u3000\u00a0\"'“”‘’《》「」『』〈〉")
_PUNCT_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "—": "-", "－": "-", "–": "-"})
_TITLE_SUFFIXES = ("的提案", "的建议", "提案", "建议")


def normalise(value: Any) -> str:
    """NFKC, punctuation folded, whitespace and quote marks removed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(_PUNCT_FOLD)
    return "".join(ch for ch in text if ch not in _IGNORED)


def _title_key(value: Any) -> str:
    text = normalise(value)
    text = text[2:] if text.startswith("关于") else text
    for suffix in _TITLE_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _number_key(value: Any) -> str:
    text = normalise(value)
    return text.removeprefix("第").removesuffix("号")


def _digits(value: Any) -> str:
    return "".join(ch for ch in normalise(value) if ch.isdigit())


def _key_for(name: str) -> Callable[[Any], str]:
    return {"proposal.title": _title_key, "proposal.number": _number_key, "contact.phone": _digits}.get(name, normalise)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(not self.fn)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(not self.fp)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The result of an evaluation run."""

    fields: dict[str, Counts] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    documents: int = 0

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.fields.values():
            total.add(c)
        return total

    @property
    def fully_correct(self) -> int:
        return self.documents - len(set(self.errors) | set(self.failed))

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        o = self.overall
        return {
            "documents": self.documents,
            "documents_all_correct": self.fully_correct,
            "failed": self.failed,
            "overall": {"p": o.precision, "r": o.recall, "f1": o.f1, "tp": o.tp, "fp": o.fp, "fn": o.fn},
            "fields": {
                k: {"p": c.precision, "r": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}
                for k, c in self.fields.items()
                if c.tp + c.fp + c.fn
            },
            "errors": self.errors,
        }

    def format(self, *, show_errors: bool = False) -> str:
        """A plain-text table (and the errors, when asked)."""
        lines = [f"{'field':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for name, c in self.fields.items():
            if c.tp + c.fp + c.fn:
                lines.append(f"{name:<24}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
        for doc, reason in self.failed.items():
            lines.append(f"failed: {doc}: {reason}")
        if show_errors:
            for doc, errs in self.errors.items():
                lines.append(f"--- {doc}")
                lines.extend(f"    {e}" for e in errs)
        o = self.overall
        lines.append(f"documents fully correct: {self.fully_correct}/{self.documents}")
        lines.append(f"overall P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")
        return "\n".join(lines)


def lookup(data: dict[str, Any], dotted: str) -> Any:
    """Value at a dotted path of nested dicts, or None."""
    value: Any = data
    for key in dotted.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _items(value: Any, keys: tuple[str, ...] = ("name", "text", "value")) -> list[Any]:
    if value in (None, ""):
        return []
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            out.extend(item[k] for k in keys if item.get(k))
            continue
        if item not in (None, ""):
            out.append(item)
    return out


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


def score_scalar(name: str, gold: Any, pred: Any, errors: list[str]) -> Counts:
    """One scalar field: a hit, a wrong value (counts as both fp and fn), missing or spurious."""
    key = _key_for(name)
    g, p = key(gold), key(pred)
    if g and p and g == p:
        return Counts(tp=1)
    if g and p:
        errors.append(f"{name}: gold={gold!r} pred={pred!r}")
        return Counts(fp=1, fn=1)
    if g:
        errors.append(f"{name}: missing, gold={gold!r}")
        return Counts(fn=1)
    if p:
        errors.append(f"{name}: spurious pred={pred!r}")
        return Counts(fp=1)
    return Counts()


def score_list(name: str, gold: Any, pred: Any, errors: list[str]) -> Counts:
    """A list of strings compared as multisets."""
    key = _key_for(name)
    remaining = [x for x in (key(v) for v in _items(pred)) if x]
    counts = Counts()
    for g in (x for x in (key(v) for v in _items(gold)) if x):
        if g in remaining:
            remaining.remove(g)
            counts.tp += 1
        else:
            counts.fn += 1
            errors.append(f"{name}: missing {g!r}")
    counts.fp = len(remaining)
    errors.extend(f"{name}: spurious {x!r}" for x in remaining)
    return counts


def score_sections(gold: Any, pred: Any, errors: list[str], matched: set[int] | None = None) -> Counts:
    """Sections matched in order by level and number, headings at ≥ 0.8 similarity (the indexes of
    the matched predictions are added to ``matched``)."""
    preds = [(str(s.get("level", "")), normalise(s.get("number")), normalise(s.get("heading"))) for s in (pred or []) if isinstance(s, dict)]
    used: set[int] = set()
    counts = Counts()
    for s in gold or []:
        key = (str(s.get("level", "")), normalise(s.get("number")), normalise(s.get("heading")))
        hit = next(
            (i for i, c in enumerate(preds) if i not in used and c[:2] == key[:2] and (not key[2] or _ratio(key[2], c[2]) >= 0.8)),
            None,
        )
        if hit is None:
            counts.fn += 1
            errors.append(f"sections: missing level={key[0]} number={s.get('number')!r} heading={s.get('heading')!r}")
        else:
            used.add(hit)
            counts.tp += 1
    for i, c in enumerate(preds):
        if i not in used:
            counts.fp += 1
            errors.append(f"sections: spurious level={c[0]} number={c[1]!r} heading={c[2][:30]!r}")
    if matched is not None:
        matched.update(used)
    return counts


def score_commitments(gold: Any, pred: Any, errors: list[str], threshold: float = 0.6, matched: set[int] | None = None) -> Counts:
    """Commitments matched greedily to the most similar unused prediction (the indexes of the matched
    predictions are added to ``matched``)."""
    golds = [normalise(x) for x in _items(gold, ("text",))]
    preds = [normalise(x) for x in _items(pred, ("text",))]
    used: set[int] = set()
    counts = Counts()
    for g in golds:
        best, best_i = 0.0, None
        for i, p in enumerate(preds):
            if i not in used:
                r = _ratio(g, p)
                if r > best:
                    best, best_i = r, i
        if best_i is not None and best >= threshold:
            used.add(best_i)
            counts.tp += 1
        else:
            counts.fn += 1
            errors.append(f"commitments: missing {g[:40]!r}… (best similarity {best:.2f})")
    for i, p in enumerate(preds):
        if i not in used:
            counts.fp += 1
            errors.append(f"commitments: spurious {p[:40]!r}…")
    if matched is not None:
        matched.update(used)
    return counts


def score_document(gold_fields: dict[str, Any], pred: dict[str, Any], errors: list[str]) -> dict[str, Counts]:
    """Scores of every annotated field of one document (fields absent from the gold are skipped)."""
    out: dict[str, Counts] = {}
    for name in FIELDS:
        if name not in gold_fields:
            continue
        g, p = gold_fields[name], lookup(pred, name)
        if name in SCALARS:
            out[name] = score_scalar(name, g, p, errors)
        elif name in LISTS:
            out[name] = score_list(name, g, p, errors)
        elif name == "sections":
            out[name] = score_sections(g, p, errors)
        else:
            out[name] = score_commitments(g, p, errors)
    return out


def load_gold(gold_dir: str | Path, only: str | None = None) -> list[dict[str, Any]]:
    """Gold files of a folder and its sub-folders (where `govdoc view --serve` saves them next to
    their documents), each with its input resolved to an absolute path."""
    docs = []
    for path in sorted(Path(gold_dir).rglob("*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if only and not str(data.get("doc_id", "")).startswith(only):
            continue
        data["_input"] = (path.parent / data["input"]).resolve()
        docs.append(data)
    return docs


def evaluate(gold_dir: str | Path, *, only: str | None = None, predict: Callable[[Path], dict[str, Any]] | None = None) -> Report:
    """Parse every gold document (or call ``predict``) and score it."""
    if predict is None:
        from govdoc_nlp.api import parse

        def predict(path: Path) -> dict[str, Any]:
            return parse(path).to_dict(include_text=False)

    report = Report(fields={name: Counts() for name in FIELDS})
    for doc in load_gold(gold_dir, only):
        report.documents += 1
        doc_id = doc["doc_id"]
        try:
            pred = predict(doc["_input"])
        except Exception as exc:  # a failed document is reported, never stops the run
            report.failed[doc_id] = f"{type(exc).__name__}: {exc}"
            pred = {}
        errors: list[str] = []
        for name, counts in score_document(doc["fields"], pred, errors).items():
            report.fields[name].add(counts)
        if errors:
            report.errors[doc_id] = errors
    return report


def evaluate_predictions(gold_dir: str | Path, predictions: Iterable[dict[str, Any]], *, only: str | None = None) -> Report:
    """Score predictions already made (e.g. a JSONL from `govdoc convert`), matched by the stem
    of ``source.path`` to the gold ``doc_id`` or input file name."""
    by_stem: dict[str, dict[str, Any]] = {}
    for rec in predictions:
        path = (rec.get("source") or {}).get("path") or rec.get("doc_id") or ""
        by_stem[Path(str(path)).name.split(".")[0]] = rec

    def predict(path: Path) -> dict[str, Any]:
        rec = by_stem.get(path.name.split(".")[0])
        if rec is None:
            raise KeyError("no prediction for this document")
        return rec

    return evaluate(gold_dir, only=only, predict=predict)
