"""The word-diff .docx (`--format docx-diff`): the curated current -> draft diff as real tracked
changes, read from its XML."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from peer_ethics import services
from peer_ethics.core.changes import word_diff
from peer_ethics.loading.codes import load_corpus

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ID = re.compile(r"\bwa\.(intro|vision|ethics|conduct|contact)")  # www.doh.wa.gov is text


def _body() -> etree._Element:
    data = services.export_redline("wa", "docx-diff")
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    return etree.fromstring(xml)


def _texts(element: etree._Element, tag: str) -> str:
    return "".join(t.text or "" for t in element.iter(W + tag)).strip()


def test_revisions_match_the_curated_word_diff() -> None:
    corpus = load_corpus()
    current, draft = corpus.edition("wa", "current"), corpus.edition("wa", "draft")
    expected_del, expected_ins = [], []
    for p in current.provisions:
        for op, text in word_diff(p.text, draft.provision(p.id).text):
            (expected_del if op == "delete" else expected_ins if op == "insert" else []).append(
                text
            )
    body = _body()
    dels, inss = list(body.iter(W + "del")), list(body.iter(W + "ins"))
    assert [_texts(d, "delText") for d in dels] == expected_del
    assert [_texts(i, "t") for i in inss] == expected_ins
    assert len(dels) == 19 and len(inss) == 18
    assert "accept" in [_texts(d, "delText") for d in dels]
    assert "exchange" in [_texts(i, "t") for i in inss]


def test_revisions_carry_author_date_and_unique_ids() -> None:
    marks = [*_body().iter(W + "del"), *_body().iter(W + "ins")]
    assert {m.get(W + "author") for m in marks} == {"peer-ethics"}
    assert {m.get(W + "date") for m in marks} == {"2000-01-01T00:00:00Z"}
    ids = [m.get(W + "id") for m in _body().iter() if m.tag in (W + "del", W + "ins")]
    assert len(ids) == len(set(ids))
    # deleted words are w:delText inside w:del, never plain w:t
    assert all(not list(d.iter(W + "t")) for d in _body().iter(W + "del"))


def test_one_paragraph_per_provision_named_as_the_code_names_it() -> None:
    paragraphs = [_texts(p, "t") for p in _body().iter(W + "p")]
    names = [p.name for p in load_corpus().edition("wa", "current").provisions]
    assert next(p for p in paragraphs if p.startswith(tuple(names))).startswith("Introduction")
    labelled = [
        next(n for n in names if p.startswith(n + " "))
        for p in paragraphs
        if any(p.startswith(n + " ") for n in names)
    ]
    assert labelled == names
    assert not any(ID.search(p) for p in paragraphs)  # no internal id in the visible text
    starts = [b.get(W + "name") for b in _body().iter(W + "bookmarkStart")]
    assert starts == [n.replace(".", "_") for n in load_corpus().edition("wa", "current").ids()]


def test_export_is_byte_deterministic() -> None:
    assert services.export_redline("wa", "docx-diff") == services.export_redline("wa", "docx-diff")
