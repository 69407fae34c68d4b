"""Use cases in plain words: ask, ask many, evaluate the reader (the NLP stack loads here)."""

from __future__ import annotations

from collections.abc import Mapping
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


def ask(text: str, editions: tuple[Edition, ...] = (), policy: Policy | None = None) -> Answer:
    """Answer a question in plain words on the chosen editions (all by default); with an
    agency policy, its determinations follow the codes' as a layer of their own."""
    return with_layer(_asker().ask(text, editions), editions, policy)


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
    """`ask`, then the user's answers to its follow-up questions added to the facts read from
    the words (an answer wins over a reading of the same fact); the engine decides again."""
    import dataclasses

    from peer_ethics.nlp.evidence import Evidence

    answer = ask(text, editions)
    if not answers:
        return with_layer(answer, editions, policy)
    if not answer.issues:
        raise BadInput("there is nothing to refine: no issue was recognised in the question")
    book = rulebook()
    vocab = book.vocabulary if policy is None else vocabulary_with(book.vocabulary, policy)
    given = {fact: vocab.fact(fact).coerce(value) for fact, value in answers.items()}
    kept = tuple(e for e in answer.evidence if e.fact not in given)
    # An answer's "words" are the answer the user picked.
    added = tuple(Evidence(f, v, str(answers[f])) for f, v in sorted(given.items()))
    evidence = kept + added
    situation = vocab.situation(answer.issues, {e.fact: e.value for e in evidence})
    chosen = editions or book.editions()
    refined = dataclasses.replace(
        answer,
        evidence=evidence,
        determinations=evaluate_situation(book, situation, chosen),
        questions=questions(book, situation, chosen),
    )
    return with_layer(refined, editions, policy)


def evaluate_situations(items: tuple[Labelled, ...]) -> NlpEvaluation:
    """The `eval` figures of `ask` on any labelled situations (e.g. a new author's file)."""
    from peer_ethics.nlp.evaluation import evaluate

    return evaluate(_asker(), items)
