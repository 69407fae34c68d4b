"""Saying less when unsure: calibration, the issue and fact thresholds, and what `ask` shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peer_ethics.core.errors import BadInput, CorpusError
from peer_ethics.nlp.abstention import (
    FLOOR,
    PASS_THROUGH,
    Abstention,
    Curve,
    fit_curve,
    lowest_safe_probability,
    read_abstention,
    value_key,
)
from peer_ethics.nlp.artefacts import abstention_path, load_abstention
from peer_ethics.nlp.asking import Asker, scored_issues
from peer_ethics.nlp.evidence import Evidence
from peer_ethics.nlp.text import prepare, situation_text

IDENTITY = Curve(((0.0, 0.0), (1.0, 1.0)))


def thresholds(low: float, high: float, fact_min: float = 0.0) -> Abstention:
    return Abstention(
        issue_low=low,
        issue_high=high,
        fact_min=fact_min,
        max_suggestions=2,
        taken=IDENTITY,
        untaken=IDENTITY,
        fact_precision=(("person", "current_client", 0.99), ("dual_kind", "other", 0.6)),
        unseen_fact=0.5,
    )


def test_a_curve_interpolates_between_its_points_and_holds_its_ends() -> None:
    c = Curve(((0.2, 0.1), (0.6, 0.5), (0.9, 0.9)))
    assert c(0.0) == 0.1 and c(1.0) == 0.9
    assert c(0.4) == pytest.approx(0.3)
    assert c(0.75) == pytest.approx(0.7)


def test_isotonic_fit_pools_violators_and_smooths_toward_a_half() -> None:
    # scores 0.1..0.4 with labels 0,1,0,1: (0.2:1) and (0.3:0) violate order and are pooled.
    c = fit_curve([0.1, 0.2, 0.3, 0.4], [False, True, False, True], smoothing=1.0)
    # blocks: {0.1: 0/1}, {0.2,0.3: 1/2}, {0.4: 1/1} -> (0+.5)/2, (1+.5)/3, (1+.5)/2
    assert c.points == ((0.1, 0.25), (0.25, 0.5), (0.4, 0.75))


def test_the_fitted_map_is_monotone_even_when_smoothing_would_break_it() -> None:
    scores = [0.0] * 100 + [0.5] * 1000 + [0.6]
    labels = [False] * 100 + [True] + [False] * 999 + [True]
    ys = [y for _, y in fit_curve(scores, labels).points]
    assert ys == sorted(ys)


def test_issues_are_answered_above_high_offered_between_and_dropped_below_low() -> None:
    a = thresholds(low=0.3, high=0.8)
    answered, offered = a.issues(
        [
            ("accept_gift", 0.9, True),
            ("give_gift", 0.5, True),
            ("coercion", 0.4, False),
            ("advocacy", 0.35, False),
            ("supervision", 0.1, False),
        ]
    )
    assert answered == ("accept_gift",)
    # at most max_suggestions (2), most probable first
    assert offered == (("give_gift", 0.5), ("coercion", 0.4))


def test_the_safety_floor_is_never_demoted_to_a_suggestion() -> None:
    a = thresholds(low=0.3, high=0.99)
    assert "harm_threat" in FLOOR
    answered, offered = a.issues([("harm_threat", 0.4, True), ("coercion", 0.4, True)])
    assert answered == ("harm_threat",)
    assert offered == (("coercion", 0.4),)
    # not taken by the reader: the floor does not invent it
    answered, _ = a.issues([("harm_threat", 0.4, False)])
    assert answered == ()


def test_a_fact_is_set_only_when_its_probability_clears_the_threshold() -> None:
    a = thresholds(low=0.3, high=0.8, fact_min=0.9)
    person = Evidence("person", "current_client", "my client")
    kind = Evidence("dual_kind", "other", "sponsor")
    unseen = Evidence("harm_target", "self", "hurt myself")
    assert a.facts((person, kind, unseen)) == (person,)
    assert a.fact_probability("dual_kind", "other") == 0.6
    assert a.fact_probability("harm_target", "self") == 0.5


def test_value_keys_group_numbers_and_name_booleans() -> None:
    assert [value_key(v) for v in (True, False, 20.0, "money")] == [
        "true",
        "false",
        "number",
        "money",
    ]


def test_the_lowest_safe_probability_keeps_the_surest_while_at_most_one_percent_is_wrong() -> None:
    rows = [(0.99, 300, 1), (0.95, 100, 1), (0.9, 50, 3), (0.8, 10, 0)]
    # 0.99: 1/301 wrong; 0.95: 2/402 = 0.5%; 0.9: 5/455 = 1.1% -> stop at 0.95
    assert lowest_safe_probability(rows, 0.01) == 0.95
    assert lowest_safe_probability(rows, 0.02) == 0.8
    assert lowest_safe_probability([(0.9, 1, 1)], 0.01) == 1.0


def test_pass_through_answers_every_issue_taken_and_sets_every_fact() -> None:
    answered, offered = PASS_THROUGH.issues([("b", 0.3, True), ("a", 0.9, True), ("c", 0.6, False)])
    assert answered == ("b", "a") and offered == ()
    e = Evidence("dual_kind", "other", "sponsor")
    assert PASS_THROUGH.facts((e,)) == (e,)


def test_the_shipped_thresholds_file_reads_and_round_trips(tmp_path: Path) -> None:
    shipped = load_abstention()
    assert 0.0 < shipped.issue_low <= shipped.issue_high <= 1.0
    doc = json.loads(abstention_path().read_text(encoding="utf-8"))
    assert doc["chosen_by"]["limits"] == {"confidently_wrong": 0.01, "wrong_facts": 0.01}
    again = tmp_path / "a.json"
    again.write_text(json.dumps(shipped.to_doc()), encoding="utf-8")
    assert read_abstention(again) == shipped


def test_an_unreadable_thresholds_file_names_the_command_that_rebuilds_it(tmp_path: Path) -> None:
    bad = tmp_path / "abstention.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"choose_thresholds\.py"):
        read_abstention(bad)


# --- through the real reader: suggestions and explicit issues -------------------------------


@pytest.fixture(scope="module")
def shipped() -> Asker:
    from peer_ethics.services.ask import _asker

    return _asker()


def borderline(asker: Asker, text: str) -> tuple[Asker, str]:
    """An Asker whose thresholds put the top-scored issue of `text` just between low and high."""
    clean = situation_text(prepare(text).text)
    reading = asker._read(clean, asker.embedder.embed(clean))
    issue, score, _ = max(scored_issues(reading, asker.model.issues), key=lambda t: t[1])
    assert 0.0 < score < 1.0
    around = thresholds(low=score / 2, high=(score + 1) / 2)
    return (
        Asker(asker.rulebook, asker.embedder, asker.model, asker.index, abstention=around),
        issue,
    )


@pytest.mark.parametrize(
    "text",
    [
        "the guy I mentor keeps hinting we should grab a drink some evening",
        "someone from group slipped a little envelope into my bag",
    ],
)
def test_a_borderline_issue_is_a_suggestion_with_its_label_and_no_verdict(
    shipped: Asker, text: str
) -> None:
    asker, issue = borderline(shipped, text)
    data = asker.ask(text).to_dict()
    offered = {s["issue"]: s for s in data["suggestions"]}  # type: ignore[union-attr]
    assert issue in offered
    label = shipped.rulebook.vocabulary.issue(issue).label
    assert offered[issue]["label"] == label and 0.0 < offered[issue]["probability"] < 1.0
    assert issue not in data["issues"]  # type: ignore[operator]
    assert not [d for d in data["determinations"] if d["issue"] == issue]  # type: ignore[union-attr]


def test_an_explicit_issue_list_replaces_the_reading_and_is_answered(shipped: Asker) -> None:
    text = "someone from group slipped a little envelope into my bag"
    asker, issue = borderline(shipped, text)
    answer = asker.ask(text, issues=[issue])
    assert answer.issues == (issue,) and answer.suggestions == ()
    assert {d.issue for d in answer.determinations} == {issue}
    assert len(answer.determinations) == len(shipped.rulebook.editions())


def test_answers_set_facts_and_win_over_the_reading(shipped: Asker) -> None:
    answer = shipped.ask(
        "my client offered me a gift", issues=["accept_gift"], answers={"object_kind": "money"}
    )
    assert answer.facts["object_kind"] == "money"
    assert {d.verdict for d in answer.determinations if d.ref == "wa@current"} == {"prohibited"}


def test_an_unknown_issue_or_fact_is_refused_with_what_is_accepted(shipped: Asker) -> None:
    with pytest.raises(BadInput, match="unknown issue 'gifts'; known issues: accept_gift"):
        shipped.ask("my client offered me a gift", issues=["gifts"])
    with pytest.raises(BadInput, match="unknown fact 'money'"):
        shipped.ask("my client offered me a gift", answers={"money": True})


def test_the_thresholds_were_chosen_on_the_current_data_and_issue_model() -> None:
    """Stale after new labelled data or a new issue model: rerun the one command that
    rechooses them, python scripts/choose_thresholds.py."""
    import hashlib

    from peer_ethics.nlp.artefacts import issue_model_path
    from peer_ethics.nlp.labelled import digest, load_labelled

    chosen = json.loads(abstention_path().read_text(encoding="utf-8"))["chosen_by"]
    assert chosen["data_sha256"] == digest(load_labelled("train"))
    model = hashlib.sha256(issue_model_path().read_bytes()).hexdigest()
    assert chosen["issue_model_sha256"] == model


def test_a_question_only_offered_topics_says_so_instead_of_nothing_recognised() -> None:
    from peer_ethics import services
    from peer_ethics.nlp.asking import NOTICE_NO_ISSUE, NOTICE_UNSURE

    answer = services.ask("Can I hire someone I support to help at my shop?")
    assert answer.issues == () and answer.suggestions  # read, but not surely enough to answer
    assert NOTICE_UNSURE in answer.notices and NOTICE_NO_ISSUE not in answer.notices
    confirmed = services.ask(
        "Can I hire someone I support to help at my shop?", issues=[answer.suggestions[0].issue]
    )
    assert NOTICE_UNSURE not in confirmed.notices and confirmed.determinations
