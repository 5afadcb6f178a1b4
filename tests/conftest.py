"""Fixtures every test may use: a clean PURETALK_* environment, copies of the repository, the Prism mock.

Every test is also marked with its group, ``unit``, ``pipeline``, ``contract`` or ``publish``
(``pytest -m unit``), by :func:`pytest_collection_modifyitems` from :data:`GROUPS`: by file, so that
no test file has to move (docs/pipeline.md, "Running the tests"). Helpers that are not fixtures
live in ``tests/helpers/``.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.infra.project import CACHE_ENV
from scripts.release.reproducible_build import FALLBACK_EPOCH, build_distributions
from tests.helpers.docs_site import DocsSite
from tests.helpers.paths import NOT_COPIED, ROOT
from tests.helpers.servers import QuietHandler, prism, serving

GROUPS: dict[str, str] = {
    # Prism or another real server speaking the API, each method against the spec.
    "test_client_contract.py": "contract",
    "test_contract_generated.py": "contract",
    "test_readme.py": "contract",
    "test_readme_for_users.py": "contract",
    "test_nox_mock.py": "contract",
    # Building, uploading and installing the distribution.
    "test_publish.py": "publish",
    "test_publish_devpi.py": "publish",
    "test_publish_hostile.py": "publish",
    "test_wheel.py": "publish",
    "test_fake_api_plugin.py": "publish",
    # generate / check / update-spec / spec-watch and the generator itself, in copies of the repository.
    "test_additive_change.py": "pipeline",
    "test_changelog.py": "pipeline",
    "test_facade.py": "pipeline",
    "test_facade_fuzz.py": "pipeline",
    "test_facade_hostile.py": "pipeline",
    "test_hostile_specs.py": "pipeline",
    "test_interrupted_runs.py": "pipeline",
    "test_nox_command.py": "pipeline",
    "test_output_cache.py": "pipeline",
    "test_pipeline.py": "pipeline",
    "test_real_spec_shapes.py": "pipeline",
    "test_run_lock.py": "pipeline",
    "test_spec_watch.py": "pipeline",
    "test_surface_report.py": "pipeline",
    "test_update_spec.py": "pipeline",
    "test_update_spec_hostile.py": "pipeline",
    "test_upstream_corpus.py": "pipeline",
    "test_user_code_types.py": "pipeline",
}
"""The group of each test file that is not ``unit``. A file not named here is grouped by the fixtures its tests
use: ``prism_url`` makes a contract test, a copy of the repository (``repo_copy``, ``git_repo``, ``run_pipeline``)
a pipeline test; anything else is a unit test."""

GROUP_NAMES = ("unit", "pipeline", "contract", "publish")
"""The markers registered in pyproject.toml; every test carries exactly one."""

_FIXTURE_GROUPS = (("prism_url", "contract"), ("repo_copy", "pipeline"), ("git_repo", "pipeline"))


def group_of(item: pytest.Item) -> str:
    """The group of the test ``item``: its file's in :data:`GROUPS`, else from the fixtures it uses, else unit."""
    group = GROUPS.get(item.path.name)
    if group is not None:
        return group
    fixtures = set(getattr(item, "fixturenames", ()))
    if "run_pipeline" in fixtures:
        return "pipeline"
    return next((group for fixture, group in _FIXTURE_GROUPS if fixture in fixtures), "unit")


_SHARED_SCOPE = re.compile(r"""scope=["'](?:module|session|package)["']""")


@functools.cache
def shares_fixtures(path: Path) -> bool:
    """Whether the test file ``path`` defines a fixture of module or session scope (a server, a build, a cache)."""
    return _SHARED_SCOPE.search(path.read_text(encoding="utf-8")) is not None


def worker_group(item: pytest.Item) -> str | None:
    """The pytest-xdist group of ``item``: tests that share one costly fixture run on one worker, which makes it once.

    Every test using Prism (``prism_url``) shares one worker's Prism, every test of the built sdist and wheel
    (``distributions``) one worker's build; the tests of a file that defines a module or session fixture
    (pypiserver, devpi, a mypy cache) share that file's worker. Any other test goes wherever a worker is free.
    """
    fixtures = getattr(item, "fixturenames", ())
    if "prism_url" in fixtures:
        return "prism"
    if "distributions" in fixtures:
        return "distributions"
    if shares_fixtures(item.path):
        return item.path.stem
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test with its group (``pytest -m pipeline``) and, when it shares a costly fixture, its worker.

    First among the hooks: pytest-xdist's own (on each worker) reads the ``xdist_group`` marks to name each test's
    group; run after it, the marks were ignored and a module's server or build was made on every worker.
    """
    for item in items:
        item.add_marker(getattr(pytest.mark, group_of(item)))
        shared = worker_group(item)
        if shared is not None:
            item.add_marker(pytest.mark.xdist_group(shared))


@pytest.fixture(autouse=True)
def _no_puretalk_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clear every PURETALK_* variable of the shell running the tests: each test sets what it needs."""
    for name in [name for name in os.environ if name.startswith("PURETALK_")]:
        monkeypatch.delenv(name)


@pytest.fixture(scope="session", autouse=True)
def shared_generation_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One cache folder of generation (PURETALK_CACHE_DIR) for every run of the pipeline this worker starts.

    Its entries are named by digests of all they depend on, so the repository copies' runs share them as a
    checkout's successive runs do; each worker starts with an empty one (the first run of each input is cold).
    """
    folder = tmp_path_factory.mktemp("generation-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(folder))
        yield folder


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository (sources, spec, generated/) in a temporary folder."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy


@pytest.fixture
def run_pipeline() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m scripts.commands.generate ARGS`` inside a given repository folder."""

    def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "scripts.commands.generate", *args],
            cwd=repo, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip

    return run


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock serving openapi.yaml, for the whole test session."""
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with prism(ROOT / "openapi.yaml", log) as url:
        yield url


@dataclass(frozen=True)
class Distributions:
    """The sdist and the wheel built from this checkout, once per worker."""

    sdist: Path
    wheel: Path


@pytest.fixture(scope="session")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> Distributions:
    """The sdist and the wheel of this checkout, built as ``nox -s build`` builds them, for every test that reads
    or installs them (one build, not one per file)."""
    files = build_distributions(ROOT, tmp_path_factory.mktemp("dist"), FALLBACK_EPOCH)
    (wheel,) = [path for path in files if path.suffix == ".whl"]
    (sdist,) = [path for path in files if path.name.endswith(".tar.gz")]
    return Distributions(sdist, wheel)


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
