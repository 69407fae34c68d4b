"""scripts/validate_labels.py: what an author sees when checking a file of labelled situations."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import yaml

ROOT = Path(__file__).parents[2]
SCRIPT = ROOT / "scripts" / "validate_labels.py"
FIXTURES = ROOT / "tests" / "fixtures" / "labels"
DATA = resources.files("peer_ethics") / "nlp" / "data"


def _run(*files: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    prefix = f"{FIXTURES}/"
    return [line.removeprefix(prefix) for line in result.stdout.splitlines()]


def test_a_good_file_passes_silently() -> None:
    result = _run(FIXTURES / "good.yaml")
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == "ok: 1 file(s)\n"


def test_unknown_issues_facts_values_and_splits_are_named_one_line_each() -> None:
    result = _run(FIXTURES / "bad_vocabulary.yaml")
    assert result.returncode == 1
    assert _lines(result) == [
        "bad_vocabulary.yaml: zz101: split 'validation' is not one of train, dev, test",
        "bad_vocabulary.yaml: zz101: unknown issue 'taking_gifts'",
        "bad_vocabulary.yaml: zz101: issue(s) listed twice: accept_gift",
        "bad_vocabulary.yaml: zz101: fact 'person' takes one of current_client, former_client, "
        "client_family, own_family, former_partner, other, not 'client'",
        "bad_vocabulary.yaml: zz101: fact 'value_dollars' takes a number >= 0 (dollars), not 'ten'",
        "bad_vocabulary.yaml: zz101: fact 'harm_intent' takes true or false, not 'yes'",
        "bad_vocabulary.yaml: zz101: unknown fact 'colour'",
        "bad_vocabulary.yaml: zz102: a text with no issue carries no facts",
    ]


def test_format_problems_and_ids_taken_by_shipped_files_name_only_the_id() -> None:
    result = _run(FIXTURES / "bad_format.yaml")
    assert result.returncode == 1
    assert _lines(result) == [
        "bad_format.yaml: zz201: unknown key(s) verdict; allowed: id, text, split, issues, "
        "facts, note",
        "bad_format.yaml: zz201: text must be a non-empty string",
        "bad_format.yaml: zz201: issues must be a list (possibly empty [])",
        "bad_format.yaml: zz201: facts must be a mapping (possibly empty {})",
        f"bad_format.yaml: zz201: id used twice (also in {FIXTURES}/bad_format.yaml)",
        "bad_format.yaml: zz201: missing key(s) facts",
        "bad_format.yaml: s001: id already used by a shipped file; pick another",
    ]
    # The shipped situation that owns s001 is never quoted.
    shipped = yaml.safe_load((DATA / "situations_money.yaml").read_text(encoding="utf-8"))
    s001 = next(e for e in shipped["situations"] if e["id"] == "s001")
    assert s001["text"] not in result.stdout + result.stderr


def test_a_run_of_eight_words_from_a_code_is_printed() -> None:
    result = _run(FIXTURES / "bad_copy.yaml")
    assert result.returncode == 1
    assert _lines(result) == [
        "bad_copy.yaml: zz301: copies 8+ words from a code's source: "
        "'i will not accept money or items of significant value from those i serve'"
    ]


def test_broken_yaml_is_one_line() -> None:
    result = _run(FIXTURES / "bad_yaml.yaml")
    assert result.returncode == 1
    assert _lines(result) == ["bad_yaml.yaml: not valid YAML: while parsing a flow node"]


def test_the_shipped_train_and_dev_files_pass() -> None:
    files = [
        Path(str(f))
        for f in DATA.iterdir()
        if f.name.startswith("situations_") and f.name.endswith(".yaml") and "heldout" not in f.name
    ]
    result = _run(*sorted(files))
    assert (result.returncode, result.stdout) == (0, "")
