"""Publishing to a real devpi-server on 127.0.0.1: its simple index is <index URL>/+simple/, not <URL>/simple/.

The index belongs to one user (``team``) and the uploader is another, as in a company: the
upload URL's path names the index, not the credentials.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.infra.project import PublishError
from scripts.release.simple_index import resolve_index
from tests.helpers.devpi import Devpi, devpi_server
from tests.helpers.paths import NOT_COPIED, ROOT
from tests.helpers.publishing import PASSWORD, USERNAME, publish

OWNER, OWNER_PASSWORD = "team", "team-owner-pw-3"
WRONG_PASSWORD = "not-the-devpi-pw"
PROJECT = "puretalk-client"


def _version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


@dataclass(frozen=True)
class Server:
    devpi: Devpi
    releases: str
    """The index publish uploads to (``team/releases``)."""
    staging: str
    """An empty index, for the refusals."""
    token: str


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with devpi_server(tmp_path_factory.mktemp("devpi")) as devpi:
        devpi.add_user(OWNER, OWNER_PASSWORD)
        devpi.add_user(USERNAME, PASSWORD)
        releases = devpi.add_index(OWNER, OWNER_PASSWORD, "releases", USERNAME)
        staging = devpi.add_index(OWNER, OWNER_PASSWORD, "staging", USERNAME)
        yield Server(devpi, releases, staging, devpi.login(USERNAME, PASSWORD))


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("source") / "repo"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy


@pytest.fixture(scope="module")
def first(server: Server, source: Path) -> subprocess.CompletedProcess[str]:
    """The first publish to team/releases, with the upload token devpi handed out at login."""
    return publish(
        source, "--skip-verify", "--repository-url", server.releases, "--index-layout", "devpi",
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=server.token,
    )  # fmt: skip


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def _built(repo: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted((repo / "dist").iterdir())}


def test_the_first_upload_publishes_both_files(
    server: Server, source: Path, first: subprocess.CompletedProcess[str]
) -> None:
    assert first.returncode == 0, _output(first)
    assert f"published {PROJECT} {_version()} to {server.releases}" in first.stdout
    built = _built(source)
    assert len(built) == 2
    assert server.devpi.files(server.releases, PROJECT) == built
    assert server.token not in _output(first) and PASSWORD not in _output(first)


@pytest.mark.parametrize("where", [("--index-layout", "devpi"), ("--simple-url", "+simple")], ids=["layout", "url"])
def test_a_rerun_is_a_no_op(
    server: Server, source: Path, first: subprocess.CompletedProcess[str], where: tuple[str, str]
) -> None:
    assert first.returncode == 0, _output(first)
    before = server.devpi.files(server.releases, PROJECT)
    option, value = where
    value = server.releases + value if option == "--simple-url" else value
    again = publish(
        source, "--skip-verify", "--repository-url", server.releases, option, value,
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=PASSWORD,
    )  # fmt: skip
    assert again.returncode == 0, _output(again)
    assert f"{PROJECT} {_version()} is already published at {server.releases}" in again.stdout
    assert "uploading" not in again.stdout
    assert server.devpi.files(server.releases, PROJECT) == before
    assert PASSWORD not in _output(again)


def test_a_different_file_of_the_same_version_is_refused(
    server: Server, repo_copy: Path, first: subprocess.CompletedProcess[str]
) -> None:
    assert first.returncode == 0, _output(first)
    before = server.devpi.files(server.releases, PROJECT)
    readme = repo_copy / "README.md"  # the long description: a different wheel, same version
    readme.write_text(readme.read_text(encoding="utf-8") + "\nChanged after the release.\n", encoding="utf-8")
    result = publish(
        repo_copy, "--skip-verify", "--repository-url", server.releases, "--index-layout", "devpi",
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 1, _output(result)
    assert f"{PROJECT} {_version()} is already on {server.releases}+simple/ with different files" in result.stderr
    assert "Nothing was uploaded" in result.stderr
    assert server.devpi.files(server.releases, PROJECT) == before


def test_the_standard_layout_on_devpi_says_which_option_fits(
    server: Server, source: Path, first: subprocess.CompletedProcess[str]
) -> None:
    assert first.returncode == 0, _output(first)
    before = server.devpi.files(server.releases, PROJECT)
    result = publish(
        source, "--skip-verify", "--repository-url", server.releases,
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 1, _output(result)  # <URL>/simple/ is not devpi's: it lists nothing, before or after
    assert f"{server.releases}simple/ does not list" in result.stderr
    assert "(--index-layout devpi)" in result.stderr
    assert server.devpi.files(server.releases, PROJECT) == before
    assert PASSWORD not in _output(result)


def test_a_wrong_password_fails_clearly_and_is_masked(server: Server, source: Path) -> None:
    result = publish(
        source, "--skip-verify", "--repository-url", server.staging, "--index-layout", "devpi",
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=WRONG_PASSWORD,
    )  # fmt: skip
    output = _output(result)
    assert result.returncode == 1, output
    assert "error: authentication failed (HTTP 401)" in result.stderr or "(HTTP 403)" in result.stderr, output
    assert "check TWINE_USERNAME / TWINE_PASSWORD" in result.stderr
    assert WRONG_PASSWORD not in output and USERNAME not in output
    assert server.devpi.files(server.staging, PROJECT) == {}


def test_a_changed_file_on_the_standard_layout_names_the_option_too(
    server: Server, repo_copy: Path, first: subprocess.CompletedProcess[str]
) -> None:
    assert first.returncode == 0, _output(first)
    before = server.devpi.files(server.releases, PROJECT)
    readme = repo_copy / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nChanged after the release.\n", encoding="utf-8")
    result = publish(
        repo_copy, "--skip-verify", "--repository-url", server.releases,
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 1, _output(result)  # devpi refuses the upload: the version holds other files
    assert "409" in result.stderr
    assert f"The index holds a file that {server.releases}simple/ did not list" in result.stderr
    assert "(--index-layout devpi)" in result.stderr
    assert server.devpi.files(server.releases, PROJECT) == before


@pytest.mark.parametrize(
    ("upload", "options", "simple"),
    [
        ("https://pypi.internal:8443/", {}, "https://pypi.internal:8443/simple/"),
        ("https://devpi.internal/team/releases", {"layout": "devpi"}, "https://devpi.internal/team/releases/+simple/"),
        (
            "https://repo.internal/up",
            {"simple_url": "https://repo.internal/pypi/simple"},
            "https://repo.internal/pypi/simple/",
        ),
    ],
)
def test_the_simple_index_per_layout_or_given(upload: str, options: dict[str, str], simple: str) -> None:
    assert resolve_index(upload, **options).simple_url == simple


@pytest.mark.parametrize(
    ("simple_url", "refusal"),
    [
        ("https://elsewhere.internal/simple/", "must be a plain URL on https://repo.internal, the upload URL's origin"),
        ("http://repo.internal/simple/", "must be a plain URL on https://repo.internal"),
        ("https://repo.internal/simple/?x=1", "must be a plain URL on https://repo.internal"),
        (f"https://ci:{PASSWORD}@repo.internal/simple/", "carries credentials"),
        ("https://repo.internal:99999/simple/", "is not a valid URL: its port is not a number"),
    ],
)
def test_a_given_simple_url_off_the_upload_origin_or_with_credentials_is_refused(simple_url: str, refusal: str) -> None:
    with pytest.raises(PublishError) as refused:
        resolve_index("https://ci:secret@repo.internal/upload/", simple_url=simple_url)
    assert refusal in str(refused.value)
    assert PASSWORD not in str(refused.value) and "secret" not in str(refused.value)


def test_the_publishing_docs_table_names_the_servers_tested_and_their_pins() -> None:
    pins = dict(
        line.split("==", 1)
        for line in (ROOT / "requirements" / "tests.in").read_text(encoding="utf-8").splitlines()
        if "==" in line
    )
    rows = {
        line.split("|")[1].strip(): line
        for line in (ROOT / "docs" / "publishing.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and line.count("|") == 6
    }
    for index in ("pypiserver", "devpi", "Nexus", "Artifactory", "GitLab", "AWS CodeArtifact"):
        assert index in rows, index
    assert rows["pypiserver"].endswith(f"| yes (pypiserver {pins['pypiserver']}) |")
    assert rows["devpi"].endswith(f"| yes (devpi-server {pins['devpi-server']}) |")
    assert "`--index-layout devpi`" in rows["devpi"]
