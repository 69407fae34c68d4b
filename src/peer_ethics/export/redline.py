"""A code's redline for export: the curated current -> draft word diff of every provision.

The terminal, HTML, Markdown and `docx-diff` formats show the same redline: the word diff of
each provision's curated `text` in the in-force edition against the proposed one (`word_diff`),
not the source markup. Markup anomalies are therefore already resolved by the curated readings
and listed separately. The `docx` format is the source's own markup instead (`marked_docx`). A
provision in one edition only is shown wholly inserted or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from peer_ethics.core.anomalies import Anomaly
from peer_ethics.core.changes import Change, DiffOp, edition_diff
from peer_ethics.core.corpus import Code, Edition

# every redline format: `docx` is the source's own marks (export.marked_docx), `docx-diff` the
# curated word diff, `comment-sheet` the public-comment form (export.comment_sheet)
FORMATS = ("term", "html", "md", "docx", "docx-diff", "comment-sheet")


@dataclass(frozen=True)
class Redline:
    """What every export format shows: editions compared, per-provision ops, the report."""

    code: Code
    base: Edition
    proposed: Edition
    provisions: tuple[tuple[str, tuple[tuple[DiffOp, str], ...]], ...]
    changes: tuple[Change, ...]
    anomalies: tuple[Anomaly, ...]

    @property
    def title(self) -> str:
        return f"{self.code.name}: {self.base.ref} -> {self.proposed.ref}"


def build(code: Code, changes: tuple[Change, ...], anomalies: tuple[Anomaly, ...]) -> Redline:
    base = next((e for e in code.editions if not e.proposed), code.editions[0])
    proposed = next((e for e in code.editions if e.proposed), base)
    diffs = edition_diff(
        tuple((p.id, p.text) for p in base.provisions),
        tuple((p.id, p.text) for p in proposed.provisions),
    )
    return Redline(code, base, proposed, tuple((d.label, d.ops) for d in diffs), changes, anomalies)


def render_redline(redline: Redline, fmt: str, width: int = 100) -> bytes:
    """The redline as bytes in one format; heavy libraries are imported only when chosen."""
    if fmt == "term":
        from .term import redline_text

        return redline_text(redline, width).encode()
    if fmt == "html":
        from .html import redline_html

        return redline_html(redline).encode()
    if fmt == "md":
        from .markdown import redline_markdown

        return redline_markdown(redline).encode()
    if fmt == "docx-diff":
        from .docx import redline_docx

        return redline_docx(redline)
    from peer_ethics.core.errors import BadInput

    raise BadInput(f"unknown format {fmt!r}; accepted: {', '.join(FORMATS)}")
