"""From a generated endpoint and its arguments to an HTTP exchange and a typed result.

Each resource method describes its call as an :class:`Operation`; ``send``/``asend``
perform it (mapping transport failures to :class:`APIConnectionError`), and
``parse`` turns the answer into the method's result or a typed error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

import httpx

from puretalk_client._exceptions import (
    APIConnectionError,
    APIEnvelopeError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)

T = TypeVar("T")
# What json.loads and a generated ``from_dict`` raise on a body of the wrong shape.
_SHAPE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One call of a generated endpoint: its module, its arguments, and how to get the result from its model."""

    endpoint: ModuleType
    kwargs: dict[str, Any]
    expected: type
    extract: Callable[[Any], T]

    def request_kwargs(self) -> dict[str, Any]:
        """Return the generated endpoint's httpx request arguments (method, url, params, json, files…)."""
        kwargs: dict[str, Any] = self.endpoint._get_kwargs(**self.kwargs)
        return kwargs


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


def send(http: httpx.Client, operation: Operation[Any]) -> httpx.Response:
    """Perform ``operation`` on ``http``; transport failures become :class:`APIConnectionError`."""
    try:
        return http.request(**operation.request_kwargs())
    except httpx.TransportError as error:
        raise connection_error(error) from error


async def asend(http: httpx.AsyncClient, operation: Operation[Any]) -> httpx.Response:
    """Perform ``operation`` on ``http`` (async); transport failures become :class:`APIConnectionError`."""
    try:
        return await http.request(**operation.request_kwargs())
    except httpx.TransportError as error:
        raise connection_error(error) from error


def raise_for_status(response: httpx.Response, secret: str) -> None:
    """Raise the typed :class:`APIStatusError` for a non-2xx ``response`` (its body must be read)."""
    if not 200 <= response.status_code < 300:
        raise status_error(response, secret)


def parse(operation: Operation[T], response: httpx.Response, api_client: object, secret: str) -> T:
    """Turn a read ``response`` into the operation's result, or raise the matching typed error."""
    raise_for_status(response, secret)
    try:
        parsed = operation.endpoint._parse_response(client=api_client, response=response)
        if not isinstance(parsed, operation.expected):
            raise TypeError(f"expected a {operation.expected.__name__} body")
        err = getattr(parsed, "err", None)
        if err is True:
            raise APIEnvelopeError(response, response.json(), secret=secret)
        if err is not None and err is not False and not _is_unset(err):
            raise TypeError(f"'err' must be a boolean, got {err!r}")
        return operation.extract(parsed)
    except _SHAPE_ERRORS as error:
        raise APIResponseValidationError(response, f"{type(error).__name__}: {error}", secret=secret) from error


def _is_unset(value: object) -> bool:
    from puretalk_api.types import Unset

    return isinstance(value, Unset)


def results_of(envelope: Any) -> Any:
    """Return the ``results`` of a ``{msg, err, results}`` envelope (a missing one is a shape error)."""
    results = getattr(envelope, "results", None)
    if results is None or _is_unset(results):
        raise KeyError("the envelope has no 'results'")
    return results


def nothing(_: Any) -> None:
    """Extract nothing: for operations whose body is only ``{err, msg}``."""
    return None


class RawResponse(Generic[T]):
    """The HTTP answer of a call made through ``with_raw_response``; ``parse()`` gives the usual result."""

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
    def content(self) -> bytes:
        """The raw body."""
        return self.http_response.content

    def parse(self) -> T:
        """Parse the body as the method would have (raises the same typed errors)."""
        return self._parser()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url}>"
