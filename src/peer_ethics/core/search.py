"""Lexical search over provisions: which provisions of which editions mention the query's words.

A first version (plain-language questions come later): the query's words, minus function
words, each match a word of the provision that starts with it ("gift" matches "gifts"). The
score is the share of query words matched; ties keep corpus order (in-force editions first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .anomalies import FUNCTION_WORDS
from .corpus import Edition, Provision

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@dataclass(frozen=True)
class Hit:
    """One provision of one edition matching a query, with its score in (0, 1]."""

    edition: Edition
    provision: Provision
    score: float
    matched: tuple[str, ...]


def terms(query: str) -> tuple[str, ...]:
    """The query words searched for (lower case, function words dropped unless all are)."""
    words = _TOKEN.findall(query.lower())
    content = [w for w in words if w not in FUNCTION_WORDS]
    return tuple(dict.fromkeys(content or words))


def search(editions: Iterable[Edition], query: str, limit: int = 10) -> tuple[Hit, ...]:
    """The best `limit` hits, highest score first, then in corpus order."""
    wanted = terms(query)
    if not wanted:
        return ()
    hits = []
    for edition in editions:
        for p in edition.provisions:
            words = set(_TOKEN.findall(p.text.lower()))
            matched = tuple(t for t in wanted if any(w.startswith(t) for w in words))
            if matched:
                hits.append(Hit(edition, p, round(len(matched) / len(wanted), 3), matched))
    ranked = sorted(enumerate(hits), key=lambda item: (-item[1].score, item[0]))
    return tuple(h for _, h in ranked[:limit])
