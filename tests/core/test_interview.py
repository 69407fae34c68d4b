"""The interview asks only for facts that would change a verdict, most decisive first."""

from __future__ import annotations

from peer_ethics.core.interview import questions

from .rulebooks import VOCAB, rulebook
from .test_engine import CONFIDENCES, GIFTS


def test_asks_nothing_once_the_answer_is_settled() -> None:
    rb = rulebook(GIFTS)
    assert questions(rb, VOCAB.situation(("accept_gift",), {"object_kind": "money"})) == ()


def test_asks_the_deciding_facts_with_why() -> None:
    rb = rulebook(GIFTS)
    qs = questions(rb, VOCAB.situation(("accept_gift",), {}))
    assert [q.fact for q in qs] == ["object_kind", "value_dollars"]
    assert qs[0].why == "changes demo@current (in force) from conditional to prohibited"
    assert qs[0].options == ("money", "item")
    assert qs[1].options == ("0", "1")


def test_a_fact_no_norm_reads_is_never_asked() -> None:
    rb = rulebook(CONFIDENCES)
    qs = questions(rb, VOCAB.situation(("confidentiality",), {"client_consented": True}))
    assert [q.fact for q in qs] == ["harm_intent"]
    assert (
        qs[0].why == "changes demo@current (in force) from conditional to not addressed or required"
    )


SERIOUS_HARM = """
norms:
  - id: serious
    provisions: [demo.3]
    issues: [confidentiality]
    priority: 10
    when: {all: [{fact: harm_intent, is: true}, {fact: harm_serious, is: true}]}
    verdict: required
    strength: must
  - id: keep
    provisions: [demo.4]
    issues: [confidentiality]
    when: {fact: client_consented, is: false}
    verdict: prohibited
    strength: must
"""


def test_facts_that_settle_an_answer_only_together_are_still_asked() -> None:
    rb = rulebook(SERIOUS_HARM)
    # No single answer changes "conditional" (the harm norm needs two facts, and the other norm
    # is still open whatever one of them is), yet all three facts are open: all are asked.
    qs = questions(rb, VOCAB.situation(("confidentiality",), {}))
    assert [q.fact for q in qs] == ["harm_intent", "harm_serious", "client_consented"]
    assert qs[0].why == "with other answers, settles demo@current (in force), now conditional"
    qs = questions(rb, VOCAB.situation(("confidentiality",), {"harm_intent": True}))
    assert [q.fact for q in qs] == ["harm_serious", "client_consented"]
    assert qs[0].why == "changes demo@current (in force) from conditional to required"
    settled = {"harm_intent": False, "client_consented": True}
    assert questions(rb, VOCAB.situation(("confidentiality",), settled)) == ()
