"""The spec-watch steps the CI workflow runs, against a docs site on 127.0.0.1, in a throw-away git repository.

The workflow runs ``./nox -s spec-watch -- SOURCE --out DIR`` (that session installs the pinned
generator and runs ``python -m scripts.commands.spec_watch``), then ``./nox``, then opens the pull request
from DIR. Here: the same script, then what ``./nox -s check`` runs (``python -m scripts.commands.generate
check`` in the tests' own venv: the suite never nests nox) in the copy for the additive change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.changes.changelog import section
from scripts.commands.spec_watch import Outcome, pull_request_body
from scripts.commands.update_spec import SourceError, with_version
from scripts.infra.yaml_io import dump_yaml
from tests.helpers.docs_site import SPEC, DocsSite, changed_files, fragment_for, seed_like_page
from tests.helpers.spec import METHODS
from tests.helpers.upstream_changes import schema_at, seed_result_field_line, unused, with_seed_result_field
from tests.helpers.versions import next_version


def copy_of(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(spec))
    return result


def publish_docs(site: DocsSite, spec: dict[str, Any]) -> str:
    """Serve one docs page per operation of ``spec``, like Puretalk's site, and return the llms.txt URL."""
    pages = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                page = f"/api-reference/{method}{path.replace('/', '-').replace('{', '').replace('}', '')}.md"
                fragment = fragment_for(path, method, spec)
                site.add(page, seed_like_page(f"{method} {path}", "api", method, path, fragment))
                pages.append(page)
    return site.index("/llms.txt", pages)


def spec_watch(repo: Path, source: str, out: Path) -> subprocess.CompletedProcess[str]:
    """What `./nox -s spec-watch -- SOURCE --out DIR` runs, in ``repo``."""
    return subprocess.run(
        [sys.executable, "-m", "scripts.commands.spec_watch", source, "--out", str(out)],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def outputs(out: Path) -> dict[str, str]:
    lines = (out / "outputs").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines)


def version(repo: Path) -> str:
    return str(tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def check_session(repo: Path) -> subprocess.CompletedProcess[str]:
    """Run what `nox -s check` runs in ``repo``, in this venv (the tests venv holds requirements/generate.txt)."""
    return subprocess.run(
        [sys.executable, "-m", "scripts.commands.generate", "check"],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_the_same_spec_is_no_change(site: DocsSite, git_repo: Path, tmp_path: Path) -> None:
    out, current = tmp_path / "out", version(git_repo)
    result = spec_watch(git_repo, publish_docs(site, SPEC), out)
    assert result.returncode == 0, result.stderr
    assert "spec watch: no change" in result.stdout
    assert outputs(out) == {"changed": "false", "breaking": "false", "version": current}
    assert "no change" in (out / "summary.md").read_text(encoding="utf-8")
    assert not (out / "pull-request.md").exists()
    assert version(git_repo) == current
    # The merged spec differs from openapi.yaml in form only: generated/ is the same but for the fingerprint.
    assert changed_files(git_repo) <= {"openapi.yaml", "generated/state/fingerprint.json"}


def test_an_additive_change_bumps_the_version_and_writes_the_pull_request(
    site: DocsSite, git_repo: Path, tmp_path: Path
) -> None:
    changed, field = with_seed_result_field(SPEC, "room")
    out, current = tmp_path / "out", version(git_repo)
    proposed = next_version(current, "minor")
    result = spec_watch(git_repo, publish_docs(site, changed), out)
    assert result.returncode == 0, result.stderr
    assert outputs(out) == {"changed": "true", "breaking": "false", "version": proposed}
    assert version(git_repo) == proposed
    assert f"pyproject.toml: version {current} -> {proposed} (--bump)" in result.stdout

    title = (out / "title.txt").read_text(encoding="utf-8").strip()
    assert title == f"Puretalk API spec change: {current} -> {proposed}"
    body = (out / "pull-request.md").read_text(encoding="utf-8")
    assert body.startswith(
        f"<!-- puretalk-client spec-watch -->\n## Puretalk API spec change: {current} -> {proposed}\n"
    )
    assert seed_result_field_line(field) in body
    assert "1 change(s), 0 breaking" in body
    assert "BREAKING" not in body and "[!WARNING]" not in body
    assert (out / "spec-changes.md").read_text(encoding="utf-8") in body
    changelog = (git_repo / "CHANGELOG.md").read_text(encoding="utf-8")
    own = section(changelog, proposed)
    assert own is not None and field in own
    assert f"What `CHANGELOG.md` now says for this version:\n\n{own}" in body

    check = check_session(git_repo)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "generated/puretalk_client/_generated is in sync" in check.stdout + check.stderr


def _without_call_id(spec: dict[str, Any]) -> dict[str, Any]:
    changed = copy_of(spec)
    del changed["paths"]["/calls/web/register"]["post"]["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"
    ]["results"]["properties"]["call_id"]
    return changed


def _with_required_region(spec: dict[str, Any]) -> dict[str, Any]:
    changed = copy_of(spec)
    parameters = changed["paths"]["/calls"]["get"].setdefault("parameters", [])
    name = unused({schema_at(changed, parameter)["name"] for parameter in parameters}, "region")
    parameters.append({"name": name, "in": "query", "required": True, "schema": {"type": "string"}})
    return changed


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (_with_required_region, "[BREAKING] GET /calls: parameter query:region added (string, required)"),
        (_without_call_id, "[POTENTIALLY BREAKING] POST /calls/web/register: response field 200 results.call_id"),
    ],
    ids=["breaking", "potentially-breaking"],
)
def test_a_breaking_change_is_marked_breaking(
    site: DocsSite, git_repo: Path, tmp_path: Path, change: Callable[[dict[str, Any]], dict[str, Any]], line: str
) -> None:
    out, current = tmp_path / "out", version(git_repo)
    result = spec_watch(git_repo, publish_docs(site, change(SPEC)), out)
    assert result.returncode == 0, result.stderr
    assert outputs(out) == {"changed": "true", "breaking": "true", "version": next_version(current, "major")}
    title = (out / "title.txt").read_text(encoding="utf-8")
    assert title.startswith(f"[BREAKING] Puretalk API spec change: {current} -> {next_version(current, 'major')}")
    body = (out / "pull-request.md").read_text(encoding="utf-8")
    assert "> **Breaking change.**" in body
    assert line in body


def _renamed_component(spec: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    """``spec`` with the first component schema its paths refer to renamed, same shape (Call -> CallRecord)."""
    text = json.dumps(spec)
    schemas = spec["components"]["schemas"]
    referenced = [name for name in schemas if f'"#/components/schemas/{name}"' in json.dumps(spec["paths"])]
    old = next(name for name in referenced if f"#/components/schemas/{name}" in text)
    new = unused(set(schemas), f"{old}Record", "")
    renamed: dict[str, Any] = json.loads(text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"'))
    renamed["components"]["schemas"] = {
        (new if name == old else name): schema for name, schema in renamed["components"]["schemas"].items()
    }
    return renamed, old, new


def test_a_component_renamed_with_the_same_shape_is_a_breaking_pull_request(
    site: DocsSite, git_repo: Path, tmp_path: Path
) -> None:
    """The HTTP API is the same, the Python surface is not: title, version and changelog all say major."""
    renamed, old, _new = _renamed_component(SPEC)
    out, current = tmp_path / "out", version(git_repo)
    major = next_version(current, "major")
    result = spec_watch(git_repo, publish_docs(site, renamed), out)
    assert result.returncode == 0, result.stderr
    assert outputs(out) == {"changed": "true", "breaking": "true", "version": major}
    assert version(git_repo) == major
    title = (out / "title.txt").read_text(encoding="utf-8").strip()
    assert title == f"[BREAKING] Puretalk API spec change: {current} -> {major}"
    report = json.loads((git_repo / "build" / "spec-changes.json").read_text(encoding="utf-8"))
    assert report["level"] == "major" and report["breaking"] is True and report["version"] == major
    assert report["api_level"] != "major", "the HTTP API alone does not break: the Python surface does"
    assert any(item["breaking"] and old in item["text"] for item in report["surface_changes"]), report
    body = (out / "pull-request.md").read_text(encoding="utf-8")
    assert "> **Breaking change.**" in body and f"model {old} " in body
    own = section((git_repo / "CHANGELOG.md").read_text(encoding="utf-8"), major)
    assert own is not None and "### Breaking changes" in own and old in own


def test_a_refused_spec_fails_and_changes_nothing(site: DocsSite, git_repo: Path, tmp_path: Path) -> None:
    broken = copy_of(SPEC)
    broken["paths"]["/calls"]["get"]["parameters"][2]["in"] = "body"
    out = tmp_path / "out"
    result = spec_watch(git_repo, site.add("/openapi.json", json.dumps(broken), "application/json"), out)
    assert result.returncode == 1
    assert "not a valid OpenAPI document" in result.stderr
    assert "spec watch: refused; nothing changed, nothing to propose." in result.stderr
    assert changed_files(git_repo) == set()
    assert not out.exists()


def test_under_github_actions_update_spec_output_is_fenced_off_from_workflow_commands(
    site: DocsSite, git_repo: Path, tmp_path: Path
) -> None:
    conflict_a = fragment_for("/calls/{call_id}", "get")
    conflict_b = copy_of(fragment_for("/voices/{id}", "get"))
    conflict_b["components"]["schemas"]["Error"]["properties"]["code"] = {"type": "integer"}
    site.add("/a.md", seed_like_page("Get Call", "calls", "get", "/calls/{call_id}", conflict_a))
    site.add("/b.md", seed_like_page("Get Voice", "voices", "get", "/voices/{id}", conflict_b))
    source = site.index("/llms.txt", ["/a.md", "/b.md"])
    result = subprocess.run(
        [sys.executable, "-m", "scripts.commands.spec_watch", source, "--out", str(tmp_path / "out")],
        cwd=git_repo, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "GITHUB_ACTIONS": "true"},
    )  # fmt: skip
    assert result.returncode == 1
    start, *printed, resume, annotation = result.stdout.splitlines()
    token = start.removeprefix("::stop-commands::")
    assert len(token) == 32 and resume == f"::{token}::"
    assert not any(line.startswith("::") for line in printed)
    assert annotation.startswith("::error title=update-spec refused the new spec::error: conflicting definitions")
    assert "%0A" in annotation and "\n" not in annotation
    assert changed_files(git_repo) == set()


def test_the_pull_request_body_fences_the_report_off() -> None:
    hostile = "# API changes\n\n- [addition] GET /x: response field 200 ```` @everyone added (string)\n"
    outcome = Outcome("https://docs.example/llms.txt", True, False, "1.2.0", "1.3.0", hostile)
    body = pull_request_body(outcome)
    fence = "`````"  # longer than any run of backticks in the report
    assert f"\n{fence}text\n{hostile}{fence}\n" in body
    assert "Version: `1.2.0` -> `1.3.0`, set in `pyproject.toml` by `update-spec --bump`" in body


def test_with_version_changes_only_the_project_version() -> None:
    text = '[build-system]\nrequires = ["x"]\n\n[project]\nname = "p"\nversion = "0.1.0"\n\n[tool.x]\nversion = "9"\n'
    assert with_version(text, "0.2.0") == text.replace('version = "0.1.0"', 'version = "0.2.0"')
    with pytest.raises(SourceError, match=r"no `version = \"...\"` line in its \[project\] table"):
        with_version('[project]\nname = "p"\ndynamic = ["version"]\n\n[tool.x]\nversion = "9"\n', "0.2.0")


def test_bump_refuses_before_writing_anything(git_repo: Path) -> None:
    pyproject = git_repo / "pyproject.toml"
    line = f'version = "{version(git_repo)}"\n'
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(line, ""), encoding="utf-8")
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qam", "no version"], cwd=git_repo)
    source = git_repo.parent / "new-openapi.yaml"
    source.write_text(dump_yaml(SPEC), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.commands.update_spec", "--bump", str(source)],
        cwd=git_repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "--bump cannot set the version" in result.stderr
    assert changed_files(git_repo) == set()
