"""govdoc_nlp: Chinese government replies (答复 to 人大代表建议 / 政协委员提案) → structured data.

    >>> import govdoc_nlp
    >>> reply = govdoc_nlp.parse("reply.pdf")
    >>> reply.title, reply.proposal.number, [c.text for c in reply.commitments]
"""

from typing import TYPE_CHECKING

from govdoc_nlp.api import formats, parse, parse_text
from govdoc_nlp.errors import (
    GovdocError,
    InputNotFoundError,
    InputTooLargeError,
    MissingDependencyError,
    UnreadableInputError,
    UnsupportedFormatError,
)
from govdoc_nlp.load import LoadOptions
from govdoc_nlp.model import Commitment, Reply, ReplyWarning, Section, Span

if TYPE_CHECKING:  # loaded on first use at run time (module __getattr__ below), typed here
    from govdoc_nlp.bulk import convert, iter_parse
    from govdoc_nlp.nlp import nlp

__version__ = "0.1.0"

__all__ = [
    "Commitment",
    "GovdocError",
    "InputNotFoundError",
    "InputTooLargeError",
    "LoadOptions",
    "MissingDependencyError",
    "Reply",
    "ReplyWarning",
    "Section",
    "Span",
    "UnreadableInputError",
    "UnsupportedFormatError",
    "__version__",
    "convert",
    "formats",
    "iter_parse",
    "nlp",
    "parse",
    "parse_text",
]


def __getattr__(name: str):
    """Layers built on the core (bulk conversion, research tables, spaCy) load on first use."""
    if name in ("convert", "iter_parse"):
        from govdoc_nlp import bulk

        return getattr(bulk, name)
    if name == "nlp":
        from govdoc_nlp.nlp import nlp

        return nlp
    raise AttributeError(f"module 'govdoc_nlp' has no attribute {name!r}")
