"""Hypothesis strategies: random conditions, norm sets and situations over the real vocabulary."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from peer_ethics.core.conditions import All, AnyOf, Cmp, Condition, Const, Not
from peer_ethics.core.facts import FactValue, Vocabulary
from peer_ethics.core.norms import Clause, Norm, NormSet
from peer_ethics.loading.vocabulary import load_vocabulary

VOCAB: Vocabulary = load_vocabulary()
FACTS = (
    "person",
    "months_since_services_ended",
    "object_kind",
    "value_dollars",
    "dual_avoidable",
    "significant_value",
)
ISSUES = ("accept_gift", "give_gift")
NUMBERS = (0.0, 1.0, 5.0, 11.0, 12.0, 12.5, 13.0, 100.0)
VERDICTS = ("prohibited", "required", "permitted", "conditional")


def values_of(fact_id: str) -> st.SearchStrategy[Any]:
    spec = VOCAB.fact(fact_id)
    if spec.type == "enum":
        return st.sampled_from(spec.options)
    if spec.type == "number":
        return st.sampled_from(NUMBERS)
    return st.booleans()


@st.composite
def comparisons(draw: st.DrawFn) -> Condition:
    fact_id = draw(st.sampled_from(FACTS))
    spec = VOCAB.fact(fact_id)
    if spec.type in ("bool", "judgement"):
        return Cmp(fact_id, "is", draw(st.booleans()))
    if spec.type == "enum":
        op = draw(st.sampled_from(("eq", "ne", "in")))
        if op == "in":
            chosen = draw(st.lists(st.sampled_from(spec.options), min_size=1, unique=True))
            return Cmp(fact_id, "in", tuple(chosen))
        return Cmp(fact_id, op, draw(st.sampled_from(spec.options)))
    op = draw(st.sampled_from(("lt", "le", "gt", "ge", "eq", "ne")))
    return Cmp(fact_id, op, draw(st.sampled_from(NUMBERS)))


conditions: st.SearchStrategy[Condition] = st.recursive(
    st.one_of(comparisons(), st.sampled_from((Const(True), Const(False)))),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda xs: All(tuple(xs))),
        st.lists(inner, min_size=1, max_size=3).map(lambda xs: AnyOf(tuple(xs))),
        inner.map(Not),
    ),
    max_leaves=6,
)


@st.composite
def normsets(draw: st.DrawFn, edition: str = "current") -> NormSet:
    count = draw(st.integers(min_value=1, max_value=6))
    norms: list[Norm] = []
    for i in range(count):
        earlier = [n.id for n in norms]
        verdict = draw(st.sampled_from(VERDICTS))
        norms.append(
            Norm(
                id=f"n{i}",
                provisions=("x.1",),
                issues=tuple(draw(st.lists(st.sampled_from(ISSUES), min_size=1, unique=True))),
                verdict=verdict,
                strength=draw(st.sampled_from(("must", "should"))),
                when=draw(conditions),
                priority=draw(st.integers(min_value=0, max_value=2)),
                unless=tuple(draw(st.lists(st.sampled_from(earlier), unique=True, max_size=2)))
                if earlier
                else (),
                conditions=(Clause("a condition", ("x.1",)),) if verdict == "conditional" else (),
            )
        )
    return NormSet("x", edition, tuple(norms))


situations: st.SearchStrategy[dict[str, FactValue]] = st.fixed_dictionaries(
    {}, optional={f: values_of(f) for f in FACTS}
)
