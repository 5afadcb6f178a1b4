"""What every resource namespace shares: sending a call, and its raw and streamed variants.

The resource classes themselves (``client.calls``…) are derived from the spec at
``generate`` time (``puretalk_client._generated.resources``); each method builds its request
(:func:`puretalk_client._request.build_request`) and hands it to ``_run`` with its
generated parser, which takes the body decoded once. ``with_raw_response`` and ``with_streaming_response`` wrap those
methods (:func:`to_raw_response`, :func:`to_streamed_response`), keeping their
signatures. The mode is passed explicitly: each resource instance carries one
(parsed, raw or streamed); a wrapper calls the same-named method of a *twin* of
the resource, bound to the same client in raw or streamed mode, whose ``_run``
returns the HTTP answer instead of the parsed result. No context variable carries
the mode, and nothing is thrown through code users can see (a paginator's
``first_page()`` simply returns the twin's answer).
"""

from __future__ import annotations

import contextlib
import enum
import functools
import importlib
from collections.abc import AsyncIterator, Awaitable, Callable, Container, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, Self, TypeVar, overload

import httpx

from puretalk_client._options import RequestOptions
from puretalk_client._pagination import AsyncPaginator, Page, SyncPaginator
from puretalk_client._response import (
    OK,
    AsyncStreamedResponse,
    RawResponse,
    StreamedResponse,
    aread_capped,
    client_closed,
    is_json,
    parse,
    raise_for_status,
    read_capped,
    request_error,
)

if TYPE_CHECKING:
    from puretalk_client._validate import Check

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
Parser = Callable[[object, "Check"], T]
"""How a method turns the decoded body of a 2xx answer into its result (generated, typed, per operation)."""


class _Mode(enum.Enum):
    """What a resource's ``_run`` returns: the parsed result, the raw answer, or the answer with its body unread."""

    PARSED = "parsed"
    RAW = "raw"
    STREAM = "stream"


def _must_read(response: httpx.Response, mode: _Mode, binary: bool) -> bool:
    """Tell whether the body is read before the method returns: always, but for a streamed success.

    A streamed ``binary`` answer that is JSON is an error (not audio), read and raised at once.
    """
    return mode is not _Mode.STREAM or not response.is_success or (binary and is_json(response))


def _answer_of(
    response: httpx.Response,
    parse_it: Callable[[httpx.Response], T],
    secret: str,
    mode: _Mode,
    streamed: type[StreamedResponse[Any]] | type[AsyncStreamedResponse[Any]],
    binary: bool,
    max_bytes: int,
) -> Any:
    """Return the raw or streamed answer of a call made in that mode (an error status raises here).

    Typed ``Any``: ``_run`` returns it where the method's result would be, and the wrapper
    that called the twin checks it with ``isinstance``. A streamed answer's ``parse()``
    reads at most ``max_bytes`` of JSON (audio: whole); the JSON answer of an audio method
    (read by ``_run``) is an error, raised at once.
    """
    raise_for_status(response, secret)
    if mode is _Mode.STREAM:
        not_audio = binary and is_json(response)
        if not_audio:
            parse_it(response)  # raises: a JSON answer of an audio method is an error, not audio
        return streamed(response, parse_it, None if binary and not not_audio else max_bytes)
    return RawResponse(response, parse_it)


def _raw_answer(response: httpx.Response, value: object) -> Any:
    """Return the raw answer of a helper's call (typed ``Any``: it stands where the helper's result would)."""
    return RawResponse(response, lambda _: value)


class _Resource:
    """What the sync and async namespaces share: the mode their ``_run`` answers in, and their twins."""

    _mode: _Mode = _Mode.PARSED

    def _twin(self, mode: _Mode) -> Self:
        """Return a resource of the same class on the same client whose calls answer in ``mode``."""
        raise NotImplementedError

    def _answer(self, response: httpx.Response, value: T) -> T:
        """Return ``value``, the result of a helper that handled ``response`` itself (raw mode: the answer).

        In raw mode the :class:`RawResponse` is returned where ``value`` would be: the raw
        wrapper that called this twin checks what it gets with ``isinstance``.
        """
        if self._mode is _Mode.RAW:
            answer: T = _raw_answer(response, value)
            return answer
        return value


class SyncClient(Protocol):
    """What a resource needs of its client (``Puretalk``): this runtime does not import the client."""

    @property
    def http_client(self) -> httpx.Client:
        """The configured httpx client."""

    @property
    def api_key(self) -> str:
        """The key (to scrub it from what errors show)."""

    @property
    def max_response_bytes(self) -> int:
        """The cap on a JSON answer."""

    @property
    def response_check(self) -> Check:
        """How answers that differ from the spec are met: logged once (lenient) or raised (strict)."""


class AsyncClient(Protocol):
    """What a resource needs of its client (``AsyncPuretalk``)."""

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The configured httpx client."""

    @property
    def api_key(self) -> str:
        """The key (to scrub it from what errors show)."""

    @property
    def max_response_bytes(self) -> int:
        """The cap on a JSON answer."""

    @property
    def response_check(self) -> Check:
        """How answers that differ from the spec are met: logged once (lenient) or raised (strict)."""


class SyncAPIResource(_Resource):
    """A namespace of methods (``client.calls``…) bound to a :class:`Puretalk` client."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def _twin(self, mode: _Mode) -> Self:
        """Return a resource of the same class on the same client whose calls answer in ``mode``."""
        twin = type(self)(self._client)
        twin._mode = mode
        return twin

    def _run(
        self,
        request: Mapping[str, Any],
        parser: Parser[T],
        options: RequestOptions,
        *,
        binary: bool = False,
        statuses: Container[int] = OK,
    ) -> T:
        """Send a generated method's request with the caller's options; parse the answer with ``parser``.

        A JSON answer is read up to the client's ``max_response_bytes``; a ``binary`` one
        (audio) whole, unless streamed. In raw or streamed mode (a twin made by a wrapper)
        the :class:`RawResponse` or :class:`StreamedResponse` is returned instead, for the
        wrapper to check with ``isinstance``.
        """
        client = self._client
        http = client.http_client
        if http.is_closed:
            raise client_closed(type(client).__name__)
        mode = self._mode
        try:
            response = http.send(http.build_request(**options.apply(request)), stream=True)
            if _must_read(response, mode, binary):
                limit = None if binary and response.is_success and not is_json(response) else client.max_response_bytes
                response = read_capped(response, limit)
        except httpx.HTTPError as error:
            raise request_error(error) from error
        except RuntimeError as error:
            if http.is_closed:
                raise client_closed(type(client).__name__) from error
            raise
        secret = client.api_key
        # decode once and parse: the generated parser, under the client's response_check
        if mode is _Mode.PARSED:
            return parse(response, parser, secret, check=client.response_check, binary=binary, statuses=statuses)
        parse_it = functools.partial(
            parse, parser=parser, secret=secret, check=client.response_check, binary=binary, statuses=statuses
        )
        answer: T = _answer_of(response, parse_it, secret, mode, StreamedResponse, binary, client.max_response_bytes)
        return answer


class AsyncAPIResource(_Resource):
    """A namespace of methods bound to an :class:`AsyncPuretalk` client."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def _twin(self, mode: _Mode) -> Self:
        """Return a resource of the same class on the same client whose calls answer in ``mode``."""
        twin = type(self)(self._client)
        twin._mode = mode
        return twin

    async def _run(
        self,
        request: Mapping[str, Any],
        parser: Parser[T],
        options: RequestOptions,
        *,
        binary: bool = False,
        statuses: Container[int] = OK,
    ) -> T:
        """Send a generated method's request with the caller's options; parse the answer with ``parser`` (see Sync)."""
        client = self._client
        http = client.http_client
        if http.is_closed:
            raise client_closed(type(client).__name__)
        mode = self._mode
        try:
            response = await http.send(http.build_request(**options.apply(request)), stream=True)
            if _must_read(response, mode, binary):
                limit = None if binary and response.is_success and not is_json(response) else client.max_response_bytes
                response = await aread_capped(response, limit)
        except httpx.HTTPError as error:
            raise request_error(error) from error
        except RuntimeError as error:
            if http.is_closed:
                raise client_closed(type(client).__name__) from error
            raise
        secret = client.api_key
        # decode once and parse: the generated parser, under the client's response_check
        if mode is _Mode.PARSED:
            return parse(response, parser, secret, check=client.response_check, binary=binary, statuses=statuses)
        parse_it = functools.partial(
            parse, parser=parser, secret=secret, check=client.response_check, binary=binary, statuses=statuses
        )
        answer: T = _answer_of(
            response, parse_it, secret, mode, AsyncStreamedResponse, binary, client.max_response_bytes
        )
        return answer


def _no_request() -> RuntimeError:
    return RuntimeError("the method made no request, so there is no HTTP answer to return")


def _twin_method(method: Callable[P, object], mode: _Mode) -> Callable[P, object]:
    """Return the same-named method of a twin of ``method``'s resource, answering in ``mode``."""
    resource = getattr(method, "__self__", None)
    name = getattr(method, "__name__", None)
    if not isinstance(resource, _Resource) or not isinstance(name, str):
        raise TypeError(f"a raw or streamed variant wraps a method of a resource (client.calls.get), not {method!r}")
    twin: Callable[P, object] = getattr(resource._twin(mode), name)
    return twin


def _raw(result: object) -> RawResponse[Any]:
    if isinstance(result, SyncPaginator):
        result = result.first_page()  # a list method: its first page's answer
    if not isinstance(result, RawResponse):
        raise _no_request()
    return result


async def _araw(result: object) -> RawResponse[Any]:
    if isinstance(result, AsyncPaginator):
        result = await result.first_page()
    elif isinstance(result, Awaitable):
        result = await result
    if not isinstance(result, RawResponse):
        raise _no_request()
    return result


def to_raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Wrap a method so that it returns the :class:`RawResponse` (status, headers, ``parse()``)."""
    raw = _twin_method(method, _Mode.RAW)

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        return _raw(raw(*args, **kwargs))

    return wrapped


def to_raw_page_response(method: Callable[P, SyncPaginator[T]]) -> Callable[P, RawResponse[Page[T]]]:
    """Wrap a list method so that it returns the :class:`RawResponse` of its first page."""
    raw = _twin_method(method, _Mode.RAW)

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        return _raw(raw(*args, **kwargs))

    return wrapped


def to_streamed_response(method: Callable[P, R]) -> Callable[P, contextlib.AbstractContextManager[StreamedResponse[R]]]:
    """Wrap a method so that it returns a context manager over the :class:`StreamedResponse` (body not yet read)."""
    streamed = _twin_method(method, _Mode.STREAM)

    @functools.wraps(method)
    @contextlib.contextmanager
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Iterator[StreamedResponse[R]]:
        answer = streamed(*args, **kwargs)
        if not isinstance(answer, StreamedResponse):
            raise _no_request()
        try:
            yield answer
        finally:
            answer.close()

    return wrapped


def async_to_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """Wrap an async method so that it returns the :class:`RawResponse` (status, headers, ``parse()``)."""
    raw = _twin_method(method, _Mode.RAW)

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        return await _araw(raw(*args, **kwargs))

    return wrapped


def async_to_raw_page_response(method: Callable[P, AsyncPaginator[T]]) -> Callable[P, Awaitable[RawResponse[Page[T]]]]:
    """Wrap an async list method so that it returns the :class:`RawResponse` of its first page."""
    raw = _twin_method(method, _Mode.RAW)

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        return await _araw(raw(*args, **kwargs))

    return wrapped


def async_to_streamed_response(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, contextlib.AbstractAsyncContextManager[AsyncStreamedResponse[R]]]:
    """Wrap an async method so that it returns an async context manager over the :class:`AsyncStreamedResponse`."""
    streamed = _twin_method(method, _Mode.STREAM)

    @functools.wraps(method)
    @contextlib.asynccontextmanager
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[AsyncStreamedResponse[R]]:
        answer = streamed(*args, **kwargs)
        if isinstance(answer, Awaitable):
            answer = await answer
        if not isinstance(answer, AsyncStreamedResponse):
            raise _no_request()
        try:
            yield answer
        finally:
            await answer.close()

    return wrapped


class LazyResource(Generic[R]):
    """A client attribute that imports its resource module and builds the namespace on first access.

    Keeps ``import puretalk_client`` cheap: ``puretalk_client._generated`` and its models load only
    when a resource is first used. The namespace is then cached on the instance.
    """

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attribute = name.lower()

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type) -> R: ...

    def __get__(self, instance: object | None, owner: type) -> Self | R:
        if instance is None:
            return self
        module = importlib.import_module(self._module)
        resource: R = getattr(module, self._name)(instance)
        instance.__dict__[self._attribute] = resource
        return resource
