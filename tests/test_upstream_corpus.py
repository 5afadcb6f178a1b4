"""The corpus of upstream changes (tests/helpers/upstream_changes.py), each tried as a user would meet it.

For each change, in a copy of the repository and with no other edit: ``update-spec --bump SOURCE``,
then ``generate check``, ruff, ``mypy --strict`` on the generated package and the overlays, and the
checks that follow from the new spec: each of its operations reachable on ``Puretalk()`` and
``AsyncPuretalk()`` under the name the report gave it, the names users have kept, and pyproject.toml
at the version the report proposed. For a breaking change the only red allowed is mypy naming a
hand-written helper (overlays/puretalk_client/_helpers/*.py) that used what was removed.

A removed operation, and a renamed path parameter (its path is a new one), leave overlay actions
under an operation that is gone: those are skipped and listed in the report (scripts/generation/overlay.py),
so the change arrives as a major version like any other breaking one.

Cost: one mypy cache shared by every copy, so each mypy run checks only what the change touched.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.spec import operation_keys
from tests.helpers.upstream_changes import CORPUS, Spec, UpstreamChange
from tests.helpers.versions import next_version, project_version
from tests.pins import NAMES_USERS_HAVE

PROPOSED = re.compile(r"^Version: (\w+) change; (\S+) -> (\S+) \(set it in pyproject\.toml\)$", re.M)
NAMED = re.compile(r"^- ([A-Z]+ \S+) -> client\.([\w.]+)\(\) \(", re.M)
HELPERS = "overlays/puretalk_client/_helpers/"

REACH = """
import json, sys
import puretalk_client._generated, puretalk_client
from puretalk_client._generated.resources import OPERATIONS
from puretalk_client import AsyncPuretalk, Puretalk


def reach(root, dotted):
    for part in dotted.split("."):
        root = getattr(root, part, None)
    return callable(root)


clients = Puretalk(api_key="k"), AsyncPuretalk(api_key="k")
print(json.dumps({
    "files": [puretalk_client._generated.__file__, puretalk_client.__file__],
    "operations": {key: [dotted, *(reach(client, dotted) for client in clients)] for key, dotted in OPERATIONS.items()},
}))
"""


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for every copy: each run re-checks only the modules its change touched."""
    return tmp_path_factory.mktemp("mypy-cache")


def run(repo: Path, *command: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=repo, env={**os.environ, **env}, capture_output=True, text=True, timeout=600, check=False
    )


def update_spec(repo: Path, spec: Spec, name: str) -> subprocess.CompletedProcess[str]:
    """``update-spec --bump`` from a file holding ``spec``, as the copy's own script runs it."""
    source = repo.parent / f"{name}.yaml"
    source.write_text(dump_yaml(spec), encoding="utf-8")
    return run(repo, sys.executable, "-m", "scripts.commands.update_spec", "--bump", str(source))


def assert_green(result: subprocess.CompletedProcess[str], what: str) -> None:
    assert result.returncode == 0, f"{what}:\n{result.stdout}{result.stderr}"


@pytest.mark.parametrize("entry", CORPUS, ids=[entry.name for entry in CORPUS])
def test_an_upstream_change_needs_update_spec_only(entry: UpstreamChange, repo_copy: Path, mypy_cache: Path) -> None:
    spec = load_document(repo_copy / "openapi.yaml")
    if entry.baseline is not None:
        spec = entry.baseline(spec)
        assert_green(update_spec(repo_copy, spec, "baseline"), "update-spec --bump (baseline)")
    before_version = project_version(repo_copy)
    old_operations = operation_keys(spec)
    new_spec = entry.change(spec)
    assert new_spec != spec, "the change changed nothing"

    updated = update_spec(repo_copy, new_spec, "new-openapi")
    assert_green(updated, "update-spec --bump")
    gone = operation_keys(spec) - operation_keys(new_spec)
    if gone:
        assert "Overlay actions skipped" in updated.stdout, updated.stdout

    proposed = PROPOSED.search(updated.stdout)
    assert proposed is not None, updated.stdout
    assert proposed.groups() == (entry.outcome, before_version, next_version(before_version, entry.outcome))
    assert project_version(repo_copy) == proposed.group(3)
    assert f"pyproject.toml: version {before_version} -> {proposed.group(3)} (--bump)" in updated.stdout

    assert_green(run(repo_copy, sys.executable, "-m", "scripts.commands.generate", "check"), "generate check")
    assert_green(run(repo_copy, sys.executable, "-m", "ruff", "check", "."), "ruff check")
    assert_green(run(repo_copy, sys.executable, "-m", "ruff", "format", "--check", "."), "ruff format --check")
    typed = run(
        repo_copy, sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache),
        "-p", "puretalk_client", "-p", "puretalk_client._generated",
    )  # fmt: skip
    if entry.outcome == "minor":
        assert_green(typed, "mypy --strict")
    else:
        errors = [line for line in typed.stdout.splitlines() if ": error:" in line]
        assert all(line.startswith(HELPERS) for line in errors), typed.stdout

    paths = os.pathsep.join(str(repo_copy / folder) for folder in ("generated", "overlays"))
    reached = run(repo_copy, sys.executable, "-c", REACH, PYTHONPATH=paths)  # the copy's packages
    assert_green(reached, "import the regenerated client")
    found = json.loads(reached.stdout)
    assert all(Path(file).is_relative_to(repo_copy) for file in found["files"]), found["files"]
    names = {key: dotted for key, (dotted, *_) in found["operations"].items()}
    unreachable = [key for key, (_, *reachable) in found["operations"].items() if not all(reachable)]
    assert not unreachable, f"not callable on Puretalk() and AsyncPuretalk(): {unreachable}"
    assert set(names) == operation_keys(new_spec)
    reported = dict(NAMED.findall(updated.stdout))
    assert set(reported) == operation_keys(new_spec) - old_operations, updated.stdout
    assert {key: names[key] for key in reported} == reported
    kept = {key: dotted for key, dotted in NAMES_USERS_HAVE.items() if key in names}
    assert {key: names[key] for key in kept} == kept, "a name users have changed"
