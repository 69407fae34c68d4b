"""Family: CLI outputs. `--output` writes regular files only, all or nothing, never clobbering."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from .conftest import Run, assert_user_error, cli

WRITERS = [
    ("redline", "wa", "--format", "md"),
    ("compare", "wa@current", "wa@draft", "--issue", "accept_gift", "--format", "md"),
]


def write(argv: tuple[str, ...], target: str, *extra: str, cwd: Path | None = None) -> Run:
    return cli(*argv, "--output", target, *extra, cwd=cwd)


def _device(tmp_path: Path) -> Path:
    """A character device to aim at: as root, a private null device in tmp_path (an unfixed
    writer run as root replaced /dev/null itself with a regular file); otherwise /dev/null,
    which a user cannot replace."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = tmp_path / "null-device"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


@pytest.mark.parametrize("argv", WRITERS, ids=["redline", "compare"])
def test_a_device_is_refused_not_replaced(argv: tuple[str, ...], tmp_path: Path) -> None:
    device = _device(tmp_path)
    before = os.stat(device)
    assert_user_error(write(argv, str(device)))
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.parametrize("argv", WRITERS, ids=["redline", "compare"])
def test_a_folder_is_refused(argv: tuple[str, ...], tmp_path: Path) -> None:
    assert_user_error(write(argv, str(tmp_path)))
    assert tmp_path.is_dir()


@pytest.mark.parametrize("argv", WRITERS, ids=["redline", "compare"])
def test_a_symlink_is_neither_followed_nor_replaced(argv: tuple[str, ...], tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "out.md"
    link.symlink_to(target)
    assert_user_error(write(argv, str(link)))
    assert link.is_symlink() and target.read_text() == "keep me"


@pytest.mark.parametrize("argv", WRITERS, ids=["redline", "compare"])
def test_a_fifo_is_refused(argv: tuple[str, ...], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_user_error(write(argv, str(fifo)))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("argv", WRITERS, ids=["redline", "compare"])
def test_a_read_only_file_is_kept_unless_forced(argv: tuple[str, ...], tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")
    target.chmod(0o444)
    assert_user_error(write(argv, str(target)))
    assert target.read_text() == "old"
    forced = write(argv, str(target), "--force")
    assert forced.code == 0, forced.err
    assert target.read_text() != "old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@pytest.mark.parametrize("argv", WRITERS, ids=["redline", "compare"])
def test_a_new_file_honours_the_umask(argv: tuple[str, ...], tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        run = write(argv, str(tmp_path / "new.md"))
    finally:
        os.umask(old)
    assert run.code == 0, run.err
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


FAILURES = {
    "read-only folder": lambda t: str(_read_only_dir(t) / "out.md"),
    "missing folder": lambda t: str(t / "no" / "out.md"),
    "name too long": lambda t: str(t / ("x" * 300)),
    "in /sys": lambda t: "/sys/kernel/peer-ethics.md",
    "in /proc": lambda t: "/proc/peer-ethics.md",
    "empty name": lambda t: "",
    "dot": lambda t: ".",
}


def _read_only_dir(tmp: Path) -> Path:
    folder = tmp / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize("name", list(FAILURES))
@pytest.mark.parametrize("argv", WRITERS, ids=["redline", "compare"])
def test_every_os_error_is_one_line(argv: tuple[str, ...], name: str, tmp_path: Path) -> None:
    target = FAILURES[name](tmp_path)
    if name == "read-only folder" and os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder")
    assert_user_error(write(argv, target))
    leftovers = [p.name for p in tmp_path.rglob(".*")]
    assert leftovers == []
