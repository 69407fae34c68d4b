"""Phrasings peers use that the readers understand: each a general rule, tested on wordings
written for the test (not the labelled situations)."""

from __future__ import annotations

import pytest

from peer_ethics import services
from peer_ethics.nlp import conduct, people
from peer_ethics.nlp.cues import CUES, cue_strengths
from peer_ethics.nlp.reader import read_facts
from peer_ethics.nlp.text import sentences

ISSUES = tuple(CUES)


def strong(text: str) -> set[str]:
    found = cue_strengths(text.lower(), ISSUES)
    return {i for i, w in zip(ISSUES, found, strict=True) if w >= 1.0}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("i said i won't see him again unless he comes in sober", "withdrawing_support"),
        ("can I refuse to work with a client who won't go to meetings?", "withdrawing_support"),
        ("I'm 3 days off a relapse and still seeing clients", "own_wellness"),
        ("honestly all of this is really getting to me", "own_wellness"),
        ("is it ok to vent to my husband about what my clients tell me?", "confidentiality"),
        ("she wants to grab lunch and see where things go", "sexual_relationship"),
        ("he asked me to go with him to the fair this weekend", "dual_relationship"),
        ("I'd like to sell my candles to a few participants", "financial_gain"),
        ("she has him mow her lawn every week for nothing", "financial_gain"),
        ("should I recommend methadone to him?", "outside_scope"),
        ("her case manager keeps dragging their feet on the housing forms", "advocacy"),
        ("as a volunteer, do I have to follow the ethics code?", "applicability"),
        ("can our peers accept little gifts at the holidays", "accept_gift"),
    ],
)
def test_a_phrasing_is_a_strong_cue_of_its_issue(text: str, issue: str) -> None:
    assert issue in strong(text)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # being told something is not sharing it; someone else's relapse is not the peer's
        ("my client asked me for a ride to group", "confidentiality"),
        ("my participant is using again and I'm worried", "own_wellness"),
        # a colleague or one's own neighbour is no second relationship with someone served
        ("my coworker helped me with my notes today", "dual_relationship"),
        # giving information, time or a chance is no gift
        ("can I give her info about food banks?", "give_gift"),
        ("she made me promise not to tell anyone", "accept_gift"),
        # a favour asked is no personal question; a client's abuser is their history
        ("my cousin asked if I could be her peer", "self_disclosure"),
        ("she went back to her abusive boyfriend", "abuse_neglect_exploitation"),
        # "stopped working together" says when services ended, not a withdrawal of support
        ("a year after we stopped working together he asked me out", "withdrawing_support"),
        # a relative's business is not the relative served
        ("my client wants a job at my cousin's restaurant", "serve_family_member"),
        # a promise the person served makes, a place about to be lost, a treatment named
        ("he promised his sponsor he'd call before using", "unwarranted_promises"),
        ("she might lose her spot at the shelter next week", "coercion"),
        ("my client is scared of ECT", "outside_scope"),
        # keeping someone safe or a name out of it keeps no gift; a client's business is theirs
        ("how do I keep her safe tonight?", "accept_gift"),
        ("he wants to hire me for his landscaping business", "financial_gain"),
        ("can I buy my client's old bike?", "financial_gain"),
    ],
)
def test_a_near_miss_is_no_strong_cue(text: str, issue: str) -> None:
    assert issue not in strong(text)


def test_a_relative_is_still_read_through_a_contraction() -> None:
    assert "serve_family_member" in strong("my aunt's in our program now, can I be her peer?")


@pytest.mark.parametrize(
    ("text", "to"),
    [
        (
            "she told me her dad hits her and made me swear not to tell her therapist",
            "treatment_team",
        ),
        (
            "they want us to follow clients on instagram and report back to the team",
            "treatment_team",
        ),
        ("can I tell my own therapist about the heavy stuff from work?", "other"),
        ("we put a client's story in our fundraising newsletter", "other"),
    ],
)
def test_the_one_a_telling_verb_points_at_is_told(text: str, to: str) -> None:
    found = conduct.disclosure_to(text)
    assert found is not None and found.value == to


@pytest.mark.parametrize(
    "text",
    [
        "should I check with my supervisor before going to his wedding?",
        "my supervisor keeps cancelling supervision and I haven't told anyone about my slip",
    ],
)
def test_supervisor_not_yet_consulted(text: str) -> None:
    found = conduct.supervisor_consulted(text)
    assert found is not None and found.value is False


def test_the_only_one_in_town_is_unavoidable() -> None:
    found = conduct.dual_avoidable("my client runs the only pharmacy in town")
    assert found is not None and found.value is False


def test_getting_certified_is_read_as_certified() -> None:
    found = conduct.peer_role("I got certified two years ago and haven't had a training since")
    assert found is not None and found.value == "certified"


def test_a_shared_childhood_is_a_friendship() -> None:
    found = conduct.dual_kind("we grew up on the same block and now he's on my caseload")
    assert found is not None and found.value == "friendship"


def test_cuz_is_a_relative() -> None:
    found = people.person("my new client is my cuz", ("serve_family_member",))
    assert found is not None and found.value == "own_family"


def test_thoughts_then_words_of_intent_leave_intent_unknown() -> None:
    text = (
        "she says she thinks about hurting him sometimes, then said 'maybe I'll just do it "
        "this time'"
    )
    assert conduct.harm_intent(text) is None
    # a denial right after words that look like intent is no intent
    found = conduct.harm_intent("she wishes she was dead sometimes but said she'd never do it")
    assert found is not None and found.value is False


def test_a_stated_gift_policy_is_read_and_the_answer_uses_it_or_asks() -> None:
    text = (
        "Agency rule: gifts over $20 are significant and get turned down. A participant gave me "
        "a $35 sweater."
    )
    read = {e.fact: e.value for e in read_facts(text, ("accept_gift",))}
    assert read.get("significant_value") is True
    # The reading is kept only when this fact is read precisely enough across authors
    # (nlp/data/abstention.json); otherwise the answer asks rather than guesses.
    answer = services.ask(text, issues=["accept_gift"])
    asked = [q.fact for q in answer.questions]
    assert answer.facts.get("significant_value") is True or "significant_value" in asked


def test_the_same_experience_named_for_both_makes_a_story_relevant() -> None:
    found = conduct.story_relevant(
        "can I talk about my years in the shelter system with a guy who's in the shelter now?"
    )
    assert found is not None and found.value is True
    assert conduct.story_relevant("can I share my story with a client?") is None


def test_each_question_of_a_list_is_a_part_of_its_own() -> None:
    got = sentences(
        "Questions: can peers take small gifts, can they text clients at night, and do they "
        "have to report a threat?"
    )
    assert got == (
        "Questions: can peers take small gifts",
        "can they text clients at night",
        "do they have to report a threat?",
    )
    assert sentences("I asked, and she said no, so I left.") == (
        "I asked, and she said no, so I left.",
    )
