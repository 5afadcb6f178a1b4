"""The wheels the publish and wheel tests install from, downloaded by ``nox -s tests`` before the first test.

A test installs our wheel into a fresh virtualenv, from a local pypiserver or from the file, and
``python -m build`` installs the build backend into its isolated environment. Neither may reach
PyPI during a test: the tests session runs ``python -m tests.helpers.wheelhouse`` first, which
downloads the client's runtime dependencies (requirements/runtime.txt) and the build backend
(pyproject.toml's ``[build-system] requires``) into ``<tests venv>/wheelhouse``, then runs pytest
with ``PIP_NO_INDEX=1`` and ``PIP_FIND_LINKS`` set to that folder.

Outside nox (pytest run from another virtualenv) the folder is missing, and :func:`wheelhouse`
downloads the same wheels into a temporary folder, once per session.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from tests.helpers.paths import ROOT

WHEELHOUSE = Path(sys.prefix) / "wheelhouse"
"""Where ``nox -s tests`` puts the wheels: inside the tests' own virtualenv."""


def requirements() -> list[str]:
    """What the wheelhouse holds: ``-r requirements/runtime.txt`` and the build system's requirements."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        build_system = [str(name) for name in tomllib.load(handle)["build-system"]["requires"]]
    return ["-r", str(ROOT / "requirements" / "runtime.txt"), *build_system]


def download(folder: Path) -> Path:
    """Download every wheel of :func:`requirements` (and their dependencies) into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    subprocess.run(
        [*command, "--only-binary", ":all:", "--dest", str(folder), *requirements()],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    return folder


def wheelhouse(fallback: Path) -> Path:
    """The folder of wheels: nox's, else ``fallback`` filled now (pytest run outside nox)."""
    if WHEELHOUSE.is_dir() and any(WHEELHOUSE.glob("*.whl")):
        return WHEELHOUSE
    if fallback.is_dir() and any(fallback.glob("*.whl")):
        return fallback
    return download(fallback)


def main() -> int:
    """Fill :data:`WHEELHOUSE` (``python -m tests.helpers.wheelhouse``, run by ``nox -s tests``); print its path."""
    print(download(WHEELHOUSE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
