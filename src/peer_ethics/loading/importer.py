"""Import a Markdown redline: editions, provisions, change list and anomaly report.

A `Layout` says which blocks of the document (by structural name: `p1`, `list2`, `h1`, see
`core.document`) are which provisions. Without one, every paragraph and list item is a
provision numbered by block (`doc.p1`, `doc.list1.3`), so any redline in the same convention can
be imported. Curated readings, when given, turn each provision's faithful `raw` text into its
`text`, and the change list is computed from those curated texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from peer_ethics.core import citations
from peer_ethics.core.anomalies import Anomaly, detect
from peer_ethics.core.changes import Change, changes
from peer_ethics.core.corpus import IN_FORCE, PROPOSED, Edition, Provision
from peer_ethics.core.document import Block, Document, split
from peer_ethics.core.errors import CorpusError
from peer_ethics.core.readings import Reading, apply, by_provision, check_answered

Side = Literal["current", "draft"]


@dataclass(frozen=True)
class EditionSpec:
    """An edition derived from the redline: which side of the markup it keeps."""

    name: str
    status: str
    side: Side
    derived_from: str


@dataclass(frozen=True)
class Target:
    """Where a block goes: one provision id, or a list whose items are `prefix.N`."""

    id: str
    section: str
    is_list: bool = False
    label: str = ""  # how the code names it; `{n}` is a list item's number


@dataclass(frozen=True)
class ProvisionMeta:
    citations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


DEFAULT_EDITIONS = (
    EditionSpec(
        "current", IN_FORCE, "current", "the redline with deletions kept, insertions dropped"
    ),
    EditionSpec("draft", PROPOSED, "draft", "the redline with insertions kept, deletions dropped"),
)


@dataclass(frozen=True)
class Layout:
    """How a redline maps onto a code: editions, provision blocks, named parts, metadata."""

    code: str = "doc"
    editions: tuple[EditionSpec, ...] = DEFAULT_EDITIONS
    title: str = ""  # the block holding the title; default: the first heading
    provisions: Mapping[str, Target] = field(default_factory=dict)
    parts: Mapping[str, str] = field(default_factory=dict)
    metadata: Mapping[str, ProvisionMeta] = field(default_factory=dict)
    source: str = "<redline>"


@dataclass(frozen=True)
class ImportResult:
    """Everything derived from one redline."""

    code: str
    editions: tuple[Edition, ...]
    changes: tuple[Change, ...]
    anomalies: tuple[Anomaly, ...]
    document: Document
    owners: Mapping[str, str]  # block name -> provision id or part name
    readings: tuple[Reading, ...] = ()

    def edition(self, name: str) -> Edition:
        for e in self.editions:
            if e.name == name:
                return e
        raise CorpusError(f"no edition {name!r} in this import")


@dataclass(frozen=True)
class _Placed:
    id: str
    section: str
    ordinal: int
    block: Block
    lead_in: Block | None
    label: str = ""


def _place(doc: Document, layout: Layout) -> tuple[list[_Placed], dict[str, str]]:
    placed: list[_Placed] = []
    owners: dict[str, str] = {}
    sections: dict[str, int] = {}
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            owners[block.name] = layout.parts.get(block.name, block.kind)
            continue
        key = block.list_name if block.kind == "item" else block.name
        target = layout.provisions.get(key)
        if target is None and layout.provisions:
            raise CorpusError(
                f"{layout.source}: block {key} (line {block.first_line}) is not mapped by the "
                "layout; map it under layout.provisions (or layout.parts)"
            )
        if key in layout.parts and target is None:
            owners[block.name] = layout.parts[key]
            continue
        label = ""
        if target is None:
            section = block.list_name or block.name
            pid = f"{layout.code}.{block.name}"
        else:
            section = target.section
            pid = f"{target.id}.{block.number}" if target.is_list else target.id
            label = target.label.replace("{n}", str(block.number))
        sections[section] = sections.get(section, 0) + 1
        lead_in = doc.block(f"{block.list_name}.lead_in") if block.list_name else None
        placed.append(_Placed(pid, section, sections[section], block, lead_in, label))
        owners[block.name] = pid
    seen: set[str] = set()
    for p in placed:
        if p.id in seen:
            raise CorpusError(f"{layout.source}: two blocks map to provision {p.id}")
        seen.add(p.id)
    return placed, owners


def _title(doc: Document, layout: Layout, side: Side) -> str:
    name = layout.title or next((b.name for b in doc.blocks if b.kind == "heading"), "")
    block = doc.block(name) if name else None
    if layout.title and block is None:
        raise CorpusError(f"{layout.source}: layout.title names no block: {layout.title}")
    return block.text(side) if block else ""


def import_redline(
    markdown: str, layout: Layout | None = None, readings: tuple[Reading, ...] | None = None
) -> ImportResult:
    """Editions, changes and anomalies of a redline; with `readings`, every anomaly must be
    answered by one and each provision's `text` is its curated reading."""
    layout = layout or Layout()
    doc = split(markdown)
    placed, owners = _place(doc, layout)
    anomalies = tuple(a for p in placed for a in detect(p.id, p.block.segments))
    known = {p.id for p in placed}
    for r in readings or ():
        if r.provision not in known:
            raise CorpusError(f"reading {r.id} names unknown provision {r.provision}")
    if readings is not None:
        check_answered(anomalies, readings)
    per_provision = by_provision(readings or ())
    editions = []
    for spec in layout.editions:
        provisions = []
        for p in placed:
            raw = p.block.text(spec.side)
            mine = tuple(r for r in per_provision.get(p.id, ()) if spec.name in r.editions)
            text = apply(raw, mine, spec.name)
            if not text:
                continue  # absent from this edition
            meta = layout.metadata.get(p.id, ProvisionMeta())
            cites = citations.extract(text)
            provisions.append(
                Provision(
                    id=p.id,
                    code=layout.code,
                    edition=spec.name,
                    section=p.section,
                    ordinal=p.ordinal,
                    text=text,
                    raw=raw,
                    citations=cites + tuple(c for c in meta.citations if c not in cites),
                    topics=meta.topics,
                    lead_in=p.lead_in.text(spec.side) if p.lead_in else "",
                    readings=tuple(r.id for r in mine),
                    label=p.label,
                )
            )
        editions.append(
            Edition(
                code=layout.code,
                name=spec.name,
                status=spec.status,
                title=_title(doc, layout, spec.side),
                source=layout.source,
                derived_from=spec.derived_from,
                provisions=tuple(provisions),
            )
        )
    return ImportResult(
        layout.code,
        tuple(editions),
        tuple(_change_list(placed, editions, layout)),
        anomalies,
        doc,
        owners,
        tuple(readings or ()),
    )


def _change_list(placed: list[_Placed], editions: list[Edition], layout: Layout) -> list[Change]:
    by_side = {spec.side: e for spec, e in zip(layout.editions, editions, strict=True)}
    if "current" not in by_side or "draft" not in by_side:
        return []
    base, proposed = by_side["current"], by_side["draft"]
    out: list[Change] = []
    for p in placed:
        old, new = base.get(p.id), proposed.get(p.id)
        out.extend(changes(p.id, old.text if old else None, new.text if new else None))
    return out
