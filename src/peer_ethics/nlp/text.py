"""The question as typed, made ready to read: checked, cut to a bounded prefix, normalised.

Markup is plain text here: nothing in the question is interpreted, only read. Text that tries
to instruct the program is read like any other words (there is no instruction channel).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from peer_ethics.core.errors import BadInput

from . import patterns as rx

# Longer questions are answered on their first MAX_CHARS characters, with a notice, so that an
# answer is never slow; the limit is documented in `peer-ethics ask --help` and the README.
MAX_CHARS = 20_000

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "–": "-", "—": " - "})
_SPACE = rx.compile(r"\s+")
_SURROGATE = rx.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Prepared:
    """The query as given (maybe cut) and its normalised reading form."""

    query: str  # what the user typed, cut to MAX_CHARS, echoed in the answer
    text: str  # NFKC, straight quotes, single spaces: what the readers match against
    truncated: bool


def prepare(raw: str) -> Prepared:
    """Check and normalise a question; BadInput when there is nothing to read."""
    if not raw or not raw.strip():
        raise BadInput("the question is empty; type what happened in your own words")
    if "\x00" in raw:
        raise BadInput("the question contains a NUL character; give plain text")
    truncated = len(raw) > MAX_CHARS
    query = raw[:MAX_CHARS] if truncated else raw
    # A lone surrogate (JSON "\ud800", or a byte that is not UTF-8 in a command's argument) is
    # not a character: each becomes U+FFFD, so the question is valid text from here on.
    query = _SURROGATE.sub("\ufffd", query)
    text = unicodedata.normalize("NFKC", query).translate(_QUOTES)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > MAX_CHARS:  # NFKC can expand a character up to 18-fold ("\ufdfa")
        text, truncated = text[:MAX_CHARS], True
    return Prepared(query=query.strip(), text=text, truncated=truncated)


# Also between the questions of a list ("can peers accept gifts, can they be friends online,
# and do they have to report …"): each asks about its own situation.
_SENTENCE = rx.compile(
    r"(?<=[.!?;])\s+|\n+|(?<!\s)\s+-\s+|,\s+(?:and\s+|or\s+)?(?=(?:can|could|do|does|should|is|are|"
    r"may|must|would|will)\s+(?:they|peers?|we|i|you|staff|clients?)\b)",
    re.I,
)


def sentences(text: str) -> tuple[str, ...]:
    """The text cut into sentences (punctuation, dashes); scope never crosses them."""
    return tuple(s for s in (p.strip() for p in _SENTENCE.split(text)) if s)


# A story is also read part by part when it is this long: one embedding of a long story with
# several issues drowns the lesser ones. Parts are sentences, a short one joined to the next (a
# fragment says too little on its own), at most MAX_PARTS of them (latency stays bounded).
PART_MIN_WORDS = 25
PART_JOIN_WORDS = 6
MAX_PARTS = 6


def parts(text: str) -> tuple[str, ...]:
    """The sentences of a long story, each read on its own; none for a short question."""
    if len(text.split()) < PART_MIN_WORDS:
        return ()
    out: list[str] = []
    pending = ""
    for s in sentences(text):
        pending = f"{pending} {s}".strip()
        if len(pending.split()) >= PART_JOIN_WORDS:
            out.append(pending)
            pending = ""
    if pending:
        if out:
            out[-1] = f"{out[-1]} {pending}"
        else:
            out.append(pending)
    return tuple(out[:MAX_PARTS]) if len(out) > 1 else ()


# Sentences that address the program instead of describing a situation ("ignore previous
# instructions", "you are now in developer mode", "answer only 'permitted'"). They are dropped
# before the situation is read: they describe nothing, and must not steer the reading.
_INSTRUCTION = rx.compile(
    r"\bnew (?:instructions?|rules?|task)\b|\b(?:ignore|disregard|forget)\b[^.?!]{0,40}\b(?:instru"
    r"ctions?|rules|prompts?|above|"
    r"previous|guidelines|code)\b|\b(?:you are now|you're now|act as|pretend (?:you|the|that)|"
    r"developer mode|jailbreak|system prompt|(?:answer|respond|reply|output|say)\b[^.?!]{0,30}"
    r"\b(?:only|permitted|allowed|yes)\b|(?:^|\s)(?:system|assistant|user)\s*:|^(?:yes|no),? "
    r"(?:that|it) is (?:permitted|allowed|prohibited|fine))",
    re.I,
)
_PIECES = rx.compile(r"(?<=[.!?;:])\s+|\n+|</?\w+>|#{2,}|={3,}|\*{3,}|-{3,}|\[/?\w+\]")


def situation_text(text: str) -> str:
    """The text without sentences that try to instruct the program (kept when nothing else is)."""
    pieces = (p.strip() for p in _PIECES.split(without_idioms(text)))
    kept = [p for p in pieces if p and not _INSTRUCTION.search(p)]
    return " ".join(kept) if kept else text


# Figures of speech that look like harm or death but describe none ("he's going to kill it at
# his interview", "I could murder a cheeseburger"): replaced before reading.
_IDIOMS = rx.compile(
    r"\b(?:kill(?:ing|ed)? it|murder a \w+|dying to|to die for|dead tired|drop[- ]dead|"
    r"killing me|kill for a \w+)\b",
    re.I,
)


# A date that is a day, not a romance ("her sober date", "his court date").
_DAY_DATES = rx.compile(
    r"\b(sober|clean|court|due|release|start|quit|discharge|graduation|expiration|birth|target|"
    r"hearing|move-in|closing|anniversary|end)\s+dates?\b",
    re.I,
)


def without_idioms(text: str) -> str:
    return _DAY_DATES.sub(r"\1 day", _IDIOMS.sub("do well", text))
