"""compare and impact on small hand-made editions: conflicts, silence, unexplained changes."""

from __future__ import annotations

from peer_ethics.analysis.compare import compare
from peer_ethics.analysis.impact import impact

from .demo import TEXTS, book

CURRENT = """
norms:
  - id: gift.money
    provisions: [demo.1]
    issues: [accept_gift]
    when: {fact: object_kind, eq: money}
    verdict: prohibited
    strength: must
  - id: keep
    provisions: [demo.2]
    issues: [confidentiality]
    when: {fact: client_consented, is: false}
    verdict: prohibited
    strength: should
"""


def test_a_verdict_change_without_a_text_change_is_unexplained() -> None:
    # The draft's words are the same, but its norm now also covers items: an encoding error.
    draft = """
changes:
  - update: gift.money
    set: {when: null}
    reason: no reason in the text
"""
    rb = book(CURRENT, draft, TEXTS)
    current, proposed = rb.corpus.code("demo").editions
    data = impact(rb, current, proposed).to_dict(rb)
    assert [(t["issue"], t["from"], t["to"]) for t in data["transitions"]] == [
        ("accept_gift", "conditional", "prohibited"),
        ("accept_gift", "not_addressed", "prohibited"),
    ]
    assert all(t["unexplained"] and t["provisions"] == [] for t in data["transitions"])
    assert [u["norms"] for u in data["unexplained"]] == [["gift.money"], ["gift.money"]]
    assert data["editorial"] == []


def test_the_same_change_with_its_words_is_explained_and_other_edits_are_editorial() -> None:
    draft = """
changes:
  - update: gift.money
    set: {when: null}
    reason: '"gifts of monetary value" becomes "gifts"'
"""
    texts = {"demo.1": "Do not accept gifts.", "demo.2": "Keep confidences, always."}
    rb = book(CURRENT, draft, texts)
    current, proposed = rb.corpus.code("demo").editions
    data = impact(rb, current, proposed).to_dict(rb)
    assert data["unexplained"] == []
    assert {tuple(t["provisions"]) for t in data["transitions"]} == {("demo.1",)}
    assert (
        data["transitions"][0]["steps"][0]["reason"] == '"gifts of monetary value" becomes "gifts"'
    )
    assert data["editorial"] == ["demo.2"]
    # "should" -> "must" is a practical change even where the verdict stays.
    strong = """
changes:
  - update: keep
    set: {strength: must}
"""
    rb = book(CURRENT, strong, {"demo.1": TEXTS["demo.1"], "demo.2": "Always keep confidences."})
    current, proposed = rb.corpus.code("demo").editions
    data = impact(rb, current, proposed).to_dict(rb)
    assert data["transitions"] == []
    assert [(c["verdict"], c["from"], c["to"]) for c in data["strength_changes"]] == [
        ("prohibited", "should", "must"),
        ("conditional", "should", "must"),  # while consent is unknown
    ]
    change = data["strength_changes"][0]
    assert change["witness"]["facts"] == {"client_consented": False}
    assert change["provisions"] == ["demo.2"]


def test_compare_reports_a_reachable_conflict_and_keeps_it_out_of_the_witnesses() -> None:
    draft = """
changes:
  - add:
      id: gift.small
      provisions: [demo.1]
      issues: [accept_gift]
      when: {fact: value_dollars, lt: 5}
      verdict: permitted
      strength: must
"""
    rb = book(CURRENT, draft, TEXTS)
    current, proposed = rb.corpus.code("demo").editions
    data = compare(rb, current, proposed, ("accept_gift",)).to_dict(rb)
    assert data["conflicts"] == [
        {
            "edition": "demo@draft",
            "issue": "accept_gift",
            "norms": ["gift.money", "gift.small"],
            "facts": {"object_kind": "money", "value_dollars": 0},
        }
    ]
    for w in data["witnesses"]:
        assert "conflict" not in w["verdicts"]
    assert ["not_addressed", "permitted"] in [w["verdicts"] for w in data["witnesses"]]


def test_silence_is_an_issue_only_one_side_decides() -> None:
    draft = """
changes:
  - remove: keep
"""
    rb = book(CURRENT, draft, TEXTS)
    current, proposed = rb.corpus.code("demo").editions
    data = compare(rb, current, proposed).to_dict(rb)
    assert data["silent"] == [
        {
            "issue": "confidentiality",
            "label": "Sharing information",
            "addressed_by": "demo@current",
            "silent": "demo@draft",
        }
    ]


def test_a_verdict_change_behind_only_an_editorial_edit_is_flagged() -> None:
    draft = """
changes:
  - update: gift.money
    set: {when: null}
"""
    # Only the capital letter changes: editorial, yet the norm now covers every gift.
    rb = book(CURRENT, draft, {**TEXTS, "demo.1": "Do not accept Gifts of monetary value."})
    current, proposed = rb.corpus.code("demo").editions
    data = impact(rb, current, proposed).to_dict(rb)
    assert data["unexplained"] == []
    assert [(e["issue"], e["provisions"]) for e in data["editorial_only"]] == [
        ("accept_gift", ["demo.1"]),
        ("accept_gift", ["demo.1"]),
    ]
    assert all(t["editorial_only"] for t in data["transitions"])
