"""The solver: conditions and the engine's decision rule as z3 formulas, three-valued.

Each fact is a pair: a "known" boolean and a value (an enum as an integer option index, a
number as a real >= 0, a yes/no or judgement fact as a boolean). A condition becomes two
formulas, *true* and *false*, that mirror core.conditions.evaluate (an unknown fact makes a
comparison neither). The verdict of one (edition, issue) becomes an integer term with the codes
of analysis.batch, built by the same rule as core.engine.select.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

import z3

from peer_ethics.core.conditions import All, AnyOf, Cmp, Condition, Const, Not
from peer_ethics.core.facts import FactValue, Vocabulary
from peer_ethics.core.norms import NormSet

from .verdicts import CODE_OF, CONDITIONAL, CONFLICT, NOT_ADDRESSED, VERDICT_CODES


class Symbols:
    """The z3 variables of a set of facts, and the translation of conditions over them."""

    def __init__(self, vocabulary: Vocabulary, facts: Iterable[str]) -> None:
        self.vocabulary = vocabulary
        self.facts = tuple(dict.fromkeys(facts))
        # A context of its own: z3's answers among equally good models depend on everything
        # built in a context before, so a shared one would make witnesses depend on history.
        self.ctx = ctx = z3.Context()
        self.known: dict[str, z3.BoolRef] = {}
        self.value: dict[str, z3.ExprRef] = {}
        self.domain: list[z3.BoolRef] = []
        for fact_id in self.facts:
            spec = vocabulary.fact(fact_id)
            self.known[fact_id] = z3.Bool(f"known {fact_id}", ctx)
            if spec.type == "enum":
                v = z3.Int(fact_id, ctx)
                self.domain.append(z3.And(v >= 0, v < len(spec.options)))
            elif spec.type == "number":
                v = z3.Real(fact_id, ctx)
                self.domain.append(v >= 0)
            else:
                v = z3.Bool(fact_id, ctx)
            self.value[fact_id] = v
        self._cache: dict[Condition, tuple[z3.BoolRef, z3.BoolRef]] = {}
        self.decisions: dict[
            tuple[str, str, int, str], tuple[z3.ArithRef, z3.ArithRef, z3.BoolRef]
        ] = {}
        self.solver: z3.Solver | None = None
        self.optimizer: z3.Optimize | None = None

    def truth(self, cond: Condition) -> tuple[z3.BoolRef, z3.BoolRef]:
        """(true, false) formulas of a condition; neither holds when it is unknown."""
        cached = self._cache.get(cond)
        if cached is None:
            cached = self._translate(cond)
            self._cache[cond] = cached
        return cached

    def _translate(self, cond: Condition) -> tuple[z3.BoolRef, z3.BoolRef]:
        if isinstance(cond, Const):
            return z3.BoolVal(cond.value, self.ctx), z3.BoolVal(not cond.value, self.ctx)
        if isinstance(cond, Not):
            t, f = self.truth(cond.item)
            return f, t
        if isinstance(cond, All | AnyOf):
            parts = [self.truth(i) for i in cond.items]
            ts, fs = [p[0] for p in parts], [p[1] for p in parts]
            if isinstance(cond, All):
                return z3.And(*ts), z3.Or(*fs)
            return z3.Or(*ts), z3.And(*fs)
        holds = self._predicate(cond)
        known = self.known[cond.fact]
        return z3.And(known, holds), z3.And(known, z3.Not(holds))

    def _predicate(self, cond: Cmp) -> z3.BoolRef:
        spec = self.vocabulary.fact(cond.fact)
        v = self.value[cond.fact]
        op, ref = cond.op, cond.value
        if spec.type in ("bool", "judgement"):
            return v if ref else z3.Not(v)
        if spec.type == "enum":
            chosen = ref if op == "in" else (ref,)
            assert isinstance(chosen, tuple)
            hit = z3.Or(*[v == spec.options.index(o) for o in chosen], z3.BoolVal(False, self.ctx))
            return z3.Not(hit) if op == "ne" else hit
        limit = z3.RealVal(Fraction(float(ref)), self.ctx)  # type: ignore[arg-type]
        return {
            "lt": v < limit,
            "le": v <= limit,
            "gt": v > limit,
            "ge": v >= limit,
            "eq": v == limit,
            "ne": v != limit,
        }[op]

    def known_count(self) -> z3.ArithRef:
        return z3.Sum([z3.If(k, 1, 0) for k in self.known.values()] or [z3.IntVal(0, self.ctx)])

    def option_rank(self) -> z3.ArithRef:
        """Sum of the known enum facts' option indices: prefers each fact's first options."""
        terms = [
            z3.If(self.known[f], self.value[f], 0)
            for f in self.facts
            if self.vocabulary.fact(f).type == "enum"
        ]
        return z3.Sum(terms) if terms else z3.IntVal(0, self.ctx)

    def situation(self, model: z3.ModelRef) -> dict[str, FactValue]:
        """The known facts of a model, as engine values."""
        out: dict[str, FactValue] = {}
        for fact_id in self.facts:
            if not z3.is_true(model.eval(self.known[fact_id], model_completion=True)):
                continue
            spec = self.vocabulary.fact(fact_id)
            raw = model.eval(self.value[fact_id], model_completion=True)
            if spec.type == "enum":
                out[fact_id] = spec.options[raw.as_long()]
            elif spec.type == "number":
                out[fact_id] = float(Fraction(str(raw.as_fraction())))
            else:
                out[fact_id] = z3.is_true(raw)
        return out


STRENGTHS = (None, "must", "should")  # strength codes: index in this tuple


def verdict_term(symbols: Symbols, normset: NormSet, issue: str) -> z3.ArithRef:
    """The verdict code of (edition, issue) as a term, by core.engine's rule."""
    return decision_terms(symbols, normset, issue)[0]


def strength_term(symbols: Symbols, normset: NormSet, issue: str) -> z3.ArithRef:
    """The strength code (index in STRENGTHS) of the determination, by core.engine's rule."""
    return decision_terms(symbols, normset, issue)[1]


def open_term(symbols: Symbols, normset: NormSet, issue: str) -> z3.BoolRef:
    """True when the answer waits on an unknown fact (some norm is pending), as opposed to a
    settled answer, including a `conditional` norm that fires on known facts."""
    return decision_terms(symbols, normset, issue)[2]


def decision_terms(
    symbols: Symbols, normset: NormSet, issue: str
) -> tuple[z3.ArithRef, z3.ArithRef, z3.BoolRef]:
    """(verdict, strength, open) terms of (edition, issue), built once per symbol set."""
    key = (normset.code, normset.edition, id(normset), issue)
    cached = symbols.decisions.get(key)
    if cached is None:
        cached = _decision(symbols, normset, issue)
        symbols.decisions[key] = cached
    return cached


def _decision(
    symbols: Symbols, normset: NormSet, issue: str
) -> tuple[z3.ArithRef, z3.ArithRef, z3.BoolRef]:
    norms = normset.for_issue(issue)
    truth = [(n, *symbols.truth(normset.effective_when(n))) for n in norms]
    ctx = symbols.ctx
    false = z3.BoolVal(False, ctx)

    def fired_above(priority: int) -> z3.BoolRef:
        return z3.Or(*[t for n, t, _ in truth if n.priority > priority], false)

    # The first firing norm in priority order gives the base verdict (fired[0] in the engine).
    base: z3.ArithRef = z3.IntVal(NOT_ADDRESSED, ctx)
    strength: z3.ArithRef = z3.IntVal(0, ctx)
    for n, t, _ in reversed(truth):
        base = z3.If(t, CODE_OF[n.verdict], base)
        strength = z3.If(t, STRENGTHS.index(n.strength), strength)
    clashes = [
        z3.And(ta, tb, z3.Not(fired_above(a.priority)))
        for i, (a, ta, _) in enumerate(truth)
        for b, tb, _ in truth[i + 1 :]
        if a.priority == b.priority and a.verdict != b.verdict
    ]
    pending = [
        (
            n,
            z3.And(
                z3.Not(t),
                z3.Not(f),
                z3.Not(fired_above(n.priority)),
                z3.BoolVal(True, ctx) if n.verdict == "conditional" else base != CODE_OF[n.verdict],
            ),
        )
        for n, t, f in truth
    ]
    # The engine's strength is the first pending norm's, else the first firing norm's.
    for n, p in reversed(pending):
        strength = z3.If(p, STRENGTHS.index(n.strength), strength)
    waiting = z3.Or(*[p for _, p in pending], false)
    verdict = z3.If(
        z3.Or(*[c for c in clashes], false), CONFLICT, z3.If(waiting, CONDITIONAL, base)
    )
    return verdict, strength, waiting


def z3_not(term: z3.BoolRef) -> z3.BoolRef:
    """Negation, for callers that should not import z3 themselves."""
    return z3.Not(term)


def _solver(symbols: Symbols) -> z3.Solver:
    """The symbol set's one solver, domain asserted; callers work inside push/pop (creating and
    freeing a z3 solver per query cost more than the queries themselves)."""
    if symbols.solver is None:
        symbols.solver = z3.Solver(ctx=symbols.ctx)
        symbols.solver.set("random_seed", 0)
        symbols.solver.add(*symbols.domain)
    return symbols.solver


def minimal_situation(
    symbols: Symbols,
    constraints: Sequence[z3.BoolRef],
    avoid: Sequence[z3.BoolRef] = (),
) -> dict[str, FactValue] | None:
    """A situation meeting the constraints with, in this order: as few of `avoid` true as
    possible, the fewest known facts, each enum's first options (None if there is none)."""
    if symbols.optimizer is None:
        symbols.optimizer = z3.Optimize(ctx=symbols.ctx)
        symbols.optimizer.set("priority", "lex")
        symbols.optimizer.add(*symbols.domain)
    opt = symbols.optimizer
    opt.push()
    try:
        opt.add(*constraints)
        if avoid:
            opt.minimize(z3.Sum([z3.If(a, 1, 0) for a in avoid]))
        opt.minimize(symbols.known_count())
        opt.minimize(symbols.option_rank())
        if opt.check() != z3.sat:
            return None
        return symbols.situation(opt.model())
    finally:
        opt.pop()


def satisfiable(symbols: Symbols, constraints: Sequence[z3.BoolRef]) -> bool:
    s = _solver(symbols)
    s.push()
    try:
        s.add(*constraints)
        return bool(s.check() == z3.sat)
    finally:
        s.pop()


def verdict_pairs(
    symbols: Symbols, a: z3.ArithRef, b: z3.ArithRef, differ: bool = True
) -> list[tuple[str, str]]:
    """Every (verdict a, verdict b) pair some situation gives, blocking each one found."""
    s = _solver(symbols)
    s.push()
    s.add(a != CONFLICT, b != CONFLICT)
    if differ:
        s.add(a != b)
    found: list[tuple[int, int]] = []
    while s.check() == z3.sat:
        m = s.model()
        pair = (m.eval(a, True).as_long(), m.eval(b, True).as_long())
        found.append(pair)
        s.add(z3.Not(z3.And(a == pair[0], b == pair[1])))
    s.pop()
    return [(VERDICT_CODES[x], VERDICT_CODES[y]) for x, y in sorted(found)]


class IssuePair:
    """Two editions' verdicts on one issue as terms over the same fact symbols."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        sides: tuple[NormSet, NormSet],
        issue: str,
        facts: Sequence[str],
    ) -> None:
        self.symbols = Symbols(vocabulary, facts)
        self.sides = sides
        self.issue = issue
        self.terms = (
            verdict_term(self.symbols, sides[0], issue),
            verdict_term(self.symbols, sides[1], issue),
        )
        self.strengths = (
            strength_term(self.symbols, sides[0], issue),
            strength_term(self.symbols, sides[1], issue),
        )
        # Known-fact witnesses are preferred where a region has them: a `conditional` a norm
        # states on known facts says more than one that waits on a fact left unknown.
        self.open = (
            open_term(self.symbols, sides[0], issue),
            open_term(self.symbols, sides[1], issue),
        )

    def regions(self) -> list[tuple[tuple[str, str], dict[str, FactValue]]]:
        """Every pair of differing verdicts, each with a minimal situation (fewest facts
        known, first options preferred)."""
        a, b = self.terms
        out = []
        for pair in verdict_pairs(self.symbols, a, b):
            where = [a == CODE_OF[pair[0]], b == CODE_OF[pair[1]]]
            found = minimal_situation(self.symbols, where, self.open)
            assert found is not None  # the pair was just found satisfiable
            out.append((pair, found))
        return out

    def strength_regions(self) -> list[tuple[tuple[str, str, str], dict[str, FactValue]]]:
        """Every (verdict, strength a, strength b) where both sides give the same verdict with
        different strengths ("must" -> "should"), each with a minimal situation."""
        (a, b), (sa, sb) = self.terms, self.strengths
        s = _solver(self.symbols)
        s.push()
        s.add(a == b, a != CONFLICT, sa != sb)
        found: list[tuple[int, int, int]] = []
        while s.check() == z3.sat:
            m = s.model()
            triple = (
                m.eval(a, True).as_long(),
                m.eval(sa, True).as_long(),
                m.eval(sb, True).as_long(),
            )
            found.append(triple)
            s.add(z3.Not(z3.And(a == triple[0], sa == triple[1], sb == triple[2])))
        s.pop()
        out = []
        for v, x, y in sorted(found):
            where = [a == v, sa == x, sb == y]
            situation = minimal_situation(self.symbols, [b == v, *where], self.open)
            assert situation is not None
            out.append(((VERDICT_CODES[v], str(STRENGTHS[x]), str(STRENGTHS[y])), situation))
        return out

    def addresses(self, side: int) -> bool:
        """True when some situation gets a verdict other than not_addressed from that side."""
        if not self.sides[side].for_issue(self.issue):
            return False
        return satisfiable(self.symbols, [self.terms[side] != NOT_ADDRESSED])


def regions(
    vocabulary: Vocabulary,
    sides: tuple[NormSet, NormSet],
    issue: str,
    facts: Sequence[str],
) -> list[tuple[tuple[str, str], dict[str, FactValue]]]:
    """Every pair of differing verdicts of two editions on one issue, with minimal situations."""
    return IssuePair(vocabulary, sides, issue, facts).regions()


def conflicts(
    symbols: Symbols, normset: NormSet, issue: str
) -> list[tuple[tuple[str, str], Mapping[str, FactValue]]]:
    """Pairs of norms that can both fire at the top firing priority with different verdicts."""
    norms = normset.for_issue(issue)
    truth = [(n, symbols.truth(normset.effective_when(n))[0]) for n in norms]
    out: list[tuple[tuple[str, str], Mapping[str, FactValue]]] = []
    for i, (a, ta) in enumerate(truth):
        for b, tb in truth[i + 1 :]:
            if a.priority != b.priority or a.verdict == b.verdict:
                continue
            higher = [t for n, t in truth if n.priority > a.priority]
            situation = minimal_situation(symbols, [ta, tb, *[z3.Not(t) for t in higher]])
            if situation is not None:
                out.append(((a.id, b.id), situation))
    return out
