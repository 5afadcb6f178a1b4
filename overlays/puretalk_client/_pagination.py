"""Lazy iteration over paginated lists: pages are fetched only when the caller reaches them.

Two list shapes exist: ``{count, next, previous, results}`` (next is a URL whose
``page`` query parameter we follow, on the client's own base URL, so the key
never goes to a host named in a response) and campaigns'
``{msg, err, results: {count, campaigns}}`` (no links: we ask for the next page
number until ``count`` items were seen or a page comes back empty).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from puretalk_client._sentinel import NotGiven as Unset

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list: its items, the total ``count`` and the links the server gave."""

    items: list[T]
    number: int
    count: int | None
    next: str | None = None
    previous: str | None = None
    linked: bool = True


def _page_number(url: str | None) -> int | None:
    if not url:
        return None
    try:
        return int(httpx.URL(url).params["page"])
    except (KeyError, ValueError, httpx.InvalidURL):
        return None


def next_page_number(page: Page[Any], seen: int) -> int | None:
    """Return the page to fetch after ``page``, given ``seen`` items so far; None at the end."""
    if page.linked:
        number = _page_number(page.next)
        return number if number is not None and number > page.number else None
    if page.items and page.count is not None and seen < page.count:
        return page.number + 1
    return None


def _known(value: object, kind: type[T]) -> T | None:
    return value if isinstance(value, kind) else None


def linked_page(
    results: list[T] | Unset | None,
    count: int | Unset | None,
    next_: str | Unset | None,
    previous: str | Unset | None,
    number: int,
) -> Page[T]:
    """Make a :class:`Page` of a ``{count, next, previous, results}`` list; ``next`` gives the following page."""
    return Page(
        items=_known(results, list) or [],
        number=number,
        count=_known(count, int),
        next=_known(next_, str),
        previous=_known(previous, str),
    )


def counted_page(items: list[T] | Unset | None, count: int | Unset | None, number: int) -> Page[T]:
    """Make a :class:`Page` of a list without links: pages are followed by number until ``count`` items were seen."""
    return Page(items=_known(items, list) or [], number=number, count=_known(count, int), linked=False)


def first_page(page: int | Unset) -> int | None:
    """Return the page a list method starts at: the caller's ``page``, else the server's first."""
    return page if isinstance(page, int) else None


class SyncPaginator(Generic[T]):
    """Iterate items across pages, fetching the next page only when this one is used up."""

    def __init__(self, fetch: Callable[[int | None], Page[T]], first_page: int | None) -> None:
        self._fetch = fetch
        self._first_page = first_page

    def pages(self) -> Iterator[Page[T]]:
        """Yield page after page (with ``count``, ``next`` and ``previous``)."""
        number: int | None = self._first_page
        seen = 0
        previous: list[T] | None = None
        while True:
            page = self._fetch(number)
            if not page.linked and page.items and page.items == previous:
                return  # a page by number came again: whatever count claims, nothing new follows
            previous = page.items
            seen += len(page.items)
            yield page
            number = next_page_number(page, seen)
            if number is None:
                return

    def first_page(self) -> Page[T]:
        """Fetch just the first page."""
        return self._fetch(self._first_page)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPaginator(Generic[T]):
    """The async twin of :class:`SyncPaginator`: ``async for item in client.calls.list()``.

    Awaited (``await client.calls.list()``), it fetches and returns the first :class:`Page`.
    """

    def __init__(self, fetch: Callable[[int | None], Awaitable[Page[T]]], first_page: int | None) -> None:
        self._fetch = fetch
        self._first_page = first_page

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield page after page (with ``count``, ``next`` and ``previous``)."""
        number: int | None = self._first_page
        seen = 0
        previous: list[T] | None = None
        while True:
            page = await self._fetch(number)
            if not page.linked and page.items and page.items == previous:
                return  # a page by number came again: whatever count claims, nothing new follows
            previous = page.items
            seen += len(page.items)
            yield page
            number = next_page_number(page, seen)
            if number is None:
                return

    async def first_page(self) -> Page[T]:
        """Fetch just the first page."""
        return await self._fetch(self._first_page)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        """``await client.calls.list()`` gives the first page, as in openai-python."""
        return self.first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
