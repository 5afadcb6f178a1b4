"""with_options: a changed copy sharing the connection pool; closing copies and the client that owns the pool."""

from __future__ import annotations

import httpx
import pytest

from puretalk_client import AsyncPuretalk, InsecureTransportError, Puretalk
from tests.helpers.mock_api import API_KEY, MockApi, async_client, sync_client


def test_with_options_returns_a_changed_copy() -> None:
    api = MockApi()
    client = sync_client(api, default_headers={"X-Team": "voice"})
    copy = client.with_options(timeout=10, max_retries=5, default_headers={"X-Extra": "1"})
    assert copy is not client
    assert isinstance(copy, Puretalk)
    assert copy.timeout == httpx.Timeout(10)
    assert copy.max_retries == 5
    assert copy.http_client is not client.http_client

    copy.calls.get("c-1")
    sent = api.requests[-1]
    assert sent.extensions["timeout"]["read"] == 10
    assert sent.headers["X-Extra"] == "1"
    assert sent.headers["X-Team"] == "voice"
    assert sent.headers["X-API-KEY"] == API_KEY


def test_with_options_leaves_the_original_unchanged() -> None:
    api = MockApi()
    client = sync_client(api)
    client.with_options(timeout=10, max_retries=5, default_headers={"X-Extra": "1"}, api_key="other-key")
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.max_retries == 2
    assert client.api_key == API_KEY
    client.calls.get("c-1")
    sent = api.requests[-1]
    assert "X-Extra" not in sent.headers
    assert sent.headers["X-API-KEY"] == API_KEY
    assert (sent.extensions["timeout"]["read"], sent.extensions["timeout"]["connect"]) == (60.0, 5.0)


def test_with_options_api_key() -> None:
    api = MockApi()
    client = sync_client(api)
    client.with_options(api_key="other-key").calls.get("c-1")
    client.calls.get("c-1")
    assert [request.headers["X-API-KEY"] for request in api.requests] == ["other-key", API_KEY]


def test_with_options_keeps_unchanged_options() -> None:
    client = sync_client(MockApi(), timeout=3, max_retries=4)
    copy = client.with_options(default_headers={"X-Extra": "1"})
    assert copy.timeout == httpx.Timeout(3)
    assert copy.max_retries == 4
    assert copy.base_url == client.base_url


def test_with_options_shares_the_connection_pool() -> None:
    api = MockApi()
    client = sync_client(api)
    copy = client.with_options(max_retries=5)
    assert copy.http_client._transport.inner is client.http_client._transport.inner  # type: ignore[attr-defined]
    assert copy.http_client._transport is not client.http_client._transport


def test_closing_the_copy_does_not_close_the_original() -> None:
    api = MockApi()
    client = sync_client(api)
    copy = client.with_options(timeout=10)
    copy.calls.get("c-1")
    copy.close()
    assert not api.closed
    assert not client.http_client.is_closed
    assert client.calls.get("c-1").call_id == "c-1"
    client.close()
    assert not api.closed, "an injected http_client stays open: its owner closes it"


def test_client_owning_its_pool_closes_it() -> None:
    api = MockApi()
    client = Puretalk(api_key=API_KEY)
    inner = client.http_client._transport.inner  # type: ignore[attr-defined]
    client.http_client._transport.inner = api.transport()  # type: ignore[attr-defined]
    client.calls.get("c-1")
    client.close()
    assert api.closed
    inner.close()


def test_copy_as_context_manager_does_not_close_the_original() -> None:
    api = MockApi()
    client = sync_client(api)
    with client.with_options(max_retries=0) as copy:
        copy.calls.get("c-1")
    assert client.calls.get("c-1").call_id == "c-1"
    assert not api.closed


def test_with_options_refuses_plain_http() -> None:
    client = sync_client(MockApi())
    with pytest.raises(InsecureTransportError, match=r"example\.com"):
        client.with_options(base_url="http://example.com/api")


def test_with_options_base_url() -> None:
    api = MockApi()
    client = sync_client(api)
    client.with_options(base_url="https://eu.example.com/api").calls.get("c-1")
    client.calls.get("c-1")
    assert [request.url.host for request in api.requests] == ["eu.example.com", "api.puretalk.ai"]


@pytest.mark.asyncio
async def test_async_with_options() -> None:
    api = MockApi()
    client = async_client(api)
    copy = client.with_options(timeout=10, max_retries=5, default_headers={"X-Extra": "1"})
    assert isinstance(copy, AsyncPuretalk)
    assert copy.max_retries == 5
    assert copy.http_client._transport.inner is client.http_client._transport.inner  # type: ignore[attr-defined]
    await copy.calls.get("c-1")
    assert api.requests[-1].headers["X-Extra"] == "1"
    assert api.requests[-1].extensions["timeout"]["read"] == 10
    await copy.close()
    assert not api.closed
    assert (await client.calls.get("c-1")).call_id == "c-1"
    assert "X-Extra" not in api.requests[-1].headers
    assert client.max_retries == 2
    await client.close()
    assert not api.closed, "an injected http_client stays open: its owner closes it"
