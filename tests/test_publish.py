"""Publishing to the internal index: a real pypiserver on 127.0.0.1, twine, and pip in a fresh venv."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import venv
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.infra.project import GENERATED, MANIFEST
from scripts.release.credentials import Console, Credentials, split_userinfo
from scripts.release.reproducible_build import FALLBACK_EPOCH, build_distributions, source_date_epoch
from scripts.release.simple_index import name_and_version, parse_simple_page
from tests.helpers.paths import NOT_COPIED, ROOT
from tests.helpers.publishing import PASSWORD, USERNAME, publish, script
from tests.helpers.servers import free_port, running
from tests.helpers.stub_api import API_KEY, ASSISTANT_ID, PuretalkStub, stub_api
from tests.helpers.versions import next_version, project_version, sdist_name, wheel_name
from tests.helpers.wheelhouse import wheelhouse

WRONG_PASSWORD = "not-the-pa55word"
VERSION = project_version()
"""The version this checkout publishes (the copies publish what pyproject.toml says)."""
# Variables of the developer's shell that would change what the script or pip does.


@dataclass(frozen=True)
class Index:
    """A running pypiserver: its upload URL (the server root) and the folder it serves."""

    url: str
    packages: Path

    @property
    def simple(self) -> str:
        return f"{self.url}simple/"

    def with_userinfo(self, username: str, password: str) -> str:
        return self.url.replace("http://", f"http://{username}:{password}@", 1)

    def ours(self) -> dict[str, str]:
        return {
            path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(self.packages.glob("puretalk_client-*"))
        }


StartIndex = Callable[..., Index]


@pytest.fixture(scope="module")
def htpasswd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # passlib imports the deprecated crypt module
        from passlib.apache import HtpasswdFile

    path = tmp_path_factory.mktemp("auth") / "htpasswd.txt"
    passwords = HtpasswdFile(str(path), new=True, default_scheme="apr_md5_crypt")  # needs no bcrypt
    passwords.set_password(USERNAME, PASSWORD)
    passwords.save()
    return path


@pytest.fixture(scope="module")
def start_index(tmp_path_factory: pytest.TempPathFactory, htpasswd: Path) -> Iterator[StartIndex]:
    """Start pypiservers on free ports (stopped at the end of the module), PyPI fallback disabled."""
    with contextlib.ExitStack() as servers:

        def start(authenticate: str = "update,download,list", holding: tuple[Path, ...] = ()) -> Index:
            folder = tmp_path_factory.mktemp("index")
            packages = folder / "packages"
            packages.mkdir()
            for wheel in holding:
                shutil.copy2(wheel, packages)
            port = free_port()
            command = [
                sys.executable, "-m", "pypiserver", "run",
                "-p", str(port), "-i", "127.0.0.1",
                "-P", str(htpasswd), "-a", authenticate,
                "--disable-fallback", "--hash-algo", "sha256",
                str(packages),
            ]  # fmt: skip
            servers.enter_context(running(command, port, folder / "pypiserver.log"))
            return Index(url=f"http://127.0.0.1:{port}/", packages=packages)

        yield start


@pytest.fixture(scope="module")
def dependency_wheels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ...]:
    """The client's runtime dependencies (requirements/runtime.txt) as wheels, for the internal index.

    From the wheelhouse ``nox -s tests`` downloaded before the tests started (tests/helpers/wheelhouse.py).
    """
    folder = wheelhouse(tmp_path_factory.getbasetemp() / "wheelhouse")
    return tuple(sorted(folder.glob("*.whl")))


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the repository for the module's publishes (each build writes its dist/)."""
    copy = tmp_path_factory.mktemp("source") / "repo"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy


CREDENTIALS = {"TWINE_USERNAME": USERNAME, "TWINE_PASSWORD": PASSWORD}


@dataclass(frozen=True)
class Published:
    index: Index
    result: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def published(start_index: StartIndex, dependency_wheels: tuple[Path, ...], source: Path) -> Published:
    """An index that holds the dependencies, and the result of publishing the client to it."""
    index = start_index(holding=dependency_wheels)
    result = publish(source, "--skip-verify", "--repository-url", index.url, **CREDENTIALS)
    return Published(index, result)


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def test_publish_uploads_the_sdist_and_the_wheel(published: Published, source: Path) -> None:
    assert published.result.returncode == 0, _output(published.result)
    assert f"published puretalk-client {VERSION}" in published.result.stdout
    built = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted((source / "dist").iterdir())}
    assert set(built) == {wheel_name(VERSION), sdist_name(VERSION)}
    assert published.index.ours() == built
    assert PASSWORD not in _output(published.result)


def test_publishing_identical_files_again_is_a_no_op(published: Published, source: Path) -> None:
    before = published.index.ours()
    url = published.index.with_userinfo(USERNAME, PASSWORD)  # credentials in the URL: moved out of argv and output
    again = publish(source, "--skip-verify", "--repository-url", url)
    assert again.returncode == 0, _output(again)
    assert f"puretalk-client {VERSION} is already published" in again.stdout
    assert "uploading" not in again.stdout
    assert published.index.ours() == before
    assert PASSWORD not in _output(again)
    assert USERNAME not in _output(again)


@pytest.fixture
def puretalk_stub() -> Iterator[str]:
    with stub_api() as url:
        yield url


PROBE = """
import sys
import puretalk_client
from puretalk_client import Puretalk

base_url, key, assistant_id = sys.argv[1:]
with Puretalk(api_key=key, base_url=base_url) as client:
    call = client.calls.register_web_call(assistant_id=assistant_id)
print(call.call_id, call.token, puretalk_client.__file__)
"""


def test_fresh_venv_installs_from_the_index_and_registers_a_web_call(
    published: Published, tmp_path: Path, puretalk_stub: str
) -> None:
    assert published.result.returncode == 0, _output(published.result)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1\nlogin {USERNAME}\npassword {PASSWORD}\n", encoding="utf-8")
    netrc.chmod(0o600)
    # Only the internal index: no pip.conf, no PIP_* variables (find-links, extra indexes) of this machine.
    pip_env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    pip_env.update(PIP_CONFIG_FILE=os.devnull, NETRC=str(netrc), PIP_DISABLE_PIP_VERSION_CHECK="1")
    # The README's command: pip install --index-url <index>/simple/ puretalk-client
    command = ["pip", "install", "--no-cache-dir", "--index-url", published.index.simple, "puretalk-client"]
    install = subprocess.run(
        [str(python), "-m", *command],
        env=pip_env, cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert install.returncode == 0, _output(install)
    assert f"{published.index.url}packages/{wheel_name(VERSION)}" in install.stdout

    probe = subprocess.run(
        [str(python), "-c", PROBE, puretalk_stub, API_KEY, ASSISTANT_ID],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert probe.returncode == 0, _output(probe)
    call_id, token, location = probe.stdout.split()
    assert (call_id, token) == ("c-1", "t-1")
    assert location.startswith(str(env_dir)), "imported from the repository instead of the installed wheel"
    assert [{**seen, "body": json.loads(seen["body"])} for seen in PuretalkStub.seen] == [
        {"path": "/api/calls/web/register", "key": API_KEY, "body": {"assistant_id": ASSISTANT_ID}}
    ]


@pytest.mark.parametrize("authenticate", ["update,download,list", "update"], ids=["listing", "upload"])
def test_wrong_password_fails_clearly_without_printing_credentials(
    start_index: StartIndex, published: Published, source: Path, authenticate: str
) -> None:
    # "listing": the index refuses to show its page; "upload": it shows it and refuses twine's upload.
    index = published.index if authenticate == "update,download,list" else start_index(authenticate=authenticate)
    before = index.ours()
    result = publish(
        source, "--skip-verify", "--repository-url", index.url, TWINE_USERNAME=USERNAME, TWINE_PASSWORD=WRONG_PASSWORD
    )
    output = _output(result)
    assert result.returncode == 1, output
    assert "error: authentication failed (HTTP 403)" in result.stderr
    assert "check TWINE_USERNAME / TWINE_PASSWORD" in result.stderr
    assert WRONG_PASSWORD not in output
    assert USERNAME not in output
    assert index.ours() == before


def test_same_version_with_different_files_is_refused(published: Published, repo_copy: Path) -> None:
    before = published.index.ours()
    readme = repo_copy / "README.md"  # the long description: a different wheel, same version
    readme.write_text(readme.read_text(encoding="utf-8") + "\nChanged after the release.\n", encoding="utf-8")
    result = publish(repo_copy, "--skip-verify", "--repository-url", published.index.url, **CREDENTIALS)
    assert result.returncode == 1, _output(result)
    assert f"puretalk-client {VERSION} is already on" in result.stderr
    assert "with different files" in result.stderr
    assert f"{wheel_name(VERSION)}: index sha256" in result.stderr
    assert "Nothing was uploaded" in result.stderr
    assert published.index.ours() == before


def test_out_of_sync_generated_refuses_before_uploading(start_index: StartIndex, repo_copy: Path) -> None:
    index = start_index()
    edited = repo_copy / GENERATED / "types.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    result = publish(repo_copy, "--skip-verify", "--repository-url", index.url, **CREDENTIALS)
    assert result.returncode == 1, _output(result)
    assert "out of sync" in result.stderr
    assert "changed: types.py" in result.stderr
    assert "Fix it with: nox -s generate" in result.stderr
    assert index.ours() == {}
    assert not (repo_copy / "dist").exists(), "built before refusing"


def test_a_version_below_the_spec_changes_refuses_before_uploading(start_index: StartIndex, repo_copy: Path) -> None:
    index = start_index()
    manifest = repo_copy / MANIFEST
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    recorded["version_floor"] = next_version(VERSION, "major")  # as after a breaking spec change
    manifest.write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    result = publish(repo_copy, "--skip-verify", "--repository-url", index.url, **CREDENTIALS)
    assert result.returncode == 1, _output(result)
    assert f'set version = "{next_version(VERSION, "major")}" in pyproject.toml' in result.stderr
    assert index.ours() == {}


@pytest.mark.parametrize("found_as", ["the nox running publish", "nox on PATH"])
def test_failing_checks_refuse_before_uploading(
    start_index: StartIndex, repo_copy: Path, tmp_path: Path, found_as: str
) -> None:
    index = start_index()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / ("python" if found_as == "the nox running publish" else "nox")
    fake.write_text('#!/bin/sh\necho "fake nox $* password=${TWINE_PASSWORD:-unset}"\nexit 1\n', encoding="utf-8")
    fake.chmod(0o755)  # stands in for `nox -s typecheck tests` failing
    path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    runner = str(fake) if found_as == "the nox running publish" else ""  # nox's own python -m nox, or PATH's nox
    result = publish(repo_copy, "--repository-url", index.url, PATH=path, NOX_RUNNER_PYTHON=runner, **CREDENTIALS)
    assert result.returncode == 1, _output(result)
    assert "-s typecheck tests password=unset" in result.stdout, "credentials leaked into the checks' environment"
    assert ("fake nox -m nox --noxfile" in result.stdout) is (found_as == "the nox running publish")
    assert "nox -s typecheck tests failed (exit 1); refusing to publish" in result.stderr
    assert index.ours() == {}
    assert not (repo_copy / "dist").exists()


def test_dry_run_does_everything_but_the_upload(start_index: StartIndex, repo_copy: Path) -> None:
    index = start_index()
    result = publish(repo_copy, "--skip-verify", "--dry-run", "--repository-url", index.url, **CREDENTIALS)
    assert result.returncode == 0, _output(result)
    assert f"dry run: would upload {wheel_name(VERSION)}, {sdist_name(VERSION)}" in result.stdout
    assert sorted(path.name for path in (repo_copy / "dist").iterdir()) == [wheel_name(VERSION), sdist_name(VERSION)]
    assert index.ours() == {}


def test_missing_index_url_is_refused(repo_copy: Path) -> None:
    result = publish(repo_copy, "--skip-verify")
    assert result.returncode == 1
    assert "set PURETALK_INDEX_URL or pass --repository-url" in result.stderr


def test_source_date_epoch_is_the_last_commit(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "file.txt").write_text("x", encoding="utf-8")
    dated = {**os.environ, "GIT_COMMITTER_DATE": "@1600000000 +0000", "GIT_AUTHOR_DATE": "@1500000000 +0000"}
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "dated"], cwd=repo, check=True, env=dated)
    last_commit = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert last_commit == "1600000000"
    assert source_date_epoch(repo, {}, Console()) == int(last_commit)
    assert source_date_epoch(repo, {"SOURCE_DATE_EPOCH": "1700000000"}, Console()) == 1_700_000_000


def test_source_date_epoch_outside_git_is_fixed_with_a_warning(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert source_date_epoch(source, {}, Console()) == FALLBACK_EPOCH
    assert "not a git checkout" in capsys.readouterr().err


def test_two_builds_give_identical_wheels(source: Path, tmp_path: Path) -> None:
    epoch = source_date_epoch(ROOT, {}, Console()) if (ROOT / ".git").exists() else FALLBACK_EPOCH
    first = build_distributions(source, tmp_path / "first", epoch)
    other = tmp_path / "other"  # the same tree, every file with a new modification time
    shutil.copytree(source, other, ignore=shutil.ignore_patterns("dist"))
    later = time.time() + 3600
    for path in other.rglob("*"):
        os.utime(path, (later, later))
    second = build_distributions(other, tmp_path / "second", epoch)

    digests = [
        {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in built} for built in (first, second)
    ]
    assert digests[0] == digests[1]
    wheel = next(path for path in first if path.suffix == ".whl")
    stamp = time.gmtime(epoch)
    expected = (*stamp[:5], stamp.tm_sec - stamp.tm_sec % 2)  # zip stores seconds in steps of two
    assert {entry.date_time for entry in zipfile.ZipFile(wheel).infolist()} == {expected}


def test_the_build_session_makes_what_publish_uploads(published: Published, repo_copy: Path) -> None:
    assert published.result.returncode == 0, _output(published.result)
    result = script(repo_copy, "scripts.release.reproducible_build")  # what `nox -s build` runs
    assert result.returncode == 0, _output(result)
    assert "not a git checkout" in result.stderr  # like the published copy: the fixed SOURCE_DATE_EPOCH
    built = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in (repo_copy / "dist").iterdir()}
    assert built == published.index.ours()
    for name, digest in built.items():
        assert f"built dist/{name}  sha256 {digest}" in result.stdout


def test_credentials_are_masked_in_every_form() -> None:
    console = Console((Credentials("ci-uploader", "p@ss word/1"),))
    text = (
        "user ci-uploader, password p@ss word/1, quoted p%40ss%20word%2F1, plus p%40ss+word%2F1, "
        "header Basic Y2ktdXBsb2FkZXI6cEBzcyB3b3JkLzE=, url https://someone:else@index.example/simple/"
    )
    masked = console.scrub(text)
    for secret in ("ci-uploader", "p@ss", "p%40ss", "Y2ktdXBsb2FkZXI6cEBzcyB3b3JkLzE=", "someone", "else"):
        assert secret not in masked
    assert "https://***@index.example/simple/" in masked
    assert "Credentials" in repr(Credentials("u", "hidden")) and "hidden" not in repr(Credentials("u", "hidden"))


def test_userinfo_is_split_off_the_index_url() -> None:
    url, credentials = split_userinfo("https://ci%40corp:p%2Fw@index.example:8443/pypi/")
    assert url == "https://index.example:8443/pypi/"
    assert (credentials.username, credentials.password) == ("ci@corp", "p/w")
    assert split_userinfo("http://127.0.0.1:8080/") == ("http://127.0.0.1:8080/", Credentials())


def test_simple_page_links_and_file_names_are_parsed() -> None:
    page = (
        '<a href="../../packages/puretalk_client-0.1.0.tar.gz#sha256=ABC">puretalk_client-0.1.0.tar.gz</a><br>'
        '<a href="https://files.example/p/puretalk_client-0.1.0-py3-none-any.whl#md5=def"></a>'
    )
    files = parse_simple_page(page, "http://127.0.0.1:9/simple/puretalk-client/")
    sdist = files["puretalk_client-0.1.0.tar.gz"]
    assert sdist.url == "http://127.0.0.1:9/packages/puretalk_client-0.1.0.tar.gz"
    assert sdist.hashes == {"sha256": "abc"}
    assert files["puretalk_client-0.1.0-py3-none-any.whl"].hashes == {"md5": "def"}
    assert name_and_version("puretalk_client-0.1.0-py3-none-any.whl") == ("puretalk-client", "0.1.0")
    assert name_and_version("puretalk-client-0.1.0.tar.gz") == ("puretalk-client", "0.1.0")
    assert name_and_version("puretalk-0.1.0.tar.gz") == ("puretalk", "0.1.0")
