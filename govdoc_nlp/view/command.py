"""`govdoc view FILE [-o out.html]` and `govdoc view --serve DIR|ARCHIVE.sqlite`."""

from __future__ import annotations

import argparse
import os
import sys

from govdoc_nlp.errors import GovdocError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `view` sub-command."""
    p = sub.add_parser(
        "view",
        help="write an annotated HTML review page of one file, or browse a folder/archive on localhost",
        description="Review what was extracted. `govdoc view FILE -o out.html` writes one self-contained HTML page "
        "(document text with every field highlighted, page images with boxes for PDFs and scans, JSON and warnings). "
        "`govdoc view --serve DIR|ARCHIVE.sqlite` serves a searchable list of documents on 127.0.0.1, and a review queue "
        "(/review, lowest confidence first) whose pages save corrected fields as <doc>.gold.json for `govdoc eval`.",
    )
    p.add_argument("file", nargs="?", help="document to view (any format `govdoc parse` reads)")
    p.add_argument("-o", "--output", help="HTML file to write (default: FILE.view.html next to the current directory)")
    p.add_argument("--serve", metavar="DIR", help="serve a folder of documents or a .sqlite archive from `govdoc convert`")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8765, help="port (0 picks a free one; the URL is printed)")
    p.add_argument("--index", help="keep the parse cache of a served folder in this SQLite file (default: in memory)")
    p.add_argument("--gold-dir", help="with an archive: folder the review page saves <doc>.gold.json files in (default: the archive's "
                   "folder); a served folder's gold files go next to its documents")
    p.add_argument("--ocr", choices=["auto", "force", "off"], default="auto", help="OCR pages without a usable text layer")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the page or run the server; exit 2 on unreadable input."""
    if args.serve:
        from govdoc_nlp.view.server import serve

        try:
            return serve(args.serve, host=args.host, port=args.port, index_path=args.index, ocr=args.ocr, gold_dir=args.gold_dir)
        except GovdocError as exc:
            print(f"govdoc: error: {exc}", file=sys.stderr)
            return 2
    if not args.file:
        print("govdoc view: give a FILE to view or --serve DIR", file=sys.stderr)
        return 2
    from govdoc_nlp.view.render import view_file

    try:
        page = view_file(args.file, ocr=args.ocr)
    except GovdocError as exc:
        print(f"govdoc: error: {exc}", file=sys.stderr)
        return 2
    out = args.output or os.path.splitext(os.path.basename(args.file))[0] + ".view.html"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(page)
    print(out)
    return 0
