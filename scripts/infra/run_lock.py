"""One run at a time per checkout: the lock of every run that writes generated/, build/, openapi.yaml, pyproject.toml.

``generate``, ``check`` (its scratch tree is under build/), ``update-spec``, ``spec-watch``,
``build`` and ``publish`` hold ``build/.lock`` (``fcntl.flock``, exclusive) from start to end.
A second run in the same checkout says so in one line on stderr and **waits** up to
``PURETALK_LOCK_WAIT`` seconds (default 600); then it refuses in one line, having changed
nothing. ``PURETALK_LOCK_WAIT=0`` refuses at once. The kernel drops the lock when its holder
exits, killed or not, so a killed run never leaves the checkout locked.

The lock is re-entrant within a process (``update-spec`` runs ``generate``), and a run that
starts another as a child process (``spec-watch`` runs ``update-spec``) hands it the lock:
the child receives the open lock file (:func:`child_environment`) and finds it already held.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from scripts.infra.project import PipelineError

LOCK = Path("build") / ".lock"
WAIT_VARIABLE = "PURETALK_LOCK_WAIT"
FD_VARIABLE = "PURETALK_LOCK_FD"
"""Set for a child process that inherits the parent's open lock file (its descriptor number)."""
DEFAULT_WAIT = 600.0
POLL = 0.1
OWNER_BYTES = 200

_held: dict[Path, tuple[int, int]] = {}
"""Locks this process holds: lock file → (descriptor, depth)."""


class LockError(PipelineError):
    """Another run held the checkout's lock for longer than this run would wait."""


def _wait_seconds(environ: Mapping[str, str]) -> float:
    raw = environ.get(WAIT_VARIABLE, "")
    if not raw:
        return DEFAULT_WAIT
    try:
        seconds = float(raw)
    except ValueError as cause:
        raise LockError(f"{WAIT_VARIABLE} must be a number of seconds, not {raw[:40]!r}") from cause
    if not 0 <= seconds < float("inf"):
        raise LockError(f"{WAIT_VARIABLE} must be a number of seconds, not {raw[:40]!r}")
    return seconds


def _owner(path: Path) -> str:
    """Who holds the lock, as the holder wrote it (``pid 123, generate``), or ``unknown``."""
    try:
        with path.open("rb") as handle:
            text = handle.read(OWNER_BYTES).decode("utf-8", "replace")
    except OSError:
        return "unknown"
    words = " ".join(text.split())
    return "".join(char for char in words if char.isprintable()) or "unknown"


def _inherited(path: Path, environ: Mapping[str, str]) -> int | None:
    """Return the descriptor of ``path`` a parent run handed down while holding the lock, if there is one."""
    raw = environ.get(FD_VARIABLE, "")
    if not raw.isdigit():
        return None
    descriptor = int(raw)
    try:
        handed, ours = os.fstat(descriptor), path.stat()
    except OSError:
        return None
    if (handed.st_dev, handed.st_ino) != (ours.st_dev, ours.st_ino):
        return None
    try:  # the same open file: flock succeeds at once if (and only if) no other open file holds it
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return None
    return descriptor


def _acquire(path: Path, what: str, environ: Mapping[str, str]) -> int:
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as cause:
            wait = _wait_seconds(environ)
            owner = _owner(path)
            if wait <= 0:
                raise LockError(
                    f"another run ({owner}) holds {LOCK.as_posix()} in this checkout; {what} refused, nothing changed"
                ) from cause
            print(
                f"{what}: another run ({owner}) holds {LOCK.as_posix()} in this checkout; waiting up to {wait:g} s",
                file=sys.stderr,
                flush=True,
            )
            deadline = time.monotonic() + wait
            while True:
                time.sleep(POLL)
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError as cause:
                    if time.monotonic() >= deadline:
                        raise LockError(
                            f"another run ({_owner(path)}) still holds {LOCK.as_posix()} after {wait:g} s "
                            f"({WAIT_VARIABLE}); {what} refused, nothing changed"
                        ) from cause
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"pid {os.getpid()}, {what}\n".encode(), 0)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


@contextlib.contextmanager
def run_lock(root: Path, what: str, environ: Mapping[str, str] | None = None) -> Iterator[None]:
    """Hold the lock of the checkout at ``root`` for the block; ``what`` names this run in messages.

    Waits (saying so) or refuses with :class:`LockError` as the module explains.
    """
    env = os.environ if environ is None else environ
    path = (root / LOCK).resolve()
    if path in _held:
        descriptor, depth = _held[path]
        _held[path] = (descriptor, depth + 1)
        try:
            yield
        finally:
            _held[path] = (descriptor, _held[path][1] - 1)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    inherited = _inherited(path, env)
    descriptor = inherited if inherited is not None else _acquire(path, what, env)
    _held[path] = (descriptor, 1)
    try:
        yield
    finally:
        del _held[path]
        if inherited is None:  # an inherited lock is the parent's to release
            with contextlib.suppress(OSError):
                os.ftruncate(descriptor, 0)
            os.close(descriptor)


def holds_lock(root: Path) -> bool:
    """Whether this process holds the lock of the checkout at ``root``."""
    return (root / LOCK).resolve() in _held


def child_environment(root: Path, environ: Mapping[str, str] | None = None) -> tuple[dict[str, str], tuple[int, ...]]:
    """Return the environment and ``pass_fds`` for a child run that works under this process's lock of ``root``."""
    env = dict(os.environ if environ is None else environ)
    held = _held.get((root / LOCK).resolve())
    if held is None:
        env.pop(FD_VARIABLE, None)
        return env, ()
    env[FD_VARIABLE] = str(held[0])
    return env, (held[0],)
