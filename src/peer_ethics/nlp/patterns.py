"""The readers' regular expressions, compiled once per machine instead of once per process.

The readers compile ~180 patterns at import. Python's `re` parses a pattern and generates the
engine's program in pure Python, which took ~0.3 s of every cold `peer-ethics ask` (a third of
it). The program depends only on the pattern, its flags and the interpreter, so it is cached,
like Python's own `__pycache__`: a JSON file in the cache folder named for the interpreter and
`re`'s engine version. A cached pattern goes straight to the engine (~0.03 s for all of them);
the engine checks every program it is given. A pattern the cache lacks, a file from another
interpreter or any failure falls back to compiling as usual. A test keeps every cached pattern
equal to a fresh compile and matching the same spans on every labelled text.

`save()` writes the cache when this process compiled patterns it lacked (`make install` does it,
and so does the first `ask`); the write is atomic, and a folder that cannot be written is
skipped: the cache only saves time.

The cache folder is the user's (`~/.cache`), and a patched program is a different pattern (one
made "$20" read as $20,000). So the cache is checked as the model file is: its sha256 is
recorded beside the code (`nlp/regex-programs-*.sha256`, written with the cache, trusted as much
as the code and its `__pycache__`), and a cache whose bytes do not hash to it is not used at all:
every pattern is compiled afresh. Where the code's folder cannot be written there is no record,
and so no cache.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from peer_ethics.core.errors import CorpusError

from .derive import cache_dir, write_atomically

# re's internals: the parser, the code generator and the engine (CPython 3.11+). When they are
# not what this module expects, every pattern is compiled by `re` as usual.
try:
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _engine: Any = importlib.import_module("_sre")
    _KEY = f"{sys.version}|{_engine.MAGIC}|{_engine.CODESIZE}|{sys.maxunicode}"
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _engine = None
    _KEY = ""

# (pattern, flags) -> [final flags, program, groups - 1, group index, index group]
Entry = list[Any]
_cached: dict[tuple[str, int], Entry] | None = None
_new: dict[tuple[str, int], Entry] = {}
_used: set[tuple[str, int]] = set()


def cache_file() -> Path:
    digest = hashlib.sha256(_KEY.encode("utf-8")).hexdigest()[:16]
    return cache_dir() / f"regex-programs-{digest}.json"


def digest_file() -> Path:
    """Where the sha256 of this interpreter's cache file (at its current place) is recorded."""
    where = hashlib.sha256(f"{_KEY}|{cache_file()}".encode()).hexdigest()[:16]
    return Path(__file__).with_name(f"regex-programs-{where}.sha256")


def _checked_cache() -> bytes:
    """The cache file's bytes when they hash to the recorded sha256 (ValueError otherwise)."""
    data = cache_file().read_bytes()
    expected = digest_file().read_text(encoding="ascii").strip()
    if hashlib.sha256(data).hexdigest() != expected:
        raise ValueError("the compiled-pattern cache does not match its recorded sha256")
    return data


def _load() -> dict[tuple[str, int], Entry]:
    global _cached
    if _cached is None:
        _cached = {}
        if _engine is not None:
            try:
                doc = json.loads(_checked_cache().decode("utf-8"))
                if doc.get("key") == _KEY:
                    _cached = {(p, f): rest for p, f, *rest in doc["patterns"]}
            except (OSError, ValueError, TypeError, KeyError):
                _cached = {}
    return _cached


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _engine.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return compiled


def _entry(pattern: str, flags: int) -> Entry:
    # What re._compiler.compile does before handing the program to the engine.
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return [flags | tree.state.flags, list(code), tree.state.groups - 1, groupindex, indexgroup]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cached program when there is one."""
    flags = int(flags)
    if _engine is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    _used.add(key)
    entry = _load().get(key)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # a damaged or foreign entry: compile afresh below
    try:
        entry = _entry(pattern, flags)
        compiled = _from_entry(pattern, entry)
    except re.error:
        raise
    except Exception:  # internals not as expected: compile as usual, cache nothing
        return re.compile(pattern, flags)
    _new[key] = entry
    return compiled


def save() -> None:
    """Write the cache of the patterns this process used, when it had to compile some that
    the cache lacked (atomically; skipped when the cache folder cannot be written)."""
    if not _new or _engine is None:
        return
    known = {**_load(), **_new}
    merged = {key: known[key] for key in _used if key in known}
    doc = {
        "key": _KEY,
        "patterns": [[p, f, *entry] for (p, f), entry in sorted(merged.items())],
    }
    data = json.dumps(doc, separators=(",", ":")).encode("utf-8")
    try:
        write_atomically(cache_file(), data)
        write_atomically(digest_file(), hashlib.sha256(data).hexdigest().encode("ascii"))
    except (CorpusError, OSError):
        return
    global _cached
    _cached = merged
    _new.clear()


if __name__ == "__main__":  # `make install`: compile the readers' patterns once, ahead of use
    importlib.import_module("peer_ethics.nlp.asking")
    this = importlib.import_module("peer_ethics.nlp.patterns")  # the one the readers used
    this.save()
    print(this.cache_file())
