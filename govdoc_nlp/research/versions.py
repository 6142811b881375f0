"""Which parser and word lists produced a table: the package version, the reply schema version and a
short hash of the word lists (parser patterns, research lexicon, division data)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    """``{'govdoc_nlp': '0.1.0', 'schema': …, 'lexicon': '<12 hex>'}``."""
    from govdoc_nlp import __version__
    from govdoc_nlp.model.records import SCHEMA_VERSION

    digest = hashlib.sha256()
    root = resources.files("govdoc_nlp")
    for part in (("patterns", "lexicon.py"), ("research", "lexicon.py"), ("data", "divisions.tsv"),
                 ("data", "townships.tsv"), ("data", "user_dict.txt")):
        digest.update(root.joinpath(*part).read_bytes())
    return {"govdoc_nlp": __version__, "schema": str(SCHEMA_VERSION), "lexicon": digest.hexdigest()[:12]}


def versions_string() -> str:
    """The versions as one cell: ``govdoc_nlp=0.1.0;schema=1.0;lexicon=3f2a…``."""
    return ";".join(f"{k}={v}" for k, v in versions().items())
