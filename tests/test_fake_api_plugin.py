"""The ``puretalk_api`` pytest fixture, and the README's "Testing your code" example run under pytest.

The example is the README's one ```` ```py ```` block (a pytest file, not a script: the README's
```` ```python ```` blocks are run against Prism by test_readme.py). It runs in a pytest of its own,
outside the checkout: once with the plugin named on the command line (fast), once from a wheel
installed into a fresh virtual environment, where pytest finds the plugin by its entry point.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from puretalk_client.testing import _spec
from tests.conftest import Distributions
from tests.helpers.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PLUGIN = "puretalk_client.testing._pytest_plugin"
TIMEOUT = 600
FRESH_PER_TEST = """
def test_first(puretalk_api):
    puretalk_api.respond("calls.get", status=404)
    with puretalk_api.client() as client:
        client.calls.register_web_call(assistant_id="a1")
    assert len(puretalk_api.requests) == 1


def test_second_gets_a_fresh_fake(puretalk_api):
    assert puretalk_api.requests == []
    with puretalk_api.client() as client:
        assert client.calls.get("c1").call_id
"""


def readme_pytest_example() -> str:
    """The README's pytest example: the one ```py block, under "Testing your code"."""
    section = README[README.index("\n## Testing your code\n") :]
    section = section[: section.index("\n## ", 1)]
    blocks = re.findall(r"```py\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the testing section has one pytest example"
    return str(blocks[0])


def _pytest(python: str, folder: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # --basetemp beside the folder: pytest's default one would first clear older runs' temporary folders
    temporary = folder.parent / f"{folder.name}-pytest"
    return subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(temporary), *args],
        cwd=folder, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )  # fmt: skip


def test_the_readme_example_covers_paging_and_the_retry_on_429() -> None:
    example = readme_pytest_example()
    assert 'respond_items("calls.list"' in example and "range(25)" in example
    assert "status=429" in example and "times=1" in example
    assert "puretalk_api: FakeAPI" in example


def test_the_readme_example_passes_under_pytest_with_the_fixture(tmp_path: Path) -> None:
    (tmp_path / "test_readme_example.py").write_text(readme_pytest_example(), encoding="utf-8")
    (tmp_path / "test_fresh.py").write_text(FRESH_PER_TEST, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlays"), str(ROOT / "generated")])}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # the plugin by name only, installed or not
    result = _pytest(sys.executable, tmp_path, "-p", PLUGIN, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout


def test_without_the_plugin_the_fixture_is_missing(tmp_path: Path) -> None:
    """The check above is not vacuous: without the plugin, the fixture does not exist."""
    (tmp_path / "test_fresh.py").write_text(FRESH_PER_TEST, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlays"), str(ROOT / "generated")])}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    result = _pytest(sys.executable, tmp_path, env=env)
    assert result.returncode != 0
    assert "fixture 'puretalk_api' not found" in result.stdout


@pytest.fixture
def wheel(distributions: Distributions) -> Path:
    """The wheel of this checkout (built once for every test that reads it)."""
    return distributions.wheel


def test_the_wheel_ships_the_fake_api_data_and_registers_the_plugin(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    assert f"{_spec.GENERATED_PACKAGE.replace('.', '/')}/{_spec.DATA_FILE}" in names
    assert "puretalk_client/testing/_pytest_plugin.py" in names
    (entry_points,) = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
    text = archive.read(entry_points).decode()
    assert f"[pytest11]\npuretalk_client = {PLUGIN}\n" in text
    (metadata,) = [name for name in names if name.endswith(".dist-info/METADATA")]
    assert "Provides-Extra: testing" in archive.read(metadata).decode()


def test_the_fixture_works_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = str(env_dir / "bin" / "python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True, timeout=TIMEOUT,
    ).stdout.strip()  # fmt: skip
    # The dependencies (httpx, attrs, jsonschema, pytest…) from this interpreter, after the venv's own packages.
    (Path(purelib) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    project = tmp_path / "user_project"
    project.mkdir()
    (project / "test_readme_example.py").write_text(readme_pytest_example(), encoding="utf-8")
    (project / "test_fresh.py").write_text(FRESH_PER_TEST, encoding="utf-8")
    (project / "test_installed.py").write_text(
        "import puretalk_client\n\n\ndef test_from_the_wheel():\n"
        f"    assert puretalk_client.__file__.startswith({purelib!r})\n",
        encoding="utf-8",
    )
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    env.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)  # pytest finds the plugin by the wheel's entry point
    result = _pytest(python, project, "-p", "no:asyncio", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout
