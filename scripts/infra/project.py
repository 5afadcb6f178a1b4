"""What the pipeline's scripts share: where things are, the errors they raise, file digests, the drift message."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "puretalk_client._generated"
"""The generated code's import name: a private subpackage of the one package users import."""
PACKAGE_DIR = Path(*PACKAGE.split("."))
"""Where the generated package sits under a source root (``generated/`` in the repository, a scratch folder)."""
SPEC = "openapi.yaml"
OVERLAY = "overlays/openapi.overlay.yaml"
CONFIG = "generator-config.yaml"
GENERATED = Path("generated") / PACKAGE_DIR
"""The generated package, as the repository holds it (relative to the checkout)."""
STATE = Path("generated") / "state"
"""The pipeline's state, outside every importable package (committed: ``check`` and the next diff read it)."""
MANIFEST = STATE / "fingerprint.json"
"""Records the fingerprint of the inputs, the hash of every generated file, the Python surface and the version floor."""
RESOLVED = STATE / "openapi.resolved.json"
"""The resolved spec (openapi.yaml with the overlay) that ``GENERATED`` was made from: the next diff's base."""
FIX_COMMAND = "nox -s generate"


class PipelineError(Exception):
    """A pipeline step failed; the message names the step and the cause.

    The one base of every error the pipeline's scripts raise: a command-line entry point catches it,
    prints its one-line message and exits non-zero. Causes are chained (``raise ... from error``);
    only those entry points drop them, and the few places where a cause could carry a secret
    (a URL with credentials) say so.
    """


class PublishError(PipelineError):
    """Publishing was refused or failed; the message says why and what to do."""


CACHE_ENV = "PURETALK_CACHE_DIR"
"""Where ``generate`` keeps what a later run reuses, if not ``build/cache`` of the checkout (CI caches, the tests)."""


def cache_dir(root: Path) -> Path:
    """Return the folder of generation's caches: ``$PURETALK_CACHE_DIR``, or ``build/cache`` in ``root``.

    Every entry is named by a digest of everything its content depends on and written in one step, so
    checkouts and runs may share one folder.
    """
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else root / "build" / "cache"


def source_root(package_dir: Path) -> Path:
    """Return the folder to put on ``sys.path`` so that the generated package at ``package_dir`` imports as PACKAGE."""
    return package_dir.parents[len(PACKAGE_DIR.parts) - 1]


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    """Return the hex digest of the file at ``path``: sha256, unless another hashlib algorithm is named."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, algorithm).hexdigest()


def out_of_sync(differing: Iterable[str], consequence: str = "") -> str:
    """Say that ``generated/`` differs from a fresh generation: the files, then the command that fixes it."""
    lines = "\n".join(f"  {line}" for line in differing)
    return f"{GENERATED.as_posix()} is out of sync with its inputs{consequence}:\n{lines}\nFix it with: {FIX_COMMAND}"


MAX_SHOWN = 100
"""How many characters of a hostile value an error message quotes at most (:func:`shown`)."""


def shown(value: object) -> str:
    """Quote ``value`` for a one-line message, cut at :data:`MAX_SHOWN` characters."""
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def format_bytes(count: int) -> str:
    """Say ``count`` bytes the way a cap is written: ``16 MiB``, ``64 KiB`` or ``100 bytes``."""
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= size and count % size == 0:
            return f"{count // size} {unit}"
    return f"{count} bytes"


def exit_now(code: int) -> NoReturn:
    """End a command-line run with ``code`` at once: its output flushed, the interpreter's teardown skipped.

    Everything a command writes is closed before it returns; what the teardown would do next is free the
    parse, the validator's schemas and the imported modules, one object at a time (0.1 to 0.2 s after a
    first ``generate``). Only the ``__main__`` of a command calls it. Output that cannot be flushed
    (a closed pipe) ends a successful run with 120, as Python's own exit would.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 120
    os._exit(code)
