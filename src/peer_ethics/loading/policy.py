"""Load an agency policy file: id, version, name, codes, facts of its own, clauses with norms.

    id: riverbend-recovery
    version: "2026-01"
    name: Riverbend Recovery Center
    codes: [wi]
    clauses:
      - id: gifts.small
        text: Staff may accept a gift item worth $25 or less …   # quoted, never paraphrased
        settles: [wi.11]
        norms:
          - issues: [accept_gift]
            verdict: permitted
            strength: must
            when: {all: [{fact: object_kind, eq: item}, {fact: value_dollars, le: 25}]}

A norm cites its clause (no `provisions` key); its id defaults to the clause id (with `.2`, `.3`
… for a clause's further norms); its conditions and duties cite the clause unless they say. Every
error is one line naming the file, the clause and what is accepted.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from peer_ethics.core.errors import BadInput, CorpusError
from peer_ethics.core.facts import FactSpec
from peer_ethics.core.norms import NormSet, check
from peer_ethics.core.policy import Policy, PolicyClause, vocabulary_with
from peer_ethics.core.rulebook import Rulebook

from .norms import parse_norm
from .vocabulary import parse_vocabulary

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TOP_KEYS = ("id", "version", "name", "codes", "facts", "clauses")
_CLAUSE_KEYS = ("id", "title", "text", "settles", "norms")
_AGENCY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_CLAUSE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")


def read_policy(path: Path, rulebook: Rulebook) -> Policy:
    """Read and check a policy file against the loaded codes' situation model."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read policy file {path}: {exc.strerror or exc}") from None
    try:
        doc = yaml.load(data.decode("utf-8"), Loader=_Loader)
    except UnicodeDecodeError:
        raise BadInput(f"policy file {path} is not UTF-8 text; save it as UTF-8 YAML") from None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise BadInput(f"policy file {path} is not YAML{where}: {first}") from None
    try:
        policy = parse_policy(doc, str(path), rulebook)
    except CorpusError as exc:
        raise BadInput(str(exc)) from None
    return _with_digest(policy, hashlib.sha256(data).hexdigest())


def _with_digest(policy: Policy, sha256: str) -> Policy:
    import dataclasses

    return dataclasses.replace(policy, sha256=sha256)


def parse_policy(doc: Any, source: str, rulebook: Rulebook) -> Policy:
    """A checked policy from its YAML document."""
    if not isinstance(doc, dict):
        raise CorpusError(f"{source}: a policy file is a mapping with {', '.join(_TOP_KEYS)}")
    unknown = sorted(str(k) for k in doc if k not in _TOP_KEYS)
    if unknown:
        raise CorpusError(
            f"{source}: unknown key {unknown[0]!r}; accepted keys: {', '.join(_TOP_KEYS)}"
        )
    for key in ("id", "version", "name", "clauses"):
        if key not in doc:
            raise CorpusError(f"{source}: missing {key!r}; a policy has id, version, name, clauses")
    agency = str(doc["id"])
    code_ids = tuple(c.id for c in rulebook.corpus.codes)
    if not _AGENCY_ID.match(agency) or agency in code_ids:
        raise CorpusError(
            f"{source}: id {agency!r} is not an agency id; use lower-case letters, digits and "
            f"hyphens (e.g. riverbend-recovery), not a code id ({', '.join(code_ids)})"
        )
    version = str(doc["version"])
    if not _VERSION.match(version):
        raise CorpusError(
            f"{source}: version {version!r} is not accepted; use letters, digits, '.', '-' or "
            "'_' (e.g. \"2026-01\")"
        )
    name = str(doc["name"]).strip()
    if not name:
        raise CorpusError(f"{source}: 'name' is empty; give the agency's name")
    codes = _codes(doc.get("codes"), source, code_ids)
    facts = _facts(doc.get("facts"), source, rulebook)
    policy_stub = Policy(agency, version, name, codes, (), NormSet(agency, version, ()), facts)
    vocab = vocabulary_with(rulebook.vocabulary, policy_stub)
    raw_clauses = doc["clauses"]
    if not isinstance(raw_clauses, list) or not raw_clauses:
        raise CorpusError(f"{source}: 'clauses' is a non-empty list of {{id, text, norms}}")
    provision_ids = {
        p.id
        for code in rulebook.corpus.codes
        if code.id in codes
        for e in code.editions
        for p in e.provisions
    }
    clauses: list[PolicyClause] = []
    norms = []
    for i, raw in enumerate(raw_clauses, 1):
        clause, raw_norms = _clause(raw, f"{source} clause {i}", provision_ids)
        if any(c.id == clause.id for c in clauses):
            raise CorpusError(f"{source} clause {clause.id}: the id is used twice; ids are unique")
        clauses.append(clause)
        where = f"{source} clause {clause.id}"
        for j, raw_norm in enumerate(raw_norms, 1):
            norms.append(parse_norm(_norm_doc(raw_norm, clause.id, j, where), vocab, where))
    normset = NormSet(agency, version, tuple(norms))
    issue_ids = tuple(i.id for i in vocab.issues)
    try:
        check(normset, tuple(c.id for c in clauses), issue_ids)
    except CorpusError as exc:
        raise CorpusError(f"{source}: {exc}") from None
    return Policy(agency, version, name, codes, tuple(clauses), normset, facts)


def _codes(value: Any, source: str, code_ids: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return code_ids
    if not isinstance(value, list) or not value or not all(v in code_ids for v in value):
        raise CorpusError(
            f"{source}: 'codes' lists the codes the agency works under, from: {', '.join(code_ids)}"
        )
    return tuple(str(v) for v in value)


def _facts(value: Any, source: str, rulebook: Rulebook) -> tuple[FactSpec, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise CorpusError(f"{source}: 'facts' maps each fact id to {{type, question, words}}")
    known = {f.id for f in rulebook.vocabulary.facts}
    for fact_id in value:
        if fact_id in known:
            raise CorpusError(
                f"{source}: fact {fact_id!r} is already in the codes' situation model; "
                "use it as it is, or give the policy's own fact another id"
            )
    try:
        return parse_vocabulary([(f"{source} facts", {"facts": value})]).facts
    except (KeyError, TypeError, AttributeError) as exc:
        raise CorpusError(
            f"{source}: a fact needs type and question (and options for an enum): {exc}"
        ) from None


def _clause(raw: Any, where: str, provision_ids: set[str]) -> tuple[PolicyClause, list[Any]]:
    if not isinstance(raw, dict) or "id" not in raw:
        raise CorpusError(f"{where}: a clause is a mapping with id, text and norms")
    clause_id = str(raw["id"])
    where = where.rsplit(" clause ", 1)[0] + f" clause {clause_id}"
    if not _CLAUSE_ID.match(clause_id):
        raise CorpusError(
            f"{where}: the id is not accepted; use lower-case letters, digits, '.', '-', '_'"
        )
    unknown = sorted(str(k) for k in raw if k not in _CLAUSE_KEYS)
    if unknown:
        raise CorpusError(
            f"{where}: unknown key {unknown[0]!r}; accepted keys: {', '.join(_CLAUSE_KEYS)}"
        )
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: 'text' is missing; give the clause's words as written")
    settles = raw.get("settles") or []
    if not isinstance(settles, list) or not all(isinstance(s, str) for s in settles):
        raise CorpusError(f"{where}: 'settles' is a list of code provision ids, e.g. [wi.11]")
    bad = [s for s in settles if s not in provision_ids]
    if bad:
        raise CorpusError(
            f"{where}: settles {bad[0]!r}, not a provision of the codes the policy names"
        )
    norms = raw.get("norms") or []
    if not isinstance(norms, list):
        raise CorpusError(f"{where}: 'norms' is a list of norms (issues, verdict, strength, when)")
    clause = PolicyClause(
        id=clause_id,
        text=" ".join(text.split()),
        settles=tuple(settles),
        title=str(raw.get("title") or "").strip(),
    )
    return clause, norms


def _norm_doc(raw: Any, clause_id: str, index: int, where: str) -> dict[str, Any]:
    """A policy norm as a code norm: it cites its clause, and so do its conditions and duties."""
    if not isinstance(raw, dict):
        raise CorpusError(f"{where}: a norm is a mapping with issues, verdict, strength, when")
    if "provisions" in raw:
        raise CorpusError(
            f"{where}: a policy norm cites its own clause; remove 'provisions' "
            "(name code provisions in the clause's 'settles')"
        )
    doc = dict(raw)
    doc.setdefault("id", clause_id if index == 1 else f"{clause_id}.{index}")
    doc["provisions"] = [clause_id]
    for key in ("conditions", "duties"):
        items = doc.get(key)
        if isinstance(items, list):
            doc[key] = [
                {**item, "provisions": item.get("provisions", [clause_id])}
                if isinstance(item, dict)
                else item
                for item in items
            ]
    return doc
