"""One rule for secrets in URLs: what the pipeline prints, writes or posts shows no credentials.

A password in an update-spec or spec-watch source URL (``http://alice:S3cret@host/llms.txt``) is
refused in one line that shows it masked, before any request; a page, a link or a redirect that
carries one is not read with it; the messages, the ``::error`` annotation, openapi.yaml's header,
the spec watch's pull request and nox's own command lines go through
:func:`scripts.infra.urls.masked`. Each test asserts the secret is absent from stdout, stderr and
every file the run wrote.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.commands.spec_watch import Outcome, pull_request_body, write
from scripts.commands.update_spec import SourceError, _merged_text, load
from scripts.infra.nox_command import nox_command
from scripts.infra.project import PipelineError
from scripts.infra.urls import masked
from scripts.infra.yaml_io import dump_yaml
from tests.helpers.docs_site import SPEC, changed_files
from tests.helpers.hostile_site import Site, hostile_site

PASSWORD = f"S3cret-{secrets.token_hex(8)}"
"""Made at run time, so no file of the checkout (this one included) holds it."""
SLASHED = f"pa/{secrets.token_hex(8)}"
"""A password with a ``/``: the URL it is in no longer parses, and the refusal must still mask it."""
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture
def docs() -> Iterator[Site]:
    with hostile_site() as site:
        yield site


def with_password(url: str, password: str = PASSWORD) -> str:
    """``url`` with ``alice:<password>@`` before its host."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://alice:{password}@{rest}"


def environment(**extra: str) -> dict[str, str]:
    clean = {name: value for name, value in os.environ.items() if name not in PROXY_VARIABLES}
    return {**clean, **extra}


def run_module(repo: Path, module: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m MODULE ARGS`` in ``repo``."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=repo, env=environment(**env), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def files_holding(folder: Path, secret: str) -> list[str]:
    """The files under ``folder`` (outside .git) whose bytes hold ``secret``."""
    return [
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and ".git" not in path.parts and secret.encode() in path.read_bytes()
    ]


def authorized(site: Site) -> list[str]:
    """The requests the site got with an Authorization header."""
    with site.lock:
        return [request.path for request in site.seen if "authorization" in request.headers]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("see https://ci:pa/ss@host/x and http://u:p#q@h:1/", "see https://***@host/x and http://***@h:1/"),
        ("error: 'https://alice:S3c@ret@host/llms.txt' refused", "error: 'https://***@host/llms.txt' refused"),
        (
            "python -m x --repository-url https://ci:pa/ss@127.0.0.1:9/",
            "python -m x --repository-url https://***@127.0.0.1:9/",
        ),
        ("<git+ssh://git:tok@host/repo>, x_http://u:p@h", "<git+ssh://***@host/repo>, x_http://***@h"),
        ("https://host/simple/ and mail@example.com", "https://host/simple/ and mail@example.com"),
        ("https://***@host/", "https://***@host/"),
    ],
)
def test_masked_hides_everything_between_the_scheme_and_the_last_at_sign(text: str, shown: str) -> None:
    assert masked(text) == shown
    assert masked(masked(text)) == shown


def test_the_masking_module_needs_only_the_standard_library() -> None:
    # The noxfile imports it in nox's own interpreter, which has neither httpx nor PyYAML.
    code = (
        "import sys\n"
        "for name in ('httpx', 'yaml', 'scripts.generation.spec_guard'):\n"
        "    sys.modules[name] = None  # importing any of them now raises ImportError\n"
        "from scripts.infra.urls import masked\n"
        f"print(masked('https://ci:{PASSWORD}@host/'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(__file__).parents[1], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "https://***@host/\n"


def test_update_spec_refuses_a_source_url_with_credentials_in_one_line_before_any_request(
    docs: Site, git_repo: Path
) -> None:
    source = with_password(docs.add("/openapi.yaml", dump_yaml(SPEC), "text/yaml"))
    result = run_module(git_repo, "scripts.commands.update_spec", source)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"error: {masked(source)}: a source URL with credentials (user:password@) is refused")
    assert "Traceback" not in output
    assert PASSWORD not in output
    assert docs.paths() == []
    assert changed_files(git_repo) == set()


def test_spec_watch_shows_a_source_url_with_credentials_masked_in_its_annotation(
    docs: Site, git_repo: Path, tmp_path: Path
) -> None:
    source = with_password(docs.add("/llms.txt", "- [a](/a.md)\n", "text/plain"))
    out = tmp_path / "out"
    result = run_module(git_repo, "scripts.commands.spec_watch", source, "--out", str(out), GITHUB_ACTIONS="true")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    annotation = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotation) == 1, result.stdout
    assert f"error: {masked(source)}: a source URL with credentials" in annotation[0]
    assert PASSWORD not in output
    assert files_holding(tmp_path, PASSWORD) == []
    assert docs.paths() == []
    assert changed_files(git_repo) == set()


def test_a_redirect_to_a_url_with_credentials_is_refused_and_not_requested(docs: Site) -> None:
    target = with_password(docs.url + "/v2/openapi.yaml")
    docs.add("/v2/openapi.yaml", dump_yaml(SPEC), "text/yaml")
    source = docs.redirect("/openapi.yaml", target)
    with pytest.raises(SourceError) as refused:
        load(source)
    message = str(refused.value)
    assert message.startswith(f"{masked(target)}: a URL with credentials (user:password@) is refused"), message
    assert PASSWORD not in message
    assert docs.paths() == ["/openapi.yaml"]
    assert authorized(docs) == []


def test_links_with_credentials_are_not_read_and_openapi_yaml_names_its_source_without_any(
    docs: Site, git_repo: Path
) -> None:
    docs.add("/whole-api.md", "# The API\n\n````yaml openapi\n" + dump_yaml(SPEC) + "````\n")
    docs.add("/secret.md", "# nothing here\n")
    secret_page = with_password(docs.url + "/secret.md")
    source = docs.add("/llms.txt", f"- [api](/whole-api.md)\n- [secret]({secret_page})\n", "text/plain")
    result = run_module(git_repo, "scripts.commands.update_spec", source)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert f"{source}: 1 link(s) off {docs.url} not read" in result.stdout
    first = (git_repo / "openapi.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# Merged by `nox -s update-spec` from 1 page(s) of {source}"
    assert PASSWORD not in output
    assert files_holding(git_repo, PASSWORD) == []
    assert docs.paths() == ["/llms.txt", "/whole-api.md"]
    assert authorized(docs) == []


def test_the_header_of_a_merged_spec_never_holds_credentials() -> None:
    header = _merged_text({"openapi": "3.0.1", "paths": {}}, with_password("https://docs.example.com/llms.txt"), 2)
    assert (
        header.splitlines()[0]
        == "# Merged by `nox -s update-spec` from 2 page(s) of https://***@docs.example.com/llms.txt"
    )
    assert PASSWORD not in header


def test_the_pull_request_and_the_files_spec_watch_writes_hold_no_credentials(tmp_path: Path) -> None:
    outcome = Outcome(
        source=with_password("https://docs.example.com/llms.txt"),
        changed=True,
        breaking=False,
        old_version="1.0.0",
        new_version="1.1.0",
        report=f"# API changes\n- [addition] servers: {with_password('https://api.example.com/v1', 'Hunter2-x')}\n",
        changelog=f"## 1.1.0\n- see {with_password('https://docs.example.com/changes', 'Hunter2-y')}\n",
    )
    body = pull_request_body(outcome)
    assert "Spec source: `https://***@docs.example.com/llms.txt`" in body
    for secret in (PASSWORD, "Hunter2-x", "Hunter2-y"):
        assert secret not in body
        assert secret not in outcome.summary()
    write(outcome, tmp_path / "out")
    for secret in (PASSWORD, "Hunter2-x", "Hunter2-y"):
        assert files_holding(tmp_path, secret) == []


def nox(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the pipeline's nox in ``repo`` without virtualenvs or installs (the Python running the tests has it all)."""
    try:
        command = nox_command()
    except PipelineError as error:
        pytest.fail(f"this test runs nox: {error}")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        [*command, "--no-venv", "--no-install", *args],
        cwd=repo, env=environment(PATH=path), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("session", "arguments", "secret"),
    [
        ("publish", ["--repository-url", f"https://ci:{SLASHED}@127.0.0.1:9/", "--dry-run"], SLASHED),
        ("update-spec", [with_password("http://127.0.0.1:9/llms.txt")], PASSWORD),
        ("spec-watch", [with_password("http://127.0.0.1:9/llms.txt"), "--out", "build/watch"], PASSWORD),
    ],
    ids=["publish", "update-spec", "spec-watch"],  # not the arguments: test ids are printed
)
def test_nox_shows_the_command_lines_of_sessions_with_user_arguments_masked(
    session: str, arguments: list[str], secret: str, repo_copy: Path
) -> None:
    result = nox(repo_copy, "-s", session, "--", *arguments)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output  # each refuses its URL: nox reports the failed command too
    module = {"publish": "scripts.release.publish", "update-spec": "scripts.commands.update_spec"}.get(
        session, "scripts.commands.spec_watch"
    )
    assert f"nox > python -m {module} " in output
    assert f"nox > Command python -m {module} " in output
    assert "://***@127.0.0.1:9/" in output
    assert secret not in output
    assert files_holding(repo_copy, secret) == []


def _oauth_spec(token_url: str) -> dict[str, object]:
    flows = {"clientCredentials": {"tokenUrl": token_url, "scopes": {}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/calls": {"get": {"security": [{"oauth": []}], "responses": {"200": {"description": "ok"}}}}},
        "components": {"securitySchemes": {"oauth": {"type": "oauth2", "flows": flows}}},
    }


def test_the_change_report_shows_a_spec_url_with_credentials_masked(tmp_path: Path) -> None:
    # An upstream tokenUrl that gained credentials is a change the report names: printed, written and
    # read back by spec-watch and the changelog, it shows them as *** (the one masking function).
    from scripts.changes.report import ChangeReport, read_report, write_report
    from scripts.changes.spec_diff import diff, level, report

    old, new = _oauth_spec("https://auth.example.com/token"), _oauth_spec(with_password("https://auth.example.com/t"))
    changes = diff(old, new)
    assert any("tokenUrl" in change.what for change in changes), changes
    how_far = level(changes, old, new)
    text = report(changes, how_far, "0.1.0", "1.0.0")
    assert PASSWORD in text  # what the diff sees: masking is the report writer's job
    change_report = ChangeReport(
        changes=tuple(changes), surface_changes=(), level=how_far, api_level=how_far,
        current_version="0.1.0", version="1.0.0", fingerprint="f" * 64, text=text,
    )  # fmt: skip
    write_report(tmp_path, change_report)
    assert files_holding(tmp_path, PASSWORD) == []
    assert "://***@auth.example.com/t" in (tmp_path / "build" / "spec-changes.md").read_text(encoding="utf-8")
    assert PASSWORD not in read_report(tmp_path).text
