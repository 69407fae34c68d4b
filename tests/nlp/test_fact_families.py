"""Families of phrasings the fact readers understand, from how people talk: money slang and
payment apps, bare sums after a lending verb, relatives and near-relatives, ways of saying how
long ago services ended, the means made ready, repeated telling versus a condition, and more.

Every wording here was written for the test; none is copied from the labelled situations.
"""

from __future__ import annotations

import pytest

from peer_ethics.nlp import conduct, people, things
from peer_ethics.nlp.numbers import durations, money


def value(evidence: object) -> object:
    return None if evidence is None else evidence.value  # type: ignore[attr-defined]


# --- money: slang, apps, vague sums, tips -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a lady I support keeps trying to slip me a fiver after group",
        "he wanted to chuck me a tenner for the lift",
        "my client offered me a few quid for helping with the form",
        "she asked if she could zelle me something for the help",
        "he wants to venmo me for my time",
        "my participant tried to paypal me after the move",
        "she gave me some dough for petrol",
        "can I hand a guy I work with a couple of bucks for lunch?",
        "am I allowed to accept a tip from the people I support?",
        "she tipped me when the session ended",
        "he sent me a uber gift card",
        "she mailed me a coffee card",
    ],
)
def test_money_slang_and_apps_name_money(text: str) -> None:
    assert value(things.object_kind(text)) == "money"


@pytest.mark.parametrize(
    ("text", "dollars"),
    [
        ("my client offered to float me 250 until payday", 250.0),
        ("can i sub him 20 till friday", 20.0),
        ("she asked for 75 and I said I'd think about it", 75.0),
        ("he owes me 150 from last month", 150.0),
        ("she wants to lend me like 80 for the electric bill", 80.0),
        ("he keeps sending me 20 here 20 there", 20.0),
        ("can I give him one dollar for the bus?", 1.0),
        ("she wanted to bung me a fiver", 5.0),
    ],
)
def test_a_bare_sum_handed_over_is_money(text: str, dollars: float) -> None:
    assert value(things.value_dollars(text)) == dollars


@pytest.mark.parametrize(
    "text",
    [
        "can I give him 5 minutes after group?",
        "she asked for 2 sessions a week",
        "he owes me 3 calls back",
        "I bought it at a dollar store",
        "she baked me a pound cake",
    ],
)
def test_figures_that_are_no_sum_handed_over(text: str) -> None:
    assert value(things.value_dollars(text)) is None
    assert value(things.object_kind(text)) != "money"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("one of my guys said he'd float me a twenty till Friday", "peer_borrows"),
        ("my member offered to tide me over till my check lands", "peer_borrows"),
        ("honestly I owe her a tenner from the bake sale", "peer_borrows"),
        ("my client still owes me $40 from the summer", "peer_lends"),
        ("a lady I support asked to borrow $60 for her phone bill", "peer_lends"),
        ("he wants to know if he can borrow a few bucks", "peer_lends"),
        ("can I spot him $30 for groceries?", "peer_lends"),
    ],
)
def test_who_lends_to_whom(text: str, direction: str) -> None:
    assert value(things.loan_direction(text)) == direction


@pytest.mark.parametrize(
    "text",
    [
        "she is leaving me her sewing machine when she passes",
        "he wants to give me his dad's old guitar amp because he never plays",
        "my client offered me her late mother's brooch",
        "she wants to give me her collection of vintage stamps",
        "he knitted me a beanie for winter",
    ],
)
def test_a_thing_handed_over_is_an_item(text: str) -> None:
    assert value(things.object_kind(text)) == "item"


def test_a_favour_is_no_item() -> None:
    assert things.object_kind("she wants to give me a hug when we finish") is None
    assert things.object_kind("he gave me a ride home") is None


# --- who the person is ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can I be my stepmoms peer specialist?",
        "my grandads been referred to our program",
        "could I support my step-sister through her recovery?",
        "may a peer serve their own cousin if no one else is free?",
        "would it be ok to take on a relative of mine?",
        "my mams been put on my caseload",
    ],
)
def test_own_family_in_many_words(text: str) -> None:
    assert value(people.person(text, ("serve_family_member",))) == "own_family"


@pytest.mark.parametrize(
    "text",
    [
        "my wife's best friend just joined my group",
        "my brother's girlfriend started coming to our program",
        "my son's old buddy got assigned to my caseload",
    ],
)
def test_a_relatives_friend_is_no_family(text: str) -> None:
    assert value(people.person(text, ("dual_relationship",))) == "current_client"


@pytest.mark.parametrize(
    "text",
    [
        "my sister's recovery coach keeps telling her to quit her meds",
        "my dad's peer support worker has been asking him for money",
        "my nephew's peer mentor keeps inviting him to his church",
    ],
)
def test_a_relative_asking_about_their_family_members_worker(text: str) -> None:
    assert value(people.person(text, ("imposing_beliefs",))) == "current_client"


@pytest.mark.parametrize(
    "text",
    [
        "I think I have feelings for one of the women in my group",
        "a guy from our drop-in asked me out",
        "my member asked to borrow money",
        "the clubhouse makes all members sign in, is that ok",
    ],
)
def test_people_in_my_group_are_served(text: str) -> None:
    assert value(people.person(text, ("sexual_relationship",))) == "current_client"


@pytest.mark.parametrize(
    "text",
    [
        "A peer worker is assigned a member he went out with in college.",
        "she got a new participant she used to date years back",
        "I just realised a new client is someone I dated briefly in my twenties",
    ],
)
def test_a_former_partner_told_in_any_person(text: str) -> None:
    assert value(people.person(text, ("serve_former_partner",))) == "former_partner"


# --- how long ago services ended --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("services with her ended three years back and she messaged me", 36.0),
        ("we wrapped up services two years and six months ago", 30.0),
        ("his services ended 1 year, 4 months ago", 16.0),
        ("my former client, whose services ended last month, asked me out", 1.0),
        ("services ended last week with him", 0.2),
        ("his case closed ten months prior", 10.0),
    ],
)
def test_ways_of_saying_ago(text: str, months: float) -> None:
    assert value(people.months_since_services_ended(text)) == months


def test_a_season_or_a_year_fixes_no_figure() -> None:
    assert people.months_since_services_ended("services ended last year") is None
    assert people.months_since_services_ended("services ended back in the spring") is None


def test_a_compound_duration_is_one_duration() -> None:
    (only,) = durations("it's been a year and three months")
    assert only.months == 15.0


# --- conduct ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "she said she has her meds lined up on the table",
        "he told me he's got the pills set out for tonight",
        "my client has counted out all her tablets",
        "he wrote a goodbye letter to his kids",
    ],
)
def test_the_means_made_ready_is_intent(text: str) -> None:
    assert value(conduct.harm_intent(text)) is True


@pytest.mark.parametrize(
    "text",
    [
        "he said he'd punch his boss, but he wasn't being serious",
        "she wants to slap her sister, she was just blowing off steam",
    ],
)
def test_not_serious_is_no_intent(text: str) -> None:
    assert value(conduct.harm_intent(text)) is False


@pytest.mark.parametrize(
    "text",
    [
        "my client wants to slap his neighbour",
        "she says she'll deck her roommate",
        "if his cousin comes round again he says he'll 'deal with him'.",
        "he wants to teach him a lesson",
    ],
)
def test_threats_at_others(text: str) -> None:
    assert value(conduct.harm_target(text)) == "others"


@pytest.mark.parametrize(
    ("text", "manner"),
    [
        ("her mentor keeps telling her she needs to find God", "indirect"),
        ("I'm always telling him prayer would help", "indirect"),
        ("my peer worker won't stop preaching at me about church", "indirect"),
        ("he has to come to mass or his mentor will stop seeing him", "force"),
        ("she has to pray with me or I won't keep helping her", "force"),
    ],
)
def test_repeated_telling_versus_a_condition(text: str, manner: str) -> None:
    assert value(conduct.imposition_manner(text)) == manner


@pytest.mark.parametrize(
    "text",
    [
        "his nan rang asking how he's getting on",
        "her grandad keeps messaging me for updates",
        "the member's auntie wants to know if she's still coming",
    ],
)
def test_relatives_asking_are_family(text: str) -> None:
    assert value(conduct.disclosure_to(text)) == "family"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my client offered to house-sit while I'm away, I'd pay her", "employment"),
        ("a guy I support wants to do dog-walking for me for cash", "employment"),
        ("the man I support runs the only bakery in our town", "business"),
        ("my client is a barber and cuts my hair for free", "business"),
        ("she gives me 20% off at her shop", "business"),
        ("my client asked me to be her son's godfather", "other"),
        ("a family friend just got referred to me", "friendship"),
    ],
)
def test_kinds_of_dual_relationship(text: str, kind: str) -> None:
    assert value(conduct.dual_kind(text)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "I don't want any Deaf clients on my caseload, can I say so?",
        "can I ask to only be assigned English-speaking clients?",
        "I pass all my clients with schizophrenia on to my coworker",
        "I won't take anyone diagnosed with borderline",
    ],
)
def test_refusing_or_handing_off_a_group_is_practise(text: str) -> None:
    assert value(conduct.discrimination_role(text)) == "practise"


@pytest.mark.parametrize(
    "text",
    [
        "my client just got out of prison and I was locked up for three years, should I say?",
        "she's in a shelter right now. I was homeless in my twenties, can I share that?",
        "he's nervous about starting methadone and I was on it for a long time",
    ],
)
def test_the_same_experience_for_peer_and_person_is_relevant(text: str) -> None:
    assert value(conduct.story_relevant(text)) is True


def test_different_experiences_are_not_matched() -> None:
    assert conduct.story_relevant("she is scared of dogs. I was in the army.") is None


@pytest.mark.parametrize(
    "text",
    [
        "I haven't said a word to my supervisor",
        "I never brought it up with my supervisor",
        "I have not run it by my manager yet",
    ],
)
def test_supervisor_not_yet_told(text: str) -> None:
    assert value(conduct.supervisor_consulted(text)) is False


def test_legal_questions_about_taxes() -> None:
    text = "she wants to know if her tax refund will be garnished for old fines"
    assert value(conduct.scope_activity(text)) == "legal_advice"


def test_saying_yes_to_a_story_is_consent() -> None:
    text = "the radio wants a recovery story and one of my guys said he'd be happy to share"
    assert value(conduct.client_consented(text)) is True


def test_money_finder_places_a_bare_sum_at_its_figure() -> None:
    (found,) = money("float me 300 till friday")
    assert (found.value, found.start) == (300.0, 9)


# --- the supervisor's view, questions about telling them, who is certified -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "my manager wants me to run the relapse group on my own",
        "the supervisor asked me to keep my distance from the family",
        "our director told us to skip the home visits this month",
        "a supervisor told our new peer she has to drive clients home",
    ],
)
def test_the_supervisors_wish_on_this_matter_is_consulted(text: str) -> None:
    assert value(conduct.supervisor_consulted(text)) is True


@pytest.mark.parametrize(
    "text",
    [
        "do i tell my boss about the ride or let it go",
        "no idea how to tell my supervisor that i slipped",
        "the manager i did not tell, she would freak out",
        "my director is away till next week and this can't wait",
    ],
)
def test_wondering_whether_to_tell_the_supervisor_is_not_consulted(text: str) -> None:
    assert value(conduct.supervisor_consulted(text)) is False


def test_a_supervisor_named_without_their_view_settles_nothing() -> None:
    assert conduct.supervisor_consulted("my supervisor is great and my clients like her") is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("two of my cpss keep asking about this", "certified"),
        ("i got my cert last spring and just started", "certified"),
        ("im washington-certified, does the wisconsin code matter", "certified"),
        ("half our team isn't certified yet", "uncertified"),
        ("my certification expired over the summer", "uncertified"),
        ("she let her cert lapse while on leave", "uncertified"),
    ],
)
def test_ways_of_saying_the_role(text: str, role: str) -> None:
    assert value(conduct.peer_role(text)) == role


def test_a_lapse_of_something_else_is_no_role() -> None:
    assert conduct.peer_role("my attention lapsed during the group") is None


# --- thoughts versus intent, threats with a weapon ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he called me tonight and said he thinks about ending it but there is no plan",
        "she says her kids would be better off without her",
        "he said he aint gonna do nothing, he just feels low",
        "my guy has thoughts about dying most days",
    ],
)
def test_thoughts_without_a_plan_are_no_intent(text: str) -> None:
    assert value(conduct.harm_intent(text)) is False


def test_thinking_about_something_else_is_no_denial_of_a_threat() -> None:
    text = "he swore he was going to beat his brother with a bat. i'm thinking about quitting"
    assert value(conduct.harm_intent(text)) is True
    assert value(conduct.harm_target(text)) == "others"
    assert value(conduct.harm_serious(text)) is True


def test_a_time_word_after_a_plan_is_still_intent() -> None:
    assert value(conduct.harm_intent("she says she will take the pills tonight")) is True


@pytest.mark.parametrize(
    "text",
    [
        "he keeps saying he's gonna 'get' his cousin",
        "she swears she will make her landlord pay",
    ],
)
def test_threats_at_a_named_other(text: str) -> None:
    assert value(conduct.harm_target(text)) == "others"


# --- manner, consent, turning people away ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "manner"),
    [
        ("i keep leaving recovery pamphlets on his chair", "indirect"),
        ("she says it's just her opinion when she tells them to quit meds", "indirect"),
        ("i said it once, i told him so and left it", "indirect"),
        ("stop seeing that guy or i'm not coming to your court date", "force"),
        ("i'm not going to keep working with her until she goes to meetings", "force"),
        ("i won't help anyone on methadone with housing", "force"),
    ],
)
def test_more_ways_of_imposing(text: str, manner: str) -> None:
    assert value(conduct.imposition_manner(text)) == manner


def test_someone_else_repeating_is_not_the_peer_imposing() -> None:
    assert conduct.imposition_manner("her brother keeps sending me messages") is None


@pytest.mark.parametrize(
    "text",
    [
        "she begged me not to share it with her worker",
        "he asked me please don't report it",
        "even if they ask me not to, do i have to?",
    ],
)
def test_asked_not_to_tell_is_no_consent(text: str) -> None:
    assert value(conduct.client_consented(text)) is False


@pytest.mark.parametrize(
    "text",
    [
        "can I refuse to work with someone who was in a gang?",
        "is it ok to decline clients because of their charges",
        "can we pass on her because of the conviction",
        "could I hand him off to another peer since he's an atheist",
        "the clinic only hires people with five years clean",
        "we keep people over 30 out of the youth group",
        "I want the meeting just for women",
    ],
)
def test_turning_a_person_away_is_practise(text: str) -> None:
    assert value(conduct.discrimination_role(text)) == "practise"


def test_an_agency_turning_people_away_is_not_the_peer_practising() -> None:
    text = "my agency will turn away people without papers and i went along with it"
    assert value(conduct.discrimination_role(text)) == "condone"


# --- former partners, former clients, relatives told in passing ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a girl i used to mess around with got put on my caseload",
        "one of my staff is assigned a man she had a fling with ages ago",
        "we briefly dated in college and now he's in my group",
        "the new intake is someone he hooked up with last year",
        "ex on my list this week, what now",
    ],
)
def test_more_ways_of_saying_a_former_partner(text: str) -> None:
    assert value(people.person(text, ("serve_former_partner",))) == "former_partner"


def test_a_clients_ex_is_no_former_partner_of_the_peer() -> None:
    text = "my client says her ex is on my colleague's caseload"
    assert value(people.person(text, ("serve_former_partner",))) != "former_partner"


@pytest.mark.parametrize(
    "text",
    [
        "he finished with our program last spring and asked me to coffee",
        "she's done with the program now, can we hang out",
        "a man who graduated from the group emailed me",
    ],
)
def test_finishing_the_program_makes_a_former_client(text: str) -> None:
    assert value(people.person(text, ("dual_relationship",))) == "former_client"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("a peer specialist's brother asks to be on her caseload", "own_family"),
        ("may a peer worker provide services to his nephew?", "own_family"),
        ("one of our peer specialists' daughters joined the drop-in", "own_family"),
    ],
)
def test_a_workers_relative_told_in_the_third_person(text: str, who: str) -> None:
    assert value(people.person(text, ("serve_family_member",))) == who


def test_the_peers_relative_in_passing_leaves_the_person_served() -> None:
    text = "her boy has the same problem my daughter had, and she gave me a scarf after"
    assert value(people.person(text, ("accept_gift",))) == "current_client"


def test_the_peers_relative_is_family_when_serving_family_is_at_stake() -> None:
    text = "my daughter wants to come to the group he runs"
    assert value(people.person(text, ("serve_family_member",))) == "own_family"


@pytest.mark.parametrize(
    "text",
    [
        "I have a crush on one of the moms in my parent group",
        "one of the dads from our support group asked me out",
    ],
)
def test_parents_in_my_group_are_served_not_my_parents(text: str) -> None:
    assert value(people.person(text, ("sexual_relationship",))) == "current_client"


# --- carers named by their role at home ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "she told me her pca shoves her when she is slow getting dressed",
        "his group home manager slapped him over the chores",
        "there were marks on his back and he said his foster dad did it",
        "a mom I support says her boyfriend hits her daughter",
        "her nephew looks after her and has been taking her disability check",
    ],
)
def test_carers_at_home_who_hurt_or_take(text: str) -> None:
    assert value(conduct.abused_by_caregiver(text)) is True


@pytest.mark.parametrize(
    "text",
    [
        "her pca is lovely and cooks with her on fridays",
        "his group home manager called to ask about his appointments",
        "he hit his head and his mom took him to the er",
    ],
)
def test_carers_named_without_harm_settle_nothing(text: str) -> None:
    assert conduct.abused_by_caregiver(text) is None


# --- sums put in, lent things, who borrows from whom ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "dollars"),
    [
        ("can i lend my guy a hundo till friday", 100.0),
        ("the team is collecting and i'd like to chip in thirty", 30.0),
        ("we're all gonna throw in 15 for her baby shower", 15.0),
    ],
)
def test_slang_hundreds_and_shares_put_in(text: str, dollars: float) -> None:
    assert value(things.value_dollars(text)) == dollars


def test_putting_in_time_is_no_sum() -> None:
    assert things.value_dollars("i chipped in two hours of my weekend to help") is None


@pytest.mark.parametrize(
    "text",
    [
        "she keeps covering his cab fare after group",
        "can I start a gofundme for her rent",
        "he put in fifty bucks of his own",
    ],
)
def test_money_by_what_it_is_for(text: str) -> None:
    assert value(things.object_kind(text)) == "money"


def test_a_price_in_bucks_leaves_an_item() -> None:
    assert value(things.object_kind("I got him boots, like 30 bucks")) == "item"


def test_money_denied_in_a_list_is_no_money() -> None:
    text = "she gave me a drawing she made, no cash or gift card with it"
    assert value(things.object_kind(text)) == "item"


def test_a_thing_lent_is_an_item() -> None:
    assert value(things.object_kind("a dad I support wants to lend me his old stroller")) == "item"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("one of my staff borrowed forty dollars from a participant", "peer_borrows"),
        ("she lent 20 to one of her clients and he paid it back", "peer_lends"),
        ("my coworker has been spotting one of her members lunch money", "peer_lends"),
        ("a member offered me his van for the move", "peer_borrows"),
        ("a client let me use her car when mine broke down", "peer_borrows"),
    ],
)
def test_who_lends_whatever_the_subject(text: str, direction: str) -> None:
    assert value(things.loan_direction(text)) == direction


def test_borrowing_from_a_friend_is_not_from_the_person_served() -> None:
    text = "my client asked to borrow money he got from his friend"
    assert value(things.loan_direction(text)) == "peer_lends"


# --- whose needs a shared story serves ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he lost his brother to fentanyl and the same thing happened to me",
        "she's a nurse and i'm a nurse too, can i say so",
    ],
)
def test_the_same_happened_to_the_peer_is_relevant(text: str) -> None:
    assert value(conduct.story_relevant(text)) is True


@pytest.mark.parametrize(
    "text",
    [
        "i ended up venting to a participant about my landlord",
        "i talk about my breakup in sessions, it helps me get through it",
        "he tells the group about his court case though no one there is dealing with that",
    ],
)
def test_sharing_for_the_peers_own_sake_is_not_relevant(text: str) -> None:
    assert value(conduct.story_relevant(text)) is False


def test_a_peer_saying_me_too_in_passing_settles_nothing() -> None:
    assert conduct.story_relevant("she invited me too, and i said no") is None


def test_a_degree_word_before_too_is_no_shared_experience() -> None:
    assert conduct.story_relevant("i'm a little too tired to think about it") is None
