"""The connection pool a client sends through, and the httpx client with retrying transports around it.

A client we create gets its own pool (an ``httpx.HTTPTransport``, plus one per proxy
named in the environment, as httpx itself would mount them) and hands it to
``httpx.Client(transport=..., mounts=...)`` wrapped in :class:`RetryTransport`.
Copies made by ``with_options`` wrap the same pool without owning it. An injected
``http_client`` lends its pool the same way; reading it is the one place we reach
into httpx (see :func:`pool_of`).
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from puretalk_client._transport import AsyncRetryTransport, AsyncSleep, RetryTransport, Sleep

B = TypeVar("B", httpx.BaseTransport, httpx.AsyncBaseTransport)


@dataclass(frozen=True)
class Pool(Generic[B]):
    """The transports requests go through: the default one and those mounted per URL pattern (proxies)."""

    transport: B
    mounts: Mapping[str, B | None]


def _host_pattern(host: str) -> str:
    """Return the httpx mount pattern for a ``NO_PROXY`` entry (curl's rules, as httpx applies them)."""
    if "://" in host:
        return host
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"all://{host}" if host.lower() == "localhost" else f"all://*{host}"
    return f"all://[{host}]" if address.version == 6 else f"all://{host}"


def environment_proxies() -> dict[str, str | None]:
    """Return the proxies the environment names (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) as mount patterns."""
    found = urllib.request.getproxies()
    proxies: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            url = found[scheme]
            proxies[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (entry.strip() for entry in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if host:
            proxies[_host_pattern(host)] = None
    return proxies


def new_pool() -> Pool[httpx.BaseTransport]:
    """Make a pool of our own, honouring the environment's proxies and certificates like ``httpx.Client()``."""
    mounts: dict[str, httpx.BaseTransport | None] = {
        pattern: None if url is None else httpx.HTTPTransport(proxy=url, trust_env=True)
        for pattern, url in environment_proxies().items()
    }
    return Pool(httpx.HTTPTransport(trust_env=True), mounts)


def new_async_pool() -> Pool[httpx.AsyncBaseTransport]:
    """Make a pool of our own for the async client (see :func:`new_pool`)."""
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {
        pattern: None if url is None else httpx.AsyncHTTPTransport(proxy=url, trust_env=True)
        for pattern, url in environment_proxies().items()
    }
    return Pool(httpx.AsyncHTTPTransport(trust_env=True), mounts)


def _unwrap(transport: B) -> B:
    if isinstance(transport, (RetryTransport, AsyncRetryTransport)):
        inner: B = transport.inner
        return inner
    return transport


def pool_of(source: httpx.Client) -> Pool[httpx.BaseTransport]:
    """Return the pool of an injected client, so that our requests use its connections, proxies and TLS settings.

    httpx has no public way to get the transports a client sends through (nor to wrap
    them in place), so this reads its ``_transport`` and ``_mounts``; it writes nothing,
    and the injected client is left exactly as it was.
    """
    mounts = {pattern: None if item is None else _unwrap(item) for pattern, item in source._mounts.items()}
    return Pool(_unwrap(source._transport), {str(pattern): item for pattern, item in mounts.items()})


def async_pool_of(source: httpx.AsyncClient) -> Pool[httpx.AsyncBaseTransport]:
    """Return the pool of an injected async client (see :func:`pool_of` for why it reads private names)."""
    mounts = {pattern: None if item is None else _unwrap(item) for pattern, item in source._mounts.items()}
    return Pool(_unwrap(source._transport), {str(pattern): item for pattern, item in mounts.items()})


def _wrapped(pool: Pool[B], wrap: Callable[[B], B]) -> tuple[B, dict[str, B | None]]:
    return wrap(pool.transport), {
        pattern: None if item is None else wrap(item) for pattern, item in pool.mounts.items()
    }


def client_over(
    pool: Pool[httpx.BaseTransport], max_retries: int, sleep: Sleep | None, *, owns: bool, like: httpx.Client | None
) -> httpx.Client:
    """Make an ``httpx.Client`` sending through ``pool`` with retries (closing it closes the pool if it ``owns`` it).

    ``like``: an injected client whose headers, cookies, query parameters and event hooks are carried over.
    """

    def wrap(transport: httpx.BaseTransport) -> httpx.BaseTransport:
        return RetryTransport(transport, max_retries, owns_inner=owns, sleep=sleep)

    transport, mounts = _wrapped(pool, wrap)
    return httpx.Client(
        transport=transport,
        mounts=mounts,
        headers=None if like is None else like.headers,
        cookies=None if like is None else like.cookies,
        params=None if like is None else like.params,
        event_hooks=None if like is None else like.event_hooks,
        trust_env=False,
    )


def async_client_over(
    pool: Pool[httpx.AsyncBaseTransport],
    max_retries: int,
    sleep: AsyncSleep | None,
    *,
    owns: bool,
    like: httpx.AsyncClient | None,
) -> httpx.AsyncClient:
    """Make the ``httpx.AsyncClient`` twin of :func:`client_over`."""

    def wrap(transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return AsyncRetryTransport(transport, max_retries, owns_inner=owns, sleep=sleep)

    transport, mounts = _wrapped(pool, wrap)
    return httpx.AsyncClient(
        transport=transport,
        mounts=mounts,
        headers=None if like is None else like.headers,
        cookies=None if like is None else like.cookies,
        params=None if like is None else like.params,
        event_hooks=None if like is None else like.event_hooks,
        trust_env=False,
    )
