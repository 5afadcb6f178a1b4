"""`nox` and `./nox` are the same: a step that runs nox again finds the nox running it, whichever that is."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.infra.nox_command import NOX_PYTHON, nox_command
from scripts.infra.project import PipelineError
from tests.helpers.paths import ROOT


def pinned_nox() -> str:
    match = re.search(r"^nox==(\S+)$", (ROOT / "requirements" / "nox.txt").read_text(encoding="utf-8"), re.M)
    assert match is not None
    return match.group(1)


def test_the_nox_running_the_tests_is_found_and_is_the_pinned_one() -> None:
    try:
        command = nox_command()
    except PipelineError as error:
        pytest.fail(f"run the tests through nox (./nox or nox {pinned_nox()}): {error}")
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).strip() == pinned_nox()


def test_the_interpreter_nox_runs_on_comes_first_then_path(tmp_path: Path) -> None:
    (tmp_path / "nox").write_text("#!/bin/sh\n", encoding="utf-8")
    (tmp_path / "nox").chmod(0o755)
    assert nox_command({NOX_PYTHON: sys.executable, "PATH": str(tmp_path)}) == [sys.executable, "-m", "nox"]
    assert nox_command({NOX_PYTHON: str(tmp_path / "missing"), "PATH": str(tmp_path)}) == [str(tmp_path / "nox")]
    with pytest.raises(PipelineError, match=r"^nox not found: run this through nox \(\./nox, or nox installed from"):
        nox_command({"PATH": str(tmp_path / "empty")})
