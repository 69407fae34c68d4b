"""Small hand-made rulebooks for engine tests: one code, `demo`, with editions built from YAML."""

from __future__ import annotations

from typing import Any

import yaml

from peer_ethics.core.corpus import IN_FORCE, PROPOSED, Code, Corpus, Edition, Provision
from peer_ethics.core.norms import NormSet
from peer_ethics.core.rulebook import Rulebook
from peer_ethics.loading.norms import parse_normset
from peer_ethics.loading.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
TEXTS = {
    "demo.1": "Do not accept gifts of monetary value.",
    "demo.2": "Avoid dual relationships when possible.",
    "demo.3": "Threats to harm must be shared.",
    "demo.4": "Keep confidences.",
}
TOPICS = {
    "demo.1": ("accept_gift",),
    "demo.2": ("dual_relationship",),
    "demo.4": ("confidentiality",),
}


def edition(name: str, status: str = IN_FORCE) -> Edition:
    provisions = tuple(
        Provision(pid, "demo", name, "rules", i, text, text, topics=TOPICS.get(pid, ()))
        for i, (pid, text) in enumerate(TEXTS.items(), 1)
    )
    return Edition("demo", name, status, "Demo code", "source.md", "test", provisions)


def rulebook(current: str, draft: str | None = None) -> Rulebook:
    """A rulebook from YAML norm documents (the draft, if given, as a reform of current)."""
    base = parse_normset(_doc(current, "current"), VOCAB, "current.yaml")
    normsets: list[NormSet] = [base]
    editions = [edition("current")]
    if draft is not None:
        normsets.append(parse_normset(_doc(draft, "draft"), VOCAB, "draft.yaml", {"current": base}))
        editions.append(edition("draft", PROPOSED))
    code = Code("demo", "Demo", "Nowhere", "client", tuple(editions))
    return Rulebook(Corpus((code,), "0", "0" * 64), VOCAB, tuple(normsets))


def _doc(text: str, name: str) -> Any:
    doc = yaml.safe_load(text)
    doc.setdefault("code", "demo")
    doc.setdefault("edition", name)
    return doc
