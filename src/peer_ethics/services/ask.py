"""Use cases in plain words: ask, ask many, evaluate the reader (the NLP stack loads here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from peer_ethics.core.corpus import Edition
from peer_ethics.core.engine import evaluate_situation
from peer_ethics.core.errors import BadInput, CorpusError
from peer_ethics.core.interview import questions
from peer_ethics.core.policy import Policy, determine, vocabulary_with, with_policy

if TYPE_CHECKING:  # the NLP stack is imported only by `ask` and `eval`
    from peer_ethics.nlp.asking import Answer, Asker
    from peer_ethics.nlp.evaluation import NlpEvaluation
    from peer_ethics.nlp.labelled import Labelled
from .check import rulebook

# --- ask: plain words to cited verdicts (NLP; heavy imports only here) ------------------------


@lru_cache(maxsize=1)
def _asker() -> Asker:
    # The model, the issue classifier and the related index load once per process. The model
    # loads in the background (`nlp.preload`; `peer-ethics ask` starts it before importing
    # this), beside the readers' imports and the codes.
    from peer_ethics.nlp import patterns, preload

    preload.start()
    from peer_ethics.nlp.artefacts import load_abstention, load_issue_model, vectors_path
    from peer_ethics.nlp.asking import Asker
    from peer_ethics.nlp.retrieval import RelatedIndex, read_vectors

    patterns.save()  # the readers' compiled patterns, for the next process (once)
    book = rulebook()
    vectors = read_vectors(vectors_path())
    model = load_issue_model()
    embedder = preload.embedder()
    encoder = preload.encoder()
    if encoder.issues != model.issues:
        raise CorpusError("the issue encoder and the issue classifier name different issues")
    index = RelatedIndex(tuple(book.editions()), book.vocabulary, embedder, vectors)
    # What is answered, offered as a suggestion or asked: thresholds chosen by leave-one-author-out
    # (scripts/choose_thresholds.py), so that an uncertain reading is never a verdict.
    return Asker(book, embedder, model, index, encoder, load_abstention())


def ask(
    text: str,
    editions: tuple[Edition, ...] = (),
    issues: Sequence[str] | None = None,
    answers: Mapping[str, object] | None = None,
    policy: Policy | None = None,
) -> Answer:
    """Answer a question in plain words on the chosen editions (all by default).

    A correction of the reading (SPEC §3): `issues` replaces the topics read from the words and
    `answers` sets any fact (fact -> value; `None` makes a fact read from the words unknown).
    The answer is then computed from exactly that situation. With `issues` given, `text` may be
    empty: the answer comes from the structured situation alone (a shared link). With an agency
    policy, its determinations follow the codes' as a layer of their own.
    """
    if issues is None and not answers:
        answer = _asker().ask(text, editions)
    elif issues is not None and not text.strip():
        answer = corrected(_situation_only(editions), editions, issues, answers or {}, policy)
    else:
        answer = _asker().ask(text, editions)
        if issues is not None:
            # The facts of exactly these topics, read from the words (a confirmed suggestion's
            # facts too); the other topics still on offer stay offered.
            import dataclasses

            topics = _asker().ask(text, editions, issues=issues)
            offered = tuple(s for s in answer.suggestions if s.issue not in topics.issues)
            answer = dataclasses.replace(topics, suggestions=offered)
        answer = corrected(answer, editions, issues, answers or {}, policy)
    return with_layer(answer, editions, policy)


def ask_many(
    texts: list[str], editions: tuple[Edition, ...] = (), policy: Policy | None = None
) -> list[Answer]:
    """Answer many questions in order (for `ask --batch`); BadInput names the first bad line."""
    asker = _asker()
    out = []
    for number, text in enumerate(texts, start=1):
        try:
            out.append(with_layer(asker.ask(text, editions), editions, policy))
        except BadInput as exc:
            raise BadInput(f"line {number}: {exc}") from None
    return out


def with_layer(answer: Answer, editions: tuple[Edition, ...], policy: Policy | None) -> Answer:
    """The answer with the policy's determinations after the codes' (one per issue), and the
    questions whose answers could change the codes' or the policy's answer."""
    if policy is None or not answer.issues:
        return answer
    import dataclasses

    book = rulebook()
    layered = with_policy(book, policy)
    situation = layered.vocabulary.situation(answer.issues, answer.facts)
    chosen = (*(editions or book.editions()), layered.corpus.edition(policy.id, policy.version))
    return dataclasses.replace(
        answer,
        determinations=(*answer.determinations, *determine(book, policy, situation)),
        questions=questions(layered, situation, chosen),
    )


def evaluate_nlp(split: str = "dev") -> NlpEvaluation:
    """Issue, fact, verdict and provision figures of `ask` on a split of the labelled data."""
    from peer_ethics.nlp.evaluation import evaluate
    from peer_ethics.nlp.labelled import load_labelled

    if split not in ("dev", "train", "test", "all"):
        raise BadInput(f"split {split!r} is not one of dev, train, test, all")
    return evaluate(_asker(), load_labelled(None if split == "all" else split))


def ask_answered(
    text: str,
    answers: Mapping[str, object],
    editions: tuple[Edition, ...] = (),
    policy: Policy | None = None,
) -> Answer:
    """`ask` with the user's answers to its follow-up questions (kept for callers of 0.x)."""
    return ask(text, editions, answers=answers, policy=policy)


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
    policy: Policy | None = None,
) -> Answer:
    """The answer recomputed from the reading as corrected by the user (see `ask`)."""
    import dataclasses

    from peer_ethics.nlp.asking import NOTICE_CRISIS, NOTICE_NO_ISSUE, NOTICE_UNSURE
    from peer_ethics.nlp.evidence import Evidence

    book = rulebook()
    vocab = book.vocabulary if policy is None else vocabulary_with(book.vocabulary, policy)
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
    notices = tuple(n for n in answer.notices if n not in (NOTICE_NO_ISSUE, NOTICE_UNSURE))
    if "harm_threat" in topics and NOTICE_CRISIS not in notices:
        notices = (NOTICE_CRISIS, *notices)  # harm confirmed or added by the user
    refined = dataclasses.replace(
        answer,
        issues=topics,
        evidence=evidence,
        determinations=evaluate_situation(book, situation, chosen),
        questions=questions(book, situation, chosen),
        notices=notices,
        suggestions=tuple(s for s in answer.suggestions if s.issue not in topics),
    )
    return refined


def evaluate_situations(items: tuple[Labelled, ...]) -> NlpEvaluation:
    """The `eval` figures of `ask` on any labelled situations (e.g. a new author's file)."""
    from peer_ethics.nlp.evaluation import evaluate

    return evaluate(_asker(), items)
