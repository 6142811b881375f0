"""Collect the parser's errors on documents it had not been tuned on, for the confidence model.

Every held-out batch of ``corpora/`` was written before the parser saw it and scored first with the
parser as it stood (corpora/README.md gives the figures). This script replays that: for each batch it
checks out the commit just before the batch was added (a git worktree in a temporary folder), parses
the batch's documents with that version, and scores the result against today's gold. The features
are computed by today's ``govdoc_nlp.extract.confidence.features`` on the old output, so the rows
describe what today's model sees when the parser meets a document unlike the ones it was tuned on.

    PYTHONPATH=$PWD python scripts/first_scores.py            # writes scripts/data/first_scores.jsonl.gz

Rows hold features and outcomes only (no document text). ``scripts/fit_confidence.py`` reads them.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from govdoc_nlp.calibration import unit_outcomes
from govdoc_nlp.evaluate import load_gold
from govdoc_nlp.extract.confidence import features
from govdoc_nlp.model.records import Reply

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scripts" / "data" / "first_scores.jsonl.gz"
BATCHES: tuple[tuple[int, int, str], ...] = (
    # first, last corpora id, commit of the parser that first scored them (the parent of the commit adding them)
    (69, 92, "3b4e093"), (93, 116, "e4e70c1"), (117, 140, "5fee361"), (141, 164, "5c0d2f6"),
    (165, 184, "46dc20a"), (185, 204, "4fe2cef"), (205, 220, "ce584e6"), (221, 236, "15c7c90"),
    (237, 250, "7831e35"), (251, 270, "07d8cf8"), (271, 282, "62bb022"), (292, 306, "04712f7"), (307, 321, "9f71d90"),
    (322, 335, "8479ab8"), (336, 347, "1212ec2"), (354, 368, "ca16591"), (371, 385, "adf8939"), (386, 400, "5c1402f"), (401, 412, "1234fe1"), (413, 424, "fef98bb"),
    (428, 445, "8436bc3"), (446, 467, "9b57765"), (468, 491, "78381a0"), (492, 512, "9bbc252"), (513, 523, "f992768"), (524, 533, "7d038f0"), (534, 538, "c7fcc66"),
    (539, 541, "f88f5b9"), (542, 551, "d4f7500"), (552, 561, "5dd0298"), (562, 573, "3e6fe8a"), (574, 574, "d78a3fd"),
    (575, 580, "65f231e"), (581, 584, "baf95cc"), (585, 589, "975ac6b"), (590, 590, "de8022b"),
)
_PARSE_ALL = """
import json, sys
from govdoc_nlp.api import parse
for path in sys.argv[1:]:
    try:
        print(json.dumps(parse(path).to_dict(), ensure_ascii=False))
    except Exception as exc:
        print(json.dumps({"_error": str(exc)}))
"""


def old_predictions(commit: str, inputs: list[Path]) -> list[dict]:
    """Parse ``inputs`` with the parser as of ``commit``."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
        try:
            out = subprocess.run([sys.executable, "-c", _PARSE_ALL, *map(str, inputs)], cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                                 capture_output=True, text=True, check=True, timeout=1800)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


DEBUG = open(sys.argv[sys.argv.index("--debug") + 1], "w", encoding="utf-8") if "--debug" in sys.argv else None  # noqa: SIM115


def main() -> None:
    gold = {g["doc_id"]: g for g in load_gold(ROOT / "corpora" / "gold")}
    rows = []
    for first, last, commit in BATCHES:
        docs = [gold[f"c{k}"] for k in range(first, last + 1) if f"c{k}" in gold]
        preds = old_predictions(commit, [Path(d["_input"]) for d in docs])
        wrong = 0
        for doc, pred in zip(docs, preds, strict=True):
            if "_error" in pred:
                continue
            reply = Reply.from_dict(pred)
            feats = features(reply)
            pred_fields = reply.to_dict(include_text=False)
            for path, right in unit_outcomes(doc["fields"], pred_fields).items():
                if DEBUG and not right:
                    print(json.dumps({"doc": doc["doc_id"], "path": path, "gold": doc["fields"].get(path.split("[")[0]), "x": {k: v for k, v in feats.get(path, {}).items() if v}}, ensure_ascii=False), file=DEBUG)
                rows.append({"folder": f"first-score/{commit}", "doc": f"first-score/{doc['doc_id']}", "path": path, "x": feats.get(path, {}), "y": int(right)})
                wrong += not right
        print(f"c{first}-c{last} @ {commit}: {len(docs)} documents, {wrong} wrong units", file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode("utf-8"), mtime=0))
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
