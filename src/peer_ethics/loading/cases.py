"""Load YAML norm cases from `codes/<code>/tests/*.yaml` (or any file or folder given)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from peer_ethics.core.cases import Case, Expectation
from peer_ethics.core.errors import CorpusError

from .vocabulary import read_yaml


def parse_cases(doc: Any, source: str) -> tuple[Case, ...]:
    """Cases from one file: `cases: [{name, issue, facts, expect: {edition: verdict|{…}}}]`."""
    if not isinstance(doc, dict) or not isinstance(doc.get("cases"), list):
        raise CorpusError(f"{source}: a case file is a mapping with a 'cases' list")
    out = []
    for i, raw in enumerate(doc["cases"], 1):
        where = f"{source} case {i}"
        if not isinstance(raw, dict) or not {"name", "issue", "expect"} <= set(raw):
            raise CorpusError(f"{where}: a case needs 'name', 'issue' and 'expect'")
        expect = raw["expect"]
        if not isinstance(expect, dict) or not expect:
            raise CorpusError(f"{where}: 'expect' maps editions (wa@current) to verdicts")
        exps = []
        for edition, value in expect.items():
            if isinstance(value, str):
                exps.append(Expectation(str(edition), value))
            elif isinstance(value, dict) and "verdict" in value:
                provisions = tuple(str(p) for p in value.get("provisions") or [])
                exps.append(Expectation(str(edition), str(value["verdict"]), provisions))
            else:
                raise CorpusError(
                    f"{where}: expectation for {edition} is a verdict or {{verdict, provisions}}"
                )
        facts = raw.get("facts") or {}
        if not isinstance(facts, dict):
            raise CorpusError(f"{where}: 'facts' is a mapping of fact to value")
        out.append(
            Case(
                name=str(raw["name"]),
                source=source,
                issue=str(raw["issue"]),
                facts=tuple(sorted(facts.items())),
                expect=tuple(exps),
                about=tuple(str(p) for p in raw.get("about") or []),
            )
        )
    return tuple(out)


def case_files(path: Path | None = None) -> tuple[Path | resources.abc.Traversable, ...]:
    """The given YAML file, the YAML files under a folder, or every packaged code's cases."""
    if path is None:
        root = resources.files("peer_ethics") / "codes"
        found = [
            f
            for d in root.iterdir()
            if d.is_dir() and (d / "tests").is_dir()
            for f in (d / "tests").iterdir()
            if f.name.endswith(".yaml")
        ]
        return tuple(sorted(found, key=lambda f: str(f)))
    if path.is_dir():
        return tuple(sorted(path.rglob("*.yaml")))
    if path.is_file():
        return (path,)
    raise CorpusError(f"no case file or folder at {path}")


def load_cases(path: Path | None = None) -> tuple[Case, ...]:
    return tuple(c for f in case_files(path) for c in parse_cases(read_yaml(f, "cases"), _name(f)))


def _name(f: Path | resources.abc.Traversable) -> str:
    parts = str(f).replace("\\", "/").split("/")
    return "/".join(parts[-3:])
