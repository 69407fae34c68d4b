"""Coverage: per provision and edition, the norms citing it, the cases naming it, firings."""

from __future__ import annotations

from peer_ethics.core.cases import Case, Expectation, run_case
from peer_ethics.core.coverage import ProvisionCoverage, coverage, uncovered

from .rulebooks import rulebook

NORMS = """
aspirational:
  - {provision: demo.4, reason: it states a value and names no act}
norms:
  - id: gift.money
    provisions: [demo.1]
    issues: [accept_gift]
    when: {fact: object_kind, eq: money}
    verdict: prohibited
    strength: must
  - id: dual.avoid
    provisions: [demo.2]
    issues: [dual_relationship]
    when: {fact: dual_avoidable, is: true}
    verdict: prohibited
    strength: should
"""


def case(
    name: str,
    issue: str,
    facts: dict[str, object],
    verdict: str,
    *,
    provisions: tuple[str, ...] = (),
    about: tuple[str, ...] = (),
) -> Case:
    expect = (Expectation("demo@current", verdict, provisions),)
    return Case(name, "demo.yaml", issue, tuple(sorted(facts.items())), expect, about)


def table(cases: tuple[Case, ...]) -> dict[str, ProvisionCoverage]:
    rb = rulebook(NORMS)
    rows = coverage(rb, cases, tuple(run_case(rb, c) for c in cases))
    return {r.provision: r for r in rows}


GIFT_CASES = (
    case("cash", "accept_gift", {"object_kind": "money"}, "prohibited", provisions=("demo.1",)),
    case("a card", "accept_gift", {"object_kind": "item"}, "not_addressed", about=("demo.1",)),
    case(
        "a voucher", "accept_gift", {"object_kind": "money"}, "prohibited", provisions=("demo.1",)
    ),
)


def test_one_entry_per_provision_in_document_order_with_counts() -> None:
    rows = table(GIFT_CASES)
    assert list(rows) == ["demo.1", "demo.2", "demo.3", "demo.4"]
    gift = rows["demo.1"]
    assert (gift.norms, gift.cases, gift.fired, gift.covered) == (1, 3, True, True)


def test_a_near_miss_counts_as_a_case_but_only_a_firing_norm_counts_as_fired() -> None:
    rows = table((GIFT_CASES[1],))
    assert (rows["demo.1"].cases, rows["demo.1"].fired) == (1, False)


def test_a_provision_with_norms_but_too_few_cases_is_uncovered() -> None:
    dual = case(
        "avoidable friendship",
        "dual_relationship",
        {"dual_avoidable": True},
        "prohibited",
        provisions=("demo.2",),
    )
    rows = table((*GIFT_CASES, dual, dual))
    assert (rows["demo.2"].norms, rows["demo.2"].cases, rows["demo.2"].fired) == (1, 2, True)
    assert [r.provision for r in uncovered(tuple(rows.values()))] == ["demo.2", "demo.3"]


def test_an_aspirational_provision_carries_its_reason_and_needs_nothing() -> None:
    row = table(GIFT_CASES)["demo.4"]
    assert row.aspirational and row.covered
    assert row.to_dict() == {
        "code": "demo",
        "edition": "current",
        "provision": "demo.4",
        "aspirational": True,
        "reason": "it states a value and names no act",
        "norms": 0,
        "cases": 0,
        "fired": False,
    }


def test_a_case_on_another_edition_does_not_count() -> None:
    other = Case(
        "cash on the draft",
        "demo.yaml",
        "accept_gift",
        (("object_kind", "money"),),
        (Expectation("demo@draft", "prohibited", ("demo.1",)),),
    )
    rb = rulebook(NORMS)
    rows = coverage(rb, (other,), ())
    assert rows[0].cases == 0
