"""Precision and recall of ``Reply.is_reply`` on replies and non-replies.

Replies: the inputs of ``corpora/gold`` (and, when present beside the project, the shared real-web
and development sets). Non-replies: ``corpora/nonreply`` (tuned on) and ``corpora/nonreply/heldout``
(written before the classifier and never tuned on), plus the corpora's own README.

    python benchmarks/eval_is_reply.py [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import govdoc_nlp  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"


def reply_sets() -> dict[str, list[Path]]:
    """Named sets of documents that are replies."""
    gold = ROOT / "corpora" / "gold"
    records = [json.loads(p.read_text("utf-8")) for p in gold.glob("*.gold.json")]
    sets = {"corpora": sorted((gold / r["input"]).resolve() for r in records if r.get("is_reply", True))}
    if (SHARED / "real-web").is_dir():
        sets["shared real-web"] = sorted((SHARED / "real-web").glob("*.txt"))
    if (SHARED / "dev").is_dir():
        sets["shared dev"] = sorted(p for p in (SHARED / "dev").iterdir() if p.is_file())
    return sets


def nonreply_sets() -> dict[str, list[Path]]:
    """Named sets of documents that are not replies."""
    folder = ROOT / "corpora" / "nonreply"
    return {
        "nonreply (tuned)": sorted(p for p in folder.iterdir() if p.is_file()) + [ROOT / "corpora" / "README.md"],
        "nonreply held out": sorted((folder / "heldout").iterdir()),
        "corpora gold, not replies": sorted(
            (ROOT / "corpora" / "gold" / r["input"]).resolve()
            for r in (json.loads(p.read_text("utf-8")) for p in (ROOT / "corpora" / "gold").glob("*.gold.json"))
            if not r.get("is_reply", True)
        ),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every misclassified document with its reason")
    args = ap.parse_args(argv)
    totals = {"tp": 0, "fn": 0, "tn": 0, "fp": 0}
    print(f"{'set':<22} {'documents':>9} {'recognised':>10}")
    for expected, sets in ((True, reply_sets()), (False, nonreply_sets())):
        for name, paths in sets.items():
            right = 0
            for path in paths:
                reply = govdoc_nlp.parse(path)
                ok = reply.is_reply == expected
                right += ok
                if not ok and args.show:
                    print(f"  MISS {path.name}: {reply.is_reply_reason}")
            totals["tp" if expected else "tn"] += right
            totals["fn" if expected else "fp"] += len(paths) - right
            print(f"{name:<22} {len(paths):>9} {right:>10} ({right / max(1, len(paths)):.1%})")
    tp, fn, tn, fp = totals["tp"], totals["fn"], totals["tn"], totals["fp"]
    print(f"replies:     precision {tp / max(1, tp + fp):.3f}  recall {tp / max(1, tp + fn):.3f}")
    print(f"non-replies: precision {tn / max(1, tn + fn):.3f}  recall {tn / max(1, tn + fp):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
