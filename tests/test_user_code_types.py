"""User code type-checks as users write it: mypy --strict and pyright (strict) on tests/data/user_code.

``typical.py`` is ordinary correct code (ids from one answer passed to the next call,
optional fields narrowed with ``is None``) and must pass both checkers with no ignore;
``wrong.py`` marks the lines each checker must flag, so a client whose types decayed to
``Any`` (or to ``X | Unset``) fails here too. pyright is the npm package pinned in
package.json (the tests session installs node_modules).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.infra.project import GENERATED
from tests.helpers.paths import ROOT

USER_CODE = ROOT / "tests" / "data" / "user_code"
TYPICAL = USER_CODE / "typical.py"
WRONG = USER_CODE / "wrong.py"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
TIMEOUT = 300


def _expected_lines(path: Path) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {number for number, line in enumerate(lines, start=1) if re.search(r"\S  # expect-error: ", line)}


def _by_file(found: list[tuple[str, int]]) -> dict[str, set[int]]:
    flagged: dict[str, set[int]] = {TYPICAL.name: set(), WRONG.name: set()}
    for name, line in found:
        flagged.setdefault(name, set()).add(line)
    return flagged


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[int]]:
    """Run mypy --strict once on both files (the project's mypy settings: Python 3.11, the source trees)."""
    cache = tmp_path_factory.mktemp("mypy-cache")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--no-error-summary",
         str(TYPICAL.relative_to(ROOT)), str(WRONG.relative_to(ROOT))],
        cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    found = [
        (Path(match[1]).name, int(match[2]))
        for match in re.finditer(r"^(.+?\.py):(\d+): error:", result.stdout, re.MULTILINE)
    ]
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2: mypy itself failed
    return _by_file(found)


def as_installed(site: Path) -> Path:
    """Lay ``puretalk_client`` out in ``site`` as a wheel installs it: one folder, ``_generated`` inside it.

    In the repository the package is two folders (``overlays/puretalk_client``, and ``generated/puretalk_client``
    holding ``_generated``), joined at run time by ``pkgutil.extend_path``, which mypy follows and pyright does
    not; so pyright reads what users get.
    """
    package = site / "puretalk_client"
    shutil.copytree(ROOT / "overlays" / "puretalk_client", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / GENERATED, package / "_generated", ignore=shutil.ignore_patterns("__pycache__"))
    return site


@pytest.fixture(scope="module")
def pyright_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[int]]:
    """Run pyright (strict) once on both files, with this interpreter's packages and the source trees."""
    assert PYRIGHT.exists(), "pyright is missing: the tests session installs it from package-lock.json (npm ci)"
    folder = tmp_path_factory.mktemp("pyright")
    config = folder / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "extraPaths": [str(as_installed(folder / "site"))],
                "pythonVersion": "3.11",
                "typeCheckingMode": "strict",
            }
        ),
        encoding="utf-8",
    )
    command = [str(PYRIGHT), "--outputjson", "--project", str(config), "--pythonpath", sys.executable]
    result = subprocess.run(
        [*command, str(TYPICAL), str(WRONG)],
        cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == 2, report["summary"]
    found = [
        (Path(item["file"]).name, item["range"]["start"]["line"] + 1)
        for item in report["generalDiagnostics"]
        if item["severity"] == "error"
    ]
    return _by_file(found)


def test_typical_user_code_passes_mypy_strict(mypy_errors: dict[str, set[int]]) -> None:
    assert mypy_errors[TYPICAL.name] == set()


def test_typical_user_code_passes_pyright_strict(pyright_errors: dict[str, set[int]]) -> None:
    assert pyright_errors[TYPICAL.name] == set()


def test_typical_user_code_has_no_ignore() -> None:
    text = TYPICAL.read_text(encoding="utf-8")
    assert "type: ignore" not in text and "pyright: ignore" not in text and "cast(" not in text


@pytest.mark.parametrize("checker", ["mypy_errors", "pyright_errors"])
def test_mistakes_are_flagged_where_marked(checker: str, request: pytest.FixtureRequest) -> None:
    flagged: dict[str, set[int]] = request.getfixturevalue(checker)
    expected = _expected_lines(WRONG)
    assert len(expected) == 9
    assert flagged[WRONG.name] == expected
