"""Fixtures every test may use: a clean PURETALK_* environment, copies of the repository, the Prism mock.

Helpers that are not fixtures live in ``tests/helpers/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.docs_site import DocsSite
from tests.helpers.paths import NOT_COPIED, ROOT
from tests.helpers.servers import QuietHandler, prism, serving


@pytest.fixture(autouse=True)
def _no_puretalk_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clear every PURETALK_* variable of the shell running the tests: each test sets what it needs."""
    for name in [name for name in os.environ if name.startswith("PURETALK_")]:
        monkeypatch.delenv(name)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository (sources, spec, generated/) in a temporary folder."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy


@pytest.fixture
def run_pipeline() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m scripts.generation.generate ARGS`` inside a given repository folder."""

    def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "scripts.generation.generate", *args],
            cwd=repo, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip

    return run


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock serving openapi.yaml, for the whole test session."""
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with prism(ROOT / "openapi.yaml", log) as url:
        yield url


@pytest.fixture
def site() -> Iterator[DocsSite]:
    """A docs site on 127.0.0.1 serving the pages a test adds (404 for the rest)."""
    state = DocsSite()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            text, content_type = state.pages.get(self.path, ("not found", "text/plain"))
            self.send(200 if self.path in state.pages else 404, text.encode(), {"Content-Type": content_type})

    with serving(Handler) as url:
        state.url = url
        yield state


@pytest.fixture
def git_repo(repo_copy: Path) -> Path:
    """A copy of the repository, committed in a git repository of its own (to see what a run changed)."""
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], cwd=repo_copy, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo_copy, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=repo_copy, check=True)
    return repo_copy
