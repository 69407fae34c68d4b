"""Is the question in English? Only English is understood; anything else gets a note, no verdict.

A question is taken as English when enough of its words are common English words or words of
the domain. Short questions ("gift card?") pass: with fewer than four words there is too little
to judge, and nothing is lost by reading them.
"""

from __future__ import annotations

import re

from . import patterns as rx

_WORDS = rx.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

# Function words and frequent words of peer-support stories: enough to recognise English prose.
_ENGLISH = frozenset(
    """
    a about after again against all also am an and any are as ask asked at away back be because
    been before being but by can can't could couldn't did didn't do does doesn't don't done down
    even ever every for from get gets getting give given gives go going got had has hasn't have
    haven't he he's her here hers him his how i i'd i'll i'm i've if in into is isn't it it's
    its just know let like made make many may me might mine more most much must my myself need
    never no nor not now of off on once one only or other our out over own past please really
    said say says she she'd she's should shouldn't since so some still such take than that
    that's the their them then there these they they're thing think this those though through to
    told too up us very want wants was wasn't way we well went were what when where which while
    who whom why will with won't would wouldn't yes yet you you're your yourself client clients
    peer peers participant member person support supports specialist supervisor gift card money
    cash dollars bucks loan lend borrow date dating sex romantic relationship friend friends
    family sister brother mom dad mother father son daughter wife husband boyfriend girlfriend
    ex former services session sessions program agency staff team therapist doctor meds
    medication hurt kill suicide harm threat safe unsafe home visit facebook instagram text
    texts phone call calls number church meeting meetings recovery relapse drink drinking using
    sober okay ok yeah hey guy girl buy sell job work working hire house
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def is_english(text: str) -> bool:
    """True unless the text has enough words and too few of them are English."""
    words = [w.lower() for w in _WORDS.findall(text)]
    if not words:
        # Digits and symbols only: nothing to understand, but nothing foreign either.
        return True
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.5:
        return False
    if len(words) < 4:
        return True
    english = sum(1 for w in words if w in _ENGLISH)
    return english / len(words) >= 0.25
