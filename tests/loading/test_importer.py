"""The importer on a second, fictional code and on a redline without a layout."""

from __future__ import annotations

from pathlib import Path

from peer_ethics.loading.codes import load_code_dir
from peer_ethics.loading.importer import import_redline

FICTIONAL = Path(__file__).parents[1] / "fixtures" / "fictional"


def test_fictional_code_loads_like_a_bundled_one() -> None:
    loaded = load_code_dir(FICTIONAL)
    code = loaded.code
    assert (code.id, code.person_term) == ("xa", "mentee")
    assert [e.ref for e in code.editions] == ["xa@current", "xa@draft"]
    current, draft = code.edition("current"), code.edition("draft")
    assert current.title == "Examplia Peer Mentor Code"
    assert current.ids() == ("xa.purpose", "xa.rule.1", "xa.rule.2", "xa.rule.3", "xa.rule.4")
    assert current.provision("xa.rule.2").text == "Never take gifts from a mentee."
    assert current.provision("xa.rule.2").raw == "Never take accept gifts from a mentee."
    assert draft.provision("xa.rule.2").text == "Never accept gifts from a mentee."
    assert draft.provision("xa.purpose").citations == ("EXC 12-34",)
    assert draft.provision("xa.rule.4").lead_in == "Peer mentors shall:"
    assert [a.id for a in loaded.imported.anomalies] == [
        "xa.purpose/stray_punctuation/1",
        "xa.rule.2/unmarked_replacement/1",
        "xa.rule.3/stray_punctuation/1",
    ]
    assert [(c.provision, c.kind) for c in loaded.imported.changes] == [
        ("xa.purpose", "substantive"),
        ("xa.rule.1", "substantive"),
        ("xa.rule.2", "substantive"),
        ("xa.rule.3", "substantive"),
        ("xa.rule.4", "editorial"),
    ]


def test_without_a_layout_provisions_are_numbered_by_block() -> None:
    result = import_redline((FICTIONAL / "source.md").read_text())
    assert result.edition("current").ids() == (
        "doc.p1",
        "doc.list1.1",
        "doc.list1.2",
        "doc.list1.3",
        "doc.list1.4",
    )
    assert [a.id for a in result.anomalies][:1] == ["doc.p1/stray_punctuation/1"]
    # no readings: the text is the faithful markup-derived text
    assert result.edition("current").provision("doc.list1.2").text == (
        "Never take accept gifts from a mentee."
    )


def test_a_provision_empty_in_one_edition_exists_only_in_the_other() -> None:
    result = import_redline("Intro.\n\n- kept\n- [brand new rule](#)\n- ~~old rule~~\n")
    assert result.edition("current").ids() == ("doc.p1", "doc.list1.1", "doc.list1.3")
    assert result.edition("draft").ids() == ("doc.p1", "doc.list1.1", "doc.list1.2")
    assert [(c.provision, c.op) for c in result.changes] == [
        ("doc.list1.2", "added"),
        ("doc.list1.3", "deleted"),
    ]
