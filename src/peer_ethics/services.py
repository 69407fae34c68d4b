"""Use cases the adapters (CLI, web) call: check a situation, run cases, report coverage, …"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from peer_ethics.core.cases import Case, Outcome, run_case
from peer_ethics.core.changes import ProvisionDiff, edition_diff
from peer_ethics.core.conditions import facts_of
from peer_ethics.core.corpus import Code, Corpus, Edition, Provision
from peer_ethics.core.coverage import ProvisionCoverage, coverage
from peer_ethics.core.engine import Determination, evaluate_situation
from peer_ethics.core.errors import BadInput, BadReference
from peer_ethics.core.facts import FactSpec, Situation
from peer_ethics.core.ids import EditionRef, code_of, is_provision_id
from peer_ethics.core.interview import Question, questions
from peer_ethics.core.norms import Norm
from peer_ethics.core.rulebook import Rulebook
from peer_ethics.core.search import Hit
from peer_ethics.core.search import search as lexical_search
from peer_ethics.export.redline import Redline, render_redline
from peer_ethics.export.redline import build as build_redline
from peer_ethics.loading.cases import load_cases
from peer_ethics.loading.codes import load_corpus, loaded_code, read_layout
from peer_ethics.loading.importer import ImportResult, import_redline
from peer_ethics.loading.rules import load_rulebook

if TYPE_CHECKING:  # the NLP stack is imported only by `ask` and `eval`
    from peer_ethics.nlp.asking import Answer, Asker
    from peer_ethics.nlp.evaluation import NlpEvaluation

# --- check: one situation, every chosen edition ------------------------------------------------


@dataclass(frozen=True)
class Check:
    """A situation's determinations and the questions whose answers could still change them."""

    situation: Situation
    editions: tuple[Edition, ...]
    questions: tuple[Question, ...]
    determinations: tuple[Determination, ...]
    corpus_version: str
    corpus_sha256: str

    def to_dict(self) -> dict[str, object]:
        """The JSON of `peer-ethics check --json`: facts, questions, determinations, corpus."""
        return {
            "facts": self.situation.known(),
            "questions": [q.to_dict() for q in self.questions],
            "determinations": [d.to_dict() for d in self.determinations],
            "corpus": {"version": self.corpus_version, "sha256": self.corpus_sha256},
        }


def rulebook() -> Rulebook:
    """The bundled codes and norms, loaded once per process."""
    return load_rulebook()


def choose_editions(
    codes: tuple[str, ...] = (), editions: tuple[str, ...] = ()
) -> tuple[Edition, ...]:
    """Editions picked by `--code wa` and `--edition wa@draft` filters; none given = all."""
    for ref in editions:
        if "@" not in ref:
            raise BadInput(f"edition {ref!r} is not of the form code@edition, e.g. wa@draft")
    return rulebook().editions((*codes, *editions))


def situation_from(document: object) -> Situation:
    """A checked situation from `{"issues": [...], "facts": {...}}` (or `"issue": "…"`)."""
    if not isinstance(document, Mapping):
        raise BadInput(
            'a facts file is a JSON object like {"issues": ["accept_gift"], "facts": {}}'
        )
    unknown = sorted(set(document) - {"issue", "issues", "facts"})
    if unknown:
        raise BadInput(
            f"a facts file has no key {unknown[0]!r}; accepted keys: issue, issues, facts"
        )
    issues = document.get("issues", [])
    if "issue" in document:
        issues = [document["issue"], *(issues if isinstance(issues, list) else [issues])]
    if not isinstance(issues, list) or not issues or not all(isinstance(i, str) for i in issues):
        raise BadInput('a facts file names its issue: "issue": "accept_gift" or "issues": [...]')
    facts = document.get("facts", {})
    if not isinstance(facts, Mapping):
        raise BadInput('"facts" is a JSON object mapping each fact to its value')
    return rulebook().vocabulary.situation(tuple(dict.fromkeys(issues)), facts)


def check(situation: Situation, editions: tuple[Edition, ...] = ()) -> Check:
    """Determine a situation on the chosen editions, with the questions still worth asking."""
    book = rulebook()
    chosen = editions or book.editions()
    return Check(
        situation=situation,
        editions=chosen,
        questions=questions(book, situation, chosen),
        determinations=evaluate_situation(book, situation, chosen),
        corpus_version=book.corpus.version,
        corpus_sha256=book.corpus.sha256,
    )


def open_questions(
    situation: Situation, editions: tuple[Edition, ...] = ()
) -> tuple[Question, ...]:
    """The unknown facts that would change at least one chosen edition's answer."""
    return questions(rulebook(), situation, editions)


# --- norm cases and coverage ------------------------------------------------------------------


def cases(path: Path | None = None) -> tuple[Case, ...]:
    """YAML cases from a file or folder, or every packaged code's cases."""
    return load_cases(path)


def run_cases(chosen: tuple[Case, ...]) -> tuple[Outcome, ...]:
    """Each case evaluated on the editions it names and compared with what it expects."""
    book = rulebook()
    return tuple(run_case(book, c) for c in chosen)


def coverage_table() -> tuple[ProvisionCoverage, ...]:
    """Per provision and edition of the bundled codes: norms, cases, fired, aspirational."""
    chosen = load_cases()
    return coverage(rulebook(), chosen, run_cases(chosen))


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
    try:
        markdown = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"cannot read redline {path}: {exc}") from None
    if layout_path is None:
        return import_redline(markdown)
    layout, readings = read_layout(layout_path)
    return import_redline(markdown, layout, readings)


def redline_view(code_id: str) -> Redline:
    """What every export of a bundled code's redline shows (curated current -> draft)."""
    result = redline(code_id)
    return build_redline(corpus().code(code_id), result.changes, result.anomalies)


def export_redline(code_id: str, fmt: str, width: int = 100) -> bytes:
    """A bundled code's redline as `term`, `html`, `md` or `docx` bytes."""
    return render_redline(redline_view(code_id), fmt, width)


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


def lint(target: str | None = None) -> dict[str, object]:
    """Lint the bundled codes, one code (`wa`), a code directory or one norm file (JSON)."""
    from peer_ethics.analysis.lint import lint as lint_editions

    book, editions = _lint_target(target)
    return lint_editions(book, editions).to_dict(book)


def _lint_target(target: str | None) -> tuple[Rulebook, tuple[Edition, ...]]:
    from peer_ethics.core.corpus import Corpus
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
    """A compare or impact result as `md`, `html` or `docx` bytes (the impact .docx opens with
    the code's redline as tracked changes)."""
    from peer_ethics.export.reports import render_report

    redline = None
    if kind == "impact" and fmt == "docx":
        redline = redline_view(str(data["code"]))
    return render_report(kind, data, fmt, redline)


# --- ask: plain words to cited verdicts (NLP; heavy imports only here) ------------------------


@lru_cache(maxsize=1)
def _asker() -> Asker:
    # The model, the issue classifier and the related index load once per process.
    from concurrent.futures import ThreadPoolExecutor

    from peer_ethics.nlp.artefacts import load_issue_model, vectors_path
    from peer_ethics.nlp.asking import Asker
    from peer_ethics.nlp.embedder import default_embedder
    from peer_ethics.nlp.retrieval import RelatedIndex, read_vectors

    # Loading the model (checksum, graph optimisation: native code that releases the GIL) runs
    # beside loading the codes and the index; on two cores it takes ~0.2 s off every cold start.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(default_embedder)
        book = rulebook()
        vectors = read_vectors(vectors_path())
        model = load_issue_model()
        import bm25s  # noqa: F401 - imported here, beside the model load

        embedder = pending.result()
    index = RelatedIndex(tuple(book.editions()), book.vocabulary, embedder, vectors)
    return Asker(book, embedder, model, index)


def ask(text: str, editions: tuple[Edition, ...] = ()) -> Answer:
    """Answer a question in plain words on the chosen editions (all by default)."""
    return _asker().ask(text, editions)


def ask_many(texts: list[str], editions: tuple[Edition, ...] = ()) -> list[Answer]:
    """Answer many questions in order (for `ask --batch`); BadInput names the first bad line."""
    asker = _asker()
    out = []
    for number, text in enumerate(texts, start=1):
        try:
            out.append(asker.ask(text, editions))
        except BadInput as exc:
            raise BadInput(f"line {number}: {exc}") from None
    return out


def evaluate_nlp(split: str = "dev") -> NlpEvaluation:
    """Issue, fact, verdict and provision figures of `ask` on a split of the labelled data."""
    from peer_ethics.nlp.evaluation import evaluate
    from peer_ethics.nlp.labelled import load_labelled

    if split not in ("dev", "train", "all"):
        raise BadInput(f"split {split!r} is not one of dev, train, all")
    return evaluate(_asker(), load_labelled(None if split == "all" else split))


def ask_answered(
    text: str, answers: Mapping[str, object], editions: tuple[Edition, ...] = ()
) -> Answer:
    """`ask`, then the user's answers to its follow-up questions added to the facts read from
    the words (an answer wins over a reading of the same fact); the engine decides again."""
    import dataclasses

    from peer_ethics.nlp.evidence import Evidence

    answer = ask(text, editions)
    if not answers:
        return answer
    if not answer.issues:
        raise BadInput("there is nothing to refine: no issue was recognised in the question")
    book = rulebook()
    vocab = book.vocabulary
    given = {fact: vocab.fact(fact).coerce(value) for fact, value in answers.items()}
    kept = tuple(e for e in answer.evidence if e.fact not in given)
    # An answer's "words" are the answer the user picked.
    added = tuple(Evidence(f, v, str(answers[f])) for f, v in sorted(given.items()))
    evidence = kept + added
    situation = vocab.situation(answer.issues, {e.fact: e.value for e in evidence})
    chosen = editions or book.editions()
    return dataclasses.replace(
        answer,
        evidence=evidence,
        determinations=evaluate_situation(book, situation, chosen),
        questions=questions(book, situation, chosen),
    )
