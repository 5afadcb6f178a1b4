"""update-spec against hostile docs sites: refs, origins, caps on bytes, pages and time, broken pages.

Every site runs on 127.0.0.1; "another origin" is a second site on another port. Each refusal
asserts one line ``error: <url or file>: <cause>``, no traceback, nothing leaked (no request to
the other origin, no file content) and nothing changed in the repository.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.commands.update_spec import DOCS_LIMITS, SourceError, links, load, merge
from scripts.infra.fetching import Limits, Origin
from scripts.infra.project import format_bytes
from scripts.infra.yaml_io import dump_yaml
from tests.helpers.docs_site import SPEC, changed_files, fragment_for, seed_like_page
from tests.helpers.hostile import ALIAS_BOMB, SECRET
from tests.helpers.hostile_site import Answer, Site, gzip_bomb, hostile_site, truncated_gzip
from tests.helpers.paths import ROOT

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture
def docs() -> Iterator[Site]:
    with hostile_site() as site:
        yield site


@pytest.fixture
def elsewhere() -> Iterator[Site]:
    """A second site: another origin (same host, another port)."""
    with hostile_site() as site:
        yield site


def run(repo: Path, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m scripts.commands.update_spec ARGS`` in ``repo``; proxies only if given; fails past ``timeout`` s."""
    environment = {name: value for name, value in os.environ.items() if name not in PROXY_VARIABLES}
    try:
        return subprocess.run(
            [sys.executable, "-m", "scripts.commands.update_spec", *args],
            cwd=repo, env={**environment, **env}, capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"update-spec {' '.join(args)} did not finish within {timeout:g} s")


def assert_refused(repo: Path, result: subprocess.CompletedProcess[str], named: str, *causes: str) -> str:
    """Assert the one-line refusal naming ``named`` with every cause, and an untouched repository."""
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"error: {named}"), first
    for cause in causes:
        assert cause in first, first
    assert "openapi.yaml and generated/ were left unchanged." in result.stderr
    assert changed_files(repo) == set()
    return output


def page_with(spec: dict[str, Any], path: str = "/calls/{call_id}", method: str = "get") -> str:
    """A docs page whose fragment is ``spec``'s operation ``method path`` with its components."""
    return seed_like_page(f"{method} {path}", "api", method, path, fragment_for(path, method, spec))


def with_schema(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(json.dumps(SPEC))
    spec["components"]["schemas"][name] = schema
    return spec


def index(site: Site, *urls: str) -> str:
    """Serve an llms.txt linking ``urls`` (absolute, or paths of ``site``); return its URL."""
    lines = [f"- [page]({url if '://' in url else site.url + url}): a page" for url in urls]
    return site.add("/llms.txt", "# Puretalk AI\n\n" + "\n".join(lines) + "\n", "text/plain")


def test_a_file_ref_in_a_fragment_is_refused_by_name(docs: Site, git_repo: Path, tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text(SECRET + "\n", encoding="utf-8")
    page = docs.add("/get-call.md", page_with(with_schema("Leak", {"$ref": netrc.as_uri()})))
    output = assert_refused(
        git_repo, run(git_repo, index(docs, "/get-call.md")), page, f": $ref '{netrc.as_uri()}' at components"
    )
    assert SECRET not in output


def test_an_http_ref_in_a_spec_is_refused_and_not_requested(docs: Site, elsewhere: Site, git_repo: Path) -> None:
    target = elsewhere.add("/schema.json", '{"type": "string"}', "application/json")
    source = docs.add("/openapi.json", json.dumps(with_schema("Remote", {"$ref": target})), "application/json")
    assert_refused(git_repo, run(git_repo, source), source, f"$ref '{target}'", "only local references")
    assert elsewhere.paths() == []


def test_a_yaml_alias_bomb_in_a_fragment_is_refused(docs: Site, git_repo: Path) -> None:
    bomb = "````yaml openapi-api GET /calls\nopenapi: 3.0.1\npaths: {}\n" + ALIAS_BOMB + "````\n"
    page = docs.add("/bomb.md", "# Get calls\n\n" + bomb)
    assert_refused(git_repo, run(git_repo, index(docs, "/bomb.md")), page, "YAML alias *a refused")


def test_a_swagger_2_document_is_refused(docs: Site, git_repo: Path) -> None:
    swagger = {"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}}
    source = docs.add("/swagger.json", json.dumps(swagger), "application/json")
    assert_refused(git_repo, run(git_repo, source), source, "a Swagger '2.0' document")


def test_a_redirect_to_another_origin_is_not_followed(docs: Site, elsewhere: Site, git_repo: Path) -> None:
    target = elsewhere.add("/openapi.json", json.dumps(SPEC), "application/json")
    source = docs.redirect("/openapi.json", target)
    assert_refused(git_repo, run(git_repo, source), source, "redirected to", "not followed")
    assert elsewhere.paths() == []


def test_a_redirect_on_the_same_origin_is_followed(docs: Site, git_repo: Path) -> None:
    docs.add("/v2/openapi.json", json.dumps(SPEC, indent=1), "application/json")
    result = run(git_repo, docs.redirect("/openapi.json", "/v2/openapi.json", 301))
    assert result.returncode == 0, result.stderr
    assert docs.paths() == ["/openapi.json", "/v2/openapi.json"]


def test_links_to_another_origin_are_not_read(docs: Site, elsewhere: Site, git_repo: Path) -> None:
    docs.add("/whole-api.md", "# The API\n\n````yaml openapi\n" + dump_yaml(SPEC) + "````\n")
    foreign = elsewhere.add("/get-call.md", page_with(SPEC))
    source = index(docs, "/whole-api.md", foreign)
    result = run(git_repo, source)
    assert result.returncode == 0, result.stderr
    assert f"{source}: 1 link(s) off {docs.url} not read" in result.stdout
    assert elsewhere.paths() == []


def test_plain_http_to_another_host_is_refused_before_any_request(git_repo: Path) -> None:
    with hostile_site() as proxy:  # every request that would leave the machine goes through it
        result = run(git_repo, "http://docs.example.com/llms.txt", HTTP_PROXY=proxy.url, ALL_PROXY=proxy.url)
        assert_refused(
            git_repo, result, "http://docs.example.com/llms.txt", "plain http is refused except to localhost"
        )
        assert proxy.paths() == []


def test_a_page_over_its_cap_is_refused(docs: Site, git_repo: Path) -> None:
    page = docs.add("/get-call.md", page_with(SPEC))
    result = run(git_repo, "--max-page-bytes", "4096", index(docs, "/get-call.md"))
    assert_refused(git_repo, result, page, "larger than 4 KiB (the cap per page)")


def test_pages_over_the_total_cap_are_refused(docs: Site, git_repo: Path) -> None:
    paths = ["/get-call.md", "/list-calls.md", "/get-voice.md"]
    operations = [("/calls/{call_id}", "get"), ("/calls", "get"), ("/voices/{id}", "get")]
    for path, (api_path, method) in zip(paths, operations, strict=True):
        docs.add(path, page_with(SPEC, api_path, method))
    size = len(page_with(SPEC).encode())  # each page carries every component: all about this size
    result = run(git_repo, "--max-total-bytes", str(size + size // 2), index(docs, *paths))
    assert_refused(git_repo, result, f"{docs.url}/list-calls.md", "read in all (the cap on all pages together)")
    assert docs.paths() == ["/llms.txt", "/get-call.md", "/list-calls.md"]


def test_a_gzip_bomb_stops_at_the_cap(docs: Site, git_repo: Path) -> None:
    bomb = gzip_bomb(256 * 2**20)
    page = docs.answer("/bomb.md", Answer(200, bomb, {"Content-Type": "text/markdown", "Content-Encoding": "gzip"}))
    assert_refused(git_repo, run(git_repo, index(docs, "/bomb.md")), page, "larger than 16 MiB (the cap per page)")


def test_a_gzip_bomb_is_refused_in_bounded_memory(docs: Site) -> None:
    source = docs.answer(
        "/openapi.yaml", Answer(200, gzip_bomb(256 * 2**20), {"Content-Type": "text/yaml", "Content-Encoding": "gzip"})
    )
    limits = Limits(page_bytes=4 * 2**20, total_bytes=8 * 2**20, pages=10, deadline=60)
    tracemalloc.start()
    with pytest.raises(SourceError, match="larger than 4 MiB"):
        load(source, limits)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 16 * 2**20, f"{peak} bytes held to refuse a 256 MiB gzip bomb at 4 MiB"


def test_a_gzip_stream_cut_before_its_last_block_is_refused(docs: Site, git_repo: Path) -> None:
    # What inflates is a well-formed spec without its securitySchemes: only the stream's missing end tells.
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    cut = truncated_gzip(text, text.index("  securitySchemes:"))
    source = docs.answer("/openapi.yaml", Answer(200, cut, {"Content-Type": "text/yaml", "Content-Encoding": "gzip"}))
    result = run(git_repo, source, timeout=60)
    assert_refused(git_repo, result, source, "its compressed body stops before the stream's end (a truncated download)")


def test_a_body_shorter_than_its_content_length_is_refused(docs: Site) -> None:
    text = (ROOT / "openapi.yaml").read_bytes()
    source = docs.answer("/openapi.yaml", Answer(200, text, {"Content-Type": "text/yaml"}, cut=len(text) // 2))
    with pytest.raises(
        SourceError, match=r"^\S+: the connection closed before the whole body came \(a truncated download\)"
    ):
        load(source)


def test_bytes_after_the_end_of_a_gzip_stream_are_refused(docs: Site) -> None:
    body = gzip.compress((ROOT / "openapi.yaml").read_bytes()) + b"\0" * 2**20  # piled up unread, uncounted
    source = docs.answer("/openapi.yaml", Answer(200, body, {"Content-Type": "text/yaml", "Content-Encoding": "gzip"}))
    with pytest.raises(SourceError, match=r"^\S+: its compressed body has bytes after the stream's end$"):
        load(source)


def test_a_fifo_source_is_refused_unread(git_repo: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "openapi.yaml"
    os.mkfifo(fifo)  # opened for reading with no writer, this blocks forever
    result = run(git_repo, str(fifo), timeout=30)
    assert_refused(git_repo, result, str(fifo), "not a regular file (a FIFO): refused")


def test_an_index_linking_more_pages_than_the_cap_is_refused_before_reading_them(docs: Site, git_repo: Path) -> None:
    source = index(docs, *(f"/page-{number}.md" for number in range(5)))
    assert_refused(git_repo, run(git_repo, "--max-pages", "3", source), source, "links 5 pages, more than the cap of 3")
    assert docs.paths() == ["/llms.txt"]


def test_a_server_sending_a_byte_at_a_time_is_cut_at_the_deadline(docs: Site, git_repo: Path) -> None:
    # Each byte arrives well within the read timeout (30 s): only the overall deadline ends this.
    source = docs.answer("/llms.txt", Answer(200, b"# Docs\n" * 20, {"Content-Type": "text/plain"}, drip=0.2))
    result = run(git_repo, "--deadline", "2", source)
    assert_refused(git_repo, result, source, "gave up after 2 s (the deadline for all downloads)")


def test_a_page_that_is_not_utf8_is_refused(docs: Site, git_repo: Path) -> None:
    page = docs.add("/get-call.md", page_with(SPEC).encode().replace(b"## OpenAPI", b"## Open\xffAPI", 1))
    line = page_with(SPEC).split("## OpenAPI", 1)[0].count("\n") + 1
    result = run(git_repo, index(docs, "/get-call.md"))
    assert_refused(git_repo, result, page, f"not utf-8 text: byte 0xff on line {line}")


def test_a_local_index_of_links_is_refused_and_nothing_is_requested(docs: Site, git_repo: Path, tmp_path: Path) -> None:
    docs.add("/get-call.md", page_with(SPEC))
    local = tmp_path / "llms.txt"
    local.write_text(f"- [page]({docs.url}/get-call.md): a page\n", encoding="utf-8")
    assert_refused(git_repo, run(git_repo, str(local)), str(local), "an index of links is read from its URL")
    assert docs.paths() == []


def test_spec_watch_passes_the_caps_on(docs: Site, git_repo: Path, tmp_path: Path) -> None:
    source = index(docs, *(f"/page-{number}.md" for number in range(5)))
    result = subprocess.run(
        [sys.executable, "-m", "scripts.commands.spec_watch", source, "--out", str(tmp_path / "out"),
         "--max-pages", "3"],
        cwd=git_repo, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"error: {source}: links 5 pages, more than the cap of 3" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert changed_files(git_repo) == set()
    assert docs.paths() == ["/llms.txt"]


@pytest.mark.parametrize(("key", "value"), [("paths", []), ("components", {"schemas": [1]}), ("tags", "x")])
def test_a_misshapen_fragment_is_refused_by_page(key: str, value: Any) -> None:
    fragment = {**fragment_for("/calls/{call_id}", "get"), key: value}
    with pytest.raises(SourceError, match=rf"^https://docs\.example\.com/a\.md: '{key}' is not a "):
        merge([("https://docs.example.com/a.md", fragment)])


def test_the_pipeline_page_gives_the_default_caps() -> None:
    readme = (ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8")
    defaults = {
        "--max-page-bytes N": format_bytes(DOCS_LIMITS.page_bytes),
        "--max-total-bytes N": format_bytes(DOCS_LIMITS.total_bytes),
        "--max-pages N": str(DOCS_LIMITS.pages),
        "--deadline SECONDS": f"{DOCS_LIMITS.deadline:g}",
    }
    for option, default in defaults.items():
        assert f"| `{option}` | {default} |" in readme, option
    assert f"each read also times out after {DOCS_LIMITS.read_timeout:g} s" in readme
    assert f"a connection after {DOCS_LIMITS.connect_timeout:g} s" in readme


def test_malformed_links_in_a_docs_index_are_not_followed_nor_a_traceback() -> None:
    base = "https://docs.example.com/llms.txt"
    markdown = (
        "- [a](http://[::1)\n- [b](https://docs.example.com:99999/x.md)\n- [c](https://docs.example.com/c\x7f.md)\n"
        f"- [d](https://u:{SECRET}@docs.example.com:bad/d.md)\n- [ok](/ok.md)\n"
    )
    pages, elsewhere = links(markdown, base, Origin.of(base))
    assert pages == ["https://docs.example.com/ok.md"]
    assert elsewhere == 4


@pytest.mark.parametrize(
    "source",
    ["https://[docs.example.com/llms.txt", "https://docs.example.com:99999/llms.txt", "https://d\x7f.example/x"],
)
def test_a_malformed_source_url_is_one_line(source: str, git_repo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.commands.update_spec", source],
        cwd=git_repo, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith("error: the URL "), result.stderr
    assert "is not a valid URL" in result.stderr.splitlines()[0]
    assert changed_files(git_repo) == set()
