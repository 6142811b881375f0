"""``govdoc view --serve``: browse a folder of documents or a ``govdoc convert`` SQLite archive on
localhost with the standard library's http.server. Routes:

- ``/``: the list, filtered by ``q`` (words, all must occur), ``issuer``, ``category``, ``warn``
  ('none', 'some' or a code), ``status`` ('ok', 'failed'), paged by ``offset``;
- ``/api/docs``: the same as JSON;
- ``/doc/ID``: the annotated review page; ``/doc/ID.json``: the reply JSON;
- ``/review``: the review queue (lowest confidence first), ``/review/ID``: a document's fields as a
  form, ``/review/next``: the next document without a gold file;
- ``POST /review/ID/gold``: save the reviewed fields as ``<doc>.gold.json`` (the only write).

Every page is built with escaped document text and served with a Content-Security-Policy;
requests whose Host is not this server's local address are refused (DNS rebinding). A save must
come from this server's own page: same Origin as Host, the per-server token the page carries, a
JSON body of at most :data:`~govdoc_nlp.view.gold.MAX_BODY` bytes; where it is written is
computed here from the document's id."""

from __future__ import annotations

import json
import os
import re
import secrets
import sys
import threading
from collections import Counter, OrderedDict
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from govdoc_nlp.errors import GovdocError
from govdoc_nlp.view.analyse import PAGED_FORMATS, Analysis, LineBox
from govdoc_nlp.view.assets import LIST_CSS
from govdoc_nlp.view.gold import MAX_BODY, GoldError, GoldStore, clean_fields, gold_record, write_atomic
from govdoc_nlp.view.index import PAGE_SIZE, DocIndex, Query
from govdoc_nlp.view.render import csp, esc, render_html
from govdoc_nlp.view.review import QUEUE_CSP, render_queue, render_review, review_csp

PAGE_CACHE = 24
LIST_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"


class ViewApp:
    """The served collection: its index and a small cache of rendered review pages."""

    def __init__(self, source: str, *, index_path: str | None = None, ocr: str = "auto", background: bool = True,
                 gold_dir: str | None = None) -> None:
        self.source = os.path.abspath(source)
        self.index = DocIndex(index_path or ":memory:")
        self.ocr = ocr
        self.pages: OrderedDict[int, tuple[str, str]] = OrderedDict()
        self.pages_lock = threading.Lock()
        self.token = secrets.token_urlsafe(32)
        """Carried by every review page and required by the save endpoint."""
        self.save_lock = threading.Lock()
        self._stems_cache: tuple[int, Counter] | None = None
        if os.path.isdir(source):
            if gold_dir:
                raise GovdocError("--gold-dir is for an archive: a folder's gold files go next to its documents", path=gold_dir)
            self.mode = "folder"
            self.gold = GoldStore(self.source, mode="folder")
            self.index.index_folder(source, ocr=ocr, background=background)
        elif os.path.isfile(source):
            self.mode = "archive"
            self.index.load_archive(source)
            self.gold = GoldStore(gold_dir or os.path.dirname(self.source), mode="archive", archive=self.source)
        else:
            raise GovdocError("no such folder or archive", path=source)

    # ------------------------------------------------------------------ pages
    def doc_page(self, doc_id: int) -> tuple[str, str] | None:
        """(HTML, nonce) of a document's review page, rendered once and cached."""
        with self.pages_lock:
            if doc_id in self.pages:
                self.pages.move_to_end(doc_id)
                return self.pages[doc_id]
        doc = self.index.get(doc_id)
        if doc is None:
            return None
        nonce = secrets.token_urlsafe(18)
        if doc["status"] != "ok" or not doc["json"]:
            page = _failed_page(doc)
        else:
            from govdoc_nlp.model.serialize import reply_from_json

            reply = reply_from_json(doc["json"])
            lines = [LineBox(int(s), int(e), int(p), (x0, t, x1, b)) for s, e, p, x0, t, x1, b in json.loads(doc["lines"] or "[]")]
            analysis = Analysis(reply, lines, self._source_bytes(doc) if doc["format"] in PAGED_FORMATS else None)
            page = render_html(reply, analysis=analysis, back_link="/", nonce=nonce)
        with self.pages_lock:
            self.pages[doc_id] = (page, nonce)
            while len(self.pages) > PAGE_CACHE:
                self.pages.popitem(last=False)
        return page, nonce

    def _source_bytes(self, doc: dict) -> bytes | None:
        """The original file of a paged document, for its page images (None when gone)."""
        from govdoc_nlp.bulk.discover import read_item
        from govdoc_nlp.bulk.items import Item

        try:
            if self.mode == "folder":
                members = tuple(json.loads(doc["members"] or "[]"))
                return read_item(Item(key=doc["key"], path=doc["path"], members=members))
            key = doc["key"]
            if "!/" in key:
                return None
            for candidate in (key, os.path.join(os.path.dirname(self.source), key)):
                if os.path.isfile(candidate):
                    with open(candidate, "rb") as fh:
                        return fh.read()
        except (GovdocError, OSError, ValueError):
            return None
        return None

    # ------------------------------------------------------------------ review
    def _stems(self) -> Counter:
        """The gold-name groups of the index, recomputed when documents were added (keys are never removed)."""
        count = self.index.count()
        cached = self._stems_cache
        if cached is None or cached[0] != count:
            cached = self._stems_cache = (count, self.gold.stems(self.index.keys()))
        return cached[1]

    def gold_target(self, doc: dict) -> tuple[str, str, str] | None:
        """(gold path, doc_id, input) of a document, or None when it cannot have a gold file here."""
        try:
            return self.gold.target(doc, self._stems())
        except GoldError:
            return None

    def _reviewed(self, rows: list[dict]) -> set[int]:
        stems = self._stems()
        done = set()
        for r in rows:
            try:
                target = self.gold.target(r, stems)[0]
            except GoldError:
                continue
            if os.path.isfile(target):
                done.add(int(r["id"]))
        return done

    def queue_page(self, offset: int) -> str:
        """The review queue, lowest confidence first."""
        total, rows = self.index.queue(offset, PAGE_SIZE)
        prog = self.index.progress
        indexing = f" · indexing {prog['done']}/{prog['total']}, reload to see more" if prog.get("running") else ""
        return render_queue(rows, total=total, offset=offset, limit=PAGE_SIZE, source=self.source, reviewed=self._reviewed(rows),
                            indexing=indexing)

    def next_unreviewed(self, after: int | None = None) -> int | None:
        """The lowest-confidence document without a gold file (other than ``after``)."""
        offset = 0
        while True:
            _total, rows = self.index.queue(offset, 500)
            if not rows:
                return None
            done = self._reviewed(rows)
            for r in rows:
                if int(r["id"]) not in done and int(r["id"]) != after and self.gold_target(self.index.get(int(r["id"])) or {}) is not None:
                    return int(r["id"])
            offset += len(rows)

    def review_page(self, doc_id: int) -> tuple[str, str] | None:
        """(HTML, nonce) of a document's review page (not cached: it shows the saved gold)."""
        doc = self.index.get(doc_id)
        if doc is None or doc["status"] != "ok" or not doc["json"]:
            return None
        from govdoc_nlp.model.serialize import reply_from_json

        nonce = secrets.token_urlsafe(18)
        found = self.gold_target(doc)
        gold = self.gold.read(found[0]) if found else None
        name = os.path.relpath(found[0], self.gold.root) if found else ""
        page = render_review(reply_from_json(doc["json"]), doc_id=doc_id, key=doc["key"], gold=gold, gold_name=name,
                             token=self.token, nonce=nonce)
        return page, nonce

    def save_gold(self, doc_id: int, payload: object) -> dict:
        """Write the reviewed fields of ``payload`` as the document's gold file; returns what was
        written (path relative to the gold folder). Raises :class:`GoldError`."""
        if not isinstance(payload, dict):
            raise GoldError(400, "expected a JSON object")
        fields = clean_fields(payload.get("fields"))
        notes = payload.get("notes") or ""
        if not isinstance(notes, str) or len(notes) > 20_000:
            raise GoldError(400, "notes: a string of at most 20000 characters")
        doc = self.index.get(doc_id)
        if doc is None or doc["status"] != "ok" or not doc["json"]:
            raise GoldError(404, "no such parsed document")
        target, gold_id, relative = self.gold.target(doc, self._stems())
        source = json.loads(doc["json"]).get("source") or {}
        record = gold_record(gold_id, relative, fields, notes.strip(), source)
        with self.save_lock:
            write_atomic(target, record)
        return {"ok": True, "path": os.path.relpath(target, self.gold.root), "doc_id": gold_id, "fields": len(fields)}

    def list_page(self, query: Query) -> str:
        """The document list with its filter form."""
        total, rows = self.index.search(query)
        facets = self.index.facets()
        prog = self.index.progress
        status = f"{total} of {self.index.count()} document(s)"
        if prog.get("running"):
            status += f" · indexing {prog['done']}/{prog['total']}, reload to see more"

        def select(name: str, options: list[tuple[str, str]], current: str) -> str:
            opts = "".join(
                f'<option value="{esc(v)}"{" selected" if v == current else ""}>{esc(label)}</option>' for v, label in options
            )
            return f'<label>{esc(name)} <select name="{esc(name)}">{opts}</select></label>'

        form = (
            f'<form class="filters" method="get" action="/"><input type="search" name="q" value="{esc(query.q)}" '
            f'placeholder="search title, issuer, number, text" aria-label="search">'
            + select("issuer", [("", "any")] + [(v, f"{v} ({n})") for v, n in facets["issuer"]], query.issuer)
            + select("category", [("", "any")] + [(v, f"{v} ({n})") for v, n in facets["category"]], query.category)
            + select("warn", [("", "any"), ("none", "no warnings"), ("some", "with warnings")] + [(v, f"{v} ({n})") for v, n in facets["warn"]], query.warn)
            + select("status", [("", "all"), ("ok", "parsed"), ("failed", "failed")], query.status)
            + '<button type="submit">Filter</button> <a href="/">reset</a></form>'
        )
        body = []
        for r in rows:
            cls = ' class="failed"' if r["status"] == "failed" else ""
            title = r["title"] or ("(failed) " + (r["error"] or "") if r["status"] == "failed" else "(no title)")
            body.append(
                f'<tr{cls}><td><a href="/doc/{int(r["id"])}">{esc(title)}</a><br><small>{esc(r["key"])}</small></td>'
                f'<td>{esc(r["issuer"])}</td><td>{esc(r["category"])}</td><td>{esc(r["date"])}</td>'
                f'<td>{esc(r["doc_number"] or r["proposal_number"])}</td><td class="w">{esc(" ".join(r["warn_codes"]))}</td></tr>'
            )
        params = {k: v for k, v in (("q", query.q), ("issuer", query.issuer), ("category", query.category), ("warn", query.warn), ("status", query.status)) if v}
        pager = []
        if query.offset > 0:
            pager.append(f'<a href="/?{esc(urlencode({**params, "offset": max(0, query.offset - query.limit)}))}">← previous</a>')
        if query.offset + len(rows) < total:
            pager.append(f'<a href="/?{esc(urlencode({**params, "offset": query.offset + query.limit}))}">next →</a>')
        where = f"{query.offset + 1}–{query.offset + len(rows)}" if rows else "none"
        return (
            '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(LIST_CSP)}"><title>govdoc view · {esc(os.path.basename(self.source))}</title>'
            f'<style>{LIST_CSS}</style></head><body><header class="top"><h1>govdoc view · {esc(os.path.basename(self.source))}</h1>'
            '<a href="/review" style="color:#bfdbfe">review queue →</a></header>'
            f'{form}<div class="status" id="status">{esc(status)} · showing {where}</div>'
            '<table><thead><tr><th>Title / key</th><th>Issuer</th><th>Category</th><th>Date</th><th>Number</th><th>Warnings</th></tr></thead>'
            f'<tbody id="docs">{"".join(body)}</tbody></table><div class="pager">{" · ".join(pager)}</div></body></html>'
        )


def _failed_page(doc: dict) -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(LIST_CSP)}"><title>govdoc view · failed</title>'
        f'<style>{LIST_CSS}</style></head><body><header class="top"><h1>{esc(doc["key"])}</h1></header>'
        f'<p class="status"><a href="/">← all documents</a></p><p class="status">Could not be parsed: <code>{esc(doc["error"])}</code></p></body></html>'
    )


def parse_query(qs: str) -> Query:
    """A :class:`Query` from a URL query string (bad numbers fall back on defaults)."""
    args = {k: v[-1] for k, v in parse_qs(qs, keep_blank_values=True).items()}

    def num(name: str, default: int) -> int:
        try:
            return int(args.get(name, default))
        except ValueError:
            return default

    return Query(
        q=args.get("q", "")[:200], issuer=args.get("issuer", ""), category=args.get("category", ""),
        warn=args.get("warn", ""), status=args.get("status", ""), offset=max(0, num("offset", 0)), limit=min(1000, max(1, num("limit", PAGE_SIZE))),
    )


class Handler(BaseHTTPRequestHandler):
    """Routes of the viewer (GET/HEAD, and POST to the save endpoint only)."""

    app: ViewApp
    server_version = "govdoc-view"
    sys_version = ""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        if os.environ.get("GOVDOC_VIEW_LOG"):
            super().log_message(format, *args)

    def _host_ok(self) -> bool:
        host = (self.headers.get("Host") or "").lower()
        bound = self.server.server_address[0]
        if bound not in ("127.0.0.1", "::1", "localhost"):
            return True
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        return name in ("127.0.0.1", "localhost", "[::1]", "")

    def _send(self, status: int, body: str, ctype: str, policy: str | None = None, location: str | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Frame-Options", "DENY")
        if policy:
            self.send_header("Content-Security-Policy", policy)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        if not self._host_ok():
            self._send(HTTPStatus.FORBIDDEN, "forbidden host", "text/plain; charset=utf-8")
            return
        path = self.path
        if not path.isascii():  # a raw UTF-8 request line reaches us decoded as Latin-1
            path = path.encode("latin-1", "replace").decode("utf-8", "replace")
        url = urlsplit(path)
        try:
            if url.path == "/":
                self._send(200, self.app.list_page(parse_query(url.query)), "text/html; charset=utf-8", LIST_CSP)
                return
            if url.path == "/api/docs":
                query = parse_query(url.query)
                total, rows = self.app.index.search(query)
                payload = {"total": total, "offset": query.offset, "docs": rows, "indexing": self.app.index.progress}
                self._send(200, json.dumps(payload, ensure_ascii=False), "application/json; charset=utf-8")
                return
            if url.path == "/review":
                offset = parse_query(url.query).offset
                self._send(200, self.app.queue_page(offset), "text/html; charset=utf-8", QUEUE_CSP)
                return
            if url.path == "/review/next":
                after = parse_qs(url.query).get("after", [""])[-1]
                next_id = self.app.next_unreviewed(int(after) if after.isdigit() else None)
                self._send(302, "", "text/plain; charset=utf-8", location=f"/review/{next_id}" if next_id else "/review")
                return
            m = re.fullmatch(r"/review/(\d{1,12})", url.path)
            if m:
                review = self.app.review_page(int(m.group(1)))
                if review is None:
                    self._send(404, "no such parsed document", "text/plain; charset=utf-8")
                else:
                    self._send(200, review[0], "text/html; charset=utf-8", review_csp(review[1]))
                return
            m = re.fullmatch(r"/doc/(\d{1,12})(\.json)?", url.path)
            if m:
                doc_id = int(m.group(1))
                if m.group(2):
                    doc = self.app.index.get(doc_id)
                    if doc is None or not doc["json"]:
                        self._send(404, json.dumps({"error": "no such document"}), "application/json; charset=utf-8")
                    else:
                        self._send(200, doc["json"], "application/json; charset=utf-8")
                    return
                found = self.app.doc_page(doc_id)
                if found is None:
                    self._send(404, "no such document", "text/plain; charset=utf-8")
                else:
                    page, nonce = found
                    self._send(200, page, "text/html; charset=utf-8", csp(nonce))
                return
            self._send(404, "not found", "text/plain; charset=utf-8")
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception as exc:  # noqa: BLE001 - report, keep serving
            self._send(500, f"error: {type(exc).__name__}", "text/plain; charset=utf-8")
            print(f"govdoc view: error serving {self.path!r}: {exc!r}", file=sys.stderr)


    def _json(self, status: int, payload: dict) -> None:
        self._send(status, json.dumps(payload, ensure_ascii=False), "application/json; charset=utf-8")

    def _refuse(self, status: int, message: str) -> None:
        self.close_connection = True  # the body may be unread: never parse it as the next request
        self._json(status, {"error": message})

    def _same_origin(self) -> bool:
        origin = (self.headers.get("Origin") or "").lower()
        host = (self.headers.get("Host") or "").lower()
        site = (self.headers.get("Sec-Fetch-Site") or "same-origin").lower()
        return bool(host) and origin == f"http://{host}" and site == "same-origin"

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        """Save a document's gold file: the only request that writes anything."""
        m = re.fullmatch(r"/review/(\d{1,12})/gold", urlsplit(self.path).path)
        if not self._host_ok():
            self._refuse(HTTPStatus.FORBIDDEN, "forbidden host")
            return
        if m is None:
            self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "POST only to /review/ID/gold")
            return
        if not self._same_origin():
            self._refuse(HTTPStatus.FORBIDDEN, "cross-origin request refused")
            return
        if not secrets.compare_digest((self.headers.get("X-Govdoc-Token") or "").encode(), self.app.token.encode()):
            self._refuse(HTTPStatus.FORBIDDEN, "missing or wrong token: reload the review page")
            return
        if (self.headers.get("Content-Type") or "").split(";")[0].strip().lower() != "application/json":
            self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "expected application/json")
            return
        length = self.headers.get("Content-Length") or ""
        if self.headers.get("Transfer-Encoding") or not length.isdigit():
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "a Content-Length is required")
            return
        if int(length) > MAX_BODY:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body larger than {MAX_BODY} bytes")
            return
        try:
            payload = json.loads(self.rfile.read(int(length)).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._refuse(HTTPStatus.BAD_REQUEST, "body is not JSON")
            return
        try:
            self._json(200, self.app.save_gold(int(m.group(1)), payload))
        except GoldError as exc:
            self._json(exc.status, {"error": str(exc)})
        except (BrokenPipeError, ConnectionResetError):
            pass
        except OSError as exc:
            self._json(500, {"error": f"could not write the gold file: {exc.strerror or type(exc).__name__}"})


def make_server(source: str, *, host: str = "127.0.0.1", port: int = 0, index_path: str | None = None, ocr: str = "auto",
                background: bool = True, gold_dir: str | None = None) -> ThreadingHTTPServer:
    """A server over ``source`` (folder or archive), bound but not yet serving; ``server.url`` is
    its address (port 0 picks a free one). Call ``serve_forever()`` (in a thread, for tests).
    Reviewed gold files go next to a folder's documents, or into ``gold_dir`` (default: the
    archive's folder)."""
    app = ViewApp(source, index_path=index_path, ocr=ocr, background=background, gold_dir=gold_dir)
    handler = type("BoundHandler", (Handler,), {"app": app})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    shown = f"[{host}]" if ":" in host else host
    server.url = f"http://{shown}:{server.server_address[1]}/"  # type: ignore[attr-defined]
    server.app = app  # type: ignore[attr-defined]
    return server


def serve(source: str, *, host: str = "127.0.0.1", port: int = 8765, index_path: str | None = None, ocr: str = "auto",
          gold_dir: str | None = None) -> int:
    """Run the viewer until interrupted; prints the URL (and the port chosen for port 0)."""
    server = make_server(source, host=host, port=port, index_path=index_path, ocr=ocr, gold_dir=gold_dir)
    print(f"govdoc view: serving {source} at {server.url}  (Ctrl-C stops); review queue at {server.url}review", flush=True)
    print(f"govdoc view: reviewed gold files are written under {server.app.gold.root}", flush=True)  # type: ignore[attr-defined]
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
