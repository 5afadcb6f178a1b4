"""Voice cloning: the sample goes as multipart/form-data from bytes, a path or a file object, whole on every retry."""

from __future__ import annotations

import email
import email.policy
import io
from pathlib import Path

import httpx
import pytest

from tests.helpers.mock_api import CLONED, MockApi, async_client, sync_client


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
    api = MockApi()
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
    api = MockApi()
    sync_client(api).tts.clone_voice(file=sample, name="n", gender="male", language="fr", description="calm")
    parts = form_parts(api.requests[0])
    assert parts["audio_clip"] == ("sample.wav", b"RIFF-from-disk")
    assert parts["language"][1] == b"fr"
    assert parts["gender"][1] == b"male"
    assert parts["description"][1] == b"calm"


def test_clone_voice_from_a_file_object(tmp_path: Path) -> None:
    sample = tmp_path / "clip.mp3"
    sample.write_bytes(b"ID3-mp3-bytes")
    api = MockApi()
    with sample.open("rb") as handle:
        sync_client(api).tts.clone_voice(file=handle, name="n", gender="male")
        assert not handle.closed  # the caller's file is the caller's to close
    parts = form_parts(api.requests[0])
    assert parts["audio_clip"] == ("clip.mp3", b"ID3-mp3-bytes")
    assert parts["language"][1] == b"en"


def test_clone_voice_from_a_bytesio() -> None:
    api = MockApi()
    sync_client(api).tts.clone_voice(file=io.BytesIO(b"in-memory"), name="n", gender="female")
    assert form_parts(api.requests[0])["audio_clip"][1] == b"in-memory"


def test_clone_voice_retried_on_429_sends_the_whole_file_again() -> None:
    answers = iter([httpx.Response(429, json={"err": True, "msg": "slow"}), httpx.Response(200, json=CLONED)])
    api = MockApi(lambda request: next(answers))
    sync_client(api).tts.clone_voice(file=io.BytesIO(b"sample-bytes"), name="n", gender="male")
    assert len(api.requests) == 2
    assert all(form_parts(request)["audio_clip"][1] == b"sample-bytes" for request in api.requests)


@pytest.mark.asyncio
async def test_async_clone_voice(tmp_path: Path) -> None:
    sample = tmp_path / "sample.wav"
    sample.write_bytes(b"async-sample")
    api = MockApi()
    result = await async_client(api).tts.clone_voice(file=sample, name="n", gender="female", language="de")
    assert result.voice_id == "v-9"
    parts = form_parts(api.requests[0])
    assert parts["audio_clip"] == ("sample.wav", b"async-sample")
    assert parts["language"][1] == b"de"
