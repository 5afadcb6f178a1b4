"""The real client against a local server that fails on purpose: drops, 503 + Retry-After, HTML 502, stalls."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from puretalk_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncPuretalk,
    InternalServerError,
    Puretalk,
)
from tests.helpers.faulty_server import FaultyServer, drop, faulty_server, raw, reply, stall

KEY = "fault-key"
CALL = {"msg": "Success", "err": False, "results": {"call_id": "c-1", "voice_id": "v"}}
WEB_CALL = {"msg": "Success", "err": False, "results": {"call_id": "w-1", "token": "t"}}


@pytest.fixture
def server() -> Iterator[FaultyServer]:
    with faulty_server() as state:
        yield state


def test_dropped_connection_is_retried_for_get(server: FaultyServer) -> None:
    server.plan("/api/calls/c-1", drop(), drop(), reply(200, CALL))
    with Puretalk(api_key=KEY, base_url=server.url) as client:
        assert client.calls.get("c-1").call_id == "c-1"
    assert server.hits("/api/calls/c-1") == 3
    assert {request["key"] for request in server.seen} == {KEY}


def test_dropped_connection_is_not_retried_for_post(server: FaultyServer) -> None:
    server.plan("/api/calls/web/register", drop(), reply(200, WEB_CALL))
    with Puretalk(api_key=KEY, base_url=server.url) as client, pytest.raises(APIConnectionError) as caught:
        client.calls.register_web_call(assistant_id="a")
    assert not isinstance(caught.value, APITimeoutError)
    assert server.hits("/api/calls/web/register") == 1, "a POST must not be sent twice"
    assert KEY not in str(caught.value)


def test_503_with_retry_after_is_honoured(server: FaultyServer) -> None:
    server.plan(
        "/api/calls/web/register",
        reply(503, {"err": True, "msg": "busy"}, **{"Retry-After": "1"}),
        reply(429, {"err": True, "msg": "slow down"}, **{"retry-after-ms": "200"}),
        reply(200, WEB_CALL),
    )
    with Puretalk(api_key=KEY, base_url=server.url, max_retries=3) as client:
        started = time.monotonic()
        with pytest.raises(InternalServerError, match="busy"):
            client.calls.register_web_call(assistant_id="a")  # POST: 503 is final
        assert server.hits("/api/calls/web/register") == 1
        result = client.calls.register_web_call(assistant_id="a")  # 429 then 200
        elapsed = time.monotonic() - started
    assert result.call_id == "w-1"
    assert server.hits("/api/calls/web/register") == 3
    assert elapsed >= 0.2


def test_503_on_get_waits_retry_after_then_succeeds(server: FaultyServer) -> None:
    server.plan("/api/calls/c-1", reply(503, {"err": True, "msg": "busy"}, **{"Retry-After": "1"}), reply(200, CALL))
    with Puretalk(api_key=KEY, base_url=server.url) as client:
        started = time.monotonic()
        assert client.calls.get("c-1").call_id == "c-1"
        assert time.monotonic() - started >= 1.0
    assert server.hits("/api/calls/c-1") == 2


def test_html_502_is_a_typed_error_with_the_body_start(server: FaultyServer) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.plan("/api/calls/c-1", raw(502, page), raw(502, page), raw(502, page))
    with (
        Puretalk(api_key=KEY, base_url=server.url, max_retries=2) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        client.calls.get("c-1")
    assert caught.value.status_code == 502
    assert "502 Bad Gateway" in str(caught.value)
    assert server.hits("/api/calls/c-1") == 3


def test_stall_past_the_timeout_raises_api_timeout(server: FaultyServer) -> None:
    server.plan("/api/calls/c-1", stall(1.5), stall(1.5))
    with Puretalk(api_key=KEY, base_url=server.url, timeout=0.3, max_retries=1) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.calls.get("c-1")
        assert time.monotonic() - started < 1.4, "each try must give up at the timeout"
    assert server.hits("/api/calls/c-1") == 2


def test_stalled_post_is_not_retried(server: FaultyServer) -> None:
    server.plan("/api/calls/web/register", stall(1.0))
    with Puretalk(api_key=KEY, base_url=server.url, timeout=0.3) as client, pytest.raises(APITimeoutError):
        client.calls.register_web_call(assistant_id="a")
    assert server.hits("/api/calls/web/register") == 1


@pytest.mark.asyncio
async def test_async_client_against_the_faulty_server(server: FaultyServer) -> None:
    server.plan("/api/calls/c-1", drop(), raw(502, "<html>bad</html>"), reply(200, CALL))
    server.plan("/api/calls/web/register", stall(1.0))
    async with AsyncPuretalk(api_key=KEY, base_url=server.url, timeout=0.3) as client:
        assert (await client.calls.get("c-1")).call_id == "c-1"
        with pytest.raises(APITimeoutError):
            await client.calls.register_web_call(assistant_id="a")
    assert server.hits("/api/calls/c-1") == 3
    assert server.hits("/api/calls/web/register") == 1


def test_unreachable_server_is_a_connection_error() -> None:
    with faulty_server() as state:
        url = state.url
    with Puretalk(api_key=KEY, base_url=url, max_retries=1) as client, pytest.raises(APIConnectionError):
        client.calls.get("c-1")
