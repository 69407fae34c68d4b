"""Use cases of the codes as data: list, show, search, redline, diff, import, export."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from peer_ethics.core.cases import Case
from peer_ethics.core.changes import ProvisionDiff, edition_diff
from peer_ethics.core.conditions import facts_of
from peer_ethics.core.corpus import Code, Corpus, Edition, Provision
from peer_ethics.core.errors import BadInput, BadReference
from peer_ethics.core.facts import FactSpec
from peer_ethics.core.ids import EditionRef, code_of, is_provision_id
from peer_ethics.core.norms import Norm
from peer_ethics.core.search import Hit
from peer_ethics.core.search import search as lexical_search
from peer_ethics.export.marked import MarkedSource
from peer_ethics.export.redline import Redline, render_redline
from peer_ethics.export.redline import build as build_redline
from peer_ethics.loading.cases import load_cases
from peer_ethics.loading.codes import load_corpus, loaded_code, read_layout
from peer_ethics.loading.importer import ImportResult, import_redline
from peer_ethics.loading.reading import REDLINE_BYTES, read_text

if TYPE_CHECKING:  # the NLP stack is imported only by `ask` and `eval`
    pass
from .check import rulebook

# --- browse: a provision with the norms and cases behind it (web) ------------------------------


def corpus_stamp() -> dict[str, str]:
    """The corpus version and digest every answer names."""
    c = corpus()
    return {"version": c.version, "sha256": c.sha256}


@dataclass(frozen=True)
class ProvisionView:
    """One provision of one edition, with the norms that cite it and the cases that exercise it."""

    edition: Edition
    provision: Provision
    norms: tuple[Norm, ...]
    cases: tuple[Case, ...]
    other_editions: tuple[Edition, ...]  # the code's other editions that have this provision


def provision_view(code: str, edition: str, provision: str) -> ProvisionView:
    """A provision, its norms in that edition, and the cases that exercise it (BadReference)."""
    book = rulebook()
    ed = book.corpus.edition(code, edition)
    prov = ed.provision(provision)
    norms = tuple(n for n in book.norms_of(ed).norms if provision in _cited(n))
    touching = tuple(c for c in _bundled_cases() if _case_touches(c, ed, norms, provision))
    others = tuple(
        e for e in book.corpus.code(code).editions if e.name != ed.name and e.get(provision)
    )
    return ProvisionView(ed, prov, norms, touching, others)


def _cited(norm: Norm) -> tuple[str, ...]:
    clauses = (*norm.conditions, *norm.duties)
    return (*norm.provisions, *(p for c in clauses for p in c.provisions))


def _case_touches(case: Case, edition: Edition, norms: tuple[Norm, ...], provision: str) -> bool:
    # A case exercises a provision on an edition it names when it cites the provision or asks
    # about an issue one of the provision's norms decides there.
    if not any(e.edition == edition.ref for e in case.expect):
        return False
    if provision in case.about or any(provision in e.provisions for e in case.expect):
        return True
    return any(case.issue in n.issues for n in norms)


@lru_cache(maxsize=1)
def _bundled_cases() -> tuple[Case, ...]:
    # The bundled cases never change while the process runs.
    return load_cases()


def issue_facts(issues: tuple[str, ...]) -> tuple[FactSpec, ...]:
    """The facts any edition's norms read when deciding these issues, in situation-model order
    (what a form asks about before the first answer)."""
    book = rulebook()
    for i in issues:
        book.vocabulary.issue(i)  # BadInput naming the known issues
    read: set[str] = set()
    for edition in book.editions():
        ns = book.norms_of(edition)
        for issue in issues:
            for norm in ns.for_issue(issue):
                read.update(facts_of(ns.effective_when(norm)))
    return tuple(f for f in book.vocabulary.facts if f.id in read)


# --- browse, redline, diff, search, import (the codes as data) --------------------------------


def corpus() -> Corpus:
    """The bundled codes (loaded once per process)."""
    return load_corpus()


def list_codes() -> tuple[Code, ...]:
    return corpus().codes


def show(target: str, edition: str | None = None) -> tuple[tuple[Edition, Provision], ...]:
    """A whole code (`wa`) or one provision (`wa.conduct.5`), in every edition (in force
    first) or in the one named; a provision absent from an edition is skipped."""
    code_id = code_of(target)
    code = corpus().code(code_id)
    chosen = [e for e in corpus().editions() if e.code == code_id]
    if edition is not None:
        chosen = [code.edition(edition)]
    if target == code_id:
        return tuple((e, p) for e in chosen for p in e.provisions)
    if not is_provision_id(target):
        raise BadReference(
            f"{target!r} is neither a code (wa, wi) nor a provision id (wa.conduct.5)"
        )
    found = tuple((e, p) for e in chosen if (p := e.get(target)) is not None)
    if not found:
        where = f"{code_id}@{edition}" if edition else f"any edition of {code_id}"
        raise BadReference(f"no provision {target!r} in {where}; try `peer-ethics show {code_id}`")
    return found


def redline(code_id: str) -> ImportResult:
    """A bundled code's import: editions, change list, anomalies and curated readings."""
    return loaded_code(code_id).imported


def diff(a: str, b: str) -> tuple[ProvisionDiff, ...]:
    """Word diff of two editions (`wa@current`, `wi@current`); editions of one code are
    compared provision by provision, editions of different codes as whole texts."""
    ea, eb = (corpus().resolve(str(EditionRef.parse(ref))) for ref in (a, b))
    if ea.code == eb.code:
        return edition_diff(
            tuple((p.id, p.text) for p in ea.provisions),
            tuple((p.id, p.text) for p in eb.provisions),
        )
    label = f"{ea.ref} -> {eb.ref}"
    return edition_diff(
        ((label, " ".join(p.text for p in ea.provisions)),),
        ((label, " ".join(p.text for p in eb.provisions)),),
    )


def search(query: str, limit: int = 10) -> tuple[Hit, ...]:
    """Provisions of every edition (in force first) matching the query's words."""
    if not query.strip():
        raise BadInput("search needs some words, e.g. peer-ethics search gift")
    return lexical_search(corpus().editions(), query, limit)


def import_file(path: Path, layout_path: Path | None = None) -> ImportResult:
    """Import a user's Markdown redline, numbered by block or laid out by a code.yaml (whose
    readings file, when it exists beside it, is applied as for a bundled code)."""
    markdown = read_text(path, REDLINE_BYTES, "redline", "UTF-8 Markdown")
    if layout_path is None:
        return import_redline(markdown)
    layout, readings = read_layout(layout_path)
    return import_redline(markdown, layout, readings)


def redline_view(code_id: str) -> Redline:
    """What every export of a bundled code's redline shows (curated current -> draft)."""
    result = redline(code_id)
    return build_redline(corpus().code(code_id), result.changes, result.anomalies)


def marked_source(code_id: str) -> MarkedSource:
    """A bundled code's source document with its own marks, anomalies and readings."""
    result = redline(code_id)
    code = corpus().code(code_id)
    labels = {p.id: p.name for e in reversed(code.editions) for p in e.provisions}
    title = next((name for name, part in result.owners.items() if part == "title"), "")
    return MarkedSource(
        code, result.document, result.owners, labels, result.anomalies, result.readings, title
    )


def export_redline(code_id: str, fmt: str, width: int = 100) -> bytes:
    """A bundled code's redline as `term`, `html`, `md`, `docx` (the source's own marks as
    tracked changes, anomalies as comments) or `docx-diff` (the curated word diff) bytes."""
    if fmt == "docx":
        from peer_ethics.export.marked_docx import marked_docx

        return marked_docx(marked_source(code_id))
    if fmt in ("comment-sheet.xlsx", "comment-sheet.docx"):
        return comment_sheet(code_id, fmt.rpartition(".")[2])
    return render_redline(redline_view(code_id), fmt, width)


def comment_sheet(code_id: str, kind: str) -> bytes:
    """The public-comment sheet of a code's draft as `xlsx` or `docx` bytes: one row per
    changed provision with its current and draft words, the kind of change and its impact."""
    from peer_ethics.export import comment_sheet as sheet
    from peer_ethics.export.naming import Naming

    from .analysis import impact

    code = corpus().code(code_id)
    base = next((e for e in code.editions if not e.proposed), None)
    proposed = next((e for e in code.editions if e.proposed), None)
    if base is None or proposed is None:
        raise BadInput(
            f"code {code_id!r} has no draft to comment on; only a code with a proposed edition has"
        )
    book = rulebook()
    built = sheet.build(
        code,
        redline(code_id).changes,
        impact(code_id, base.name, proposed.name),
        Naming(book.corpus, book.vocabulary),
    )
    return sheet.to_xlsx(built) if kind == "xlsx" else sheet.to_docx(built)
