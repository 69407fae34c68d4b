"""The fact readers: who the person is, what changes hands, negation, intent vs thoughts."""

from __future__ import annotations

import pytest

from peer_ethics.nlp import conduct, people, things


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my client offered me a gift card", "current_client"),
        ("One of the guys I work with handed me a fifty", "current_client"),
        ("my client's sister asked me out", "client_family"),
        ("the dad of one of my clients keeps flirting with me", "client_family"),
        ("a former client messaged me on facebook", "former_client"),
        ("I ran into a guy I used to support at a meeting", "former_client"),
        ("My ex-boyfriend just got assigned to my caseload", "former_partner"),
        ("can i do peer support for my own brother?", "own_family"),
        ("another peer specialist asked me for a loan", "other"),
    ],
)
def test_the_other_person_is_read_from_everyday_wording(text: str, who: str) -> None:
    found = people.person(text)
    assert found is not None and found.value == who


def test_a_text_that_names_no_one_leaves_the_person_unknown() -> None:
    assert people.person("what does the code say about documentation?") is None


def test_months_since_services_ended_follow_the_labelling_conventions() -> None:
    def months(text: str) -> object:
        found = people.months_since_services_ended(text)
        return None if found is None else found.value

    assert months("services ended like 6 months ago, and we've been texting") == 6
    assert months("Nine months since I discharged her") == 9
    assert months("Can I date a former client if it's been over a year?") == 12
    assert months("it's been less than a year") is None
    assert months("a woman I supported last year") is None


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("my client tried to give me a $20 starbucks gift card", "money", 20),
        ("client insisted on paying for my lunch, like 12 dollars", "item", 12),
        ("She made me a bracelet, it's handmade, didn't cost her anything", "item", 0),
        ("handed me a fifty after group", "money", 50),
        ("a thank you card with a drawing of my dog. no money in it", "item", 0),
    ],
)
def test_money_or_item_and_its_value(text: str, kind: str, value: float) -> None:
    k, v = things.object_kind(text), things.value_dollars(text)
    assert k is not None and k.value == kind
    assert v is not None and v.value == value


def test_a_bound_is_not_a_value() -> None:
    assert things.value_dollars("a little journal, nothing fancy, under ten dollars") is None


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("client asked to borrow $40 til friday", "peer_lends"),
        ("My client offered to lend ME money when my car broke down", "peer_borrows"),
        ("I borrowed a DVD from a participant", "peer_borrows"),
        ("he keeps asking me to spot him a twenty", "peer_lends"),
    ],
)
def test_who_lends_to_whom(text: str, direction: str) -> None:
    found = things.loan_direction(text)
    assert found is not None and found.value == direction


def test_intent_and_thoughts_are_told_apart() -> None:
    intent = conduct.harm_intent("he said he's going to kill himself this weekend")
    thoughts = conduct.harm_intent("she has thoughts about death lately, no plan, no intent")
    assert intent is not None and intent.value is True
    assert thoughts is not None and thoughts.value is False


def test_negation_flips_supervisor_consulted() -> None:
    yes = conduct.supervisor_consulted("I talked to my supervisor and we agreed")
    no = conduct.supervisor_consulted("I haven't told my supervisor yet")
    assert yes is not None and yes.value is True
    assert no is not None and no.value is False


def test_a_sum_only_talked_about_does_not_settle_money_or_item() -> None:
    assert things.object_kind("how much can a gift be worth? like is $5 ok") is None
    lent = things.object_kind("I want to borrow $500 from a participant to fix my car")
    assert lent is not None and lent.value == "money"


def test_a_stated_gift_policy_settles_significant_value() -> None:
    over = things.significant_value(
        "Our policy says gifts over $25 are significant. A client knitted me a scarf, maybe $40."
    )
    under = things.significant_value("Anything under $10 is nominal. It was a $4 mug.")
    assert over is not None and over.value is True
    assert under is not None and under.value is False
    assert things.significant_value("she gave me a $40 scarf") is None


def test_a_story_about_a_colleague_names_no_one_served() -> None:
    assert people.names_only_others(
        "I lent my coworker $20 for lunch. Is that against the peer code?"
    )
    assert not people.names_only_others("My coworker yells at the participants")


def test_a_retracted_threat_leaves_intent_unknown() -> None:
    assert (
        conduct.harm_intent("a client says 'I'm gonna end it' but then laughs, just kidding")
        is None
    )
