"""HTML and Markdown exports: escaped, standalone, and the Markdown re-imports to the editions."""

from __future__ import annotations

from peer_ethics import services
from peer_ethics.loading.codes import load_corpus
from peer_ethics.loading.importer import import_redline


def test_html_is_a_standalone_escaped_page() -> None:
    page = services.export_redline("wa", "html").decode()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<del>accept</del> <ins>exchange</ins>" in page
    assert '<section id="wa.conduct.5">' in page
    assert "client&#x27;s" in page  # text is escaped
    assert page.count("<del>") == 19 + 1  # the redline plus the legend


def test_markdown_reimports_to_the_curated_editions() -> None:
    markdown = services.export_redline("wa", "md").decode()
    body = markdown.split("\n## Changes", 1)[0]
    result = import_redline(body)
    corpus = load_corpus()
    for name in ("current", "draft"):
        # the first paragraph is the export's status line, then one paragraph per provision
        texts = [p.text for p in result.edition(name).provisions][1:]
        expected = [p.text for p in corpus.edition("wa", name).provisions]
        assert texts == expected


def test_term_redline_marks_without_colour() -> None:
    text = services.export_redline("wa", "term", width=100).decode()
    assert "Do not [-accept-] {+exchange+} gifts" in " ".join(text.split())
    assert all(line == line.rstrip() for line in text.splitlines())
