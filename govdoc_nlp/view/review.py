"""The review queue and the review page of ``govdoc view --serve``: documents listed by their
lowest field confidence, and one document's contract fields as a form (value, confidence, a link
to the highlighted span) that the reviewer accepts, corrects or sets from a selection in the
text, then saves as a gold file (see :mod:`govdoc_nlp.view.gold`). Every value is escaped; the
page's scripts run under a nonce and may only talk to their own origin."""

from __future__ import annotations

import os
from typing import Any

from govdoc_nlp.evaluate import FIELDS, LISTS, SCALARS
from govdoc_nlp.model import Reply
from govdoc_nlp.view.assets import BASE_CSS, VIEW_JS, kind_css
from govdoc_nlp.view.fields import Mark, build_marks
from govdoc_nlp.view.gold import DOC_TYPES
from govdoc_nlp.view.render import esc, markup_text, script_json
from govdoc_nlp.view.review_assets import QUEUE_CSS, REVIEW_CSS, REVIEW_JS

QUEUE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
LOW, HIGH = 0.6, 0.9
"""Confidence below LOW is drawn red, from LOW to HIGH amber, HIGH and above green."""


def review_csp(nonce: str) -> str:
    """The review page's policy: its own nonce'd scripts, requests to its own origin only."""
    return (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def conf_class(value: float | None) -> str:
    """CSS class of a confidence badge."""
    if value is None:
        return "c-na"
    return "c-lo" if value < LOW else "c-mid" if value < HIGH else "c-hi"


def badge(value: float | None) -> str:
    """A confidence as a coloured badge (— when unknown)."""
    shown = "—" if value is None else f"{value:.2f}"
    return f'<span class="conf {conf_class(value)}" title="confidence">{shown}</span>'


def parsed_values(reply: Reply) -> dict[str, Any]:
    """The parser's value of every contract field, in the gold format."""
    from govdoc_nlp.evaluate import lookup

    data = reply.to_dict(include_text=False)
    out: dict[str, Any] = {name: lookup(data, name) for name in SCALARS}
    for name in LISTS:
        items = lookup(data, name) or []
        out[name] = [str(v.get("name") if isinstance(v, dict) else v) for v in items if v]
    out["sections"] = [{"level": s.level, "number": s.number, "heading": s.heading} for s in reply.sections]
    out["commitments"] = [c.text for c in reply.commitments]
    return out


def _ids(marks: list[Mark], field: str) -> list[str]:
    return [m.id for m in marks if m.has_span and (m.field == field or m.field.startswith(field + ".") or field.startswith(m.field + "."))]


def _links(ids: list[str]) -> str:
    return "".join(f'<a class="sp" href="#{esc(i)}" title="show the span in the text">span</a>' for i in ids[:3])


def _button(act: str, label: str, title: str = "") -> str:
    tip = f' title="{esc(title)}"' if title else ""
    return f'<button type="button" data-act="{act}"{tip}>{esc(label)}</button>'


def _section_item(sec: dict[str, Any], conf: float | None, ids: list[str]) -> str:
    levels = "".join(f'<option value="{n}"{" selected" if sec.get("level") == n else ""}>{n}</option>' for n in (1, 2, 3, 4))
    return (
        f'<li class="it">{badge(conf)}{_links(ids)}<select class="lvl" aria-label="level">{levels}</select>'
        f'<input class="num" value="{esc(sec.get("number"))}" aria-label="number">'
        f'<input class="head" value="{esc(sec.get("heading"))}" aria-label="heading">'
        f'{_button("item-sel", "← sel", "heading from the selection")}{_button("item-del", "✕", "remove")}</li>'
    )


def _commitment_item(text: str, conf: float | None, ids: list[str]) -> str:
    return (
        f'<li class="it">{badge(conf)}{_links(ids)}<textarea class="txt" rows="3" aria-label="commitment">{esc(text)}</textarea>'
        f'{_button("item-sel", "← sel", "text from the selection")}{_button("item-del", "✕", "remove")}</li>'
    )


def _field_row(name: str, value: Any, reply: Reply, marks: list[Mark], state: str, from_gold: bool) -> str:
    conf = reply.confidence.get(name)
    kind = "scalar" if name in SCALARS else "list" if name in LISTS else name
    actions = [_button("accept", "✓ accept")]
    if name == "doc_type":
        options = "".join(f'<option value="{t}"{" selected" if value == t else ""}>{t}</option>' for t in DOC_TYPES)
        control = f'<select class="val" aria-label="{esc(name)}">{options}</select>'
    elif name in SCALARS:
        control = f'<input class="val" type="text" value="{esc(value or "")}" aria-label="{esc(name)}">'
        actions += [_button("sel", "← selection", "set from the text selected in the document"), _button("clear", "empty")]
    elif name in LISTS:
        control = f'<textarea class="val" rows="2" aria-label="{esc(name)} (one per line)">{esc(chr(10).join(value or []))}</textarea>'
        actions += [_button("sel", "+ selection", "add the selected text as one more line")]
    elif name == "sections":
        items = "".join(_section_item(s, None if from_gold else reply.confidence.get(f"sections[{i}]"), [] if from_gold else _ids(marks, f"sections[{i}]"))
                        for i, s in enumerate(value or []))
        control = f'<ol class="items">{items}</ol>'
        actions += [_button("add-sel", "+ from selection", "a new section from the selected heading line")]
    else:
        items = "".join(_commitment_item(t, None if from_gold else reply.confidence.get(f"commitments[{i}]"), [] if from_gold else _ids(marks, f"commitments[{i}]"))
                        for i, t in enumerate(value or []))
        control = f'<ol class="items">{items}</ol>'
        actions += [_button("add-sel", "+ from selection", "a new commitment from the selected text")]
    links = "" if name in ("sections", "commitments") or value in (None, "", []) else _links(_ids(marks, name))
    return (
        f'<div class="rf" data-field="{esc(name)}" data-type="{kind}" data-state="{state}" id="f-{esc(name.replace(".", "-"))}">'
        f'<div class="rh"><span class="fname">{esc(name)}</span>{badge(conf)}{links}<span class="state"></span></div>'
        f'{control}<div class="ra">{"".join(actions)}</div></div>'
    )


def _gold_value(name: str, value: Any) -> Any:
    """A value of a gold file (possibly written by hand) in the shape the form shows."""
    if name in SCALARS:
        return None if value is None else str(value)
    items = value if isinstance(value, list) else [] if value in (None, "") else [value]
    if name == "sections":
        return [s for s in items if isinstance(s, dict)]
    return [str(v.get("name") or v.get("text") or "") if isinstance(v, dict) else str(v) for v in items]


def render_review(
    reply: Reply,
    *,
    doc_id: int,
    key: str,
    gold: dict[str, Any] | None,
    gold_name: str,
    token: str,
    nonce: str,
) -> str:
    """The review page of one document: its text with every span highlighted, and one form row per
    contract field (the saved gold's value when there is one, else the parser's)."""
    marks = build_marks(reply)
    parsed = parsed_values(reply)
    saved = (gold or {}).get("fields") or {}
    rows = []
    for name in FIELDS:
        in_gold = name in saved
        value = _gold_value(name, saved[name]) if in_gold else parsed[name]
        rows.append(_field_row(name, value, reply, marks, "ok" if in_gold else "todo", in_gold))
    data = {"token": token, "save": f"/review/{doc_id}/gold", "next": f"/review/next?after={doc_id}"}
    view_data = {"marks": sum(1 for m in marks if m.has_span), "fields": [m.field for m in marks], "warnings": len(reply.warnings)}
    mc = reply.min_confidence
    status = f"saved as {gold_name}" if gold else "not reviewed yet"
    warn = "".join(f'<li class="warn"><code>{esc(w.code)}</code> {esc(w.message)}</li>' for w in reply.warnings)
    templates = (
        f'<template id="tpl-sections">{_section_item({"level": 1, "number": "", "heading": ""}, None, [])}</template>'
        f'<template id="tpl-commitments">{_commitment_item("", None, [])}</template>'
    )
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(review_csp(nonce))}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>review · {esc(reply.title or key)}</title>
<style>{BASE_CSS}{kind_css()}{REVIEW_CSS}</style></head>
<body class="reviewing" data-view-ready="0" data-review-ready="0" data-saved="{1 if gold else 0}">
<header class="top"><a href="/review">← review queue</a><a href="/doc/{doc_id}">annotated page</a>
<h1 id="doc-title">{esc(reply.title or "(no title found)")}</h1>
<span class="meta">{esc(key)} · lowest confidence {badge(mc)} · <span id="gold-state">{esc(status)}</span></span></header>
<main class="layout nopages review">
<section class="col textcol"><h2>Document text</h2>
<p class="selbar">Selected: <span id="seltext" class="muted">nothing — select text below, then use a field's “selection” button</span></p>
<pre id="doctext">{markup_text(reply.text, marks)}</pre></section>
<aside class="col panel" id="review">
<div class="savebar"><button type="button" id="save" class="primary">Save gold</button>
<button type="button" id="accept-all">✓ accept all unreviewed</button>
<span id="status" role="status" aria-live="polite"></span></div>
<p class="muted small">Only accepted (✓) or corrected fields are saved; the others stay out of the gold file and are not scored.</p>
<label class="notes">Reviewer's notes<textarea id="notes" rows="3">{esc((gold or {}).get("notes") or "")}</textarea></label>
<ul class="warns">{warn}</ul>
{"".join(rows)}
</aside></main>
{templates}
<script type="application/json" id="view-data">{script_json(view_data)}</script>
<script type="application/json" id="review-data">{script_json(data)}</script>
<script nonce="{esc(nonce)}">{VIEW_JS}</script>
<script nonce="{esc(nonce)}">{REVIEW_JS}</script>
</body></html>
"""


def render_queue(rows: list[dict[str, Any]], *, total: int, offset: int, limit: int, source: str, reviewed: set[int], indexing: str) -> str:
    """The review queue: documents by lowest confidence first, with their weakest fields."""
    body = []
    for r in rows:
        weak = " · ".join(f'{esc(f)} {badge(c)}' for f, c in r["weak"])
        done = '<span class="done" title="a gold file is saved">✓ reviewed</span>' if int(r["id"]) in reviewed else ""
        body.append(
            f'<tr><td>{badge(r["min_conf"])}</td><td><a href="/review/{int(r["id"])}">{esc(r["title"] or "(no title)")}</a>'
            f'<br><small>{esc(r["key"])}</small></td><td>{esc(r["issuer"])}</td><td class="weak">{weak}</td><td>{done}</td></tr>'
        )
    pager = []
    if offset > 0:
        pager.append(f'<a href="/review?offset={max(0, offset - limit)}">← previous</a>')
    if offset + len(rows) < total:
        pager.append(f'<a href="/review?offset={offset + limit}">next →</a>')
    name = os.path.basename(source)
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(QUEUE_CSP)}"><title>review queue · {esc(name)}</title>'
        f'<style>{QUEUE_CSS}</style></head><body><header class="top"><h1>Review queue · {esc(name)}</h1>'
        '<a href="/">all documents</a> <a href="/review/next">open the next unreviewed →</a></header>'
        f'<div class="status" id="status">{total} parsed document(s), lowest confidence first · {len(reviewed)} reviewed on this page{esc(indexing)}</div>'
        '<table id="queue"><thead><tr><th>Lowest</th><th>Title / key</th><th>Issuer</th><th>Weakest fields</th><th></th></tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table><div class="pager">{" · ".join(pager)}</div></body></html>'
    )
