"""The normative impact of a draft: every verdict transition, what caused it, and the rest.

A transition is a region where the two editions answer an issue differently (found by the
solver, as in compare). Each is traced to the reform steps behind it (the norms deciding the
witness on either side, and the norms they yield to, that the draft adds, removes or updates)
and to the text changes of those norms' provisions. A transition with no text change behind it
is `unexplained`: a norm was changed where the words were not, which is a norm-encoding error.
Text changes behind no transition and no changed duty are editorial in effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peer_ethics.core.changes import Change as TextChange
from peer_ethics.core.changes import changes as text_changes_of
from peer_ethics.core.corpus import Edition
from peer_ethics.core.engine import select
from peer_ethics.core.norms import Norm, NormSet
from peer_ethics.core.rulebook import Rulebook

from .compare import Conflict, Witness, analyse_issue
from .space import unless_closure


@dataclass(frozen=True)
class Step:
    """One norm the draft adds, removes or updates, with the reform's stated reason."""

    op: str  # add | remove | update
    norm: str
    reason: str
    provisions: tuple[str, ...]  # cited by the norm in either edition
    issues: tuple[str, ...]
    duties_changed: bool  # its duties or conditions (what the user is told to do) changed

    def to_dict(self) -> dict[str, object]:
        return {
            "op": self.op,
            "norm": self.norm,
            "reason": self.reason,
            "provisions": list(self.provisions),
            "issues": list(self.issues),
        }


@dataclass(frozen=True)
class Transition:
    witness: Witness
    steps: tuple[Step, ...]
    provisions: tuple[str, ...]  # changed provisions behind it
    # Every text change behind it is editorial (spelling, terminology …): suspect the encoding.
    editorial_only: bool = False

    @property
    def unexplained(self) -> bool:
        return not self.provisions


@dataclass(frozen=True)
class Impact:
    editions: tuple[Edition, Edition]
    transitions: tuple[Transition, ...]
    strength_changes: tuple[Transition, ...]
    text_changes: tuple[TextChange, ...]
    steps: tuple[Step, ...]
    editorial: tuple[str, ...]
    duty_changes: tuple[Step, ...]
    conflicts: tuple[Conflict, ...]

    def to_dict(self, rulebook: Rulebook) -> dict[str, object]:
        a, b = self.editions
        used = {s.norm for t in (*self.transitions, *self.strength_changes) for s in t.steps}
        return {
            "code": a.code,
            "from": a.name,
            "to": b.name,
            "editions": [a.ref, b.ref],
            "transitions": [
                {
                    "issue": t.witness.issue,
                    "from": t.witness.verdicts[0],
                    "to": t.witness.verdicts[1],
                    "provisions": list(t.provisions),
                    "citations": [
                        f"{b.ref}:{p}" if b.get(p) else f"{a.ref}:{p}" for p in t.provisions
                    ],
                    "steps": [s.to_dict() for s in t.steps],
                    "unexplained": t.unexplained,
                    "editorial_only": t.editorial_only,
                    "witness": t.witness.to_dict(rulebook),
                }
                for t in self.transitions
            ],
            "strength_changes": [
                {
                    "issue": t.witness.issue,
                    "verdict": t.witness.verdicts[0],
                    "from": t.witness.sides[0].strength,
                    "to": t.witness.sides[1].strength,
                    "provisions": list(t.provisions),
                    "citations": [
                        f"{b.ref}:{p}" if b.get(p) else f"{a.ref}:{p}" for p in t.provisions
                    ],
                    "steps": [s.to_dict() for s in t.steps],
                    "unexplained": t.unexplained,
                    "witness": t.witness.to_dict(rulebook),
                }
                for t in self.strength_changes
            ],
            "editorial": list(self.editorial),
            "unexplained": [
                {
                    "issue": t.witness.issue,
                    "from": t.witness.verdicts[0],
                    "to": t.witness.verdicts[1],
                    "norms": [s.norm for s in t.steps],
                    "reason": "the verdict changes but no provision cited by the norms behind "
                    "it changes its text",
                }
                for t in (*self.transitions, *self.strength_changes)
                if t.unexplained
            ],
            "editorial_only": [
                {
                    "issue": t.witness.issue,
                    "from": t.witness.verdicts[0],
                    "to": t.witness.verdicts[1],
                    "provisions": list(t.provisions),
                    "norms": [s.norm for s in t.steps],
                    "reason": "the verdict changes but every text change behind it is "
                    "classified editorial",
                }
                for t in (*self.transitions, *self.strength_changes)
                if t.editorial_only
            ],
            "duty_changes": [s.to_dict() for s in self.duty_changes],
            "changes": [
                {
                    "provision": c.provision,
                    "op": c.op,
                    "kind": c.kind,
                    "reason": c.reason,
                    "from": c.current_text,
                    "to": c.draft_text,
                }
                for c in self.text_changes
            ],
            "steps_without_effect": [
                s.to_dict() for s in self.steps if s.norm not in used and not s.duties_changed
            ],
            "conflicts": [
                {"edition": c.edition, "issue": c.issue, "norms": list(c.norms)}
                for c in self.conflicts
            ],
        }


def norm_steps(a: NormSet, b: NormSet) -> tuple[Step, ...]:
    """The norms `b` adds, removes or changes relative to `a`, with the reform's reasons."""
    reasons: dict[str, list[str]] = {}
    for change in b.changes:
        if change.reason:
            reasons.setdefault(change.norm_id, []).append(change.reason)
    old = {n.id: n for n in a.norms}
    new = {n.id: n for n in b.norms}
    out: list[Step] = []
    for norm_id in (*old, *(i for i in new if i not in old)):
        before, after = old.get(norm_id), new.get(norm_id)
        if before == after:
            continue
        op = "add" if before is None else "remove" if after is None else "update"
        versions = [n for n in (before, after) if n is not None]
        out.append(
            Step(
                op=op,
                norm=norm_id,
                reason="; ".join(reasons.get(norm_id, [])),
                provisions=_unique(p for n in versions for p in n.provisions),
                issues=_unique(i for n in versions for i in n.issues),
                duties_changed=_what_to_do(before) != _what_to_do(after),
            )
        )
    return tuple(out)


def _what_to_do(norm: Norm | None) -> object:
    return None if norm is None else (norm.duties, norm.conditions)


def impact(
    rulebook: Rulebook,
    current: Edition,
    draft: Edition,
    text_changes: Sequence[TextChange] | None = None,
) -> Impact:
    """Every verdict transition from `current` to `draft`, traced to steps and text changes."""
    a, b = rulebook.norms_of(current), rulebook.norms_of(draft)
    if text_changes is None:
        ids = _unique((*current.ids(), *draft.ids()))
        text_changes = [
            c for p in ids for c in text_changes_of(p, _text(current, p), _text(draft, p))
        ]
    changed = {c.provision for c in text_changes}
    substantive = {c.provision for c in text_changes if c.kind != "editorial"}
    steps = norm_steps(a, b)
    transitions: list[Transition] = []
    conflicts: list[Conflict] = []
    strength_changes: list[Transition] = []
    for issue in (i.id for i in rulebook.vocabulary.issues):
        found = analyse_issue(rulebook, (current, draft), issue, strengths=True)
        conflicts.extend(found.conflicts)
        for w in found.witnesses:
            transitions.append(_traced(a, b, w, steps, changed, substantive))
        for w in found.strength_changes:
            strength_changes.append(_traced(a, b, w, steps, changed, substantive))
    effective = {p for t in (*transitions, *strength_changes) for p in t.provisions}
    effective |= {p for s in steps if s.duties_changed for p in s.provisions if p in changed}
    order = {p: i for i, p in enumerate(_unique((*current.ids(), *draft.ids())))}
    editorial = tuple(sorted(changed - effective, key=lambda p: order.get(p, len(order))))
    return Impact(
        editions=(current, draft),
        transitions=tuple(transitions),
        strength_changes=tuple(strength_changes),
        text_changes=tuple(text_changes),
        steps=steps,
        editorial=editorial,
        duty_changes=tuple(s for s in steps if s.duties_changed),
        conflicts=tuple(conflicts),
    )


def _traced(
    a: NormSet,
    b: NormSet,
    w: Witness,
    steps: tuple[Step, ...],
    changed: set[str],
    substantive: set[str],
) -> Transition:
    """The witness with the reform steps and changed provisions behind it."""
    by_norm = {s.norm: s for s in steps}
    behind = _behind(a, b, w.issue, dict(w.facts))
    chosen = [by_norm[n] for n in behind if n in by_norm]
    if not chosen:  # e.g. a norm the witness does not reach changed its `unless`
        every = _issue_norms(a, w.issue) | _issue_norms(b, w.issue)
        chosen = [s for s in steps if s.norm in every]
    provisions = _unique(p for s in chosen for p in s.provisions if p in changed)
    editorial_only = bool(provisions) and not substantive & set(provisions)
    return Transition(w, tuple(chosen), provisions, editorial_only)


def _behind(a: NormSet, b: NormSet, issue: str, facts: dict[str, object]) -> list[str]:
    """The norms deciding (or pending on) the witness on either side, and those they yield to."""
    out: dict[str, None] = {}
    for ns in (a, b):
        decided, pending = select(ns, issue, facts)  # type: ignore[arg-type]
        for norm_id in sorted(unless_closure(ns, (*decided, *pending))):
            out.setdefault(norm_id)
    return list(out)


def _issue_norms(ns: NormSet, issue: str) -> set[str]:
    return unless_closure(ns, ns.for_issue(issue))


def _text(edition: Edition, provision: str) -> str | None:
    p = edition.get(provision)
    return p.text if p else None


def _unique(items: object) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))  # type: ignore[call-overload]
