"""Use cases of the norms: check a situation, the interview's questions, run cases, coverage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peer_ethics.core.cases import Case, Outcome, run_case
from peer_ethics.core.corpus import Edition
from peer_ethics.core.coverage import ProvisionCoverage, coverage
from peer_ethics.core.engine import Determination, evaluate_situation
from peer_ethics.core.errors import BadInput
from peer_ethics.core.facts import Situation
from peer_ethics.core.interview import Question, questions
from peer_ethics.core.policy import Policy, determine, vocabulary_with, with_policy
from peer_ethics.core.rulebook import Rulebook
from peer_ethics.loading.cases import load_cases
from peer_ethics.loading.rules import load_rulebook

if TYPE_CHECKING:  # the NLP stack is imported only by `ask` and `eval`
    pass


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
    policy: Policy | None = None  # its determinations come after the codes'

    def to_dict(self) -> dict[str, object]:
        """The JSON of `peer-ethics check --json`: facts, questions, determinations, corpus
        (and the agency policy applied, if any)."""
        out: dict[str, object] = {
            "facts": self.situation.known(),
            "questions": [q.to_dict() for q in self.questions],
            "determinations": [d.to_dict() for d in self.determinations],
            "corpus": {"version": self.corpus_version, "sha256": self.corpus_sha256},
        }
        if self.policy is not None:
            out["policy"] = self.policy.to_dict()
        return out


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


def situation_from(document: object, policy: Policy | None = None) -> Situation:
    """A checked situation from `{"issues": [...], "facts": {...}}` (or `"issue": "…"`); with
    a policy, its own facts are accepted too."""
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
    vocab = rulebook().vocabulary
    if policy is not None:
        vocab = vocabulary_with(vocab, policy)
    return vocab.situation(tuple(dict.fromkeys(issues)), facts)


def check(
    situation: Situation, editions: tuple[Edition, ...] = (), policy: Policy | None = None
) -> Check:
    """Determine a situation on the chosen editions, with the questions still worth asking;
    with an agency policy, its determinations follow the codes' as a layer of their own."""
    book = rulebook()
    chosen = editions or book.editions()
    determinations = evaluate_situation(book, situation, chosen)
    asked = questions(book, situation, chosen)
    if policy is not None:
        layered = with_policy(book, policy)
        mine = layered.corpus.edition(policy.id, policy.version)
        determinations += determine(book, policy, situation)
        asked = questions(layered, situation, (*chosen, mine))
    return Check(
        situation=situation,
        editions=chosen,
        questions=asked,
        determinations=determinations,
        corpus_version=book.corpus.version,
        corpus_sha256=book.corpus.sha256,
        policy=policy,
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
