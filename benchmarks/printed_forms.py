"""Score text replies printed to PDF, and scanned: the forms an archive keeps of the same letters.

For every document with gold in a folder whose input is text (``../shared/corpus/real-web`` by
default: 80 real crawled replies), the text is laid out as a GB/T 9704-like PDF with the test
renderer (``tests/fixtures/render_pdf.py``: 28 characters a line, so names, numbers and lists break
at the margin wherever they fall), and with ``--scan`` that PDF is also scanned (300 dpi, rotated,
noisy, JPEG) and read by OCR. The gold is trimmed to what each copy still contains (the renderer
may lack a glyph) and F1 is printed per form next to the text itself.

    python benchmarks/printed_forms.py [GOLD_DIR] [--scan] [--letter-only] [--limit N] [--show-errors FORM]

By default a page's site chrome is printed too (the renderer does not know it from the letter), so
titles of pages with chrome above them are harder in the PDF than on the page; ``--letter-only``
prints the letter alone, from its title or salutation on, as an archive keeps it.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

from crawled_forms import print_reports, score_copy, trim_gold  # noqa: E402
from render_pdf import render_pdf  # noqa: E402
from render_scan import scan_pages, write_image_pdf  # noqa: E402

from govdoc_nlp.evaluate import FIELDS, Counts, Report, normalise  # noqa: E402

_PAGE_NUMBER = regex.compile(r"[—–-]\s?\d{1,3}\s?[—–-]")
DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "real-web"


def _read(path: Path) -> str:
    from govdoc_nlp.load.encoding import decode_text

    return decode_text(path.read_bytes())[0]


def letter_only(text: str, fields: dict[str, Any]) -> str:
    """The letter without the page around it: from the line holding the gold title (else the
    addressee's first name) to the end, as the letter itself would be printed and archived."""
    lines = text.splitlines()
    keys = [normalise(fields.get("title") or "")[:8], *(normalise(n)[:3] for n in (fields.get("addressee.names") or [])[:1])]
    for key in (k for k in keys if k):
        for k, line in enumerate(lines):
            if key in normalise(line):
                return "\n".join(lines[k:])
    return text


def score_printed(gold_dir: Path, *, scan: bool = False, limit: int | None = None, letter: bool = False) -> dict[str, Report]:
    """A report per form: ``text`` (the input itself), ``pdf`` and, with ``scan``, ``scan``;
    ``letter`` prints only the letter (``letter_only``), not the page's chrome."""
    import pdfplumber

    names = ["text", "pdf", *(["scan"] if scan else [])]
    reports = {n: Report(fields={f: Counts() for f in FIELDS}) for n in names}
    golds = sorted(gold_dir.glob("*.gold.json"))[:limit]
    with tempfile.TemporaryDirectory() as tmp:
        for path in golds:
            gold = json.loads(path.read_text(encoding="utf-8"))
            source = (path.parent / gold["input"]).resolve()
            if source.suffix.lower() not in (".txt", ".md"):
                continue
            doc_id = gold["doc_id"]
            score_copy(reports["text"], doc_id, gold["fields"], source)
            printed_text = letter_only(_read(source), gold["fields"]) if letter else _read(source)
            pdf = render_pdf(printed_text, Path(tmp) / f"{doc_id}.pdf")
            with pdfplumber.open(pdf) as doc:
                lines = [ln for page in doc.pages for ln in (page.extract_text() or "").splitlines()]
            printed = "".join(ln for ln in lines if not _PAGE_NUMBER.fullmatch(ln.strip()))
            fields = trim_gold(copy.deepcopy(gold["fields"]), printed)
            score_copy(reports["pdf"], doc_id, fields, pdf)
            if scan:
                scanned = write_image_pdf(scan_pages(pdf, dpi=300, angle=1.0, seed=7), Path(tmp) / f"{doc_id}.scan.pdf")
                score_copy(reports["scan"], doc_id, fields, Path(scanned))
    return reports


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--scan", action="store_true", help="also scan each PDF and read it by OCR (slow: seconds a page)")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--letter-only", action="store_true", help="print the letter alone, from its title (or salutation) on, without the page around it")
    ap.add_argument("--show-errors", metavar="FORM", choices=["text", "pdf", "scan"], help="print the mismatches of one form")
    args = ap.parse_args(argv)
    gold_dir = Path(args.gold)
    if not gold_dir.is_dir():
        print(f"no gold folder at {gold_dir}", file=sys.stderr)
        return 2
    print_reports(score_printed(gold_dir, scan=args.scan, limit=args.limit, letter=args.letter_only), "text", args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
