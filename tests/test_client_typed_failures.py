"""Every failure of a call is a PuretalkError with its cause: envelopes read first, JSON on audio, closed clients."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from puretalk_client import (
    APIConnectionError,
    APIEnvelopeError,
    APIResponseValidationError,
    AsyncPuretalk,
    ClientClosedError,
    Puretalk,
    PuretalkError,
)
from tests.helpers.faulty_server import faulty_server, raw, reply
from tests.helpers.mock_api import API_KEY, answer, async_client, sync_client

FLAGGED = {"err": True, "msg": "Call not found", "results": None}
VOICE_NOT_FOUND = {"err": True, "msg": "Voice not found"}


# --- the envelope's err is read before results ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(FLAGGED, id="results-null"),
        pytest.param({"err": True, "msg": "Call not found", "results": {"call_id": 5}}, id="results-ill-typed"),
        pytest.param({"err": True, "msg": "Call not found", "results": "nope"}, id="results-a-string"),
        pytest.param({"err": True, "msg": "Call not found", "results": [["call_id", "x"]]}, id="results-pairs"),
    ],
)
def test_err_true_is_an_envelope_error_whatever_results_holds(body: dict[str, Any]) -> None:
    client = sync_client(answer(200, body))
    with pytest.raises(APIEnvelopeError, match="Call not found") as raised:
        client.calls.get("c-1")
    assert raised.value.status_code == 200
    assert raised.value.body == body


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda client: client.calls.register_web_call(assistant_id="a"), id="register_web_call"),
        pytest.param(lambda client: client.calls.list().first_page(), id="calls.list"),
        pytest.param(lambda client: client.campaigns.list().first_page(), id="campaigns.list"),
        pytest.param(lambda client: client.assistants.get("a"), id="assistants.get"),
        pytest.param(lambda client: client.voices.get(1), id="voices.get"),
        pytest.param(lambda client: client.tts.clone_voice(file=b"x", name="n", gender="male"), id="clone_voice"),
    ],
)
def test_err_true_with_null_results_on_every_kind_of_method(call: Any) -> None:
    with pytest.raises(APIEnvelopeError, match="Call not found"):
        call(sync_client(answer(200, FLAGGED)))


@pytest.mark.asyncio
async def test_async_err_true_with_null_results() -> None:
    client = async_client(answer(200, FLAGGED))
    with pytest.raises(APIEnvelopeError, match="Call not found"):
        await client.calls.get("c-1")
    with pytest.raises(APIEnvelopeError, match="Call not found"):
        await client.calls.list()


def test_raw_response_parse_of_err_true_with_null_results() -> None:
    raw_response = sync_client(answer(200, FLAGGED)).calls.with_raw_response.get("c-1")
    assert raw_response.status_code == 200
    with pytest.raises(APIEnvelopeError, match="Call not found"):
        raw_response.parse()


def test_a_validation_error_carries_its_cause() -> None:
    client = sync_client(answer(200, {"msg": "ok", "err": False, "results": None}))
    with pytest.raises(APIResponseValidationError) as raised:
        client.calls.get("c-1")
    assert isinstance(raised.value.__cause__, TypeError)


def test_a_body_that_is_not_json_is_a_validation_error_caused_by_the_decoder() -> None:
    client = sync_client(answer(200, text="<html>"))
    with pytest.raises(APIResponseValidationError) as raised:
        client.calls.get("c-1")
    assert isinstance(raised.value.__cause__, ValueError)


def test_a_connection_error_carries_its_cause() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(APIConnectionError) as raised:
        sync_client(handler, max_retries=0).calls.get("c-1")
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


# --- a JSON envelope on an audio method is an error, not audio ------------------------------


def _json_on_audio(body: dict[str, Any] = VOICE_NOT_FOUND) -> Any:
    return answer(200, body, headers={"Content-Type": "application/json"})


def test_synthesize_answered_with_a_json_envelope_raises() -> None:
    with pytest.raises(APIEnvelopeError, match="Voice not found") as raised:
        sync_client(_json_on_audio()).tts.synthesize(voice_id="v", text="hi")
    assert raised.value.body == VOICE_NOT_FOUND


@pytest.mark.asyncio
async def test_async_synthesize_answered_with_a_json_envelope_raises() -> None:
    with pytest.raises(APIEnvelopeError, match="Voice not found"):
        await async_client(_json_on_audio()).tts.synthesize(voice_id="v", text="hi")


def test_synthesize_answered_with_json_that_is_no_envelope_error_is_still_not_audio() -> None:
    with pytest.raises(APIResponseValidationError, match="expected audio, got a JSON body"):
        sync_client(_json_on_audio({"msg": "queued"})).tts.synthesize(voice_id="v", text="hi")


def test_synthesize_to_file_writes_nothing_on_a_json_envelope(tmp_path: Path) -> None:
    target = tmp_path / "out.wav"
    with pytest.raises(APIEnvelopeError, match="Voice not found"):
        sync_client(_json_on_audio()).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert list(tmp_path.iterdir()) == []  # neither out.wav nor a temporary file


def test_synthesize_to_file_keeps_the_old_file_on_a_json_envelope(tmp_path: Path) -> None:
    target = tmp_path / "out.wav"
    target.write_bytes(b"previous audio")
    with pytest.raises(APIEnvelopeError):
        sync_client(_json_on_audio()).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert target.read_bytes() == b"previous audio"
    assert [path.name for path in tmp_path.iterdir()] == ["out.wav"]


@pytest.mark.asyncio
async def test_async_synthesize_to_file_writes_nothing_on_a_json_envelope(tmp_path: Path) -> None:
    with pytest.raises(APIEnvelopeError, match="Voice not found"):
        await async_client(_json_on_audio()).tts.synthesize_to_file(tmp_path / "out.wav", voice_id="v", text="hi")
    assert list(tmp_path.iterdir()) == []


def test_streamed_synthesize_answered_with_json_raises_on_entry() -> None:
    client = sync_client(_json_on_audio())
    with pytest.raises(APIEnvelopeError, match="Voice not found"):  # noqa: SIM117
        with client.tts.with_streaming_response.synthesize(voice_id="v", text="hi"):
            pytest.fail("the with block must not run")


def test_raw_synthesize_answered_with_json_raises_on_parse() -> None:
    raw_response = sync_client(_json_on_audio()).tts.with_raw_response.synthesize(voice_id="v", text="hi")
    assert raw_response.json() == VOICE_NOT_FOUND
    with pytest.raises(APIEnvelopeError, match="Voice not found"):
        raw_response.parse()


def test_synthesize_to_file_on_a_real_server_answering_json(tmp_path: Path) -> None:
    target = tmp_path / "out.wav"
    with faulty_server() as server:
        server.plan("/api/v1/tts", reply(200, VOICE_NOT_FOUND), raw(200, "RIFF-audio", "audio/wav"))
        with Puretalk(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
            with pytest.raises(APIEnvelopeError, match="Voice not found"):
                client.tts.synthesize_to_file(target, voice_id="v", text="hi")
            assert list(tmp_path.iterdir()) == []
            assert client.tts.synthesize_to_file(target, voice_id="v", text="hi") == len(b"RIFF-audio")
    assert target.read_bytes() == b"RIFF-audio"
    assert json.loads(server.seen[0]["body"]) == {"voice_id": "v", "text": "hi"}


# --- a call after close() -------------------------------------------------------------------


def test_a_call_after_close_is_a_puretalk_error() -> None:
    client = Puretalk(api_key=API_KEY, base_url="http://127.0.0.1:9/api")
    client.close()
    with pytest.raises(ClientClosedError, match="closed") as raised:
        client.calls.get("c-1")
    assert isinstance(raised.value, PuretalkError)
    assert isinstance(raised.value, RuntimeError)  # what httpx raised before: code catching it still works


def test_a_call_after_the_with_block_is_a_puretalk_error() -> None:
    with Puretalk(api_key=API_KEY, base_url="http://127.0.0.1:9/api") as client:
        pass
    with pytest.raises(ClientClosedError):
        client.tts.synthesize(voice_id="v", text="hi")
    with pytest.raises(ClientClosedError):
        list(client.calls.list())
    with pytest.raises(ClientClosedError):
        client.calls.with_raw_response.get("c-1")


@pytest.mark.asyncio
async def test_async_a_call_after_close_is_a_puretalk_error() -> None:
    client = AsyncPuretalk(api_key=API_KEY, base_url="http://127.0.0.1:9/api")
    await client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        await client.calls.get("c-1")
    async with AsyncPuretalk(api_key=API_KEY, base_url="http://127.0.0.1:9/api") as other:
        pass
    with pytest.raises(ClientClosedError):
        await other.calls.list()
