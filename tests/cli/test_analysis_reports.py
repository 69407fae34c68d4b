"""Compare and impact reports (md, html, docx) written by the real CLI; the impact .docx is
checked in its XML and rendered by LibreOffice to a PDF and a PNG."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from peer_ethics.cli.main import cli

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def write(tmp_path: Path, name: str, *args: str) -> Path:
    target = tmp_path / name
    result = CliRunner().invoke(cli, [*args, "--output", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Wrote {target}\n"
    return target


@pytest.fixture(scope="module")
def impact_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(
        tmp_path_factory.mktemp("impact"), "impact.docx", "impact", "wa", "--format", "docx"
    )


def body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def test_compare_markdown_tables_each_difference(tmp_path: Path) -> None:
    text = write(tmp_path, "c.md", "compare", "wa", "wi", "--format", "md").read_text()
    assert text.startswith("# Compare wa@current and wi@current\n")
    assert "## Differences (" in text and "## Silence (6)" in text and "## Alignment (" in text
    assert (
        "| sexual_relationship | A peer asks about romantic, sexual or intimate contact: the other "
        "person is someone you supported in the past; services ended 10 months ago | not addressed "
        "(no provision) | prohibited (wi@current:wi.8) |"
    ) in text


def test_compare_to_stdout_as_html_escapes_and_anchors() -> None:
    result = CliRunner().invoke(
        cli, ["compare", "wa", "wi", "--issue", "accept_gift", "--format", "html"]
    )
    assert result.exit_code == 0
    page = result.stdout
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert '<h2 id="section-1">Differences (' in page
    assert "<td>accept_gift</td><td>wa.conduct.5</td><td>wi.11</td>" in page
    assert "your agency&#x27;s guidelines" in page


def test_impact_docx_opens_with_tracked_changes_then_the_practical_changes(
    impact_docx: Path,
) -> None:
    root = body(impact_docx)
    inserted = ["".join(t.itertext()) for t in root.iter(f"{W}ins")]
    deleted = ["".join(t.itertext()) for t in root.iter(f"{W}del")]
    assert any("right to decline" in t for t in inserted)
    assert any("force" in t for t in deleted)
    for mark in (*root.iter(f"{W}ins"), *root.iter(f"{W}del")):
        assert mark.get(f"{W}author") == "peer-ethics"
    # The redline comes first, the table of practical changes after it.
    children = list(root.find(f"{W}body"))
    first_table = next(i for i, c in enumerate(children) if c.tag == f"{W}tbl")
    last_revision = max(i for i, c in enumerate(children) if c.find(f".//{W}ins") is not None)
    assert last_revision < first_table
    rows = [
        ["".join(cell.itertext()) for cell in row.iter(f"{W}tc")]
        for row in children[first_table].iter(f"{W}tr")
    ]
    assert rows[0] == ["Issue", "Verdict", "Situation", "Changed provisions", "Reform steps"]
    assert [
        "unsafe_meeting",
        "not addressed → permitted",
        "A peer asks about declining to meet the person you support somewhere you do not feel "
        "safe: nothing else is known",
        "wa@draft:wa.ethics.5",
        "add wa.unsafe.decline",
    ] in rows


def test_impact_docx_is_byte_identical_across_runs(impact_docx: Path, tmp_path: Path) -> None:
    again = write(tmp_path, "again.docx", "impact", "wa", "--format", "docx")
    assert again.read_bytes() == impact_docx.read_bytes()


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice (soffice) or poppler (pdftoppm) is not installed; .ci/run installs both",
)
def test_impact_docx_renders_in_libreoffice(impact_docx: Path, tmp_path: Path) -> None:
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(impact_docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "impact.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Impact of wa@draft on wa@current" in text
    assert "right to decline" in text
