"""How well `ask` reads labelled situations: issues, facts, verdicts and provisions.

Expected (gold) verdicts are the engine's on the gold issues and facts, so the figures measure
the reading, not the norms. Per edition, the units are each gold issue of each situation plus
each situation without a gold issue (see `score_edition`):

- first-answer accuracy: a gold issue is right when the answer has a determination for it with
  the same verdict; a situation without an issue when the answer has no determination;
- confidently wrong: a settled verdict (prohibited, required, permitted, not_addressed) that is
  not gold's, counted over the units plus every answered issue gold does not have. An answered
  issue gold lacks is wrong when its verdict is settled and differs from the verdict the engine
  gives that issue on the gold facts (what the code says of the situation as labelled: a card
  the user did not ask for but whose verdict the code supports is not counted as wrong); on a
  situation without a gold issue every settled verdict is wrong;
- cautious: `conditional` where gold's verdict is settled (of the units);
- after follow-ups: accuracy once a simulated user has confirmed the suggestions whose issue is
  gold and answered, from the gold facts, every question asked (repeated while a question has a
  gold answer).

Issue precision and recall are micro over every issue; set-fact precision counts the facts the
readers set in the first answer: right (gold has the same value), wrong (gold has another
value) and unlabelled (gold has none; not counted in the precision). Provision recall counts
each provision a gold determination cites: `cited` when the answer's determinations of that
edition cite it, `shown` when it is cited or listed as related for that edition.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from peer_ethics.core.engine import Determination, evaluate_situation
from peer_ethics.core.facts import FactValue

from .asking import Answer, Asker
from .labelled import Labelled

SETTLED = frozenset({"prohibited", "required", "permitted", "not_addressed"})
# The simulated user answers at most this many rounds of questions (each round answers every
# question that has a gold answer; a new round only when new questions appear).
ROUNDS = 5


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
class EditionScore:
    """One edition's verdict figures (counts; `to_dict` gives the rates)."""

    edition: str
    right: int = 0
    total: int = 0  # units: gold issues, plus situations without one
    extra: int = 0  # answered issues gold does not have
    confidently_wrong: int = 0  # of total + extra
    cautious: int = 0  # of total
    after_right: int = 0  # of total, after the simulated follow-ups

    def __add__(self, other: EditionScore) -> EditionScore:
        return EditionScore(
            self.edition,
            self.right + other.right,
            self.total + other.total,
            self.extra + other.extra,
            self.confidently_wrong + other.confidently_wrong,
            self.cautious + other.cautious,
            self.after_right + other.after_right,
        )


def score_edition(
    edition: str,
    gold: Mapping[str, str],
    answered: Mapping[str, str],
    supported: Mapping[str, str] | None = None,
) -> EditionScore:
    """One situation on one edition: gold and answered verdicts by issue (first answer only);
    `supported` is the engine's verdict on the gold facts for answered issues gold lacks."""
    if not gold:
        settled = sum(1 for v in answered.values() if v in SETTLED)
        return EditionScore(edition, int(not answered), 1, len(answered), settled, 0, 0)
    right = cw = cautious = 0
    for issue, g in gold.items():
        a = answered.get(issue)
        right += a == g
        cw += a is not None and a in SETTLED and a != g
        cautious += a == "conditional" and g in SETTLED
    extras = [(i, v) for i, v in answered.items() if i not in gold]
    backed = supported or {}
    cw += sum(1 for i, v in extras if v in SETTLED and backed.get(i) != v)
    return EditionScore(edition, right, len(gold), len(extras), cw, cautious, 0)


def after_right(gold: Mapping[str, str], answered: Mapping[str, str]) -> int:
    """Units right after the follow-ups (the same units as `score_edition`)."""
    if not gold:
        return int(not answered)
    return sum(1 for issue, g in gold.items() if answered.get(issue) == g)


def follow_up(asker: Asker, x: Labelled, first: Answer) -> Answer:
    """The answer after a simulated user confirms the suggestions whose issue is gold and
    answers each question asked from the gold facts, until no question has a gold answer."""
    gold_facts = dict(x.facts)
    confirmed = [s.issue for s in first.suggestions if s.issue in x.issues]
    answer = first
    answers: dict[str, FactValue] = {}
    issues: tuple[str, ...] | None = None
    if confirmed:
        issues = (*first.issues, *confirmed)
        answer = asker.ask(x.text, issues=issues)
    for _ in range(ROUNDS):
        new = {
            q.fact: gold_facts[q.fact]
            for q in answer.questions
            if q.fact in gold_facts and q.fact not in answers
        }
        if not new:
            break
        answers.update(new)
        answer = asker.ask(x.text, issues=issues or answer.issues, answers=answers)
    return answer


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


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
    editions: tuple[EditionScore, ...] = ()
    set_facts: tuple[int, int, int] = (0, 0, 0)  # (right, wrong, unlabelled) of facts set
    suggestions: tuple[int, int] = (0, 0)  # (offered, whose issue is gold)

    def issue_totals(self) -> tuple[int, int, int]:
        """(true pos, false pos, false neg) over every issue."""
        return (
            sum(s[1] for s in self.issue_scores),
            sum(s[2] for s in self.issue_scores),
            sum(s[3] for s in self.issue_scores),
        )

    def to_dict(self) -> dict[str, object]:
        ratio = _ratio
        tp, fp, fn = self.issue_totals()
        right, wrong, unlabelled = self.set_facts
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
            "issue_totals": {
                "precision": ratio(tp, tp + fp),
                "recall": ratio(tp, tp + fn),
                "true_positives": tp,
                "false_positives": fp,
                "false_negatives": fn,
            },
            "facts": {
                "accuracy": ratio(self.facts_right, self.facts_total),
                "right": self.facts_right,
                "total": self.facts_total,
                "extra": self.facts_extra,
            },
            "facts_set": {
                "precision": ratio(right, right + wrong),
                "right": right,
                "wrong": wrong,
                "unlabelled": unlabelled,
            },
            "verdicts": {
                e.edition: {
                    "accuracy": ratio(e.right, e.total),
                    "right": e.right,
                    "total": e.total,
                    "confidently_wrong": ratio(e.confidently_wrong, e.total + e.extra),
                    "confidently_wrong_count": e.confidently_wrong,
                    "answered_beyond_gold": e.extra,
                    "cautious": ratio(e.cautious, e.total),
                    "cautious_count": e.cautious,
                    "after_follow_ups": ratio(e.after_right, e.total),
                    "after_follow_ups_right": e.after_right,
                }
                for e in self.editions
            },
            "suggestions": {"offered": self.suggestions[0], "confirmed": self.suggestions[1]},
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


def same_value(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 0.51
    return a == b


def evaluate(asker: Asker, items: tuple[Labelled, ...], follow_ups: bool = True) -> NlpEvaluation:
    book = asker.rulebook
    editions = book.editions()
    issue_ids = [i.id for i in book.vocabulary.issues]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    facts_right = facts_total = facts_extra = 0
    set_right = set_wrong = set_unlabelled = 0
    offered = confirmed = 0
    scores = {e.ref: EditionScore(e.ref) for e in editions}
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
        offered += len(answer.suggestions)
        confirmed += sum(1 for s in answer.suggestions if s.issue in x.issues)
        read = answer.facts
        gold_facts = dict(x.facts)
        wrong_facts = []
        for fact, value in gold_facts.items():
            facts_total += 1
            if fact in read and same_value(read[fact], value):
                facts_right += 1
            else:
                wrong_facts.append((fact, value, read.get(fact)))
        facts_extra += sum(1 for f in read if f not in gold_facts)
        for f, v in read.items():
            if f not in gold_facts:
                set_unlabelled += 1
            elif same_value(v, gold_facts[f]):
                set_right += 1
            else:
                set_wrong += 1
        wrong_verdicts = []
        gold_dets: tuple[Determination, ...] = ()
        if x.issues:
            situation = book.vocabulary.situation(x.issues, gold_facts)
            gold_dets = evaluate_situation(book, situation, editions)
        beyond = tuple(i for i in answer.issues if i not in x.issues)
        beyond_dets: tuple[Determination, ...] = ()
        if x.issues and beyond:
            situation = book.vocabulary.situation(beyond, gold_facts)
            beyond_dets = evaluate_situation(book, situation, editions)
        final = follow_up(asker, x, answer) if follow_ups else answer
        answered = {(d.ref, d.issue): d for d in answer.determinations}
        related = {(f"{r.code}@{r.edition}", r.provision) for r in answer.related}
        for e in editions:
            gold = {g.issue: g.verdict for g in gold_dets if g.ref == e.ref}
            mine = {d.issue: d.verdict for d in answer.determinations if d.ref == e.ref}
            after = {d.issue: d.verdict for d in final.determinations if d.ref == e.ref}
            backed = {g.issue: g.verdict for g in beyond_dets if g.ref == e.ref}
            one = score_edition(e.ref, gold, mine, backed)
            scores[e.ref] += EditionScore(e.ref, after_right=after_right(gold, after)) + one
            if not x.issues and mine:
                wrong_verdicts.append((e.ref, ",".join(answer.issues), "none", "answered"))
        for g in gold_dets:
            mine_d = answered.get((g.ref, g.issue))
            if mine_d is None or mine_d.verdict != g.verdict:
                wrong_verdicts.append(
                    (g.ref, g.issue, g.verdict, mine_d.verdict if mine_d else "not recognised")
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
        verdicts=tuple((e.ref, scores[e.ref].right, scores[e.ref].total) for e in editions),
        provisions_cited=(cited_hits, provisions_total),
        provisions_shown=(shown_hits, provisions_total),
        misses=tuple(misses),
        editions=tuple(scores[e.ref] for e in editions),
        set_facts=(set_right, set_wrong, set_unlabelled),
        suggestions=(offered, confirmed),
    )
