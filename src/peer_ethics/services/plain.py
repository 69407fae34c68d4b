"""The answer in plain words: edition names, the bottom line per code, why a question is asked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from peer_ethics.core import plain
from peer_ethics.core.engine import Determination
from peer_ethics.core.interview import Question

from .check import rulebook

if TYPE_CHECKING:
    from peer_ethics.nlp.asking import Answer
    from peer_ethics.nlp.evidence import Evidence


@dataclass(frozen=True)
class Line:
    """One line of the bottom line: what one code (edition) says about one topic, as an action."""

    code: str
    edition: str
    issue: str
    name: str  # the edition's plain name
    verdict: str
    badge: str  # the verdict's plain word
    action: str  # the verdict as an action, from fixed templates
    change: bool  # a proposed edition whose verdict differs from the one in force
    words: str  # the decisive words of the deciding provision, quoted ("" when none)
    provision: str  # the deciding provision's id ("" when none)

    @property
    def url(self) -> str:
        return f"/codes/{self.code}/{self.edition}#{self.provision}" if self.provision else ""

    @property
    def sentence(self) -> str:
        """The line as read: 'Don't accept it', or 'The proposed draft would change this to: …'."""
        if self.change:
            return f"The proposed draft would change this to “{self.badge}”: {self.action}"
        return self.action


@lru_cache(maxsize=1)
def edition_names() -> Mapping[str, str]:
    """Every edition's plain name by ref: 'wa@current' -> 'Washington — current code (in force)'."""
    corpus = rulebook().corpus
    names = {}
    for edition in corpus.editions():
        code = corpus.code(edition.code)
        names[edition.ref] = plain.edition_name(
            code.jurisdiction, edition.proposed, len(code.editions)
        )
    return MappingProxyType(names)


@lru_cache(maxsize=1)
def code_names() -> Mapping[str, str]:
    """Every code's short plain name by id: 'wa' -> 'Washington'."""
    corpus = rulebook().corpus
    return MappingProxyType({c.id: plain.short_name(c.jurisdiction) for c in corpus.codes})


def bottom_line(determinations: tuple[Determination, ...]) -> tuple[Line, ...]:
    """Per topic, one line per code in force; a proposed edition only where its verdict differs
    from the code in force (or when no edition of the code in force was chosen)."""
    out: list[Line] = []
    # The codes' lines only: an agency policy's answer is a layer of its own, never mixed in.
    determinations = tuple(d for d in determinations if d.status != "agency_policy")
    issues = tuple(dict.fromkeys(d.issue for d in determinations))
    for issue in issues:
        found = [d for d in determinations if d.issue == issue]
        in_force = {d.code: d for d in found if d.status != "proposed"}
        for d in found:
            current = in_force.get(d.code)
            change = d.status == "proposed" and current is not None
            if change and current is not None and current.verdict == d.verdict:
                continue
            out.append(_line(d, change))
    return tuple(out)


def _line(d: Determination, change: bool) -> Line:
    book = rulebook()
    edition = book.corpus.edition(d.code, d.edition)
    provision = d.provisions[0] if d.provisions else ""
    words = ""
    if provision:
        titles = " ".join(book.norms_of(edition).norm(n).title for n in d.norms)
        words = plain.decisive_words(dict(d.quotes).get(provision, ""), titles)
    return Line(
        code=d.code,
        edition=d.edition,
        issue=d.issue,
        name=edition_names()[d.ref],
        verdict=d.verdict,
        badge=plain.VERDICT_BADGES.get(d.verdict, d.verdict),
        action=plain.action(
            d.issue,
            d.verdict,
            tuple(c.text for c in d.duties),
            tuple(c.text for c in d.conditions),
        ),
        change=change,
        words=words,
        provision=provision,
    )


def why_asked(question: Question | str) -> str:
    """'Washington's answer depends on this.': the codes whose answer a question can change
    (from the question or its `why`)."""
    why = question if isinstance(question, str) else question.why
    corpus = rulebook().corpus
    names: list[str] = []
    current = False
    for edition in corpus.editions():
        if f"{edition.ref} (" in why:
            name = code_names()[edition.code]
            current = current or not edition.proposed
            if name not in names:
                names.append(name)
    return plain.depends_sentence(tuple(names), only_draft=bool(names) and not current)


def fact_value(value: object) -> str:
    """A fact's value as a form or URL field: yes/no, 20 (not 20.0), or the option."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def situation_query(answer: Answer) -> list[tuple[str, str]]:
    """The structured situation as URL fields (topics, topics offered to confirm, then facts):
    never the typed words."""
    fields = [("issue", i) for i in answer.issues]
    fields += [("suggest", s.issue) for s in answer.suggestions]
    fields += [(e.fact, fact_value(e.value)) for e in sorted(answer.evidence, key=_by_fact)]
    return fields


def with_suggestions(answer: Answer, issues: list[str]) -> Answer:
    """A shared answer with the topics it offered to confirm (a link carries no probability:
    it is 0 here, and only the page, never the JSON, shows a shared answer)."""
    import dataclasses

    from peer_ethics.nlp.asking import Suggestion

    vocab = rulebook().vocabulary
    offered = tuple(
        Suggestion(i, vocab.issue(i).label, 0.0)
        for i in dict.fromkeys(issues)
        if i not in answer.issues
    )
    return dataclasses.replace(answer, suggestions=offered)


def _by_fact(e: Evidence) -> str:
    return e.fact


def summary(answer: Answer, base: str = "") -> str:
    """'Summary for my supervisor' in Markdown: fixed templates, quotes and the user's facts
    (never the typed words)."""
    book = rulebook()
    vocab = book.vocabulary
    out = ["# What the codes of ethics say — summary for my supervisor", ""]
    out.append("## The situation")
    topics = ", ".join(vocab.issue(i).label for i in answer.issues) or "none"
    out += ["", f"Topics: {topics}", ""]
    for e in sorted(answer.evidence, key=_by_fact):
        out.append(f"- {vocab.fact(e.fact).describe(e.value)}")
    lines = bottom_line(answer.determinations)
    for issue in answer.issues:
        out += ["", f"## {vocab.issue(issue).label}", ""]
        for ln in (x for x in lines if x.issue == issue):
            out.append(f"- **{ln.name}** — {ln.badge}: {ln.sentence}.")
            if ln.words:
                out.append(f"  > “{ln.words}”")
                out.append(f"  ({ln.provision}: {base}{ln.url})")
    if answer.questions:
        out += ["", "## Still open", ""]
        for q in answer.questions:
            out.append(f"- {q.prompt} {why_asked(q)}")
    out += [
        "",
        f"Codes as of corpus version {answer.corpus_version} "
        f"(sha256 {answer.corpus_sha256[:12]}). The answers quote the codes of ethics and cite "
        "them; they are not legal advice.",
        "",
    ]
    return "\n".join(out)
