"""Reading beyond the labelled wordings: long stories part by part, narrower issues first, other
voices' words for the same facts, and scope words that name an activity versus a topic."""

from __future__ import annotations

import pytest

import peer_ethics
from peer_ethics import services
from peer_ethics.nlp import conduct
from peer_ethics.nlp.cues import CUES, cue_strengths
from peer_ethics.nlp.text import MAX_PARTS, parts

ISSUES = tuple(CUES)


def cues(text: str) -> dict[str, float]:
    return {i: w for i, w in zip(ISSUES, cue_strengths(text.lower(), ISSUES), strict=True) if w}


def test_a_short_question_is_read_whole_and_a_long_story_part_by_part() -> None:
    assert parts("my client offered me a $20 gift card. can i keep it?") == ()
    story = (
        "So this week was a lot. My client gave me a forty dollar gift card and I kept it. "
        "Then yesterday he said he plans to hurt his roommate tonight. Ok. "
        "His mom also keeps calling me for updates and he never signed a release."
    )
    got = parts(story)
    assert len(got) == 4
    assert got[3].startswith("Ok. His mom")  # a fragment joins the sentence after it
    assert len(parts(" ".join([story] * 10))) == MAX_PARTS


LONG_STORY = (
    "My client gave me a $40 gift card last week and I kept it. Yesterday he told me he "
    "plans to hurt his roommate tonight. On top of that, his mom keeps calling me wanting "
    "updates and he never signed a release."
)


def test_every_issue_of_a_long_story_is_answered_or_offered_and_confirming_reads_its_facts() -> (
    None
):
    answer = peer_ethics.ask(LONG_STORY)
    offered = {s.issue for s in answer.suggestions}
    assert set(answer.issues) | offered >= {"accept_gift", "harm_threat", "confidentiality"}
    assert "harm_threat" in answer.issues  # the safety floor: harm is never only offered
    assert answer.facts["harm_target"] == "others"
    confirmed = services.ask(LONG_STORY, issues=["accept_gift", "harm_threat", "confidentiality"])
    assert confirmed.facts["client_consented"] is False
    assert confirmed.facts["value_dollars"] == 40


@pytest.mark.parametrize(
    ("text", "narrow", "broad"),
    [
        (
            "We used to date back in college and now she's on my caseload",
            "serve_former_partner",
            "sexual_relationship",
        ),
        (
            "how do peers cope with grief after a client dies by overdose?",
            "own_wellness",
            "harm_threat",
        ),
        ("can I buy my client's old car? he's selling it anyway", "dual_relationship", "give_gift"),
    ],
)
def test_words_of_a_narrower_issue_are_no_cue_for_a_broader_one(
    text: str, narrow: str, broad: str
) -> None:
    found = cues(text)
    assert found.get(narrow) == 1.0
    assert broad not in found


def test_taking_a_plea_deal_is_no_gift_but_taking_the_cash_is() -> None:
    assert "accept_gift" not in cues("should he take the plea deal?")
    assert cues("can I take the cash he left?").get("accept_gift") == 1.0


def test_a_scope_activity_is_a_strong_cue_and_a_scope_topic_a_weak_one() -> None:
    assert cues("my manager wants me to lead a DBT skills group").get("outside_scope") == 1.0
    assert cues("she wants to come off her meds").get("outside_scope") == 0.5


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("he tried to bung me a tenner for helping", "accept_gift"),
        ("she keeps sending money to my cashapp", "accept_gift"),
        ("member offered to float me 300 till my check clears", "lend_borrow"),
        ("he wants to do my yard for free", "financial_gain"),
        ("honestly I'm falling for one of the guys in group", "sexual_relationship"),
        ("she wants to be besties and go to concerts", "dual_relationship"),
        ("his PO called asking if he's been turning up", "confidentiality"),
        ("he said he'd bash her head in", "harm_threat"),
        ("the group home staff take his SSI every month", "caregiver_abuse"),
        ("he wants me to tell him whether to take the plea", "outside_scope"),
        ("I told her I'd 100% get her kids back", "unwarranted_promises"),
        ("client wants to meet at a trap house", "unsafe_meeting"),
        ("I keep crying in my car between visits", "own_wellness"),
        ("my supervisor is never around", "supervision"),
        ("the team decided without even asking her", "advocacy"),
        ("he got clean cold turkey and thinks MAT is cheating", "self_determination"),
        ("my manager says to put him on a 'break' until he's sober 30 days", "withdrawing_support"),
        ("they want to send him to a locked facility", "community_integration"),
        ("staff make members wash their cars and don't pay them", "abuse_neglect_exploitation"),
        ("is there training on xylazine for peers?", "professional_knowledge"),
        ("I'm a volunteer with no credential, am I bound by this?", "applicability"),
    ],
)
def test_other_voices_words_are_cues(text: str, issue: str) -> None:
    assert cues(text).get(issue) == 1.0


@pytest.mark.parametrize(
    ("reader", "text", "value"),
    [
        (conduct.client_consented, "He never signed anything. Can I tell his mom?", False),
        (conduct.client_consented, "she made me swear not to tell", False),
        (conduct.client_consented, "He says I can tell staff.", True),
        (conduct.supervisor_consulted, "my supervisor doesn't know yet", False),
        (conduct.supervisor_consulted, "my supervisor is on leave so i can't ask her", False),
        (conduct.ability_affected, "I keep crying in my car between visits", True),
        (
            conduct.ability_affected,
            "I'm sad but work is helping and I'm doing fine with my clients",
            False,
        ),
        (conduct.harm_target, "she texted 'i cant do this anymore'", "self"),
        (conduct.harm_target, "he said he's going to bash his brother's head in", "others"),
        (conduct.harm_intent, "he threatens to stab a staff member", True),
        (conduct.disclosure_to, "tellin my sup about it", "treatment_team"),
        (conduct.scope_activity, "should he take the plea deal?", "legal_advice"),
        (conduct.scope_activity, "they want peers to score the PHQ-9 at intake", "diagnose"),
        (conduct.scope_activity, "can I tell him to halve his klonopin", "medication_advice"),
        (conduct.imposition_manner, "I keep telling her she'd feel better at church", "indirect"),
    ],
)
def test_facts_are_read_from_other_wordings(reader: object, text: str, value: object) -> None:
    assert callable(reader)
    found = reader(text)
    assert found is not None and found.value == value


def test_a_day_called_a_date_is_no_romance_and_a_non_client_is_no_one_served() -> None:
    cake = peer_ethics.ask("thinking of getting my client a cake for her 1 year sober date")
    offered = tuple(s.issue for s in cake.suggestions)
    assert "sexual_relationship" not in (*cake.issues, *offered)
    assert (*cake.issues, *offered)[:1] == ("give_gift",)
    friend = peer_ethics.ask("my friend gave me a birthday present, she is not a client")
    assert friend.issues == ()


def test_refusing_people_for_relapsing_is_stopping_support_not_discrimination() -> None:
    found = cues("my coworker said she won't see clients who keep relapsing")
    assert found.get("withdrawing_support") == 1.0
    assert "discrimination" not in found


def test_cue_patterns_are_lower_case_as_the_text_they_search() -> None:
    # Cues are compiled without re.I and searched in lower-cased text (3.5x faster): an
    # upper-case letter in a pattern (other than an escape such as \S or \W) would never match.
    import re

    shouted = [
        (issue, pattern)
        for issue, rules in CUES.items()
        for _, pattern in rules
        if re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P?<\w+>|\(\?[aiLmsux-]+\)", "", pattern))
    ]
    assert shouted == []


def test_a_caregiver_abuse_cue_quotes_the_users_own_words() -> None:
    from peer_ethics.nlp.conduct import abused_by_caregiver

    text = "The woman I support says her CAREGIVER Hits Her when no one is around"
    found = abused_by_caregiver(text)
    assert found is not None and found.value is True
    assert found.words == "her CAREGIVER"
