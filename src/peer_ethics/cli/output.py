"""`--output FILE`: the one writer of every command's output file.

All or nothing (a temporary file beside the target, then a rename), and only ever a regular
file: a directory, a device (`/dev/full`), a pipe, a socket or a symbolic link is refused, not
replaced or followed; a read-only file is replaced only with `--force`. A new file gets the
usual mode for the umask (0666 minus the umask); a replaced file keeps its mode. Every failure is
one line naming the file and the reason (exit 2), never a traceback.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from peer_ethics.core.errors import BadInput

FORCE_HELP = "Replace the --output file even when it is read-only."

F = TypeVar("F", bound=Callable[..., Any])


def force_option(command: F) -> F:
    """The `--force` flag of every command that writes `--output`."""
    return click.option("--force", is_flag=True, help=FORCE_HELP)(command)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _refuse(path: Path, why: str) -> BadInput:
    return BadInput(f"cannot write {path}: {why}")


def _check_target(path: Path, force: bool) -> int | None:
    """The mode to keep when `path` exists (a regular file we may replace), else None."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _refuse(path, exc.strerror or type(exc).__name__) from None
    if stat.S_ISLNK(st.st_mode):
        raise _refuse(path, "it is a symbolic link; give the path of a regular file")
    if stat.S_ISDIR(st.st_mode):
        raise _refuse(path, "it is a folder; give a file name")
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(path, "it is not a regular file (a device, pipe or socket)")
    read_only = not (st.st_mode & 0o222) or not os.access(path, os.W_OK)
    if read_only and not force:
        raise _refuse(path, "it is read-only; add --force to replace it")
    return stat.S_IMODE(st.st_mode)


def write_output(path: Path, data: bytes, force: bool = False) -> None:
    """Write all of `data` to the regular file `path`, or nothing (BadInput, one line)."""
    if not path.name or path.name in (".", ".."):
        raise _refuse(path, "give a file name")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise _refuse(path, f"folder {directory} does not exist")
    mode = _check_target(path, force)
    if mode is None:
        mode = 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=".pe-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _refuse(path, _reason(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
        _check_target(path, force)  # still not a link or special file just before the rename
        os.replace(tmp, path)
    except BadInput:
        Path(tmp).unlink(missing_ok=True)
        raise
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _refuse(path, _reason(exc)) from None


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder cannot be written (permission denied or read-only)"
    return exc.strerror or type(exc).__name__
