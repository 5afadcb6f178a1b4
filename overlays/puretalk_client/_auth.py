"""API-key authentication as an ``httpx.Auth`` flow, so it survives any injected ``httpx`` client."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

from puretalk_client._exceptions import InsecureTransportError

HEADER = "X-API-KEY"  # one of _exceptions.SECRET_HEADERS: errors and logs mask it
REDACTED = "***"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def is_insecure(url: httpx.URL) -> bool:
    """Tell whether sending a secret to ``url`` would cross the network unencrypted."""
    return url.scheme == "http" and url.host not in LOOPBACK_HOSTS


def refuse_insecure(url: httpx.URL) -> InsecureTransportError:
    """Build the error that refuses to send the key to ``url``."""
    return InsecureTransportError(
        f"refusing to send the API key over plain http to {url.host!r}: use https, "
        "or pass allow_insecure=True if this network is trusted"
    )


class ApiKeyAuth(httpx.Auth):
    """Set the ``X-API-KEY`` header on every request; never show the key."""

    __slots__ = ("_allow_insecure", "_api_key")

    def __init__(self, api_key: str, *, allow_insecure: bool = False) -> None:
        self._api_key = api_key
        self._allow_insecure = allow_insecure

    @property
    def api_key(self) -> str:
        """The key itself (for callers that need it; it is never printed)."""
        return self._api_key

    def _sign(self, request: httpx.Request) -> None:
        if not self._allow_insecure and is_insecure(request.url):
            raise refuse_insecure(request.url)
        request.headers[HEADER] = self._api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the key to ``request``, refusing plain http to other hosts unless allowed."""
        self._sign(request)
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Run :meth:`auth_flow` as one generator (httpx's default wraps it in a second one, on every call)."""
        self._sign(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Run :meth:`auth_flow` for an async client, as one async generator."""
        self._sign(request)
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(api_key={REDACTED!r})"


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port (made explicit) of ``url``."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def key_guard(base_url: httpx.URL) -> Callable[[httpx.Request], None]:
    """Make a request hook that removes the key from any request leaving ``base_url``'s origin.

    httpx runs request hooks before every hop of a redirect chain, and copies our
    header onto redirected requests (it strips only ``Authorization``); so even with
    ``follow_redirects=True`` on one request, the key never reaches another origin,
    nor plain http after an https start.
    """
    origin = _origin(base_url)

    def guard(request: httpx.Request) -> None:
        if _origin(request.url) != origin and HEADER in request.headers:
            del request.headers[HEADER]

    return guard


def async_key_guard(base_url: httpx.URL) -> Callable[[httpx.Request], Awaitable[None]]:
    """Make the request hook of :func:`key_guard` for ``httpx.AsyncClient`` (whose hooks are awaited)."""
    guard = key_guard(base_url)

    async def async_guard(request: httpx.Request) -> None:
        guard(request)

    return async_guard
