"""Use cases in plain words: ask, ask many, evaluate the reader (the NLP stack loads here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from peer_ethics.core.corpus import Edition
from peer_ethics.core.engine import evaluate_situation
from peer_ethics.core.errors import BadInput
from peer_ethics.core.interview import questions

if TYPE_CHECKING:  # the NLP stack is imported only by `ask` and `eval`
    from peer_ethics.nlp.asking import Answer, Asker
    from peer_ethics.nlp.evaluation import NlpEvaluation
from .check import rulebook

# --- ask: plain words to cited verdicts (NLP; heavy imports only here) ------------------------


@lru_cache(maxsize=1)
def _asker() -> Asker:
    # The model, the issue classifier and the related index load once per process. The model
    # loads in the background (`nlp.preload`; `peer-ethics ask` starts it before importing
    # this), beside the readers' imports and the codes.
    from peer_ethics.nlp import patterns, preload

    preload.start()
    from peer_ethics.nlp.artefacts import load_issue_model, vectors_path
    from peer_ethics.nlp.asking import Asker
    from peer_ethics.nlp.retrieval import RelatedIndex, read_vectors

    patterns.save()  # the readers' compiled patterns, for the next process (once)
    book = rulebook()
    vectors = read_vectors(vectors_path())
    model = load_issue_model()
    embedder = preload.embedder()
    index = RelatedIndex(tuple(book.editions()), book.vocabulary, embedder, vectors)
    return Asker(book, embedder, model, index)


def ask(
    text: str,
    editions: tuple[Edition, ...] = (),
    issues: Sequence[str] | None = None,
    answers: Mapping[str, object] | None = None,
) -> Answer:
    """Answer a question in plain words on the chosen editions (all by default).

    A correction of the reading (SPEC §3): `issues` replaces the topics read from the words and
    `answers` sets any fact (fact -> value; `None` makes a fact read from the words unknown).
    The answer is then computed from exactly that situation. With `issues` given, `text` may be
    empty: the answer comes from the structured situation alone (a shared link).
    """
    if issues is None and not answers:
        return _asker().ask(text, editions)
    if issues is not None and not text.strip():
        return corrected(_situation_only(editions), editions, issues, answers or {})
    return corrected(_asker().ask(text, editions), editions, issues, answers or {})


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

    if split not in ("dev", "train", "test", "all"):
        raise BadInput(f"split {split!r} is not one of dev, train, test, all")
    return evaluate(_asker(), load_labelled(None if split == "all" else split))


def ask_answered(
    text: str, answers: Mapping[str, object], editions: tuple[Edition, ...] = ()
) -> Answer:
    """`ask` with the user's answers to its follow-up questions (kept for callers of 0.x)."""
    return ask(text, editions, answers=answers)


def _situation_only(editions: tuple[Edition, ...]) -> Answer:
    """An empty answer stamped with the corpus: the start of a situation given without words."""
    from peer_ethics.nlp.asking import Answer

    corpus = rulebook().corpus
    return Answer("", "en", (), (), (), (), (), corpus.version, corpus.sha256)


def corrected(
    answer: Answer,
    editions: tuple[Edition, ...],
    issues: Sequence[str] | None,
    answers: Mapping[str, object],
) -> Answer:
    """The answer recomputed from the reading as corrected by the user (see `ask`)."""
    import dataclasses

    from peer_ethics.nlp.asking import NOTICE_NO_ISSUE
    from peer_ethics.nlp.evidence import Evidence

    book = rulebook()
    vocab = book.vocabulary
    topics = answer.issues if issues is None else tuple(dict.fromkeys(issues))
    for issue in topics:
        vocab.issue(issue)  # BadInput naming the known issues
    if not topics and issues is None and answers:
        raise BadInput(
            "there is nothing to refine: no issue was recognised in the question; give 'issues' too"
        )
    given = {
        fact: None if value is None else vocab.fact(fact).coerce(value)
        for fact, value in answers.items()
    }
    # A fact given the value it was read as keeps the words it was read from; a fact the user
    # set to another value has the user's answer as its "words".
    kept = tuple(e for e in answer.evidence if given.get(e.fact, e.value) == e.value)
    read = {e.fact for e in kept}
    added = tuple(
        Evidence(f, v, str(answers[f]))
        for f, v in sorted(given.items())
        if v is not None and f not in read
    )
    evidence = kept + added
    if not topics:  # every topic removed: nothing is answered; the related provisions stay
        return dataclasses.replace(
            answer, issues=(), evidence=evidence, determinations=(), questions=()
        )
    situation = vocab.situation(topics, {e.fact: e.value for e in evidence})
    chosen = editions or book.editions()
    return dataclasses.replace(
        answer,
        issues=topics,
        evidence=evidence,
        determinations=evaluate_situation(book, situation, chosen),
        questions=questions(book, situation, chosen),
        notices=tuple(n for n in answer.notices if n != NOTICE_NO_ISSUE),
        suggestions=tuple(s for s in answer.suggestions if s.issue not in topics),
    )
