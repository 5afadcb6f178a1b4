"""publish against a hostile or broken index: the password goes nowhere else, pages are capped, non-pages refused.

The index is a scripted site on 127.0.0.1; "another host" is a second site on another port, or,
for a name that is not this machine, a recording proxy that answers nothing.
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from scripts.infra.fetching import Origin
from scripts.infra.project import PublishError, format_bytes
from scripts.infra.urls import URLError, check_url, masked
from scripts.release.credentials import Console, Credentials, split_userinfo
from scripts.release.simple_index import INDEX_LIMITS, Index, list_index, resolve_index
from scripts.release.upload import plan_upload
from tests.helpers.hostile_site import Answer, Site, gzip_bomb, hostile_site
from tests.helpers.paths import ROOT
from tests.helpers.publishing import PASSWORD, USERNAME, publish

CREDENTIALS = Credentials(USERNAME, PASSWORD)
BASIC = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
WHEEL = "puretalk_client-1.2.3-py3-none-any.whl"  # a wheel of any version: the bytes are made up
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


SECRET = "Secr3t-9x"
MALFORMED_INDEX_URLS = [
    # (URL, what must not be printed): the password broke the URL, or the URL is broken around it
    ("https://ci:pa/ss@host/", ("pa/ss", "ci:pa")),
    ("https://ci:pa#ss@host/", ("'pa'", "pa#ss")),
    (f"https://ci:{SECRET[:4]}/{SECRET[5:]}@host/", (SECRET[:4], SECRET[5:])),
    (f"https://ci:{SECRET[:4]}#{SECRET[5:]}@host/", (SECRET[:4], SECRET[5:])),
    (f"https://ci:{SECRET[:4]}?{SECRET[5:]}@host/", (SECRET[:4], SECRET[5:])),
    (f"https://ci:{SECRET}@host:99999/", (SECRET,)),
    (f"https://ci:{SECRET}@host:abc/", (SECRET,)),
    (f"https://ci:{SECRET}@host:-1/", (SECRET,)),
    (f"https://ci:{SECRET}@[host/", (SECRET,)),
    (f"https://ci:{SECRET}@host]/", (SECRET,)),
    (f"https://ci:{SECRET}@[::1/", (SECRET,)),
    ("https://ci:Sec%72et-9x@[::1/", ("Sec%72et", "Secret")),
    (f"https://ci:{SECRET}@ho\x7fst/", (SECRET,)),
    (f"https://ci:{SECRET}@host/\x7f", (SECRET,)),
    (f"https://ci:{SECRET}@ho st/", (SECRET,)),
    (f"https://ci:{SECRET}@/simple/", (SECRET,)),
    (f"ftp://ci:{SECRET}@host/", (SECRET,)),
    (f"ci:{SECRET}@host", (SECRET,)),
]


@pytest.mark.parametrize(("url", "secrets"), MALFORMED_INDEX_URLS)
def test_a_malformed_index_url_is_one_line_without_the_password(url: str, secrets: tuple[str, ...]) -> None:
    ways = ("argument", "environment") if url in ("https://ci:pa/ss@host/", "https://ci:pa#ss@host/") else ("argument",)
    for how in ways:
        if how == "argument":
            result = publish(ROOT, "--dry-run", "--skip-verify", "--repository-url", url)
        else:
            result = publish(ROOT, "--dry-run", "--skip-verify", PURETALK_INDEX_URL=url)
        output = result.stdout + result.stderr
        assert result.returncode == 1, output
        assert result.stdout == ""  # refused before anything else ran
        assert len(result.stderr.splitlines()) == 1, output
        assert result.stderr.startswith("error: the index URL "), output
        assert "Traceback" not in output
        for secret in secrets:
            assert secret not in output


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://host:99999/", "its port is not a number from 1 to 65535"),
        ("https://[host/", "its host has an unbalanced [ or ]"),
        ("https://host/a\x7fb", "a space or control character at position 14"),
        ("https://ci:pa/ss@host/", "its port is not a number from 1 to 65535; a password holding / ? # or @"),
    ],
)
def test_the_refusal_says_what_is_wrong(url: str, reason: str) -> None:
    with pytest.raises(URLError) as refused:
        check_url(url, "the index URL")
    assert f"is not a valid URL: {reason}" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_masked_hides_userinfo_up_to_the_last_at_sign_whatever_the_url() -> None:
    assert masked("see https://ci:pa/ss@host/x and http://u:p#q@h:1/") == "see https://***@host/x and http://***@h:1/"
    assert masked("https://host/simple/") == "https://host/simple/"


def test_credentials_are_masked_in_every_form_the_url_carried() -> None:
    bare, credentials = split_userinfo("https://ci-uploader:p%41ss%2fw0rd@index.example.com/simple/")
    assert bare == "https://index.example.com/simple/"
    assert (credentials.username, credentials.password) == ("ci-uploader", "pAss/w0rd")
    console = Console((credentials,))
    for form in ("pAss/w0rd", "p%41ss%2fw0rd", "pAss%2Fw0rd", "pAss%2fw0rd", "ci-uploader"):
        assert console.scrub(f"said {form}.") == "said ***.", form
    assert "pAss" not in repr(credentials)


def test_the_url_parts_are_read_as_httpx_reads_them() -> None:
    for url in ("https://ci:pa:ss@host/", "https://ci:p%40ss@host:8443/x", "https://ci:p@ss@host/"):
        bare, credentials = split_userinfo(url)
        parsed = httpx.URL(url)
        assert (credentials.username, credentials.password) == (parsed.username, parsed.password)
        assert Origin.of(bare) == Origin.of(str(parsed.copy_with(username=None, password=None)))


@pytest.mark.parametrize(
    "href",
    [
        "http://[::1",
        "http://[::1]:99999/puretalk_client-1.2.3-py3-none-any.whl",
        "https://files.example.com:bad/puretalk_client-1.2.3-py3-none-any.whl",
        f"https://u:{SECRET}@files.example.com:bad/puretalk_client-1.2.3-py3-none-any.whl",
        "/files/puretalk_client-1.2.3-py3-none-any.whl\x7f",
        "/files/puretalk\x7f_client-1.2.3-py3-none-any.whl",
        "javascript:alert(1)",
    ],
    ids=["bracket", "bad-port-ipv6", "bad-port", "credentials", "del-end", "del-inside", "javascript"],
)
def test_an_index_page_linking_a_malformed_url_is_one_line(index_site: Site, href: str) -> None:
    index_site.add(PAGE, simple_page((href, WHEEL)), "text/html")
    with pytest.raises(PublishError) as refused:
        list_index(index_of(index_site), "puretalk-client", CREDENTIALS)
    message = str(refused.value)
    assert message.startswith(f"{index_site.url}{PAGE}: not a simple-API page: it links "), message
    assert message.endswith(", not a valid URL")
    assert "\n" not in message and SECRET not in message


def test_an_index_redirecting_to_a_malformed_url_is_one_line(index_site: Site) -> None:
    index_site.redirect(PAGE, "http://[::1")
    with pytest.raises(PublishError) as refused:
        list_index(index_of(index_site), "puretalk-client", CREDENTIALS)
    assert "\n" not in str(refused.value)


def test_publish_stops_at_a_page_linking_a_malformed_url(index_site: Site, repo_copy: Path) -> None:
    index_site.add(PAGE, simple_page((f"/files/{WHEEL}\x7f", WHEEL)), "text/html")
    result = publish(
        repo_copy, "--skip-verify", "--repository-url", index_site.url + "/",
        TWINE_USERNAME=USERNAME, TWINE_PASSWORD=PASSWORD,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert result.stderr.splitlines() == [
        f"error: {index_site.url}{PAGE}: not a simple-API page: it links '/files/{WHEEL}\\x7f', not a valid URL"
    ]
    assert "Traceback" not in output and PASSWORD not in output


def test_an_unforeseen_failure_is_one_line_not_a_traceback(repo_copy: Path) -> None:
    (repo_copy / "pyproject.toml").write_text('[project]\nname = "puretalk-client"\nversion = \n', encoding="utf-8")
    result = publish(repo_copy, "--dry-run", "--skip-verify", "--repository-url", f"https://ci:{SECRET}@host/")
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: publish stopped on an unexpected TOMLDecodeError: "), result.stderr
    assert SECRET not in result.stdout + result.stderr
