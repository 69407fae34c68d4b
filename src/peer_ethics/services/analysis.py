"""Use cases of the analysis: compare editions, a draft's impact, lint (numpy and z3 load here)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from peer_ethics.core.corpus import Corpus, Edition
from peer_ethics.core.errors import BadInput
from peer_ethics.core.ids import EditionRef
from peer_ethics.core.policy import Policy
from peer_ethics.core.rulebook import Rulebook
from peer_ethics.loading.codes import loaded_code

if TYPE_CHECKING:  # the NLP stack is imported only by `ask` and `eval`
    pass
from .check import rulebook

# --- analysis: compare, impact, lint (numpy and z3 are imported only by these) ----------------


def _edition(ref: str) -> Edition:
    """`wa@draft`, or a bare `wa` for its in-force edition (BadReference otherwise)."""
    if "@" in ref:
        EditionRef.parse(ref)  # BadReference naming the accepted form
    return rulebook().corpus.resolve(ref.strip())


def compare(a: str, b: str, issues: tuple[str, ...] = ()) -> dict[str, object]:
    """Two editions side by side: alignment, every difference with a witness, silence (JSON)."""
    from peer_ethics.analysis.compare import compare as compare_editions

    book = rulebook()
    ea, eb = _edition(a), _edition(b)
    return compare_editions(book, ea, eb, issues).to_dict(book)


def impact(code_id: str, from_edition: str, to_edition: str) -> dict[str, object]:
    """Every verdict transition a draft makes, traced to reform steps and text changes (JSON)."""
    from peer_ethics.analysis.impact import impact as impact_of

    book = rulebook()
    code = book.corpus.code(code_id)
    current, draft = code.edition(from_edition), code.edition(to_edition)
    imported = loaded_code(code_id).imported
    sides = (
        {e.name for e in imported.editions if not e.proposed},
        {e.name for e in imported.editions if e.proposed},
    )
    # The importer's change list runs in-force -> proposed; other pairs are diffed here.
    text_changes = imported.changes if (current.name, draft.name) in _pairs(*sides) else None
    return impact_of(book, current, draft, text_changes).to_dict(book)


def _pairs(left: set[str], right: set[str]) -> set[tuple[str, str]]:
    return {(x, y) for x in left for y in right}


def lint(target: str | None = None, policy: Policy | None = None) -> dict[str, object]:
    """Lint the bundled codes, one code (`wa`), a code directory or one norm file (JSON); with
    an agency policy, its own norms too, and each clause that weakens an in-force code."""
    from peer_ethics.analysis.lint import lint as lint_editions

    book, editions = _lint_target(target)
    if policy is None:
        return lint_editions(book, editions).to_dict(book)
    from peer_ethics.core.policy import with_policy

    from .policy import check_policy

    layered = with_policy(book, policy)
    mine = layered.corpus.edition(policy.id, policy.version)
    data = lint_editions(layered, (*editions, mine)).to_dict(layered)
    checked = check_policy(policy)
    data["policy"] = checked.to_dict()
    data["policy_lines"] = checked.lines()
    data["problems"] = int(data["problems"]) + len(checked.conflicts)  # type: ignore[call-overload]
    return data


def _lint_target(target: str | None) -> tuple[Rulebook, tuple[Edition, ...]]:
    from peer_ethics.core.norms import check as check_norms
    from peer_ethics.loading.codes import load_code_dir
    from peer_ethics.loading.norms import parse_normset
    from peer_ethics.loading.rules import build_rulebook
    from peer_ethics.loading.vocabulary import read_yaml

    if target is None:
        return rulebook(), rulebook().editions()
    if target in {c.id for c in rulebook().corpus.codes}:  # a code id wins over a folder "wa"
        return rulebook(), rulebook().editions((target,))
    path = Path(target)
    if path.is_dir():
        loaded = load_code_dir(path)
        corpus = Corpus((loaded.code,), version="local", sha256="")
        book = build_rulebook(corpus, (path,))
        return book, book.editions()
    if path.is_file():
        book = rulebook()
        doc = read_yaml(path, "norms")
        if not isinstance(doc, Mapping) or "code" not in doc or "edition" not in doc:
            raise BadInput(f"{path}: a norm file names its 'code' and 'edition' (e.g. wi, current)")
        edition = book.corpus.edition(str(doc["code"]), str(doc["edition"]))
        bases = {ns.edition: ns for ns in book.normsets if ns.code == edition.code}
        normset = parse_normset(dict(doc), book.vocabulary, str(path), bases)
        check_norms(normset, edition.ids(), tuple(i.id for i in book.vocabulary.issues))
        others = tuple(
            ns for ns in book.normsets if (ns.code, ns.edition) != (edition.code, edition.name)
        )
        return Rulebook(book.corpus, book.vocabulary, (*others, normset)), (edition,)
    if "/" in target or target.endswith((".yaml", ".yml")):
        raise BadInput(
            f"no such file or directory {target!r}; lint takes a code id, a code "
            "directory or a norm file"
        )
    return rulebook(), rulebook().editions((target,))


def export_report(kind: str, data: dict[str, object], fmt: str) -> bytes:
    """A compare or impact result as `md`, `html`, `pdf` (from the HTML) or `docx` bytes, in
    plain words: editions by name, topics by label, provisions as the code names them."""
    from peer_ethics.export.naming import Naming
    from peer_ethics.export.reports import render_report

    book = rulebook()
    return render_report(kind, data, fmt, Naming(book.corpus, book.vocabulary))
