"""Anomalies: places where a redline's markup is probably incomplete, found by rule.

Each rule looks only at the shape of the markup and small closed word classes (determiners,
pronouns, prepositions, conjunctions, auxiliaries); nothing here knows a particular document.

- `unmarked_case_change`: a lower-case letter followed by the same letter in upper case inside a
  word (`nNever`): an unmarked insertion ran into a capitalised word.
- `deletion_inside_word`: an unpaired deletion that is a word fragment — it touches word
  characters with no space, or repeats the end of the previous word / start of the next.
- `unmarked_replacement`: an unpaired deletion followed by unmarked text that reads as its
  replacement: two determiners (`~~those~~ the`), two content words (`~~accept~~ exchange`,
  `~~force~~ directly or indirectly impose`), or deleted sentences followed by sentences sharing
  two or more of their content words. Not flagged: a deletion re-inserted nearby (a move), a
  deleted function word or possessive, a deletion followed by a function word.
- `likely_typo`: an unpaired deleted word one letter away from a coordinating conjunction, whose
  removal leaves two noun phrases side by side (`clients ~~for~~ the family members`: read "or").
- `stray_punctuation`: in a derived edition, punctuation left after a space by a dropped run
  (`recovery [more](#).` gives the current edition `recovery .`).
- `detached_replacement`: a deletion and its replacement glued to the previous word but separated
  from each other by a space, so one edition splits the word (`recovery-~~a~~ [b](#)`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .redline import Segment, render

DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "their",
        "its",
        "his",
        "her",
        "our",
        "your",
        "my",
        "some",
        "any",
        "each",
        "every",
        "all",
        "no",
        "own",
        "such",
    ]
)
FUNCTION_WORDS = DETERMINERS | frozenset(
    [
        "i",
        "me",
        "you",
        "he",
        "him",
        "she",
        "it",
        "we",
        "us",
        "they",
        "them",
        "themselves",
        "itself",
        "himself",
        "herself",
        "myself",
        "yourself",
        "ourselves",
        "who",
        "whom",
        "which",
        "what",
        "whose",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "by",
        "from",
        "into",
        "onto",
        "about",
        "over",
        "under",
        "through",
        "without",
        "within",
        "between",
        "among",
        "upon",
        "as",
        "than",
        "via",
        "per",
        "and",
        "or",
        "nor",
        "but",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "because",
        "although",
        "whether",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "can",
        "cannot",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "do",
        "does",
        "did",
        "not",
        "have",
        "has",
        "had",
    ]
)
CONJUNCTIONS = ("and", "or", "nor", "but")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_PUNCT = ".,;:!?"


@dataclass(frozen=True)
class Anomaly:
    """One place where the markup is probably incomplete, with the editions it affects."""

    id: str
    provision: str
    kind: str
    line: int
    column: int
    markup: str
    message: str
    editions: tuple[str, ...] = ("current", "draft")


@dataclass(frozen=True)
class _Found:
    kind: str
    line: int
    column: int
    markup: str
    message: str
    editions: tuple[str, ...]


def _words(text: str) -> list[str]:
    return text.split()


def _bare(word: str) -> str:
    return word.strip(_PUNCT + "\"'()").lower()


def _content(word: str) -> bool:
    bare = _bare(word)
    return bool(_WORD.fullmatch(bare)) and bare not in FUNCTION_WORDS


def _stem(word: str) -> str:
    bare = _bare(word)
    return bare[:-1] if bare.endswith("s") and len(bare) > 3 else bare


def _one_letter_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) != 1:
        return len(a) == len(b) and a != b and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _is(segs: Sequence[Segment], i: int, op: str) -> bool:
    return 0 <= i < len(segs) and segs[i].op == op


def _blank(segs: Sequence[Segment], i: int) -> bool:
    return _is(segs, i, "equal") and not segs[i].text.strip()


def _paired(segs: Sequence[Segment], i: int) -> bool:
    """A deletion with an insertion right before or after it (whitespace between allowed)."""
    return (
        _is(segs, i - 1, "inserted")
        or _is(segs, i + 1, "inserted")
        or (_blank(segs, i + 1) and _is(segs, i + 2, "inserted"))
        or (_blank(segs, i - 1) and _is(segs, i - 2, "inserted"))
    )


def _moved(segs: Sequence[Segment], i: int) -> bool:
    """Some word of the deletion is inserted again within two runs: a move, not a loss."""
    deleted = {_bare(w) for w in _words(segs[i].text) if _content(w)}
    near = [*segs[max(0, i - 3) : i], *segs[i + 1 : i + 4]]
    return any(s.op == "inserted" and deleted & {_bare(w) for w in _words(s.text)} for s in near)


def _prev_text(segs: Sequence[Segment], i: int) -> str:
    return segs[i - 1].text if _is(segs, i - 1, "equal") else ""


def _next_text(segs: Sequence[Segment], i: int) -> str:
    return segs[i + 1].text if _is(segs, i + 1, "equal") else ""


def _inside_word(segs: Sequence[Segment], i: int) -> _Found | None:
    text, before, after = segs[i].text, _prev_text(segs, i), _next_text(segs, i)
    if not text.strip() or any(c.isspace() for c in text.strip()):
        return None
    prev_words, next_words = _words(before), _words(after)
    prev_word = prev_words[-1] if prev_words else ""
    next_word = next_words[0] if next_words else ""
    glued = (before[-1:].isalnum() and text[0].isalnum()) or (
        after[:1].isalnum() and text[-1].isalnum()
    )
    repeats = (len(prev_word) > len(text) and prev_word.endswith(text)) or (
        len(next_word) > len(text) and next_word.startswith(text)
    )
    if not (glued or repeats):
        return None
    context = f"{prev_word} {render([segs[i]])} {next_word}".strip()
    return _Found(
        "deletion_inside_word",
        segs[i].line,
        segs[i].column,
        context,
        f"the deletion {text!r} is a fragment of a word (it repeats or touches "
        f"{prev_word or next_word!r}); the deleted text is probably misplaced",
        ("current",),
    )


def _likely_typo(segs: Sequence[Segment], i: int) -> _Found | None:
    word = segs[i].text.strip()
    if not _WORD.fullmatch(word) or word.lower() in CONJUNCTIONS:
        return None
    conj = next((c for c in CONJUNCTIONS if _one_letter_apart(word.lower(), c)), None)
    prev_words, next_words = _words(_prev_text(segs, i)), _words(_next_text(segs, i))
    if conj is None or not prev_words or not next_words:
        return None
    left, right = prev_words[-1], next_words[0]
    if left[-1] in _PUNCT or not _content(left):
        return None
    if not (_bare(right) in DETERMINERS or _content(right)):
        return None
    return _Found(
        "likely_typo",
        segs[i].line,
        segs[i].column,
        f"{left} {render([segs[i]])} {right}",
        f"deleting {word!r} leaves {left!r} and {right!r} side by side; {word!r} is one letter "
        f"from {conj!r}: probably a typo for {conj!r}, which both editions need",
        ("current", "draft"),
    )


def _replacement_extent(words: list[str]) -> list[str]:
    """The unmarked words that read as the replacement: adverbs and `or`/`and` run on to the
    next word (`directly or indirectly impose`); punctuation ends it."""
    out: list[str] = []
    for w in words:
        out.append(w)
        bare = _bare(w)
        if w[-1] in _PUNCT or not (bare.endswith("ly") or bare in CONJUNCTIONS):
            break
    return out


def _sentence_replacement(segs: Sequence[Segment], i: int) -> list[str]:
    stems = {_stem(w) for w in _words(segs[i].text) if _content(w)}
    taken: list[str] = []
    for sentence in _SENTENCE_END.split(_next_text(segs, i).strip()):
        shared = stems & {_stem(w) for w in _words(sentence) if _content(w)}
        if len(shared) < 2:
            break
        taken.append(sentence)
    return taken


def _unmarked_replacement(segs: Sequence[Segment], i: int) -> _Found | None:
    deleted = segs[i].text.strip()
    after = _next_text(segs, i)
    if not deleted or not after.strip() or _moved(segs, i):
        return None
    if after[:1].isalnum():
        return None  # glued to the next word: a fragment, not a replacement
    if deleted[-1] in ".!?":
        sentences = _sentence_replacement(segs, i)
        replacement = " ".join(sentences)
    else:
        last, first = _words(deleted)[-1], _words(after)[0]
        if last[-1] in _PUNCT or first[0] in _PUNCT:
            return None
        both_determiners = _bare(last) in DETERMINERS and _bare(first) in DETERMINERS
        both_content = _content(last) and _content(first) and not _bare(last).endswith(("'s", "’s"))
        if both_determiners:
            replacement = _bare(first) and first
        elif both_content:
            replacement = " ".join(_replacement_extent(_words(after))).rstrip(_PUNCT)
        else:
            replacement = ""
    if not replacement:
        return None
    return _Found(
        "unmarked_replacement",
        segs[i].line,
        segs[i].column,
        f"{render([segs[i]])} {replacement}",
        f"{deleted!r} is deleted with no marked insertion, and the unmarked {replacement!r} "
        "that follows reads as its replacement: the current edition reads both",
        ("current",),
    )


def _case_changes(segs: Sequence[Segment]) -> list[_Found]:
    found = []
    for seg in segs:
        if seg.op != "equal":
            continue
        for m in re.finditer(r"[A-Za-z]+", seg.text):
            w = m.group()
            for k in range(len(w) - 1):
                if w[k].islower() and w[k + 1] == w[k].upper():
                    offset = m.start() + k
                    head = seg.text[:offset]
                    line = seg.line + head.count("\n")
                    column = offset - head.rfind("\n") if "\n" in head else seg.column + offset
                    found.append(
                        _Found(
                            "unmarked_case_change",
                            line,
                            column,
                            w,
                            f"{w!r} has a lower-case {w[k]!r} before {w[k + 1 :]!r}: an unmarked "
                            f"insertion probably ran into a sentence that began at {w[k + 1 :]!r}",
                            ("current", "draft"),
                        )
                    )
    return found


def _kept(seg: Segment, edition: str) -> bool:
    return seg.op == "equal" or seg.op == ("deleted" if edition == "current" else "inserted")


_TAIL = 4096


def _joins(segs: Sequence[Segment]) -> list[_Found]:
    """Stray punctuation and detached replacements: what dropping a run does to an edition."""
    found = []
    for edition in ("current", "draft"):
        # The edition's text so far, only its last _TAIL characters (the last words are all
        # that is read of it): joining the whole prefix at every mark was quadratic.
        kept_before = ""
        for i, seg in enumerate(segs):
            if _kept(seg, edition):
                kept_before = (kept_before + seg.text)[-_TAIL:]
                continue
            after = segs[i + 1].text if _is(segs, i + 1, "equal") else ""
            if after[:1] in tuple(_PUNCT) and (not kept_before or kept_before[-1].isspace()):
                # the word before, or two when the one before is itself punctuation (". .")
                tail = _words(kept_before)[-2:] if kept_before.strip() else []
                tail = tail[-1:] if tail and tail[-1].strip(_PUNCT) else tail
                found.append(
                    _Found(
                        "stray_punctuation",
                        seg.line,
                        seg.column,
                        " ".join([*tail, render([seg]) + after[0]]),
                        f"the {edition} edition reads {' '.join([*tail, after[0]])!r}: dropping "
                        f"this {seg.op.replace('ed', 'ion')} leaves {after[0]!r} standing alone",
                        (edition,),
                    )
                )
            before = segs[i - 1].text if _is(segs, i - 1, "equal") else ""
            if before[-1:].strip() and _blank(segs, i + 1) and i + 2 < len(segs):
                other = segs[i + 2]
                if other.op != "equal" and _kept(other, edition):
                    word = _words(before)[-1]
                    found.append(
                        _Found(
                            "detached_replacement",
                            seg.line,
                            seg.column,
                            f"{word}{render([seg])} {render([other])}",
                            f"the {edition} edition reads {word + ' ' + other.text!r}: the "
                            f"{seg.op} text was attached to {word!r} but the text replacing "
                            "it is separated from it by a space",
                            (edition,),
                        )
                    )
    return found


def detect(provision: str, segments: Sequence[Segment]) -> tuple[Anomaly, ...]:
    """Every anomaly of one provision's markup, in source order, with stable ids."""
    segs = list(segments)
    found = _case_changes(segs) + _joins(segs)
    for i, seg in enumerate(segs):
        if seg.op != "deleted" or _paired(segs, i):
            continue
        hit = _inside_word(segs, i) or _likely_typo(segs, i) or _unmarked_replacement(segs, i)
        if hit:
            found.append(hit)
    found.sort(key=lambda f: (f.line, f.column, f.kind))
    counts: dict[str, int] = {}
    out = []
    for f in found:
        counts[f.kind] = counts.get(f.kind, 0) + 1
        out.append(
            Anomaly(
                f"{provision}/{f.kind}/{counts[f.kind]}",
                provision,
                f.kind,
                f.line,
                f.column,
                f.markup,
                f.message,
                f.editions,
            )
        )
    return tuple(out)
