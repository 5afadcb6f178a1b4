"""The suite's groups (unit, pipeline, contract, publish) and its workers: what tests/conftest.py marks holds."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest

from tests.conftest import GROUP_NAMES, GROUPS, shares_fixtures, worker_group
from tests.helpers.paths import ROOT

NOXFILE = ROOT / "noxfile.py"


def test_every_grouped_file_exists_so_a_rename_cannot_drop_it_into_unit() -> None:
    missing = sorted(name for name in GROUPS if not (ROOT / "tests" / name).is_file())
    assert not missing, f"tests/conftest.py GROUPS names files that do not exist: {missing}"
    assert set(GROUPS.values()) <= set(GROUP_NAMES)


def test_the_groups_are_the_registered_markers() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        markers = tomllib.load(handle)["tool"]["pytest"]["ini_options"]["markers"]
    names = {marker.split(":")[0].split("(")[0] for marker in markers}
    assert names == {*GROUP_NAMES, "xdist_group"}


def test_a_file_that_runs_generate_in_a_subprocess_is_not_a_unit_test() -> None:
    command = '"-m", "scripts.generation.' + 'generate"'  # split: this file runs no generate
    unit = [
        path.name
        for path in sorted((ROOT / "tests").glob("test_*.py"))
        if command in path.read_text(encoding="utf-8") and path.name not in GROUPS
    ]
    assert not unit, f"add these to GROUPS in tests/conftest.py: {unit}"


def test_files_with_module_fixtures_share_one_worker(tmp_path: Path) -> None:
    assert shares_fixtures(ROOT / "tests" / "test_upstream_corpus.py")  # one mypy cache
    assert shares_fixtures(ROOT / "tests" / "test_publish_devpi.py")  # starts devpi once
    plain = tmp_path / "test_plain.py"
    plain.write_text("import pytest\n\n\n@pytest.fixture\ndef thing() -> int:\n    return 1\n", encoding="utf-8")
    assert not shares_fixtures(plain)
    shared = tmp_path / "test_shared.py"
    shared.write_text('@pytest.fixture(scope="module")\ndef server(): ...\n', encoding="utf-8")
    assert shares_fixtures(shared)


@dataclass
class _Item:
    """What :func:`worker_group` reads of a collected test."""

    path: Path
    fixturenames: tuple[str, ...]


def test_every_test_of_the_built_distributions_shares_one_build() -> None:
    wheel, plugin = ROOT / "tests" / "test_wheel.py", ROOT / "tests" / "test_fake_api_plugin.py"
    groups = {worker_group(cast(pytest.Item, _Item(path, ("distributions",)))) for path in (wheel, plugin)}
    assert groups == {"distributions"}  # one worker builds the sdist and the wheel, once
    assert all("distributions: Distributions" in path.read_text(encoding="utf-8") for path in (wheel, plugin))
    assert worker_group(cast(pytest.Item, _Item(wheel, ("tmp_path",)))) is None  # a plain test goes anywhere


def test_no_test_runs_a_nox_session() -> None:
    # A nox session inside the suite installs during a test and behaves differently under nox installed by pip
    # (virtualenv, no uv) and ./nox: a test runs the session's module in the tests' venv instead.
    sources = [*sorted((ROOT / "tests").glob("*.py")), *sorted((ROOT / "tests" / "helpers").glob("*.py"))]
    # Allowed: a session run with no virtualenv and no install (``--no-venv --no-install``, the tests' own
    # interpreter), or a session the noxfile declares with ``venv_backend="none"`` that installs nothing
    # the tests session has not installed already (``mock``: Prism from node_modules).
    no_venv_sessions = set(re.findall(r'@nox\.session\(venv_backend="none"\)\ndef (\w+)', NOXFILE.read_text()))
    runners = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        if "nox_command(" not in text or path.name in {"test_nox_command.py", "test_suite_groups.py"}:
            continue
        sessions = set(re.findall(r'"-s", "([\w-]+)"', text))
        if '"--no-venv", "--no-install"' in text or (sessions and sessions <= no_venv_sessions):
            continue
        runners.append(path.name)
    assert "mock" in no_venv_sessions
    assert not runners, f"these run nox from a test, with a virtualenv: {runners}"
    finding = (ROOT / "tests" / "test_nox_command.py").read_text(encoding="utf-8")
    assert '"--version"' in finding and '"-s"' not in finding  # it asks the nox running the tests for its version


def test_a_group_runs_on_one_worker_under_xdist(tmp_path: Path) -> None:
    # pytest-xdist names each test's group from its xdist_group marks in its own collection hook: marks added after
    # it are ignored, and a module's server or build is then made on every worker.
    selected = ["tests/test_publish_devpi.py", "-k", "simple_index or docs_table"]  # one file's fast tests
    # --basetemp: a folder of its own; pytest's default one would first clear the older runs' (20 s of a second's run)
    options = ["-v", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup", "--basetemp", str(tmp_path / "run")]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *options, *selected],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    ran = [line for line in result.stdout.splitlines() if " PASSED " in line]
    assert len(ran) == 4, result.stdout
    assert all(line.rstrip().endswith("@test_publish_devpi") for line in ran), result.stdout
    assert len({line.split()[0] for line in ran}) == 1, "one group, yet more than one worker ran it"
