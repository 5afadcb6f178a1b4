"""The cap counts decoded bytes while they are decoded, whatever ``Content-Encoding`` says (issue 25).

Each bomb is served by a real server on 127.0.0.1 to a client in a subprocess, which calls it
in every mode (sync and async; parsed, raw, streamed ``parse()`` and streamed ``iter_bytes()``)
and reports how much its peak resident size grew: it must stay within a small multiple of
the cap, while the bomb is 64 times the cap. Before issue 25, with a 32 MiB cap, two headers
grew the process by 785 MB, ``gzip, gzip`` by 1,028 MB, and br / zstd by 4.1 GB.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from puretalk_client import (
    APIResponseEncodingError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    AsyncPuretalk,
    Puretalk,
    _decoding,
)
from tests.helpers.bombs import MIB, bomb_server, br_zeros, gzip_of, gzip_zeros, zstd_zeros
from tests.helpers.mock_api import API_KEY, MockApi, sync_client
from tests.helpers.paths import ROOT

CAP = 4 * MIB
BOMB_MIB = 256
"""Every bomb decodes to 256 MiB: 64 times the cap."""
STREAM_BYTES = 4 * CAP
"""How much ``iter_bytes`` streams of a bomb before the caller stops (streaming is not capped in total)."""
GROWTH_BOUND = 4 * CAP
"""The most the client process may grow in any mode."""

BOMBS: dict[str, tuple[Callable[[], bytes], list[tuple[str, str]]]] = {
    "two-headers": (
        lambda: gzip_zeros(BOMB_MIB),
        [("Content-Encoding", "identity"), ("Content-Encoding", "gzip")],
    ),
    "nested-gzip": (lambda: gzip_of(gzip_zeros(BOMB_MIB)), [("Content-Encoding", "gzip, gzip")]),
    "br": (lambda: br_zeros(BOMB_MIB), [("Content-Encoding", "br")]),
    "zstd": (lambda: zstd_zeros(BOMB_MIB), [("Content-Encoding", "zstd")]),
}


@pytest.fixture(scope="module")
def measured() -> dict[str, Any]:
    """Serve every bomb at once; one client subprocess measures each in every mode (one start-up, not four)."""
    missing: dict[str, Any] = {}
    with contextlib.ExitStack() as stack:
        urls = {}
        for case, (make, headers) in BOMBS.items():
            try:
                body = make()
            except ImportError as error:  # that case fails, naming the missing pin; the others are measured
                missing[case] = {"missing": f"{error.name} (pinned in requirements/tests.txt: install it)"}
                continue
            urls[case] = stack.enter_context(bomb_server(body, headers))
        paths = [str(ROOT), str(ROOT / "overlays"), str(ROOT / "generated")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
        command = [sys.executable, "-m", "tests.helpers.bomb_client", str(CAP), str(STREAM_BYTES)]
        command += [f"{case}={url}" for case, url in urls.items()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    results: dict[str, Any] = json.loads(done.stdout)
    return {**results, **missing}


@pytest.mark.parametrize("case", list(BOMBS))
def test_a_bomb_stays_within_the_cap_in_every_mode(case: str, measured: dict[str, Any]) -> None:
    results = measured[case]
    assert "missing" not in results, results["missing"]
    make, _ = BOMBS[case]
    assert len(make()) < 300_000  # 256 MiB of zeros in at most 300 KB (br: under 1 KB)
    assert len(results) == 8, results
    for mode, result in results.items():
        assert result["grown"] < GROWTH_BOUND, (mode, result)
        assert result["seconds"] < 10, (mode, result)
        if mode.endswith("iter_bytes"):
            assert result.get("error") is None, (mode, result)
            assert result["streamed"] >= STREAM_BYTES, (mode, result)
            assert result["largest_chunk"] <= 2 * _decoding.STEP, (mode, result)
        else:
            assert result["error"] == "APIResponseTooLargeError", (mode, result)


# --- in-process: what is decoded, what is refused -----------------------------------------------


class _Chunks(httpx.SyncByteStream):
    """A body httpx does not read ahead (unlike ``content=``), counting the chunks taken from it."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.taken += 1
            yield chunk


class _AsyncChunks(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> Any:
        for chunk in self.chunks:
            yield chunk


BODY = json.dumps({"msg": "ok", "err": False, "results": {"call_id": "c-1", "note": "é" * 1000}}).encode()


def _deflate(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


def _br(data: bytes) -> bytes:
    import brotli  # pinned in requirements/tests.txt

    return bytes(brotli.compress(data))


def _zstd(data: bytes) -> bytes:
    try:
        from compression import zstd  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        from backports import zstd  # type: ignore[no-redef,unused-ignore]  # pinned in requirements/tests.txt
    return bytes(zstd.compress(data))


ENCODED: dict[str, tuple[Callable[[], bytes], list[tuple[str, str]]]] = {
    "gzip": (lambda: _deflate(BODY, 31), [("Content-Encoding", "gzip")]),
    "x-gzip": (lambda: _deflate(BODY, 31), [("Content-Encoding", "x-gzip")]),
    "deflate-zlib": (lambda: _deflate(BODY, 15), [("Content-Encoding", "deflate")]),
    "deflate-raw": (lambda: _deflate(BODY, -15), [("Content-Encoding", "deflate")]),
    "br": (lambda: _br(BODY), [("Content-Encoding", "br")]),
    "zstd": (lambda: _zstd(BODY), [("Content-Encoding", "zstd")]),
    "identity-then-gzip": (
        lambda: _deflate(BODY, 31),
        [("Content-Encoding", "identity"), ("Content-Encoding", "gzip")],
    ),
    "case-and-spaces": (lambda: _deflate(BODY, 31), [("Content-Encoding", " GZip , identity,")]),
    "gzip-br-zstd": (
        lambda: _zstd(_br(_deflate(BODY, 31))),
        [("Content-Encoding", "gzip, br"), ("Content-Encoding", "zstd")],
    ),
}
"""Bodies in each coding (made when a test runs: br and zstd need the pinned test dependencies)."""


def _encoded(case: str) -> tuple[bytes, list[tuple[str, str]]]:
    make, headers = ENCODED[case]
    return make(), headers


def _split(data: bytes, size: int = 7) -> list[bytes]:
    return [data[index : index + size] for index in range(0, len(data), size)]


def _answering(data: bytes, headers: list[tuple[str, str]], stream: httpx.SyncByteStream | None = None) -> MockApi:
    headers = [("Content-Type", "application/json; charset=utf-8"), *headers]
    return MockApi(lambda request: httpx.Response(200, headers=headers, stream=stream or _Chunks(_split(data))))


@pytest.mark.parametrize("case", list(ENCODED))
def test_every_coding_it_can_bound_decodes_to_the_same_answer(case: str) -> None:
    data, headers = _encoded(case)
    client = sync_client(_answering(data, headers), api_key=API_KEY)
    assert client.calls.get("c-1").call_id == "c-1"
    raw = client.calls.with_raw_response.get("c-1")
    assert raw.content == BODY
    assert "content-encoding" not in raw.headers  # it describes the encoded body, which is not what content holds
    with client.calls.with_streaming_response.get("c-1") as response:
        assert b"".join(response.iter_bytes(100)) == BODY
    with client.calls.with_streaming_response.get("c-1") as response:
        assert "".join(response.iter_text()) == BODY.decode()
    with client.calls.with_streaming_response.get("c-1") as response:
        assert response.json()["results"]["call_id"] == "c-1"


@pytest.mark.asyncio
@pytest.mark.parametrize("case", ["gzip", "gzip-br-zstd"])
async def test_async_decodes_the_same(case: str) -> None:
    data, headers = _encoded(case)
    headers = [("Content-Type", "application/json"), *headers]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=_AsyncChunks(_split(data)))

    async with AsyncPuretalk(
        api_key=API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    ) as client:
        assert (await client.calls.get("c-1")).call_id == "c-1"
        async with client.calls.with_streaming_response.get("c-1") as response:
            assert b"".join([chunk async for chunk in response.iter_bytes()]) == BODY


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param([("Content-Encoding", "compress")], id="unknown"),
        pytest.param([("Content-Encoding", "gzip, x-bomb")], id="unknown-inside-a-list"),
        pytest.param([("Content-Encoding", "gzip"), ("Content-Encoding", "sdch")], id="unknown-in-a-second-header"),
    ],
)
def test_a_coding_it_cannot_bound_is_refused_unread(headers: list[tuple[str, str]]) -> None:
    stream = _Chunks([gzip_zeros(1)] * 3)
    client = sync_client(_answering(b"", headers, stream), api_key=API_KEY)
    with pytest.raises(APIResponseEncodingError) as raised:
        client.calls.get("c-1")
    assert isinstance(raised.value, APIResponseValidationError)
    assert stream.taken == 0  # not one byte was read
    assert "cannot decode within a bound" in str(raised.value)
    assert "gzip, deflate" in str(raised.value)
    with client.calls.with_streaming_response.get("c-1") as response, pytest.raises(APIResponseEncodingError):
        next(iter(response.iter_bytes()))


@pytest.mark.parametrize(("coding", "finder"), [("br", "_brotli"), ("zstd", "_zstd")])
def test_br_and_zstd_without_a_bounded_decoder_are_refused_and_not_asked_for(
    coding: str, finder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_decoding, finder, lambda: None)
    _decoding.accept_encoding.cache_clear()
    try:
        api = _answering(b"\x00" * 64, [("Content-Encoding", coding)])  # refused before a byte is read
        client = sync_client(api, api_key=API_KEY, default_headers={"Accept-Encoding": "gzip, br, zstd"})
        with pytest.raises(APIResponseEncodingError, match=coding):
            client.calls.get("c-1")
        asked = [part.strip() for part in api.requests[0].headers["Accept-Encoding"].split(",")]
        assert coding not in asked
        assert "gzip" in asked
    finally:
        _decoding.accept_encoding.cache_clear()


def test_the_client_asks_only_for_codings_it_can_bound() -> None:
    api = MockApi()
    client = sync_client(api, api_key=API_KEY, default_headers={"Accept-Encoding": "gzip;q=1, compress, br, zstd, *"})
    client.calls.get("c-1")
    sent = api.requests[0].headers["Accept-Encoding"]
    bounded = [coding for coding in ("br", "zstd") if coding in _decoding.decodable()]
    assert sent == ", ".join(["gzip;q=1", *bounded])
    default = MockApi()
    sync_client(default, api_key=API_KEY).calls.get("c-1")
    asked = {part.strip() for part in default.requests[0].headers["Accept-Encoding"].split(",")}
    assert asked <= set(_decoding.decodable())
    assert {"gzip", "deflate"} <= asked


def test_a_broken_body_in_a_nested_coding_is_one_typed_error() -> None:
    data = _deflate(b"not what it claims" * 10, 31)
    client = sync_client(_answering(data, [("Content-Encoding", "gzip, gzip")]), api_key=API_KEY)
    with pytest.raises(APIResponseValidationError, match=r"could not be decoded \(gzip: error\)"):
        client.calls.get("c-1")


def test_raw_bytes_are_capped_too_even_when_they_decode_to_nothing() -> None:
    empty_block = b"\x00\x00\x00\xff\xff"  # a stored deflate block of no bytes, not the last one
    gzip_header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    stream = _Chunks([gzip_header] + [empty_block * 200] * 1_000)  # bytes arrive, nothing is decoded
    client = sync_client(_answering(b"", [("Content-Encoding", "gzip")], stream), api_key=API_KEY)
    with pytest.raises(APIResponseTooLargeError):
        client.with_options(max_response_bytes=10_000).calls.get("c-1")
    assert stream.taken < 10_000


def test_a_real_server_bomb_in_process_stops_at_the_cap() -> None:
    with (
        bomb_server(gzip_zeros(64), [("Content-Encoding", "gzip")]) as url,
        Puretalk(api_key=API_KEY, base_url=url, max_retries=0, max_response_bytes=MIB) as client,
        pytest.raises(APIResponseTooLargeError) as raised,
    ):
        client.calls.get("c-1")
    assert raised.value.limit == MIB


@pytest.mark.parametrize(
    "text",
    ["a\nb\r\nc\rd", "line\n", "\r\n\r\n", "no end", "x" * 70_000 + "\r\n" + "y" * 3 + "\u2028z", ""],
)
def test_iter_lines_splits_as_httpx_does(text: str) -> None:
    data = _deflate(text.encode(), 31)
    client = sync_client(_answering(data, [("Content-Encoding", "gzip")]), api_key=API_KEY)
    with client.calls.with_streaming_response.get("c-1") as response:
        lines = list(response.iter_lines())
    expected = list(httpx.Response(200, content=text.encode()).iter_lines())
    assert lines == expected == text.splitlines()


def test_iter_lines_holds_no_line_longer_than_the_cap() -> None:
    stream = _Chunks([gzip_zeros(64)[index : index + 4096] for index in range(0, len(gzip_zeros(64)), 4096)])
    client = sync_client(_answering(b"", [("Content-Encoding", "gzip")], stream), api_key=API_KEY)
    tracemalloc.start()
    try:
        with (
            client.with_options(max_response_bytes=MIB).calls.with_streaming_response.get("c-1") as response,
            pytest.raises(APIResponseTooLargeError),
        ):
            list(response.iter_lines())  # 64 MiB of zeros: one line without an end
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MIB


def test_the_tests_have_bounded_br_and_zstd_decoders() -> None:
    missing = {"br": "brotli==1.2.0", "zstd": "backports.zstd==1.8.0"}
    absent = [pin for coding, pin in missing.items() if coding not in _decoding.decodable()]
    assert not absent, f"install the test pins of requirements/tests.txt: {absent}"
