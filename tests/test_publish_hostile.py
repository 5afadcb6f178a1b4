"""publish against a hostile or broken index: the password goes nowhere else, pages are capped, non-pages refused.

The index is a scripted site on 127.0.0.1; "another host" is a second site on another port, or,
for a name that is not this machine, a recording proxy that answers nothing.
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.credentials import Credentials
from scripts.project import PublishError, format_bytes
from scripts.simple_index import INDEX_LIMITS, Index, list_index, resolve_index
from scripts.upload import plan_upload
from tests.helpers.hostile_site import Answer, Site, gzip_bomb, hostile_site
from tests.helpers.paths import ROOT
from tests.helpers.publishing import PASSWORD, USERNAME, publish

CREDENTIALS = Credentials(USERNAME, PASSWORD)
BASIC = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
WHEEL = "puretalk_client-0.1.0-py3-none-any.whl"
PAGE = "/simple/puretalk-client/"


@pytest.fixture
def index_site() -> Iterator[Site]:
    with hostile_site() as site:
        yield site


@pytest.fixture
def files_site() -> Iterator[Site]:
    """Another origin: where a hostile index page says our files are."""
    with hostile_site() as site:
        yield site


def simple_page(*links: tuple[str, str]) -> str:
    anchors = "".join(f'<a href="{href}">{text}</a><br>\n' for href, text in links)
    return (
        f"<!DOCTYPE html>\n<html><head><title>Links for puretalk-client</title></head><body>\n{anchors}</body></html>\n"
    )


def index_of(site: Site) -> Index:
    return resolve_index(site.url + "/")


def built_wheel(tmp_path: Path) -> Path:
    wheel = tmp_path / WHEEL
    wheel.write_bytes(b"PK\x03\x04 the wheel built now")
    return wheel


def test_a_file_on_another_host_is_compared_without_the_password(
    index_site: Site, files_site: Site, tmp_path: Path
) -> None:
    wheel = built_wheel(tmp_path)
    elsewhere = files_site.add(f"/files/{WHEEL}", wheel.read_bytes(), "application/octet-stream")  # no hash: downloaded
    index_site.add(PAGE, simple_page((elsewhere, WHEEL)), "text/html")
    index = index_of(index_site)
    plan = plan_upload([wheel], list_index(index, "puretalk-client", CREDENTIALS), CREDENTIALS, index)
    assert (plan.present, plan.upload) == ([wheel], [])  # it was compared: the same bytes
    assert [request.headers.get("authorization") for request in index_site.seen] == [BASIC]
    assert files_site.paths() == [f"/files/{WHEEL}"]
    assert all("authorization" not in request.headers for request in files_site.seen)


def test_a_file_on_another_host_over_plain_http_is_not_fetched(
    index_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheel = built_wheel(tmp_path)
    index_site.add(PAGE, simple_page((f"http://files.example.com/{WHEEL}", WHEEL)), "text/html")
    index = index_of(index_site)
    listed = list_index(index, "puretalk-client", CREDENTIALS)
    with hostile_site() as proxy:  # where a request to files.example.com would go
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("ALL_PROXY", proxy.url)
        with pytest.raises(PublishError, match=r"^http://files\.example\.com/.*: plain http is refused except to"):
            plan_upload([wheel], listed, CREDENTIALS, index)
        assert proxy.paths() == []


def test_a_larger_file_on_another_host_differs(index_site: Site, files_site: Site, tmp_path: Path) -> None:
    wheel = built_wheel(tmp_path)
    elsewhere = files_site.add(f"/files/{WHEEL}", bytes(2**20), "application/octet-stream")
    index_site.add(PAGE, simple_page((elsewhere, WHEEL)), "text/html")
    index = index_of(index_site)
    with pytest.raises(PublishError, match=r"already on .* with different files"):
        plan_upload([wheel], list_index(index, "puretalk-client", CREDENTIALS), CREDENTIALS, index)


def test_a_redirect_to_another_host_takes_no_password_along(index_site: Site, files_site: Site) -> None:
    index_site.redirect(PAGE, files_site.url + PAGE)  # as pypiserver's fallback to PyPI does
    assert list_index(index_of(index_site), "puretalk-client", CREDENTIALS) == {}
    assert files_site.paths() == []


def test_credentials_need_https_except_on_localhost(repo_copy: Path) -> None:
    with hostile_site() as proxy:
        result = publish(
            repo_copy, "--skip-verify", "--repository-url", "http://pypi.example.com/",
            TWINE_USERNAME=USERNAME, TWINE_PASSWORD=PASSWORD, HTTP_PROXY=proxy.url, ALL_PROXY=proxy.url,
        )  # fmt: skip
        output = result.stdout + result.stderr
        assert result.returncode == 1, output
        assert result.stderr.splitlines()[0] == (
            "error: http://pypi.example.com/: refusing to send the index credentials over plain http: "
            "use the index's https URL (plain http only to localhost)"
        )
        assert PASSWORD not in output and "Traceback" not in output
        assert proxy.paths() == []
    assert not (repo_copy / "dist").exists()


def test_an_index_page_over_its_cap_is_refused(index_site: Site) -> None:
    bomb = gzip_bomb(64 * 2**20)
    index_site.answer(PAGE, Answer(200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"}))
    with pytest.raises(PublishError, match=r"/simple/puretalk-client/: larger than 8 MiB \(the cap per page\)$"):
        list_index(index_of(index_site), "puretalk-client", CREDENTIALS)


def test_an_index_page_sent_a_byte_at_a_time_is_cut_at_the_deadline(index_site: Site) -> None:
    index_site.answer(PAGE, Answer(200, simple_page().encode(), {"Content-Type": "text/html"}, drip=0.1))
    limits = dataclasses.replace(INDEX_LIMITS, deadline=1.5)
    with pytest.raises(PublishError, match=r"gave up after 1\.5 s \(the deadline for all downloads\)$"):
        list_index(index_of(index_site), "puretalk-client", CREDENTIALS, limits)


@pytest.mark.parametrize(
    ("body", "content_type", "cause"),
    [
        ('{"files": []}', "application/json", "not a simple-API page (Content-Type 'application/json')"),
        (
            '<html><form action="/login"><input name="password"></form></html>',
            "text/html",
            "not a simple-API page: it has a form (a login page?)",
        ),
        (
            '<html><a href="/sso/start">Sign in</a></html>',
            "text/html",
            "not a simple-API page: it links 'Sign in', not a distribution",
        ),
    ],
    ids=["json", "login-form", "login-link"],
)
def test_a_page_that_is_not_a_simple_page_is_an_error(
    index_site: Site, body: str, content_type: str, cause: str
) -> None:
    index_site.add(PAGE, body, content_type)
    with pytest.raises(PublishError) as refused:
        list_index(index_of(index_site), "puretalk-client", CREDENTIALS)
    assert str(refused.value) == f"{index_site.url}{PAGE}: {cause}"


def test_publish_stops_at_a_page_that_is_not_a_simple_page(index_site: Site, repo_copy: Path) -> None:
    index_site.add(PAGE, "<html><body><h1>Welcome</h1><a href='/help'>Help</a></body></html>", "text/html")
    result = publish(
        repo_copy, "--skip-verify", "--repository-url", index_site.url + "/",
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=PASSWORD,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    refusal = f"error: {index_site.url}{PAGE}: not a simple-API page: it links 'Help', not a distribution"
    assert result.stderr.splitlines()[0] == refusal
    assert "Traceback" not in output and PASSWORD not in output
    assert index_site.paths() == [PAGE]
    assert not (repo_copy / "dist").exists()


def test_the_publishing_page_gives_the_index_caps() -> None:
    readme = " ".join((ROOT / "docs" / "publishing.md").read_text(encoding="utf-8").split())
    assert f"a project page is at most {format_bytes(INDEX_LIMITS.page_bytes)}" in readme
    assert f"read within {INDEX_LIMITS.deadline:g} s in all ({INDEX_LIMITS.read_timeout:g} s per read" in readme
