"""``client.tts``: text to speech (whole or streamed to a file) and voice cloning."""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, NotRequired, Required, TypedDict, Unpack, cast

import httpx

from puretalk_api.api.tts import clone_voice, text_to_speech
from puretalk_api.models import ClonedVoice, ClonedVoiceEnvelope, CloneVoice, TextToSpeech
from puretalk_api.types import File
from puretalk_client._models import build
from puretalk_client._resource import AsyncAPIResource, SyncAPIResource
from puretalk_client._response import Operation, connection_error, raise_for_status, results_of

Destination = str | os.PathLike[str] | IO[bytes]
FileInput = str | os.PathLike[str] | bytes | IO[bytes]


class SpeechParams(TypedDict, total=False):
    """The body of text to speech, named as in the spec."""

    voice_id: Required[str]
    text: Required[str]
    output_format: NotRequired[Literal["raw", "wav", "mp3"]]
    encoding: NotRequired[Literal["pcm_f32le", "pcm_s16le", "mulaw", "alaw", "mp3"]]
    sample_rate: NotRequired[int]


class CloneParams(TypedDict, total=False):
    """The form fields of voice cloning besides the file."""

    name: Required[str]
    gender: Required[Literal["male", "female"]]
    language: NotRequired[
        Literal["en", "fr", "de", "es", "pt", "zh", "ja", "hi", "it", "ko", "nl", "pl", "ru", "sv", "tr"]
    ]
    description: NotRequired[str]


def _read_file(file: File) -> bytes:
    data: bytes = file.payload.read()
    return data


def _speech(params: SpeechParams) -> Operation[bytes]:
    return Operation(text_to_speech, {"body": build(TextToSpeech, params)}, File, _read_file)


def _speech_request(params: SpeechParams) -> dict[str, Any]:
    kwargs: dict[str, Any] = text_to_speech._get_kwargs(body=build(TextToSpeech, params))
    return kwargs


@contextlib.contextmanager
def _upload(file: FileInput) -> Iterator[File]:
    """Open what the caller gave as a :class:`File` part (closing only what we opened)."""
    if isinstance(file, bytes):
        yield File(payload=io.BytesIO(file), file_name="audio_clip", mime_type="application/octet-stream")
    elif isinstance(file, (str, os.PathLike)):
        path = Path(file)
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with path.open("rb") as handle:
            yield File(payload=handle, file_name=path.name, mime_type=mime_type)
    else:
        name = Path(str(getattr(file, "name", "audio_clip"))).name
        yield File(
            payload=cast(BinaryIO, file),
            file_name=name,
            mime_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        )


def _clone(upload: File, params: CloneParams) -> Operation[ClonedVoice]:
    fields: dict[str, Any] = {"language": "en", **params}
    return Operation(clone_voice, {"body": CloneVoice(audio_clip=upload, **fields)}, ClonedVoiceEnvelope, results_of)


@contextlib.contextmanager
def _sink(destination: Destination) -> Iterator[BinaryIO | IO[bytes]]:
    """Yield a writable binary target; for a path, a temporary file renamed into place only on success."""
    if not isinstance(destination, (str, os.PathLike)):
        yield destination
        return
    target = Path(destination)
    handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", delete=False)  # noqa: SIM115
    try:
        with handle:
            yield handle
        Path(handle.name).replace(target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


class Tts(SyncAPIResource):
    """Text to speech: ``synthesize``, ``synthesize_to_file``, ``clone_voice``."""

    def synthesize(self, **params: Unpack[SpeechParams]) -> bytes:
        """Synthesise ``text`` with ``voice_id``; return the whole audio."""
        return self._run(_speech(params))

    def synthesize_to_file(self, destination: Destination, **params: Unpack[SpeechParams]) -> int:
        """Stream the audio into ``destination`` (a path or a binary file object); return the bytes written.

        The audio is never held in memory whole; a path is written only when the whole stream arrived.
        """
        client = self._client
        written = 0
        try:
            with client.http_client.stream(**_speech_request(params)) as response:
                if not 200 <= response.status_code < 300:
                    response.read()
                    raise_for_status(response, client.api_key)
                with _sink(destination) as out:
                    for chunk in response.iter_bytes():
                        written += out.write(chunk) or 0
        except httpx.TransportError as error:
            raise connection_error(error) from error
        return written

    def clone_voice(self, *, file: FileInput, **params: Unpack[CloneParams]) -> ClonedVoice:
        """Clone a voice from an audio sample (a path, bytes, or a binary file object)."""
        with _upload(file) as upload:
            return self._run(_clone(upload, params))


class AsyncTts(AsyncAPIResource):
    """Text to speech: ``synthesize``, ``synthesize_to_file``, ``clone_voice``."""

    async def synthesize(self, **params: Unpack[SpeechParams]) -> bytes:
        """Synthesise ``text`` with ``voice_id``; return the whole audio."""
        return await self._run(_speech(params))

    async def synthesize_to_file(self, destination: Destination, **params: Unpack[SpeechParams]) -> int:
        """Stream the audio into ``destination`` (a path or a binary file object); return the bytes written."""
        client = self._client
        written = 0
        try:
            async with client.http_client.stream(**_speech_request(params)) as response:
                if not 200 <= response.status_code < 300:
                    await response.aread()
                    raise_for_status(response, client.api_key)
                with _sink(destination) as out:
                    async for chunk in response.aiter_bytes():
                        written += out.write(chunk) or 0
        except httpx.TransportError as error:
            raise connection_error(error) from error
        return written

    async def clone_voice(self, *, file: FileInput, **params: Unpack[CloneParams]) -> ClonedVoice:
        """Clone a voice from an audio sample (a path, bytes, or a binary file object)."""
        with _upload(file) as upload:
            return await self._run(_clone(upload, params))
