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
