"""The redline .docx as the drafter wrote it (`--format docx`), checked in its XML: the whole
document in order, one tracked change per source mark, one comment per anomaly, one bookmark per
provision, no internal id in the visible text."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from tests.export.office import convert, needs_office, pages, text

from peer_ethics import services
from peer_ethics.core.redline import side
from peer_ethics.core.revisions import mark_count
from peer_ethics.export.wordml import bookmark_name

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ID = re.compile(r"\bwa\.(intro|vision|ethics|conduct|contact)")  # www.doh.wa.gov is text


@pytest.fixture(scope="module")
def package() -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(services.export_redline("wa", "docx")))


@pytest.fixture(scope="module")
def body(package: zipfile.ZipFile) -> etree._Element:
    return etree.fromstring(package.read("word/document.xml")).find(W + "body")


def _text(p: etree._Element, keep: str) -> str:
    """A paragraph's text with every change accepted (keep="ins") or rejected (keep="del")."""
    out = []
    for t in p.iter(W + "t", W + "delText"):
        inside = {a.tag for a in t.iterancestors(W + "ins", W + "del")}
        if (W + "ins" in inside and keep == "del") or (W + "del" in inside and keep == "ins"):
            continue
        out.append(t.text or "")
    return re.sub(r"^\d+\.\t", "", "".join(out))  # a list item's number is not the code's text


def test_the_whole_document_in_order_accepting_gives_the_draft_rejecting_the_current(
    body: etree._Element,
) -> None:
    blocks = services.redline("wa").document.blocks
    paragraphs = list(body.iter(W + "p"))
    assert len(paragraphs) == len(blocks) == 28
    assert [_text(p, "ins") for p in paragraphs] == [side(b.segments, "draft") for b in blocks]
    assert [_text(p, "del") for p in paragraphs] == [side(b.segments, "current") for b in blocks]
    visible = [_text(p, "ins") for p in paragraphs]
    assert visible[0] == visible[-1] == "DRAFT"  # both banners
    assert visible[1].startswith("Code of Ethics and Professional Conduct")  # the title
    assert visible.index("Introduction") < visible.index("Vision") < visible.index("Code of Ethics")
    assert any(v.startswith("To maintain the highest ethical standards") for v in visible)
    assert any(v.startswith("The following guidelines should be followed") for v in visible)


def test_one_tracked_change_per_mark_of_the_source(body: etree._Element) -> None:
    blocks = services.redline("wa").document.blocks
    source_marks = [s for b in blocks for s in b.segments if s.op != "equal"]
    assert sum(mark_count(b.segments) for b in blocks) == len(source_marks) == 30
    marks = [m for m in body.iter(W + "del", W + "ins")]
    assert len(marks) == len(source_marks)
    for mark, seg in zip(marks, source_marks, strict=True):
        assert mark.tag == W + ("del" if seg.op == "deleted" else "ins")
        words = "".join(t.text or "" for t in mark.iter(W + "t", W + "delText"))
        assert " ".join(words.split()) == " ".join(seg.text.split())
        assert mark.get(W + "author") == "Drafter"
        assert mark.get(W + "date") == "2000-01-01T00:00:00Z"
    # the unmarked anomalies are not turned into changes: "nNever" stays as written
    assert "nNever" in "".join(t.text or "" for t in body.iter(W + "t"))


def test_one_comment_per_anomaly_anchored_on_its_markup_with_its_reading(
    package: zipfile.ZipFile, body: etree._Element
) -> None:
    result = services.redline("wa")
    comments = etree.fromstring(package.read("word/comments.xml")).findall(W + "comment")
    assert len(comments) == len(result.anomalies) == 15
    starts = [e.get(W + "id") for e in body.iter(W + "commentRangeStart")]
    ends = [e.get(W + "id") for e in body.iter(W + "commentRangeEnd")]
    refs = [e.get(W + "id") for e in body.iter(W + "commentReference")]
    assert (
        sorted(starts) == sorted(ends) == sorted(refs) == sorted(c.get(W + "id") for c in comments)
    )
    texts = {
        c.get(W + "id"): "\n".join(
            "".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p")
        )
        for c in comments
    }
    by_anomaly = dict(
        zip((a.id for a in result.anomalies), (c.get(W + "id") for c in comments), strict=True)
    )
    conduct5 = texts[by_anomaly["wa.conduct.5/unmarked_replacement/1"]]
    assert conduct5.startswith("Professional conduct, item 5: an unmarked replacement")
    assert "“Do not accept exchange gifts” is read as “Do not accept gifts”" in conduct5
    assert 'Why: "exchange" is the draft\'s unmarked replacement' in conduct5
    for a in result.anomalies:
        text = texts[by_anomaly[a.id]]
        for r in result.readings:
            if a.id in r.anomalies:
                assert " ".join(r.reason.split()) in text
    # the comment on "nNever" covers exactly those letters
    paragraph = next(p for p in body.iter(W + "p") if "nNever" in "".join(p.itertext()))
    cid = by_anomaly["wa.conduct.6/unmarked_case_change/1"]
    inside, on = [], False
    for e in paragraph.iter():
        if e.tag == W + "commentRangeStart" and e.get(W + "id") == cid:
            on = True
        elif e.tag == W + "commentRangeEnd" and e.get(W + "id") == cid:
            on = False
        elif on and e.tag in (W + "t", W + "delText"):
            inside.append(e.text or "")
    assert "".join(inside) == "nNever"


def test_one_bookmark_per_provision_named_by_its_id(body: etree._Element) -> None:
    ids = [p.id for p in services.corpus().edition("wa", "current").provisions]
    names = [b.get(W + "name") for b in body.iter(W + "bookmarkStart")]
    assert names == [bookmark_name(i) for i in ids] and len(names) == 20
    assert names[0] == "wa_intro" and "wa_conduct_9" in names
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", n) for n in names)
    visible = "".join(t.text or "" for t in body.iter(W + "t", W + "delText"))
    assert not ID.search(visible)  # no internal id in the text people read


def test_bookmark_names_follow_words_rules() -> None:
    assert bookmark_name("wa.conduct.5") == "wa_conduct_5"
    assert bookmark_name("wi.11") == "wi_11"
    assert bookmark_name("9.lives") == "p_9_lives"
    assert len(bookmark_name("x" * 60)) == 40


def test_export_is_byte_deterministic() -> None:
    assert services.export_redline("wa", "docx") == services.export_redline("wa", "docx")


@needs_office
def test_libreoffice_reads_every_change_comment_and_bookmark(tmp_path: Path) -> None:
    path = tmp_path / "wa.docx"
    path.write_bytes(services.export_redline("wa", "docx"))
    odt = convert(path, "odt", tmp_path)
    with zipfile.ZipFile(odt) as z:
        content = z.read("content.xml").decode()
    assert content.count("<office:annotation ") == 15
    assert content.count("<text:changed-region ") >= 30
    for pid in services.corpus().edition("wa", "current").ids():
        assert f'text:name="{bookmark_name(pid)}"' in content
    pdf = convert(path, "pdf", tmp_path)
    assert len(pages(pdf, tmp_path)) >= 2
    words = " ".join(text(pdf).split())
    assert words.count("DRAFT") >= 2 and "Introduction" in words
    assert "Do not accept exchange gifts of monetary value." in words  # as the source writes it
