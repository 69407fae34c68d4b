"""The readers' compiled-pattern cache: the same patterns as `re`, written once, never required."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from peer_ethics.nlp import asking as _asking  # noqa: F401 - compiles every reader pattern
from peer_ethics.nlp import patterns
from peer_ethics.nlp.labelled import load_labelled


def test_every_reader_pattern_from_its_cached_program_equals_a_fresh_compile() -> None:
    used = sorted(patterns._used)
    assert len(used) > 100
    texts = [x.text.lower() for x in load_labelled()]
    for pattern, flags in used:
        cached = patterns._from_entry(pattern, patterns._entry(pattern, flags))
        fresh = re.compile(pattern, flags)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )
        for text in texts:
            assert [m.span() for m in cached.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ], (pattern[:60], text[:60])


_PROBE = (
    "from peer_ethics.nlp import asking, patterns; new = len(patterns._new); patterns.save(); "
    "print(new, len(patterns._used))"
)


def _run(cache: Path) -> tuple[int, int]:
    env = {**os.environ, "PEER_ETHICS_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
    )
    new, used = out.stdout.split()
    return int(new), int(used)


def test_the_first_process_writes_the_cache_and_the_next_compiles_nothing(tmp_path: Path) -> None:
    new, used = _run(tmp_path)
    assert new == used > 100  # compiled everything, then wrote it
    files = list(tmp_path.iterdir())
    assert [f.name for f in files] == [patterns.cache_file().name]
    assert _run(tmp_path) == (0, used)  # everything came from the cache


@pytest.mark.parametrize("damage", ["not json", '{"key": "another python", "patterns": []}'])
def test_a_damaged_or_foreign_cache_only_costs_time(tmp_path: Path, damage: str) -> None:
    _, used = _run(tmp_path)
    cache = tmp_path / patterns.cache_file().name
    cache.write_text(damage, encoding="utf-8")
    assert _run(tmp_path) == (used, used)  # compiled afresh, rewrote the file
    assert json.loads(cache.read_text(encoding="utf-8"))["patterns"]


def test_a_wrong_program_in_the_cache_is_checked_by_the_engine(tmp_path: Path) -> None:
    _run(tmp_path)
    cache = tmp_path / patterns.cache_file().name
    doc = json.loads(cache.read_text(encoding="utf-8"))
    for entry in doc["patterns"]:
        entry[3] = [999999] * len(entry[3])  # not a program the engine accepts
    cache.write_text(json.dumps(doc), encoding="utf-8")
    new, used = _run(tmp_path)
    assert new == used  # each rejected by the engine and compiled afresh


def test_an_unwritable_cache_folder_is_skipped_silently(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    new, used = _run(blocker / "cache")
    assert new == used > 100  # nothing could be written, and nothing failed
