"""The GitHub Actions workflows keep the house rules: pinned actions, least privilege, no untrusted input in run:.

actionlint, the workflow schema and zizmor check them too (``nox -s lint``); these tests pin
down the rules this project chose on top, and run the publish workflow's tag check.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers.paths import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.y*ml"))
PINNED = re.compile(
    r"^\s*(?:-\s+)?uses:\s+(?P<action>[\w.-]+/[\w.-]+(?:/[^@\s]+)?)@(?P<sha>[0-9a-f]{40})"
    r"\s+# (?P<version>v\d+\.\d+\.\d+)\s*$"
)
# The one job that may write: it pushes the spec-watch branch and opens its pull request.
WRITES = {("spec-watch.yml", "propose"): {"contents": "write", "pull-requests": "write"}}
PRIVILEGED = ("publish.yml", "spec-watch.yml")  # no caches there: a poisoned cache would reach a release or a PR


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    return found


def steps(workflow: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, step


def strings(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string in a document with the path of keys and indexes that leads to it."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


def step_named(workflow: dict[str, Any], name: str) -> dict[str, Any]:
    return next(step for _, step in steps(workflow) if step.get("name") == name)


def test_the_three_flows_have_a_workflow() -> None:
    assert [path.name for path in FILES] == ["checks.yml", "publish.yml", "spec-watch.yml"]


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_in_a_comment(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
    used = [step["uses"] for _, step in steps(load(path)) if "uses" in step]
    assert len(lines) == len(used) > 0
    for line in lines:
        assert PINNED.match(line), f"{path.name}: not pinned to a full commit SHA with `# vX.Y.Z`: {line.strip()}"


def test_an_action_is_pinned_to_the_same_commit_everywhere() -> None:
    pins: dict[str, set[tuple[str, str]]] = {}
    for path in FILES:
        for match in filter(None, map(PINNED.match, path.read_text(encoding="utf-8").splitlines())):
            pins.setdefault(match["action"], set()).add((match["sha"], match["version"]))
    assert pins and all(len(versions) == 1 for versions in pins.values()), pins


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_permissions_are_granted_per_job_and_write_only_where_needed(path: Path) -> None:
    workflow = load(path)
    assert workflow["permissions"] == {}, "top level: no permissions; each job asks for its own"
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions")
        assert isinstance(permissions, dict), f"{path.name}: job {name} must list its permissions"
        assert set(permissions.values()) <= {"read", "write", "none"}
        writes = {scope: level for scope, level in permissions.items() if level == "write"}
        assert writes == WRITES.get((path.name, name), {}), f"{path.name}: job {name} writes {writes}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_no_expression_is_interpolated_into_a_run_script(path: Path) -> None:
    for job, step in steps(load(path)):
        if "run" in step:
            assert "${{" not in step["run"], f"{path.name}: job {job}: pass values through env:, not ${{{{ }}}}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_run_script_is_valid_bash(path: Path) -> None:
    for job, step in steps(load(path)):
        if "run" in step:
            result = subprocess.run(["bash", "-n"], input=step["run"], capture_output=True, text=True, check=False)
            assert result.returncode == 0, f"{path.name}: job {job}: {result.stderr}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_secrets_and_tokens_reach_steps_only_through_env(path: Path) -> None:
    for where, text in strings(load(path)):
        if re.search(r"\bsecrets\.|\bgithub\.token\b|secrets\[", text):
            assert where[0] == "jobs" and where[2] == "steps" and where[4] == "env", f"{path.name}: {where}"
            assert where[5] not in ("PATH", "GITHUB_ENV", "GITHUB_OUTPUT")


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_checkouts_keep_no_credentials_and_every_job_has_a_timeout(path: Path) -> None:
    workflow = load(path)
    for job in workflow["jobs"].values():
        assert isinstance(job.get("timeout-minutes"), int)
    for _, step in steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("name", PRIVILEGED)
def test_workflows_that_publish_or_push_use_no_cache(name: str) -> None:
    for _, step in steps(load(WORKFLOWS / name)):
        action = step.get("uses", "")
        assert not action.startswith("actions/cache@")
        if action.startswith("actions/setup-node@"):
            assert step["with"]["package-manager-cache"] is False
        if action.startswith("actions/setup-python@"):
            assert "cache" not in step.get("with", {})


def test_checks_run_nox_on_the_oldest_and_newest_python_with_node() -> None:
    workflow = load(WORKFLOWS / "checks.yml")
    assert set(triggers(workflow)) == {"push", "pull_request"}
    job = workflow["jobs"]["nox"]
    assert job["strategy"]["matrix"]["python"] == ["3.11", "3.14"]
    actions = [step.get("uses", "").split("@")[0] for step in job["steps"]]
    assert {"actions/setup-python", "actions/setup-node", "actions/cache"} <= set(actions)
    assert job["steps"][-1]["run"] == "./nox"


def test_spec_watch_runs_on_a_schedule_and_by_hand_from_the_repository_variable() -> None:
    workflow = load(WORKFLOWS / "spec-watch.yml")
    assert set(triggers(workflow)) == {"schedule", "workflow_dispatch"}
    assert workflow["concurrency"] == {"group": "spec-watch", "cancel-in-progress": False}
    step = step_named(workflow, "Fetch the spec, regenerate, set the proposed version")
    assert step["env"]["SPEC_SOURCE"] == "${{ vars.PURETALK_SPEC_SOURCE || 'https://docs.puretalk.ai/llms.txt' }}"
    assert './nox -s spec-watch -- "$SPEC_SOURCE" --out "$out"' in step["run"]
    watch, propose = workflow["jobs"]["watch"], workflow["jobs"]["propose"]
    assert propose["needs"] == "watch" and propose["if"] == "needs.watch.outputs.changed == 'true'"
    assert watch["permissions"] == {"contents": "read"}


def test_publish_runs_on_version_tags_one_at_a_time() -> None:
    workflow = load(WORKFLOWS / "publish.yml")
    assert triggers(workflow) == {"push": {"tags": ["v*"]}}
    assert workflow["concurrency"] == {"group": "publish", "cancel-in-progress": False}
    step = step_named(workflow, "./nox -s publish")
    assert step["run"] == "./nox -s publish"
    assert step["env"] == {
        "PURETALK_INDEX_URL": "${{ vars.PURETALK_INDEX_URL }}",
        "TWINE_USERNAME": "${{ secrets.TWINE_USERNAME }}",
        "TWINE_PASSWORD": "${{ secrets.TWINE_PASSWORD }}",
    }


@pytest.mark.parametrize(("tag", "accepted"), [("v1.2.3", True), ("v1.2.4", False), ("1.2.3", False)])
def test_publish_refuses_a_tag_that_is_not_the_version(tmp_path: Path, tag: str, accepted: bool) -> None:
    script = step_named(load(WORKFLOWS / "publish.yml"), "Refuse a tag that is not the version in pyproject.toml")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "puretalk-client"\nversion = "1.2.3"\n')
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "GITHUB_REF_NAME": tag}
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script["run"]],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    if accepted:
        assert result.returncode == 0, result.stdout + result.stderr
        assert "tag v1.2.3 is puretalk-client 1.2.3" in result.stdout
    else:
        assert result.returncode == 1
        assert (
            f"::error title=tag and version differ::tag {tag}, but pyproject.toml says version 1.2.3" in result.stdout
        )


# -- docs/ci.md describes these workflows ----------------------------------------------------

CI_PAGE = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")


def _table_column(heading_cell: str) -> set[str]:
    """The first cells (unquoted) of the docs/ci.md table whose header row starts with heading_cell."""
    rows = re.search(rf"^\| {heading_cell} \|.*\n\|[-| ]+\|\n((?:\|.*\n)+)", CI_PAGE, re.M)
    assert rows is not None, heading_cell
    return {name for row in rows.group(1).splitlines() for name in re.findall(r"`([^`]+)`", row.split("|")[1])}


def test_the_ci_page_lists_every_workflow() -> None:
    assert _table_column("workflow") == {path.name for path in FILES}


def test_the_ci_page_lists_every_variable_and_secret_the_workflows_read() -> None:
    read = {
        name
        for path in FILES
        for name in re.findall(r"\$\{\{[^}]*?\b(?:vars|secrets)\.([A-Z_]+)", path.read_text(encoding="utf-8"))
    }
    assert read, "the workflows read their settings from vars and secrets"
    assert _table_column("name") == read
