"""Shared fixtures: the repository root and throw-away copies of the repository."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_NOT_COPIED = shutil.ignore_patterns(
    ".git", ".nox", ".nox-bootstrap", "build", "dist", "node_modules", "__pycache__",
    ".ruff_cache", ".mypy_cache", ".pytest_cache", ".hypothesis", "*.egg-info",
)  # fmt: skip


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (caches left out), by relative path."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository (sources, spec, generated/) in a temporary folder."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=_NOT_COPIED)
    return copy


@pytest.fixture
def run_pipeline() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m scripts.generate ARGS`` inside a given repository folder."""

    def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "scripts.generate", *args],
            cwd=repo, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip

    return run


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock serving openapi.yaml, for the whole test session."""
    from tests.servers import prism

    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with prism(ROOT / "openapi.yaml", log) as url:
        yield url
