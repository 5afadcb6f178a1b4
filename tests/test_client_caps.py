"""Caps on what is read, whatever the framing headers claim: a real server on 127.0.0.1 floods, the client stops."""

from __future__ import annotations

import gzip
import time
import tracemalloc

import pytest

from puretalk_client import APIResponseTooLargeError, APIResponseValidationError, AsyncPuretalk, Puretalk
from tests.helpers.faulty_server import FaultyServer, faulty_server, flood, raw, reply
from tests.helpers.mock_api import API_KEY

CAP = 1 << 20  # 1 MiB
OK = reply(200, {"msg": "ok", "err": False, "results": {"call_id": "c-1"}})
"""A first answer, so that what the first call imports is not counted as the flood's memory."""
FLOOD_LIMIT = 64 << 20  # the server stops after 64 MiB or FLOOD_SECONDS, whichever comes first
FLOOD_SECONDS = 5.0


def _client(server: FaultyServer) -> Puretalk:
    return Puretalk(api_key=API_KEY, base_url=server.url, max_retries=0, max_response_bytes=CAP)


def _async_client(server: FaultyServer) -> AsyncPuretalk:
    return AsyncPuretalk(api_key=API_KEY, base_url=server.url, max_retries=0, max_response_bytes=CAP)


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"Content-Length": "2"}, id="content-length-2-and-chunked"),
        pytest.param({}, id="chunked"),
    ],
)
def test_an_endless_body_stops_at_the_cap(headers: dict[str, str]) -> None:
    with faulty_server() as server, _client(server) as client:
        server.plan("/api/calls/c-1", OK, flood(FLOOD_SECONDS, FLOOD_LIMIT, **headers))
        client.calls.get("c-1")
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(APIResponseTooLargeError) as raised:
                client.calls.get("c-1")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        elapsed = time.monotonic() - started
        assert server.flood_done.wait(FLOOD_SECONDS + 5)
    assert raised.value.limit == CAP
    assert "max_response_bytes" in str(raised.value)
    assert elapsed < FLOOD_SECONDS  # it stopped reading; it did not wait for the server to give up
    assert server.flooded < FLOOD_LIMIT // 4  # the client hung up long before 64 MiB were sent
    assert peak < 4 * CAP  # memory held stays near the cap


@pytest.mark.asyncio
async def test_async_an_endless_body_stops_at_the_cap() -> None:
    with faulty_server() as server:
        server.plan("/api/calls/c-1", OK, flood(FLOOD_SECONDS, FLOOD_LIMIT, **{"Content-Length": "2"}))
        async with _async_client(server) as client:
            await client.calls.get("c-1")
            tracemalloc.start()
            try:
                with pytest.raises(APIResponseTooLargeError):
                    await client.calls.get("c-1")
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
        assert server.flood_done.wait(FLOOD_SECONDS + 5)
    assert server.flooded < FLOOD_LIMIT // 4
    assert peak < 4 * CAP


def test_a_small_compressed_body_that_decodes_past_the_cap_is_refused() -> None:
    bomb = gzip.compress(b"[" * (8 * CAP))
    assert len(bomb) < CAP // 10
    with faulty_server() as server, _client(server) as client:
        server.plan(
            "/api/calls/c-1",
            raw(200, bomb, "application/json", **{"Content-Encoding": "gzip"}),
        )
        with pytest.raises(APIResponseTooLargeError):
            client.calls.get("c-1")


def test_a_broken_compressed_body_is_a_validation_error() -> None:
    with faulty_server() as server, _client(server) as client:
        server.plan("/api/calls/c-1", raw(200, "not gzip at all", "application/json", **{"Content-Encoding": "gzip"}))
        with pytest.raises(APIResponseValidationError, match="could not be decoded"):
            client.calls.get("c-1")


def test_a_body_within_the_cap_is_read_whole() -> None:
    body = '{"msg": "ok", "err": false, "results": {"call_id": "c-1", "note": "' + "x" * (CAP // 2) + '"}}'
    with faulty_server() as server, _client(server) as client:
        server.plan("/api/calls/c-1", raw(200, body, "application/json"))
        call = client.calls.get("c-1")
    assert call.call_id == "c-1"


def test_parse_of_a_streamed_json_answer_stops_at_the_cap() -> None:
    with faulty_server() as server, _client(server) as client:
        server.plan("/api/calls/c-1", OK, flood(FLOOD_SECONDS, FLOOD_LIMIT, **{"Content-Length": "2"}))
        client.calls.get("c-1")
        with client.calls.with_streaming_response.get("c-1") as response:
            assert response.status_code == 200
            with pytest.raises(APIResponseTooLargeError):
                response.parse()
        assert server.flood_done.wait(FLOOD_SECONDS + 5)
    assert server.flooded < FLOOD_LIMIT // 4


@pytest.mark.asyncio
async def test_async_parse_of_a_streamed_json_answer_stops_at_the_cap() -> None:
    with faulty_server() as server:
        server.plan("/api/calls/c-1", flood(FLOOD_SECONDS, FLOOD_LIMIT))
        async with _async_client(server) as client, client.calls.with_streaming_response.get("c-1") as response:
            with pytest.raises(APIResponseTooLargeError):
                await response.parse()
        assert server.flood_done.wait(FLOOD_SECONDS + 5)
    assert server.flooded < FLOOD_LIMIT // 4


def test_streamed_audio_is_not_capped() -> None:
    audio = b"RIFF" + bytes(range(256)) * 8192  # 2 MiB, twice the cap
    with faulty_server() as server, _client(server) as client:
        server.plan("/api/v1/tts", raw(200, audio, "audio/wav"), raw(200, audio, "audio/wav"))
        assert client.tts.synthesize(voice_id="v", text="hi") == audio
        with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
            assert response.parse() == audio
