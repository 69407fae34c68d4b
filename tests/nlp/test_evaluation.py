"""The honest figures of `ask`: verdict units, confidently wrong, cautious, after follow-ups."""

from __future__ import annotations

from peer_ethics.nlp.evaluation import EditionScore, NlpEvaluation, after_right, score_edition


def test_a_right_and_a_confidently_wrong_gold_issue() -> None:
    s = score_edition(
        "wa@current",
        {"accept_gift": "prohibited", "dual_relationship": "conditional"},
        {"accept_gift": "prohibited", "dual_relationship": "permitted"},
    )
    # 2 units, 1 right; "permitted" is settled and not gold's: confidently wrong
    assert s == EditionScore("wa@current", right=1, total=2, extra=0, confidently_wrong=1)


def test_conditional_where_a_settled_verdict_was_due_is_cautious_not_wrong() -> None:
    s = score_edition("wi@current", {"accept_gift": "prohibited"}, {"accept_gift": "conditional"})
    assert (s.right, s.confidently_wrong, s.cautious) == (0, 0, 1)


def test_a_gold_issue_not_answered_is_wrong_but_not_confidently() -> None:
    s = score_edition("wa@draft", {"lend_borrow": "prohibited"}, {})
    assert (s.right, s.total, s.confidently_wrong, s.cautious) == (0, 1, 0, 0)


def test_an_answered_issue_gold_lacks_counts_when_its_verdict_is_settled() -> None:
    s = score_edition(
        "wa@current",
        {"accept_gift": "prohibited"},
        {"accept_gift": "prohibited", "give_gift": "not_addressed", "coercion": "conditional"},
    )
    # two issues beyond gold; only the settled one is confidently wrong
    assert (s.right, s.total, s.extra, s.confidently_wrong) == (1, 1, 2, 1)


def test_an_issue_gold_lacks_is_not_wrong_when_the_code_says_the_same_of_the_gold_facts() -> None:
    gold = {"accept_gift": "prohibited"}
    answered = {"accept_gift": "prohibited", "lend_borrow": "prohibited", "coercion": "permitted"}
    # the engine, on the gold facts, also prohibits lending but says nothing settled of coercion
    s = score_edition("wa@current", gold, answered, {"lend_borrow": "prohibited"})
    assert (s.right, s.total, s.extra, s.confidently_wrong) == (1, 1, 2, 1)


def test_a_situation_without_an_issue_is_right_only_when_nothing_is_answered() -> None:
    assert score_edition("wa@current", {}, {}) == EditionScore("wa@current", right=1, total=1)
    s = score_edition("wa@current", {}, {"supervision": "required"})
    assert (s.right, s.total, s.extra, s.confidently_wrong) == (0, 1, 1, 1)


def test_after_follow_ups_counts_the_same_units() -> None:
    gold = {"accept_gift": "prohibited", "give_gift": "permitted"}
    assert after_right(gold, {"accept_gift": "prohibited", "give_gift": "conditional"}) == 1
    assert after_right({}, {}) == 1 and after_right({}, {"coercion": "prohibited"}) == 0


def test_rates_in_the_json_divide_by_the_right_totals() -> None:
    score = EditionScore(
        "wa@current", right=6, total=8, extra=2, confidently_wrong=1, cautious=2, after_right=7
    )
    result = NlpEvaluation(
        split="dev",
        situations=8,
        issue_scores=(("accept_gift", 3, 1, 1), ("give_gift", 1, 1, 0)),
        facts_right=0,
        facts_total=0,
        facts_extra=0,
        verdicts=(("wa@current", 6, 8),),
        provisions_cited=(0, 0),
        provisions_shown=(0, 0),
        editions=(score,),
        set_facts=(9, 1, 4),
        suggestions=(5, 2),
    ).to_dict()
    v = result["verdicts"]["wa@current"]  # type: ignore[index]
    assert v["accuracy"] == 0.75 and v["cautious"] == 0.25 and v["after_follow_ups"] == 0.875
    assert v["confidently_wrong"] == 0.1  # 1 of 8 units + 2 answered beyond gold
    assert result["issue_totals"] == {
        "precision": 0.6667,
        "recall": 0.8,
        "true_positives": 4,
        "false_positives": 2,
        "false_negatives": 1,
    }
    assert result["facts_set"] == {"precision": 0.9, "right": 9, "wrong": 1, "unlabelled": 4}
    assert result["suggestions"] == {"offered": 5, "confirmed": 2}
