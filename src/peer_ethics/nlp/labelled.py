"""The project's labelled situations (`nlp/data/situations*.yaml`): text, split, gold labels."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from peer_ethics.core.errors import CorpusError
from peer_ethics.core.facts import FactValue

_FILE = re.compile(r"situations(_\w+)?\.yaml")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Labelled:
    """One labelled situation: what a user typed and the issues and facts it settles."""

    id: str
    text: str
    split: str  # "train" | "dev" | "test" (held out: never trained or tuned on)
    issues: tuple[str, ...]
    facts: tuple[tuple[str, FactValue], ...]


def _files() -> list[Any]:
    data = resources.files("peer_ethics.nlp") / "data"
    return sorted((f for f in data.iterdir() if _FILE.fullmatch(f.name)), key=lambda f: f.name)


def load_labelled(split: str | None = None) -> tuple[Labelled, ...]:
    """Every labelled situation (or one split's), in file then id order."""
    out: list[Labelled] = []
    for f in _files():
        out.extend(parse_labelled(f.read_text(encoding="utf-8"), f.name))
    return tuple(x for x in out if split is None or x.split == split)


def parse_labelled(text: str, name: str) -> list[Labelled]:
    """The situations of one labelled file's text (`name` only for messages)."""
    doc = yaml.load(text, Loader=_Loader)
    if not isinstance(doc, dict) or not isinstance(doc.get("situations"), list):
        raise CorpusError(f"{name}: expected a mapping with a 'situations' list")
    out: list[Labelled] = []
    for e in doc["situations"]:
        facts = tuple(sorted((str(k), _value(v)) for k, v in (e.get("facts") or {}).items()))
        out.append(
            Labelled(
                id=str(e["id"]),
                text=str(e["text"]),
                split=str(e["split"]),
                issues=tuple(str(i) for i in e.get("issues") or ()),
                facts=facts,
            )
        )
    return out


def _value(v: object) -> FactValue:
    if isinstance(v, bool | str):
        return v
    if isinstance(v, int | float):
        return float(v)
    raise CorpusError(f"a labelled fact value must be true/false, a word or a number, not {v!r}")


def digest(items: tuple[Labelled, ...]) -> str:
    """A digest of the texts and labels a model was trained on (to tell when it is stale)."""
    h = hashlib.sha256()
    for x in items:
        h.update(repr((x.id, x.text, x.split, x.issues, x.facts)).encode("utf-8"))
    return h.hexdigest()
