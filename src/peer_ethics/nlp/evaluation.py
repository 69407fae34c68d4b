"""How well `ask` reads labelled situations: issues, facts, verdicts and provisions.

Expected verdicts are the engine's on the gold issues and facts, so the figures measure the
reading, not the norms. Verdict accuracy counts, per edition, each gold issue of each situation
(right when the answer has a determination for that issue with the same verdict) plus each
situation without an issue (right when the answer has no determination). Provision recall counts
each provision a gold determination cites: `cited` when the answer's determinations of that
edition cite it, `shown` when it is cited or listed as related for that edition.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from peer_ethics.core.engine import Determination, evaluate_situation

from .asking import Answer, Asker
from .labelled import Labelled


@dataclass(frozen=True)
class Miss:
    """A situation whose answer differs from the gold one on some edition."""

    id: str
    text: str
    gold_issues: tuple[str, ...]
    issues: tuple[str, ...]
    wrong_facts: tuple[tuple[str, object, object], ...]  # (fact, gold, read)
    wrong_verdicts: tuple[tuple[str, str, str, str], ...]  # (edition, issue, gold, answered)


@dataclass(frozen=True)
class NlpEvaluation:
    """The figures `peer-ethics eval` prints."""

    split: str
    situations: int
    issue_scores: tuple[tuple[str, int, int, int], ...]  # (issue, true pos, false pos, false neg)
    facts_right: int
    facts_total: int
    facts_extra: int
    verdicts: tuple[tuple[str, int, int], ...]  # (edition, right, total)
    provisions_cited: tuple[int, int]
    provisions_shown: tuple[int, int]
    misses: tuple[Miss, ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "split": self.split,
            "situations": self.situations,
            "issues": {
                i: {
                    "precision": ratio(tp, tp + fp),
                    "recall": ratio(tp, tp + fn),
                    "support": tp + fn,
                }
                for i, tp, fp, fn in self.issue_scores
            },
            "facts": {
                "accuracy": ratio(self.facts_right, self.facts_total),
                "right": self.facts_right,
                "total": self.facts_total,
                "extra": self.facts_extra,
            },
            "verdicts": {
                e: {"accuracy": ratio(r, t), "right": r, "total": t} for e, r, t in self.verdicts
            },
            "provision_recall": {
                "cited": ratio(*self.provisions_cited),
                "shown": ratio(*self.provisions_shown),
                "total": self.provisions_cited[1],
            },
            "misses": [
                {
                    "id": m.id,
                    "text": m.text,
                    "gold_issues": list(m.gold_issues),
                    "issues": list(m.issues),
                    "wrong_facts": [list(w) for w in m.wrong_facts],
                    "wrong_verdicts": [list(w) for w in m.wrong_verdicts],
                }
                for m in self.misses
            ],
        }


def _same(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 0.51
    return a == b


def evaluate(asker: Asker, items: tuple[Labelled, ...]) -> NlpEvaluation:
    book = asker.rulebook
    editions = book.editions()
    issue_ids = [i.id for i in book.vocabulary.issues]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    facts_right = facts_total = facts_extra = 0
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    cited_hits = shown_hits = provisions_total = 0
    misses: list[Miss] = []
    split = ",".join(sorted({x.split for x in items})) or "none"
    for x in items:
        answer: Answer = asker.ask(x.text)
        got = set(answer.issues)
        for i in issue_ids:
            if i in got and i in x.issues:
                tp[i] += 1
            elif i in got:
                fp[i] += 1
            elif i in x.issues:
                fn[i] += 1
        read = answer.facts
        gold_facts = dict(x.facts)
        wrong_facts = []
        for fact, value in gold_facts.items():
            facts_total += 1
            if fact in read and _same(read[fact], value):
                facts_right += 1
            else:
                wrong_facts.append((fact, value, read.get(fact)))
        facts_extra += sum(1 for f in read if f not in gold_facts)
        wrong_verdicts = []
        gold_dets: tuple[Determination, ...] = ()
        if x.issues:
            situation = book.vocabulary.situation(x.issues, gold_facts)
            gold_dets = evaluate_situation(book, situation, editions)
        answered = {(d.ref, d.issue): d for d in answer.determinations}
        related = {(f"{r.code}@{r.edition}", r.provision) for r in answer.related}
        for e in editions:
            if not x.issues:
                total[e.ref] += 1
                if not any(d.ref == e.ref for d in answer.determinations):
                    right[e.ref] += 1
                else:
                    wrong_verdicts.append((e.ref, ",".join(answer.issues), "none", "answered"))
        for g in gold_dets:
            total[g.ref] += 1
            mine = answered.get((g.ref, g.issue))
            if mine is not None and mine.verdict == g.verdict:
                right[g.ref] += 1
            else:
                wrong_verdicts.append(
                    (g.ref, g.issue, g.verdict, mine.verdict if mine else "not recognised")
                )
            for p in g.provisions:
                provisions_total += 1
                cited = any(p in d.provisions for d in answer.determinations if d.ref == g.ref)
                cited_hits += cited
                shown_hits += cited or (g.ref, p) in related
        if wrong_verdicts or wrong_facts or got != set(x.issues):
            misses.append(
                Miss(
                    x.id, x.text, x.issues, answer.issues, tuple(wrong_facts), tuple(wrong_verdicts)
                )
            )
    return NlpEvaluation(
        split=split,
        situations=len(items),
        issue_scores=tuple((i, tp[i], fp[i], fn[i]) for i in issue_ids if tp[i] + fp[i] + fn[i]),
        facts_right=facts_right,
        facts_total=facts_total,
        facts_extra=facts_extra,
        verdicts=tuple((e.ref, right[e.ref], total[e.ref]) for e in editions),
        provisions_cited=(cited_hits, provisions_total),
        provisions_shown=(shown_hits, provisions_total),
        misses=tuple(misses),
    )
