"""Every regular expression that runs on user text, found generically, and the adversarial
inputs built from each one's own atoms.

Patterns are discovered, not listed: every pattern compiled through `nlp.patterns.compile`
(the readers' own compile), every `re.Pattern` reachable from a module-level name of a
`peer_ethics.nlp` module (in tuples, lists, dicts), and the patterns `re` cached while the
pipeline read sample texts (inline `re.search(...)` calls). A new reader module is covered
without being named here.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")

# Shapes that made backtracking engines stall on earlier versions of the readers.
GENERIC_ATOMS = (
    "1,", "1", "$1,000", "$", "a ", " ", "1 ", "twenty-", "twenty ", "and ", "'s ", "-", ", ",
    "me ", "a a ", "1.1", "1,1 ", ".", "x", "my ", "i ",
)  # fmt: skip


def _walk(value: object, depth: int, out: dict[tuple[str, int], re.Pattern[str]]) -> None:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            out[(value.pattern, value.flags)] = value
    elif depth > 0 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            _walk(item, depth - 1, out)
    elif depth > 0 and isinstance(value, dict):
        for item in value.values():
            _walk(item, depth - 1, out)


def nlp_patterns() -> dict[tuple[str, int], re.Pattern[str]]:
    """Every compiled pattern of the readers, keyed by (pattern, flags)."""
    import peer_ethics.nlp as nlp

    out: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(nlp.__path__):
        module = importlib.import_module(f"peer_ethics.nlp.{info.name}")
        for value in vars(module).values():
            _walk(value, 3, out)
    from peer_ethics.nlp import patterns

    for pattern, flags in sorted(getattr(patterns, "_used", ())):
        out.setdefault((pattern, flags), re.compile(pattern, flags))
    return out


def _literals(tree: Any, out: list[str]) -> None:
    """Runs of literal characters in a parsed pattern (one per branch and group)."""
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append("".join(run))
            run.clear()

    for op, av in tree:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _constants.IN:
            for sub_op, sub_av in av:
                if sub_op is _constants.LITERAL:
                    out.append(chr(sub_av))
                elif sub_op is _constants.RANGE:
                    out.append(chr(sub_av[0]))
                elif sub_op is _constants.CATEGORY:
                    out.append({"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " "}.get(str(sub_av), "a"))
        elif op is _constants.BRANCH:
            for branch in av[1]:
                _literals(branch, out)
        elif op is _constants.SUBPATTERN:
            _literals(av[-1], out)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            _literals(av[2], out)
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            _literals(av[1], out)
    flush()


def atoms(pattern: str, flags: int, limit: int = 24) -> tuple[str, ...]:
    """The pattern's own atoms (literal runs, set members) and the generic hostile ones."""
    found: list[str] = []
    _literals(_parser.parse(pattern, flags), found)
    own = sorted({a for a in found if a.strip() or a == " "}, key=lambda a: (-len(a), a))
    return tuple(dict.fromkeys([*own[:limit], *GENERIC_ATOMS]))


def shapes(pattern: str, flags: int) -> Iterator[tuple[str, str]]:
    """(name, unit) pairs: a unit repeated many times is one adversarial input."""
    own = atoms(pattern, flags)
    for a in own:
        yield f"{a!r}", a
        yield f"{a!r}+space", f"{a} "
    # consecutive atoms of the pattern, as a text that almost matches and then fails
    for a, b in itertools.pairwise(own):
        yield f"{a!r}{b!r}", f"{a} {b} "
    yield "all", " ".join(own[:12]) + " "


def repeated(unit: str, length: int) -> str:
    return (unit * (length // max(len(unit), 1) + 1))[:length]
