"""Who the other person is, and how long ago services to a former client ended.

The person is the one the conduct is directed at. Possessives decide between the person served
and their family ("my client's sister"); the peer's own family, a former partner and a former
client each have their own phrasings. Words that name no one leave the fact unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as rx
from .evidence import Evidence
from .numbers import durations, lowered
from .scope import negated

_SERVED = (
    r"(?:client|clent|cleint|cliant|peer|participant|consumer|member|patient"
    r"|service (?:user|recipient)|mentee|resident|guest)s?"
)
_FAMILY = (
    r"(?:mom|mum|mother|dad|father|parents?|sister|brother|sibling|son|daughter|kids?|child"
    r"|children|wife|husband|spouse|partner|boyfriend|girlfriend|fianc[ée]e?|aunt|uncle|cousin|cuz"
    r"|niece|nephew|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|family"
    r"|relatives?|stepmom|stepdad|stepson|stepdaughter|in-laws?|mother-in-law|father-in-law"
    r"|sister-in-law|brother-in-law|roommate|caregiver|guardian|auntie|aunty|nan|nana|gran"
    r"|granny|stepbrother|stepsister|half-brother|half-sister|stepfather|stepmother|stepchild"
    r"|stepkids?|step-?parents?|mam|mammy|ma|mama|momma|mommy|papa|pops|grandad|granddad|grand-dad"
    r"|gramps|grammy"
    r"|nanna|grandkids?|grandchild(?:ren)?|twin|sis|bro)"
)
# "my husband's best mate", "my sister's boyfriend": the person named is the one possessed.
_NOT_KIN_AFTER = (
    r"(?!'?s?\s(?:best\s|old\s|close\s|new\s)?(?:friend|mate|buddy|pal|coworker|co-worker"
    r"|colleague|boss|neighbou?r|ex|girlfriend|boyfriend|roommate|classmate|teammate|workmate"
    r"|partner|fianc[ée]e?)s?\b)"
)
_PEOPLE = (
    r"(?:guys?|man|men|wom[ae]n|lady|ladies|girls?|boys?|person|people|gentleman|kids?|young "
    r"(?:man|woman)|fellas?|dudes?|individuals?|folks?|one|someone|teens?|vets?|veterans?)"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "client_family",
        rx.compile(
            rf"\b{_SERVED}'?s'?\s(?:\w+\s)?{_FAMILY}\b|\b{_FAMILY}\sof\s(?:my|a|one of my|the|"
            rf"this|our)\s(?:former\s|old\s|ex-?)?{_SERVED}\b"
            # "the sister of a man I support", "the mother of someone we serve"
            rf"|\b{_FAMILY}\sof\s(?:a|the|this|one|someone|somebody)\s(?:{_PEOPLE}\s)?(?:i|we)\s"
            r"(?:support|serve|work with|see|help|mentor)\b"
            rf"|\b(?:his|her|their)\s(?:mom|mother|dad|father|parents|sister|brother|wife|husband"
            rf"|family|son|daughter)\s(?:asked|wants|offered|called|invited|gave|told)\b",
        ),
    ),
    (
        "former_partner",
        rx.compile(
            r"\bex-?(?:boyfriend|girlfriend|husband|wife|partner|fianc[ée]e?|bf|gf)\b"
            r"|\bmy ex\b(?!-)"
            r"|\b(?:former|old|first)\s(?:boyfriend|girlfriend|partner|flame|lover|fling)\b"
            r"|\b(?:i|we)\s(?:used to|once)\s(?:date|go out|hook up|sleep together|be together)"
            r"|\b(?:i|we)\s(?:only\s|briefly\s|just\s|kinda\s)?(?:dated|hooked up|slept together"
            r"|were together|were a couple)"
            # "a guy i used to mess around with", "someone she had a fling with", "ex on my list"
            r"|\b(?:used to |once )?(?:mess|messed|fool|fooled) around with\b"
            r"|\b(?:had|have) a (?:fling|thing|hookup|hook-up) with\b"
            r"|\b(?:someone|somebody) (?:she|he|they) (?:dated|used to date|went out with"
            r"|hooked up with)\b|(?:^|\b(?:an|my) )ex (?:is |just )?(?:on|in|joined) my\b"
            r"|\bsomeone i (?:dated|used to date|was with|hooked up with)\b|\bmy old flame\b"
            # told of the peer in the third person: "a participant she dated in high school"
            rf"|\b{_SERVED}\s(?:(?:she|he|they|i)\s)(?:once\s|briefly\s)?(?:dated|used to date"
            r"|went out with|used to go out with|hooked up with|had a (?:fling|thing) with"
            r"|was engaged to|was"
            r" married to)\b"
            + r"|\b(?:(?:she|he|they|i)\s)(?:once\s)?(?:dated|used to date|went out with|was with|"
            r"hooked up with)\s(?:him|her|them)\s(?:briefly\s)?(?:in|back in|years ago|before)\b"
            r"|\bmy (?:girlfriend|boyfriend|partner|wife|husband) (?:from|in|back in) (?:college|"
            r"high school|school|rehab|treatment|the past|years ago)\b",
        ),
    ),
    (
        "own_family",
        rx.compile(
            rf"\bmy\s(?:own\s)?(?:little\s|big\s|older\s|younger\s|twin\s|step-?)?{_FAMILY}"
            rf"(?:'?s)?\b{_NOT_KIN_AFTER}(?!\s(?:support\s)?(?:groups?|class(?:es)?|program)\b)"
            rf"|\b(?:a|my)\s(?:family member|relative)\b|\bi(?:'m| am) related to\b"
            # exam style: "a peer specialist … their own sibling", "a relative of hers"
            rf"|\b(?:their|his|her)\sown\s(?:\w+\s)?{_FAMILY}s?\b"
            rf"|\b(?:a\s)?(?:relative|family member)\sof\s(?:mine|hers|his|theirs)\b"
            # told of a worker: "a peer specialist's sister", "our peer specialists' stepson",
            # "may a peer provide services to her cousin"
            rf"|\bpeer\s(?:specialist|worker|supporter|mentor)s?'?s?\s(?:own\s)?{_FAMILY}s?\b"
            rf"|\bservices?\sto\s(?:her|his|their)\s(?:own\s)?{_FAMILY}\b",
        ),
    ),
    (
        "former_client",
        rx.compile(
            rf"\b(?:former|old|ex-|ex|past|previous|prior)\s?{_SERVED}\b"
            rf"|\b(?:someone|somebody|a\s{_PEOPLE}|the\s{_PEOPLE}|{_PEOPLE})\s(?:who|that|whom)?\s?"
            rf"(?:i|we)\s(?:used to|once)\s(?:work with|support|serve|see|help|mentor)"
            rf"|\b(?:i|we)\s(?:used to|once)\s(?:work with|support|serve|see|help|mentor)\b"
            rf"|\bno longer (?:my|a|on my|in (?:our|the) program|working with)"
            rf"|\b(?:whose|(?:his|her|their)) (?:case|file|services?) (?:closed|ended|was closed)"
            rf"|\bservices?\s(?:with\s\w+\s)?(?:ended|closed|stopped|finished|wrapped up)\b"
            rf"|\b(?:discharged|graduated|closed (?:his|her|their) case|stopped (?:seeing|working"
            rf" with|serving|supporting)|services? ended|(?:finished|ended|completed) (?:services|"
            rf"the program|peer support|working with)|(?:isn't|is not|aren't|wasn't) my client"
            rf" anymore|not my client anymore)\b"
            rf"|\b{_PEOPLE} i (?:supported|served|worked with|helped|mentored)\b"
            rf"|\bused to be (?:a |their |his |her |in my )?(?:peer|client|group)"
            rf"|\b(?:finished|done|graduated)\s(?:with\s)?(?:our|the|my)\s(?:program|programme"
            rf"|services|group)\b"
            rf"|\b(?:after|since|post)[- ]discharge\b|\bwrapped up\b|\bafter we (?:stopped|"
            rf"finished|ended)|\bonce (?:services|we) (?:end|ended|stopped)",
        ),
    ),
    (
        "current_client",
        rx.compile(
            rf"\b{_SERVED}\b|\b(?:the\s|a\s|one of the\s|one of my\s|this\s)?{_PEOPLE}\s"
            rf"(?:who\s|that\s)?"
            rf"(?:i|we)(?:'m| am| are)?\s(?:work with|support|serve|serving|supporting|working"
            rf" with|mentor|mentoring|see|help|helping)\b|\bmy caseload\b|\bon my case ?load\b"
            # "one of the guys in my group", "just started coming to my group"
            rf"|\b(?:{_PEOPLE}|moms?|dads?|parents|mothers|fathers|families)\s(?:in|from|at)\s"
            rf"(?:my|our)\s(?:parent\s|support\s|family\s)?(?:group|program|programme|caseload"
            rf"|sessions?|drop-in|clubhouse)\b"
            rf"|\b(?:coming to|come to|comes to|joined|joins|attends?|attending|signed up for|"
            rf"referred to|assigned to)\s(?:my|our)\s(?:group|program|programme|caseload|"
            rf"sessions?|drop-in|clubhouse)\b",
        ),
    ),
)
# Someone who is not the person served, nor family: a colleague, a stranger.
_OTHER = rx.compile(
    r"\b(?:co-?worker|colleague|another peer (?:specialist|worker|support)|fellow peer|"
    r"a stranger|a neighbou?r|my friend|a friend of mine|staff member|my (?:own )?(?:sister|"
    r"brother|mom|mum|mother|dad|father|parents|wife|husband|partner|boyfriend|girlfriend|aunt|"
    r"uncle|cousin|grandma|grandpa|best friend|roommate))\b",
    re.I,
)
_WORKER = rx.compile(
    r"\bpeers?\s(?:specialist|support|worker|mentor|coach|counsel|recovery|code|ethics|work|"
    r"certification|staff|role)|\bfellow peers?\b",
)


# Issues whose conduct is directed at the person named, so that "my client's sister asked me
# out" is about the sister. For the others (sharing information, harm, abuse by a caregiver …)
# the conduct concerns the person served even when a relative is the one who calls or acts.
FAMILY_DIRECTED = frozenset(
    (
        "accept_gift",
        "give_gift",
        "lend_borrow",
        "financial_gain",
        "sexual_relationship",
        "dual_relationship",
    )
)
_PRONOUN = rx.compile(r"\b(?:he|she|him|his|her|hers|they|them)\b", re.I)
_MY_PEOPLE = rx.compile(
    r"\b(?:my guy|my gal|my lady|my folks|(?:one of )?my members?|members? (?:at|of) (?:our|the) "
    r"(?:clubhouse|program|center|centre|drop-in)|(?:our|the) (?:program|clubhouse|group|center"
    r"|centre|drop-in)\s(?:\w+\s){0,2}members)\b",
)


@lru_cache(maxsize=64)
def _found(text: str) -> dict[str, str]:
    """Every kind of person the text names, with the first words naming it."""
    found: dict[str, str] = {}
    low = lowered(text)  # the patterns are lower case; offsets are the text's own
    mine = _MY_PEOPLE.search(low)
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(low):
            if kind == "current_client":
                if _WORKER.match(low, m.start()):
                    continue  # "peer specialist" names the worker, not the person served
                if m.group(0).startswith("member") and not mine:
                    continue
            found.setdefault(kind, text[m.start() : m.end()])
            break
    if mine:
        found.setdefault("current_client", text[mine.start() : mine.end()])
    return found


# A relative asking about the worker who serves their family member ("my son's peer
# specialist keeps telling him …"): the person at stake is the one served.
_SERVED_BY_ANOTHER = rx.compile(
    rf"\bmy\s{_FAMILY}'?s\s(?:peer|case|support|recovery|mental health)\s?(?:mentor|specialist|"
    rf"worker|supporter|coach|manager|navigator|support worker)\b",
)


def person(text: str, issues: tuple[str, ...] = ()) -> Evidence | None:
    """The other person, read with the issues at stake (see FAMILY_DIRECTED)."""
    found = _found(text)
    wanted = set(issues)
    served_elsewhere = _SERVED_BY_ANOTHER.search(lowered(text))
    if served_elsewhere and "serve_family_member" not in wanted:
        words = text[served_elsewhere.start() : served_elsewhere.end()]
        return Evidence("person", "current_client", words)

    def ev(kind: str, words_of: str | None = None) -> Evidence:
        return Evidence("person", kind, found[words_of or kind])

    if "former_partner" in found and ("serve_former_partner" in wanted or not wanted):
        return ev("former_partner")
    if "own_family" in found and ("serve_family_member" in wanted or not wanted):
        return ev("own_family")
    if "client_family" in found:
        if wanted & FAMILY_DIRECTED or not wanted:
            return ev("client_family")
        return Evidence("person", "current_client", found["client_family"])
    for kind in ("former_client", "current_client", "former_partner"):
        if kind in found:
            return ev(kind)
    pronoun = _PRONOUN.search(text)
    if "own_family" in found:
        if pronoun and wanted and "serve_family_member" not in wanted:
            # "her kid has the diagnosis my son had": the peer's relative is told in passing;
            # the story is about the one "she" is.
            return Evidence("person", "current_client", pronoun.group(0))
        return ev("own_family")
    other = _OTHER.search(text)
    if other:
        return Evidence("person", "other", other.group(0))
    if pronoun and wanted:
        # A story about "him" or "her" and no one else named: peers tell stories about the
        # people they support; the pronoun is the words this is read from.
        return Evidence("person", "current_client", pronoun.group(0))
    return None


_ENDED = rx.compile(
    r"\b(?:ago|since|back)\b|\b(?:after|before)\s(?:services|we stopped|discharge|"
    r"(?:our|my|the) (?:services|work|sessions))\b",
    re.I,
)


def months_since_services_ended(text: str) -> Evidence | None:
    """A duration in the text that says how long ago services ended ("8 months ago")."""
    for d in durations(text):
        after = text[d.end : d.end + 40]
        before = text[max(0, d.start - 40) : d.start]
        if negated(text, d.start, window=3):
            continue
        if (
            re.match(
                r"\s*(?:ago|back|since|after|out|later|now|have passed|has passed|prior|previously"
                r"|before now|gone by|went by)\b",
                after,
                re.I,
            )
            or re.search(
                r"\b(?:ended|closed|finished|stopped|wrapped up|discharged)\s*$", before, re.I
            )
            or re.search(
                r"\b(?:it'?s been|it has been|been|for the (?:past|last)|in"
                r"|over the last)\s*(?:about|"
                r"like|around|roughly|just|only|almost|over)?\s*$",
                before,
                re.I,
            )
        ):
            if d.bound == "under":
                continue
            return Evidence("months_since_services_ended", d.months, d.words)
    return None


_NOT_SERVED = rx.compile(
    r"\bnot (?:connected|related) to (?:my )?work\b|\bnothing to do with (?:my )?work\b|"
    r"\b(?:she|he|they)(?:'s| is| are) not (?:a|my|one of my) (?:client|peer|participant)s?\b|"
    r"\bnot a client\b|\b(?:both|two) peer specialists\b|\bmet (?:her|him|them)? ?on (?:hinge|"
    r"tinder|bumble|an app)\b",
    re.I,
)


def names_only_others(text: str) -> bool:
    """True when the text is about a colleague, friend or stranger and names no one served."""
    served = {"current_client", "former_client", "client_family"}
    # "she is not a client" names no one served, though it says "client".
    if served & set(_found(_NOT_SERVED.sub(" ", text))):
        return False
    return bool(_NOT_SERVED.search(text) or _OTHER.search(text))
