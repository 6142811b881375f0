"""`govdoc research IN -o vars.parquet|vars.csv`: responsiveness variables of many replies."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `research` sub-command."""
    p = sub.add_parser(
        "research",
        help="compute responsiveness variables (one row per reply) into Parquet or CSV",
        description="Compute the research variables of docs/CODEBOOK.md for every reply of IN: a .jsonl of reply JSON "
        "(govdoc convert output), a .sqlite / .parquet from govdoc convert, or a folder of documents to parse. "
        "The output format follows the file extension (.parquet or .csv).",
    )
    p.add_argument("input", metavar="IN", help="replies: .jsonl, .sqlite, .parquet, a folder of documents, or one document")
    p.add_argument("-o", "--output", action="append", required=True, metavar="OUT",
                   help="table of one row per reply (.parquet or .csv); repeat for several formats")
    p.add_argument("--commitments", metavar="OUT", help="also write one row per commitment (.parquet or .csv)")
    p.add_argument("--sections", metavar="OUT", help="also write one row per section (.parquet or .csv)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on standard error")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the replies, build the tables, write them; exit 2 on unreadable input or bad output name."""
    from govdoc_nlp.errors import GovdocError
    from govdoc_nlp.research.io import read_replies
    from govdoc_nlp.research.tables import commitments_frame, frame, sections_frame, write_table

    outputs = list(args.output) + [x for x in (args.commitments, args.sections) if x]
    bad = [o for o in outputs if not o.lower().endswith((".parquet", ".csv"))]
    if bad:
        print(f"govdoc research: error: output must end in .parquet or .csv: {', '.join(bad)}", file=sys.stderr)
        return 2
    try:
        replies = list(read_replies(args.input))
    except GovdocError as exc:
        print(f"govdoc research: error: {exc}", file=sys.stderr)
        return 2
    from pathlib import Path

    root = args.input if Path(args.input).is_dir() else None
    df = frame(replies, root)
    for out in args.output:
        write_table(df, out)
    if args.commitments:
        write_table(commitments_frame(replies, root), args.commitments)
    if args.sections:
        write_table(sections_frame(replies, root), args.sections)
    if not args.quiet:
        print(f"govdoc research: {len(df)} replies, {len(df.columns)} variables → {', '.join(outputs)}", file=sys.stderr)
    return 0
