"""Research layer: responsiveness variables of replies, as tables for analysis.

    >>> from govdoc_nlp import research
    >>> df = research.frame(replies)              # one row per reply (docs/CODEBOOK.md)
    >>> research.commitments_frame(replies)       # one row per commitment
    >>> research.sections_frame(replies)          # one row per section
    >>> research.place(reply)                     # province, prefecture, county, GB/T 2260 code
    >>> research.cap_major(title, body)           # CAP major topic and the words behind it

Variable families live in one module each: :mod:`who`, :mod:`geography`, :mod:`linkage`, :mod:`outcome`,
:mod:`promises`, :mod:`specificity`, :mod:`engagement`, :mod:`cap`, :mod:`topic`; their word lists in
:mod:`lexicon`, the division list in ``data/divisions.tsv`` (:mod:`divisions`).
Loaded lazily, so ``govdoc`` sub-commands do not pay for pandas.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "variables": "govdoc_nlp.research.tables",
    "frame": "govdoc_nlp.research.tables",
    "commitments_frame": "govdoc_nlp.research.tables",
    "sections_frame": "govdoc_nlp.research.tables",
    "write_table": "govdoc_nlp.research.tables",
    "read_table": "govdoc_nlp.research.tables",
    "DTYPES": "govdoc_nlp.research.schema",
    "REPLY_COLUMNS": "govdoc_nlp.research.schema",
    "COMMITMENT_COLUMNS": "govdoc_nlp.research.schema",
    "SECTION_COLUMNS": "govdoc_nlp.research.schema",
    "reply_from_dict": "govdoc_nlp.research.io",
    "reply_from_json": "govdoc_nlp.research.io",
    "read_replies": "govdoc_nlp.research.io",
    "infer_category": "govdoc_nlp.research.outcome",
    "hide_stated_category": "govdoc_nlp.research.outcome",
    "admin_level": "govdoc_nlp.research.who",
    "sector": "govdoc_nlp.research.who",
    "place": "govdoc_nlp.research.geography",
    "cap_major": "govdoc_nlp.research.cap",
    "session_year": "govdoc_nlp.research.linkage",
    "proposal_key": "govdoc_nlp.research.linkage",
    "versions": "govdoc_nlp.research.versions",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'govdoc_nlp.research' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
