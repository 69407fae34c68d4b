"""The batch evaluator: many situations against editions at once, columnar and vectorised.

Facts are columns, one row per situation: an enum is an int16 option index (-1 unknown), a
number a float64 (NaN unknown), a yes/no or judgement fact an int8 (-1 unknown, 0 no, 1 yes).
A condition compiles to two boolean masks, *true* and *false* (a row in neither is unknown),
combined by Kleene's rules. The decision rule is core.engine's, reproduced exactly: the highest
firing priority decides; unknown norms ranked at or above it that would answer differently make
the row `conditional`; nothing firing or pending is `not_addressed`; two firing norms of the top
priority that disagree are a conflict (the engine raises NormConflict there).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from peer_ethics.core.conditions import All, AnyOf, Cmp, Condition, Const, Not
from peer_ethics.core.errors import NormConflict
from peer_ethics.core.facts import FactSpec, FactValue, Vocabulary
from peer_ethics.core.norms import NormSet

from .verdicts import CODE_OF, CONDITIONAL, CONFLICT, NOT_ADDRESSED, VERDICT_CODES

_NO_PRIORITY = np.iinfo(np.int32).min

Mask = npt.NDArray[np.bool_]
Column = npt.NDArray[Any]


def dtype_of(spec: FactSpec) -> np.dtype[np.generic]:
    if spec.type == "enum":
        return np.dtype(np.int16)
    if spec.type == "number":
        return np.dtype(np.float64)
    return np.dtype(np.int8)


def unknown_of(spec: FactSpec) -> float:
    return math.nan if spec.type == "number" else -1


def encode_value(spec: FactSpec, value: FactValue | None) -> float:
    """One fact value as its column code."""
    if value is None:
        return unknown_of(spec)
    if spec.type == "enum":
        return spec.options.index(str(value))
    if spec.type == "number":
        return float(value)
    return 1 if value else 0


def decode_value(spec: FactSpec, code: float) -> FactValue | None:
    """The inverse of encode_value (None for unknown)."""
    if spec.type == "number":
        return None if math.isnan(code) else float(code)
    if code < 0:
        return None
    if spec.type == "enum":
        return spec.options[int(code)]
    return bool(code)


@dataclass(frozen=True)
class FactTable:
    """Situations as columns; a fact without a column is unknown in every row."""

    size: int
    columns: Mapping[str, Column] = field(default_factory=dict)

    @staticmethod
    def from_situations(
        vocabulary: Vocabulary, situations: Sequence[Mapping[str, FactValue]]
    ) -> FactTable:
        used = sorted({f for s in situations for f in s})
        columns: dict[str, Column] = {}
        for fact_id in used:
            spec = vocabulary.fact(fact_id)
            codes = [encode_value(spec, s.get(fact_id)) for s in situations]
            columns[fact_id] = np.array(codes, dtype=dtype_of(spec))
        return FactTable(len(situations), columns)

    def row(self, vocabulary: Vocabulary, index: int) -> dict[str, FactValue]:
        """The known facts of one row."""
        out: dict[str, FactValue] = {}
        for fact_id, column in self.columns.items():
            value = decode_value(vocabulary.fact(fact_id), float(column[index]))
            if value is not None:
                out[fact_id] = value
        return out


class BatchEvaluator:
    """Evaluates norm sets over one fact table, sharing condition masks between editions."""

    def __init__(self, vocabulary: Vocabulary, table: FactTable) -> None:
        self.vocabulary = vocabulary
        self.table = table
        self._masks: dict[Condition, tuple[Mask, Mask]] = {}
        self._ones = np.ones(table.size, dtype=bool)
        self._zeros = np.zeros(table.size, dtype=bool)

    def masks(self, cond: Condition) -> tuple[Mask, Mask]:
        """(true, false) masks of a condition; rows in neither are unknown."""
        cached = self._masks.get(cond)
        if cached is None:
            cached = self._compute(cond)
            self._masks[cond] = cached
        return cached

    def _compute(self, cond: Condition) -> tuple[Mask, Mask]:
        if isinstance(cond, Const):
            return (self._ones, self._zeros) if cond.value else (self._zeros, self._ones)
        if isinstance(cond, Not):
            t, f = self.masks(cond.item)
            return f, t
        if isinstance(cond, All | AnyOf):
            parts = [self.masks(i) for i in cond.items]
            ts, fs = [p[0] for p in parts], [p[1] for p in parts]
            if isinstance(cond, All):
                return _reduce(np.logical_and, ts), _reduce(np.logical_or, fs)
            return _reduce(np.logical_or, ts), _reduce(np.logical_and, fs)
        return self._compare(cond)

    def _compare(self, cond: Cmp) -> tuple[Mask, Mask]:
        column = self.table.columns.get(cond.fact)
        if column is None:
            return self._zeros, self._zeros
        spec = self.vocabulary.fact(cond.fact)
        op, ref = cond.op, cond.value
        if spec.type in ("bool", "judgement"):
            yes, no = column == 1, column == 0
            return (yes, no) if ref else (no, yes)
        if spec.type == "enum":
            known = column >= 0
            chosen = ref if op == "in" else (ref,)
            assert isinstance(chosen, tuple)
            lut = np.array([o in chosen for o in spec.options] + [False])
            hit = lut[column]  # index -1 (unknown) reads the trailing False
            miss = known & ~hit
            return (miss, hit) if op == "ne" else (hit, miss)
        limit = float(ref)  # type: ignore[arg-type]
        # NaN compares false both ways, so unknown rows land in neither mask.
        if op == "lt":
            return column < limit, column >= limit
        if op == "le":
            return column <= limit, column > limit
        if op == "gt":
            return column > limit, column <= limit
        if op == "ge":
            return column >= limit, column < limit
        equal, other = column == limit, (column < limit) | (column > limit)
        return (other, equal) if op == "ne" else (equal, other)

    def verdicts(self, normset: NormSet, issue: str) -> npt.NDArray[np.int8]:
        """One verdict code per row for (edition, issue), exactly as core.engine.decide."""
        return self.decisions(normset, issue)[0]

    def decisions(self, normset: NormSet, issue: str) -> tuple[npt.NDArray[np.int8], Mask]:
        """Verdict codes, and the rows whose answer waits on an unknown fact (pending norms)."""
        norms = normset.for_issue(issue)
        n = self.table.size
        top = np.full(n, _NO_PRIORITY, dtype=np.int32)
        base = np.full(n, NOT_ADDRESSED, dtype=np.int8)
        conflict = np.zeros(n, dtype=bool)
        compiled = [(norm, self.masks(normset.effective_when(norm))) for norm in norms]
        # Pass 1: the top firing priority and its verdict (norms come highest priority first).
        for norm, (t, _) in compiled:
            code = CODE_OF[norm.verdict]
            same = t & (top == norm.priority)
            if same.any():
                conflict |= same & (base != code)
            fresh = t & (top == _NO_PRIORITY)
            base[fresh] = code
            top[fresh] = norm.priority
        # Pass 2: unknown norms ranked at or above the top firing one that would change it.
        pending = np.zeros(n, dtype=bool)
        for norm, (t, f) in compiled:
            code = CODE_OF[norm.verdict]
            unknown = ~(t | f)
            if not unknown.any():
                continue
            reach = unknown & (top <= norm.priority)
            pending |= reach if code == CONDITIONAL else reach & (base != code)
        out = np.where(pending, np.int8(CONDITIONAL), base).astype(np.int8)
        out[conflict] = CONFLICT
        return out, pending


def _reduce(op: np.ufunc, masks: list[Mask]) -> Mask:
    out = masks[0]
    for m in masks[1:]:
        out = op(out, m)
    return out


def evaluate_batch(
    vocabulary: Vocabulary,
    normsets: Sequence[NormSet],
    issues: Sequence[str],
    table: FactTable,
    conflicts: bool = False,
) -> npt.NDArray[np.int8]:
    """Verdict codes shaped (edition, issue, row); a conflict raises unless `conflicts`."""
    evaluator = BatchEvaluator(vocabulary, table)
    out = np.empty((len(normsets), len(issues), table.size), dtype=np.int8)
    for e, ns in enumerate(normsets):
        for i, issue in enumerate(issues):
            out[e, i] = evaluator.verdicts(ns, issue)
            if not conflicts and (out[e, i] == CONFLICT).any():
                row = int(np.argmax(out[e, i] == CONFLICT))
                facts = table.row(vocabulary, row)
                raise NormConflict(
                    f"{ns.code}@{ns.edition}: norms for {issue} disagree at equal priority on "
                    f"situation {row} ({', '.join(f'{k}={v}' for k, v in sorted(facts.items()))})"
                )
    return out


def evaluate_rows(
    vocabulary: Vocabulary,
    normsets: Sequence[NormSet],
    issues: Sequence[str],
    issue_of_row: npt.NDArray[np.integer[Any]],
    table: FactTable,
) -> npt.NDArray[np.int8]:
    """Verdict codes shaped (edition, row) when each row asks about one issue
    (`issues[issue_of_row[r]]`): rows are grouped by issue so each is decided once per edition."""
    out = np.full((len(normsets), table.size), NOT_ADDRESSED, dtype=np.int8)
    for i, issue in enumerate(issues):
        rows = np.flatnonzero(issue_of_row == i)
        if rows.size == 0:
            continue
        sub = FactTable(int(rows.size), {f: c[rows] for f, c in table.columns.items()})
        evaluator = BatchEvaluator(vocabulary, sub)
        for e, ns in enumerate(normsets):
            out[e, rows] = evaluator.verdicts(ns, issue)
    return out


def verdict_names(codes: npt.NDArray[np.int8]) -> list[str]:
    return [VERDICT_CODES[int(c)] for c in codes]


__all__ = [
    "CONDITIONAL",
    "CONFLICT",
    "NOT_ADDRESSED",
    "VERDICT_CODES",
    "BatchEvaluator",
    "FactTable",
    "evaluate_batch",
    "evaluate_rows",
]
