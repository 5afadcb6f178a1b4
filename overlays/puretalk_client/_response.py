"""From an HTTP answer to a typed result: status errors, envelope checks, and the raw and streamed responses.

The generated facade (``puretalk_api.resources``) parses each answer with the
generated endpoint's public ``<name>_parse`` seam and the typed helpers here
(:func:`expect`, :func:`present`, :func:`check_envelope`, :func:`read_file`);
``parse`` maps every shape error they meet to :class:`APIResponseValidationError`.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from puretalk_client._exceptions import (
    APIConnectionError,
    APIEnvelopeError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)

if TYPE_CHECKING:
    from typing_extensions import TypeIs

    from puretalk_api.types import File, Unset

T = TypeVar("T")
# What json.loads, a generated ``from_dict`` and the checks below raise on a body of the wrong shape.
_SHAPE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)
RETRIES_TAKEN = "puretalk_retries_taken"
"""The ``httpx.Response.extensions`` key under which the retrying transport records its retries."""


class EnvelopeFlagged(Exception):
    """A 2xx envelope said ``err: true``."""


def _request_of(error: httpx.HTTPError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:
        return None


def connection_error(error: httpx.TransportError) -> APIConnectionError:
    """Map an httpx transport failure to our error."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(_request_of(error))
    return APIConnectionError(_request_of(error), f"Connection error: {type(error).__name__}.")


_HOP_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _with_body(response: httpx.Response, body: bytes) -> httpx.Response:
    """Make a response like ``response`` holding ``body`` (decoded), for parsing after a capped read."""
    headers = [(key, value) for key, value in response.headers.multi_items() if key.lower() not in _HOP_HEADERS]
    held = httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request, extensions=response.extensions
    )
    with contextlib.suppress(RuntimeError):  # a response httpx did not time (a mock transport's) has none
        held.elapsed = response.elapsed
    return held


def _framed_within(response: httpx.Response, limit: int) -> bool:
    """Tell whether the body is sent as is with a ``Content-Length`` within ``limit`` (the fast, common case).

    The HTTP connection reads no byte past that length; a compressed body may decode to
    more, so it takes the counting path.
    """
    length, encoded = b"", False
    for key, value in response.headers.raw:
        name = key.lower()
        if name == b"content-length":
            length = value
        elif name == b"content-encoding":
            encoded = value.strip().lower() not in (b"", b"identity")
    return length.isdigit() and int(length) <= limit and not encoded


def read_capped(response: httpx.Response, limit: int | None) -> httpx.Response:
    """Read a streamed ``response`` whole, at most ``limit`` decoded bytes (None: no limit); close it."""
    try:
        if limit is None or _framed_within(response, limit):
            response.read()
            return response
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise APIResponseTooLargeError(response, limit)
            chunks.append(chunk)
    finally:
        response.close()
    return _with_body(response, b"".join(chunks))


async def aread_capped(response: httpx.Response, limit: int | None) -> httpx.Response:
    """Read a streamed async ``response`` as :func:`read_capped` does."""
    try:
        if limit is None or _framed_within(response, limit):
            await response.aread()
            return response
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise APIResponseTooLargeError(response, limit)
            chunks.append(chunk)
    finally:
        await response.aclose()
    return _with_body(response, b"".join(chunks))


def raise_for_status(response: httpx.Response, secret: str) -> None:
    """Raise the typed :class:`APIStatusError` for a non-2xx ``response`` (its body must be read)."""
    if not 200 <= response.status_code < 300:
        raise status_error(response, secret)


def parse(response: httpx.Response, parser: Callable[[httpx.Response], T], secret: str) -> T:
    """Turn a read ``response`` into the method's result with ``parser``, or raise the matching typed error."""
    raise_for_status(response, secret)
    try:
        return parser(response)
    except EnvelopeFlagged:
        raise APIEnvelopeError(response, response.json(), secret=secret) from None
    except _SHAPE_ERRORS as error:
        raise APIResponseValidationError(response, f"{type(error).__name__}: {error}", secret=secret) from error


def expect(parsed: T | None, what: str) -> T:
    """Return a parsed body; None (a 2xx status the spec does not document) is a shape error."""
    if parsed is None:
        raise TypeError(f"expected a {what} body")
    return parsed


@functools.cache
def _unset_type() -> type[Unset]:
    """Return the generated ``Unset`` class, imported on first use (``import puretalk_client`` stays cheap)."""
    from puretalk_api.types import Unset

    return Unset


def _is_unset(value: object) -> TypeIs[Unset]:
    return isinstance(value, _unset_type())


def present(value: T | Unset | None, name: str = "results") -> T:
    """Return a field the body's shape requires (``results``); a missing or null one is a shape error."""
    if value is None:
        raise TypeError(f"the body's {name!r} is null")
    if _is_unset(value):
        raise KeyError(f"the body has no {name!r}")
    return value


def check_envelope(err: bool | Unset | None) -> None:
    """Check the ``err`` flag of an envelope: true raises, null or absent passes, anything else is a shape error."""
    if err is True:
        raise EnvelopeFlagged
    if not isinstance(err, (bool, type(None), _unset_type())):
        raise TypeError(f"'err' must be a boolean, got {type(err).__name__}")


def read_file(file: File) -> bytes:
    """Return the bytes of a binary (non-JSON) response body."""
    data: bytes = file.payload.read()
    return data


class _Answer(Generic[T]):
    """What raw and streamed responses share: the httpx response, its status and headers, the retries."""

    def __init__(self, response: httpx.Response, parser: Callable[[], T]) -> None:
        self.http_response = response
        self._parser = parser

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def retries_taken(self) -> int:
        """How many times the request was retried before this answer (0: the first try)."""
        taken = self.http_response.extensions.get(RETRIES_TAKEN, 0)
        return taken if isinstance(taken, int) else 0

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url}>"


class RawResponse(_Answer[T]):
    """The HTTP answer of a call made through ``with_raw_response``; ``parse()`` gives the usual result."""

    @property
    def content(self) -> bytes:
        """The raw body."""
        return self.http_response.content

    def parse(self) -> T:
        """Parse the body as the method would have (raises the same typed errors)."""
        return self._parser()


class StreamedResponse(_Answer[T]):
    """The answer of a call made through ``with_streaming_response``: the body is read only when asked."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """Yield the body in chunks, as it arrives (a broken stream raises :class:`APIConnectionError`)."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx.TransportError as error:
            raise connection_error(error) from error

    def read(self) -> bytes:
        """Read the whole body."""
        try:
            return self.http_response.read()
        except httpx.TransportError as error:
            raise connection_error(error) from error

    def parse(self) -> T:
        """Read the body and parse it as the method would have."""
        self.read()
        return self._parser()

    def close(self) -> None:
        """Release the connection (the ``with`` block does it)."""
        self.http_response.close()


class AsyncStreamedResponse(_Answer[T]):
    """The async twin of :class:`StreamedResponse`."""

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Yield the body in chunks, as it arrives (a broken stream raises :class:`APIConnectionError`)."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as error:
            raise connection_error(error) from error

    async def read(self) -> bytes:
        """Read the whole body."""
        try:
            return await self.http_response.aread()
        except httpx.TransportError as error:
            raise connection_error(error) from error

    async def parse(self) -> T:
        """Read the body and parse it as the method would have."""
        await self.read()
        return self._parser()

    async def close(self) -> None:
        """Release the connection (the ``async with`` block does it)."""
        await self.http_response.aclose()
