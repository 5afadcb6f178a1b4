"""CHANGELOG.md: update-spec --bump writes the proposed version's section; check and publish need one."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from scripts.changes.changelog import BEGIN, CHANGELOG, END, Entries, changelog_problem, entries, section, with_section
from scripts.changes.spec_diff import Change, Level
from scripts.changes.surface_diff import SurfaceChange
from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.paths import ROOT


def project_version(root: Path) -> str:
    return str(tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def _entries() -> Entries:
    changes = [
        Change("GET /calls", "parameter query:region added (string, required)", "required-parameter-added"),
        Change("GET /calls/{call_id}/recording", "operation added", "operation-added"),
        Change("GET /voices", "operation deprecated", "operation-deprecated"),
    ]
    surface = [
        SurfaceChange(Level.MAJOR, "renamed client.calls.get() -> client.calls.fetch() (GET /calls/{call_id})"),
        SurfaceChange(Level.MINOR, "new method client.calls.get_recording() (GET /calls/{call_id}/recording)"),
    ]
    names = {"GET /calls": "client.calls.list()"}
    return entries(changes, surface, Level.MAJOR, names)


def test_the_rules_used_here_exist() -> None:
    from scripts.changes.spec_diff import RULES

    assert {"required-parameter-added", "operation-added", "operation-deprecated"} <= set(RULES)


def test_breaking_changes_come_first_with_the_python_names_then_additions_then_the_rest() -> None:
    found = _entries()
    assert found.breaking == [
        "`renamed client.calls.get() -> client.calls.fetch() (GET /calls/{call_id})`",
        "`GET /calls (client.calls.list()): parameter query:region added (string, required)`",
    ]
    assert found.added == [
        "`new method client.calls.get_recording() (GET /calls/{call_id}/recording)`",
        "`GET /calls/{call_id}/recording: operation added`",
    ]
    assert found.changed == ["`GET /voices: operation deprecated`"]
    text = with_section("", "2.0.0", found)
    assert text.index("### Breaking changes") < text.index("### Added") < text.index("### Changed")
    assert text.startswith("# Changelog\n")


def test_a_change_to_descriptions_only_still_gets_a_line() -> None:
    found = entries([], [], Level.PATCH)
    assert found.changed and not found.breaking and not found.added
    assert not entries([], [], Level.NONE)


def test_a_new_version_goes_on_top_and_older_sections_are_kept() -> None:
    old = "# Changelog\n\nIntro.\n\n## 1.0.0\n\nFirst.\n"
    text = with_section(old, "2.0.0", _entries())
    assert text.index("## 2.0.0") < text.index("## 1.0.0")
    assert text.startswith("# Changelog\n\nIntro.\n\n## 2.0.0\n")
    assert section(text, "1.0.0") == "## 1.0.0\n\nFirst.\n"


def test_a_hand_written_note_survives_regeneration_and_lines_are_merged_once() -> None:
    first = with_section("# Changelog\n\n## 1.0.0\n\nFirst.\n", "2.0.0", _entries())
    noted = first.replace("## 2.0.0\n", "## 2.0.0\n\nMigrate with `client.calls.fetch(...)`; see the guide.\n")
    later = Entries(added=["`new model Recording`"])
    again = with_section(with_section(noted, "2.0.0", later), "2.0.0", _entries())  # twice: nothing doubles
    own = section(again, "2.0.0")
    assert own is not None
    assert "Migrate with `client.calls.fetch(...)`; see the guide." in own
    assert own.count("renamed client.calls.get()") == 1
    assert "`new model Recording`" in own
    assert own.count(BEGIN) == 1 and own.count(END) == 1
    assert section(again, "1.0.0") == "## 1.0.0\n\nFirst.\n"


def test_a_section_written_by_hand_gets_the_block_below_its_notes() -> None:
    text = with_section("# Changelog\n\n## 2.0.0\n\nHand-written first.\n\n## 1.0.0\n", "2.0.0", _entries())
    own = section(text, "2.0.0") or ""
    assert own.index("Hand-written first.") < own.index(BEGIN)
    assert "## 1.0.0" in text


def test_spec_text_cannot_break_out_of_its_line() -> None:
    hostile = "GET /x\n## 9.9.9\n" + END + " <script>alert(1)</script> @everyone ```` [x](javascript:alert(1))"
    found = Entries(
        breaking=entries([Change(hostile, "operation removed", "operation-removed")], [], Level.MAJOR).breaking
    )
    text = with_section("", "2.0.0", found)
    assert section(text, "9.9.9") is None
    (line,) = [line for line in text.splitlines() if "@everyone" in line]
    assert line.startswith("- `````") and line.endswith("`````")  # a code span longer than any run of backticks in it
    assert text.splitlines().count(END) == 1


def test_check_names_a_version_without_a_section(tmp_path: Path) -> None:
    assert "CHANGELOG.md is missing" in (changelog_problem(tmp_path, "1.2.3") or "")
    (tmp_path / CHANGELOG).write_text("# Changelog\n\n## 1.2.2\n\nOld.\n", encoding="utf-8")
    problem = changelog_problem(tmp_path, "1.2.3")
    assert problem is not None and "\n" not in problem
    assert problem.startswith("CHANGELOG.md has no section for version 1.2.3")
    (tmp_path / CHANGELOG).write_text("# Changelog\n\n## [1.2.3] - 2026-12-05\n\nNew.\n", encoding="utf-8")
    assert changelog_problem(tmp_path, "1.2.3") is None
    assert changelog_problem(tmp_path, "1.2.30") is not None


def test_the_repository_changelog_covers_the_current_version() -> None:
    assert changelog_problem(ROOT, project_version(ROOT)) is None


def _additive_change(spec: dict[str, object]) -> dict[str, object]:
    """A new operation without an operationId (the facade names it by rule): works whatever the spec holds."""
    paths = spec["paths"]
    assert isinstance(paths, dict)
    paths["/changelog-probe/{probe_id}"] = {
        "get": {
            "tags": ["calls"],
            "parameters": [{"name": "probe_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
            },
        }
    }
    return spec


def test_update_spec_bump_writes_the_section_and_check_requires_it(git_repo: Path) -> None:
    before = project_version(git_repo)
    source = git_repo.parent / "new-openapi.yaml"
    source.write_text(dump_yaml(_additive_change(dict(load_document(git_repo / "openapi.yaml")))), encoding="utf-8")
    run = [sys.executable, "-m", "scripts.commands.update_spec", "--bump", str(source)]
    result = subprocess.run(run, cwd=git_repo, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    proposed = project_version(git_repo)
    assert proposed != before
    assert f"CHANGELOG.md: section {proposed} written from the change report" in result.stdout
    text = (git_repo / CHANGELOG).read_text(encoding="utf-8")
    own = section(text, proposed)
    assert own is not None
    assert re.search(r"GET /changelog-probe/\{probe_id\} \(client\.calls\.\w+\(\)\): operation added", own), own
    assert section(text, before) == section((ROOT / CHANGELOG).read_text(encoding="utf-8"), before)

    check = [sys.executable, "-m", "scripts.commands.generate", "check"]
    passed = subprocess.run(check, cwd=git_repo, capture_output=True, text=True, timeout=600, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr

    (git_repo / CHANGELOG).write_text(text.replace(f"## {proposed}\n", "## unreleased\n"), encoding="utf-8")
    refused = subprocess.run(check, cwd=git_repo, capture_output=True, text=True, timeout=600, check=False)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"error: CHANGELOG.md has no section for version {proposed}: add `## {proposed}` saying what changed "
        "(`nox -s update-spec -- --bump SOURCE` writes one)"
    ]


@pytest.mark.parametrize("body", ["", "## 0.0.1\n"])
def test_publish_refuses_a_version_without_a_section(repo_copy: Path, body: str) -> None:
    (repo_copy / CHANGELOG).write_text(f"# Changelog\n\n{body}", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.release.publish", "--dry-run", "--skip-verify"],
        cwd=repo_copy, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    version = project_version(repo_copy)
    assert result.stderr.splitlines() == [
        f"error: refusing to publish: CHANGELOG.md has no section for version {version}: add `## {version}` "
        "saying what changed (`nox -s update-spec -- --bump SOURCE` writes one)"
    ]
    assert not (repo_copy / "dist").exists()
