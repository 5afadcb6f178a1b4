"""Raw and streamed answers have what openai-python's have; awaiting an async list gives its first page."""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from puretalk_client import AsyncPuretalk, Page, Puretalk
from tests.helpers.faulty_server import faulty_server, raw, reply
from tests.helpers.mock_api import API_KEY, REGISTERED, MockApi, answer, async_client, sync_client

LINES = ["first line", "second line", "", "fourth: ünïcödé"]
TEXT = "\n".join(LINES) + "\n"


def _chunked_text(request: httpx.Request) -> httpx.Response:
    data = TEXT.encode()

    def pieces() -> Iterator[bytes]:
        for start in range(0, len(data), 5):  # split lines and multi-byte characters across chunks
            yield data[start : start + 5]

    return httpx.Response(200, content=pieces(), headers={"Content-Type": "text/plain; charset=utf-8"})


def _async_chunked_text(request: httpx.Request) -> httpx.Response:
    data = TEXT.encode()

    async def pieces() -> AsyncIterator[bytes]:
        for start in range(0, len(data), 5):
            yield data[start : start + 5]

    return httpx.Response(200, content=pieces(), headers={"Content-Type": "text/plain; charset=utf-8"})


def test_raw_response_has_request_url_elapsed_text_and_json() -> None:
    api = MockApi()
    raw_response = sync_client(api).calls.with_raw_response.register_web_call(assistant_id="a")
    assert raw_response.http_request.url == api.requests[0].url
    assert raw_response.http_request.method == "POST"
    assert json.loads(raw_response.http_request.content) == {"assistant_id": "a"}
    assert raw_response.url == httpx.URL("https://api.puretalk.ai/api/calls/web/register")
    assert raw_response.method == "POST"
    assert isinstance(raw_response.elapsed, datetime.timedelta)
    assert json.loads(raw_response.text) == REGISTERED
    assert raw_response.json() == REGISTERED
    assert raw_response.parse().call_id == "c-1"


def test_raw_response_elapsed_is_measured_on_a_real_server() -> None:
    with faulty_server() as server:
        server.plan("/api/calls/c-1", reply(200, {"msg": "ok", "err": False, "results": {"call_id": "c-1"}}))
        with Puretalk(api_key=API_KEY, base_url=server.url) as client:
            raw_response = client.calls.with_raw_response.get("c-1")
    assert raw_response.elapsed > datetime.timedelta(0)
    assert raw_response.url == httpx.URL(f"{server.url}/calls/c-1")


@pytest.mark.asyncio
async def test_async_raw_response_has_text_and_json() -> None:
    raw_response = await async_client(MockApi()).calls.with_raw_response.register_web_call(assistant_id="a")
    assert raw_response.json() == REGISTERED
    assert raw_response.url.path == "/api/calls/web/register"
    assert raw_response.http_request.method == "POST"


def test_streamed_response_iter_lines_and_iter_text() -> None:
    client = sync_client(_chunked_text)
    with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
        assert response.url.path == "/api/v1/tts"
        assert response.http_request.method == "POST"
        assert list(response.iter_lines()) == LINES
    with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
        chunks = list(response.iter_text())
    assert len(chunks) > 1
    assert "".join(chunks) == TEXT


def test_streamed_response_text_and_json() -> None:
    client = sync_client(answer(200, {"msg": "ok", "err": False, "results": {"call_id": "c", "token": "t"}}))
    with client.calls.with_streaming_response.register_web_call(assistant_id="a") as response:
        assert response.json()["results"] == {"call_id": "c", "token": "t"}
        assert "token" in response.text()
        assert response.parse().token == "t"


@pytest.mark.asyncio
async def test_async_streamed_response_iter_lines_and_iter_text() -> None:
    client = async_client(_async_chunked_text)
    async with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
        assert [line async for line in response.iter_lines()] == LINES
    async with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
        assert "".join([chunk async for chunk in response.aiter_text()]) == TEXT
    async with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
        assert [line async for line in response.aiter_lines()] == LINES
    async with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
        assert b"".join([chunk async for chunk in response.iter_bytes()]) == TEXT.encode()


def test_streamed_lines_from_a_real_server() -> None:
    with faulty_server() as server:
        server.plan("/api/v1/tts", raw(200, TEXT, "text/plain; charset=utf-8"))
        with (
            Puretalk(api_key=API_KEY, base_url=server.url) as client,
            client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response,
        ):
            assert list(response.iter_lines()) == LINES


PAGE = {"count": 3, "next": "https://api.puretalk.ai/api/calls?page=2", "previous": None, "results": []}


@pytest.mark.asyncio
async def test_awaiting_an_async_list_gives_its_first_page() -> None:
    calls = [{"call_id": f"c-{index}"} for index in range(2)]
    api = MockApi(answer(200, {**PAGE, "results": calls}))
    page = await async_client(api).calls.list(status="completed")
    assert isinstance(page, Page)
    assert [call.call_id for call in page.items] == ["c-0", "c-1"]
    assert page.count == 3
    assert len(api.requests) == 1  # only the first page
    assert api.requests[0].url.params["status"] == "completed"


@pytest.mark.asyncio
async def test_awaiting_an_async_list_on_a_real_server() -> None:
    with faulty_server() as server:
        server.plan("/api/calls", reply(200, {**PAGE, "next": None, "results": [{"call_id": "c-9"}]}))
        async with AsyncPuretalk(api_key=API_KEY, base_url=server.url) as client:
            page = await client.calls.list()
    assert [call.call_id for call in page.items] == ["c-9"]
