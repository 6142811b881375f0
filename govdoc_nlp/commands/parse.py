"""`govdoc parse FILE`: parse one reply and print it."""

from __future__ import annotations

import argparse
import sys

from govdoc_nlp.errors import GovdocError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `parse` sub-command."""
    p = sub.add_parser(
        "parse",
        help="parse one file and print its JSON (or a readable summary)",
        description="Parse one reply: TXT (UTF-8/GBK/GB18030/UTF-16/Big5), HTML, PDF, scanned PDF or image (OCR), DOCX, OFD. "
        "The format is detected from the content.",
    )
    p.add_argument("file", help="path of the file to parse ('-' reads standard input)")
    p.add_argument("--format", choices=["json", "text"], default="json", help="output: pretty JSON (default) or a readable summary")
    p.add_argument("--no-text", action="store_true", help="leave the document text out of the JSON")
    p.add_argument("--ocr", choices=["auto", "force", "off"], default="auto", help="OCR pages without a usable text layer (default auto)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Parse the file and print the result; exit 2 on unreadable input."""
    from govdoc_nlp.api import parse
    from govdoc_nlp.commands.summary import summary_text
    from govdoc_nlp.load import LoadOptions
    from govdoc_nlp.load.reader import read_bounded

    options = LoadOptions(ocr=args.ocr)
    try:
        source = read_bounded(sys.stdin.buffer, options.max_bytes, path="<stdin>") if args.file == "-" else args.file
        reply = parse(source, options=options)
    except GovdocError as exc:
        print(f"govdoc: error: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(reply.to_json(include_text=not args.no_text) + "\n")
    else:
        sys.stdout.write(summary_text(reply) + "\n")
    return 0
