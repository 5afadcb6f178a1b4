"""Uploads cannot corrupt: httpx picks the boundary per request; the file inputs httpx and openai take all work."""

from __future__ import annotations

import email
import email.policy
import io
import mimetypes
import re
from pathlib import Path
from typing import Any

import pytest

from puretalk_client import AsyncPuretalk, Puretalk
from tests.helpers.faulty_server import FaultyServer, faulty_server, reply
from tests.helpers.mock_api import API_KEY, CLONED

PATH = "/api/v1/tts/clone-voice"
WAV = mimetypes.guess_type("x.wav")[0]
MP3 = mimetypes.guess_type("x.mp3")[0]
# What the generator's fixed boundary ("+++") could not carry: its own delimiter inside the file.
TRICKY = b'RIFF\x00\x01\r\n--+++\r\nContent-Disposition: form-data; name="x"\r\n\r\n--+++--\r\nWAVE\xff'


def _parts(seen: dict[str, Any]) -> dict[str, tuple[str | None, str, bytes]]:
    """Decode what the server received: field name → (file name, content type, bytes)."""
    content_type = seen["headers"]["Content-Type"]
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.message_from_bytes(head + seen["body"], policy=email.policy.HTTP)
    assert message.is_multipart()
    parts: dict[str, tuple[str | None, str, bytes]] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        parts[name] = (part.get_filename(), part.get_content_type(), part.get_payload(decode=True))
    return parts


def _boundary(seen: dict[str, Any]) -> str:
    match = re.search(r"boundary=([^;\s]+)", seen["headers"]["Content-Type"])
    assert match, seen["headers"]["Content-Type"]
    return match.group(1)


def _client(server: FaultyServer) -> Puretalk:
    return Puretalk(api_key=API_KEY, base_url=server.url, max_retries=0)


def test_a_file_holding_the_old_boundary_arrives_whole(tmp_path: Path) -> None:
    sample = tmp_path / "sample.wav"
    sample.write_bytes(TRICKY)
    with faulty_server() as server, _client(server) as client:
        server.plan(PATH, reply(200, CLONED), reply(200, CLONED))
        assert client.tts.clone_voice(file=sample, name="n", gender="female").voice_id == "v-9"
        client.tts.clone_voice(file=sample, name="n", gender="female")
    first, second = server.seen
    assert _parts(first)["audio_clip"] == ("sample.wav", WAV, TRICKY)
    assert _parts(first)["name"][2] == b"n"
    assert _boundary(first) != "+++"
    assert _boundary(first) != _boundary(second)  # chosen per request
    assert _boundary(first).encode() not in TRICKY


@pytest.mark.asyncio
async def test_async_a_file_holding_the_old_boundary_arrives_whole() -> None:
    with faulty_server() as server:
        server.plan(PATH, reply(200, CLONED))
        async with AsyncPuretalk(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
            await client.tts.clone_voice(file=("clip.wav", TRICKY, "audio/wav"), name="n", gender="male")
    assert _parts(server.seen[0])["audio_clip"] == ("clip.wav", "audio/wav", TRICKY)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(lambda path: TRICKY, ("audio_clip", "application/octet-stream"), id="bytes"),
        pytest.param(lambda path: path, ("sample.mp3", MP3), id="path"),
        pytest.param(lambda path: str(path), ("sample.mp3", MP3), id="str-path"),
        pytest.param(lambda path: io.BytesIO(TRICKY), ("audio_clip", "application/octet-stream"), id="bytesio"),
        pytest.param(lambda path: ("voice.wav", TRICKY), ("voice.wav", WAV), id="name-bytes"),
        pytest.param(lambda path: ("voice.bin", TRICKY, "audio/ogg"), ("voice.bin", "audio/ogg"), id="name-bytes-mime"),
        pytest.param(
            lambda path: ("v.wav", io.BytesIO(TRICKY), "audio/flac"), ("v.wav", "audio/flac"), id="name-fileobj-mime"
        ),
        pytest.param(lambda path: (None, TRICKY, "audio/wav"), (None, "audio/wav"), id="no-name"),
    ],
)
def test_every_file_input_arrives_exactly(tmp_path: Path, make: Any, expected: tuple[str | None, str | None]) -> None:
    sample = tmp_path / "sample.mp3"
    sample.write_bytes(TRICKY)
    with faulty_server() as server, _client(server) as client:
        server.plan(PATH, reply(200, CLONED))
        client.tts.clone_voice(file=make(sample), name="n", gender="female")
    name, content_type, content = _parts(server.seen[0])["audio_clip"]
    assert content == TRICKY
    assert (name, content_type) == expected


def test_an_open_file_is_left_open_for_the_caller(tmp_path: Path) -> None:
    sample = tmp_path / "take.wav"
    sample.write_bytes(TRICKY)
    with faulty_server() as server, _client(server) as client, sample.open("rb") as handle:
        server.plan(PATH, reply(200, CLONED))
        client.tts.clone_voice(file=handle, name="n", gender="female")
        assert not handle.closed
    assert _parts(server.seen[0])["audio_clip"] == ("take.wav", WAV, TRICKY)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(("a.wav",), id="one-item-tuple"),
        pytest.param(("a.wav", b"x", "audio/wav", {}, "extra"), id="five-item-tuple"),
        pytest.param(("a.wav", 42), id="content-not-bytes"),
        pytest.param((b"a.wav", b"x"), id="name-not-str"),
        pytest.param(("a.wav", b"x", 5), id="mime-not-str"),
        pytest.param(12, id="a-number"),
    ],
)
def test_a_file_input_of_no_known_kind_is_a_type_error_before_sending(bad: Any) -> None:
    with faulty_server() as server, _client(server) as client, pytest.raises(TypeError, match="file"):
        client.tts.clone_voice(file=bad, name="n", gender="female")
    assert server.seen == []
