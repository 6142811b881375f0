"""Inferred vs stated response category on the documents that state one.

For every corpus document whose gold file gives a ``response_category``, the document is parsed,
the stated label is blanked out of its text (``hide_stated_category``; offsets kept) and dropped
from the reply, and the category is inferred from the wording alone. Prints each document, the
accuracy and a confusion matrix (stated rows × inferred columns), on the A/B/C scheme (B1 → B, D → C).

    .venv/bin/python benchmarks/bench_category.py [--corpus corpora] [--min-accuracy 0.85]

Exit status 1 when the accuracy is below ``--min-accuracy``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import govdoc_nlp
from govdoc_nlp.research.outcome import hide_stated_category, infer_category, normalize_category

LABELS = ("A", "B", "C")


def cases(corpus: Path) -> list[tuple[str, Path, str]]:
    """(doc id, input path, stated label) of the gold files that state a category."""
    out = []
    for gold_path in sorted((corpus / "gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        label = gold.get("fields", {}).get("response_category")
        if not label:
            continue
        source = (gold_path.parent / gold["input"]).resolve() if gold.get("input") else None
        if source is None or not source.exists():
            continue
        out.append((gold.get("doc_id", gold_path.stem), source, label))
    return out


def run(corpus: Path, verbose: bool = True) -> tuple[float, dict[tuple[str, str], int], int]:
    """Accuracy, confusion counts {(stated, inferred): n} and the number of documents."""
    confusion: dict[tuple[str, str], int] = {}
    right = total = 0
    for doc_id, path, label in cases(corpus):
        reply = govdoc_nlp.parse(str(path))
        reply.response_category = None
        hidden = hide_stated_category(reply.text)
        stated = normalize_category(label)
        guess = infer_category(hidden)
        total += 1
        right += guess.category == stated
        confusion[(stated or "?", guess.category)] = confusion.get((stated or "?", guess.category), 0) + 1
        if verbose:
            mark = "ok " if guess.category == stated else "XX "
            print(f"{mark}{doc_id:<12} stated {label:<3} → {stated}  inferred {guess.category}  cue {guess.cue or '-'}  "
                  f"scores A={guess.scores['A']:.1f} B={guess.scores['B']:.1f} C={guess.scores['C']:.1f}")
    return (right / total if total else 0.0), confusion, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent / "corpora"))
    parser.add_argument("--min-accuracy", type=float, default=0.0)
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    accuracy, confusion, total = run(Path(args.corpus), verbose=not args.quiet)
    print(f"\n{total} documents state a category; accuracy {accuracy:.3f}")
    print("confusion (rows stated, columns inferred):")
    print("      " + "".join(f"{c:>5}" for c in LABELS))
    for r in LABELS:
        print(f"  {r:<4}" + "".join(f"{confusion.get((r, c), 0):>5}" for c in LABELS))
    return 0 if accuracy >= args.min_accuracy else 1


if __name__ == "__main__":
    sys.exit(main())
