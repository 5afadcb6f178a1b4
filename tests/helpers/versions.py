"""The project's version as pyproject.toml has it now, and the versions a change of each level leads to.

Tests read the version at run time (never today's number): after an upstream change and the
version ``update-spec --bump`` proposes, they expect what follows from that version.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from tests.helpers.paths import ROOT

Level = Literal["major", "minor", "patch"]


def project_version(root: Path = ROOT) -> str:
    """``[project] version`` of ``root``'s pyproject.toml."""
    document = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return str(document["project"]["version"])


def next_version(version: str, level: Level) -> str:
    """The version a change of ``level`` leads to from ``version`` (semver: a breaking change is a new major)."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def with_project_version(root: Path, version: str) -> None:
    """Set ``[project] version`` in ``root``'s pyproject.toml, as a person following the README would."""
    path = root / "pyproject.toml"
    old = f'version = "{project_version(root)}"'
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path}: no single {old!r} line"
    path.write_text(text.replace(old, f'version = "{version}"'), encoding="utf-8")


def wheel_name(version: str) -> str:
    """The file name of the client's wheel for ``version``."""
    return f"puretalk_client-{version}-py3-none-any.whl"


def sdist_name(version: str) -> str:
    """The file name of the client's sdist for ``version``."""
    return f"puretalk_client-{version}.tar.gz"
