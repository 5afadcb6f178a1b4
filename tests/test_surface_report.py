"""The change report covers the Python surface end to end: an overlay rename with the HTTP API unchanged.

Built on whatever the overlay names today: the first operation it names gets another method name,
and the first keyword of an operation another keyword name; ``generate`` must report both as
breaking, with the old and new Python names, and the version floor must move to the next major.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.versions import next_version, project_version


def _generate(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.commands.generate", "generate"],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_an_overlay_rename_is_a_breaking_change_naming_old_and_new(repo_copy: Path) -> None:
    overlay_path = repo_copy / "overlays" / "openapi.overlay.yaml"
    overlay = load_document(overlay_path)
    named = next(action for action in overlay["actions"] if "x-puretalk-method" in action.get("update", {}))
    old = named["update"]["x-puretalk-method"]
    resource, method = old.rsplit(".", 1)
    new = f"{resource}.{method}_renamed"
    named["update"]["x-puretalk-method"] = new
    overlay_path.write_text(dump_yaml(overlay), encoding="utf-8")
    current = project_version(repo_copy)

    result = _generate(repo_copy)
    assert result.returncode == 0, result.stderr
    assert "## Python surface" in result.stdout
    assert f"client.{old}()" in result.stdout and f"client.{new}()" in result.stdout
    assert f"{current} -> {next_version(current, 'major')}" in result.stdout
    check = subprocess.run(
        [sys.executable, "-m", "scripts.commands.generate", "check"],
        cwd=repo_copy, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert check.returncode == 1 and next_version(current, "major") in check.stderr, "the floor moved"
