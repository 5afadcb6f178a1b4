"""Replacing files and folders so that a kill at any moment leaves the old version or the new one, never none or half.

- :func:`write_atomic`: the new bytes go to a temporary file beside the target, are flushed
  to disk, and take its place in one ``os.replace``.
- :func:`replace_tree`: the new folder and the old one trade places in one
  ``renameat2(RENAME_EXCHANGE)`` on Linux. Where that is missing (another system, or a file
  system without it) it takes two renames, the old folder parked at a fixed name between
  them; :func:`recover_tree` puts it back if a kill fell in that gap, or drops it if not.
- :func:`signals_deferred`: SIGINT and SIGTERM wait until a block that must not be cut short is done.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_UNSUPPORTED = frozenset({errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM})


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace the file at ``path`` with ``data`` (text is written as UTF-8) in one step; keep its permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=_temporary_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).chmod(path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise


def discard_temporaries(path: Path) -> None:
    """Remove the temporary files a killed :func:`write_atomic` of ``path`` left beside it."""
    for leftover in path.parent.glob(f"{_temporary_prefix(path)}*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def parked(target: Path) -> Path:
    """Where :func:`replace_tree` parks the old folder between its two renames, when it needs two."""
    return target.with_name(f".{target.name}.previous")


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); ``False`` when this system cannot."""
    if sys.platform != "linux":
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except AttributeError:  # a C library without the wrapper
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    result = int(renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE))
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def replace_tree(fresh: Path, target: Path) -> None:
    """Put the folder ``fresh`` at ``target``; the folder that was there, if any, ends up at ``fresh``'s path."""
    if not target.exists():
        fresh.rename(target)
        return
    if exchange(fresh, target):
        return
    old = parked(target)
    target.rename(old)
    fresh.rename(target)
    old.rename(fresh)


def recover_tree(target: Path) -> None:
    """Finish what a kill interrupted in :func:`replace_tree`: put the parked old folder back, or drop it."""
    old = parked(target)
    if not old.exists():
        return
    if target.exists():
        shutil.rmtree(old)  # the new folder is in place: the old one only waited to be moved out
    else:
        old.rename(target)  # killed between the two renames: the old folder goes back


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back for the block, then restore their handlers and deliver what came meanwhile.

    Outside the main thread (where handlers cannot be set) the block runs as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(number: int, frame: FrameType | None) -> None:
        caught.append(number)

    previous = {number: signal.signal(number, hold) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for caught_number in dict.fromkeys(caught):
            os.kill(os.getpid(), caught_number)
