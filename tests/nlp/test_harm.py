"""The safety floor: harm to self or others recognised in any wording, and what it does to `ask`.

Every phrasing here was written for this file (none is taken from the labelled situations).
"""

from __future__ import annotations

import itertools
import json
import re
import time
from typing import Any

import pytest
from click.testing import CliRunner

from peer_ethics import services
from peer_ethics.cli.main import cli
from peer_ethics.core.conditions import facts_of
from peer_ethics.core.engine import evaluate_situation
from peer_ethics.nlp import harm
from peer_ethics.nlp.asking import NOTICE_CRISIS

# --- what counts as harm ---------------------------------------------------------------------

SUICIDAL = [
    "she keeps saying she just wants it all to be over",
    "he told me he doesn't want to be here anymore",
    "my peer says she hopes she doesn't wake up tomorrow",
    "texted me 'gonna unalive myself lol'",
    "he's been saying his kids would be better off without him",
    "she said honestly she'd be better off dead",
    "he admitted he's been thinking of killing himself",
    "says he wants to kil himself",
    "she said she wants to kill her self",
    "my guy said he's been feeling suicidial",
    "client is sucidal again",
    "he wrote goodbye letters to each of his kids",
    "she's been giving away all her things to her sisters",
    "he's giving his stuff away and saying thank you to everyone",
    "she has a plan to hang herself from the closet rod",
    "he plans to take all his pills tonight",
    "she told me she might overdose on purpose if court goes badly",
    "he talked about jumping off the parking garage downtown",
    "kms fr i cant anymore",
    "she said she can't go on like this",
    "my participant says there's no point in living",
    "he's tired of being alive",
    "he said he'd rather be dead than go back to prison",
    "she wishes she'd never been born",
    "he's been looking up painless ways to die",
    "she took a handful of her sleeping pills on purpose",
    "he said he wants to disappear forever",
    "she's going to end her life, she said",
    "he's been stockpiling his seroquel",
    "my client wants to die",
    "he says he's ready to end it tonight",
    "she told her mom she wanted to take her own life",
    "he mentioned thoughts of death most nights",
    "she talks about suicide a lot",
    "she said she'd step in front of a train",
    "nobody would even miss me, she wrote",
    "he thinks it would be easier for everyone if he was gone",
    "she doesnt see the point of waking up",
    "I'm scared he'll do something to himself",
    "she OD'd on purpose last spring",
    "he swallowed a bottle of tylenol",
    "she threatened to jump",
    "he talked about driving his car into a tree",
    "he says he hears voices telling him to kill himself",
    "she says she su1c1dal",
    "the youth I mentor said she wants to stop existing",
    "he says he's a burden and everyone would be happier if he was gone",
    "my participant told me he's ready to die",
    "she said she might as well be dead",
    "he keeps talking about joining his son who passed",
    "he told me he's figured out how he would do it",
    "he's been driving recklessly on purpose hoping to crash",
    "she says she'll be six feet under by spring",
    "he told group he thinks about putting a bullet in his head",
    "she said she's thinking of drinking bleach",
    "he said there won't be anything left to live for",
    "he told me he took thirty of his pills an hour ago",
    "my client said she's 'checking out' soon",
    "she thought about overdosing over the holidays",
    "she keeps her dad's old revolver by the bed and told me she's 'so done.'",
    "he took a fistful of his brother's blood pressure pills on purpose",
    "he's been saying goodbye to everyone at the drop-in",
]
SELF_HARM = [
    "she's started burning herself with a lighter",
    "he's been cutting.",
    "I caught her cutting again in the bathroom",
    "there are fresh cuts on her arm",
    "he keeps scratching himself until he bleeds",
    "she's been hitting herself when she's upset",
    "her mom found razor blades hidden in her room",
    "he has scars all up and down his wrists",
    "my youth peer is self harming",
    "she's been burning her arms with cigarettes",
    "he burned his forearm with a lighter on purpose",
    "she's been skipping meals to punish herself",
]
THREATS = [
    "he said he's gonna kill his landlord",
    "she wants to stab her ex",
    "he said he'll shoot up the clinic",
    "he wants to get back at his old boss",
    "says he'd make his neighbor pay for what he did",
    "he threatened to beat up a staff member",
    "he's gonna put his brother in the hospital",
    "she threatened her son with a knife",
    "he said he wants to hurt people",
    "he wants his ex dead",
    "he said he'd 'take care of' the guy next door",
    "she worries she'll lose it and hurt her kid",
    "his mom called to say he told her he'd shoot the neighbour",
    "he keeps talking about shooting people at his old job",
    "my client said if the landlord comes by again she's gonna handle it.",
    "he said he was going to smash his dad's face in",
    "she told me she's going to kill me",
    "voices are telling him to hurt his mom",
    "he wants revenge on the guy who robbed him",
    "she said she'll make her sister regret it",
    "he said he would use the gun on his brother",
    "a client threatened the front desk staff yesterday",
    "he swore he'd do something to that landlord",
    "she said she fantasizes about killing her abuser",
    "he said he's going to hunt down the guy who sold him bad dope",
    "he threatened to break his roommate's legs",
    "she's gonna knock her sister's teeth out",
    "my participant said she'd put rat poison in her husband's coffee",
    "he keeps saying somebody's going to get hurt if they don't back off",
    "a member swung at another member after group",
    "he said he'd burn down his ex's apartment",
    "his girlfriend says he's been hitting her again",
    "she said she's going to make her stepdad suffer",
    "he said he's ready to shoot the next person who disrespects him",
]
WEAPONS = [
    "he pulled a knife on his caseworker",
    "a member brought a gun to group today",
    "she's thinking about getting a gun",
    "he was waving a machete around outside",
    "he has access to guns at his uncle's house",
    "he came at his roommate with a baseball bat",
    "client texted that he's outside his ex's house with a bat",
    "he showed up with a knife in his waistband",
    "he said he bought ammo for his uncle's rifle",
    "she says she has a knife and will use it if her ex shows up",
]


@pytest.mark.parametrize("text", SUICIDAL + SELF_HARM + THREATS + WEAPONS)
def test_harm_is_recognised_in_any_wording(text: str) -> None:
    assert harm.mention(text) is not None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("she says she wants to die", "suicide"),
        ("he's been cutting again", "self_harm"),
        ("she bangs her head against the wall when she's upset", "self_harm"),
        ("he said he'll stab his roommate", "threat"),
        ("she bought a gun last week", "weapon"),
    ],
)
def test_a_mention_names_its_kind_and_the_words(text: str, kind: str) -> None:
    found = harm.mention(text)
    assert found is not None and found.kind == kind and found.words in text


NEAR_MISSES = [
    "I'm killing it at work lately",
    "this paperwork is killing me",
    "I'm dying to see the game on Sunday",
    "I'd kill for a coffee right now",
    "my client invited me to a gun show this weekend",
    "in cooking group we use a kitchen knife to chop onions",
    "she got a knife set for her new apartment",
    "she's cutting back on coffee",
    "I don't want to hurt her feelings by saying no",
    "I don't want to hurt her.",
    "he shot me a text last night",
    "she's going to shoot her shot with the new guy",
    "we did a photo shoot for the newsletter",
    "my boss is going to kill me if I'm late again",
    "the heat is killing me",
    "he beat me at pool again",
    "I'm going to hit her up about the meeting",
    "she's been cutting hair at the salon for years",
    "that joke killed me",
    "I shared my own overdose story with my group",
    "she said goodbye at our last session before moving",
    "she wants to end things with her boyfriend",
    "he wants to take his life back after prison",
    "she takes all her meds every morning now",
    "we're saving up for his meds",
    "I'm killing myself with overtime this month",
    "my kids are going to murder me when they see this haircut",
    "his foster parents used to beat him when he was little",
    "he hurt his back lifting boxes",
    "she hurt herself playing soccer",
    "he cut himself shaving",
    "she's going to kill this exam",
    "lending him money could hurt him financially",
    "he took a gun safety class",
    "we talked about dying our hair for the fundraiser",
    "I threatened to stop meeting with him if he kept using",
    "she's jumping rope at the gym to stay sober",
    "my client's dog died last week",
    "he said his new job is killing him",
    "he's planning to overdose on pizza tonight lol",
    "our group talked about death and grief after a member's mom died",
    "she wants to cut ties with her toxic friends",
    "he said he would kill to have his license back",
    "my peer's phone died during our call",
    "she is going to shoot for a promotion",
    "he's planning to jump into a new career",
    "she said she'd jump at the chance to volunteer",
    "the overdose prevention training is Tuesday",
    "my supervisor wants to kill two birds with one stone",
    "he got a hunting license for the season",
    "the knife she uses for whittling is in her art kit",
    "she's been burning sage in her apartment",
    "she said she would die for her kids",
    "which space heater won't burn the house down?",
    "she has been hitting the gym every morning",
    "he texted 'done' when the paperwork was in",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_figures_of_speech_and_harmless_things_are_not_harm(text: str) -> None:
    assert harm.mention(text) is None, harm.mention(text)


def test_a_denial_still_mentions_harm() -> None:
    found = harm.mention("he said he is NOT going to hurt anyone, he was just venting")
    assert found is not None and found.kind == "threat"


# --- every pattern is linear-time --------------------------------------------------------------

_ATOM = re.compile(r"[a-z']+|[^\w\s()?:|\\\[\]{}*+^$]")


def _cost(pattern: re.Pattern[str], text: str, repeats: int) -> float:
    # CPU time of this process: what the match costs, whatever else the machine is running.
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for _m in pattern.finditer(text):
            pass
        pattern.search(text)
        best = min(best, time.process_time() - start)
    return best


def _repeated(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _grows_linearly(pattern: re.Pattern[str], unit: str, n: int, repeats: int) -> bool:
    # Four times the text takes about four times as long when the match is linear, sixteen when
    # quadratic; under 1 ms for 8,000 characters or more no blow-up can be hiding.
    small = _cost(pattern, _repeated(unit, n), repeats)
    big = _cost(pattern, _repeated(unit, 4 * n), repeats)
    return big < 0.001 or big < 8 * small


def test_the_measure_tells_a_quadratic_pattern_from_a_linear_one() -> None:
    assert not _grows_linearly(re.compile(r"a\w*b"), "a", 2_000, 3)
    assert _grows_linearly(re.compile(r"\ba\w*b"), "a ", 2_000, 3)


@pytest.mark.parametrize("index", range(len(harm.EVERY_PATTERN)))
def test_every_pattern_grows_linearly_on_repetitions_of_its_atoms(index: int) -> None:
    pattern = harm.EVERY_PATTERN[index]
    atoms = sorted(set(_ATOM.findall(pattern.pattern.lower())))
    # All the atoms in a row, glued and spaced, at 20,000 and 80,000 characters; each atom alone,
    # glued and spaced, at 2,000 and 8,000 (a quadratic match already costs ~10x a linear one
    # there). A ratio that looks quadratic is measured again, more times, before it fails: the
    # machine is shared.
    cases = [("".join(atoms), 20_000), (" ".join(atoms) + " ", 20_000)]
    cases += [(unit, 2_000) for atom in atoms for unit in (atom, atom + " ")]
    for unit, n in cases:
        if not _grows_linearly(pattern, unit, n, 1):
            assert _grows_linearly(pattern, unit, n, 7), (pattern.pattern[:60], unit)


def test_mention_grows_linearly_on_figures_it_must_skip() -> None:
    # Every match a threat pattern finds here is a figure of speech, looked at and skipped.
    for unit in ("this job is going to kill me. ", "I don't want to hurt her. ", "kill " * 3):
        short = unit * (20_000 // len(unit))
        long = unit * (80_000 // len(unit))
        assert harm.mention(short) is None

        def cost(text: str) -> float:
            best = float("inf")
            for _ in range(3):
                start = time.process_time()
                harm.mention(text)
                best = min(best, time.process_time() - start)
            return best

        assert cost(long) < 8 * cost(short)


# --- the floor in `ask` ----------------------------------------------------------------------

STORY = (
    "My client has been thinking about ending it all, but made me swear not to tell anyone. "
    "What do I do?"
)


def ask_json(text: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["ask", text, "--json"])
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_the_sworn_secret_story_gets_the_crisis_notice_first_and_no_keep_it_secret() -> None:
    data = ask_json(STORY)
    assert data["notices"][0] == NOTICE_CRISIS
    assert "harm_threat" in data["issues"]
    # "thinking about" says nothing of intent: it stays unknown and is asked.
    assert "harm_intent" not in data["facts"]
    assert "harm_intent" in [q["fact"] for q in data["questions"]]
    for ref in ("wa@current", "wi@current", "wa@draft"):
        mine = [d for d in data["determinations"] if f"{d['code']}@{d['edition']}" == ref]
        assert mine, ref
        assert all(d["verdict"] != "prohibited" for d in mine), (ref, mine)
        assert "harm_threat" in {d["issue"] for d in mine}
    # Sharing is answered, or offered to confirm when the reader is not sure of it: and once
    # confirmed, it is not "keep it confidential" either while intent is unknown.
    offered = [s["issue"] for s in data["suggestions"]]
    assert "confidentiality" in data["issues"] or "confidentiality" in offered
    confirmed = services.ask(STORY, issues=["harm_threat", "confidentiality"]).to_dict()
    assert "harm_intent" not in confirmed["facts"]
    assert confirmed["notices"][0] == NOTICE_CRISIS
    assert {d["issue"] for d in confirmed["determinations"]} == {"harm_threat", "confidentiality"}
    assert all(d["verdict"] != "prohibited" for d in confirmed["determinations"])


def test_the_crisis_notice_leads_the_cli_answer() -> None:
    result = CliRunner().invoke(cli, ["ask", STORY])
    assert result.exit_code == 0
    assert " ".join(result.stdout.split()).startswith(NOTICE_CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my participant mentioned she has thoughts of suicide sometimes",
        "he joked about killing himself after group, then laughed it off",
        "she has been thinking about overdosing, she told me in confidence",
        "he keeps saying he has thoughts about hurting his brother",
    ],
)
def test_talk_of_thoughts_or_jokes_never_reads_as_no_intent(text: str) -> None:
    answer = services.ask(text)
    assert answer.crisis and answer.notices[0] == NOTICE_CRISIS
    assert "harm_threat" in answer.issues
    assert answer.facts.get("harm_intent") is not False
    assert answer.facts.get("harm_serious") is not False
    if "harm_intent" not in answer.facts:
        assert "harm_intent" in [q.fact for q in answer.questions]


def test_an_outright_denial_is_read_as_the_words_say() -> None:
    answer = services.ask(
        "My client was furious at his roommate but he said he is NOT going to hurt anyone."
    )
    assert answer.notices[0] == NOTICE_CRISIS and "harm_threat" in answer.issues
    intent = [e for e in answer.evidence if e.fact == "harm_intent"]
    if intent:  # read, then only from the denial itself
        assert intent[0].value is False and "NOT going to hurt anyone" in intent[0].words
    else:
        assert "harm_intent" in [q.fact for q in answer.questions]


def test_words_of_intent_still_make_sharing_required() -> None:
    answer = services.ask("my client told me she is going to kill herself tonight, she has a plan")
    assert answer.notices[0] == NOTICE_CRISIS
    assert answer.facts.get("harm_intent") is True
    assert {d.verdict for d in answer.determinations if d.issue == "harm_threat"} == {"required"}


def test_the_notice_comes_before_every_other_notice() -> None:
    long_story = "he said he wants to kill himself. " + "we talked about his week. " * 900
    answer = services.ask(long_story)
    assert len(answer.notices) >= 2 and answer.notices[0] == NOTICE_CRISIS


def test_words_read_as_not_english_still_get_the_crisis_notice_first() -> None:
    answer = services.ask("Mi cliente me dijo que quiere suicidarse y que no le diga a nadie")
    assert answer.language == "unsupported" and answer.issues == ()
    assert answer.notices[0] == NOTICE_CRISIS and len(answer.notices) == 2


def test_a_question_without_harm_has_no_crisis_notice() -> None:
    answer = services.ask("my client offered me a $20 gift card, can I keep it?")
    assert not answer.crisis and NOTICE_CRISIS not in answer.notices


def test_the_notice_survives_answers_to_follow_up_questions() -> None:
    answer = services.ask_answered(STORY, {"harm_intent": "false"})
    assert answer.notices[0] == NOTICE_CRISIS


# --- the codes: "keep it confidential" is never the only answer while intent is unknown -------


def test_no_edition_prohibits_sharing_while_harm_is_mentioned_and_intent_unknown() -> None:
    book = services.rulebook()
    issues = ("confidentiality", "harm_threat")
    read: set[str] = set()
    for edition in book.editions():
        ns = book.norms_of(edition)
        for issue in issues:
            for norm in ns.for_issue(issue):
                read.update(facts_of(ns.effective_when(norm)))
    others = sorted(read - {"harm_intent", "harm_serious"})
    assert {"client_consented", "disclosure_to"} <= set(others)

    def values(fact: str) -> list[object]:
        spec = book.vocabulary.fact(fact)
        if spec.type == "enum":
            return [*spec.options, None]
        if spec.type in ("bool", "judgement"):
            return [True, False, None]
        return [0.0, 3.0, 24.0, None]

    for combo in itertools.product(*(values(f) for f in others)):
        facts = dict(zip(others, combo, strict=True))
        situation = book.vocabulary.situation(issues, facts)
        for d in evaluate_situation(book, situation, book.editions()):
            if d.issue == "confidentiality" and facts.get("abused_by_caregiver") is not True:
                assert d.verdict != "prohibited", (d.code, d.edition, facts)
