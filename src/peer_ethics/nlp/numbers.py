"""Numbers people write in stories: money ("a fifty", "$20", "twenty bucks") and durations.

Each finder returns the value and the words it came from, so that every extracted fact can be
traced to the user's own text. A phrase that does not fix a number ("last spring", "a while
ago") yields nothing: the fact stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import patterns as rx

_UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "couple": 2, "few": 3,
}  # fmt: skip
_W = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand)"
)
# Every repetition below is bounded or anchored so that no pattern reads a run of digits,
# commas or number words more than a fixed number of times: matching stays linear in the text
# (tests/hostile/test_expensive_shapes.py proves it for every reader pattern).
# "1,200", "1200", "1,000,000": digits, then at most four groups of three after commas
_DIGITS = r"\d+(?:,\d{3}){0,4}"
# "1,200", "twenty-five", "a hundred", "one hundred and fifty" (at most six number words)
_NUM = rf"(?:{_DIGITS}(?:\.\d+)?|(?:an?\s)?{_W}(?:(?:[- ]|\sand\s){_W}){{0,5}})"


@dataclass(frozen=True)
class Found:
    """A number found in the text and the exact words it was read from."""

    value: float
    words: str
    start: int


def word_number(words: str) -> float | None:
    """'twenty-five' -> 25, '1,200' -> 1200, 'a hundred' -> 100, 'two hundred' -> 200."""
    w = words.lower().strip()
    digits = w.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        pass
    total = 0.0
    current = 0.0
    seen = False
    parts = re.split(r"[- ]+", w)
    for i, part in enumerate(parts):
        if part in ("and", "of"):
            continue
        if part in ("a", "an") and parts[i + 1 : i + 2] not in (["hundred"], ["thousand"]):
            continue  # "a twenty" is twenty; only "a hundred" multiplies
        if part not in _UNITS:
            return None
        n = _UNITS[part]
        seen = True
        if n in (100, 1000):
            current = (current or 1) * n
            if n == 1000:
                total += current
                current = 0
        else:
            current += n
    return total + current if seen else None


# --- money ------------------------------------------------------------------------------------

_MONEY_PATTERNS = (
    # $20, $ 1,000, $20.50, 20$
    rx.compile(rf"\$\s?({_DIGITS}(?:\.\d{{1,2}})?)(\s?(?:k|grand)\b)?"),
    rx.compile(rf"\b({_DIGITS}(?:\.\d{{1,2}})?)\s?\$"),
    # 20 dollars, twenty bucks, fifty dollar gift card, a hundred-dollar bill
    rx.compile(rf"\b({_NUM})[- ]?(?:dollars?|bucks?|usd|quid)\b"),
    # a fiver, a tenner, a grand, a hundo
    rx.compile(r"\b(?:a|one)\s(fiver|tenner|grand|hundo|hunnid)\b"),
    # "handed me a fifty", "slipped me a twenty": a bill named by its value alone
    rx.compile(
        r"\b(?:a|one|another)\s(five|ten|twenty|fifty|hundred)(?:[- ]dollar)?"
        r"(?=\s?(?:bill|note)\b|[\s,.!?;:)]*$|[,.!?;:)]|\s(?:and|to|for|from|as|on|in|but|so|back"
        r"|after|when|because|which|that|yesterday|today|or|at|once|last|every|each|tip)\b)",
    ),
    # two twenties, a couple of fifties: bills counted
    rx.compile(
        r"\b((?:two|three|four|five|six|a couple of|a few|\d+) (?:fives|tens|twenties|fifties"
        r"|hundreds))\b",
    ),
    # "like 40 here 40 there": sums handed over a bit at a time
    rx.compile(rf"\b({_DIGITS}) here,? (?:and )?(?:\$\s?)?{_DIGITS} there\b"),
    # "throw in forty of my own", "chip in 25 towards": a share put into a collection
    rx.compile(
        rf"\b(?:throw|threw|throwing|chip|chipped|chipping|pitch|pitched|kick|kicked) in "
        rf"(?:like |about |around )?({_NUM})\b(?!\s?(?:%|percent|minutes?|hours?|days?|weeks?|"
        rf"months?|years?|people|more|of (?:them|us|those|these)\b))",
    ),
    # a dollar, one buck, a quid: a single unit named by its word
    rx.compile(r"\b(a|one)\s(?:single\s)?(?:dollar|buck|quid)\b(?![- ](?:store|bill|menu))"),
    # "float me 300", "asked for 60", "lend him like 50", "owes me 200": a bare figure that is
    # what a lending or paying verb hands over (not "300 times", "give me 5 minutes")
    rx.compile(
        r"\b(?:float|lend|loan|spot|front|sub|borrow|owes?|owed|bung|send|sent|venmo|zelle"
        r"|cash ?app"
        r"|paypal|pay|paid|give|gave|ask(?:ed|s|ing)? (?:me )?for|need(?:s|ed)?|want(?:s|ed)?)"
        r"\s(?:(?:me|him|her|them|us|you|back|like|about|around|roughly|maybe|another|an? extra)\s)"
        rf"{{0,2}}({_DIGITS}(?:\.\d{{1,2}})?)\b(?!\s?(?:%|percent|am\b|pm\b|times?|minutes?|mins?|"
        r"hours?|hrs?|days?|weeks?|months?|years?|yrs?|nights?|sessions?|pills?|tabs?|people|"
        r"clients?|o'?clock|mg|miles?|points?|calls?|texts?|messages?|st|nd|rd|th|[:.]\d))",
    ),
    # 50 cents
    rx.compile(rf"\b({_NUM})\s?cents?\b"),
)
_BARE = len(_MONEY_PATTERNS) - 2  # the pattern of a bare figure handed over
_SLANG = {
    "fiver": 5.0,
    "tenner": 10.0,
    "grand": 1000.0,
    "hundo": 100.0,
    "hunnid": 100.0,
    "a": 1.0,
    "one": 1.0,
}
_BILLS = {"fives": 5.0, "tens": 10.0, "twenties": 20.0, "fifties": 50.0, "hundreds": 100.0}


def _bills(words: str) -> float | None:
    """'two twenties' -> 40."""
    count, _, bill = words.rpartition(" ")
    if bill not in _BILLS:
        return None
    n = {"a couple of": 2.0, "a few": 3.0}.get(count) or word_number(count)
    return None if n is None else n * _BILLS[bill]


@lru_cache(maxsize=64)
def lowered(text: str) -> str:
    """The text in lower case, letter for letter: offsets in it are offsets in the text (a
    letter whose lower case is longer, as 'İ', is kept as it is). Patterns searched in it are
    lower case and compiled without re.I, which is several times faster."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=64)  # several readers ask for the sums of the same text
def money(text: str) -> tuple[Found, ...]:
    """Every sum of money written in the text, in dollars, in order of appearance."""
    found: dict[int, Found] = {}
    low = lowered(text)
    taken = bytearray(len(text) + 1)  # characters already read as part of a sum (linear time)
    for index, pattern in enumerate(_MONEY_PATTERNS):
        for m in pattern.finditer(low):
            # a bare figure is placed where the figure is, after the verb that hands it over
            start = m.start(1) if index == _BARE else m.start()
            if taken[start]:
                continue
            raw = m.group(1).lower()
            value = _SLANG.get(raw) or _bills(raw)
            if value is None:
                value = word_number(raw)
            if value is None:
                continue
            if index == 0 and m.group(2):
                value *= 1000
            if index == len(_MONEY_PATTERNS) - 1:
                value /= 100
            found[start] = Found(value, text[m.start() : m.end()].strip(), start)
            taken[start : m.end()] = b"\x01" * (m.end() - start)
    return tuple(found[k] for k in sorted(found))


# --- durations --------------------------------------------------------------------------------

_MONTHS_PER = {"day": 1 / 30, "week": 12 / 52, "month": 1.0, "year": 12.0}
_FUZZY = (
    (rx.compile(r"\b(?:a\s)?year and a half\b", re.I), 18.0),
    (rx.compile(r"\b(?:two|2) and a half years\b", re.I), 30.0),
    (rx.compile(r"\b(?:three|3) and a half years\b", re.I), 42.0),
    (rx.compile(r"\bhalf a year\b", re.I), 6.0),
    (rx.compile(r"\b(?:a\s)?month and a half\b", re.I), 1.5),
    (rx.compile(r"\bhalf a month\b", re.I), 0.5),
)
_UPPER = ("less than", "under", "not even", "almost", "nearly")
_LOWER = ("over", "more than", "at least")
_FEW = {"a couple of": 2.0, "a couple": 2.0, "a few": 3.0, "a": 1.0, "an": 1.0}
_DURATION = rx.compile(
    rf"\b(?P<mod>(?:just\s)?(?:over|more than|almost|nearly|about|around|roughly|less than|under"
    rf"|at least|only|barely|a little over|a bit over|not even)\s)?"
    rf"(?P<n>a couple of|a couple|a few|several|{_NUM}|a|an)\s(?P<unit>day|week|month|year)s?\b",
    re.I,
)


# "a year and two months", "2 years, 3 months": one duration, summed
_COMPOUND = rx.compile(
    rf"\b(?P<y>a couple of|a couple|a few|{_NUM}|a|an)\syears?,?\s(?:and\s)?"
    rf"(?P<m>a couple of|a couple|a few|{_NUM}|a|an)\smonths?\b",
    re.I,
)
# "ended last month", "last week": one unit back ("last year" and "last spring" fix no figure)
_LAST = rx.compile(r"\blast\s(month|week)\b", re.I)


def _count(words: str) -> float | None:
    w = words.lower()
    return _FEW.get(w) or word_number(w)


@dataclass(frozen=True)
class Duration:
    """A duration in months, the words it came from, and what follows it ("ago", "since" …)."""

    months: float
    words: str
    start: int
    end: int
    # "over a year" is labelled with the figure given (12); "less than a year" fixes no figure.
    bound: str = ""  # "" | "over" | "under"


@lru_cache(maxsize=64)
def durations(text: str) -> tuple[Duration, ...]:
    """Every duration written in the text, converted to months (rounded to 0.1)."""
    out: list[Duration] = []
    taken: list[tuple[int, int]] = []
    for pattern, months in _FUZZY:
        for m in pattern.finditer(text):
            out.append(Duration(months, m.group(0), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _COMPOUND.finditer(text):
        years = _count(m.group("y"))
        months_n = _count(m.group("m"))
        if years is None or months_n is None:
            continue
        out.append(Duration(round(years * 12 + months_n, 1), m.group(0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _LAST.finditer(text):
        months = round(_MONTHS_PER[m.group(1).lower()], 1)
        out.append(Duration(months, m.group(0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _DURATION.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            continue
        n_words = m.group("n").lower()
        if n_words == "several":
            continue  # "several" does not fix a number; the fact stays unknown
        n = _FEW.get(n_words) or word_number(n_words)
        if n is None:
            continue
        months = n * _MONTHS_PER[m.group("unit").lower()]
        mod = (m.group("mod") or "").strip().lower()
        bound = "under" if mod.endswith(_UPPER) else "over" if mod.endswith(_LOWER) else ""
        out.append(Duration(round(months, 1), m.group(0), m.start(), m.end(), bound))
    return tuple(sorted(out, key=lambda d: d.start))
