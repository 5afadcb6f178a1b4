"""Reading the internal index: its PEP 503 page for a project, and the files and hashes it lists.

The simple index of an upload URL is ``<URL>/simple/`` (pypiserver, Nexus, Artifactory, GitLab,
AWS CodeArtifact), ``<URL>/+simple/`` on devpi (``<root>/<user>/<index>/``), or the URL given
(``--simple-url``), on the upload URL's origin. Pages are read through :mod:`scripts.infra.fetching`:
same-origin redirects only (a redirect to another host, such as pypiserver's fallback to PyPI,
means "not on this index"), at most :data:`INDEX_LIMITS` bytes and seconds. The credentials go
to the origin of the upload URL only, and only over https (plain http only to localhost); a
file the page lists on another host is downloaded without them, over https. A page that is not
a simple-API page (another Content-Type, a login form, links that are not distribution files)
is an error, never "nothing published yet".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from scripts.infra.fetching import Fetcher, FetchError, Limits, Origin, Page, TooLarge, run_fetches
from scripts.infra.project import PublishError, shown
from scripts.infra.urls import URLError, check_url, masked
from scripts.release.credentials import Credentials

INDEX_LIMITS = Limits(page_bytes=8 * 2**20, total_bytes=8 * 2**20, pages=6, deadline=120.0, read_timeout=60.0)
"""What one read of an index page may take: 8 MiB, 120 s in all, 60 s per read, 5 redirects."""
SIMPLE_TYPES = frozenset({"text/html", "application/vnd.pypi.simple.v1+html"})
DISTRIBUTION_SUFFIXES = (".whl", ".tar.gz", ".zip", ".tar.bz2", ".tar.xz", ".tgz", ".tar", ".egg")


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


LAYOUTS = {"standard": "simple/", "devpi": "+simple/"}
"""Where each kind of index keeps its simple index, below the upload URL."""


def resolve_index(url: str, *, simple_url: str | None = None, layout: str = "standard") -> Index:
    """Return the index: ``simple_url`` when given, else the simple index ``layout`` puts below the upload URL.

    ``simple_url`` must be on the upload URL's origin (the credentials go there only) and carry none.
    """
    try:
        upload = check_url(url, "the index URL")
        given = None if simple_url is None else check_url(simple_url, "the simple-index URL")
    except URLError as error:
        raise PublishError(str(error)) from None
    if layout not in LAYOUTS:
        raise PublishError(f"unknown index layout {shown(layout)}: one of {', '.join(LAYOUTS)}")
    if simple_url is None or given is None:
        return Index(upload_url=url, simple_url=url.rstrip("/") + "/" + LAYOUTS[layout])
    if given.username is not None or given.password is not None:
        raise PublishError(
            f"the simple-index URL {shown(masked(simple_url))} carries credentials: "
            "they come from TWINE_USERNAME / TWINE_PASSWORD (or the index URL) only"
        )
    if Origin.of(simple_url) != Origin.of(url) or given.query or given.fragment:
        where = f"{upload.scheme}://{upload.netloc.rpartition('@')[2]}"
        raise PublishError(
            f"the simple-index URL {shown(simple_url)} must be a plain URL on {where}, "
            "the upload URL's origin (the credentials go there only)"
        )
    return Index(upload_url=url, simple_url=simple_url.rstrip("/") + "/")


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
        self.forms = 0
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Start collecting an anchor's text; count forms (a login page has one, a simple page none)."""
        if tag in ("form", "input"):
            self.forms += 1
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
    """Return the files a PEP 503 project page lists, by name, with the hashes of their ``#<algo>=`` fragments.

    Raise :class:`PublishError` when the page is not one: it has a form, or a link that is not a distribution file.
    """
    parser = _LinkParser()
    parser.feed(html)
    parser.close()
    if parser.forms:
        raise PublishError(f"{page_url}: not a simple-API page: it has a form (a login page?)")
    files = {}
    for href, text in parser.links:
        try:
            url, fragment = urldefrag(urljoin(page_url, href))
            check_url(url, "a link")
        except (URLError, ValueError):
            link = shown(masked(href))
            raise PublishError(f"{page_url}: not a simple-API page: it links {link}, not a valid URL") from None
        algorithm, _, value = fragment.partition("=")
        hashes = {algorithm.lower(): value.lower()} if algorithm and value else {}
        filename = text or unquote(urlsplit(url).path.rsplit("/", 1)[-1])
        if not filename.lower().endswith(DISTRIBUTION_SUFFIXES):
            raise PublishError(f"{page_url}: not a simple-API page: it links {shown(filename)}, not a distribution")
        files[filename] = IndexFile(filename=filename, url=url, hashes=hashes)
    return files


def require_safe_credentials(index: Index, credentials: Credentials) -> None:
    """Refuse to send credentials to the index over plain http, except on localhost."""
    if credentials.username is None and credentials.password is None:
        return
    try:
        origin = Origin.of(index.upload_url)
    except FetchError as error:
        raise PublishError(str(error)) from None
    if origin.scheme != "https" and not origin.local:
        raise PublishError(
            f"{index.upload_url}: refusing to send the index credentials over plain http: "
            "use the index's https URL (plain http only to localhost)"
        )


def _fetch(index: Index, url: str, credentials: Credentials, limits: Limits, *, other_origin: bool = False) -> Page:
    """GET ``url`` under ``limits``, with the credentials only if it is on the upload URL's origin."""
    authorization = credentials.authorization()

    async def get(fetcher: Fetcher) -> Page:
        return await fetcher.get(url, other_origin=other_origin)

    try:
        return run_fetches(
            index.upload_url, limits, get, authorization=authorization, accept="text/html", plain_http=True
        )
    except TooLarge:
        raise
    except FetchError as error:
        raise PublishError(str(error)) from None


def _refuse_status(page: Page, credentials: Credentials) -> PublishError:
    if page.status in (401, 403):
        hint = "check TWINE_USERNAME / TWINE_PASSWORD"
        if credentials.authorization() is None:
            hint = "the index needs credentials: set TWINE_USERNAME / TWINE_PASSWORD (or use keyring)"
        return PublishError(f"authentication failed (HTTP {page.status}) reading {page.url}: {hint}")
    return PublishError(f"the index answered HTTP {page.status} for {page.url}")


def list_index(
    index: Index, project: str, credentials: Credentials, limits: Limits = INDEX_LIMITS
) -> dict[str, IndexFile]:
    """Return the files the index lists for ``project`` (empty when it has none: 404, or a redirect elsewhere)."""
    require_safe_credentials(index, credentials)
    page_url = f"{index.simple_url}{normalize_name(project)}/"
    try:
        page = _fetch(index, page_url, credentials, limits)
    except TooLarge as error:
        raise PublishError(str(error)) from None
    if page.redirect is not None or page.status == 404:
        return {}  # e.g. pypiserver's fallback to PyPI: the project is not on *this* index
    if page.status != 200:
        raise _refuse_status(page, credentials)
    if page.media_type not in SIMPLE_TYPES:
        raise PublishError(f"{page.url}: not a simple-API page (Content-Type {shown(page.content_type)})")
    try:
        html = page.text()
    except FetchError as error:
        raise PublishError(str(error)) from None
    return parse_simple_page(html, page.url)


def download(index: Index, url: str, credentials: Credentials, max_bytes: int) -> bytes | None:
    """Download a file the index lists: ``None`` when it is not served; :class:`TooLarge` past ``max_bytes``.

    On another origin than the upload URL's it must be https (or local), and goes without credentials.
    """
    require_safe_credentials(index, credentials)
    limits = Limits(max_bytes, max_bytes, INDEX_LIMITS.pages, INDEX_LIMITS.deadline, INDEX_LIMITS.read_timeout)
    page = _fetch(index, url, credentials, limits, other_origin=True)
    if page.redirect is not None or page.status == 404:
        return None
    if page.status != 200:
        raise _refuse_status(page, credentials)
    return page.body
