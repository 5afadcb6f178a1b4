"""`nox -s build` installs requirements/build.txt only: everything its script imports must be pinned there.

The session runs ``python -m scripts.release.reproducible_build`` in a virtualenv of its own; the
tests' virtualenv holds far more, so importing the module here proves nothing. This test imports it
in an interpreter where every third-party module whose distribution build.txt does not pin fails
to import, as it would in that virtualenv (``ModuleNotFoundError: No module named 'httpx'`` was the
symptom on a fresh clone).
"""

from __future__ import annotations

import re
import subprocess
import sys

from tests.helpers.paths import ROOT

BLOCKER = r"""
import importlib, importlib.abc, importlib.metadata, re, sys

pinned = {re.sub(r"[-_.]+", "-", name).lower() for name in sys.argv[1].split(",")}
owners = importlib.metadata.packages_distributions()
blocked = []


class OnlyPinned(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        top = fullname.partition(".")[0]
        if path is not None or top in sys.stdlib_module_names or top == "scripts" or top.startswith("_"):
            return None
        distributions = {re.sub(r"[-_.]+", "-", name).lower() for name in owners.get(top, [])}
        if distributions and distributions <= pinned:
            return None
        blocked.append(top)
        raise ModuleNotFoundError(f"No module named {top!r} (not pinned in requirements/build.txt)", name=top)


sys.meta_path.insert(0, OnlyPinned())
importlib.import_module(sys.argv[2] if len(sys.argv) > 2 else "scripts.release.reproducible_build")

print("imported; optional imports refused:", sorted(set(blocked)))
"""


def build_pins() -> list[str]:
    """The distribution names requirements/build.txt pins."""
    text = (ROOT / "requirements" / "build.txt").read_text(encoding="utf-8")
    return re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", text, flags=re.MULTILINE)


def test_the_build_script_imports_only_what_build_txt_pins() -> None:
    pins = build_pins()
    assert "build" in pins and "twine" in pins
    command = [sys.executable, "-c", BLOCKER, ",".join(pins)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr.strip().splitlines()[-1:]
    assert result.stdout.startswith("imported")


def test_the_blocker_refuses_what_build_txt_does_not_pin() -> None:
    """The check above could fail: a module that needs httpx fails to import when httpx is not pinned.

    (The build script itself now imports nothing but the standard library and the pipeline's own
    modules, so the check is shown on a pipeline module that does import httpx.)
    """
    pins = [name for name in build_pins() if name.lower() != "httpx"]
    command = [sys.executable, "-c", BLOCKER, ",".join(pins), "scripts.infra.fetching"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert "No module named 'httpx'" in result.stderr
