"""The built wheel and sdist: contents, long description, and a clean install into a fresh virtual environment."""

from __future__ import annotations

import email
import subprocess
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import Distributions
from tests.helpers.paths import ROOT
from tests.test_docs_links import relative_links


@pytest.fixture
def wheel(distributions: Distributions) -> Path:
    """The wheel of this checkout (built once for every test that reads it)."""
    return distributions.wheel


def test_wheel_holds_the_client_and_its_generated_code_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    packages = {name.split("/")[0] for name in names if not name.startswith("puretalk_client-")}
    assert packages == {"puretalk_client"}, "one import package: the generated code is its private subpackage"
    assert "puretalk_client/py.typed" in names
    assert "puretalk_client/_helpers/tts.py" in names
    assert "puretalk_client/_response.py" in names
    build_only = [name for name in names if name.endswith(("fingerprint.json", "openapi.resolved.json"))]
    assert build_only == [], "nothing ships that only the build reads"
    assert "puretalk_client/_generated/resources/calls.py" in names
    assert "puretalk_client/_generated/fake_api.json" in names
    assert not [name for name in names if name.startswith(("puretalk_client/_generated/api/", "puretalk_api/"))]
    assert "puretalk_client/_generated/client.py" not in names
    unwanted = [n for n in names if any(p in n for p in ("tests/", "__pycache__", ".ruff_cache", ".pyc", "scripts/"))]
    assert unwanted == []


def test_wheel_metadata_names_the_internal_distribution(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    metadata = archive.read(metadata_name).decode()
    assert "Name: puretalk-client\n" in metadata
    assert "Requires-Python: >=3.11" in metadata
    assert "Requires-Dist: httpx" in metadata


def test_the_long_description_is_the_user_readme(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    metadata = email.message_from_bytes(archive.read(metadata_name))
    assert metadata["Description-Content-Type"] == "text/markdown"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    body = metadata.get_payload(decode=True)
    assert isinstance(body, bytes)
    assert body.decode("utf-8").strip() == readme.strip()
    assert "## Install from the internal index" in readme


@pytest.fixture
def sdist_names(distributions: Distributions) -> set[str]:
    """The files of the sdist, relative to its top folder."""
    with tarfile.open(distributions.sdist) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


def test_the_sdist_ships_the_pages_the_readme_links_to(sdist_names: set[str]) -> None:
    assert {"README.md", "pyproject.toml"} <= sdist_names
    linked = {target.partition("#")[0] for target in relative_links((ROOT / "README.md").read_text(encoding="utf-8"))}
    linked.discard("")
    assert {"docs/pipeline.md", "docs/version-policy.md", "docs/publishing.md"} <= linked
    # A missing linked file is test_docs_links' failure; here, every one the checkout has is shipped.
    assert {name for name in linked if (ROOT / name).is_file()} <= sdist_names
    assert not [name for name in sdist_names if name.startswith(("tests/", "scripts/"))]


def test_wheel_installs_into_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    probe = (
        "import puretalk_client._generated, puretalk_client; "
        "from puretalk_client._generated.resources.calls import Calls; "
        "from puretalk_client._generated.models import RegisterWebCallRequest; "
        "print(puretalk_client.__version__, puretalk_client._generated.__file__, len(puretalk_client.__path__))"
    )
    result = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)
    version, location, folders = result.stdout.split()
    assert version == puretalk_client_version()
    assert str(env) in location, "imported from the repository instead of the installed wheel"
    assert folders == "1", "installed, the package is one folder: the generated code inside it"


def puretalk_client_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def test_package_version_matches_pyproject() -> None:
    import puretalk_client

    assert puretalk_client.__version__ == puretalk_client_version()


def test_wheel_metadata_links_the_changelog(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    links = [line for line in archive.read(metadata_name).decode().splitlines() if line.startswith("Project-URL: ")]
    assert len(links) == 1 and links[0].startswith("Project-URL: Changelog, https://"), links
    assert links[0].endswith("/CHANGELOG.md")
