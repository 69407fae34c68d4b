"""Norms: one code edition's provisions made executable, and drafts written as reforms."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .conditions import TRUE, All, AnyOf, Condition, Not
from .errors import CorpusError

VERDICTS = ("prohibited", "required", "permitted", "conditional", "not_addressed")
STRENGTHS = ("must", "should")


@dataclass(frozen=True)
class Clause:
    """A condition or a duty shown to the user: a fixed template, cited to its provisions."""

    text: str
    provisions: tuple[str, ...]
    judgement: bool = False  # a condition only professional judgement can settle


@dataclass(frozen=True)
class Norm:
    """A rule: when `when` holds for a situation raising one of `issues`, the verdict follows."""

    id: str
    provisions: tuple[str, ...]
    issues: tuple[str, ...]
    verdict: str
    strength: str
    when: Condition = TRUE
    priority: int = 0
    unless: tuple[str, ...] = ()  # ids of norms that, when they apply, make this one yield
    conditions: tuple[Clause, ...] = ()
    duties: tuple[Clause, ...] = ()
    reading: str = ""  # how an open passage was read, and why
    title: str = ""  # a fixed template naming what the norm says


@dataclass(frozen=True)
class Aspirational:
    """A provision that decides no conduct, with the reason; it is still shown as related."""

    provision: str
    reason: str


@dataclass(frozen=True)
class Change:
    """One step of a reform: add a norm, remove one, or update some of its fields."""

    op: str  # "add" | "remove" | "update"
    norm_id: str
    norm: Norm | None = None
    fields: tuple[tuple[str, object], ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class NormSet:
    """The norms of one edition; `base` and `changes` say how a reform derived it."""

    code: str
    edition: str
    norms: tuple[Norm, ...]
    aspirational: tuple[Aspirational, ...] = ()
    base: str = ""
    changes: tuple[Change, ...] = ()
    # Derived lookups, filled on first use (the set itself never changes).
    _cache: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    def norm(self, norm_id: str) -> Norm:
        for n in self.norms:
            if n.id == norm_id:
                return n
        raise CorpusError(f"{self.code}@{self.edition} has no norm {norm_id!r}")

    def for_issue(self, issue: str) -> tuple[Norm, ...]:
        """Norms raising `issue`, highest priority first (ties in file order)."""
        key = ("issue", issue)
        if key not in self._cache:
            chosen = [n for n in self.norms if issue in n.issues]
            self._cache[key] = tuple(sorted(chosen, key=lambda n: -n.priority))
        return self._cache[key]  # type: ignore[return-value]

    def issues(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for n in self.norms:
            for i in n.issues:
                seen.setdefault(i)
        return tuple(seen)

    def effective_when(self, norm: Norm) -> Condition:
        """`when`, with the norm yielding to the norms it names in `unless`."""
        if not norm.unless:
            return norm.when
        key = ("when", norm.id)
        if key not in self._cache:
            others = tuple(self.effective_when(self.norm(u)) for u in norm.unless)
            self._cache[key] = All(
                (norm.when, Not(others[0] if len(others) == 1 else AnyOf(others)))
            )
        return self._cache[key]  # type: ignore[return-value]


def apply_reform(
    base: NormSet,
    edition: str,
    changes: tuple[Change, ...],
    aspirational: tuple[Aspirational, ...] | None = None,
) -> NormSet:
    """Derive an edition's norms from its base edition's, OpenFisca-reform style."""
    norms = list(base.norms)
    for change in changes:
        index = next((i for i, n in enumerate(norms) if n.id == change.norm_id), None)
        if change.op == "add":
            if index is not None or change.norm is None:
                raise CorpusError(f"reform adds norm {change.norm_id!r}, which already exists")
            norms.append(change.norm)
        elif index is None:
            raise CorpusError(f"reform {change.op}s norm {change.norm_id!r}, which the base lacks")
        elif change.op == "remove":
            del norms[index]
        elif change.op == "update":
            try:
                fields: dict[str, Any] = dict(change.fields)
                norms[index] = dataclasses.replace(norms[index], **fields)
            except TypeError as exc:
                raise CorpusError(f"reform updates norm {change.norm_id!r}: {exc}") from None
        else:
            raise CorpusError(f"unknown reform step {change.op!r}; use add, remove or update")
    return NormSet(
        code=base.code,
        edition=edition,
        norms=tuple(norms),
        aspirational=base.aspirational if aspirational is None else aspirational,
        base=base.edition,
        changes=changes,
    )


def check(normset: NormSet, provision_ids: tuple[str, ...], issue_ids: tuple[str, ...]) -> None:
    """Reject a norm set that cites unknown provisions or issues or uses bad verdicts."""
    where = f"{normset.code}@{normset.edition}"
    seen: set[str] = set()
    for n in normset.norms:
        if n.id in seen:
            raise CorpusError(f"{where}: norm id {n.id!r} is used twice")
        seen.add(n.id)
        if n.verdict not in VERDICTS or n.verdict == "not_addressed":
            raise CorpusError(
                f"{where}: norm {n.id!r} has verdict {n.verdict!r}; "
                f"use one of {', '.join(VERDICTS[:4])}"
            )
        if n.strength not in STRENGTHS:
            raise CorpusError(
                f"{where}: norm {n.id!r} has strength {n.strength!r}; use must or should"
            )
        if not n.provisions:
            raise CorpusError(f"{where}: norm {n.id!r} cites no provision")
        cited = [*n.provisions, *(p for c in (*n.conditions, *n.duties) for p in c.provisions)]
        for p in cited:
            if p not in provision_ids:
                raise CorpusError(f"{where}: norm {n.id!r} cites {p!r}, not a provision of {where}")
        for i in n.issues:
            if i not in issue_ids:
                raise CorpusError(f"{where}: norm {n.id!r} raises unknown issue {i!r}")
        for u in n.unless:
            if u not in seen and u not in {m.id for m in normset.norms}:
                raise CorpusError(f"{where}: norm {n.id!r} yields to unknown norm {u!r}")
        if n.verdict == "conditional" and not n.conditions:
            raise CorpusError(f"{where}: conditional norm {n.id!r} lists no conditions")
