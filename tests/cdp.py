"""A small Chrome DevTools Protocol client for the browser tests: launch headless Chromium with
``--remote-debugging-port=0``, read the port it chose from ``DevToolsActivePort`` in its profile,
and drive one page over a websocket (``websocket-client``): navigate, evaluate, click and type
with real input events, take screenshots. Nothing is downloaded; the browser is the system's."""

from __future__ import annotations

import base64
import json
import subprocess
import time
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
)

# JavaScript: select the first occurrence of a string in an element's text, across highlight marks.
SELECT_TEXT = r"""(function(sel, needle){
  var root=document.querySelector(sel), walker=document.createTreeWalker(root, NodeFilter.SHOW_TEXT), nodes=[], text='';
  for(var n=walker.nextNode(); n; n=walker.nextNode()){nodes.push([n, text.length]); text+=n.data;}
  var at=text.indexOf(needle);
  if(at<0) return false;
  function point(pos){for(var i=nodes.length-1;i>=0;i--){if(nodes[i][1]<=pos) return [nodes[i][0], pos-nodes[i][1]];}}
  var a=point(at), b=point(at+needle.length), range=document.createRange();
  range.setStart(a[0], a[1]); range.setEnd(b[0], b[1]);
  var s=window.getSelection(); s.removeAllRanges(); s.addRange(range);
  return s.toString()===needle;
})"""


class CDPError(RuntimeError):
    pass


class Page:
    """One browser tab (a flattened CDP session)."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser = browser
        self.session = session

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, session=self.session)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        out = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in out:
            raise CDPError(f"{expression[:80]}: {out['exceptionDetails'].get('exception', {}).get('description') or out['exceptionDetails']}")
        return out["result"].get("value")

    def wait(self, expression: str, timeout: float = 15.0) -> Any:
        """Poll until ``expression`` is truthy; returns its value."""
        end = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(expression)
            except CDPError:
                value = None
            if value:
                return value
            if time.monotonic() > end:
                raise TimeoutError(f"still false after {timeout}s: {expression}")
            time.sleep(0.05)

    def goto(self, url: str) -> None:
        self.send("Page.navigate", {"url": url})
        self.wait(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def click(self, selector: str) -> None:
        """A real left click (mouse events from the browser's input pipeline) on the element's centre."""
        box = self.evaluate(
            f"(function(){{var e=document.querySelector({json.dumps(selector)});if(!e) return null;"
            "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();return [r.left+r.width/2, r.top+r.height/2];})()"
        )
        if not box:
            raise CDPError(f"no element {selector}")
        x, y = box
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def type(self, selector: str, text: str) -> None:
        """Click into a text control, select what it holds and type ``text`` over it."""
        self.click(selector)
        self.evaluate(f"document.querySelector({json.dumps(selector)}).select()")
        self.send("Input.insertText", {"text": text})

    def select_text(self, selector: str, needle: str) -> None:
        """Select ``needle`` in the text of ``selector`` as a reader's mouse would."""
        if not self.evaluate(f"{SELECT_TEXT}({json.dumps(selector)}, {json.dumps(needle)})"):
            raise CDPError(f"text not found in {selector}: {needle}")

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path


class Browser:
    """Headless Chromium with a DevTools websocket; use as a context manager."""

    def __init__(self, exe: str, profile: Path, *, size: tuple[int, int] = (1500, 1000)) -> None:
        import websocket  # websocket-client (dev extra)

        self.profile = Path(profile)
        self.log = open(self.profile.parent / f"{self.profile.name}.log", "wb")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={size[0]},{size[1]}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=self.log,
        )
        port_file = self.profile / "DevToolsActivePort"
        end = time.monotonic() + 30
        while not (port_file.is_file() and len(port_file.read_text().split()) >= 2):
            if self.proc.poll() is not None or time.monotonic() > end:
                self.close()
                raise CDPError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=30, suppress_origin=True)
        self.next_id = 0
        self.size = size

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None) -> dict[str, Any]:
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise CDPError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def new_page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Emulation.setDeviceMetricsOverride", {"width": self.size[0], "height": self.size[1], "deviceScaleFactor": 1, "mobile": False})
        return page

    def close(self) -> None:
        try:
            if getattr(self, "ws", None):
                try:
                    self.send("Browser.close")
                except Exception:  # noqa: BLE001 - the browser may already be gone
                    pass
                self.ws.close()
        finally:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
            self.log.close()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
