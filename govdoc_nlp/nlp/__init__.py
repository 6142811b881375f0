"""spaCy for government replies: ``govdoc_nlp.nlp()`` gives a blank Chinese pipeline segmented by
jieba with the shipped user dictionary, plus the ``govdoc_reply`` component (``doc._.reply``,
``doc.spans["sections"]``, ``doc.spans["commitments"]``, rule-based entities). Works offline: no
model is downloaded.

    >>> nlp = govdoc_nlp.nlp()
    >>> doc = nlp(text)
    >>> doc._.reply.issuer, [s.text for s in doc.spans["commitments"]], [(e.text, e.label_) for e in doc.ents]
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from govdoc_nlp.model import Reply

__all__ = ["doc_from_reply", "nlp"]


def nlp(*, entities: bool = True) -> Language:
    """A new spaCy pipeline: ``spacy.blank("zh")`` with the jieba segmenter (user dictionary loaded)
    and the ``govdoc_reply`` component. ``entities=False`` skips the rule-based entities."""
    from govdoc_nlp.extras import require

    spacy = require("spacy", "govdoc_nlp.nlp()")
    from govdoc_nlp.nlp import component  # noqa: F401  (registers the factory and doc._.reply)
    from govdoc_nlp.research.segmenter import jieba

    jieba()  # the global jieba tokenizer spaCy's zh uses: user dictionary, cache in the temp dir
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    pipeline.add_pipe("govdoc_reply", config={"entities": entities})
    return pipeline


def doc_from_reply(pipeline: Language, reply: Reply) -> Doc:
    """Run the pipeline over an already-parsed reply (its ``text``) without parsing it again."""
    doc = pipeline.make_doc(reply.text)
    doc._.reply = reply
    return pipeline(doc)


class _CallableModule(types.ModuleType):
    """Importing ``govdoc_nlp.nlp.component`` (spaCy does, through the entry point) binds this module
    as the attribute ``govdoc_nlp.nlp``, hiding the package's forwarding ``__getattr__``; making the
    module callable keeps ``govdoc_nlp.nlp()`` working either way."""

    def __call__(self, *, entities: bool = True) -> Language:
        return nlp(entities=entities)


sys.modules[__name__].__class__ = _CallableModule
