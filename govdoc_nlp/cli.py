"""The `govdoc` command line."""

from __future__ import annotations

import argparse
import sys

from govdoc_nlp.errors import GovdocError


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `govdoc` command."""
    parser = argparse.ArgumentParser(prog="govdoc", description="Chinese government replies → structured data.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one file and print its JSON", description="Parse one reply (TXT, HTML, PDF, scan, DOCX, OFD).")
    p.add_argument("file")
    p.add_argument("--format", choices=["json", "text"], default="json")
    args = parser.parse_args(argv)
    if args.command == "parse":
        from govdoc_nlp.api import parse

        try:
            reply = parse(args.file)
        except GovdocError as exc:
            print(f"govdoc: error: {exc}", file=sys.stderr)
            return 2
        print(reply.to_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
