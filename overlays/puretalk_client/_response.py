"""From an HTTP answer to a typed result: status errors, envelope checks, and the raw and streamed responses.

:func:`parse` reads the body once and decodes it once, then hands it to the method's generated
parser (``puretalk_client._generated.resources``), which checks it while it builds the result with the
helpers here (:func:`present`, :func:`check_envelope`) and in :mod:`puretalk_client._answers`;
``parse`` maps every shape error they meet to :class:`APIResponseValidationError`.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator, Callable, Container, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from puretalk_client._decoding import AsyncDecodedStream, DecodedStream, LineSplitter, copy_elapsed, decoded_view
from puretalk_client._exceptions import (
    APIConnectionError,
    APIEnvelopeError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    scrub_cause,
    secrets_of,
    status_error,
)
from puretalk_client._sentinel import NotGiven as Unset
from puretalk_client._validate import STRICT, Check

if TYPE_CHECKING:
    from typing_extensions import TypeIs


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
    """Map an httpx transport failure to our error (the httpx error, kept as its cause, gets its request masked)."""
    request = _request_of(error)
    scrub_cause(error, secrets_of(request))
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(request, f"Connection error: {type(error).__name__}.")


def request_error(error: httpx.HTTPError) -> APIConnectionError:
    """Map any other httpx failure of a call (too many redirects, a broken stream…) to our error."""
    if isinstance(error, httpx.TransportError):
        return connection_error(error)
    request = _request_of(error)
    scrub_cause(error, secrets_of(request))
    return APIConnectionError(request, f"Request failed: {type(error).__name__}.")


def _sent(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def client_closed(client: str) -> ClientClosedError:
    """Build the error of a call on a closed client."""
    return ClientClosedError(f"this {client} was closed: make a new client (or call it inside its `with` block)")


def _read_already(response: httpx.Response, limit: int | None) -> bool:
    """Tell whether ``response`` was read before it reached us (a mock transport's: httpx decoded it then)."""
    try:
        body = response.content
    except httpx.ResponseNotRead:
        return False
    if limit is not None and len(body) > limit:
        raise APIResponseTooLargeError(response, limit)
    return True


_READ = httpx.ByteStream(b"")
"""The stream a response keeps once read and closed (a ByteStream: both sync and async)."""


def read_capped(response: httpx.Response, limit: int | None) -> httpx.Response:
    """Read a streamed ``response`` whole, at most ``limit`` bytes as read and as decoded (None: no limit); close it.

    The body is read raw and decoded by :mod:`puretalk_client._decoding`, a bounded step at a
    time, so the cap holds while bytes are decoded, whatever the ``Content-Encoding`` headers
    say. The result is a response holding the decoded body (without ``Content-Encoding``).
    """
    try:
        if _read_already(response, limit):
            return response
        view = decoded_view(response, DecodedStream(response, limit))
        view.read()
    finally:
        response.close()
        response.stream = _READ  # closed: its network stream (which holds the request as sent) is let go
    copy_elapsed(response, view)
    return view


async def aread_capped(response: httpx.Response, limit: int | None) -> httpx.Response:
    """Read a streamed async ``response`` as :func:`read_capped` does."""
    try:
        if _read_already(response, limit):
            return response
        view = decoded_view(response, AsyncDecodedStream(response, limit))
        await view.aread()
    finally:
        await response.aclose()
        response.stream = _READ
    copy_elapsed(response, view)
    return view


def is_json(response: httpx.Response) -> bool:
    """Tell whether ``response`` says its body is JSON (``application/json``, ``…+json``)."""
    media = str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def raise_for_status(response: httpx.Response, secret: str) -> None:
    """Raise the typed :class:`APIStatusError` for a non-2xx ``response`` (its body must be read)."""
    if not 200 <= response.status_code < 300:
        raise status_error(response, secret)


def _flagged(body: object) -> bool:
    return isinstance(body, dict) and body.get("err") is True


def _decoded(response: httpx.Response, secret: str) -> Any:
    """Return the JSON body of ``response``; a body that is not JSON is a validation error."""
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as error:
        reason = f"{type(error).__name__}: {error}"
        scrub_cause(error, secrets_of(_sent(response), secret))
        raise APIResponseValidationError(response, reason, secret=secret) from error


OK: Container[int] = frozenset({200})
"""The 2xx statuses a method documents unless it says otherwise."""


def parse(
    response: httpx.Response,
    parser: Callable[[object, Check], T],
    secret: str,
    *,
    check: Check = STRICT,
    binary: bool = False,
    statuses: Container[int] = OK,
) -> T:
    """Turn a read ``response`` into the method's result with ``parser``, or raise the matching typed error.

    The body is decoded once, here, and handed to the generated ``parser`` with the check it
    parses under (``binary``: the bytes as they came). A parser of an envelope the overlay
    declares raises ``EnvelopeFlagged`` for its error flag (whatever ``results`` holds), which
    becomes :class:`APIEnvelopeError`. A ``binary`` (audio) method answered with JSON raises
    too: that is an error, not audio (an envelope's ``err: true`` says which). A 2xx status the
    spec does not document for the method (``statuses``) is a validation error.
    """
    raise_for_status(response, secret)
    if response.status_code not in statuses:
        raise APIResponseValidationError(response, "a status the spec does not document", secret=secret)
    body: object
    if binary:
        if is_json(response):
            decoded = _decoded(response, secret)
            if _flagged(decoded):
                raise APIEnvelopeError(response, decoded, secret=secret)
            raise APIResponseValidationError(response, "expected audio, got a JSON body", secret=secret)
        body = response.content
    else:
        body = _decoded(response, secret) if response.content else None
    try:
        return parser(body, check)
    except EnvelopeFlagged:
        raise APIEnvelopeError(response, body, secret=secret) from None
    except _SHAPE_ERRORS as error:
        reason = f"{type(error).__name__}: {error}"
        scrub_cause(error, secrets_of(_sent(response), secret))
        raise APIResponseValidationError(response, reason, secret=secret) from error


def _is_unset(value: object) -> TypeIs[Unset]:
    return isinstance(value, Unset)


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
    if not isinstance(err, (bool, type(None), Unset)):
        raise TypeError(f"'err' must be a boolean, got {type(err).__name__}")


class _Answer(Generic[T]):
    """What raw and streamed responses share: the httpx response and request, status, headers, the retries."""

    def __init__(
        self, response: httpx.Response, parser: Callable[[httpx.Response], T], limit: int | None = None
    ) -> None:
        self.http_response = response
        self._parser = parser
        self._limit = limit

    @property
    def http_request(self) -> httpx.Request:
        """The request that was sent (the last try, if it was retried)."""
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        """The URL of the request."""
        return self.http_response.request.url

    @property
    def method(self) -> str:
        """The HTTP method of the request."""
        return self.http_response.request.method

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def elapsed(self) -> datetime.timedelta:
        """The time from sending the request to the end of the answer (to its headers, while a stream is open)."""
        try:
            return self.http_response.elapsed
        except RuntimeError:  # the body is still open: httpx sets elapsed once it is closed
            return datetime.timedelta(0)

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

    @property
    def text(self) -> str:
        """The body decoded as text (by the charset the answer names, else as UTF-8 or a guess)."""
        return self.http_response.text

    def json(self) -> Any:
        """Decode the body as JSON, as it came (not checked against the spec: see :meth:`parse`)."""
        return self.http_response.json()

    def parse(self) -> T:
        """Parse the body as the method would have (raises the same typed errors)."""
        return self._parser(self.http_response)


class StreamedResponse(_Answer[T]):
    """The answer of a call made through ``with_streaming_response``: the body is read only when asked.

    The body is decoded a bounded step at a time (see :mod:`puretalk_client._decoding`), so each
    chunk stays small whatever the ``Content-Encoding``; ``read()``, ``text()``, ``json()`` and
    ``parse()`` of a JSON method read at most ``max_response_bytes``, and its ``iter_lines()``
    holds no line longer than that (audio: whole, and no limit).
    """

    def _decoded(self) -> httpx.Response:
        if _read_already(self.http_response, None):
            return self.http_response
        return decoded_view(self.http_response, DecodedStream(self.http_response, None))

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """Yield the body in chunks, as it arrives (a broken stream raises :class:`APIConnectionError`)."""
        try:
            yield from self._decoded().iter_bytes(chunk_size)
        except httpx.HTTPError as error:
            raise request_error(error) from error

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """Yield the body decoded as text, as it arrives."""
        try:
            yield from self._decoded().iter_text(chunk_size)
        except httpx.HTTPError as error:
            raise request_error(error) from error

    def iter_lines(self) -> Iterator[str]:
        """Yield the body line by line (without line endings), as it arrives; a JSON method's lines up to the cap."""
        lines = LineSplitter(self.http_response, self._limit)
        try:
            for text in self._decoded().iter_text():
                yield from lines.decode(text)
            yield from lines.flush()
        except httpx.HTTPError as error:
            raise request_error(error) from error

    def read(self) -> bytes:
        """Read the whole body (a JSON one up to ``max_response_bytes``)."""
        try:
            self.http_response = read_capped(self.http_response, self._limit)
        except httpx.HTTPError as error:
            raise request_error(error) from error
        return self.http_response.content

    def text(self) -> str:
        """Read the whole body, decoded as text."""
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        """Read the whole body, decoded as JSON (not checked against the spec: see :meth:`parse`)."""
        self.read()
        return self.http_response.json()

    def parse(self) -> T:
        """Read the body (a JSON one up to ``max_response_bytes``) and parse it as the method would have."""
        self.read()
        return self._parser(self.http_response)

    def close(self) -> None:
        """Release the connection (the ``with`` block does it)."""
        self.http_response.close()


class AsyncStreamedResponse(_Answer[T]):
    """The async twin of :class:`StreamedResponse` (``iter_*`` are async iterators, also named ``aiter_*``)."""

    def _decoded(self) -> httpx.Response:
        if _read_already(self.http_response, None):
            return self.http_response
        return decoded_view(self.http_response, AsyncDecodedStream(self.http_response, None))

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Yield the body in chunks, as it arrives (a broken stream raises :class:`APIConnectionError`)."""
        try:
            async for chunk in self._decoded().aiter_bytes(chunk_size):
                yield chunk
        except httpx.HTTPError as error:
            raise request_error(error) from error

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """Yield the body decoded as text, as it arrives."""
        try:
            async for chunk in self._decoded().aiter_text(chunk_size):
                yield chunk
        except httpx.HTTPError as error:
            raise request_error(error) from error

    async def iter_lines(self) -> AsyncIterator[str]:
        """Yield the body line by line (without line endings), as it arrives; a JSON method's lines up to the cap."""
        lines = LineSplitter(self.http_response, self._limit)
        try:
            async for text in self._decoded().aiter_text():
                for line in lines.decode(text):
                    yield line
            for line in lines.flush():
                yield line
        except httpx.HTTPError as error:
            raise request_error(error) from error

    aiter_bytes = iter_bytes
    aiter_text = iter_text
    aiter_lines = iter_lines

    async def read(self) -> bytes:
        """Read the whole body (a JSON one up to ``max_response_bytes``)."""
        try:
            self.http_response = await aread_capped(self.http_response, self._limit)
        except httpx.HTTPError as error:
            raise request_error(error) from error
        return self.http_response.content

    async def text(self) -> str:
        """Read the whole body, decoded as text."""
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        """Read the whole body, decoded as JSON (not checked against the spec: see :meth:`parse`)."""
        await self.read()
        return self.http_response.json()

    async def parse(self) -> T:
        """Read the body (a JSON one up to ``max_response_bytes``) and parse it as the method would have."""
        await self.read()
        return self._parser(self.http_response)

    async def close(self) -> None:
        """Release the connection (the ``async with`` block does it)."""
        await self.http_response.aclose()
