"""ZIP containers (DOCX, OFD) checked before anything inflates them: the sizes their members
declare are capped per member and in total, so a small zip bomb is refused, not expanded.

Python's zipfile never inflates a member past the size its header declares (a lying header ends
in a CRC error), so checking the declared sizes bounds what any later read can produce."""

from __future__ import annotations

import zipfile

from govdoc_nlp.errors import InputTooLargeError
from govdoc_nlp.load.options import LoadOptions


def check_inflated_sizes(zf: zipfile.ZipFile, options: LoadOptions, *, path: str | None, kind: str) -> None:
    """Raise InputTooLargeError when a member, or all of them together, would inflate past the
    limits (LoadOptions.max_inflated_member / max_inflated_total)."""
    total = 0
    for info in zf.infolist():
        if info.file_size > options.max_inflated_member:
            raise InputTooLargeError(
                f"{kind} member {info.filename} inflates to {_mb(info.file_size)}, over the "
                f"{_mb(options.max_inflated_member)} limit (LoadOptions.max_inflated_member)",
                path=path,
            )
        total += info.file_size
        if total > options.max_inflated_total:
            raise InputTooLargeError(
                f"{kind} inflates to more than {_mb(options.max_inflated_total)} (LoadOptions.max_inflated_total)", path=path
            )


def _mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n} bytes"
