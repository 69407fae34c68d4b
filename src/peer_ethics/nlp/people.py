"""Who the other person is, and how long ago services to a former client ended.

The person is the one the conduct is directed at. Possessives decide between the person served
and their family ("my client's sister"); the peer's own family, a former partner and a former
client each have their own phrasings. Words that name no one leave the fact unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .evidence import Evidence
from .numbers import durations
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
    r"|granny|stepbrother|stepsister|half-brother|half-sister)"
)
_PEOPLE = (
    r"(?:guys?|man|men|wom[ae]n|lady|ladies|girls?|boys?|person|people|gentleman|kids?|young "
    r"(?:man|woman)|fellas?|dudes?|individuals?|folks?|one|someone|teens?|vets?|veterans?)"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "client_family",
        re.compile(
            rf"\b{_SERVED}'?s'?\s(?:\w+\s)?{_FAMILY}\b|\b{_FAMILY}\sof\s(?:my|a|one of my|the|"
            rf"this|our)\s(?:former\s|old\s|ex-?)?{_SERVED}\b"
            rf"|\b(?:his|her|their)\s(?:mom|mother|dad|father|parents|sister|brother|wife|husband"
            rf"|family|son|daughter)\s(?:asked|wants|offered|called|invited|gave|told)\b",
            re.I,
        ),
    ),
    (
        "former_partner",
        re.compile(
            r"\bex-?(?:boyfriend|girlfriend|husband|wife|partner|fianc[ée]e?|bf|gf)\b"
            r"|\bmy ex\b(?!-)"
            r"|\b(?:former|old|first)\s(?:boyfriend|girlfriend|partner|flame|lover|fling)\b"
            r"|\b(?:i|we)\s(?:used to|once)\s(?:date|go out|hook up|sleep together|be together)"
            r"|\b(?:i|we)\s(?:dated|hooked up|slept together|were together|were a couple)"
            r"|\bsomeone i (?:dated|used to date|was with|hooked up with)\b|\bmy old flame\b"
            r"|\bmy (?:girlfriend|boyfriend|partner|wife|husband) (?:from|in|back in) (?:college|"
            r"high school|school|rehab|treatment|the past|years ago)\b",
            re.I,
        ),
    ),
    (
        "own_family",
        re.compile(
            rf"\bmy\s(?:own\s)?(?:little\s|big\s|older\s|younger\s|twin\s|step-?)?{_FAMILY}\b"
            rf"|\b(?:a|my)\s(?:family member|relative)\b|\bi(?:'m| am) related to\b",
            re.I,
        ),
    ),
    (
        "former_client",
        re.compile(
            rf"\b(?:former|old|ex-|ex|past|previous|prior)\s?{_SERVED}\b"
            rf"|\b(?:someone|somebody|a\s{_PEOPLE}|the\s{_PEOPLE}|{_PEOPLE})\s(?:who|that|whom)?\s?"
            rf"(?:i|we)\s(?:used to|once)\s(?:work with|support|serve|see|help|mentor)"
            rf"|\b(?:i|we)\s(?:used to|once)\s(?:work with|support|serve|see|help|mentor)\b"
            rf"|\bno longer (?:my|a|on my|in (?:our|the) program|working with)"
            rf"|\b(?:whose|(?:his|her|their)) (?:case|file|services?) (?:closed|ended|was closed)"
            rf"|\b(?:discharged|graduated|closed (?:his|her|their) case|stopped (?:seeing|working"
            rf" with|serving|supporting)|services? ended|(?:finished|ended|completed) (?:services|"
            rf"the program|peer support|working with)|(?:isn't|is not|aren't|wasn't) my client"
            rf" anymore|not my client anymore)\b"
            rf"|\b{_PEOPLE} i (?:supported|served|worked with|helped|mentored)\b"
            rf"|\bused to be (?:a |their |his |her |in my )?(?:peer|client|group)"
            rf"|\b(?:after|since|post)[- ]discharge\b|\bwrapped up\b|\bafter we (?:stopped|"
            rf"finished|ended)|\bonce (?:services|we) (?:end|ended|stopped)",
            re.I,
        ),
    ),
    (
        "current_client",
        re.compile(
            rf"\b{_SERVED}\b|\b(?:the\s|a\s|one of the\s|one of my\s|this\s)?{_PEOPLE}\s"
            rf"(?:who\s|that\s)?"
            rf"(?:i|we)(?:'m| am| are)?\s(?:work with|support|serve|serving|supporting|working"
            rf" with|mentor|mentoring|see|help|helping)\b|\bmy caseload\b|\bon my case ?load\b",
            re.I,
        ),
    ),
)
# Someone who is not the person served, nor family: a colleague, a stranger.
_OTHER = re.compile(
    r"\b(?:co-?worker|colleague|another peer (?:specialist|worker|support)|fellow peer|"
    r"a stranger|a neighbou?r|my friend|a friend of mine|staff member|my (?:own )?(?:sister|"
    r"brother|mom|mum|mother|dad|father|parents|wife|husband|partner|boyfriend|girlfriend|aunt|"
    r"uncle|cousin|grandma|grandpa|best friend|roommate))\b",
    re.I,
)
_WORKER = re.compile(
    r"\bpeers?\s(?:specialist|support|worker|mentor|coach|counsel|recovery|code|ethics|work|"
    r"certification|staff|role)|\bfellow peers?\b",
    re.I,
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
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them)\b", re.I)
_MY_PEOPLE = re.compile(
    r"\b(?:my guy|my gal|my lady|my folks|(?:one of )?my members|members? (?:at|of) (?:our|the) "
    r"(?:clubhouse|program|center|centre|drop-in))\b",
    re.I,
)


@lru_cache(maxsize=64)
def _found(text: str) -> dict[str, str]:
    """Every kind of person the text names, with the first words naming it."""
    found: dict[str, str] = {}
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if kind == "current_client":
                if _WORKER.match(text, m.start()):
                    continue  # "peer specialist" names the worker, not the person served
                if m.group(0).lower().startswith("member") and not _MY_PEOPLE.search(text):
                    continue
            found.setdefault(kind, m.group(0))
            break
    mine = _MY_PEOPLE.search(text)
    if mine:
        found.setdefault("current_client", mine.group(0))
    return found


def person(text: str, issues: tuple[str, ...] = ()) -> Evidence | None:
    """The other person, read with the issues at stake (see FAMILY_DIRECTED)."""
    found = _found(text)
    wanted = set(issues)

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
    for kind in ("former_client", "current_client", "former_partner", "own_family"):
        if kind in found:
            return ev(kind)
    other = _OTHER.search(text)
    if other:
        return Evidence("person", "other", other.group(0))
    pronoun = _PRONOUN.search(text)
    if pronoun and wanted:
        # A story about "him" or "her" and no one else named: peers tell stories about the
        # people they support; the pronoun is the words this is read from.
        return Evidence("person", "current_client", pronoun.group(0))
    return None


_ENDED = re.compile(
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
        if re.match(
            r"\s*(?:ago|back|since|after|out|later|now|have passed|has passed)\b", after, re.I
        ) or re.search(
            r"\b(?:it'?s been|it has been|been|for the (?:past|last)|in|over the last)\s*(?:about|"
            r"like|around|roughly|just|only|almost|over)?\s*$",
            before,
            re.I,
        ):
            if d.bound == "under":
                continue
            return Evidence("months_since_services_ended", d.months, d.words)
    return None


_NOT_SERVED = re.compile(
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
