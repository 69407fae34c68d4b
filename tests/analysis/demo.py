"""Small hand-made editions of one demo code (current and a draft reform) for analysis tests."""

from __future__ import annotations

from typing import Any

import yaml

from peer_ethics.core.corpus import IN_FORCE, PROPOSED, Code, Corpus, Edition, Provision
from peer_ethics.core.rulebook import Rulebook
from peer_ethics.loading.norms import parse_normset

from .norm_strategies import VOCAB

TEXTS = {
    "demo.1": "Do not accept gifts of monetary value.",
    "demo.2": "Keep confidences.",
}


def edition(name: str, status: str, texts: dict[str, str]) -> Edition:
    provisions = tuple(
        Provision(pid, "demo", name, "rules", i, text, text)
        for i, (pid, text) in enumerate(texts.items(), 1)
    )
    return Edition("demo", name, status, "Demo", "source.md", "test", provisions)


def book(current: str, draft: str, draft_texts: dict[str, str]) -> Rulebook:
    base_doc: Any = yaml.safe_load(current)
    base = parse_normset({"code": "demo", "edition": "current", **base_doc}, VOCAB, "current")
    draft_doc: Any = yaml.safe_load(draft)
    reform = parse_normset(
        {"code": "demo", "edition": "draft", "base": "current", **draft_doc},
        VOCAB,
        "draft",
        {"current": base},
    )
    editions = (edition("current", IN_FORCE, TEXTS), edition("draft", PROPOSED, draft_texts))
    code = Code("demo", "Demo", "Nowhere", "client", editions)
    return Rulebook(Corpus((code,), "0", "0" * 64), VOCAB, (base, reform))
