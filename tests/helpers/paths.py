"""Where things are: the repository root, the test data, and what a copy of the repository leaves out."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
"""Test data copied into the repository, each folder with an ORIGIN.md (source and licence)."""
SEED_PAGE = DATA / "seed" / "register-web-call.md"
COMPLIANT_SETS = DATA / "overlay-compliant-sets"
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".nox", ".nox-bootstrap", "build", "dist", "node_modules",
    ".ruff_cache", ".mypy_cache", ".pytest_cache", ".hypothesis", "*.egg-info",
)  # fmt: skip
"""What ``shutil.copytree(ROOT, ..., ignore=NOT_COPIED)`` leaves out: caches, virtualenvs, build output.

``__pycache__`` goes along (``nox -s tests`` compiles the sources first): a copy's modules keep their times, so
its interpreters read that bytecode instead of compiling every module again, and a module a test changes is
compiled afresh (its time and size no longer match)."""


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (caches left out), by relative path."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }
