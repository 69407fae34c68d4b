"""Load norm files: an edition's norms, or a draft written as a reform of its base edition."""

from __future__ import annotations

from typing import Any

from peer_ethics.core import conditions
from peer_ethics.core.errors import CorpusError
from peer_ethics.core.facts import Vocabulary
from peer_ethics.core.norms import Aspirational, Change, Clause, Norm, NormSet, apply_reform

_NORM_KEYS = {
    "id",
    "provisions",
    "issues",
    "verdict",
    "strength",
    "when",
    "priority",
    "unless",
    "conditions",
    "duties",
    "reading",
    "title",
}


def parse_norm(raw: Any, vocab: Vocabulary, where: str) -> Norm:
    if not isinstance(raw, dict) or "id" not in raw:
        raise CorpusError(f"{where}: a norm is a mapping with an 'id'")
    where = f"{where} norm {raw['id']}"
    unknown = set(raw) - _NORM_KEYS
    if unknown:
        raise CorpusError(
            f"{where}: unknown keys {sorted(unknown)}; accepted: {sorted(_NORM_KEYS)}"
        )
    for key in ("provisions", "issues", "verdict", "strength"):
        if key not in raw:
            raise CorpusError(f"{where}: missing {key!r}")
    return Norm(
        id=str(raw["id"]),
        provisions=_strings(raw["provisions"], where),
        issues=_strings(raw["issues"], where),
        verdict=str(raw["verdict"]),
        strength=str(raw["strength"]),
        when=conditions.parse(raw.get("when"), vocab, where),
        priority=int(raw.get("priority", 0)),
        unless=_strings(raw.get("unless", []), where),
        conditions=_clauses(raw.get("conditions", []), where),
        duties=_clauses(raw.get("duties", []), where),
        reading=str(raw.get("reading", "")).strip(),
        title=str(raw.get("title", "")).strip(),
    )


def _field(key: str, value: Any, vocab: Vocabulary, where: str) -> object:
    """Parse one field of an `update` step the way parse_norm parses it."""
    if key in ("provisions", "issues", "unless"):
        return _strings(value, where)
    if key == "when":
        return conditions.parse(value, vocab, where)
    if key in ("conditions", "duties"):
        return _clauses(value, where)
    if key == "priority":
        return int(value)
    if key in ("verdict", "strength", "reading", "title"):
        return str(value).strip()
    raise CorpusError(f"{where}: cannot update {key!r}; accepted: {sorted(_NORM_KEYS - {'id'})}")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CorpusError(f"{where}: expected a list of ids, got {value!r}")
    return tuple(value)


def _clauses(value: Any, where: str) -> tuple[Clause, ...]:
    if not isinstance(value, list):
        raise CorpusError(f"{where}: conditions and duties are lists of {{text, provisions}}")
    out = []
    for item in value:
        if not isinstance(item, dict) or "text" not in item or "provisions" not in item:
            raise CorpusError(f"{where}: each condition or duty needs 'text' and 'provisions'")
        out.append(
            Clause(
                str(item["text"]).strip(),
                _strings(item["provisions"], where),
                bool(item.get("judgement", False)),
            )
        )
    return tuple(out)


def _aspirational(value: Any, where: str) -> tuple[Aspirational, ...]:
    out = []
    for item in value or []:
        if not isinstance(item, dict) or "provision" not in item or "reason" not in item:
            raise CorpusError(f"{where}: each aspirational entry needs 'provision' and 'reason'")
        out.append(Aspirational(str(item["provision"]), str(item["reason"]).strip()))
    return tuple(out)


def parse_normset(
    doc: Any, vocab: Vocabulary, where: str, bases: dict[str, NormSet] | None = None
) -> NormSet:
    """An edition's norms; with `base:`, derived from the base edition by `changes`."""
    if not isinstance(doc, dict) or "code" not in doc or "edition" not in doc:
        raise CorpusError(f"{where}: a norm file names its 'code' and 'edition'")
    code, edition = str(doc["code"]), str(doc["edition"])
    aspirational = _aspirational(doc.get("aspirational"), where) if "aspirational" in doc else None
    if "base" not in doc:
        norms = tuple(parse_norm(n, vocab, where) for n in doc.get("norms") or [])
        return NormSet(code, edition, norms, aspirational or ())
    base = (bases or {}).get(str(doc["base"]))
    if base is None:
        raise CorpusError(f"{where}: base edition {doc['base']!r} of {code} is not loaded")
    changes = tuple(_change(c, vocab, where) for c in doc.get("changes") or [])
    return apply_reform(base, edition, changes, aspirational)


def _change(raw: Any, vocab: Vocabulary, where: str) -> Change:
    if not isinstance(raw, dict):
        raise CorpusError(f"{where}: a reform step is a mapping with add, remove or update")
    reason = str(raw.get("reason", "")).strip()
    if "add" in raw:
        norm = parse_norm(raw["add"], vocab, where)
        return Change("add", norm.id, norm=norm, reason=reason)
    if "remove" in raw:
        return Change("remove", str(raw["remove"]), reason=reason)
    if "update" in raw:
        sets = raw.get("set")
        if not isinstance(sets, dict) or not sets:
            raise CorpusError(f"{where}: update {raw['update']!r} needs a non-empty 'set' mapping")
        fields = tuple(
            (k, _field(k, v, vocab, f"{where} update {raw['update']}")) for k, v in sets.items()
        )
        return Change("update", str(raw["update"]), fields=fields, reason=reason)
    raise CorpusError(f"{where}: a reform step needs add, remove or update")
