"""`govdoc eval GOLD_DIR`: score the parser on annotated documents."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `eval` sub-command."""
    p = sub.add_parser(
        "eval",
        help="score the parser on gold annotations (per-field precision/recall/F1)",
        description="Parse every document of GOLD_DIR/*.gold.json (the format of the output contract) and print "
        "precision, recall and F1 per field, overall, and the errors. Use it to validate the parser on your own "
        "annotated documents.",
    )
    p.add_argument("gold_dir", help="folder of *.gold.json files, sub-folders included (each one's 'input' is relative to its own folder)")
    p.add_argument("--only", metavar="PREFIX", help="score only documents whose doc_id starts with PREFIX")
    p.add_argument("--predictions", metavar="JSONL", help="score these predictions (e.g. from `govdoc convert`) instead of parsing")
    p.add_argument("--show-errors", action="store_true", help="print every mismatch")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--calibration", action="store_true",
                   help="instead of P/R/F1, print per field and overall the reliability table of Reply.confidence "
                   "(bins of confidence against the share right) and the expected calibration error")
    p.add_argument("--min-f1", type=float, metavar="X", help="exit 1 when the overall F1 is below X")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print; exit 2 when no gold file is found."""
    from govdoc_nlp.evaluate import evaluate, evaluate_predictions, load_gold

    if not load_gold(args.gold_dir, args.only):
        print(f"govdoc: error: no *.gold.json files in {args.gold_dir}", file=sys.stderr)
        return 2
    records = None
    if args.predictions:
        with open(args.predictions, encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
    if args.calibration:
        return _calibration(args, records)
    if records is not None:
        report = evaluate_predictions(args.gold_dir, records, only=args.only)
    else:
        report = evaluate(args.gold_dir, only=args.only)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format(show_errors=args.show_errors))
    if args.min_f1 is not None and report.overall.f1 < args.min_f1:
        return 1
    return 0


def _calibration(args: argparse.Namespace, records: list | None) -> int:
    from govdoc_nlp.calibration import calibration, calibration_of_predictions

    if records is not None:
        report = calibration_of_predictions(args.gold_dir, records, only=args.only)
    else:
        report = calibration(args.gold_dir, only=args.only)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format())
    return 0
