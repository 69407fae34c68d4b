"""A code's source document with its own marks, and the words that explain each anomaly.

What the marked exports (the .docx as the drafter wrote it) show: every block of the source in
order, which provision or part each block is, the provisions' labels, the importer's anomalies
and the curated readings that answer them. The comment text is fixed templates, the detector's
message and the readings' quoted words and reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from peer_ethics.core.anomalies import Anomaly
from peer_ethics.core.corpus import Code
from peer_ethics.core.document import Document
from peer_ethics.core.readings import Reading

DRAFTER = "Drafter"  # the author of the source's own marks
_KIND_WORDS = {
    "stray_punctuation": "punctuation left standing alone",
    "detached_replacement": "a replacement detached from its word",
    "deletion_inside_word": "a deletion inside a word",
    "unmarked_replacement": "an unmarked replacement",
    "unmarked_case_change": "an unmarked change of case",
    "likely_typo": "a likely typo",
}
_EDITION_WORDS = {"current": "the current code", "draft": "the draft"}


@dataclass(frozen=True)
class MarkedSource:
    """What the document shows: the code, its source blocks and what the importer found."""

    code: Code
    document: Document
    owners: Mapping[str, str]  # block name -> provision id or part name
    labels: Mapping[str, str]  # provision id -> how the code names it
    anomalies: tuple[Anomaly, ...]
    readings: tuple[Reading, ...]
    title_block: str = ""  # the block holding the title

    @property
    def title(self) -> str:
        block = self.document.block(self.title_block) if self.title_block else None
        return block.text("draft") if block else self.code.name


def comment_paragraphs(source: MarkedSource, anomaly: Anomaly) -> list[tuple[str, bool]]:
    """(text, bold) paragraphs of one anomaly's comment: fixed templates, the detector's message,
    and the curated readings' quoted words and reasons."""
    label = source.labels.get(anomaly.provision, anomaly.provision)
    kind = _KIND_WORDS.get(anomaly.kind, anomaly.kind.replace("_", " "))
    out = [
        (f"{label}: {kind} (source line {anomaly.line}).", True),
        (anomaly.message[:1].upper() + anomaly.message[1:] + ".", False),
    ]
    for r in source.readings:
        if anomaly.id not in r.anomalies:
            continue
        where = " and ".join(_EDITION_WORDS.get(e, e) for e in r.editions)
        if r.find == r.replace:
            said = f"“{r.find}” stands as written"
        elif not r.replace:
            said = f"“{r.find}” is left out"
        else:
            said = f"“{r.find}” is read as “{r.replace}”"
        out.append((f"Reading in {where}: {said}.", False))
        out.append((f"Why: {r.reason}", False))
    return out
