"""Loading the rulebook: every bundled edition's norms, checked against corpus and vocabulary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peer_ethics.core.errors import CorpusError
from peer_ethics.loading.codes import load_code_dir, load_corpus
from peer_ethics.loading.rules import build_rulebook, load_rulebook

CODES = Path(__file__).parents[2] / "src" / "peer_ethics" / "codes"


def test_every_edition_has_norms_and_the_draft_is_a_reform_of_current() -> None:
    rb = load_rulebook()
    assert [(ns.code, ns.edition, ns.base) for ns in rb.normsets] == [
        ("wa", "current", ""),
        ("wa", "draft", "current"),
        ("wi", "current", ""),
    ]
    draft = rb.normsets[1]
    assert {c.op for c in draft.changes} == {"add", "remove", "update"}
    assert all(c.reason for c in draft.changes), "every reform step says why"


def test_topics_must_be_issue_ids(tmp_path: Path) -> None:
    code_dir = tmp_path / "wi"
    shutil.copytree(CODES / "wi", code_dir)
    layout = code_dir / "code.yaml"
    layout.write_text(layout.read_text().replace("[supervision]", "[supervison]"))
    corpus = load_corpus()
    wi = load_code_dir(code_dir)
    bad = type(corpus)((wi.code,), corpus.version, corpus.sha256)
    with pytest.raises(CorpusError, match=r"wi.10 has unknown topics \['supervison'\]"):
        build_rulebook(bad, (code_dir,))
