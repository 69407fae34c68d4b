"""BM25 over the provisions, Lucene variant, in numpy: the same scores as bm25s, none of its load.

Importing bm25s cost ~0.12 s of every cold `ask` (it pulls in its utilities and their
dependencies) to score a few hundred short provisions. This is the same arithmetic, written out:
tokens are scikit-learn's word pattern on lower-cased text without bm25s's English stop words;
idf = ln(1 + (N - df + 0.5) / (df + 0.5)); a token's weight in a document is
idf · tf / (tf + k1 · (1 - b + b · |d| / avgdl)), in float32; a question scores the sum of its
tokens' weights, a repeated token counting each time. A test keeps the scores equal to bm25s's.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import numpy.typing as npt

K1, B = 1.5, 0.75
WORD = re.compile(r"(?u)\b\w\w+\b")
# bm25s's STOPWORDS_EN (scikit-learn's short English list).
_STOPWORDS = """a an and are as at be but by for if in into is it no not of on or such that the
their then there these they this to was will with"""
STOPWORDS = frozenset(_STOPWORDS.split())


def tokens(text: str) -> list[str]:
    """The words BM25 sees: lower case, two or more word characters, no stop words."""
    return [w for w in WORD.findall(text.lower()) if w not in STOPWORDS]


class Bm25:
    """Scores a question against a fixed list of documents."""

    def __init__(self, docs: list[str]) -> None:
        tokenised = [tokens(d) for d in docs]
        vocab: dict[str, int] = {}
        for words in tokenised:
            for w in words:
                vocab.setdefault(w, len(vocab))
        self._vocab = vocab
        n = len(docs)
        lengths = np.asarray([len(w) for w in tokenised], dtype=np.float32)
        avg = float(lengths.mean()) if n and lengths.sum() else 1.0
        df = Counter(w for words in tokenised for w in set(words))
        weights = np.zeros((n, len(vocab)), dtype=np.float32)
        for d, words in enumerate(tokenised):
            norm = np.float32(K1 * ((1 - B) + B * lengths[d] / avg))
            for w, tf in Counter(words).items():
                idf = np.float32(math.log(1 + (n - df[w] + 0.5) / (df[w] + 0.5)))
                weights[d, vocab[w]] = idf * (np.float32(tf) / (norm + np.float32(tf)))
        self._weights = weights

    def scores(self, text: str) -> npt.NDArray[np.float32]:
        """One score per document (zeros when no word of the question is in any document)."""
        ids = [self._vocab[w] for w in tokens(text) if w in self._vocab]
        if not ids:
            return np.zeros(self._weights.shape[0], dtype=np.float32)
        out: npt.NDArray[np.float32] = self._weights[:, ids].sum(axis=1, dtype=np.float32)
        return out
