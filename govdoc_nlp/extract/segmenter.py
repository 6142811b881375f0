"""Word segmentation (jieba), loaded once per process and only when a rule needs it."""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

_lock = threading.Lock()
_tokenizer = None


def tokenizer():
    """The process-wide jieba POS tokenizer (quiet, dictionary loaded on first use)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)
                jieba.default_logger.setLevel(logging.WARNING)
                _tokenizer = jieba.posseg.dt
    return _tokenizer


@lru_cache(maxsize=8192)
def first_word_tag(text: str) -> str | None:
    """jieba's part-of-speech tag of the first word of ``text`` ('v', 'n', 'd', …)."""
    for pair in tokenizer().cut(text[:8], HMM=False):
        return pair.flag
    return None
