"""Lazy iteration over paginated lists: pages are fetched only when the caller reaches them.

Two list shapes exist: ``{count, next, previous, results}`` (next is a URL whose
``page`` query parameter we follow, on the client's own base URL, so the key
never goes to a host named in a response) and campaigns'
``{msg, err, results: {count, campaigns}}`` (no links: we ask for the next page
number until ``count`` items were seen or a page comes back empty).

Paging ends, whatever the server says: a page with no items ends the iteration; so does
a page already seen (the same items as an earlier page, the same ``next`` link, or a
``next`` page number that does not move forward); and one iteration fetches at most
``max_pages`` pages (:data:`MAX_PAGES` unless set on the paginator), past which it raises
:class:`PageLimitError` rather than end silently short.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from puretalk_client._exceptions import PageLimitError
from puretalk_client._sentinel import NotGiven as Unset

T = TypeVar("T")
MAX_PAGES = 10_000
"""The most pages one iteration fetches by default (``paginator.max_pages`` changes it): past it, PageLimitError."""


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


class _Ending:
    """What ends one iteration: pages already seen, and the count of pages fetched against ``max_pages``."""

    def __init__(self, max_pages: int) -> None:
        self._max_pages = max_pages
        self._fetched = 0
        self._items = 0
        self._seen: set[bytes] = set()

    def fetching(self) -> None:
        """Count a page about to be fetched; past ``max_pages``, raise :class:`PageLimitError`."""
        if self._fetched >= self._max_pages:
            raise PageLimitError(self._max_pages)
        self._fetched += 1

    def _fresh(self, kind: bytes, text: str) -> bool:
        digest = hashlib.blake2b(kind + text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in self._seen:
            return False
        self._seen.add(digest)
        return True

    def is_new(self, page: Page[Any]) -> bool:
        """Tell whether ``page`` holds anything not seen yet (False: the same items as an earlier page)."""
        return not page.items or self._fresh(b"items:", repr(page.items))

    def next_number(self, page: Page[Any]) -> int | None:
        """Return the page to fetch after ``page``; None ends the iteration."""
        if not page.items:
            return None  # a page with no items: whatever count or next claims, nothing follows
        self._items += len(page.items)
        if page.linked and page.next is not None and not self._fresh(b"next:", page.next):
            return None  # the same next link again
        return next_page_number(page, self._items)


class SyncPaginator(Generic[T]):
    """Iterate items across pages, fetching the next page only when this one is used up.

    Paging ends at a page with no items, at a page already seen, and after ``max_pages``
    pages (:data:`MAX_PAGES` by default; set the attribute to change it), where it raises
    :class:`PageLimitError`.
    """

    def __init__(
        self, fetch: Callable[[int | None], Page[T]], first_page: int | None, *, max_pages: int = MAX_PAGES
    ) -> None:
        self._fetch = fetch
        self._first_page = first_page
        self.max_pages = max_pages

    def pages(self) -> Iterator[Page[T]]:
        """Yield page after page (with ``count``, ``next`` and ``previous``)."""
        number: int | None = self._first_page
        ending = _Ending(self.max_pages)
        while True:
            ending.fetching()
            page = self._fetch(number)
            if not ending.is_new(page):
                return  # a page came again: whatever count or next claims, nothing new follows
            yield page
            number = ending.next_number(page)
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
    Paging ends as for :class:`SyncPaginator` (``max_pages`` included).
    """

    def __init__(
        self,
        fetch: Callable[[int | None], Awaitable[Page[T]]],
        first_page: int | None,
        *,
        max_pages: int = MAX_PAGES,
    ) -> None:
        self._fetch = fetch
        self._first_page = first_page
        self.max_pages = max_pages

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield page after page (with ``count``, ``next`` and ``previous``)."""
        number: int | None = self._first_page
        ending = _Ending(self.max_pages)
        while True:
            ending.fetching()
            page = await self._fetch(number)
            if not ending.is_new(page):
                return  # a page came again: whatever count or next claims, nothing new follows
            yield page
            number = ending.next_number(page)
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
