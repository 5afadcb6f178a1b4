"""Text to speech: whole audio as bytes, or streamed chunk by chunk into a file that appears only when complete."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from puretalk_client import APIConnectionError, BadRequestError
from tests.helpers.mock_api import async_client, sync_client

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


def test_synthesize_returns_bytes() -> None:
    audio = Audio()
    result = sync_client(audio.sync_handler).tts.synthesize(voice_id="v", text="hello")
    assert isinstance(result, bytes)
    assert result == AUDIO
    request = audio.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/v1/tts")
    assert json.loads(request.content) == {"voice_id": "v", "text": "hello"}


def test_synthesize_sends_the_given_options() -> None:
    audio = Audio()
    sync_client(audio.sync_handler).tts.synthesize(voice_id="v", text="hi", output_format="wav", sample_rate=16000)
    assert json.loads(audio.requests[0].content) == {
        "voice_id": "v",
        "text": "hi",
        "output_format": "wav",
        "sample_rate": 16000,
    }


@pytest.mark.asyncio
async def test_async_synthesize_returns_bytes() -> None:
    audio = Audio()
    assert await async_client(audio.async_handler).tts.synthesize(voice_id="v", text="hi") == AUDIO


def test_synthesize_to_file_writes_the_path(tmp_path: Path) -> None:
    audio = Audio()
    target = tmp_path / "speech.wav"
    written = sync_client(audio.sync_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert written == len(AUDIO)
    assert target.read_bytes() == AUDIO
    assert [path.name for path in tmp_path.iterdir()] == ["speech.wav"]  # no temporary file left behind


def test_synthesize_to_file_accepts_a_string_path(tmp_path: Path) -> None:
    audio = Audio()
    target = tmp_path / "speech.wav"
    sync_client(audio.sync_handler).tts.synthesize_to_file(str(target), voice_id="v", text="hi")
    assert target.read_bytes() == AUDIO


def test_synthesize_to_file_streams_chunk_by_chunk() -> None:
    audio = Audio()
    sink = RecordingSink(audio)
    written = sync_client(audio.sync_handler).tts.synthesize_to_file(sink, voice_id="v", text="hi")
    assert written == len(AUDIO)
    assert sink.getvalue() == AUDIO
    assert len(sink.produced_at_write) == len(AUDIO_CHUNKS)
    assert sink.produced_at_write[0] < len(AUDIO_CHUNKS)  # written before the server had sent everything


def test_synthesize_to_file_writes_a_file_object() -> None:
    audio = Audio()
    out = io.BytesIO()
    assert sync_client(audio.sync_handler).tts.synthesize_to_file(out, voice_id="v", text="hi") == len(AUDIO)
    assert out.getvalue() == AUDIO
    assert not out.closed  # the caller's file is the caller's to close


def test_synthesize_to_file_leaves_no_file_when_the_stream_breaks(tmp_path: Path) -> None:
    audio = Audio(fail_after=10)
    target = tmp_path / "speech.wav"
    with pytest.raises(APIConnectionError):
        sync_client(audio.sync_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert audio.produced == 10
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_synthesize_to_file_keeps_the_old_file_when_the_stream_breaks(tmp_path: Path) -> None:
    target = tmp_path / "speech.wav"
    target.write_bytes(b"previous audio")
    with pytest.raises(APIConnectionError):
        sync_client(Audio(fail_after=3).sync_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert target.read_bytes() == b"previous audio"
    assert [path.name for path in tmp_path.iterdir()] == ["speech.wav"]


def test_synthesize_to_file_on_an_error_status_writes_nothing(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"err": True, "msg": "unknown voice"})

    target = tmp_path / "speech.wav"
    with pytest.raises(BadRequestError, match="unknown voice"):
        sync_client(handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.asyncio
async def test_async_synthesize_to_file(tmp_path: Path) -> None:
    audio = Audio()
    target = tmp_path / "speech.wav"
    written = await async_client(audio.async_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert written == len(AUDIO)
    assert target.read_bytes() == AUDIO
    sink = RecordingSink(audio := Audio())
    await async_client(audio.async_handler).tts.synthesize_to_file(sink, voice_id="v", text="hi")
    assert sink.getvalue() == AUDIO
    assert sink.produced_at_write[0] < len(AUDIO_CHUNKS)


@pytest.mark.asyncio
async def test_async_synthesize_to_file_leaves_no_file_when_the_stream_breaks(tmp_path: Path) -> None:
    target = tmp_path / "speech.wav"
    with pytest.raises(APIConnectionError):
        await async_client(Audio(fail_after=5).async_handler).tts.synthesize_to_file(target, voice_id="v", text="hi")
    assert list(tmp_path.iterdir()) == []
