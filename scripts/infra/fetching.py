"""Reading hostile pages over HTTP: one origin, https, and caps on bytes, requests and time.

What ``update-spec`` reads from a docs site and what ``publish`` reads from the index goes
through a :class:`Fetcher`:

- requests stay on one origin (scheme, host, port): a redirect elsewhere is not followed but
  returned to the caller, and credentials are only ever sent to that origin;
- https, or plain http to localhost, 127.0.0.1 or ::1 only (an anonymous fetcher may be
  allowed plain http elsewhere; one with credentials never is);
- at most ``page_bytes`` per response and ``total_bytes`` in all, counted on the decoded bytes:
  gzip and deflate are inflated here a chunk at a time, never more than one byte past the cap,
  so a gzip bomb stops there with bounded memory;
- at most ``pages`` requests, redirects included;
- a body that ends early is an error, never a shorter document: a compressed stream must reach
  its end (and nothing may follow it), a plain one its ``Content-Length``;
- ``read_timeout`` for each read, and one ``deadline`` for the whole run (:func:`run_fetches`
  runs everything under ``asyncio.timeout``, so a server that sends a byte every few seconds,
  in its headers or its body, does not hold the run); the work between reads (parsing what
  came) checks the same :class:`Deadline`, which ``asyncio.timeout`` cannot interrupt;
- no URL with credentials in it (``user:password@``) is requested: credentials go in
  ``authorization``, to the origin only; and every message shows URLs through
  :func:`scripts.infra.urls.masked`.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import TypeVar
from urllib.parse import urljoin

import httpx

from scripts.infra.project import PipelineError, format_bytes
from scripts.infra.urls import URLError, check_url, has_userinfo, masked

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
_DEFAULT_PORTS = {"http": 80, "https": 443}

T = TypeVar("T")


class FetchError(PipelineError):
    """A request refused or failed; the message starts with the URL, its credentials (if any) masked."""

    def __init__(self, message: str) -> None:
        super().__init__(masked(message))


class TooLarge(FetchError):
    """A response went past its cap on bytes."""


@dataclass(frozen=True)
class Limits:
    """Caps on what one run reads."""

    page_bytes: int
    """The most bytes of one response, decoded."""
    total_bytes: int
    """The most bytes of all responses together, decoded."""
    pages: int
    """The most requests, redirects included."""
    deadline: float
    """Seconds for the whole run, whatever the server does."""
    read_timeout: float = 30.0
    """Seconds to wait for each read."""
    connect_timeout: float = 10.0
    """Seconds to wait for a connection."""


@dataclass
class Deadline:
    """The moment a run gives up, for the work between reads (parsing what came), which nothing interrupts."""

    seconds: float
    ends: float = field(init=False)

    def __post_init__(self) -> None:
        self.ends = time.monotonic() + self.seconds

    def check(self, where: str) -> None:
        """Raise :class:`FetchError` naming ``where`` once the deadline has passed."""
        if time.monotonic() > self.ends:
            raise FetchError(f"{where}: gave up after {self.seconds:g} s (the deadline for all downloads)")


@dataclass(frozen=True)
class Origin:
    """Scheme, host and port of a URL: what "the same site" means here."""

    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> Origin:
        """Return the origin of ``url`` (the default port filled in); :class:`FetchError` for a URL without one."""
        try:
            parts = check_url(url)
        except URLError as error:
            raise FetchError(str(error)) from None
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            raise FetchError(f"{masked(url)}: only http(s) URLs with a host are read")
        return cls(scheme, parts.hostname.lower(), parts.port or _DEFAULT_PORTS[scheme])

    @property
    def local(self) -> bool:
        """Whether the host is this machine (where plain http is allowed)."""
        return self.host in LOCAL_HOSTS

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def require_secure(url: str, *, plain_http: bool = False) -> Origin:
    """Return the origin of ``url``; refuse plain http except to localhost (or anywhere, with ``plain_http``)."""
    origin = Origin.of(url)
    if origin.scheme != "https" and not origin.local and not plain_http:
        raise FetchError(f"{url}: plain http is refused except to localhost: use https")
    return origin


@dataclass(frozen=True)
class Page:
    """One response: where it came from, its status, its type and its (decoded) body."""

    url: str
    status: int
    content_type: str = ""
    body: bytes = b""
    redirect: str | None = None
    """A redirect to another origin, not followed."""

    @property
    def media_type(self) -> str:
        """The Content-Type without parameters, lower case."""
        return self.content_type.split(";", 1)[0].strip().lower()

    def text(self) -> str:
        """Decode the body strictly, in the charset the Content-Type names (UTF-8 by default)."""
        header = Message()
        header["content-type"] = self.content_type or "text/plain"
        charset = header.get_content_charset() or "utf-8"
        try:
            return self.body.decode(charset)
        except LookupError:
            raise FetchError(f"{self.url}: unknown charset {charset[:40]!r}") from None
        except UnicodeDecodeError as error:
            line = self.body.count(b"\n", 0, error.start) + 1
            byte = self.body[error.start]
            raise FetchError(f"{self.url}: not {charset} text: byte 0x{byte:02x} on line {line}") from None


def _with_credentials(url: str) -> FetchError:
    return FetchError(
        f"{url}: a URL with credentials (user:password@) is refused: they would be sent from the URL and shown "
        "wherever it is; credentials go in the Authorization header, to the origin only"
    )


def _decoder(encoding: str, url: str) -> zlib._Decompress | None:
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    raise FetchError(f"{url}: unsupported Content-Encoding {encoding[:40]!r}")


def _describe(error: httpx.HTTPError) -> str:
    if isinstance(error, httpx.ReadTimeout):
        return "the server sent nothing within the read timeout"
    if isinstance(error, httpx.ConnectTimeout):
        return "no connection within the connect timeout"
    detail = " ".join(str(error).split())[:200]
    if isinstance(error, httpx.RemoteProtocolError) and "complete message body" in detail:  # h11's words
        return f"the connection closed before the whole body came (a truncated download): {detail}"
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


@dataclass
class Fetcher:
    """GETs on one origin under :class:`Limits`; use it inside :func:`run_fetches`."""

    origin_url: str
    limits: Limits
    authorization: str | None = field(default=None, repr=False)
    """An ``Authorization`` header value, sent to the origin only."""
    accept: str = "*/*"
    plain_http: bool = False
    """Allow plain http to any host on the origin (only without ``authorization``)."""
    origin: Origin = field(init=False)
    deadline: Deadline = field(init=False)
    """Started with the fetcher: what parses the pages checks it (:meth:`check_deadline`)."""
    requests: int = field(default=0, init=False)
    read: int = field(default=0, init=False)
    current: str = field(default="", init=False)
    _client: httpx.AsyncClient = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.deadline = Deadline(self.limits.deadline)
        if has_userinfo(self.origin_url):
            raise _with_credentials(self.origin_url)
        self.origin = require_secure(self.origin_url, plain_http=self.plain_http and self.authorization is None)
        self.current = self.origin_url
        timeout = httpx.Timeout(self.limits.read_timeout, connect=self.limits.connect_timeout)
        headers = {"Accept": self.accept, "Accept-Encoding": "gzip, deflate"}
        self._client = httpx.AsyncClient(timeout=timeout, follow_redirects=False, headers=headers)

    def check_deadline(self) -> None:
        """Raise :class:`FetchError` once the run's deadline has passed (call it between steps of parsing)."""
        self.deadline.check(self.current)

    async def aclose(self) -> None:
        """Close the connections."""
        await self._client.aclose()

    async def get(self, url: str, *, other_origin: bool = False, max_bytes: int | None = None) -> Page:
        """GET ``url``, following redirects on its own origin; a redirect elsewhere comes back as ``Page.redirect``.

        ``url`` must be on the fetcher's origin unless ``other_origin`` (then it must be https or
        local, and no credentials go with it). ``max_bytes`` lowers the cap for this response.
        """
        for _ in range(MAX_REDIRECTS + 1):
            if has_userinfo(url):
                raise _with_credentials(url)
            origin = Origin.of(url)
            if origin == self.origin:
                require_secure(url, plain_http=self.plain_http and self.authorization is None)
            elif other_origin:
                require_secure(url)
            else:
                raise FetchError(f"{url}: not on {self.origin}, the only origin read")
            self.requests += 1
            if self.requests > self.limits.pages:
                raise FetchError(f"{url}: more than {self.limits.pages} requests (the cap on pages)")
            self.current = url
            headers = {"Authorization": self.authorization} if self.authorization and origin == self.origin else {}
            try:
                async with self._client.stream("GET", url, headers=headers) as response:
                    location = response.headers.get("location")
                    if response.status_code in REDIRECTS and location:
                        try:
                            target = urljoin(url, location)
                        except ValueError:
                            raise FetchError(f"{masked(url)}: redirected to a malformed URL") from None
                        if Origin.of(target) != origin:
                            return Page(url, response.status_code, redirect=target)
                        url = target
                        continue
                    body = await self._body(response, url, max_bytes)
                    content_type = response.headers.get("content-type", "")
                    return Page(url, response.status_code, content_type, body)
            except httpx.HTTPError as error:
                raise FetchError(f"{url}: {_describe(error)}") from None
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    async def _body(self, response: httpx.Response, url: str, max_bytes: int | None) -> bytes:
        """Read and decode the body, refusing it as soon as it passes a cap."""
        page_cap = self.limits.page_bytes if max_bytes is None else min(max_bytes, self.limits.page_bytes)
        total_room = self.limits.total_bytes - self.read
        cap = min(page_cap, total_room)

        def refuse() -> TooLarge:
            if page_cap <= total_room:
                return TooLarge(f"{url}: larger than {format_bytes(page_cap)} (the cap per page)")
            total = format_bytes(self.limits.total_bytes)
            return TooLarge(f"{url}: more than {total} read in all (the cap on all pages together)")

        decoder = _decoder(response.headers.get("content-encoding", "").strip().lower(), url)
        declared = response.headers.get("content-length", "")
        if decoder is None and declared.isdigit() and int(declared) > cap:
            raise refuse()
        body = bytearray()
        received = 0
        async for raw in response.aiter_raw():
            received += len(raw)
            if decoder is None:
                body += raw
            else:
                try:
                    body += decoder.decompress(raw, cap - len(body) + 1)  # at most one byte past the cap
                except zlib.error:
                    raise FetchError(f"{url}: its compressed body is corrupt") from None
                if decoder.unused_data:  # bytes past the stream's end would pile up there, uncounted
                    raise FetchError(f"{url}: its compressed body has bytes after the stream's end")
            if len(body) > cap:
                raise refuse()
        if decoder is not None and received and not decoder.eof:  # an empty body (a 204, a 304) is no stream
            raise FetchError(f"{url}: its compressed body stops before the stream's end (a truncated download)")
        self.read += len(body)
        return bytes(body)


def run_fetches(
    origin_url: str,
    limits: Limits,
    work: Callable[[Fetcher], Awaitable[T]],
    *,
    authorization: str | None = None,
    accept: str = "*/*",
    plain_http: bool = False,
) -> T:
    """Run ``work`` with a :class:`Fetcher` for ``origin_url``; stop it at ``limits.deadline`` whatever it waits for."""

    async def main() -> T:
        fetcher = Fetcher(origin_url, limits, authorization=authorization, accept=accept, plain_http=plain_http)
        try:
            async with asyncio.timeout(limits.deadline) as scope:
                return await work(fetcher)
        except TimeoutError:
            if scope.expired():
                raise FetchError(
                    f"{fetcher.current}: gave up after {limits.deadline:g} s (the deadline for all downloads)"
                ) from None
            raise
        finally:
            await fetcher.aclose()

    return asyncio.run(main())


def add_limit_options(parser: argparse.ArgumentParser, defaults: Limits) -> None:
    """Add ``--max-page-bytes``, ``--max-total-bytes``, ``--max-pages`` and ``--deadline`` to ``parser``."""
    group = parser.add_argument_group("caps on what is downloaded")
    group.add_argument(
        "--max-page-bytes", type=int, default=defaults.page_bytes, metavar="N",
        help=f"the most bytes of one page, decoded (default {format_bytes(defaults.page_bytes)})",
    )  # fmt: skip
    group.add_argument(
        "--max-total-bytes", type=int, default=defaults.total_bytes, metavar="N",
        help=f"the most bytes of all pages together, decoded (default {format_bytes(defaults.total_bytes)})",
    )  # fmt: skip
    group.add_argument(
        "--max-pages", type=int, default=defaults.pages, metavar="N",
        help=f"the most requests, redirects included (default {defaults.pages})",
    )  # fmt: skip
    group.add_argument(
        "--deadline", type=float, default=defaults.deadline, metavar="SECONDS",
        help=f"seconds for all downloads together (default {defaults.deadline:g})",
    )  # fmt: skip


def limits_from(args: argparse.Namespace, defaults: Limits) -> Limits:
    """Return the :class:`Limits` the options of :func:`add_limit_options` ask for."""
    return Limits(
        page_bytes=args.max_page_bytes,
        total_bytes=args.max_total_bytes,
        pages=args.max_pages,
        deadline=args.deadline,
        read_timeout=min(defaults.read_timeout, args.deadline),
        connect_timeout=min(defaults.connect_timeout, args.deadline),
    )


def limit_arguments(limits: Limits) -> list[str]:
    """Return the command-line options that ask for ``limits`` (to pass them on to another script)."""
    return [
        "--max-page-bytes", str(limits.page_bytes),
        "--max-total-bytes", str(limits.total_bytes),
        "--max-pages", str(limits.pages),
        "--deadline", f"{limits.deadline:g}",
    ]  # fmt: skip
