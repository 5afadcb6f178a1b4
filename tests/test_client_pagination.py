"""Pagination: lazy, following ``next`` on the client's own host, stopping safely; campaigns by count; flat memory."""

from __future__ import annotations

import gc
import itertools
import json
import tracemalloc
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from puretalk_client import Page, PageLimitError, PuretalkError
from puretalk_client._pagination import MAX_PAGES
from tests.helpers.mock_api import API_KEY, Handler, MockApi, async_client, sync_client
from tests.helpers.paths import ROOT

BASE = "https://api.puretalk.ai/api"


class CallPages(MockApi):
    """A ``/calls`` server with ``pages`` pages of ``per_page`` calls; ``next_of`` chooses each page's next link."""

    def __init__(
        self,
        pages: int = 3,
        per_page: int = 2,
        next_of: Callable[[int], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.pages = pages
        self.per_page = per_page
        self.next_of = next_of or (lambda page: f"{BASE}/calls?page={page + 1}" if page < pages else None)

    def answer(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        previous = f"{BASE}/calls?page={page - 1}" if page > 1 else None
        results = [{"call_id": f"{page}-{i}", "status": "completed"} for i in range(self.per_page)]
        body = {"count": self.pages * self.per_page, "next": self.next_of(page), "previous": previous}
        return httpx.Response(200, json={**body, "results": results})

    @property
    def page_numbers(self) -> list[int]:
        return [int(request.url.params.get("page", "1")) for request in self.requests]


def ids(calls: Any) -> list[str]:
    return [call.call_id for call in calls]


# --- calls.list: following next -----------------------------------------------------------


def test_iterates_every_item_across_three_pages() -> None:
    server = CallPages(pages=3, per_page=2)
    client = sync_client(server)
    assert ids(client.calls.list()) == ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]
    assert server.page_numbers == [1, 2, 3]
    assert all(request.method == "GET" and request.url.path == "/api/calls" for request in server.requests)
    assert all(request.headers["X-API-KEY"] == API_KEY for request in server.requests)


def test_list_makes_no_request_until_iterated() -> None:
    server = CallPages()
    client = sync_client(server)
    paginator = client.calls.list(status="completed")
    iterator = iter(paginator)
    assert server.requests == []
    next(iterator)
    assert len(server.requests) == 1


def test_next_page_is_fetched_only_when_this_one_is_used_up() -> None:
    server = CallPages(pages=3, per_page=4)
    iterator = iter(sync_client(server).calls.list())
    for expected in range(4):
        assert next(iterator).call_id == f"1-{expected}"
        assert len(server.requests) == 1
    assert next(iterator).call_id == "2-0"
    assert len(server.requests) == 2
    for _ in range(3):
        next(iterator)
    assert len(server.requests) == 2


def test_filters_are_sent_on_every_page() -> None:
    server = CallPages(pages=3)
    client = sync_client(server)
    list(client.calls.list(status="completed", call_type="outgoing", assistant_id="a-1", limit=2))
    assert len(server.requests) == 3
    for request in server.requests:
        params = request.url.params
        assert params["status"] == "completed"
        assert params["call_type"] == "outgoing"
        assert params["assistant_id"] == "a-1"
        assert params["limit"] == "2"


def test_first_page_argument_is_where_iteration_starts() -> None:
    server = CallPages(pages=3)
    assert ids(sync_client(server).calls.list(page=2)) == ["2-0", "2-1", "3-0", "3-1"]
    assert server.page_numbers == [2, 3]


def test_pages_gives_page_objects() -> None:
    server = CallPages(pages=3, per_page=2)
    pages = list(sync_client(server).calls.list().pages())
    assert [type(page) for page in pages] == [Page, Page, Page]
    assert [page.number for page in pages] == [1, 2, 3]
    assert [page.count for page in pages] == [6, 6, 6]
    assert [page.next for page in pages] == [f"{BASE}/calls?page=2", f"{BASE}/calls?page=3", None]
    assert [page.previous for page in pages] == [None, f"{BASE}/calls?page=1", f"{BASE}/calls?page=2"]
    assert [ids(page.items) for page in pages] == [["1-0", "1-1"], ["2-0", "2-1"], ["3-0", "3-1"]]


def test_pages_are_lazy_too() -> None:
    server = CallPages(pages=3)
    pages = sync_client(server).calls.list().pages()
    assert server.requests == []
    assert next(pages).number == 1
    assert len(server.requests) == 1


def test_first_page() -> None:
    server = CallPages(pages=3)
    page = sync_client(server).calls.list().first_page()
    assert page.number == 1
    assert page.next == f"{BASE}/calls?page=2"
    assert len(server.requests) == 1


def test_iteration_stops_when_next_is_null() -> None:
    server = CallPages(pages=1, per_page=3)
    assert ids(sync_client(server).calls.list()) == ["1-0", "1-1", "1-2"]
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("links", "expected_pages"),
    [
        pytest.param({1: f"{BASE}/calls?page=1"}, [1], id="next-is-the-same-page"),
        pytest.param({1: f"{BASE}/calls?page=2", 2: f"{BASE}/calls?page=1"}, [1, 2], id="next-goes-back"),
        pytest.param({1: f"{BASE}/calls?page=2", 2: f"{BASE}/calls?page=2"}, [1, 2], id="next-repeats"),
        pytest.param({1: f"{BASE}/calls?page=0"}, [1], id="next-is-page-zero"),
        pytest.param({1: f"{BASE}/calls?cursor=abc"}, [1], id="next-without-a-page"),
        pytest.param({1: f"{BASE}/calls?page=two"}, [1], id="next-page-not-a-number"),
        pytest.param({1: "http://[not a url"}, [1], id="next-not-a-url"),
    ],
)
def test_iteration_never_loops(links: dict[int, str], expected_pages: list[int]) -> None:
    server = CallPages(pages=5, next_of=links.get)
    items = list(itertools.islice(sync_client(server).calls.list(), 100))
    assert len(items) == 2 * len(expected_pages)
    assert server.page_numbers == expected_pages


def test_next_on_another_host_is_never_requested() -> None:
    links = {1: "https://evil.example.com/api/calls?page=2", 2: "http://127.0.0.1:9/steal?page=3"}
    server = CallPages(pages=3, next_of=links.get)
    assert ids(sync_client(server).calls.list(status="failed")) == ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]
    assert [request.url.host for request in server.requests] == ["api.puretalk.ai"] * 3
    assert all(request.url.scheme == "https" for request in server.requests)
    assert all(request.url.path == "/api/calls" for request in server.requests)
    assert server.page_numbers == [1, 2, 3]
    assert all(request.url.params["status"] == "failed" for request in server.requests)


def test_next_with_other_query_parameters_keeps_the_callers_filters() -> None:
    links = {1: f"{BASE}/calls?page=2&status=in-progress&limit=1000"}
    server = CallPages(pages=2, next_of=links.get)
    list(sync_client(server).calls.list(status="completed", limit=2))
    assert server.requests[1].url.params["status"] == "completed"
    assert server.requests[1].url.params["limit"] == "2"


def test_other_linked_lists_follow_next() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        nxt = f"{BASE}{request.url.path.removeprefix('/api')}?page={page + 1}" if page < 2 else None
        if request.url.path == "/api/ai-assistants":
            results: list[dict[str, Any]] = [{"assistant_id": f"a{page}"}]
        else:
            results = [{"phone_number_id": f"p{page}"}]
        return httpx.Response(200, json={"count": 2, "next": nxt, "previous": None, "results": results})

    client = sync_client(handler)
    assert [a.assistant_id for a in client.assistants.list()] == ["a1", "a2"]
    assert [p.phone_number_id for p in client.phone_numbers.list()] == ["p1", "p2"]


# --- campaigns.list: by page number and count ----------------------------------------------


class CampaignPages(MockApi):
    def __init__(self, count: int | None, sizes: dict[int, int]) -> None:
        super().__init__()
        self.count = count
        self.sizes = sizes

    def answer(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        campaigns = [{"campaign_id": f"{page}-{i}"} for i in range(self.sizes.get(page, 0))]
        results: dict[str, Any] = {"campaigns": campaigns}
        if self.count is not None:
            results["count"] = self.count
        return httpx.Response(200, json={"msg": "Success", "err": False, "results": results})

    @property
    def page_numbers(self) -> list[int]:
        return [int(request.url.params.get("page", "1")) for request in self.requests]


def test_campaigns_follow_page_numbers_until_count_items() -> None:
    server = CampaignPages(count=5, sizes={1: 2, 2: 2, 3: 1, 4: 7})
    campaigns = list(sync_client(server).campaigns.list())
    assert [c.campaign_id for c in campaigns] == ["1-0", "1-1", "2-0", "2-1", "3-0"]
    assert server.page_numbers == [1, 2, 3]
    assert all(request.url.path == "/api/campaigns" for request in server.requests)


def test_campaigns_stop_at_an_empty_page() -> None:
    server = CampaignPages(count=100, sizes={1: 2, 2: 2})
    assert len(list(sync_client(server).campaigns.list())) == 4
    assert server.page_numbers == [1, 2, 3]


def test_campaigns_are_lazy_and_send_the_limit() -> None:
    server = CampaignPages(count=4, sizes={1: 2, 2: 2})
    iterator = iter(sync_client(server).campaigns.list(limit=2))
    assert server.requests == []
    next(iterator)
    next(iterator)
    assert len(server.requests) == 1
    next(iterator)
    assert len(server.requests) == 2
    assert [request.url.params["limit"] for request in server.requests] == ["2", "2"]


def test_campaign_pages() -> None:
    server = CampaignPages(count=3, sizes={1: 2, 2: 1})
    pages = list(sync_client(server).campaigns.list().pages())
    assert [(page.number, page.count, len(page.items)) for page in pages] == [(1, 3, 2), (2, 3, 1)]
    assert all(page.next is None for page in pages)


@pytest.mark.asyncio
async def test_async_campaigns() -> None:
    server = CampaignPages(count=3, sizes={1: 2, 2: 1})
    client = async_client(server)
    assert [c.campaign_id async for c in client.campaigns.list()] == ["1-0", "1-1", "2-0"]
    assert server.page_numbers == [1, 2]


# --- async ----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_for_over_calls() -> None:
    server = CallPages(pages=3, per_page=2)
    client = async_client(server)
    paginator = client.calls.list(status="completed")
    assert server.requests == []
    assert [call.call_id async for call in paginator] == ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]
    assert server.page_numbers == [1, 2, 3]
    assert all(request.url.params["status"] == "completed" for request in server.requests)


@pytest.mark.asyncio
async def test_async_pages() -> None:
    server = CallPages(pages=3, per_page=2)
    client = async_client(server)
    numbers = []
    async for page in client.calls.list().pages():
        numbers.append((page.number, page.count, page.next is None, len(page.items)))
    assert numbers == [(1, 6, False, 2), (2, 6, False, 2), (3, 6, True, 2)]


@pytest.mark.asyncio
async def test_async_iteration_is_lazy() -> None:
    server = CallPages(pages=3, per_page=2)
    iterator = aiter(async_client(server).calls.list())
    await anext(iterator)
    await anext(iterator)
    assert len(server.requests) == 1
    await anext(iterator)
    assert len(server.requests) == 2


@pytest.mark.asyncio
async def test_async_iteration_never_loops_nor_leaves_the_host() -> None:
    links = {1: "https://evil.example.com/api/calls?page=2", 2: f"{BASE}/calls?page=1"}
    server = CallPages(pages=5, next_of=links.get)
    client = async_client(server)
    assert len([call async for call in client.calls.list()]) == 4
    assert server.page_numbers == [1, 2]
    assert {request.url.host for request in server.requests} == {"api.puretalk.ai"}


@pytest.mark.asyncio
async def test_async_first_page() -> None:
    server = CallPages(pages=3)
    page = await async_client(server).calls.list().first_page()
    assert page.number == 1
    assert len(server.requests) == 1


# --- memory ---------------------------------------------------------------------------------

PAGES = 2_000
PER_PAGE = 50


def _many_pages() -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        items = json.dumps([{"call_id": f"c-{page}-{index}", "status": "completed"} for index in range(PER_PAGE)])
        nxt = json.dumps(f"{BASE}/calls?page={page + 1}" if page < PAGES else None)
        body = f'{{"count": {PAGES * PER_PAGE}, "next": {nxt}, "previous": null, "results": {items}}}'
        return httpx.Response(200, content=body.encode(), headers={"content-type": "application/json"})

    return handler


def _traced_peak(iterator: Iterator[Any], count: int) -> int:
    """Advance ``iterator`` by ``count`` items under tracemalloc; return the peak traced memory."""
    tracemalloc.start()
    try:
        for _ in itertools.islice(iterator, count):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_over_2000_pages() -> None:
    # What holding every item would cost: measured on 20 pages, times 100.
    holder = iter(sync_client(_many_pages()).calls.list())
    next(holder)  # imports and first-use caches out of the way
    tracemalloc.start()
    try:
        held = list(itertools.islice(holder, 20 * PER_PAGE))
        holding_all = tracemalloc.get_traced_memory()[0] * (PAGES // 20)
    finally:
        tracemalloc.stop()
    assert len(held) == 20 * PER_PAGE
    del held, holder

    server_requests = 0
    handler = _many_pages()

    def counting(request: httpx.Request) -> httpx.Response:
        nonlocal server_requests
        server_requests += 1
        return handler(request)

    iterator = iter(sync_client(counting).calls.list())
    first = next(iterator)
    first_alive = weakref.ref(first)
    del first

    peak_early = _traced_peak(iterator, 100 * PER_PAGE - 1)  # pages 1-100
    for _ in itertools.islice(iterator, (PAGES - 200) * PER_PAGE):  # pages 101-1900, untraced for speed
        pass
    peak_late = _traced_peak(iterator, 100 * PER_PAGE)  # pages 1901-2000
    assert next(iterator, None) is None
    assert server_requests == PAGES

    gc.collect()
    assert first_alive() is None, "the first page's items are still held after iterating 2,000 pages"
    assert peak_late <= 2 * peak_early
    assert peak_early * 50 < holding_all, (peak_early, holding_all)
    assert peak_late * 50 < holding_all, (peak_late, holding_all)


# --- issue 25: paging ends ------------------------------------------------------------------


def test_an_empty_linked_page_ends_the_iteration_whatever_next_says() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        results = [{"call_id": "c-1"}] if page == 1 else []
        body = {"count": 10**9, "next": f"{BASE}/calls?page={page * 10**6}", "previous": None, "results": results}
        return httpx.Response(200, json=body)

    api = MockApi(handler)
    assert ids(sync_client(api).calls.list()) == ["c-1"]
    assert api.attempts == 2  # the red team's server had 3,001 requests sent


def test_an_empty_first_page_is_the_only_request() -> None:
    api = MockApi(lambda request: httpx.Response(200, json={"count": 5, "next": f"{BASE}/calls?page=2", "results": []}))
    pages = list(sync_client(api).calls.list().pages())
    assert [len(page.items) for page in pages] == [0]
    assert api.attempts == 1


def _alternating(linked: bool) -> MockApi:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        letter = "A" if page % 2 else "B"
        if linked:
            items = [{"call_id": f"{letter}-{index}"} for index in range(2)]
            return httpx.Response(200, json={"count": 10**6, "next": f"{BASE}/calls?page={page + 1}", "results": items})
        campaigns = [{"campaign_id": f"{letter}-{index}"} for index in range(2)]
        return httpx.Response(
            200, json={"msg": "ok", "err": False, "results": {"count": 10**6, "campaigns": campaigns}}
        )

    return MockApi(handler)


def test_counted_pages_that_alternate_end_when_a_page_comes_again() -> None:
    api = _alternating(linked=False)
    campaigns = list(sync_client(api).campaigns.list())
    assert [c.campaign_id for c in campaigns] == ["A-0", "A-1", "B-0", "B-1"]
    assert api.attempts == 3  # A, B, then A again: nothing new follows


def test_linked_pages_that_alternate_end_when_a_page_comes_again() -> None:
    api = _alternating(linked=True)
    assert ids(sync_client(api).calls.list()) == ["A-0", "A-1", "B-0", "B-1"]
    assert api.attempts == 3


@pytest.mark.asyncio
async def test_async_pages_that_alternate_end_too() -> None:
    api = _alternating(linked=False)
    assert len([c async for c in async_client(api).campaigns.list()]) == 4
    assert api.attempts == 3


def _endless() -> MockApi:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        body = {"count": 10**9, "next": f"{BASE}/calls?page={page + 1}", "results": [{"call_id": f"c-{page}"}]}
        return httpx.Response(200, json=body)

    return MockApi(handler)


def test_a_listing_past_max_pages_raises_after_exactly_max_pages_requests() -> None:
    api = _endless()
    paginator = sync_client(api).calls.list()
    assert paginator.max_pages == MAX_PAGES == 10_000
    paginator.max_pages = 50
    seen: list[str] = []
    with pytest.raises(PageLimitError, match="50 pages") as raised:
        seen.extend(call.call_id for call in paginator)
    assert raised.value.max_pages == 50
    assert isinstance(raised.value, PuretalkError)
    assert len(seen) == 50
    assert api.attempts == 50


@pytest.mark.asyncio
async def test_async_max_pages() -> None:
    api = _endless()
    paginator = async_client(api).calls.list()
    paginator.max_pages = 7
    with pytest.raises(PageLimitError):
        async for _ in paginator:
            pass
    assert api.attempts == 7


def test_the_default_cap_on_pages_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Pagination", 1)[1].split("\n### ", 1)[0]
    assert f"{MAX_PAGES:,}" in section
    assert "PageLimitError" in section
    assert "max_pages" in section
    assert f"{MAX_PAGES:_}" in (ROOT / "overlays" / "puretalk_client" / "_pagination.py").read_text(encoding="utf-8")
