"""A misbehaving parse function for tests of bulk conversion's fault isolation.

Point ``parse_func`` (or $GOVDOC_BULK_PARSE) at ``govdoc_nlp.bulk.testing:chaos_parse``. It parses
normally, except for inputs whose key contains one of these words:

- ``sleep``: sleeps $GOVDOC_CHAOS_SLEEP seconds (default 600), to hit the timeout;
- ``crash``: the worker exits at once (os._exit), like a crash in native code;
- ``segv``: the worker kills itself with SIGSEGV;
- ``oom``: allocates memory until it fails (only when a memory limit is set, else it raises MemoryError);
- ``raise``: raises a RuntimeError (a parser bug).

$GOVDOC_CHAOS_DELAY adds that many seconds to every parse (to make a run slow enough to stop).
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

from govdoc_nlp.load.options import LoadOptions


def chaos_parse(data: bytes, key: str, options: LoadOptions) -> Any:
    """Parse ``data``, misbehaving as the key asks (see the module docstring)."""
    from govdoc_nlp.api import parse

    name = key.rsplit("/", 1)[-1].lower()
    delay = float(os.environ.get("GOVDOC_CHAOS_DELAY", "0") or 0)
    if delay:
        time.sleep(delay)
    if "sleep" in name:
        time.sleep(float(os.environ.get("GOVDOC_CHAOS_SLEEP", "600")))
    if "crash" in name:
        os._exit(70)
    if "segv" in name:
        import faulthandler

        faulthandler.disable()  # keep test logs quiet: the parent records the crash
        os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(5)
    if "oom" in name:
        import resource

        if resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY:
            raise MemoryError("chaos_parse: no memory limit set, not allocating")
        hog = []
        while True:
            hog.append(bytearray(64 * 1024 * 1024))
    if "raise" in name:
        raise RuntimeError("injected parser failure")
    return parse(data, options=options)
