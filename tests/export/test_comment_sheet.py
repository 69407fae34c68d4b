"""The public-comment sheet (`redline wa --format comment-sheet --output sheet.xlsx|.docx`): one
row per changed provision, opened as a reader would (openpyxl, LibreOffice Calc and Writer)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from openpyxl import load_workbook
from tests.export.office import convert, needs_office, page_sizes, text

from peer_ethics import services
from peer_ethics.cli.main import cli

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEAD = [
    "No.",
    "Provision",
    "Current words (in force)",
    "Draft words (proposed)",
    "Editorial or substantive",
    "What it changes in practice",
    "Your comment",
]


def _changed() -> list[str]:
    changed = {c.provision for c in services.redline("wa").changes}
    return [
        p.name for p in services.corpus().edition("wa", "current").provisions if p.id in changed
    ]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sheet")
    for name in ("sheet.xlsx", "sheet.docx"):
        target = out / name
        result = CliRunner().invoke(
            cli, ["redline", "wa", "--format", "comment-sheet", "--output", str(target)]
        )
        assert result.exit_code == 0, result.output
    return out


def _check_rows(rows: list[list[str]]) -> None:
    head = rows.index(HEAD)
    body = [r for r in rows[head + 1 :] if any(r)]
    assert [r[1] for r in body] == _changed() and len(body) == 14
    assert [r[0] for r in body] == [str(n) for n in range(1, 15)]
    assert all(r[6] == "" for r in body)  # the comment column is left empty
    assert {r[4] for r in body} == {"editorial", "substantive"}
    conduct5 = next(r for r in body if r[1] == "Professional conduct, item 5")
    assert "Do not accept gifts of monetary value." in conduct5[2]
    assert "Do not exchange gifts of monetary value." in conduct5[3]
    assert conduct5[4] == "substantive"
    unsafe = next(r for r in body if r[1] == "Ethical standards, item 5")
    assert "Meeting somewhere unsafe: Not addressed → Permitted." in unsafe[5]
    vision = next(r for r in body if r[1] == "Vision")
    assert vision[4] == "editorial"
    assert vision[5] == "No answer or duty changes: a change of wording."


def test_xlsx_has_one_row_per_changed_provision(folder: Path) -> None:
    ws = load_workbook(folder / "sheet.xlsx").active
    assert ws is not None
    rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    assert rows[0][0].startswith("Public comment on the draft: Code of Ethics")
    _check_rows(rows)
    assert ws.page_setup.orientation == "landscape" and ws.freeze_panes == "C5"


def test_docx_table_has_the_same_rows(folder: Path) -> None:
    with zipfile.ZipFile(folder / "sheet.docx") as z:
        root = etree.fromstring(z.read("word/document.xml"))
    table = next(root.iter(W + "tbl"))
    rows = [
        [
            "\n".join("".join(p.itertext()) for p in cell.iter(W + "p"))
            for cell in row.iter(W + "tc")
        ]
        for row in table.iter(W + "tr")
    ]
    _check_rows(rows)
    assert next(root.iter(W + "pgSz")).get(W + "orient") == "landscape"


def test_both_files_are_byte_reproducible() -> None:
    for kind in ("comment-sheet.xlsx", "comment-sheet.docx"):
        assert services.export_redline("wa", kind) == services.export_redline("wa", kind)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["redline", "wa", "--format", "comment-sheet"], "give --output sheet.xlsx"),
        (
            ["redline", "wa", "--format", "comment-sheet", "--output", "sheet.csv"],
            "writes .xlsx or .docx, chosen by the --output name; got 'sheet.csv'",
        ),
        (
            ["redline", "wi", "--format", "comment-sheet", "--output", "wi.xlsx"],
            "code 'wi' has no draft to comment on",
        ),
    ],
)
def test_bad_requests_are_one_line_and_write_nothing(
    args: list[str], words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and words in result.output
    assert list(tmp_path.iterdir()) == []


@needs_office
def test_calc_opens_the_sheet_with_the_right_rows(folder: Path) -> None:
    out = convert(folder / "sheet.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", folder)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    _check_rows(rows)
    pdf = convert(folder / "sheet.xlsx", "pdf", folder)
    assert page_sizes(pdf)[0] == (792.0, 612.0)
    words = " ".join(text(pdf).split())
    assert "Your comment" in words and "exchange" in words and "accept" in words


@needs_office
def test_writer_opens_the_docx_sheet(tmp_path: Path, folder: Path) -> None:
    pdf = convert(folder / "sheet.docx", "pdf", tmp_path)
    words = " ".join(text(pdf).split())
    assert "Public comment on the draft" in words and "Your comment" in words
