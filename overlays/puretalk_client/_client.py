"""``Puretalk`` and ``AsyncPuretalk``: configuration, the HTTP client, and the resource namespaces.

Auth, timeouts and retries live in the ``httpx`` client itself (an ``httpx.Auth``
flow and a retrying transport), so an injected ``http_client`` gets them too.
Resources and the generated package are imported on first use, which keeps
``import puretalk_client`` close to ``import httpx``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from puretalk_client._auth import async_key_guard, key_guard
from puretalk_client._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    NOT_GIVEN,
    NotGiven,
    QueryValue,
    Settings,
    TimeoutLike,
    resolve,
    with_base_url,
)
from puretalk_client._generated.resources import AsyncResources, SyncResources
from puretalk_client._logs import setup_logging
from puretalk_client._pool import (
    Pool,
    async_client_over,
    async_pool_of,
    client_over,
    new_async_pool,
    new_pool,
    pool_of,
)
from puretalk_client._retries import DEFAULT_MAX_RETRIES
from puretalk_client._transport import AsyncSleep, Sleep
from puretalk_client._version import version

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
S = TypeVar("S", Sleep, AsyncSleep)

if TYPE_CHECKING:
    from puretalk_client._validate import Check


Hook = Callable[..., Any]
"""An httpx request event hook (a function for ``httpx.Client``, a coroutine function for ``httpx.AsyncClient``)."""


def _configure(http: httpx.Client | httpx.AsyncClient, settings: Settings) -> Hook:
    """Point ``http`` at the API with our auth, timeout, headers and query; redirects are never followed.

    Return the request hook that keeps the key on the base URL's origin (:func:`_point`).
    """
    http.auth = settings.auth
    http.timeout = settings.timeout
    http.follow_redirects = False
    user_agent = f"puretalk-client/{version()} python-httpx/{httpx.__version__}"
    http.headers.update({"User-Agent": user_agent, **settings.headers})
    if settings.query:
        http.params = http.params.merge(settings.query)
    return _point(http, settings.base_url, None)


def _point(http: httpx.Client | httpx.AsyncClient, base_url: httpx.URL, old_guard: Hook | None) -> Hook:
    """Send ``http`` to ``base_url``, its key guard (replacing ``old_guard``) following; return the new guard."""
    http.base_url = base_url
    hooks = http.event_hooks
    guard: Hook = async_key_guard(base_url) if isinstance(http, httpx.AsyncClient) else key_guard(base_url)
    kept = [hook for hook in hooks.get("request", []) if hook is not old_guard]
    http.event_hooks = {"request": [*kept, guard], "response": list(hooks.get("response", []))}
    return guard


class _ClientBase(Generic[H, S]):
    """What the sync and async clients share: configuration, the HTTP client, options, ``repr``."""

    _settings: Settings
    _http: H
    _sleep: S | None
    _pool: Any
    _guard: Hook
    _check: Check
    _differences_logged: set[tuple[str, str, str]]
    _http_kind: type[httpx.Client] | type[httpx.AsyncClient]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: H | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, QueryValue] | None = None,
        allow_insecure: bool = False,
        sleep: S | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
    ) -> None:
        setup_logging()
        settings = resolve(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            allow_insecure=allow_insecure,
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
        )
        if http_client is None:
            pool = self._new_pool()
        elif isinstance(http_client, self._http_kind):
            pool = self._pool_of(http_client)
        else:
            wanted = self._http_kind.__name__
            raise TypeError(
                f"{type(self).__name__} needs an httpx.{wanted} as http_client, not {type(http_client).__name__}"
            )
        http = self._client_over(pool, settings.max_retries, sleep, owns=http_client is None, like=http_client)
        self._init(settings, http, sleep, pool, set())

    def _init(self, settings: Settings, http: H, sleep: S | None, pool: Any, logged: set[tuple[str, str, str]]) -> None:
        self._guard = _configure(http, settings)
        self._settings = settings
        self._http = http
        self._sleep = sleep
        self._pool = pool
        self._differences_logged = logged
        from puretalk_client._validate import check_for  # loaded with the first client, not on import

        self._check = check_for(settings.strict_response_validation, logged, secret=settings.auth.api_key)

    @staticmethod
    def _new_pool() -> Any:
        raise NotImplementedError

    @staticmethod
    def _pool_of(source: H) -> Any:
        raise NotImplementedError

    @staticmethod
    def _client_over(pool: Any, max_retries: int, sleep: S | None, *, owns: bool, like: H | None) -> H:
        raise NotImplementedError

    @property
    def http_client(self) -> H:
        """The configured ``httpx`` client (auth, timeouts and retries included)."""
        return self._http

    @property
    def api_key(self) -> str:
        """The API key in use (never shown by ``repr``, logs or errors)."""
        return self._settings.auth.api_key

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL; set it to send this client (not its copies) elsewhere (checked as by the constructor)."""
        return self._settings.base_url

    @base_url.setter
    def base_url(self, url: str | httpx.URL) -> None:
        settings = with_base_url(self._settings, url)
        self._guard = _point(self._http, settings.base_url, self._guard)
        self._settings = settings

    @property
    def default_headers(self) -> Mapping[str, str]:
        """The headers added to every request (``User-Agent`` and the key aside)."""
        return dict(self._settings.headers)

    @property
    def default_query(self) -> Mapping[str, QueryValue]:
        """The query parameters added to every request."""
        return dict(self._settings.query)

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeouts of every request."""
        return self._settings.timeout

    @property
    def max_response_bytes(self) -> int:
        """The largest JSON answer read, in decoded bytes (audio is not capped)."""
        return self._settings.max_response_bytes

    @property
    def strict_response_validation(self) -> bool:
        """Whether an answer that differs from the spec raises (True) or comes through as sent, logged once (False)."""
        return self._settings.strict_response_validation

    @property
    def response_check(self) -> Check:
        """How this client's parsers meet a value that differs from the spec (strict: raise; lenient: log once)."""
        return self._check

    @property
    def max_retries(self) -> int:
        """How many times a retryable failure is retried."""
        return self._settings.max_retries

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, QueryValue] | None = None,
        set_default_query: Mapping[str, QueryValue] | None = None,
        allow_insecure: bool | None = None,
        sleep: S | None = None,
        max_response_bytes: int | None = None,
        strict_response_validation: bool | None = None,
        http_client: None = None,
    ) -> Self:
        """Return a copy with some options changed; it shares this client's connection pool.

        Every constructor option can change but ``http_client``: a copy sends through this
        client's pool (closing the copy leaves it open); for another pool, make a new client.
        ``default_headers`` and ``default_query`` are added to the current ones;
        ``set_default_headers`` and ``set_default_query`` replace them. A copy logs a kind of
        difference from the spec only if this client has not (the two share what was logged).
        """
        if http_client is not None:
            raise TypeError("with_options() cannot change http_client: a copy shares this client's pool")
        if default_headers is not None and set_default_headers is not None:
            raise ValueError(
                "with_options() takes default_headers (added) or set_default_headers (replacing), not both"
            )
        if default_query is not None and set_default_query is not None:
            raise ValueError("with_options() takes default_query (added) or set_default_query (replacing), not both")
        current = self._settings
        headers = (
            set_default_headers if set_default_headers is not None else {**current.headers, **(default_headers or {})}
        )
        query = set_default_query if set_default_query is not None else {**current.query, **(default_query or {})}
        settings = resolve(
            api_key=api_key if api_key is not None else current.auth.api_key,
            base_url=base_url if base_url is not None else current.base_url,
            timeout=current.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=current.max_retries if max_retries is None else max_retries,
            default_headers=headers,
            default_query=query,
            allow_insecure=current.allow_insecure if allow_insecure is None else allow_insecure,
            max_response_bytes=current.max_response_bytes if max_response_bytes is None else max_response_bytes,
            strict_response_validation=(
                current.strict_response_validation if strict_response_validation is None else strict_response_validation
            ),
        )
        kept_sleep = self._sleep if sleep is None else sleep
        http = self._client_over(self._pool, settings.max_retries, kept_sleep, owns=False, like=None)
        copy = object.__new__(type(self))
        copy._init(settings, http, kept_sleep, self._pool, self._differences_logged)
        return copy

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key='***', "
            f"max_retries={self.max_retries}, timeout={self.timeout!r})"
        )


class Puretalk(_ClientBase[httpx.Client, Sleep], SyncResources):
    """The Puretalk AI API client.

    ``api_key`` defaults to ``PURETALK_API_KEY``; ``base_url`` to ``PURETALK_BASE_URL``,
    then to the spec's server; ``timeout`` to 60 s read, 5 s connect; ``max_retries`` to 2.
    An injected ``http_client`` is sent through, not modified. ``sleep`` is how it waits
    between retries (``time.sleep``; copies made by :meth:`with_options` keep it). An answer
    that differs from the spec comes through as sent, each kind of difference logged once at
    WARNING; ``strict_response_validation=True`` raises :class:`APIResponseValidationError`
    instead. Use it as a context manager, or call :meth:`close`.
    """

    _http_kind = httpx.Client

    @staticmethod
    def _new_pool() -> Pool[httpx.BaseTransport]:
        return new_pool()

    @staticmethod
    def _pool_of(source: httpx.Client) -> Pool[httpx.BaseTransport]:
        return pool_of(source)

    @staticmethod
    def _client_over(
        pool: Pool[httpx.BaseTransport], max_retries: int, sleep: Sleep | None, *, owns: bool, like: httpx.Client | None
    ) -> httpx.Client:
        return client_over(pool, max_retries, sleep, owns=owns, like=like)

    def close(self) -> None:
        """Close the connection pool this client made (an injected ``http_client`` and a shared pool stay open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncPuretalk(_ClientBase[httpx.AsyncClient, AsyncSleep], AsyncResources):
    """The Puretalk AI API client for asyncio (and trio), with the same options as :class:`Puretalk`.

    Its ``sleep`` is awaited between retries (``anyio.sleep`` unless given another).
    """

    _http_kind = httpx.AsyncClient

    @staticmethod
    def _new_pool() -> Pool[httpx.AsyncBaseTransport]:
        return new_async_pool()

    @staticmethod
    def _pool_of(source: httpx.AsyncClient) -> Pool[httpx.AsyncBaseTransport]:
        return async_pool_of(source)

    @staticmethod
    def _client_over(
        pool: Pool[httpx.AsyncBaseTransport],
        max_retries: int,
        sleep: AsyncSleep | None,
        *,
        owns: bool,
        like: httpx.AsyncClient | None,
    ) -> httpx.AsyncClient:
        return async_client_over(pool, max_retries, sleep, owns=owns, like=like)

    async def close(self) -> None:
        """Close the connection pool this client made (an injected ``http_client`` and a shared pool stay open)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
