"""Word-level diffs and the change list of a draft: each change classified editorial or substantive.

`word_diff` is the one diff every view uses (difflib over whitespace-separated words, so
punctuation stays attached to its word). A change is one run of differing words in one provision.
It is *editorial* when a rule below says so, otherwise *substantive*:

- spelling: one word for one similar word (difflib ratio >= 0.75 or the same word apart from a
  hyphen), e.g. orientated -> oriented;
- terminology: a pair in `TERMINOLOGY` (person-first or client-centred wording);
- citation form: only citation words (RCW, WAC, chapter, section numbers) on either side;
- determiner: only determiners (the, those, …) on either side;
- punctuation or capitalisation: the same words once case and punctuation are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from .anomalies import DETERMINERS
from .matching import opcodes

DiffOp = Literal["equal", "delete", "insert"]

# deleted wording -> inserted wording, compared lower-case without punctuation
TERMINOLOGY: dict[str, str] = {
    "abuse": "use",  # "substance use disorder" (DSM-5)
    "individual": "client's",  # the code's term for the person served
    "peer's": "their",
    "issues": "challenges",
}
_CITATION_WORD = re.compile(r"^(rcw|wac|chapter|section|title|\d+[a-z]?([.-]\d+[a-z]?)*)$")
_LAW_NUMBER = re.compile(r"^\d+[a-z]?([.-]\d+[a-z]?)+$")


@dataclass(frozen=True)
class Change:
    """One run of differing words between the current and draft text of one provision.

    `op` is `replace`, `delete` or `insert` for a run inside a provision, and `added` /
    `deleted` for a provision present in one edition only.
    """

    provision: str
    op: str
    current_text: str
    draft_text: str
    kind: Literal["editorial", "substantive"]
    reason: str


def word_diff(a: str, b: str) -> list[tuple[DiffOp, str]]:
    """(op, text) runs turning `a` into `b`; joining the equal+delete texts with spaces gives
    `a`, joining the equal+insert texts gives `b` (both whitespace-normalised)."""
    wa, wb = a.split(), b.split()
    out: list[tuple[DiffOp, str]] = []

    def emit(op: DiffOp, words: list[str]) -> None:
        if not words:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + " " + " ".join(words))
        else:
            out.append((op, " ".join(words)))

    for item in _absorb_short_equals(_runs(wa, wb)):
        if isinstance(item, list):
            emit("equal", item)
        else:
            emit("delete", item[0])
            emit("insert", item[1])
    return out


_Run = list[str] | tuple[list[str], list[str]]  # equal words | (deleted, inserted) words


def _runs(wa: list[str], wb: list[str]) -> list[_Run]:
    runs: list[_Run] = []
    for tag, i1, i2, j1, j2 in opcodes(wa, wb):
        if tag == "equal":
            runs.append(wa[i1:i2])
        elif runs and isinstance(runs[-1], tuple):
            runs[-1][0].extend(wa[i1:i2])
            runs[-1][1].extend(wb[j1:j2])
        else:
            runs.append((wa[i1:i2], wb[j1:j2]))
    return runs


def _absorb_short_equals(runs: list[_Run]) -> list[_Run]:
    """Fold an equal run of one or two words into the changes around it when both are longer
    than it: difflib's chance matches ("be", "with") inside a rewritten sentence only make the
    change list harder to read."""
    if len(runs) > _FEW_RUNS:
        return _absorb_linear(runs)
    changed = True
    while changed:
        changed = False
        for k in range(1, len(runs) - 1):
            mid, left, right = runs[k], runs[k - 1], runs[k + 1]
            if not isinstance(mid, list) or isinstance(left, list) or isinstance(right, list):
                continue
            size = len(mid)
            if size <= 2 and min(len(left[0]) + len(left[1]), len(right[0]) + len(right[1])) > size:
                merged = (left[0] + mid + right[0], left[1] + mid + right[1])
                runs = [*runs[: k - 1], merged, *runs[k + 2 :]]
                changed = True
                break
    return runs


# Above this many runs (a huge imported paragraph), the fold is done in one pass with a stack
# (linear) instead of rescanning from the start after each fold (quadratic); every provision of
# the real codes has far fewer runs, so their change lists are exactly as before.
_FEW_RUNS = 200


def _absorb_linear(runs: list[_Run]) -> list[_Run]:
    out: list[_Run] = []
    for run in runs:
        out.append(run)
        while len(out) >= 3:
            left, mid, right = out[-3], out[-2], out[-1]
            if not isinstance(mid, list) or isinstance(left, list) or isinstance(right, list):
                break
            size = len(mid)
            if size > 2 or min(len(left[0]) + len(left[1]), len(right[0]) + len(right[1])) <= size:
                break
            left[0].extend(mid + right[0])  # in place: a long chain of folds stays linear
            left[1].extend(mid + right[1])
            del out[-2:]
    return out


def _bare(text: str) -> list[str]:
    return [w for w in (re.sub(r"[^\w'’.-]", "", t).strip(".").lower() for t in text.split()) if w]


def classify(current: str, draft: str) -> tuple[Literal["editorial", "substantive"], str]:
    """The kind of one change and the rule that decided it."""
    old, new = _bare(current), _bare(draft)
    if old == new:
        return "editorial", "punctuation or capitalisation only"
    if (old or new) and all(w in DETERMINERS for w in old + new):
        return "editorial", "determiner only"
    if len(old) == 1 and len(new) == 1:
        a, b = old[0], new[0]
        if TERMINOLOGY.get(a) == b:
            return "editorial", f"terminology: {a!r} -> {b!r}"
        if a.replace("-", "") == b.replace("-", "") or SequenceMatcher(None, a, b).ratio() >= 0.75:
            return "editorial", f"spelling: {a!r} -> {b!r}"
    if " ".join(old) in TERMINOLOGY and TERMINOLOGY[" ".join(old)] == " ".join(new):
        return "editorial", f"terminology: {' '.join(old)!r} -> {' '.join(new)!r}"
    words = old + new
    law = {"rcw", "wac"} & set(words) or any(_LAW_NUMBER.match(w) for w in words)
    if words and law and all(_CITATION_WORD.match(w) for w in words):
        return "editorial", "citation form: the same law cited in another form"
    return "substantive", "wording changes what the provision says"


def changes(provision: str, current: str | None, draft: str | None) -> list[Change]:
    """The change list of one provision; None means the provision is absent from that edition."""
    if current is None and draft is None:
        return []
    if current is None:
        assert draft is not None
        return [Change(provision, "added", "", draft, "substantive", "provision added")]
    if draft is None:
        return [Change(provision, "deleted", current, "", "substantive", "provision deleted")]
    out: list[Change] = []
    pending: dict[str, str] = {}

    def close() -> None:
        if not pending:
            return
        old, new = pending.get("delete", ""), pending.get("insert", "")
        op = "replace" if old and new else ("delete" if old else "insert")
        kind, reason = classify(old, new)
        out.append(Change(provision, op, old, new, kind, reason))
        pending.clear()

    for op, text in word_diff(current, draft):
        if op == "equal":
            close()
        else:
            pending[op] = text
    close()
    return out


@dataclass(frozen=True)
class ProvisionDiff:
    """The word diff of one provision between two editions (or of two whole editions)."""

    label: str  # the provision id, or `A -> B` for editions of different codes
    status: Literal["unchanged", "changed", "added", "deleted"]
    ops: tuple[tuple[DiffOp, str], ...]


def edition_diff(
    a: tuple[tuple[str, str], ...], b: tuple[tuple[str, str], ...]
) -> tuple[ProvisionDiff, ...]:
    """Diff two editions given as (provision id, text) pairs: same ids are compared; an id in
    one edition only is added or deleted. Order: `a`'s order, then ids new in `b`."""
    old, new = dict(a), dict(b)
    order = [pid for pid, _ in a] + [pid for pid, _ in b if pid not in old]
    out = []
    for pid in order:
        if pid not in new:
            out.append(ProvisionDiff(pid, "deleted", (("delete", old[pid]),)))
        elif pid not in old:
            out.append(ProvisionDiff(pid, "added", (("insert", new[pid]),)))
        else:
            ops = tuple(word_diff(old[pid], new[pid]))
            status: Literal["unchanged", "changed"] = (
                "unchanged" if all(op == "equal" for op, _ in ops) else "changed"
            )
            out.append(ProvisionDiff(pid, status, ops))
    return tuple(out)
