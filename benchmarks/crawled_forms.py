"""Score saved web pages in the forms that real pipelines turn them into.

For every web page with gold in a folder (``corpora/gold`` by default) this makes seven copies with
the real tools — trafilatura Markdown with metadata, trafilatura text, html2text Markdown (unwrapped,
and with its default 78-column wrapping), markdownify Markdown (the converter inside MarkItDown),
inscriptis text, and the page's text on one line — trims the gold to what each copy still contains (a converter may drop a signature), parses each copy and prints F1 per form next to the
page itself.

    python benchmarks/crawled_forms.py [GOLD_DIR] [--show-errors FORM]

The tools are development dependencies (``pip install -e .[dev]``).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govdoc_nlp import parse  # noqa: E402
from govdoc_nlp.clean.chars import drop_pinyin_glosses  # noqa: E402
from govdoc_nlp.evaluate import FIELDS, Counts, Report, normalise, score_document  # noqa: E402
from govdoc_nlp.extract.dates import find_dates  # noqa: E402
from govdoc_nlp.load.encoding import decode_text  # noqa: E402


def _html_text(data: bytes) -> str:
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(data)[0]


def trafilatura_markdown(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, output_format="markdown", with_metadata=True, include_tables=True) or ""


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, output_format="txt", include_tables=True) or ""


def html2text_markdown(html: str) -> str:
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    return h.handle(html)


def html2text_wrapped(html: str) -> str:
    import html2text

    return html2text.html2text(html)


def markdownify_markdown(html: str) -> str:
    from markdownify import markdownify

    return markdownify(html, heading_style="ATX")


def inscriptis_text(html: str) -> str:
    from inscriptis import get_text

    return get_text(html)


def one_line(html: str) -> str:
    return " ".join(line.strip() for line in inscriptis_text(html).splitlines() if line.strip())


FORMS: dict[str, Callable[[str], str]] = {
    "trafilatura-md": trafilatura_markdown,
    "trafilatura-txt": trafilatura_text,
    "html2text-md": html2text_markdown,
    "html2text-md-wrapped": html2text_wrapped,
    "markdownify-md": markdownify_markdown,
    "inscriptis-txt": inscriptis_text,
    "one-line": one_line,
}


def _present(value: Any, text: str) -> bool:
    key = normalise(value)
    return bool(key) and key in text


def _category_present(value: str, text: str) -> bool:
    v = regex.escape(normalise(value))
    return bool(regex.search(rf"类别?[^A-Da-d]{{0,6}}{v}(?![A-Za-z])|\({v}\)|{v}类|类:{v}|[〔【\[]{v}[〕】\]]", text))


def trim_gold(fields: dict[str, Any], form_text: str) -> dict[str, Any]:
    """The gold fields a copy still contains: values it lost are not scored (read without the
    pronunciations a converter wrote after characters, as the parser reads them)."""
    form_text = drop_pinyin_glosses(form_text)
    text = normalise(form_text)
    dates = {d.iso for d in find_dates(form_text)} | {d.iso for d in find_dates(text)}
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if value in (None, [], ""):
            out[name] = value
        elif name == "doc_type":
            out[name] = value
        elif name == "date":
            digits = value.replace("-", "")
            if value in dates or digits in text or f"{int(digits[:4])}{int(digits[4:6])}{int(digits[6:])}" in text:
                out[name] = value
        elif name == "response_category":
            if _category_present(value, text):
                out[name] = value
        elif name == "proposal.title":
            core = normalise(value).removeprefix("关于")
            if core[:12] in text:
                out[name] = value
        elif name == "sections":
            out[name] = [s for s in value if normalise(s.get("heading"))[:8] in text]
        elif name == "commitments":
            items = [c if isinstance(c, str) else c.get("text", "") for c in value]
            out[name] = [c for c in items if normalise(c)[:12] in text and normalise(c)[-8:] in text]
        elif isinstance(value, list):
            out[name] = [v for v in value if _present(v if isinstance(v, str) else v.get("name"), text)]
        elif _present(value, text):
            out[name] = value
    return out


def web_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Gold documents whose input is a saved web page."""
    docs = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        src = (path.parent / gold["input"]).resolve()
        if src.suffix.lower() in (".html", ".htm", ".shtml"):
            gold["_input"] = src
            docs.append(gold)
    return docs


def score_forms(gold_dir: Path, forms: list[str] | None = None) -> dict[str, Report]:
    """A report per form ('page' is the page itself), over the web pages of ``gold_dir``."""
    names = ["page", *(forms or FORMS)]
    reports = {name: Report(fields={f: Counts() for f in FIELDS}) for name in names}
    for gold in web_gold(gold_dir):
        data = gold["_input"].read_bytes()
        html = _html_text(data)
        for name in names:
            if name == "page":
                payload, fields = data, gold["fields"]
            else:
                text = FORMS[name](html)
                payload, fields = text.encode("utf-8"), trim_gold(copy.deepcopy(gold["fields"]), text)
            score_copy(reports[name], gold["doc_id"], fields, payload)
    return reports


def score_copy(report: Report, doc_id: str, fields: dict[str, Any], source: bytes | Path) -> None:
    """Parse one copy of a document and add its field scores against ``fields`` to ``report``."""
    report.documents += 1
    errors: list[str] = []
    try:
        pred = parse(source).to_dict(include_text=False)
    except Exception as exc:  # a failed copy is reported, never stops the run
        report.failed[doc_id] = f"{type(exc).__name__}: {exc}"
        pred = {}
    for field_name, counts in score_document(fields, pred, errors).items():
        report.fields[field_name].add(counts)
    if errors:
        report.errors[doc_id] = errors


def print_reports(reports: dict[str, Report], base: str, show_errors: str | None = None) -> None:
    """One line per form (F1, its difference from ``base``, documents entirely right), then the
    mismatches of ``show_errors``."""
    width = max(len(name) for name in reports) + 2
    print(f"{'form':<{width}}{'F1':>7}{'vs ' + base:>9}{'all right':>11}")
    for name, report in reports.items():
        f1 = report.overall.f1
        print(f"{name:<{width}}{f1:>7.3f}{f1 - reports[base].overall.f1:>+9.3f}{report.fully_correct:>6}/{report.documents}")
    if show_errors:
        print(reports[show_errors].format(show_errors=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(ROOT / "corpora" / "gold"))
    ap.add_argument("--show-errors", metavar="FORM", help="print the mismatches of one form")
    ap.add_argument("--form", action="append", choices=list(FORMS), help="only these forms")
    args = ap.parse_args(argv)
    print_reports(score_forms(Path(args.gold), args.form), "page", args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
