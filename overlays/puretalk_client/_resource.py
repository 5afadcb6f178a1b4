"""What every resource namespace shares: running an operation, paginating, raw responses."""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast, overload

from puretalk_client._pagination import AsyncPaginator, Page, SyncPaginator
from puretalk_client._response import Operation, RawResponse, asend, parse, raise_for_status, send

if TYPE_CHECKING:
    from puretalk_client._client import AsyncPuretalk, Puretalk

T = TypeVar("T")
R = TypeVar("R")
PageMaker = Callable[[int | None], Operation[Page[T]]]


def page_operations(
    endpoint: ModuleType, params: Mapping[str, Any], expected: type, to_page: Callable[[Any, int], Page[T]]
) -> tuple[int | None, PageMaker[T]]:
    """Split ``page`` off ``params``; return it and a maker of the operation fetching page N."""
    rest = dict(params)
    first: int | None = rest.pop("page", None)

    def make(number: int | None) -> Operation[Page[T]]:
        kwargs = rest if number is None else {**rest, "page": number}
        return Operation(endpoint, kwargs, expected, lambda model: to_page(model, number or 1))

    return first, make


class SyncAPIResource:
    """A namespace of methods (``client.calls``…) bound to a :class:`Puretalk` client."""

    def __init__(self, client: Puretalk, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _run(self, operation: Operation[T]) -> T:
        client = self._client
        response = send(client.http_client, operation)
        secret = client.api_key
        if self._raw:
            raise_for_status(response, secret)
            return cast(T, RawResponse(response, lambda: parse(operation, response, client.api_client, secret)))
        return parse(operation, response, client.api_client, secret)

    def _paginate(
        self, endpoint: ModuleType, params: Mapping[str, Any], expected: type, to_page: Callable[[Any, int], Page[T]]
    ) -> SyncPaginator[T]:
        first_page, make = page_operations(endpoint, params, expected, to_page)
        if self._raw:
            return cast(SyncPaginator[T], self._run(make(first_page)))
        return SyncPaginator(lambda number: self._run(make(number)), first_page)

    @property
    def with_raw_response(self) -> RawResponseProxy:
        """The same methods, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return RawResponseProxy(type(self)(self._client, raw=True))


class AsyncAPIResource:
    """A namespace of methods bound to an :class:`AsyncPuretalk` client."""

    def __init__(self, client: AsyncPuretalk, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _run(self, operation: Operation[T]) -> T:
        client = self._client
        response = await asend(client.http_client, operation)
        secret = client.api_key
        if self._raw:
            raise_for_status(response, secret)
            return cast(T, RawResponse(response, lambda: parse(operation, response, client.api_client, secret)))
        return parse(operation, response, client.api_client, secret)

    def _paginate(
        self, endpoint: ModuleType, params: Mapping[str, Any], expected: type, to_page: Callable[[Any, int], Page[T]]
    ) -> AsyncPaginator[T]:
        first_page, make = page_operations(endpoint, params, expected, to_page)
        if self._raw:
            return cast(AsyncPaginator[T], self._run(make(first_page)))
        return AsyncPaginator(lambda number: self._run(make(number)), first_page)

    @property
    def with_raw_response(self) -> AsyncRawResponseProxy:
        """The same methods, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return AsyncRawResponseProxy(type(self)(self._client, raw=True))


class RawResponseProxy:
    """``resource.with_raw_response``: each method returns the :class:`RawResponse`."""

    def __init__(self, resource: SyncAPIResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        return cast(Callable[..., RawResponse[Any]], getattr(self._resource, name))


class AsyncRawResponseProxy:
    """``resource.with_raw_response`` on the async client: each method awaits to a :class:`RawResponse`."""

    def __init__(self, resource: AsyncAPIResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[RawResponse[Any]]]:
        return cast(Callable[..., Awaitable[RawResponse[Any]]], getattr(self._resource, name))


class LazyResource(Generic[R]):
    """A client attribute that imports its resource module and builds the namespace on first access.

    Keeps ``import puretalk_client`` cheap: ``puretalk_api`` and its models load only
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
        module = importlib.import_module(f"puretalk_client.resources.{self._module}")
        resource: R = getattr(module, self._name)(instance)
        instance.__dict__[self._attribute] = resource
        return resource
