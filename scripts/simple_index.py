"""Reading the internal index: its PEP 503 page for a project, and the files and hashes it lists.

The simple index of an upload URL is ``<URL>/simple/`` (pypiserver, Nexus, Artifactory,
GitLab). Pages are fetched with the upload credentials, same-origin redirects only (a
redirect to another host, such as pypiserver's fallback to PyPI, means "not on this index").
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import Message
from html.parser import HTMLParser
from typing import IO
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from scripts.credentials import Credentials
from scripts.project import PublishError

REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Index:
    """Where to upload (the URL twine gets) and where to look (its PEP 503 simple index)."""

    upload_url: str
    simple_url: str


@dataclass(frozen=True)
class IndexFile:
    """A file the index lists: its name, its URL and the hashes its link carries."""

    filename: str
    url: str
    hashes: Mapping[str, str]


def resolve_index(url: str) -> Index:
    """Derive the simple index from the upload URL: ``<upload URL>/simple/``."""
    scheme = urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise PublishError(f"the index URL must start with https:// or http://, not {url!r}")
    return Index(upload_url=url, simple_url=url.rstrip("/") + "/simple/")


def normalize_name(name: str) -> str:
    """Normalise a project name as PEP 503 does."""
    return re.sub(r"[-_.]+", "-", name).lower()


def name_and_version(filename: str) -> tuple[str, str] | None:
    """Return the normalised project name and the version in a wheel or sdist file name."""
    if filename.endswith(".whl"):
        parts = filename[: -len(".whl")].split("-")
        return (normalize_name(parts[0]), parts[1]) if len(parts) >= 5 else None
    for suffix in (".tar.gz", ".zip"):
        if filename.endswith(suffix):
            name, _, version = filename[: -len(suffix)].rpartition("-")
            return (normalize_name(name), version) if name else None
    return None


class _LinkParser(HTMLParser):
    """Collect ``(href, text)`` of every anchor of a PEP 503 page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Start collecting an anchor's text."""
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_data(self, data: str) -> None:
        """Collect the text inside an anchor."""
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        """Record the finished anchor."""
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def parse_simple_page(html: str, page_url: str) -> dict[str, IndexFile]:
    """Return the files a PEP 503 project page lists, by name, with the hashes of their ``#<algo>=`` fragments."""
    parser = _LinkParser()
    parser.feed(html)
    files = {}
    for href, text in parser.links:
        url, fragment = urldefrag(urljoin(page_url, href))
        algorithm, _, value = fragment.partition("=")
        hashes = {algorithm.lower(): value.lower()} if algorithm and value else {}
        filename = text or unquote(urlsplit(url).path.rsplit("/", 1)[-1])
        files[filename] = IndexFile(filename=filename, url=url, hashes=hashes)
    return files


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Surface redirects as errors, so that credentials never follow one to another host."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message, newurl: str
    ) -> None:
        """Refuse every redirect; the caller follows same-origin ones itself."""
        return None


_OPENER = urllib.request.build_opener(_NoRedirects())


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def http_get(url: str, credentials: Credentials) -> bytes | None:
    """Fetch ``url`` with basic auth; ``None`` when the index does not have it (404, or a redirect elsewhere)."""
    origin = _origin(url)
    for _ in range(5):
        if _origin(url)[0] not in ("http", "https"):
            raise PublishError(f"refusing to fetch {url}: not http(s)")
        request = urllib.request.Request(url, headers={"Accept": "text/html"})  # noqa: S310 (scheme checked)
        authorization = credentials.authorization()
        if authorization is not None and _origin(url) == origin:
            request.add_unredirected_header("Authorization", authorization)
        try:
            with _OPENER.open(request, timeout=60) as response:
                body: bytes = response.read()
                return body
        except urllib.error.HTTPError as error:
            error.close()
            if error.code == 404:
                return None
            if error.code in REDIRECTS and error.headers.get("Location"):
                target = urljoin(url, error.headers["Location"])
                if _origin(target) != origin:
                    return None  # e.g. pypiserver's fallback to PyPI: the project is not on *this* index
                url = target
                continue
            if error.code in (401, 403):
                hint = "check TWINE_USERNAME / TWINE_PASSWORD"
                if authorization is None:
                    hint = "the index needs credentials: set TWINE_USERNAME / TWINE_PASSWORD (or use keyring)"
                raise PublishError(f"authentication failed (HTTP {error.code}) reading {url}: {hint}") from None
            raise PublishError(f"the index answered HTTP {error.code} for {url}") from None
        except urllib.error.URLError as error:
            raise PublishError(f"cannot reach the index at {url}: {error.reason}") from None
    raise PublishError(f"too many redirects reading {url}")


def list_index(index: Index, project: str, credentials: Credentials) -> dict[str, IndexFile]:
    """Return the files the index lists for ``project`` (empty when it has none)."""
    page_url = f"{index.simple_url}{normalize_name(project)}/"
    body = http_get(page_url, credentials)
    return {} if body is None else parse_simple_page(body.decode("utf-8", errors="replace"), page_url)
