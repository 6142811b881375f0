"""`govdoc parse FILE... [-o OUT]`: parse replies and print (or write) them."""

from __future__ import annotations

import argparse
import os
import sys

from govdoc_nlp.errors import GovdocError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `parse` sub-command."""
    p = sub.add_parser(
        "parse",
        help="parse files and print their JSON (JSON Lines for several) or a readable summary",
        description="Parse replies: TXT (UTF-8/GBK/GB18030/UTF-16/Big5), HTML, PDF, scanned PDF or image (OCR), DOCX, OFD. "
        "The format is detected from the content. One FILE gives pretty JSON; several give JSON Lines (one reply per "
        "line, in the order given). A file that cannot be read is reported on stderr and the others go on (exit 2). "
        "For folders and archives use `govdoc convert`.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="file(s) to parse ('-' reads standard input)")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output (folders are created)")
    p.add_argument("--format", choices=["json", "text"], default="json", help="output: JSON (default) or a readable summary")
    p.add_argument("--no-text", action="store_true", help="leave the document text out of the JSON")
    p.add_argument("--ocr", choices=["auto", "force", "off"], default="auto", help="OCR pages without a usable text layer (default auto)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Parse every file and print the results; exit 2 when any file could not be read."""
    from govdoc_nlp.api import parse
    from govdoc_nlp.commands.summary import summary_text
    from govdoc_nlp.load import LoadOptions
    from govdoc_nlp.load.reader import read_bounded

    options = LoadOptions(ocr=args.ocr)
    several = len(args.files) > 1
    out = _open_output(args.output)
    if out is None:
        return 2
    status = 0
    try:
        for i, name in enumerate(args.files):
            try:
                source = read_bounded(sys.stdin.buffer, options.max_bytes, path="<stdin>") if name == "-" else name
                reply = parse(source, options=options)
            except GovdocError as exc:
                print(f"govdoc parse: error: {exc}", file=sys.stderr)
                status = 2
                continue
            if args.format == "text":
                out.write(("\n" if i else "") + (f"== {name}\n" if several else "") + summary_text(reply) + "\n")
            else:
                out.write(reply.to_json(indent=None if several else 2, include_text=not args.no_text) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def _open_output(path: str | None):
    if not path:
        return sys.stdout
    try:
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        print(f"govdoc parse: error: cannot write {path}: {exc.strerror or exc}; choose another -o path", file=sys.stderr)
        return None
