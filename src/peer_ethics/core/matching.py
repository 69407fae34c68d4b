"""Matching two word lists: difflib's opcodes, in near-linear time on long texts.

difflib's `SequenceMatcher` gives the diffs every view shows, but its cost grows with the
product of the lengths, and worse on repetitive text (a 1,000-word paragraph of a few repeated
words took 5 s, 2,000 words 48 s). Lists that are short, or of moderate length without much
repetition (every provision and edition of the real codes: `_cheap`), are matched by difflib
itself, so their diffs are exactly what they were. Longer ones are first cut down:
the common prefix and suffix are equal; then words that occur exactly once on each side and in
the same order (patience diff: the longest increasing run of their positions) anchor the
matching, and each stretch between two anchors is matched the same way, down to difflib for
short stretches. A long stretch without any anchor is one replacement. Cost: O(n log n) for
the anchors at each of a few levels, plus difflib on stretches of at most `SMALL` words.
"""

from __future__ import annotations

import bisect
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]

SMALL = 120  # words per side always matched by difflib directly
MODERATE = 1000  # words per side matched by difflib when few words repeat (`_cheap`)
_DEPTH = 8  # levels of anchoring before a long anchorless stretch is one replacement


def opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """difflib-style opcodes (equal / replace / delete / insert) turning `a` into `b`."""
    if _cheap(a, b):
        return list(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    out: list[Opcode] = []
    _match(a, b, 0, len(a), 0, len(b), 0, out)
    return _merged(out)


def _cheap(a: list[str], b: list[str]) -> bool:
    """Whether difflib's cost is small: short lists, or moderate ones whose words pair up with
    few others (difflib's work grows with the number of equal pairs it has to weigh)."""
    if len(a) <= SMALL and len(b) <= SMALL:
        return True
    if len(a) > MODERATE or len(b) > MODERATE:
        return False
    count: dict[str, int] = {}
    for word in b:
        count[word] = count.get(word, 0) + 1
    return sum(count.get(word, 0) for word in a) <= 8 * (len(a) + len(b))


def _match(
    a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int, depth: int, out: list[Opcode]
) -> None:
    # common prefix and suffix
    start_a, start_b = i1, j1
    while i1 < i2 and j1 < j2 and a[i1] == b[j1]:
        i1, j1 = i1 + 1, j1 + 1
    if i1 > start_a:
        out.append(("equal", start_a, i1, start_b, j1))
    end_a, end_b = i2, j2
    while i2 > i1 and j2 > j1 and a[i2 - 1] == b[j2 - 1]:
        i2, j2 = i2 - 1, j2 - 1
    suffix = ("equal", i2, end_a, j2, end_b) if i2 < end_a else None
    _middle(a, b, i1, i2, j1, j2, depth, out)
    if suffix:
        out.append(suffix)


def _middle(
    a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int, depth: int, out: list[Opcode]
) -> None:
    if i1 == i2 and j1 == j2:
        return
    if i1 == i2:
        out.append(("insert", i1, i1, j1, j2))
        return
    if j1 == j2:
        out.append(("delete", i1, i2, j1, j1))
        return
    if i2 - i1 <= SMALL and j2 - j1 <= SMALL:
        for tag, x1, x2, y1, y2 in SequenceMatcher(
            None, a[i1:i2], b[j1:j2], autojunk=False
        ).get_opcodes():
            out.append((tag, i1 + x1, i1 + x2, j1 + y1, j1 + y2))
        return
    anchors = _anchors(a, b, i1, i2, j1, j2) if depth < _DEPTH else []
    if not anchors:
        out.append(("replace", i1, i2, j1, j2))
        return
    pa, pb = i1, j1
    for x, y in anchors:
        _match(a, b, pa, x, pb, y, depth + 1, out)
        out.append(("equal", x, x + 1, y, y + 1))
        pa, pb = x + 1, y + 1
    _match(a, b, pa, i2, pb, j2, depth + 1, out)


def _anchors(
    a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[int, int]]:
    """Words once in a[i1:i2] and once in b[j1:j2], longest run in the same order."""
    count_a: dict[str, int] = {}
    for word in a[i1:i2]:
        count_a[word] = count_a.get(word, 0) + 1
    count_b: dict[str, int] = {}
    where_b: dict[str, int] = {}
    for j in range(j1, j2):
        word = b[j]
        count_b[word] = count_b.get(word, 0) + 1
        where_b[word] = j
    pairs = [
        (i, where_b[a[i]]) for i in range(i1, i2) if count_a[a[i]] == 1 and count_b.get(a[i]) == 1
    ]
    return _increasing(pairs)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs whose second items increase (pairs sorted by the first)."""
    tails: list[int] = []  # smallest b-position ending a run of each length
    ends: list[int] = []  # index into pairs of that run's last pair
    back: list[int] = [-1] * len(pairs)
    for k, (_, y) in enumerate(pairs):
        at = bisect.bisect_left(tails, y)
        if at == len(tails):
            tails.append(y)
            ends.append(k)
        else:
            tails[at] = y
            ends[at] = k
        back[k] = ends[at - 1] if at else -1
    run: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        run.append(pairs[k])
        k = back[k]
    return run[::-1]


def _merged(ops: list[Opcode]) -> list[Opcode]:
    """Adjacent equal opcodes joined, and adjacent changes joined into one (a replace unless
    both are the same kind)."""
    out: list[Opcode] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out and (out[-1][0] == "equal") == (op[0] == "equal"):
            tag, i1, _, j1, _ = out[-1]
            joined = tag if tag == op[0] else "replace"
            out[-1] = (joined, i1, op[2], j1, op[4])
            continue
        out.append(op)
    return out
