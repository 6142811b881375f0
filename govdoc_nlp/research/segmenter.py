"""jieba, set up once per process: the shipped user dictionary of government terms, the topic
keywords, and a cache file under the system temp directory (never in the working directory)."""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from importlib import resources
from typing import Any

_LOCK = threading.Lock()
_READY = False


def user_dict_path() -> str:
    """Path of the shipped user dictionary (``govdoc_nlp/data/user_dict.txt``)."""
    return str(resources.files("govdoc_nlp") / "data" / "user_dict.txt")


def cache_dir() -> str:
    """Where jieba keeps its prefix-dictionary cache: ``$TMPDIR/govdoc_nlp-jieba``."""
    path = os.path.join(tempfile.gettempdir(), "govdoc_nlp-jieba")
    os.makedirs(path, exist_ok=True)
    return path


def jieba() -> Any:
    """The ``jieba`` module with the global tokenizer (``jieba.dt``, which spaCy's ``zh`` also uses)
    initialised once: cache under :func:`cache_dir`, user dictionary and topic keywords loaded."""
    global _READY
    import jieba as _jieba

    if _READY:
        return _jieba
    with _LOCK:
        if not _READY:
            _jieba.setLogLevel(logging.WARNING)
            _jieba.dt.tmp_dir = cache_dir()
            _jieba.dt.initialize()
            _jieba.load_userdict(user_dict_path())
            from govdoc_nlp.research.lexicon import TOPICS

            for words in TOPICS.values():
                for w in words:
                    if len(w) > 1:
                        _jieba.add_word(w, freq=1000)
            _READY = True
    return _jieba


def cut(text: str) -> list[str]:
    """Words of the text (precise mode), whitespace dropped."""
    return [w for w in jieba().cut(text, cut_all=False) if w.strip()]
