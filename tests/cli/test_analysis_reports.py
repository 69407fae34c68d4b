"""Compare and impact reports (md, html, pdf, docx) written by the real CLI, for people to read:
editions by name, topics by label, verdicts in words, situations as sentences, deciding words
quoted with the provision named as the code names it, rule ids only in the appendix; wide tables
in landscape. The .docx is rendered by LibreOffice and the PDF comes from the HTML."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from tests.export.office import convert, needs_office, page_sizes, pages, text

from peer_ethics.cli.main import cli

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ID = re.compile(r"\b(wa|wi)@|\bwa\.(intro|vision|ethics|conduct|contact)|\bwi\.\d|[a-z]+_[a-z_]+")
COMMAND = re.compile(r"peer-ethics \w")


def write(folder: Path, name: str, *args: str) -> Path:
    target = folder / name
    result = CliRunner().invoke(cli, [*args, "--output", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Wrote {target}\n"
    return target


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reports")


@pytest.fixture(scope="module")
def impact_md(folder: Path) -> str:
    return write(folder, "impact.md", "impact", "wa", "--format", "md").read_text()


def _before_appendix(text: str) -> str:
    return text.split("Appendix for reviewers", 1)[0]


def test_impact_report_reads_in_plain_words(impact_md: str) -> None:
    assert impact_md.startswith("# What the draft would change in practice\n")
    assert "8 answers and the strength of 2 more" in impact_md
    row = next(r for r in impact_md.splitlines() if r.startswith("| Meeting somewhere unsafe |"))
    assert row == (
        "| Meeting somewhere unsafe | A peer asks about declining to meet the person you support "
        "somewhere you do not feel safe. | **Not addressed**<br>No provision of this code decides "
        "it. | **Permitted**<br>_Ethical standards, item 5: “Provide support for their clients "
        "holistically through all stages of recovery and meet the clients where they are. Peers "
        "have the right to decline meeting a client in an environment where they don't feel "
        'safe.”_ | "Peers have the right to decline meeting a client in an environment where '
        "they don't feel safe\" is new. |"
    )
    assert (
        "A peer asks about having a second relationship with the person you support (work, "
        "housing, business, friendship, social media, neighbour …) when the other person is "
        "someone you currently support and the dual relationship cannot be avoided." in impact_md
    )
    body = _before_appendix(impact_md)
    assert not ID.search(body), ID.search(body)  # no ids, no snake_case before the appendix
    assert not COMMAND.search(impact_md)
    appendix = impact_md.split("Appendix for reviewers", 1)[1]
    assert (
        "| Meeting somewhere unsafe | answer changes | wa.unsafe.decline | "
        "add: wa@draft:wa.ethics.5 |" in appendix
    )


def test_compare_report_quotes_both_codes_by_their_own_names(folder: Path) -> None:
    md = write(folder, "c.md", "compare", "wa", "wi", "--format", "md").read_text()
    assert md.startswith(
        "# Washington State — current code (in force) compared with Wisconsin — current code "
        "(in force)\n"
    )
    assert (
        "## Addressed by one side only (6)" in md and "## Which provisions decide each topic" in md
    )
    assert "| Accepting a gift | Professional conduct, item 5 | Principle 11 |" in md
    assert "_Principle 8: “I will not engage in sexual or any form of intimate activities" in md
    assert not ID.search(_before_appendix(md))


def test_compare_html_to_stdout_is_a_standalone_page_with_landscape_sections() -> None:
    result = CliRunner().invoke(
        cli, ["compare", "wa", "wi", "--issue", "accept_gift", "--format", "html"]
    )
    assert result.exit_code == 0
    page = result.stdout
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert '<section class="wide" aria-labelledby="section-1">' in page
    assert "@page wide { size: letter landscape;" in page
    assert "your agency&#x27;s guidelines" in page


def test_impact_docx_has_landscape_sections_for_the_wide_tables(folder: Path) -> None:
    path = write(folder, "impact.docx", "impact", "wa", "--format", "docx")
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    sizes = [s for s in root.iter(f"{W}pgSz")]
    assert [s.get(f"{W}orient") for s in sizes] == ["landscape", None, "landscape"]
    first = next(root.iter(f"{W}tbl"))
    rows = [["".join(c.itertext()) for c in row.iter(f"{W}tc")] for row in first.iter(f"{W}tr")]
    assert rows[0] == [
        "Topic",
        "Situation",
        "Washington State — current code (in force)",
        "Washington State — draft (proposed, not in force)",
        "What the draft does",
    ]
    assert first.find(f".//{W}tblHeader") is not None  # the head repeats on every page
    visible = "".join(root.itertext())
    assert not ID.search(_before_appendix(visible))
    again = write(folder, "again.docx", "impact", "wa", "--format", "docx")
    assert again.read_bytes() == path.read_bytes()


def test_pdf_is_the_html_laid_out_with_landscape_pages(folder: Path) -> None:
    pdf = write(folder, "impact.pdf", "impact", "wa", "--format", "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    sizes = page_sizes(pdf)
    assert sizes[0] == (792.0, 612.0)  # opens landscape with the first wide table
    assert (612.0, 792.0) in sizes  # the narrow tables on portrait pages
    words = text(pdf)
    assert "What the draft would change in practice" in words
    assert "Professional conduct, item 9" in words


@needs_office
def test_impact_docx_renders_in_libreoffice(folder: Path) -> None:
    pdf = convert(folder / "impact.docx", "pdf", folder)
    assert len(pages(pdf, folder)) >= 4
    words = " ".join(text(pdf).split())
    assert "What the draft would change in practice" in words
    assert "Peers have the right to decline" in words
    assert page_sizes(pdf)[0] == (792.0, 612.0)
