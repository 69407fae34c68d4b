"""Load the situation model: the shared issues and facts plus any a code directory adds."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from peer_ethics.core.errors import CorpusError
from peer_ethics.core.facts import FACT_TYPES, FactSpec, Issue, Vocabulary

from .reading import YAML_DEPTH, yaml_too_deep

# libyaml's loader parses the rule data several times faster than the pure-Python one; every
# command pays this on start-up.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path | resources.abc.Traversable, what: str) -> Any:
    """Parse one YAML data file, naming the file in any error."""
    try:
        text = path.read_text(encoding="utf-8")
        if yaml_too_deep(text):
            raise CorpusError(f"{what} {path}: nested deeper than {YAML_DEPTH} levels")
        return yaml.load(text, Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CorpusError(f"{what} {path}: {first}") from None


def parse_vocabulary(documents: list[tuple[str, Any]]) -> Vocabulary:
    """Merge situation documents (the shared one first) into one vocabulary."""
    issues: dict[str, Issue] = {}
    facts: dict[str, FactSpec] = {}
    for where, doc in documents:
        if not isinstance(doc, dict):
            raise CorpusError(f"{where}: expected a mapping with 'issues' and/or 'facts'")
        for issue_id, raw in (doc.get("issues") or {}).items():
            if issue_id in issues:
                raise CorpusError(f"{where}: issue {issue_id!r} is defined twice")
            issues[issue_id] = Issue(issue_id, str(raw["label"]), str(raw["conduct"]))
        for fact_id, raw in (doc.get("facts") or {}).items():
            if fact_id in facts:
                raise CorpusError(f"{where}: fact {fact_id!r} is defined twice")
            facts[fact_id] = _fact(where, fact_id, raw)
    return Vocabulary(tuple(issues.values()), tuple(facts.values()))


def _fact(where: str, fact_id: str, raw: dict[str, Any]) -> FactSpec:
    kind = raw.get("type")
    if kind not in FACT_TYPES:
        raise CorpusError(
            f"{where}: fact {fact_id!r} has type {kind!r}; use {', '.join(FACT_TYPES)}"
        )
    options = tuple(str(o) for o in raw.get("options") or ())
    if kind == "enum" and not options:
        raise CorpusError(f"{where}: enum fact {fact_id!r} lists no options")
    words = tuple(
        (str(k).lower() if isinstance(k, bool) else str(k), str(v))
        for k, v in (raw.get("words") or {}).items()
    )
    return FactSpec(
        id=fact_id,
        type=kind,
        question=str(raw["question"]),
        help=str(raw.get("help", "")),
        options=options,
        unit=str(raw.get("unit", "")),
        words=words,
    )


def load_vocabulary(code_dirs: tuple[Path | resources.abc.Traversable, ...] = ()) -> Vocabulary:
    """The packaged situation model plus the `facts.yaml` of each extra code directory."""
    shared = resources.files("peer_ethics") / "codes" / "situation.yaml"
    docs = [(str(shared), read_yaml(shared, "situation model"))]
    for d in code_dirs:
        extra = d / "facts.yaml"
        if extra.is_file():
            docs.append((str(extra), read_yaml(extra, "facts")))
    return parse_vocabulary(docs)
