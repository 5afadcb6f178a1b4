"""with_options, with_raw_response, text to speech (whole, streamed, atomic), voice cloning, request bodies."""

from __future__ import annotations

import email
import email.policy
import io
import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from puretalk_api.models import LlmState, LlmStatePosition, RegisterWebCallResult
from puretalk_client import (
    APIConnectionError,
    APIEnvelopeError,
    APIResponseValidationError,
    AsyncPuretalk,
    AuthenticationError,
    BadRequestError,
    InsecureTransportError,
    NotFoundError,
    Page,
    Puretalk,
    RateLimitError,
    RawResponse,
)

API_KEY = "test-key-123"
REGISTERED = {"msg": "Success", "err": False, "results": {"call_id": "c-1", "token": "t-1"}}
CALL = {"msg": "Success", "err": False, "results": {"call_id": "c-1", "status": "completed"}}
ASSISTANT = {"msg": "Success", "err": False, "results": {"assistant_id": "a", "name": "x"}}
CLONED = {"msg": "Success", "err": False, "results": {"voice_id": "v-9"}}
DONE = {"msg": "Success", "err": False}

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PURETALK_API_KEY", "PURETALK_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


class Api:
    """A fake API: answers by path, records requests; ``closed`` tells whether its transport was closed."""

    ROUTES: ClassVar[dict[str, Any]] = {
        "/api/calls/web/register": REGISTERED,
        "/api/calls/c-1": CALL,
        "/api/ai-assistants": ASSISTANT,
        "/api/ai-assistants/a": ASSISTANT,
        "/api/ai-assistants/llm-states/a": DONE,
        "/api/ai-assistants/delete-llm-states": DONE,
        "/api/v1/tts/clone-voice": CLONED,
    }

    def __init__(self, reply: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.closed = False
        self._reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self._reply is not None:
            return self._reply(request)
        return httpx.Response(200, json=self.ROUTES[request.url.path], headers={"X-Request-Id": "req-1"})

    def transport(self) -> httpx.MockTransport:
        api = self

        class Tracking(httpx.MockTransport):
            def close(self) -> None:
                api.closed = True

            async def aclose(self) -> None:
                api.closed = True

        return Tracking(self)

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def sync_client(api: Api, **options: Any) -> Puretalk:
    client = Puretalk(api_key=API_KEY, http_client=httpx.Client(transport=api.transport()), **options)
    client.http_client._transport._sleep = lambda seconds: None  # type: ignore[attr-defined]
    return client


def async_client(api: Api, **options: Any) -> AsyncPuretalk:
    client = AsyncPuretalk(api_key=API_KEY, http_client=httpx.AsyncClient(transport=api.transport()), **options)

    async def sleep(seconds: float) -> None:
        pass

    client.http_client._transport._sleep = sleep  # type: ignore[attr-defined]
    return client


# --- with_options --------------------------------------------------------------------------


def test_with_options_returns_a_changed_copy() -> None:
    api = Api()
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
    api = Api()
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
    api = Api()
    client = sync_client(api)
    client.with_options(api_key="other-key").calls.get("c-1")
    client.calls.get("c-1")
    assert [request.headers["X-API-KEY"] for request in api.requests] == ["other-key", API_KEY]


def test_with_options_keeps_unchanged_options() -> None:
    client = sync_client(Api(), timeout=3, max_retries=4)
    copy = client.with_options(default_headers={"X-Extra": "1"})
    assert copy.timeout == httpx.Timeout(3)
    assert copy.max_retries == 4
    assert copy.base_url == client.base_url


def test_with_options_shares_the_connection_pool() -> None:
    api = Api()
    client = sync_client(api)
    copy = client.with_options(max_retries=5)
    assert copy.http_client._transport.inner is client.http_client._transport.inner  # type: ignore[attr-defined]
    assert copy.http_client._transport is not client.http_client._transport


def test_closing_the_copy_does_not_close_the_original() -> None:
    api = Api()
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
    api = Api()
    client = Puretalk(api_key=API_KEY)
    inner = client.http_client._transport.inner  # type: ignore[attr-defined]
    client.http_client._transport.inner = api.transport()  # type: ignore[attr-defined]
    client.calls.get("c-1")
    client.close()
    assert api.closed
    inner.close()


def test_copy_as_context_manager_does_not_close_the_original() -> None:
    api = Api()
    client = sync_client(api)
    with client.with_options(max_retries=0) as copy:
        copy.calls.get("c-1")
    assert client.calls.get("c-1").call_id == "c-1"
    assert not api.closed


def test_with_options_refuses_plain_http() -> None:
    client = sync_client(Api())
    with pytest.raises(InsecureTransportError, match=r"example\.com"):
        client.with_options(base_url="http://example.com/api")


def test_with_options_base_url() -> None:
    api = Api()
    client = sync_client(api)
    client.with_options(base_url="https://eu.example.com/api").calls.get("c-1")
    client.calls.get("c-1")
    assert [request.url.host for request in api.requests] == ["eu.example.com", "api.puretalk.ai"]


@pytest.mark.asyncio
async def test_async_with_options() -> None:
    api = Api()
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


# --- with_raw_response ---------------------------------------------------------------------


def test_raw_response_of_register_web_call() -> None:
    api = Api()
    raw = sync_client(api).calls.with_raw_response.register_web_call(assistant_id="a")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert json.loads(raw.content) == REGISTERED
    result = raw.parse()
    assert isinstance(result, RegisterWebCallResult)
    assert (result.call_id, result.token) == ("c-1", "t-1")
    assert "POST" in repr(raw)
    assert len(api.requests) == 1


def test_raw_response_on_an_error_status_raises_the_typed_error() -> None:
    api = Api(lambda request: httpx.Response(404, json={"err": True, "msg": "no such call"}))
    with pytest.raises(NotFoundError, match="no such call"):
        sync_client(api).calls.with_raw_response.get("c-1")


def test_raw_response_on_429_is_retried_then_raises() -> None:
    api = Api(lambda request: httpx.Response(429, json={"err": True, "msg": "slow down"}))
    with pytest.raises(RateLimitError):
        sync_client(api).calls.with_raw_response.register_web_call(assistant_id="a")
    assert len(api.requests) == 3


def test_raw_response_parse_raises_what_the_method_would() -> None:
    api = Api(lambda request: httpx.Response(200, text="<html>oops</html>"))
    raw = sync_client(api).calls.with_raw_response.get("c-1")
    assert raw.status_code == 200
    assert raw.content == b"<html>oops</html>"
    with pytest.raises(APIResponseValidationError):
        raw.parse()

    api = Api(lambda request: httpx.Response(200, json={"msg": "bad thing", "err": True, "results": {}}))
    raw = sync_client(api).calls.with_raw_response.get("c-1")
    with pytest.raises(APIEnvelopeError, match="bad thing"):
        raw.parse()


def test_raw_response_of_tasks_upsert() -> None:
    api = Api()
    client = sync_client(api)
    raw = client.assistants.tasks.with_raw_response.upsert("a", llm_states=[{"name": "greet"}])
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.parse() is None
    assert api.requests[-1].method == "POST"
    assert api.requests[-1].url.path == "/api/ai-assistants/llm-states/a"
    assert api.json() == {"llm_states": [{"name": "greet"}]}


def test_raw_response_through_the_assistants_namespace() -> None:
    api = Api()
    raw = sync_client(api).assistants.with_raw_response.tasks.delete(llm_states=["s-1"])
    assert raw.status_code == 200
    assert api.json() == {"llm_states": ["s-1"]}


@pytest.mark.asyncio
async def test_async_raw_response_of_tasks_upsert() -> None:
    api = Api()
    raw = await async_client(api).assistants.tasks.with_raw_response.upsert("a", llm_states=[{"name": "greet"}])
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"


def test_raw_response_of_a_list_is_its_first_page() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = {"count": 3, "next": "https://api.puretalk.ai/api/calls?page=2", "results": [{"call_id": "c"}]}
        return httpx.Response(200, json=body, headers={"X-Total": "3"})

    api = Api(reply)
    raw = sync_client(api).calls.with_raw_response.list(status="completed")
    assert raw.headers["X-Total"] == "3"
    page = raw.parse()
    assert isinstance(page, Page)
    assert page.next == "https://api.puretalk.ai/api/calls?page=2"
    assert len(api.requests) == 1


@pytest.mark.asyncio
async def test_async_raw_response() -> None:
    api = Api()
    raw = await async_client(api).calls.with_raw_response.get("c-1")
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert raw.parse().call_id == "c-1"


@pytest.mark.asyncio
async def test_async_raw_response_on_an_error_status() -> None:
    api = Api(lambda request: httpx.Response(401, json={"err": True, "msg": "bad key"}))
    with pytest.raises(AuthenticationError):
        await async_client(api).calls.with_raw_response.get("c-1")


# --- text to speech ------------------------------------------------------------------------

AUDIO_CHUNKS = [bytes([i]) * 1024 for i in range(64)]
AUDIO = b"".join(AUDIO_CHUNKS)


class Audio:
    """A /v1/tts server streaming ``chunks`` from a generator; ``fail_after`` chunks, it breaks with ReadError."""

    def __init__(self, chunks: list[bytes] = AUDIO_CHUNKS, fail_after: int | None = None) -> None:
        self.chunks = chunks
        self.fail_after = fail_after
        self.produced = 0
        self.requests: list[httpx.Request] = []

    def _generate(self) -> Iterator[bytes]:
        for index, chunk in enumerate(self.chunks):
            if index == self.fail_after:
                raise httpx.ReadError("connection reset mid-stream")
            self.produced += 1
            yield chunk

    async def _agenerate(self) -> AsyncIterator[bytes]:
        for chunk in self._generate():
            yield chunk

    def sync_handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, content=self._generate(), headers={"Content-Type": "audio/wav"})

    def async_handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, content=self._agenerate(), headers={"Content-Type": "audio/wav"})


class RecordingSink(io.BytesIO):
    """A BytesIO that remembers how many chunks the server had produced at each write."""

    def __init__(self, audio: Audio) -> None:
        super().__init__()
        self.audio = audio
        self.produced_at_write: list[int] = []

    def write(self, data: Any) -> int:
        self.produced_at_write.append(self.audio.produced)
        return super().write(data)


def _tts_client(handler: Handler) -> Puretalk:
    return Puretalk(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def _async_tts_client(handler: Handler) -> AsyncPuretalk:
    return AsyncPuretalk(api_key=API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))


def test_synthesize_returns_bytes() -> None:
    audio = Audio()
    result = _tts_client(audio.sync_handler).tts.synthesize(voice_id="v", text="hello")
    assert isinstance(result, bytes)
    assert result == AUDIO
    request = audio.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/v1/tts")
    assert json.loads(request.content) == {"voice_id": "v", "text": "hello"}


def test_synthesize_sends_the_given_options() -> None:
    audio = Audio()
    _tts_client(audio.sync_handler).tts.synthesize(voice_id="v", text="hi", output_format="wav", sample_rate=16000)
    assert json.loads(audio.requests[0].content) == {
        "voice_id": "v",
        "text": "hi",
        "output_format": "wav",
        "sample_rate": 16000,
    }


@pytest.mark.asyncio
async def test_async_synthesize_returns_bytes() -> None:
    audio = Audio()
    assert await _async_tts_client(audio.async_handler).tts.synthesize(voice_id="v", text="hi") == AUDIO


def test_synthesize_to_file_writes_the_path(tmp_path: Path) -> None:
    audio = Audio()
    target = tmp_path / "speech.wav"
    written = _tts_client(audio.sync_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert written == len(AUDIO)
    assert target.read_bytes() == AUDIO
    assert [path.name for path in tmp_path.iterdir()] == ["speech.wav"]  # no temporary file left behind


def test_synthesize_to_file_accepts_a_string_path(tmp_path: Path) -> None:
    audio = Audio()
    target = tmp_path / "speech.wav"
    _tts_client(audio.sync_handler).tts.synthesize_to_file(str(target), voice_id="v", text="hi")
    assert target.read_bytes() == AUDIO


def test_synthesize_to_file_streams_chunk_by_chunk() -> None:
    audio = Audio()
    sink = RecordingSink(audio)
    written = _tts_client(audio.sync_handler).tts.synthesize_to_file(sink, voice_id="v", text="hi")
    assert written == len(AUDIO)
    assert sink.getvalue() == AUDIO
    assert len(sink.produced_at_write) == len(AUDIO_CHUNKS)
    assert sink.produced_at_write[0] < len(AUDIO_CHUNKS)  # written before the server had sent everything


def test_synthesize_to_file_writes_a_file_object() -> None:
    audio = Audio()
    out = io.BytesIO()
    assert _tts_client(audio.sync_handler).tts.synthesize_to_file(out, voice_id="v", text="hi") == len(AUDIO)
    assert out.getvalue() == AUDIO
    assert not out.closed  # the caller's file is the caller's to close


def test_synthesize_to_file_leaves_no_file_when_the_stream_breaks(tmp_path: Path) -> None:
    audio = Audio(fail_after=10)
    target = tmp_path / "speech.wav"
    with pytest.raises(APIConnectionError):
        _tts_client(audio.sync_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert audio.produced == 10
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_synthesize_to_file_keeps_the_old_file_when_the_stream_breaks(tmp_path: Path) -> None:
    target = tmp_path / "speech.wav"
    target.write_bytes(b"previous audio")
    with pytest.raises(APIConnectionError):
        _tts_client(Audio(fail_after=3).sync_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert target.read_bytes() == b"previous audio"
    assert [path.name for path in tmp_path.iterdir()] == ["speech.wav"]


def test_synthesize_to_file_on_an_error_status_writes_nothing(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"err": True, "msg": "unknown voice"})

    target = tmp_path / "speech.wav"
    with pytest.raises(BadRequestError, match="unknown voice"):
        _tts_client(handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.asyncio
async def test_async_synthesize_to_file(tmp_path: Path) -> None:
    audio = Audio()
    target = tmp_path / "speech.wav"
    written = await _async_tts_client(audio.async_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert written == len(AUDIO)
    assert target.read_bytes() == AUDIO
    sink = RecordingSink(audio := Audio())
    await _async_tts_client(audio.async_handler).tts.synthesize_to_file(sink, voice_id="v", text="hi")
    assert sink.getvalue() == AUDIO
    assert sink.produced_at_write[0] < len(AUDIO_CHUNKS)


@pytest.mark.asyncio
async def test_async_synthesize_to_file_leaves_no_file_when_the_stream_breaks(tmp_path: Path) -> None:
    target = tmp_path / "speech.wav"
    with pytest.raises(APIConnectionError):
        await _async_tts_client(Audio(fail_after=5).async_handler).tts.synthesize_to_file(
            target, voice_id="v", text="hi"
        )
    assert list(tmp_path.iterdir()) == []


# --- voice cloning -------------------------------------------------------------------------


def form_parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """Decode a multipart/form-data request: field name → (file name, content)."""
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + request.content, policy=email.policy.HTTP)
    assert message.is_multipart()
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        parts[str(name)] = (part.get_filename(), part.get_payload(decode=True))
    return parts


def test_clone_voice_from_bytes() -> None:
    api = Api()
    result = sync_client(api).tts.clone_voice(file=b"RIFF....WAVE", name="My voice", gender="female")
    assert result.voice_id == "v-9"
    request = api.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/v1/tts/clone-voice")
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    parts = form_parts(request)
    assert set(parts) == {"audio_clip", "name", "language", "gender"}
    assert parts["audio_clip"][1] == b"RIFF....WAVE"
    assert parts["name"] == (None, b"My voice")
    assert parts["language"] == (None, b"en")
    assert parts["gender"] == (None, b"female")


def test_clone_voice_from_a_path(tmp_path: Path) -> None:
    sample = tmp_path / "sample.wav"
    sample.write_bytes(b"RIFF-from-disk")
    api = Api()
    sync_client(api).tts.clone_voice(file=sample, name="n", gender="male", language="fr", description="calm")
    parts = form_parts(api.requests[0])
    assert parts["audio_clip"] == ("sample.wav", b"RIFF-from-disk")
    assert parts["language"][1] == b"fr"
    assert parts["gender"][1] == b"male"
    assert parts["description"][1] == b"calm"


def test_clone_voice_from_a_file_object(tmp_path: Path) -> None:
    sample = tmp_path / "clip.mp3"
    sample.write_bytes(b"ID3-mp3-bytes")
    api = Api()
    with sample.open("rb") as handle:
        sync_client(api).tts.clone_voice(file=handle, name="n", gender="male")
        assert not handle.closed  # the caller's file is the caller's to close
    parts = form_parts(api.requests[0])
    assert parts["audio_clip"] == ("clip.mp3", b"ID3-mp3-bytes")
    assert parts["language"][1] == b"en"


def test_clone_voice_from_a_bytesio() -> None:
    api = Api()
    sync_client(api).tts.clone_voice(file=io.BytesIO(b"in-memory"), name="n", gender="female")
    assert form_parts(api.requests[0])["audio_clip"][1] == b"in-memory"


def test_clone_voice_retried_on_429_sends_the_whole_file_again() -> None:
    answers = iter([httpx.Response(429, json={"err": True, "msg": "slow"}), httpx.Response(200, json=CLONED)])
    api = Api(lambda request: next(answers))
    sync_client(api).tts.clone_voice(file=io.BytesIO(b"sample-bytes"), name="n", gender="male")
    assert len(api.requests) == 2
    assert all(form_parts(request)["audio_clip"][1] == b"sample-bytes" for request in api.requests)


@pytest.mark.asyncio
async def test_async_clone_voice(tmp_path: Path) -> None:
    sample = tmp_path / "sample.wav"
    sample.write_bytes(b"async-sample")
    api = Api()
    result = await async_client(api).tts.clone_voice(file=sample, name="n", gender="female", language="de")
    assert result.voice_id == "v-9"
    parts = form_parts(api.requests[0])
    assert parts["audio_clip"] == ("sample.wav", b"async-sample")
    assert parts["language"][1] == b"de"


# --- request bodies ------------------------------------------------------------------------


def test_assistants_update_sends_only_the_given_fields() -> None:
    api = Api()
    assistant = sync_client(api).assistants.update("a", name="x")
    assert assistant.name == "x"
    request = api.requests[0]
    assert (request.method, request.url.path) == ("PATCH", "/api/ai-assistants/a")
    assert api.json() == {"name": "x"}  # not the spec defaults model / who_speaks_first / call_recording_enabled


def test_assistants_update_sends_given_fields_that_have_spec_defaults() -> None:
    api = Api()
    sync_client(api).assistants.update("a", call_recording_enabled=False, who_speaks_first="user", voice_boost=True)
    assert api.json() == {"call_recording_enabled": False, "who_speaks_first": "user", "voice_boost": True}


@pytest.mark.asyncio
async def test_async_assistants_update_sends_only_the_given_fields() -> None:
    api = Api()
    await async_client(api).assistants.update("a", prompt="be brief")
    assert api.json() == {"prompt": "be brief"}


def test_assistants_create_sends_the_four_required_fields() -> None:
    api = Api()
    sync_client(api).assistants.create(name="Ava", voice=3, prompt="You help.", begin_message="Hi!")
    request = api.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/ai-assistants")
    assert api.json() == {"name": "Ava", "voice": 3, "prompt": "You help.", "begin_message": "Hi!"}


def test_assistants_create_with_optional_fields() -> None:
    api = Api()
    sync_client(api).assistants.create(name="Ava", voice=3, prompt="p", begin_message="b", timezone="UTC")
    assert api.json()["timezone"] == "UTC"
    assert "model" not in api.json()


def test_tasks_upsert_accepts_dicts_and_llm_state_objects() -> None:
    api = Api()
    nested = LlmState(
        name="root",
        prompt="route",
        position=LlmStatePosition(x=1.0, y=2.0),
        children=[LlmState(name="child", children=[LlmState(state_id="s-3", name="grandchild")])],
    )
    sync_client(api).assistants.tasks.upsert("a", llm_states=[{"name": "greet", "children": [{"name": "ask"}]}, nested])
    assert api.json() == {
        "llm_states": [
            {"name": "greet", "children": [{"name": "ask"}]},
            {
                "name": "root",
                "prompt": "route",
                "position": {"x": 1.0, "y": 2.0},
                "children": [{"name": "child", "children": [{"state_id": "s-3", "name": "grandchild"}]}],
            },
        ]
    }


@pytest.mark.asyncio
async def test_async_tasks_upsert_and_delete() -> None:
    api = Api()
    client = async_client(api)
    assert await client.assistants.tasks.upsert("a", llm_states=[LlmState(name="x")]) is None
    assert await client.assistants.tasks.delete(llm_states=["s-1", "s-2"]) is None
    assert api.json(0) == {"llm_states": [{"name": "x"}]}
    assert api.requests[1].method == "DELETE"
    assert api.json(1) == {"llm_states": ["s-1", "s-2"]}


def test_register_web_call_body() -> None:
    api = Api()
    sync_client(api).calls.register_web_call(assistant_id="e1f09482")
    assert api.requests[0].headers["Content-Type"] == "application/json"
    assert api.json() == {"assistant_id": "e1f09482"}
