"""The bundled codes: ids, editions, round trip to the source, anomalies and their readings."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from peer_ethics.core.document import split
from peer_ethics.core.errors import CorpusError
from peer_ethics.core.redline import normalise_space, parse, side
from peer_ethics.loading.codes import load_code_dir, load_corpus, loaded_code

WA_IDS = (
    ["wa.intro", "wa.vision"]
    + [f"wa.ethics.{n}" for n in range(1, 8)]
    + [f"wa.conduct.{n}" for n in range(1, 11)]
    + ["wa.contact"]
)
WI_IDS = [f"wi.{n}" for n in range(1, 15)]

# (anomaly id, markup) the detector must find on the Washington source.
WA_ANOMALIES = [
    ("wa.intro/stray_punctuation/1", "246-929 [WAC](#)."),
    ("wa.vision/detached_replacement/1", "recovery-~~orientated~~ [oriented](#)"),
    ("wa.ethics.2/deletion_inside_word/1", "their ~~ir~~ clients"),
    (
        "wa.ethics.3/stray_punctuation/1",
        "confidential [must be shared with appropriate authorities and/or treatment providers](#).",
    ),
    (
        "wa.ethics.4/stray_punctuation/1",
        "recovery [in a way that is relevant to the client's needs](#).",
    ),
    ("wa.ethics.5/stray_punctuation/1", "recovery [and meet the clients where they are](#)."),
    (
        "wa.ethics.5/stray_punctuation/2",
        "recovery . [Peers have the right to decline meeting a client in an environment where "
        "they don't feel safe](#).",
    ),
    ("wa.ethics.7/unmarked_replacement/1", "~~issues~~ challenges"),
    ("wa.conduct.2/unmarked_replacement/1", "~~force~~ directly or indirectly impose"),
    ("wa.conduct.3/unmarked_replacement/1", "~~those~~ the"),
    ("wa.conduct.5/unmarked_replacement/1", "~~accept~~ exchange"),
    ("wa.conduct.6/unmarked_case_change/1", "nNever"),
    ("wa.conduct.6/likely_typo/1", "clients ~~for~~ the"),
    (
        "wa.conduct.9/unmarked_replacement/1",
        "~~Do not enter into dual relationships or commitments with clients. Do not hire clients "
        "for other jobs or offer to provide living accommodations.~~ Avoid dual relationships "
        "with clients when possible. When a dual relationship cannot be avoided, navigate with "
        "caution and in consultation with the peer's supervisor, if applicable.",
    ),
    ("wa.conduct.10/unmarked_replacement/1", "~~abuse~~ use"),
]


def source(code: str) -> str:
    return (resources.files("peer_ethics") / "codes" / code / "source.md").read_text("utf-8")


def test_codes_editions_and_ids() -> None:
    corpus = load_corpus()
    assert [c.id for c in corpus.codes] == ["wa", "wi"]
    assert [(e.ref, e.status) for e in corpus.editions()] == [
        ("wa@current", "in_force"),
        ("wi@current", "in_force"),
        ("wa@draft", "proposed"),
    ]
    for name in ("current", "draft"):
        assert list(corpus.edition("wa", name).ids()) == WA_IDS
    assert list(corpus.edition("wi", "current").ids()) == WI_IDS
    assert corpus.code("wa").person_term == "client"
    assert corpus.code("wi").person_term == "peer"


@pytest.mark.parametrize("ref", ["wa@current", "wa@draft", "wi@current"])
def test_raw_text_is_found_in_the_resolved_source(ref: str) -> None:
    code, name = ref.split("@")
    resolved = side(parse(source(code)), "current" if name == "current" else "draft")
    for p in load_corpus().edition(code, name).provisions:
        assert normalise_space(p.raw) in resolved, p.id


@pytest.mark.parametrize("code", ["wa", "wi"])
def test_every_source_line_is_accounted_for(code: str) -> None:
    imported = loaded_code(code).imported
    doc = split(source(code))
    for no, line in enumerate(source(code).split("\n"), 1):
        block = doc.owner(no)
        if not line.strip():
            assert block is None
            continue
        assert block is not None, f"{code} line {no} belongs to no block"
        owner = imported.owners[block.name]
        assert owner.startswith(f"{code}.") or owner in {
            "title",
            "banner",
            "heading",
            "ethics_lead_in",
            "conduct_lead_in",
            "principles_lead_in",
        }, owner


def test_every_listed_anomaly_is_found() -> None:
    found = [(a.id, a.markup) for a in loaded_code("wa").imported.anomalies]
    assert found == WA_ANOMALIES
    assert loaded_code("wi").imported.anomalies == ()


def test_every_anomaly_is_answered_and_applied() -> None:
    imported = loaded_code("wa").imported
    answered = {a for r in imported.readings for a in r.anomalies}
    assert answered == {a.id for a in imported.anomalies}
    corpus = load_corpus()
    current, draft = corpus.edition("wa", "current"), corpus.edition("wa", "draft")
    assert current.provision("wa.conduct.6").text == (
        "Never engage in any sexual or intimate activities with their clients or the family "
        "members of the clients."
    )
    assert draft.provision("wa.conduct.6").text == (
        "Respect the boundaries of peer work and never engage in any sexual or intimate "
        "activities with their clients or the family members of clients."
    )
    assert "Do not accept gifts of monetary value." in current.provision("wa.conduct.5").text
    assert "Do not exchange gifts of monetary value." in draft.provision("wa.conduct.5").text
    assert current.provision("wa.conduct.9").text == (
        "Do not enter into dual relationships or commitments with clients. Do not hire clients "
        "for other jobs or offer to provide living accommodations."
    )
    assert draft.provision("wa.conduct.9").text.startswith("Avoid dual relationships")
    assert current.provision("wa.ethics.5").text.endswith("through all stages of recovery.")
    assert current.provision("wa.ethics.5").curated
    assert not current.provision("wa.ethics.6").curated


def test_metadata_citations_topics_lead_in() -> None:
    corpus = load_corpus()
    intro = corpus.edition("wa", "current").provision("wa.intro")
    assert intro.citations == ("WAC 246-929-210", "chapter 18.420 RCW", "chapter 246-929 WAC")
    gift = corpus.edition("wa", "draft").provision("wa.conduct.5")
    assert "accept_gift" in gift.topics
    assert gift.lead_in.startswith("The following guidelines should be followed")
    assert (
        corpus.edition("wi", "current")
        .provision("wi.11")
        .lead_in.startswith("The following principles will guide")
    )


def test_corpus_version_and_digest() -> None:
    corpus = load_corpus()
    assert corpus.version == "0.1.0"
    assert len(corpus.sha256) == 64


def _copy_wa(tmp_path: Path) -> Path:
    root = resources.files("peer_ethics") / "codes" / "wa"
    for name in ("code.yaml", "source.md", "readings.yaml"):
        (tmp_path / name).write_text((root / name).read_text("utf-8"), "utf-8")
    return tmp_path


def test_a_reading_whose_find_is_not_in_the_text_is_an_error(tmp_path: Path) -> None:
    path = _copy_wa(tmp_path)
    readings = (path / "readings.yaml").read_text()
    (path / "readings.yaml").write_text(readings.replace('"Do not accept exchange gifts"', '"zz"'))
    with pytest.raises(CorpusError, match=r"reading wa.conduct.5/current/accept: find 'zz'"):
        load_code_dir(path)


def test_an_unanswered_anomaly_is_an_error(tmp_path: Path) -> None:
    path = _copy_wa(tmp_path)
    text = (path / "readings.yaml").read_text()
    start = text.index("  - id: wa.conduct.10/current/abuse")
    (path / "readings.yaml").write_text(text[:start])
    with pytest.raises(CorpusError, match=r"without a curated reading: wa.conduct.10/"):
        load_code_dir(path)
