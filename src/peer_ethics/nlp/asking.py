"""The ask pipeline: plain words in, cited determinations, follow-up questions and related out.

normalise -> language check -> embed -> recognise issues -> read facts -> engine -> interview
-> related provisions. Nothing is guessed: a fact the words do not settle stays unknown, the
engine answers `conditional` and the interview asks for it. Every sentence in an answer is a
quotation of a code, a fixed template (here or in the rule data) or the user's own words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peer_ethics.core.corpus import Edition
from peer_ethics.core.engine import Determination, evaluate_situation
from peer_ethics.core.interview import Question, questions
from peer_ethics.core.rulebook import Rulebook

from . import harm
from .abstention import PASS_THROUGH, Abstention
from .classifier import IssueModel
from .embedder import Embedder, Vector
from .evidence import Evidence
from .language import is_english
from .reader import Reading, facts_for, read
from .retrieval import Related, RelatedIndex
from .text import MAX_CHARS, parts, prepare, situation_text

if TYPE_CHECKING:
    from .encoder import IssueEncoder

NOTICE_TRUNCATED = f"Only the first {MAX_CHARS} characters of the question were read."
NOTICE_NOT_ENGLISH = "Only English is understood. No answer was given; please ask again in English."
# First in `notices` whenever harm to self or others is mentioned (SPEC §3, §6 Safety).
NOTICE_CRISIS = (
    "If anyone is in immediate danger, call 911. If someone is thinking about suicide, call or "
    "text 988 (Suicide & Crisis Lifeline). Tell your supervisor now."
)
# No topic was read surely enough to answer, but some are offered as suggestions.
NOTICE_UNSURE = (
    "I am not sure which situation this is about. Confirm a topic below to get each code's "
    "answer, or say who the other person is and what happened."
)
NOTICE_NO_ISSUE = (
    "No situation the codes address was recognised in these words; the closest provisions are "
    "listed as related. Try saying who the other person is and what happened."
)


@dataclass(frozen=True)
class Suggestion:
    """A topic the words may be about, but not surely enough to answer: offered to confirm."""

    issue: str
    label: str
    probability: float

    def to_dict(self) -> dict[str, object]:
        return {"issue": self.issue, "label": self.label, "probability": self.probability}


@dataclass(frozen=True)
class Answer:
    """The answer to one question, in the shape of SPEC §3 (`to_dict`)."""

    query: str
    language: str  # "en", or "unsupported"
    issues: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    questions: tuple[Question, ...]
    determinations: tuple[Determination, ...]
    related: tuple[Related, ...]
    corpus_version: str
    corpus_sha256: str
    notices: tuple[str, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def crisis(self) -> bool:
        """Harm to self or others was mentioned: the crisis notice comes first."""
        return NOTICE_CRISIS in self.notices

    @property
    def facts(self) -> dict[str, object]:
        return {e.fact: e.value for e in self.evidence}

    def to_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "language": self.language,
            "issues": list(self.issues),
            "facts": self.facts,
            "evidence": [e.to_dict() for e in self.evidence],
            "questions": [q.to_dict() for q in self.questions],
            "determinations": [d.to_dict() for d in self.determinations],
            "related": [r.to_dict() for r in self.related],
            "corpus": {"version": self.corpus_version, "sha256": self.corpus_sha256},
            "notices": list(self.notices),
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


class Asker:
    """Everything `ask` needs, loaded once: rulebook, embedder, issue model, related index, and
    the issue encoder when one ships (its probabilities join the classifier's: reader.mix), and
    the thresholds that decide what is answered, offered as a suggestion, or asked."""

    def __init__(
        self,
        rulebook: Rulebook,
        embedder: Embedder,
        model: IssueModel,
        index: RelatedIndex,
        encoder: IssueEncoder | None = None,
        abstention: Abstention = PASS_THROUGH,
    ) -> None:
        self.rulebook = rulebook
        self.embedder = embedder
        self.model = model
        self.index = index
        self.encoder = encoder
        self.abstention = abstention

    def ask(
        self,
        raw: str,
        editions: tuple[Edition, ...] = (),
        issues: Sequence[str] | None = None,
        answers: Mapping[str, object] | None = None,
    ) -> Answer:
        """Answer one question (BadInput when it is empty, or an issue or answer is unknown).

        `issues` replaces the topics read from the words (no suggestions are then made);
        `answers` sets facts (fact -> value), winning over a reading of the same fact.
        """
        book = self.rulebook
        prepared = prepare(raw)
        # The safety floor (nlp/harm.py): harm to self or others named anywhere in the words
        # (even words not read as English) puts the crisis notice first; harm_threat, whether
        # named or recognised, is then always among the issues and always has the notice.
        harmful = harm.mention(prepared.text)
        notices = [NOTICE_CRISIS] if harmful else []
        notices += [NOTICE_TRUNCATED] if prepared.truncated else []
        stamp = (book.corpus.version, book.corpus.sha256)
        if not is_english(prepared.text):
            return Answer(
                prepared.query,
                "unsupported",
                (),
                (),
                (),
                (),
                (),
                *stamp,
                (*notices, NOTICE_NOT_ENGLISH),
            )
        text = situation_text(prepared.text)
        vector = self.embedder.embed(text)
        reading = self._read(text, vector)
        if harmful:
            reading = harm.floor(reading, text)
        offered: tuple[tuple[str, float], ...] = ()
        if issues is None:
            answered, offered = self.abstention.issues(scored_issues(reading, self.model.issues))
        else:
            answered = tuple(book.vocabulary.issue(i).id for i in dict.fromkeys(issues))
        if harm.HARM in answered and NOTICE_CRISIS not in notices:
            notices.insert(0, NOTICE_CRISIS)  # recognised, or confirmed by the user, not named
        found = reading.evidence if answered == reading.issues else self._facts(text, answered)
        if harmful or harm.HARM in answered:
            found = harm.guard(found, text)  # intent is asked, never read absent from thoughts
        evidence = self.abstention.facts(found)
        if answers:
            given = {f: book.vocabulary.fact(f).coerce(v) for f, v in answers.items()}
            # An answer's "words" are the answer the user gave.
            evidence = tuple(e for e in evidence if e.fact not in given) + tuple(
                Evidence(f, v, str(answers[f])) for f, v in sorted(given.items())
            )
        chosen = editions or book.editions()
        determinations: tuple[Determination, ...] = ()
        asked: tuple[Question, ...] = ()
        if answered:
            situation = book.vocabulary.situation(answered, {e.fact: e.value for e in evidence})
            determinations = evaluate_situation(book, situation, chosen)
            asked = questions(book, situation, chosen)
        else:
            notices.append(NOTICE_UNSURE if offered else NOTICE_NO_ISSUE)
        cited = frozenset((d.ref, p) for d in determinations for p in d.provisions)
        weights = {**dict(reading.probabilities), **dict.fromkeys(answered, 1.0)}
        related = self.index.rank(text, vector, weights, cited)
        refs = {e.ref for e in chosen}
        related = tuple(r for r in related if f"{r.code}@{r.edition}" in refs)
        return Answer(
            query=prepared.query,
            language="en",
            issues=answered,
            evidence=evidence,
            questions=asked,
            determinations=determinations,
            related=related,
            corpus_version=stamp[0],
            corpus_sha256=stamp[1],
            notices=tuple(notices),
            suggestions=tuple(Suggestion(i, book.vocabulary.issue(i).label, p) for i, p in offered),
        )

    def _read(self, text: str, vector: Vector) -> Reading:
        encoded = None
        if self.encoder is not None:
            probs = self.encoder.probabilities(text)
            encoded = dict(zip(self.encoder.issues, (float(p) for p in probs), strict=True))
        return read(
            self.rulebook, self.model, text, vector, parts(text), self.embedder.embed, encoded
        )

    def _facts(self, text: str, issues: tuple[str, ...]) -> tuple[Evidence, ...]:
        return facts_for(self.rulebook, text, issues)


def scored_issues(reading: Reading, issues: tuple[str, ...]) -> list[tuple[str, float, bool]]:
    """(issue, score, taken) for every issue: the reader's taken issues first, in its order."""
    score = dict(reading.probabilities)
    taken = set(reading.issues)
    rest = sorted((i for i in issues if i not in taken), key=lambda i: (-score.get(i, 0.0), i))
    return [(i, score.get(i, 0.0), i in taken) for i in (*reading.issues, *rest)]
