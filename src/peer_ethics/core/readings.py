"""Curated readings: the human reading of a markup anomaly, applied to an edition's raw text.

A reading replaces one exact passage (`find`, which must occur exactly once in the raw text of
each edition it names) by `replace`, and says why. `replace == find` records that a reader
looked at an anomaly and found nothing to change. The raw text is never edited; the curated
`text` is the raw text with every reading of that provision and edition applied, whitespace
normalised again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .anomalies import Anomaly
from .errors import CorpusError
from .redline import normalise_space


@dataclass(frozen=True)
class Reading:
    """One human reading of one passage of one provision, in one or more editions."""

    id: str
    provision: str
    editions: tuple[str, ...]
    anomalies: tuple[str, ...]
    find: str
    replace: str
    reason: str


def apply(raw: str, readings: Iterable[Reading], edition: str) -> str:
    """`raw` with every reading for this edition applied (each `find` must occur once)."""
    text = raw
    for r in readings:
        if edition not in r.editions:
            continue
        count = text.count(r.find)
        if count != 1:
            where = "does not occur" if count == 0 else f"occurs {count} times"
            raise CorpusError(
                f"reading {r.id}: find {r.find!r} {where} in the {edition} text of "
                f"{r.provision}; it must occur exactly once"
            )
        text = text.replace(r.find, r.replace)
    return normalise_space(text)


def check_answered(anomalies: Iterable[Anomaly], readings: Iterable[Reading]) -> None:
    """Every anomaly is answered by a reading, and every reading answers a known anomaly."""
    known = {a.id for a in anomalies}
    answered: set[str] = set()
    for r in readings:
        unknown = sorted(set(r.anomalies) - known)
        if unknown:
            raise CorpusError(f"reading {r.id} answers unknown anomalies: {', '.join(unknown)}")
        answered |= set(r.anomalies)
    missing = sorted(known - answered)
    if missing:
        raise CorpusError(
            f"anomalies without a curated reading: {', '.join(missing)}; add a reading "
            "(replace equal to find if no change is needed) to readings.yaml"
        )


def by_provision(readings: Iterable[Reading]) -> Mapping[str, tuple[Reading, ...]]:
    out: dict[str, list[Reading]] = {}
    for r in readings:
        out.setdefault(r.provision, []).append(r)
    return {k: tuple(v) for k, v in out.items()}
