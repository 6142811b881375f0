"""Is ``Reply.confidence`` calibrated? Reliability tables and expected calibration error on gold.

A unit is one contract field of one document (scored only when the gold annotates it), or one
predicted section or commitment. A field is right when the scorer (``govdoc_nlp.evaluate``) notes no
error for it on that document — a list or struct field (names, phones, cc, sections, commitments) is
right only when the whole list is; an empty value is right when the gold is empty too. An item
``sections[i]`` / ``commitments[i]`` is right when the scorer matches it to a gold item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govdoc_nlp.evaluate import (
    FIELDS,
    LISTS,
    SCALARS,
    load_gold,
    lookup,
    score_commitments,
    score_list,
    score_scalar,
    score_sections,
)

BINS = 10
HIGH, LOW = 0.9, 0.6


def unit_outcomes(gold_fields: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool]:
    """Unit path → right or wrong, for the annotated fields and the predicted items of one document."""
    out: dict[str, bool] = {}
    for name in FIELDS:
        if name not in gold_fields:
            continue
        errors: list[str] = []
        g, p = gold_fields[name], lookup(pred, name)
        matched: set[int] = set()
        if name in SCALARS:
            score_scalar(name, g, p, errors)
        elif name in LISTS:
            score_list(name, g, p, errors)
        elif name == "sections":
            score_sections(g, p, errors, matched=matched)
        else:
            score_commitments(g, p, errors, matched=matched)
        out[name] = not errors
        if name in ("sections", "commitments"):
            for i, _ in enumerate(p or []):
                out[f"{name}[{i}]"] = i in matched
    return out


def group_of(path: str) -> str:
    """``sections[3]`` → ``sections[]``; a field path is its own group."""
    return path.split("[")[0] + "[]" if "[" in path else path


@dataclass
class Table:
    """Confidence against outcome for one group of units."""

    units: list[tuple[float, bool]] = field(default_factory=list)

    def bins(self, n: int = BINS) -> list[dict[str, Any]]:
        """Equal-width bins of confidence: count, mean confidence, share right."""
        rows = []
        for b in range(n):
            lo, hi = b / n, (b + 1) / n
            inside = [(c, r) for c, r in self.units if lo <= c < hi or (b == n - 1 and c == 1.0)]
            if inside:
                rows.append({
                    "bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside),
                    "confidence": sum(c for c, _ in inside) / len(inside),
                    "right": sum(r for _, r in inside) / len(inside),
                })
        return rows

    @property
    def ece(self) -> float:
        """Expected calibration error: the count-weighted gap between confidence and share right."""
        total = len(self.units)
        return sum(row["n"] / total * abs(row["confidence"] - row["right"]) for row in self.bins()) if total else 0.0

    def summary(self) -> dict[str, Any]:
        """Counts, accuracy, ECE, the share right at confidence ≥ 0.9 and the share of the wrong
        units below 0.6."""
        high = [r for c, r in self.units if c >= HIGH]
        wrong = [c for c, r in self.units if not r]
        return {
            "n": len(self.units),
            "wrong": len(wrong),
            "accuracy": sum(r for _, r in self.units) / len(self.units) if self.units else None,
            "ece": self.ece,
            "n_high": len(high),
            "right_when_high": sum(high) / len(high) if high else None,
            "wrong_below_low": sum(c < LOW for c in wrong) / len(wrong) if wrong else None,
        }


@dataclass
class CalibrationReport:
    """Reliability per group of units and overall."""

    groups: dict[str, Table] = field(default_factory=dict)
    overall: Table = field(default_factory=Table)
    documents: int = 0
    missing: int = 0
    """Units the predictions gave no confidence for (counted as confidence 0)."""

    def add(self, path: str, conf: float, right: bool) -> None:
        """Record one unit."""
        self.groups.setdefault(group_of(path), Table()).units.append((conf, right))
        self.overall.units.append((conf, right))

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "documents": self.documents,
            "missing_confidence": self.missing,
            "overall": {**self.overall.summary(), "bins": self.overall.bins()},
            "fields": {k: {**t.summary(), "bins": t.bins()} for k, t in self.groups.items()},
        }

    def format(self) -> str:
        """Plain text: the overall reliability table, then one summary line per field."""
        lines = ["reliability (all units)", f"{'bin':<10}{'n':>7}{'conf':>8}{'right':>8}"]
        lines += [f"{r['bin']:<10}{r['n']:>7}{r['confidence']:>8.3f}{r['right']:>8.3f}" for r in self.overall.bins()]
        lines.append("")
        lines.append(f"{'field':<24}{'n':>6}{'wrong':>6}{'acc':>7}{'ECE':>7}{'n≥.9':>6}{'ok≥.9':>7}{'wr<.6':>7}  bins (n:conf/right)")
        for name, t in [*self.groups.items(), ("overall", self.overall)]:
            s = t.summary()
            fmt = lambda v: f"{v:>7.3f}" if v is not None else f"{'—':>7}"  # noqa: E731
            bins = " ".join(f"{r['n']}:{r['confidence']:.2f}/{r['right']:.2f}" for r in t.bins())
            lines.append(f"{name:<24}{s['n']:>6}{s['wrong']:>6}{fmt(s['accuracy'])}{s['ece']:>7.3f}{s['n_high']:>6}"
                         f"{fmt(s['right_when_high'])}{fmt(s['wrong_below_low'])}  {bins if name != 'overall' else ''}")
        lines.append(f"documents: {self.documents}; expected calibration error (overall): {self.overall.ece:.4f}")
        if self.missing:
            lines.append(f"units without a confidence (counted as 0): {self.missing}")
        return "\n".join(lines)


def calibration(
    gold_dir: str | Path, *, only: str | None = None, predict: Callable[[Path], dict[str, Any]] | None = None
) -> CalibrationReport:
    """Parse every gold document (or call ``predict``) and pair each unit's confidence with its outcome."""
    if predict is None:
        from govdoc_nlp.api import parse

        def predict(path: Path) -> dict[str, Any]:
            return parse(path).to_dict(include_text=False)

    report = CalibrationReport()
    for doc in load_gold(gold_dir, only):
        report.documents += 1
        try:
            pred = predict(doc["_input"])
        except Exception:  # a failed document has no confidence to judge
            continue
        conf = pred.get("confidence") or {}
        for path, right in unit_outcomes(doc["fields"], pred).items():
            if path not in conf:
                report.missing += 1
            report.add(path, float(conf.get(path, 0.0)), right)
    return report


def calibration_of_predictions(gold_dir: str | Path, predictions: Iterable[dict[str, Any]], *, only: str | None = None) -> CalibrationReport:
    """The same over predictions already made (matched like ``evaluate_predictions``)."""
    by_stem = {Path(str((r.get("source") or {}).get("path") or r.get("doc_id") or "")).name.split(".")[0]: r for r in predictions}

    def predict(path: Path) -> dict[str, Any]:
        return by_stem[path.name.split(".")[0]]

    return calibration(gold_dir, only=only, predict=predict)
