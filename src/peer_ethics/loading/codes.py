"""Load codes from their data directories: `code.yaml`, the raw source, curated readings.

A code directory holds `code.yaml` (id, name, editions, layout, per-provision metadata), the
raw source it names (never edited) and `readings.yaml` (the curation layer). The bundled codes
live in the package (`peer_ethics/codes/<code>/`) and are read through importlib.resources;
`load_code_dir` reads any other directory the same way, which is how a new state is added.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from peer_ethics import __version__
from peer_ethics.core.corpus import IN_FORCE, PROPOSED, Code, Corpus
from peer_ethics.core.errors import BadInput, CorpusError
from peer_ethics.core.readings import Reading

from .importer import EditionSpec, ImportResult, Layout, ProvisionMeta, Target, import_redline
from .reading import LAYOUT_BYTES, YAML_DEPTH, yaml_too_deep

Dir = Path | Traversable
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class LoadedCode:
    """A code with everything its import produced (change list, anomalies, readings)."""

    code: Code
    imported: ImportResult


def _yaml(path: Dir, what: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        if yaml_too_deep(text):
            raise CorpusError(f"{what} {path}: nested deeper than {YAML_DEPTH} levels")
        return yaml.load(text, Loader=_Loader)
    except (OSError, yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: not UTF-8
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, UnicodeDecodeError):
            first = "not UTF-8 text; give a UTF-8 YAML file"
        elif isinstance(exc, RecursionError):
            first = "nested too deeply"
        raise CorpusError(f"{what} {path}: {first}") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CorpusError(f"{where}: expected a list of strings")
    return tuple(value)


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise CorpusError(f"{where}: expected a mapping")
    return {str(k): v for k, v in value.items()}


def parse_layout(doc: Any, source: str) -> Layout:
    """The layout part of a `code.yaml` document (also accepted by `peer-ethics import`)."""
    top = _mapping(doc, source)
    for key in ("id", "editions", "layout"):
        if key not in top:
            raise CorpusError(f"{source}: missing {key!r}; a code.yaml has id, editions, layout")
    editions = []
    for i, raw in enumerate(top["editions"] or [], 1):
        e = _mapping(raw, f"{source} editions[{i}]")
        status, side = e.get("status"), e.get("side", e.get("name"))
        if status not in (IN_FORCE, PROPOSED) or side not in ("current", "draft"):
            raise CorpusError(
                f"{source} editions[{i}]: status must be in_force or proposed and side "
                "current or draft"
            )
        editions.append(EditionSpec(str(e["name"]), status, side, str(e.get("derived_from", ""))))
    lay = _mapping(top["layout"], f"{source} layout")
    targets = {}
    for block, raw in _mapping(lay.get("provisions"), f"{source} layout.provisions").items():
        t = _mapping(raw, f"{source} layout.provisions.{block}")
        if ("id" in t) == ("prefix" in t) or "section" not in t:
            raise CorpusError(
                f"{source} layout.provisions.{block}: give a section and either id (one "
                "provision) or prefix (a list: prefix.1, prefix.2, …)"
            )
        targets[block] = Target(
            str(t.get("id") or t["prefix"]),
            str(t["section"]),
            "prefix" in t,
            str(t.get("label", "")),
        )
    metadata = {}
    for pid, raw in _mapping(top.get("provisions"), f"{source} provisions").items():
        m = _mapping(raw, f"{source} provisions.{pid}")
        # Topics are issue ids; they are checked against the situation model with the norms.
        topics = _strings(m.get("topics"), f"{source} provisions.{pid}.topics")
        metadata[pid] = ProvisionMeta(
            _strings(m.get("citations"), f"{source} provisions.{pid}.citations"), topics
        )
    return Layout(
        code=str(top["id"]),
        editions=tuple(editions),
        title=str(lay.get("title", "")),
        provisions=targets,
        parts={k: str(v) for k, v in _mapping(lay.get("parts"), f"{source} parts").items()},
        metadata=metadata,
        source=str(top.get("source", source)),
    )


def read_layout(path: Path) -> tuple[Layout, tuple[Reading, ...] | None]:
    """A layout from a user's code.yaml (for `peer-ethics import --layout`), with the readings
    file it names when that file exists beside it."""
    for user_file in (path, path.parent / "readings.yaml"):
        if user_file.is_file() and user_file.stat().st_size > LAYOUT_BYTES:
            raise BadInput(f"layout file {user_file} is larger than the limit of 1 MiB")
    if path.exists() and not path.is_file():
        raise BadInput(f"layout file {path} is not a regular file; give a code.yaml")
    doc = _yaml(path, "layout file")
    layout = parse_layout(doc, str(path))
    readings_path = path.parent / str(doc.get("readings", "readings.yaml"))
    if not readings_path.is_file():
        return layout, None
    return layout, parse_readings(_yaml(readings_path, "readings file"), str(readings_path))


def parse_readings(doc: Any, source: str) -> tuple[Reading, ...]:
    """`readings: [{id, provision, editions, anomalies, find, replace, reason}]`."""
    top = _mapping(doc, source)
    out = []
    for i, raw in enumerate(top.get("readings") or [], 1):
        r = _mapping(raw, f"{source} readings[{i}]")
        missing = [
            k for k in ("id", "provision", "editions", "find", "replace", "reason") if k not in r
        ]
        if missing:
            raise CorpusError(f"{source} readings[{i}]: missing {', '.join(missing)}")
        out.append(
            Reading(
                id=str(r["id"]),
                provision=str(r["provision"]),
                editions=_strings(r["editions"], f"{source} reading {r['id']} editions"),
                anomalies=_strings(r.get("anomalies"), f"{source} reading {r['id']} anomalies"),
                find=str(r["find"]),
                replace=str(r["replace"] or ""),
                reason=str(r["reason"]),
            )
        )
    return tuple(out)


def load_code_dir(path: Dir) -> LoadedCode:
    """Load one code directory (bundled or not): source, layout, readings, editions."""
    doc = _yaml(path / "code.yaml", "code file")
    layout = parse_layout(doc, f"{path}/code.yaml")
    source_name = str(doc.get("source", "source.md"))
    readings_name = str(doc.get("readings", "readings.yaml"))
    source = path / source_name
    try:
        markdown = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise CorpusError(f"code {layout.code}: cannot read source {source}: {exc}") from None
    readings = parse_readings(_yaml(path / readings_name, "readings file"), readings_name)
    imported = import_redline(markdown, layout, readings)
    code = Code(
        id=layout.code,
        name=str(doc.get("name", layout.code)),
        jurisdiction=str(doc.get("jurisdiction", "")),
        person_term=str(doc.get("person_term", "")),
        editions=imported.editions,
    )
    return LoadedCode(code, imported)


def _files(root: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    out: list[tuple[str, Traversable]] = []
    for child in root.iterdir():
        name = f"{prefix}{child.name}"
        if child.name == "__pycache__" or child.name.endswith(".pyc"):
            continue
        if child.is_dir():
            out.extend(_files(child, name + "/"))
        else:
            out.append((name, child))
    return out


def data_digest(root: Traversable) -> str:
    """sha256 over every data file under `root`, by sorted relative path (path, NUL, bytes)."""
    digest = hashlib.sha256()
    for name, file in sorted(_files(root), key=lambda item: item[0]):
        digest.update(name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def _packaged_root() -> Traversable:
    return resources.files("peer_ethics") / "codes"


@lru_cache(maxsize=1)
def packaged_codes() -> tuple[LoadedCode, ...]:
    """Every bundled code (a directory of `codes/` holding a code.yaml), in id order."""
    root = _packaged_root()
    dirs = sorted((d for d in root.iterdir() if (d / "code.yaml").is_file()), key=lambda d: d.name)
    return tuple(load_code_dir(d) for d in dirs)


@lru_cache(maxsize=1)
def load_corpus() -> Corpus:
    """The bundled codes, loaded once per process."""
    return Corpus(
        codes=tuple(c.code for c in packaged_codes()),
        version=__version__,
        sha256=data_digest(_packaged_root()),
    )


def loaded_code(code_id: str) -> LoadedCode:
    """A bundled code with its import result (change list, anomalies)."""
    for c in packaged_codes():
        if c.code.id == code_id:
            return c
    load_corpus().code(code_id)  # raises BadReference naming the known codes
    raise AssertionError("unreachable")
