"""The ask pipeline: plain words in, cited determinations, follow-up questions and related out.

normalise -> language check -> embed -> recognise issues -> read facts -> engine -> interview
-> related provisions. Nothing is guessed: a fact the words do not settle stays unknown, the
engine answers `conditional` and the interview asks for it. Every sentence in an answer is a
quotation of a code, a fixed template (here or in the rule data) or the user's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from peer_ethics.core.corpus import Edition
from peer_ethics.core.engine import Determination, evaluate_situation
from peer_ethics.core.interview import Question, questions
from peer_ethics.core.rulebook import Rulebook

from . import harm
from .classifier import IssueModel
from .embedder import Embedder
from .evidence import Evidence
from .language import is_english
from .reader import read
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
    the issue encoder when one ships (its probabilities join the classifier's: reader.mix)."""

    def __init__(
        self,
        rulebook: Rulebook,
        embedder: Embedder,
        model: IssueModel,
        index: RelatedIndex,
        encoder: IssueEncoder | None = None,
    ) -> None:
        self.rulebook = rulebook
        self.embedder = embedder
        self.model = model
        self.index = index
        self.encoder = encoder

    def ask(self, raw: str, editions: tuple[Edition, ...] = ()) -> Answer:
        """Answer one question (BadInput when it is empty)."""
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
        encoded = None
        if self.encoder is not None:
            probs = self.encoder.probabilities(text)
            encoded = dict(zip(self.encoder.issues, (float(p) for p in probs), strict=True))
        reading = read(book, self.model, text, vector, parts(text), self.embedder.embed, encoded)
        if harmful:
            reading = harm.floor(reading, text)
        elif harm.HARM in reading.issues:
            notices.insert(0, NOTICE_CRISIS)
        chosen = editions or book.editions()
        determinations: tuple[Determination, ...] = ()
        asked: tuple[Question, ...] = ()
        if reading.issues:
            situation = book.vocabulary.situation(reading.issues, reading.facts())
            determinations = evaluate_situation(book, situation, chosen)
            asked = questions(book, situation, chosen)
        else:
            notices.append(NOTICE_NO_ISSUE)
        cited = frozenset((d.ref, p) for d in determinations for p in d.provisions)
        evidence = {**dict(reading.probabilities), **dict.fromkeys(reading.issues, 1.0)}
        related = self.index.rank(text, vector, evidence, cited)
        refs = {e.ref for e in chosen}
        related = tuple(r for r in related if f"{r.code}@{r.edition}" in refs)
        return Answer(
            query=prepared.query,
            language="en",
            issues=reading.issues,
            evidence=reading.evidence,
            questions=asked,
            determinations=determinations,
            related=related,
            corpus_version=stamp[0],
            corpus_sha256=stamp[1],
            notices=tuple(notices),
        )
