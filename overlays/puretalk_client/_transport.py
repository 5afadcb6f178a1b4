"""Transports that retry by the policy in ``_retries`` and log each try; they wrap the real transport."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from puretalk_client._auth import REDACTED
from puretalk_client._decoding import accept_encoding
from puretalk_client._exceptions import SECRET_HEADERS
from puretalk_client._logs import logger
from puretalk_client._response import RETRIES_TAKEN
from puretalk_client._retries import RETRY_COUNT_HEADER, backoff_delay, should_retry_exception, should_retry_response

Sleep = Callable[[float], None]
"""How a sync client waits between retries: ``time.sleep`` unless it was given another (tests record the waits)."""
AsyncSleep = Callable[[float], Awaitable[None]]
"""How an async client waits between retries: ``anyio.sleep`` unless it was given another."""


def _count_tries(request: httpx.Request) -> bool:
    """Tell whether the transport numbers the tries of ``request`` (not when the caller set the header)."""
    return RETRY_COUNT_HEADER not in request.headers


def ask_decodable(request: httpx.Request) -> None:
    """Ask only for the content codings the client decodes with a bound (see ``_decoding``).

    httpx asks for ``br`` and ``zstd`` whenever ``brotli`` or ``zstandard`` is installed, but
    only bounded decoders keep ``max_response_bytes`` while decoding; an answer in another
    coding is refused (:class:`APIResponseEncodingError`), so it is not asked for.
    """
    value = request.headers.get("accept-encoding")
    if value is not None:
        kept = accept_encoding(value)
        if kept != value:
            request.headers["Accept-Encoding"] = kept


def _plan_retry(
    request: httpx.Request,
    started: float,
    retry: int,
    max_retries: int,
    *,
    response: httpx.Response | None = None,
    error: Exception | None = None,
) -> float | None:
    """Log this try; return the delay before the next one, or None when this outcome is final."""
    outcome = str(response.status_code) if response is not None else type(error).__name__
    if logger.isEnabledFor(logging.DEBUG):
        elapsed_ms = (time.perf_counter() - started) * 1000
        headers = {k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in request.headers.items()}
        logger.debug(
            "HTTP %s %s -> %s in %.1f ms (retry %d) headers=%s",
            request.method,
            request.url,
            outcome,
            elapsed_ms,
            retry,
            headers,
        )
    if retry >= max_retries:
        return None
    if response is not None:
        if not should_retry_response(request.method, response):
            return None
        delay = backoff_delay(retry, response.headers)
    elif error is not None and should_retry_exception(request.method, error):
        delay = backoff_delay(retry)
    else:
        return None
    logger.info(
        "Retrying %s %s in %.2f s after %s (retry %d of %d)",
        request.method,
        request.url,
        delay,
        outcome,
        retry + 1,
        max_retries,
    )
    return delay


class RetryTransport(httpx.BaseTransport):
    """Send through ``inner``, retrying by the client's policy; closes ``inner`` only if it owns it."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        max_retries: int,
        *,
        owns_inner: bool = True,
        sleep: Sleep | None = None,
    ) -> None:
        self.inner = inner
        self.max_retries = max_retries
        self._owns_inner = owns_inner
        self._sleep = time.sleep if sleep is None else sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying retryable failures up to ``max_retries`` times."""
        ask_decodable(request)
        retry = 0
        numbered = _count_tries(request)
        while True:
            started = time.perf_counter()
            if numbered:
                request.headers[RETRY_COUNT_HEADER] = str(retry)
            try:
                response = self.inner.handle_request(request)
                if response.status_code < 400 and not logger.isEnabledFor(logging.DEBUG):
                    response.extensions[RETRIES_TAKEN] = retry  # the common case: final, nothing to log
                    return response
            except httpx.TransportError as error:
                delay = _plan_retry(request, started, retry, self.max_retries, error=error)
                if delay is None:
                    raise
            else:
                delay = _plan_retry(request, started, retry, self.max_retries, response=response)
                if delay is None:
                    response.extensions[RETRIES_TAKEN] = retry
                    return response
                response.close()
            retry += 1
            self._sleep(delay)

    def close(self) -> None:
        """Close the wrapped transport if this transport owns it."""
        if self._owns_inner:
            self.inner.close()


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        max_retries: int,
        *,
        owns_inner: bool = True,
        sleep: AsyncSleep | None = None,
    ) -> None:
        self.inner = inner
        self.max_retries = max_retries
        self._owns_inner = owns_inner
        self._sleep = _anyio_sleep if sleep is None else sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying retryable failures up to ``max_retries`` times."""
        ask_decodable(request)
        retry = 0
        numbered = _count_tries(request)
        while True:
            started = time.perf_counter()
            if numbered:
                request.headers[RETRY_COUNT_HEADER] = str(retry)
            try:
                response = await self.inner.handle_async_request(request)
                if response.status_code < 400 and not logger.isEnabledFor(logging.DEBUG):
                    response.extensions[RETRIES_TAKEN] = retry  # the common case: final, nothing to log
                    return response
            except httpx.TransportError as error:
                delay = _plan_retry(request, started, retry, self.max_retries, error=error)
                if delay is None:
                    raise
            else:
                delay = _plan_retry(request, started, retry, self.max_retries, response=response)
                if delay is None:
                    response.extensions[RETRIES_TAKEN] = retry
                    return response
                await response.aclose()
            retry += 1
            await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the wrapped transport if this transport owns it."""
        if self._owns_inner:
            await self.inner.aclose()
