"""Per-call options and answers of every method: timeout, extra headers/query/body, streaming, retries taken."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from puretalk_client import AsyncPuretalk, ConflictError, InternalServerError, Puretalk
from tests.helpers.mock_api import REGISTERED, MockApi, async_client, sync_client
from tests.helpers.paths import ROOT


def test_per_call_options_reach_the_request() -> None:
    api = MockApi()
    client = sync_client(api)
    client.calls.register_web_call(
        assistant_id="a",
        timeout=3.5,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"dry_run": "true"},
        extra_body={"room_name": "blue"},
    )
    request = api.requests[0]
    assert request.headers["X-Trace"] == "t-1"
    assert request.url.params["dry_run"] == "true"
    assert api.json() == {"assistant_id": "a", "room_name": "blue"}
    assert request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()


def test_options_apply_to_one_call_only() -> None:
    api = MockApi()
    client = sync_client(api)
    client.calls.get("c-1", extra_headers={"X-Trace": "t-1"}, timeout=1.0)
    client.calls.get("c-1")
    assert "X-Trace" not in api.requests[1].headers
    assert api.requests[1].extensions["timeout"] == client.timeout.as_dict()


def test_extra_query_on_a_list_is_sent_with_every_page() -> None:
    pages = {
        None: {"count": 2, "next": "https://api.puretalk.ai/api/calls?page=2", "results": [{"call_id": "c-1"}]},
        "2": {"count": 2, "next": None, "results": [{"call_id": "c-2"}]},
    }
    api = MockApi(lambda request: httpx.Response(200, json=pages[request.url.params.get("page")]))
    calls = list(sync_client(api).calls.list(status="completed", extra_query={"region": "eu"}))
    assert [call.call_id for call in calls] == ["c-1", "c-2"]
    assert [request.url.params["region"] for request in api.requests] == ["eu", "eu"]
    assert [request.url.params["status"] for request in api.requests] == ["completed", "completed"]


def test_extra_body_on_a_multipart_call_is_a_form_field() -> None:
    api = MockApi()
    sync_client(api).tts.clone_voice(file=b"RIFF", name="n", gender="male", extra_body={"accent": "scottish"})
    body = api.requests[0].content
    assert b'name="accent"' in body
    assert b"scottish" in body


def test_async_per_call_options() -> None:
    api = MockApi()

    async def main() -> None:
        async with async_client(api) as client:
            await client.calls.register_web_call(
                assistant_id="a", extra_headers={"X-Trace": "t-2"}, extra_body={"room_name": "green"}
            )

    asyncio.run(main())
    assert api.requests[0].headers["X-Trace"] == "t-2"
    assert api.json() == {"assistant_id": "a", "room_name": "green"}


class Streamed(httpx.SyncByteStream):
    """A body that records how much of it was read."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.read: list[bytes] = []

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read.append(chunk)
            yield chunk


def test_streaming_response_reads_the_body_only_when_asked() -> None:
    stream = Streamed([b"RIFF", b"....", b"WAVE"])
    api = MockApi(lambda request: httpx.Response(200, headers={"Content-Type": "audio/wav"}, stream=stream))
    client = sync_client(api)
    with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "audio/wav"
        assert stream.read == [], "the body was read before it was asked for"
        chunks = list(response.iter_bytes())
    assert b"".join(chunks) == b"RIFF....WAVE"
    assert response.http_response.is_closed


def test_streaming_response_parse_gives_the_method_result() -> None:
    api = MockApi()
    with sync_client(api).calls.with_streaming_response.register_web_call(assistant_id="a") as response:
        result = response.parse()
    assert (result.call_id, result.token) == ("c-1", "t-1")


def test_streaming_response_of_an_error_raises_the_typed_error() -> None:
    api = MockApi(lambda request: httpx.Response(409, json={"msg": "already registered"}))
    with (
        pytest.raises(ConflictError, match="already registered"),
        sync_client(api).calls.with_streaming_response.register_web_call(assistant_id="a"),
    ):
        pytest.fail("an error status must raise before the block runs")


def test_async_streaming_response() -> None:
    api = MockApi(lambda request: httpx.Response(200, content=b"AUDIO", headers={"Content-Type": "audio/wav"}))

    async def main() -> bytes:
        async with (
            async_client(api) as client,
            client.tts.with_streaming_response.synthesize(voice_id="v", text="hi") as response,
        ):
            return b"".join([chunk async for chunk in response.aiter_bytes()])

    assert asyncio.run(main()) == b"AUDIO"


def test_raw_response_counts_the_retries_taken() -> None:
    answers = iter([httpx.Response(503), httpx.Response(503), httpx.Response(200, json=REGISTERED)])
    api = MockApi(lambda request: next(answers))
    raw = sync_client(api).calls.with_raw_response.get("c-1")
    assert raw.retries_taken == 2
    assert api.delays and len(api.delays) == 2


def test_raw_response_of_a_first_try_took_no_retries() -> None:
    raw = sync_client(MockApi()).calls.with_raw_response.register_web_call(assistant_id="a")
    assert raw.retries_taken == 0


def test_raw_synthesize_to_file_gives_the_answer_and_the_size(tmp_path: Path) -> None:
    api = MockApi(lambda request: httpx.Response(200, content=b"RIFF....", headers={"Content-Type": "audio/wav"}))
    raw = sync_client(api).tts.with_raw_response.synthesize_to_file(tmp_path / "a.wav", voice_id="v", text="t")
    assert raw.status_code == 200
    assert raw.parse() == 8
    assert (tmp_path / "a.wav").read_bytes() == b"RIFF...."


def test_with_options_takes_every_option_a_copy_can_change() -> None:
    api = MockApi()
    client = sync_client(api)
    delays: list[float] = []
    copy = client.with_options(
        api_key="other-key",
        base_url="https://eu.api.puretalk.ai/api",
        timeout=9,
        max_retries=0,
        default_headers={"X-Team": "voice"},
        allow_insecure=False,
        sleep=delays.append,
    )
    assert (copy.api_key, str(copy.base_url), copy.max_retries) == ("other-key", "https://eu.api.puretalk.ai/api", 0)
    copy.calls.get("c-1")
    assert api.requests[0].headers["X-API-KEY"] == "other-key"
    assert api.requests[0].headers["X-Team"] == "voice"
    assert client.api_key != "other-key", "the original keeps its options"


def test_with_options_refuses_another_http_client() -> None:
    client = sync_client(MockApi())
    with pytest.raises(TypeError, match="shares this client's pool"):
        client.with_options(http_client=httpx.Client())  # type: ignore[arg-type]


def test_an_http_client_of_the_other_kind_is_refused_at_construction() -> None:
    with pytest.raises(TypeError, match=r"needs an httpx\.Client"):
        Puretalk(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"needs an httpx\.AsyncClient"):
        AsyncPuretalk(api_key="k", http_client=httpx.Client())  # type: ignore[arg-type]


def test_a_5xx_on_post_is_not_retried_and_raises() -> None:
    api = MockApi(lambda request: httpx.Response(503, json={"msg": "busy"}))
    with pytest.raises(InternalServerError):
        sync_client(api).calls.register_web_call(assistant_id="a")
    assert api.attempts == 1


TYPED = """
from puretalk_client import Puretalk

client = Puretalk(api_key="k")
raw = client.calls.with_raw_response.register_web_call(assistant_idd="a")
ok = client.calls.with_raw_response.register_web_call(assistant_id="a")
reveal_type(ok.parse())
with client.tts.with_streaming_response.synthesize(voice_id="v", text="t", sample_rate="fast") as response:
    pass
"""


def test_raw_and_streaming_methods_keep_their_signatures_for_the_type_checker(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(textwrap.dedent(TYPED), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull,  # the checkout's
         "--config-file", str(ROOT / "pyproject.toml"), str(snippet)],  # .mypy_cache is the typecheck session's
        capture_output=True, text=True, timeout=300, check=False, cwd=ROOT,
    )  # fmt: skip
    output = result.stdout
    assert 'Unexpected keyword argument "assistant_idd"' in output, output
    assert (
        'Revealed type is "puretalk_client._generated.models.register_web_call_result.RegisterWebCallResult"' in output
    ), output
    assert 'Argument "sample_rate"' in output and '"str"' in output, output
    assert json.dumps(output).count("error:") == 2, output
