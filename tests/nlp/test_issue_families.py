"""Families of phrasings for issue recognition (issue 5): each cue family is tested on several
wordings written for this test (none copied from the labelled situations), and on near-misses
that share words with the family but raise no such issue."""

from __future__ import annotations

import pytest

from peer_ethics.nlp.cues import CUES, cue_strengths

ISSUES = tuple(CUES)


def strong(text: str) -> set[str]:
    found = cue_strengths(text.lower(), ISSUES)
    return {i for i, w in zip(ISSUES, found, strict=True) if w >= 1.0}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # a bill paid or covered by the person
        ("the guy I support runs a cafe and comped our lunch", "accept_gift"),
        ("her dad owns the diner and it was on the house again", "accept_gift"),
        ("my participant picked up the tab when we ran into each other", "accept_gift"),
        ("he wouldn't let me pay for the coffee at his food truck", "accept_gift"),
        # money or a card slipped to the peer
        ("my lady bunged me twenty quid after court", "accept_gift"),
        ("got a thank you note with two twenties tucked in from a member", "accept_gift"),
        ("client posted me an envelope with a voucher inside", "accept_gift"),
        # money sent by app, chipping in, a present for the whole caseload
        ("should i zelle my client 15 so she can eat", "give_gift"),
        ("thinking about paypaling him a bit for his phone bill", "give_gift"),
        ("the team is pitching in for a pram for a participant", "give_gift"),
        ("i'd like to get each of the ladies in my group a candle for diwali", "give_gift"),
        ("can I buy everyone on my caseload a calendar", "give_gift"),
        # money to see someone through
        ("a member offered to tide me over till the end of the month", "lend_borrow"),
        ("he needs 40 til his ssi comes", "lend_borrow"),
        ("she asked for a bit till payday", "lend_borrow"),
        ("could you sub me a tenner, asked my client", "lend_borrow"),
        # money back beyond what was lent
        ("he said he'd pay me back double next week", "financial_gain"),
        ("is it wrong to charge interest on what I lent her", "financial_gain"),
        # a past romance
        ("my new participant and I went out for a while in college", "serve_former_partner"),
        ("turns out the new referral is my high school sweetheart", "serve_former_partner"),
        ("we got divorced in 2019 and now he is on the waitlist", "serve_former_partner"),
        ("she's my baby mama and she just signed up for peer services", "serve_former_partner"),
        # one's own relative asking for peer support outside the agency
        ("my brother wants me to do 'peer support' with him on weekends", "serve_family_member"),
        ("my auntie asked me to coach her through her relapse", "serve_family_member"),
        # living together
        ("my participant needs a flatmate and I have a spare bed", "dual_relationship"),
        ("thinking of renting her my basement", "dual_relationship"),
        ("my member wants to rent our spare room", "dual_relationship"),
        # talking about the people served at home
        ("I offload to my mum about my caseload most nights", "confidentiality"),
        ("is it bad to gossip about participants with my roommate", "confidentiality"),
        # a relative asking after the person
        ("her grandma rang me wanting to know how she's getting on", "confidentiality"),
        ("can i just tell them she's doing okay", "confidentiality"),
        # a friend of the family served
        ("my wife's best friend just joined my group", "dual_relationship"),
        ("an old buddy of mine got referred and assigned to me", "dual_relationship"),
        # violence in slang, self-harm in text-speak, passive wishes to die
        ("he says he's gonna deck his landlord if he raises the rent", "harm_threat"),
        ("she wants to knock him out next time she sees him", "harm_threat"),
        ("my guy said he'll 'take care of him' if he talks again", "harm_threat"),
        ("they're gonna settle the score with the dealer", "harm_threat"),
        ("client texted 'ngl i just want to unalive' then lol", "harm_threat"),
        ("she says everyone would be better off without her", "harm_threat"),
        ("he says he wishes he could just vanish", "harm_threat"),
        # a carer mistreating the person, money included
        ("his support worker has been pocketing his benefits money", "caregiver_abuse"),
        ("the respite worker grabbed her arm hard enough to bruise", "caregiver_abuse"),
        ("her in-home aide keeps using her card at the shop", "caregiver_abuse"),
        # the nurse's or the lawyer's job; telling someone what to do with medication
        ("staff asked me to pass out the morning meds", "outside_scope"),
        ("they want peers to administer the naloxone shots", "outside_scope"),
        ("I told her she should come off her lithium", "outside_scope"),
        ("he wants help with his eviction paperwork, is that okay", "outside_scope"),
        ("isn't that above my pay grade?", "outside_scope"),
        ("should I stay in my lane here", "outside_scope"),
        # the peer's (or a supervisee's) own recovery at risk
        ("one of my team came in to work hungover again", "own_wellness"),
        ("staff said he smells like booze most mornings", "own_wellness"),
        ("the group wants to meet at the pub. i'm 18 months sober", "own_wellness"),
        # promises nobody can keep
        ("i assured her she'd get housing for sure", "unwarranted_promises"),
        ("I swore to my client he would get his kids back", "unwarranted_promises"),
        # a condition with a penalty; contempt aimed at the person
        ("he has to go to church or his mentor won't help him", "coercion"),
        ("she needs to sign up or I can't keep seeing her", "coercion"),
        ("my coworker called the client a lazy addict in front of everyone", "coercion"),
        # someone pushing a recovery path
        ("his sponsor keeps pushing him that he needs to quit methadone", "self_determination"),
        ("I'm pressuring her that she should try AA", "self_determination"),
        # refusing or handing off people by diagnosis or treatment
        ("my colleague won't take clients on suboxone", "discrimination"),
        ("our lead refuses to work with people who have bipolar", "discrimination"),
        ("she hands those clients off to me because of their diagnosis", "discrimination"),
        # calling someone in about what the person said
        ("do I have to call mobile crisis about this", "confidentiality"),
        ("should I loop in her therapist", "confidentiality"),
        # the peer's own view of a recovery path pressed on the person
        ("my co-worker says suboxone is just a crutch", "imposing_beliefs"),
        ("he thinks methadone is trading one addiction for another", "imposing_beliefs"),
        ("I told him he's not really sober if he's on meds", "imposing_beliefs"),
        # the peer's own slip or low patch
        ("i had a few beers at my cousin's wedding, first time in 6 years", "own_wellness"),
        ("honestly i've been spiraling since my mum passed", "own_wellness"),
        # handing over the person's details
        ("can I send the reporter her phone number?", "confidentiality"),
        ("the church asked me to pass along his address", "confidentiality"),
        # thanks in kind
        ("she wants to pay me back for all the lifts with a painting", "accept_gift"),
        # a price cut from the person's business
        ("my participant's garage does me mates rates on repairs", "financial_gain"),
        ("he offered 30% off my tattoo since he's my client", "financial_gain"),
        # reading results or judging drug safety
        ("can I explain her blood test results to her?", "outside_scope"),
        ("he asked if it's ok to mix his xanax with a drink", "outside_scope"),
        # steps towards taking one's life
        ("she showed me she's got the tablets counted out in a box", "harm_threat"),
        ("he's been giving away all his stuff and said his goodbyes", "harm_threat"),
        # pressure through the court or a benefit
        ("I tell him his caseworker is watching every slip", "coercion"),
        ("i told her the lease depends on her staying sober", "coercion"),
        # backing the person against the system
        ("do I go to bat for her with the housing office?", "advocacy"),
        ("I want to be in his corner at the hearing", "advocacy"),
    ],
)
def test_a_family_phrasing_is_a_strong_cue(text: str, issue: str) -> None:
    assert issue in strong(text)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("we split the bill at the team lunch", "serve_former_partner"),
        ("I talk about my divorce with my supervisor", "serve_former_partner"),
        ("i'll handle it myself, no need to escalate", "harm_threat"),
        ("my husband's drinking is wearing on me", "serve_family_member"),
        ("I venmoed her back for the pizza", "give_gift"),
        ("my client shows up high to group sometimes", "own_wellness"),
        ("the nurse gives out meds at nine", "outside_scope"),
        ("he says he plans to hurt his roommate tonight", "dual_relationship"),
        ("her housemate keeps stealing her food stamps", "dual_relationship"),
    ],
)
def test_a_near_miss_is_no_strong_cue(text: str, issue: str) -> None:
    assert issue not in strong(text)
