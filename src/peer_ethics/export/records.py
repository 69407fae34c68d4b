"""Plain JSON-able records of provisions, changes, anomalies, readings, diffs and search hits.

One shape per value, shared by `--json` output and the web API so they cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from peer_ethics.core.anomalies import Anomaly
from peer_ethics.core.changes import Change, ProvisionDiff
from peer_ethics.core.corpus import Code, Edition, Provision
from peer_ethics.core.ids import citation
from peer_ethics.core.readings import Reading
from peer_ethics.core.search import Hit


def provision(edition: Edition, p: Provision) -> dict[str, Any]:
    return {
        "id": p.id,
        "code": p.code,
        "edition": p.edition,
        "status": edition.status,
        "citation": citation(p.code, p.edition, p.id),
        "section": p.section,
        "ordinal": p.ordinal,
        "lead_in": p.lead_in,
        "text": p.text,
        "raw": p.raw,
        "curated": p.curated,
        "readings": list(p.readings),
        "citations": list(p.citations),
        "topics": list(p.topics),
    }


def code(c: Code) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "jurisdiction": c.jurisdiction,
        "person_term": c.person_term,
        "editions": [
            {
                "ref": e.ref,
                "name": e.name,
                "status": e.status,
                "title": e.title,
                "derived_from": e.derived_from,
                "provisions": len(e.provisions),
            }
            for e in c.editions
        ],
    }


def change(c: Change) -> dict[str, Any]:
    return {
        "provision": c.provision,
        "op": c.op,
        "current": c.current_text,
        "draft": c.draft_text,
        "kind": c.kind,
        "reason": c.reason,
    }


def anomaly(a: Anomaly) -> dict[str, Any]:
    return {
        "id": a.id,
        "provision": a.provision,
        "kind": a.kind,
        "line": a.line,
        "column": a.column,
        "markup": a.markup,
        "editions": list(a.editions),
        "message": a.message,
    }


def reading(r: Reading) -> dict[str, Any]:
    return {
        "id": r.id,
        "provision": r.provision,
        "editions": list(r.editions),
        "anomalies": list(r.anomalies),
        "find": r.find,
        "replace": r.replace,
        "reason": r.reason,
    }


def diff(d: ProvisionDiff) -> dict[str, Any]:
    return {"provision": d.label, "status": d.status, "ops": [[op, text] for op, text in d.ops]}


def hit(h: Hit) -> dict[str, Any]:
    return {
        "code": h.provision.code,
        "edition": h.provision.edition,
        "status": h.edition.status,
        "provision": h.provision.id,
        "citation": citation(h.provision.code, h.provision.edition, h.provision.id),
        "score": h.score,
        "matched": list(h.matched),
        "text": h.provision.text,
    }
