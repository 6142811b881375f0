"""Refit the confidence model (govdoc_nlp/data/confidence.json) from gold folders.

    PYTHONPATH=$PWD python scripts/fit_confidence.py [GOLD_DIR ...] [--folds 5] [--l2 1.0] [--dry-run]

Parses every gold document, takes the features of ``govdoc_nlp.extract.confidence.features`` and the
outcome of each unit (``govdoc_nlp.calibration.unit_outcomes``), and fits one L2-regularised logistic
regression (numpy, Newton's method). Documents are split into folds (never a document's units across
folds) and the figures printed per gold folder are out of fold; the stored model is then fitted on all.
Needs numpy (a dev dependency); the package applies the stored weights in plain Python.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

import numpy as np

from govdoc_nlp.api import parse
from govdoc_nlp.calibration import Table, group_of, unit_outcomes
from govdoc_nlp.evaluate import load_gold
from govdoc_nlp.extract.confidence import features

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT / "corpora" / "gold", ROOT.parent / "shared" / "corpus" / "gold",
                ROOT.parent / "shared" / "corpus" / "gold-html", ROOT.parent / "shared" / "corpus" / "real-web"]
OUT = ROOT / "govdoc_nlp" / "data" / "confidence.json"
FIRST_SCORES = ROOT / "scripts" / "data" / "first_scores.jsonl.gz"
"""The parser's first scores on held-out batches (scripts/first_scores.py): errors on unseen documents."""


def collect(gold_dirs: list[Path]) -> list[dict]:
    """One row per unit: folder, document, path, features, outcome."""
    rows = []
    for folder in gold_dirs:
        for doc in load_gold(folder):
            reply = parse(doc["_input"])
            feats = features(reply)
            for path, right in unit_outcomes(doc["fields"], reply.to_dict(include_text=False)).items():
                rows.append({"folder": f"{folder.parent.name}/{folder.name}", "doc": f"{folder.parent.name}/{folder.name}/{doc['doc_id']}", "path": path,
                             "x": feats.get(path, {}), "y": int(right)})
    return rows


def design(rows: list[dict], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    X = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for k, v in row["x"].items():
            if k in index:
                X[r, index[k]] = v
    return X


def fit(X: np.ndarray, y: np.ndarray, l2: float, iters: int = 50) -> tuple[float, np.ndarray]:
    """Logistic regression, intercept unpenalised, by Newton's method."""
    A = np.hstack([np.ones((len(X), 1)), X])
    w = np.zeros(A.shape[1])
    reg = np.full(A.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(A @ w, -30, 30)))
        grad = A.T @ (p - y) + reg * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(reg)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


def out_of_fold(rows: list[dict], names: list[str], folds: int, l2: float, seed: int = 12) -> np.ndarray:
    docs = sorted({r["doc"] for r in rows})
    random.Random(seed).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    X, y = design(rows, names), np.array([r["y"] for r in rows], dtype=float)
    f = np.array([fold_of[r["doc"]] for r in rows])
    pred = np.zeros(len(rows))
    for k in range(folds):
        b, w = fit(X[f != k], y[f != k], l2)
        pred[f == k] = 1 / (1 + np.exp(-(b + X[f == k] @ w)))
    return pred


def report(rows: list[dict], pred: np.ndarray) -> dict:
    """Out-of-fold summaries per gold folder and per field."""
    out: dict = {}
    for folder in sorted({r["folder"] for r in rows}) + ["all"]:
        t = Table([(round(float(p), 3), bool(r["y"])) for r, p in zip(rows, pred, strict=True) if folder in ("all", r["folder"])])
        out[folder] = t.summary()
    fields: dict[str, Table] = {}
    for r, p in zip(rows, pred, strict=True):
        fields.setdefault(group_of(r["path"]), Table()).units.append((round(float(p), 3), bool(r["y"])))
    out["fields"] = {k: t.summary() for k, t in fields.items()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", nargs="*", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=12, help="how documents are dealt into folds")
    ap.add_argument("--no-first-scores", action="store_true", help="leave out the rows of scripts/first_scores.py")
    ap.add_argument("--dry-run", action="store_true", help="print the out-of-fold figures, keep the stored model")
    args = ap.parse_args()
    dirs = [d for d in args.gold_dirs if d.is_dir()]
    rows = collect(dirs)
    if FIRST_SCORES.is_file() and not args.no_first_scores:
        rows += [json.loads(line) for line in gzip.decompress(FIRST_SCORES.read_bytes()).decode("utf-8").splitlines() if line]
    names = sorted({k for r in rows for k in r["x"]})
    oof = out_of_fold(rows, names, args.folds, args.l2, seed=args.seed)
    figures = report(rows, oof)
    for name, s in figures.items():
        if name != "fields":
            print(f"{name:<12} n={s['n']:<6} wrong={s['wrong']:<4} ECE={s['ece']:.4f} right|conf≥.9={s['right_when_high']:.4f} "
                  f"(n={s['n_high']}) wrong<.6={s['wrong_below_low'] if s['wrong_below_low'] is None else round(s['wrong_below_low'], 3)}")
    for name, s in figures["fields"].items():
        print(f"  {name:<24} n={s['n']:<5} wrong={s['wrong']:<3} ECE={s['ece']:.3f} wrong<.6={s['wrong_below_low']}")
    if args.dry_run:
        return
    b, w = fit(design(rows, names), np.array([r["y"] for r in rows], dtype=float), args.l2)
    model = {
        "intercept": round(b, 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True)},
        "l2": args.l2,
        "fitted_on": {**{d.name: len(load_gold(d)) for d in dirs}, "first_scores": len({r["doc"] for r in rows if r["folder"].startswith("first-score")})},
        "units": len(rows),
        "out_of_fold": {k: v for k, v in figures.items() if k != "fields"},
    }
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
