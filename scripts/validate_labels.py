"""Check labelled-situation files against the situation model (docs/labelling.md).

    python scripts/validate_labels.py FILE...

Checks the format (a mapping with a `situations` list; each entry's keys), ids unique within the
files given and against the shipped files, split in train/dev/test, issue ids and fact names and
values known to the situation model and each code's `facts.yaml` (loaded through the package),
fact values of the fact's type, no facts on a text with no issue, and any run of 8 or more words
copied from either code's `source.md`. One line per problem; exit 1 if any, else 0.

It never prints the text of a shipped labelled situation: a colliding id is named, nothing else.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from peer_ethics.core.facts import Vocabulary
from peer_ethics.loading.vocabulary import load_vocabulary

SPAN = 8  # words: a longer run copied from a provision paraphrases the code
KEYS = ("id", "text", "split", "issues", "facts", "note")
REQUIRED = ("id", "text", "split", "issues", "facts")
SPLITS = ("train", "dev", "test")
_SHIPPED = re.compile(r"situations(_\w+)?\.yaml")


def _codes() -> resources.abc.Traversable:
    return resources.files("peer_ethics") / "codes"


def vocabulary() -> Vocabulary:
    """The shared situation model plus every packaged code's `facts.yaml`."""
    dirs = tuple(d for d in _codes().iterdir() if d.is_dir() and d.name != "__pycache__")
    return load_vocabulary(dirs)


def shipped_ids(exclude: set[Path]) -> set[str]:
    """Ids of the packaged labelled situations (only ids are kept; texts are never read out)."""
    data = resources.files("peer_ethics") / "nlp" / "data"
    ids: set[str] = set()
    for f in data.iterdir():
        if not _SHIPPED.fullmatch(f.name):
            continue
        if isinstance(f, Path) and f.resolve() in exclude:
            continue
        doc = yaml.safe_load(f.read_text(encoding="utf-8"))
        for e in (doc or {}).get("situations") or ():
            if isinstance(e, dict) and "id" in e:
                ids.add(str(e["id"]))
    return ids


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def source_ngrams() -> set[tuple[str, ...]]:
    """Word 8-grams of both codes' sources, read both ways (current and draft)."""
    grams: set[tuple[str, ...]] = set()
    for code in ("wa", "wi"):
        raw = (_codes() / code / "source.md").read_text(encoding="utf-8")
        current = re.sub(r"\[([^\]]*)\]\(#\)", "", raw).replace("~~", "")
        draft = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", re.sub(r"~~[^~]*~~", "", raw))
        for reading in (current, draft):
            for line in reading.splitlines():
                w = _words(line)
                grams.update(tuple(w[i : i + SPAN]) for i in range(len(w) - SPAN + 1))
    return grams


def copied_runs(text: str, grams: set[tuple[str, ...]]) -> list[str]:
    """Maximal runs of >= SPAN consecutive words of `text` that also occur in a source."""
    w = _words(text)
    hit = [tuple(w[i : i + SPAN]) in grams for i in range(len(w) - SPAN + 1)]
    runs: list[str] = []
    i = 0
    while i < len(hit):
        if not hit[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(hit) and hit[j + 1]:
            j += 1
        runs.append(" ".join(w[i : j + SPAN]))
        i = j + 1
    return runs


def _fact_problem(vocab: Vocabulary, name: str, value: Any) -> str | None:
    spec = next((f for f in vocab.facts if f.id == name), None)
    if spec is None:
        return f"unknown fact {name!r}"
    if spec.type in ("bool", "judgement"):
        if not isinstance(value, bool):
            return f"fact {name!r} takes true or false, not {value!r}"
    elif spec.type == "enum":
        if not isinstance(value, str) or value not in spec.options:
            return f"fact {name!r} takes one of {', '.join(spec.options)}, not {value!r}"
    elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return f"fact {name!r} takes a number >= 0 ({spec.unit}), not {value!r}"
    return None


def check_entry(e: Any, vocab: Vocabulary, grams: set[tuple[str, ...]]) -> list[str]:
    """The problems of one entry (without the id checks)."""
    if not isinstance(e, dict):
        return ["an entry is not a mapping"]
    out: list[str] = []
    extra = sorted(str(k) for k in e if k not in KEYS)
    if extra:
        out.append(f"unknown key(s) {', '.join(extra)}; allowed: {', '.join(KEYS)}")
    missing = [k for k in REQUIRED if k not in e]
    if missing:
        out.append(f"missing key(s) {', '.join(missing)}")
    text = e.get("text")
    if "text" in e and (not isinstance(text, str) or not text.strip()):
        out.append("text must be a non-empty string")
    if "split" in e and e["split"] not in SPLITS:
        out.append(f"split {e['split']!r} is not one of {', '.join(SPLITS)}")
    issues = e.get("issues")
    known = {i.id for i in vocab.issues}
    if "issues" in e:
        if not isinstance(issues, list):
            out.append("issues must be a list (possibly empty [])")
            issues = []
        else:
            for i in sorted({str(i) for i in issues} - known):
                out.append(f"unknown issue {i!r}")
            dup = sorted(str(i) for i, n in Counter(map(str, issues)).items() if n > 1)
            if dup:
                out.append(f"issue(s) listed twice: {', '.join(dup)}")
    facts = e.get("facts")
    if "facts" in e:
        if not isinstance(facts, dict):
            out.append("facts must be a mapping (possibly empty {})")
        else:
            for name, value in facts.items():
                problem = _fact_problem(vocab, str(name), value)
                if problem:
                    out.append(problem)
            if facts and isinstance(issues, list) and not issues:
                out.append("a text with no issue carries no facts")
    if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
        out.append("note must be a non-empty string when present")
    if isinstance(text, str):
        for run in copied_runs(text, grams):
            out.append(f"copies {SPAN}+ words from a code's source: {run!r}")
    return out


def check_files(paths: list[Path]) -> list[str]:
    """Every problem in the given files, one line each."""
    vocab = vocabulary()
    grams = source_ngrams()
    shipped = shipped_ids({p.resolve() for p in paths})
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read: {exc.__class__.__name__}")
            continue
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
            problems.append(f"{path}: not valid YAML: {first}")
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("situations"), list):
            problems.append(f"{path}: expected a mapping with one key, 'situations', a list")
            continue
        if set(doc) != {"situations"}:
            problems.append(f"{path}: only the key 'situations' is allowed at the top")
        for n, e in enumerate(doc["situations"], 1):
            where = f"{path}: entry {n}"
            if isinstance(e, dict) and "id" in e:
                i = str(e["id"])
                where = f"{path}: {i}"
                if not re.fullmatch(r"[a-z]+\d{3,4}", i):
                    problems.append(f"{where}: id should be letters then 3-4 digits (x001)")
                if i in seen:
                    problems.append(f"{where}: id used twice (also in {seen[i]})")
                elif i in shipped:
                    problems.append(f"{where}: id already used by a shipped file; pick another")
                seen.setdefault(i, str(path))
            problems.extend(f"{where}: {p}" for p in check_entry(e, vocab, grams))
    return problems


def main(argv: list[str]) -> int:
    if not argv or any(a in ("-h", "--help") for a in argv):
        print("usage: validate_labels.py FILE...  (situations YAML files to check)")
        return 0 if argv else 2
    problems = check_files([Path(a) for a in argv])
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(argv)} file(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
