"""Render documents the way a reader opens them: LibreOffice (headless) to PDF or CSV, poppler
to PNG pages and text. Tests that need them are skipped where they are not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice (soffice) or poppler (pdftoppm) is not installed; .ci/run installs both",
)


def convert(document: Path, to: str, folder: Path) -> Path:
    """`soffice --convert-to <to>` into `folder`, with a private profile; the converted file."""
    profile = folder / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = folder / f"{document.stem}.{to.split(':')[0]}"
    assert out.is_file(), f"LibreOffice made no {out.name}"
    return out


def pages(pdf: Path, folder: Path, dpi: int = 40) -> list[Path]:
    """Every page of a PDF as a PNG."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(folder / pdf.stem)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = sorted(folder.glob(f"{pdf.stem}-*.png"))
    assert found and all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in found)
    return found


def text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            w, _, h = line.split("size:")[1].split()[:3]
            sizes.append((float(w), float(h)))
    return sizes
