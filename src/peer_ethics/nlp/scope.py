"""Negation scope: does a negation govern the words found at a position of the text?

Scope runs from the cue to the end of its clause (a comma, "but", "and then" or sentence end),
the way "I did NOT take it, but …" negates "take it" and nothing after the "but".
"""

from __future__ import annotations

import re

from . import patterns as rx

NEGATION = rx.compile(
    r"\b(?:not|never|no|none|nothing|neither|nor|without|n't|refused|refuse|declined|decline"
    r"|denied|denies|deny|hasn't|haven't|hadn't|didn't|doesn't|don't|won't|wouldn't|isn't"
    r"|wasn't|aren't|weren't|can't|cannot|couldn't|shouldn't|nobody|no one|ain't|aint|dont|didnt"
    r"|doesnt|wont|havent|hasnt|isnt|wasnt|cant|couldnt|shouldnt)\b|n't\b",
    re.I,
)
_CLAUSE_END = rx.compile(r"[,.;:!?()\"]|\b(?:but|though|although|however|yet|and then|so)\b", re.I)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts."""
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, pos):
        start = m.end()
    return start


def negated(text: str, pos: int, window: int = 6) -> bool:
    """True when a negation cue stands in the same clause, at most `window` words before `pos`."""
    start = clause_start(text, pos)
    before = text[start:pos]
    words = before.split()
    near = " ".join(words[-window:])
    return NEGATION.search(near) is not None
