"""Stamped and photographed letters (issue 14): corpora replies scored as text and as scans.

Each letter is rendered to a GB/T 9704-like PDF and then read in five forms:

* ``text``: the corpora file itself (the parser's own score on these letters);
* ``grey-scan``: the plain letter scanned in grey at 300 dpi, skewed and noisy;
* ``stamped-colour``: a red letterhead (the issuer's name over a red rule) and a round red seal
  over the signature and date, scanned in colour at 200 dpi;
* ``stamped-grey``: the same in grey at 300 dpi;
* ``photo``: phone photos of the stamped pages (perspective, uneven light, blur) in one PDF.

Every form is scored against the same gold with the contract's scorer (``govdoc_nlp.evaluate``),
printing F1, letters entirely right, letters whose date was found, and seconds per page. The
page-time ratio compares a stamped colour page with an unstamped scan of the same letters,
measured in the same run (both are rendered at the loader's OCR dpi).

    nice -n 10 python benchmarks/bench_stamped.py [--docs c05,c19] [--forms text,photo] [--work DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

from render_pdf import render_pdf  # noqa: E402
from render_scan import scan_pages  # noqa: E402
from render_stamped import render_all  # noqa: E402

from govdoc_nlp import parse  # noqa: E402
from govdoc_nlp.evaluate import FIELDS, Counts, Report, load_gold, score_document  # noqa: E402
from govdoc_nlp.load.encoding import decode_text  # noqa: E402

# Plain-text letters (one paragraph per line): a hard-wrapped ``pdf-text`` letter would be set
# with every source line as its own indented paragraph, an artefact of the rendering.
LETTERS = ("c03", "c08", "c12", "c13", "c16", "c19", "c20", "c22", "c24", "c29", "c46")
FORMS = ("text", "grey-scan", "stamped-colour", "stamped-grey", "photo")


def render(gold: dict[str, Any], work: Path) -> dict[str, Path]:
    """The letter's files for every form (rendered once; kept in ``work``)."""
    d = work / gold["doc_id"]
    paths = {
        "text": gold["_input"],
        "grey-scan": d / "scan.pdf",
        "stamped-colour": d / "colour.pdf",
        "stamped-grey": d / "grey.pdf",
        "photo": d / "photo.pdf",
    }
    if all(p.exists() for p in paths.values()):
        return paths
    text = decode_text(gold["_input"].read_bytes())[0]
    d.mkdir(parents=True, exist_ok=True)
    seed = int(gold["doc_id"].lstrip("c"))
    render_all(text, gold["fields"]["issuer"], d, seed=seed)
    plain = render_pdf(text, d / "plain.pdf")
    pages = [im.convert("L") for im in scan_pages(plain, dpi=300, angle=1.2, seed=seed)]
    pages[0].save(paths["grey-scan"], format="PDF", save_all=True, append_images=pages[1:], resolution=300)
    return paths


def run(docs: list[str], forms: list[str], work: Path) -> tuple[dict[str, Report], dict[str, int], dict[str, float], dict[str, int]]:
    """Reports, dates found, OCR seconds and pages per form."""
    golds = [g for g in load_gold(ROOT / "corpora" / "gold") if g["doc_id"] in docs]
    reports = {f: Report(fields={name: Counts() for name in FIELDS}) for f in forms}
    dates = dict.fromkeys(forms, 0)
    seconds = dict.fromkeys(forms, 0.0)
    pages = dict.fromkeys(forms, 0)
    if any(f != "text" for f in forms):
        from PIL import Image

        from govdoc_nlp.load.ocr import get_engine

        get_engine().recognize(Image.new("RGB", (64, 32), "white"))  # load the models before timing
    for gold in golds:
        paths = render(gold, work)
        for form in forms:
            report = reports[form]
            report.documents += 1
            t0 = time.perf_counter()
            try:
                reply = parse(paths[form])
                pred = reply.to_dict(include_text=False)
            except Exception as exc:  # a failed letter is reported, never stops the run
                report.failed[gold["doc_id"]] = f"{type(exc).__name__}: {exc}"
                continue
            seconds[form] += time.perf_counter() - t0
            pages[form] += reply.source.pages or 0
            errors: list[str] = []
            for name, counts in score_document(gold["fields"], pred, errors).items():
                report.fields[name].add(counts)
            if errors:
                report.errors[gold["doc_id"]] = errors
            if pred.get("date") == gold["fields"].get("date"):
                dates[form] += 1
    return reports, dates, seconds, pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", default=",".join(LETTERS), help="comma-separated corpora ids")
    ap.add_argument("--forms", default=",".join(FORMS))
    ap.add_argument("--work", help="folder to keep the renders in (reused when present)")
    ap.add_argument("--show-errors", metavar="FORM")
    args = ap.parse_args(argv)
    forms = [f for f in args.forms.split(",") if f]
    docs = [d for d in args.docs.split(",") if d]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="stamped-"))
    reports, dates, seconds, pages = run(docs, forms, work)
    base = reports["text"].overall.f1 if "text" in reports else None
    print(f"{'form':<16}{'F1':>7}{'vs text':>9}{'all right':>11}{'dates':>8}{'s/page':>8}")
    for form, report in reports.items():
        f1 = report.overall.f1
        diff = f"{f1 - base:+.3f}" if base is not None else "-"
        per_page = seconds[form] / pages[form] if pages[form] else 0.0
        print(f"{form:<16}{f1:>7.3f}{diff:>9}{report.fully_correct:>6}/{report.documents:<4}{dates[form]:>4}/{report.documents:<3}{per_page:>8.2f}")
    if pages.get("stamped-colour") and pages.get("grey-scan"):
        ratio = (seconds["stamped-colour"] / pages["stamped-colour"]) / (seconds["grey-scan"] / pages["grey-scan"])
        print(f"page time, stamped colour / unstamped scan: {ratio:.2f}×")
    if args.show_errors:
        print(reports[args.show_errors].format(show_errors=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
