"""The engine: verdicts by priority, conditional answers on unknown facts, conflicts, citations."""

from __future__ import annotations

import json

import pytest

from peer_ethics.core.engine import evaluate_situation
from peer_ethics.core.errors import NormConflict

from .rulebooks import VOCAB, rulebook

GIFTS = """
norms:
  - id: gift
    provisions: [demo.1]
    issues: [accept_gift]
    title: accepting a gift of monetary value is prohibited
    when: {any: [{fact: object_kind, eq: money}, {fact: value_dollars, gt: 0}]}
    verdict: prohibited
    strength: must
    duties: [{text: Decline the gift., provisions: [demo.1]}]
"""

CONFIDENCES = """
norms:
  - id: threat
    provisions: [demo.3]
    issues: [confidentiality]
    priority: 10
    when: {fact: harm_intent, is: true}
    verdict: required
    strength: must
  - id: keep
    provisions: [demo.4]
    issues: [confidentiality]
    when: {fact: client_consented, is: false}
    unless: [threat]
    verdict: prohibited
    strength: should
"""


def decide(rb_yaml: str, issue: str, **facts: object) -> dict[str, object]:
    rb = rulebook(rb_yaml)
    (d,) = evaluate_situation(rb, VOCAB.situation((issue,), facts))
    return d.to_dict()


def test_a_firing_norm_decides_and_cites_with_the_editions_words() -> None:
    d = decide(GIFTS, "accept_gift", object_kind="money", value_dollars=20)
    assert d["verdict"] == "prohibited"
    assert d["strength"] == "must"
    assert d["provisions"] == ["demo.1"]
    assert d["quotes"] == {"demo.1": "Do not accept gifts of monetary value."}
    assert d["duties"] == [
        {"text": "Decline the gift.", "provisions": ["demo.1"], "judgement": False}
    ]
    assert d["explanation"][0] == (
        "gift (demo@current:demo.1): accepting a gift of monetary value is prohibited. It applies "
        "because it is money or a cash equivalent; it is worth $20."
    )


def test_an_unknown_fact_gives_conditional_with_the_alternatives_spelled_out() -> None:
    d = decide(GIFTS, "accept_gift")
    assert d["verdict"] == "conditional"
    assert [c["text"] for c in d["conditions"]] == [  # type: ignore[union-attr]
        "prohibited if it is money or a cash equivalent or it is worth more than $0",
        "otherwise not addressed",
    ]
    assert d["provisions"] == ["demo.1"]


def test_no_norm_firing_is_not_addressed_with_related_provisions() -> None:
    d = decide(GIFTS, "accept_gift", object_kind="item", value_dollars=0)
    assert d["verdict"] == "not_addressed"
    assert d["strength"] is None
    assert d["provisions"] == []
    assert d["related"] == ["demo.1"]


def test_a_higher_priority_norm_wins_and_unless_makes_the_other_yield() -> None:
    d = decide(CONFIDENCES, "confidentiality", client_consented=False, harm_intent=True)
    assert (d["verdict"], d["provisions"]) == ("required", ["demo.3"])
    d = decide(CONFIDENCES, "confidentiality", client_consented=False, harm_intent=False)
    assert (d["verdict"], d["provisions"]) == ("prohibited", ["demo.4"])


def test_open_alternatives_mention_only_what_is_still_unknown() -> None:
    d = decide(CONFIDENCES, "confidentiality", client_consented=False)
    assert d["verdict"] == "conditional"
    assert [c["text"] for c in d["conditions"]] == [  # type: ignore[union-attr]
        "required if they intend harm or made a threat",
        "prohibited if there is no intent or threat to harm anyone",
    ]


def test_an_unknown_norm_that_would_agree_does_not_make_it_conditional() -> None:
    both = (
        GIFTS
        + """
  - id: gift.money
    provisions: [demo.1]
    issues: [accept_gift]
    when: {fact: person, eq: current_client}
    verdict: prohibited
    strength: must
"""
    )
    d = decide(both, "accept_gift", object_kind="money")
    assert d["verdict"] == "prohibited"


def test_norms_disagreeing_at_equal_priority_are_an_error_naming_both() -> None:
    clash = (
        GIFTS
        + """
  - id: gift.allowed
    provisions: [demo.2]
    issues: [accept_gift]
    verdict: permitted
    strength: should
"""
    )
    with pytest.raises(NormConflict, match=r"gift \(demo.1\) and gift.allowed \(demo.2\)"):
        decide(clash, "accept_gift", object_kind="money")


def test_a_draft_reform_changes_only_what_it_says_and_editions_come_in_force_first() -> None:
    draft = """
base: current
changes:
  - update: gift
    set: {when: {fact: object_kind, eq: money}}
"""
    rb = rulebook(GIFTS, draft)
    results = evaluate_situation(
        rb, VOCAB.situation(("accept_gift",), {"object_kind": "item", "value_dollars": 5})
    )
    assert [(d.ref, d.status, d.verdict) for d in results] == [
        ("demo@current", "in_force", "prohibited"),
        ("demo@draft", "proposed", "not_addressed"),
    ]
    assert rb.norms_of(rb.editions()[1]).norm("gift").duties == rb.normsets[0].norm("gift").duties


def test_same_situation_same_bytes() -> None:
    rb = rulebook(GIFTS)
    s = VOCAB.situation(("accept_gift",), {"value_dollars": 3})
    first = json.dumps([d.to_dict() for d in evaluate_situation(rb, s)])
    assert first == json.dumps([d.to_dict() for d in evaluate_situation(rb, s)])
