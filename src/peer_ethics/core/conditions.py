"""The closed condition language of norms: all / any / not / comparisons over typed facts.

A condition is data, never code: the engine evaluates it (three-valued: an unknown fact gives
an unknown answer unless the other operands settle it), the analysis translates it to a solver,
and `render` says it in plain words from each fact's fixed templates. Written in YAML as

    {all: [{fact: person, in: [current_client, client_family]},
           {not: {fact: months_since_services_ended, ge: 12}}]}

Operators: eq, ne, in, lt, le, gt, ge (numbers), is (bool and judgement facts).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from .errors import CorpusError
from .facts import FactSpec, FactValue, Vocabulary

Truth: TypeAlias = bool | None  # None = unknown

OPERATORS = ("eq", "ne", "in", "lt", "le", "gt", "ge", "is")
_NUMERIC = ("lt", "le", "gt", "ge")
_FLIP = {"lt": "ge", "ge": "lt", "le": "gt", "gt": "le", "eq": "ne", "ne": "eq"}


@dataclass(frozen=True)
class Const:
    value: bool


@dataclass(frozen=True)
class Cmp:
    fact: str
    op: str
    value: FactValue | tuple[str, ...]


@dataclass(frozen=True)
class All:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    item: Condition


Condition: TypeAlias = Const | Cmp | All | AnyOf | Not
TRUE = Const(True)


def parse(data: Any, vocabulary: Vocabulary, where: str) -> Condition:
    """Build a condition from its YAML form, checking facts, operators and values."""
    if data is None or data is True:
        return TRUE
    if data is False:
        return Const(False)
    if not isinstance(data, Mapping) or len(data) == 0:
        raise CorpusError(f"{where}: a condition is a mapping (all/any/not/fact), not {data!r}")
    if "all" in data or "any" in data:
        key = "all" if "all" in data else "any"
        items = data[key]
        if len(data) != 1 or not isinstance(items, list) or not items:
            raise CorpusError(f"{where}: {key!r} takes a non-empty list and nothing else")
        parsed = tuple(parse(i, vocabulary, where) for i in items)
        return All(parsed) if key == "all" else AnyOf(parsed)
    if "not" in data:
        if len(data) != 1:
            raise CorpusError(f"{where}: 'not' takes one condition and nothing else")
        return Not(parse(data["not"], vocabulary, where))
    if "fact" not in data:
        raise CorpusError(f"{where}: expected one of all, any, not, fact in {dict(data)!r}")
    ops = [k for k in data if k != "fact"]
    if len(ops) != 1 or ops[0] not in OPERATORS:
        raise CorpusError(f"{where}: a comparison takes one operator of {', '.join(OPERATORS)}")
    try:
        spec = vocabulary.fact(str(data["fact"]))
    except Exception as exc:  # BadInput from the vocabulary: in rule data it is a corpus error
        raise CorpusError(f"{where}: {exc}") from None
    op = ops[0]
    return Cmp(spec.id, op, _check_value(spec, op, data[op], where))


def _check_value(spec: FactSpec, op: str, value: Any, where: str) -> FactValue | tuple[str, ...]:
    if spec.type in ("bool", "judgement"):
        if op != "is" or not isinstance(value, bool):
            raise CorpusError(f"{where}: fact {spec.id!r} is yes/no: use `is: true` or `is: false`")
        return value
    if spec.type == "enum":
        values = value if op == "in" else [value]
        if op not in ("eq", "ne", "in") or not isinstance(values, list):
            raise CorpusError(f"{where}: fact {spec.id!r} takes eq, ne or in (a list)")
        bad = [v for v in values if v not in spec.options]
        if bad:
            raise CorpusError(f"{where}: fact {spec.id!r} has no option {bad[0]!r}")
        return tuple(values) if op == "in" else str(value)
    if op not in (*_NUMERIC, "eq", "ne") or isinstance(value, bool):
        raise CorpusError(f"{where}: fact {spec.id!r} is a number: use lt, le, gt, ge, eq or ne")
    if not isinstance(value, int | float):
        raise CorpusError(f"{where}: fact {spec.id!r} compares with a number, not {value!r}")
    return float(value)


def evaluate(cond: Condition, facts: Mapping[str, FactValue]) -> Truth:
    """Kleene three-valued evaluation; an absent fact is unknown."""
    if isinstance(cond, Cmp):
        value = facts.get(cond.fact)
        return None if value is None else _compare(cond, value)
    if isinstance(cond, All):
        result: Truth = True
        for item in cond.items:
            t = evaluate(item, facts)
            if t is False:
                return False
            if t is None:
                result = None
        return result
    if isinstance(cond, AnyOf):
        any_result: Truth = False
        for item in cond.items:
            t = evaluate(item, facts)
            if t is True:
                return True
            if t is None:
                any_result = None
        return any_result
    if isinstance(cond, Not):
        t = evaluate(cond.item, facts)
        return None if t is None else not t
    return cond.value


def _compare(cond: Cmp, value: FactValue) -> bool:
    op, ref = cond.op, cond.value
    if op == "in":
        return value in ref  # type: ignore[operator]
    if op in ("eq", "is"):
        return value == ref
    if op == "ne":
        return value != ref
    number, limit = float(value), float(ref)  # type: ignore[arg-type]
    if op == "lt":
        return number < limit
    if op == "le":
        return number <= limit
    if op == "gt":
        return number > limit
    return number >= limit


@functools.lru_cache(maxsize=4096)
def facts_of(cond: Condition) -> tuple[str, ...]:
    """The facts a condition reads, in first-use order."""
    seen: dict[str, None] = {}
    _collect(cond, seen)
    return tuple(seen)


def _collect(cond: Condition, seen: dict[str, None]) -> None:
    if isinstance(cond, Cmp):
        seen.setdefault(cond.fact)
    elif isinstance(cond, All | AnyOf):
        for item in cond.items:
            _collect(item, seen)
    elif isinstance(cond, Not):
        _collect(cond.item, seen)


def thresholds(cond: Condition) -> dict[str, set[float]]:
    """Every number a condition compares each numeric fact with."""
    out: dict[str, set[float]] = {}
    stack: list[Condition] = [cond]
    while stack:
        c = stack.pop()
        if isinstance(c, Cmp) and c.op in (*_NUMERIC, "eq", "ne") and isinstance(c.value, float):
            out.setdefault(c.fact, set()).add(c.value)
        elif isinstance(c, All | AnyOf):
            stack.extend(c.items)
        elif isinstance(c, Not):
            stack.append(c.item)
    return out


def residual(cond: Condition, facts: Mapping[str, FactValue]) -> Condition:
    """What is left of a condition once the known facts are put in (for saying what is open)."""
    if isinstance(cond, Cmp):
        value = facts.get(cond.fact)
        return cond if value is None else Const(_compare(cond, value))
    if isinstance(cond, Not):
        inner = residual(cond.item, facts)
        return Const(not inner.value) if isinstance(inner, Const) else Not(inner)
    if isinstance(cond, All | AnyOf):
        absorbing = isinstance(cond, AnyOf)  # True absorbs an `any`, False absorbs an `all`
        kept: list[Condition] = []
        for item in cond.items:
            r = residual(item, facts)
            if isinstance(r, Const):
                if r.value == absorbing:
                    return r
                continue
            kept.append(r)
        if not kept:
            return Const(not absorbing)
        if len(kept) == 1:
            return kept[0]
        return All(tuple(kept)) if isinstance(cond, All) else AnyOf(tuple(kept))
    return cond


def candidate_values(spec: FactSpec, limits: set[float]) -> tuple[FactValue, ...]:
    """Values of a fact that between them take every branch a condition can take on it."""
    if spec.type in ("bool", "judgement"):
        return (True, False)
    if spec.type == "enum":
        return spec.options
    points = {0.0}
    for t in limits:
        points.update(v for v in (t - 1, t, t + 1) if v >= 0)
    return tuple(sorted(points))


def covers_all(conds: tuple[Condition, ...], vocabulary: Vocabulary, limit: int = 512) -> bool:
    """True when, whatever the open facts turn out to be, one of `conds` holds."""
    facts: dict[str, None] = {}
    limits: dict[str, set[float]] = {}
    for c in conds:
        facts.update(dict.fromkeys(facts_of(c)))
        for k, v in thresholds(c).items():
            limits.setdefault(k, set()).update(v)
    domains = [candidate_values(vocabulary.fact(f), limits.get(f, set())) for f in facts]
    size = 1
    for d in domains:
        size *= len(d)
    if size > limit:
        return False
    for combo in itertools.product(*domains):
        assignment = dict(zip(facts, combo, strict=True))
        if not any(evaluate(c, assignment) is True for c in conds):
            return False
    return True


def render(cond: Condition, vocabulary: Vocabulary, negate: bool = False) -> str:
    """The condition in plain words, from the facts' fixed templates (negation pushed inward)."""
    if isinstance(cond, Const):
        return "always" if cond.value != negate else "never"
    if isinstance(cond, Not):
        return render(cond.item, vocabulary, not negate)
    if isinstance(cond, All | AnyOf):
        conj = " and " if isinstance(cond, All) != negate else " or "
        parts = []
        for item in cond.items:
            text = render(item, vocabulary, negate)
            # Bracket a compound part; the words of a single fact may contain "or" themselves.
            compound = isinstance(item, All | AnyOf) or (
                isinstance(item, Not) and isinstance(item.item, All | AnyOf)
            )
            parts.append(f"({text})" if compound else text)
        return conj.join(parts)
    return _render_cmp(cond, vocabulary.fact(cond.fact), negate)


def _render_cmp(cond: Cmp, spec: FactSpec, negate: bool) -> str:
    if spec.type in ("bool", "judgement"):
        truth = bool(cond.value) != negate
        return spec.word("true" if truth else "false") or f"{spec.id} is {truth}"
    if spec.type == "enum":
        chosen = (cond.value,) if cond.op in ("eq", "ne") else cond.value
        assert isinstance(chosen, tuple)
        if (cond.op == "ne") != negate:
            chosen = tuple(o for o in spec.options if o not in chosen)
        return " or ".join(spec.word(str(v)) or f"{spec.id} is {v}" for v in chosen)
    op = _FLIP[cond.op] if negate else cond.op
    n = cond.value
    text = f"{int(n)}" if isinstance(n, float) and n.is_integer() else str(n)
    if op == "ne":
        template = spec.word("eq")
        return f"not ({template.replace('{n}', text)})" if template else f"{spec.id} ≠ {text}"
    template = spec.word(op)
    return template.replace("{n}", text) if template else f"{spec.id} {op} {text}"
