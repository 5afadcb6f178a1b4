"""``client.tts``: Text to speech (whole, or streamed to a file) and voice cloning.

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Required, TypedDict

from puretalk_client._generated.models import (
    CloneVoice,
    CloneVoiceGender,
    CloneVoiceLanguage,
    ClonedVoice,
    ClonedVoiceEnvelope,
    TextToSpeech,
    TextToSpeechEncoding,
    TextToSpeechOutputFormat,
)
from puretalk_client._generated.types import File
import puretalk_client._helpers.tts as _helpers_tts
from puretalk_client._answers import flagged, parse_model, answer_bytes
from puretalk_client._models import FileInput, upload
from puretalk_client._options import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    TimeoutLike,
)
from puretalk_client._request import build_request
from puretalk_client._resource import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from puretalk_client._response import check_envelope, present
from puretalk_client._validate import Check


def _parse_clone_voice(body: object, check: Check) -> ClonedVoice:
    """Parse a 2xx answer of POST /v1/tts/clone-voice."""
    parsed = parse_model(ClonedVoiceEnvelope, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return present(parsed.results, "results")


def _parse_text_to_speech(body: object, check: Check) -> bytes:
    """Parse a 2xx answer of POST /v1/tts."""
    return answer_bytes(body, check)


class TtsCloneVoiceParams(TypedDict, total=False):
    """The keyword arguments of ``tts.clone_voice``."""

    file: Required[FileInput]
    name: Required[str]
    language: CloneVoiceLanguage
    gender: Required[CloneVoiceGender]
    description: str | NotGiven


class TtsSynthesizeParams(TypedDict, total=False):
    """The keyword arguments of ``tts.synthesize``."""

    voice_id: Required[str]
    text: Required[str]
    output_format: TextToSpeechOutputFormat | NotGiven
    encoding: TextToSpeechEncoding | NotGiven
    sample_rate: int | NotGiven


class Tts(_helpers_tts.SyncHelpers):
    """Text to speech (whole, or streamed to a file) and voice cloning."""

    def clone_voice(
        self,
        *,
        file: FileInput,
        name: str,
        language: CloneVoiceLanguage = "en",
        gender: CloneVoiceGender,
        description: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ClonedVoice:
        """Clone Voice.

        Create a cloned voice from an uploaded audio sample.

        Args:
            file: A WAV, MP3 or M4A sample of the voice

        Raises:
            BadRequestError: 400: Bad request

        ``POST /v1/tts/clone-voice`` (operationId ``cloneVoice``).
        """
        with contextlib.ExitStack() as _stack:
            _body = CloneVoice(
                audio_clip=upload(_stack, file, "audio_clip", File),
                name=name,
                language=language,
                gender=gender,
                description=description,
            )
            return self._run(
                build_request(
                    "post",
                    "/v1/tts/clone-voice",
                    body=_body,
                    ways=(((), "files", "multipart/form-data"),),
                ),
                _parse_clone_voice,
                RequestOptions(timeout, extra_headers, extra_query, extra_body),
            )

    def synthesize(
        self,
        *,
        voice_id: str,
        text: str,
        output_format: TextToSpeechOutputFormat | NotGiven = NOT_GIVEN,
        encoding: TextToSpeechEncoding | NotGiven = NOT_GIVEN,
        sample_rate: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> bytes:
        """Text to Speech.

        Synthesise speech from text with a chosen voice.

        Args:
            voice_id: The voice to speak with (see GET /voices)

        Raises:
            BadRequestError: 400: Bad request

        ``POST /v1/tts`` (operationId ``textToSpeech``).
        """
        _body = TextToSpeech(
            voice_id=voice_id,
            text=text,
            output_format=output_format,
            encoding=encoding,
            sample_rate=sample_rate,
        )
        return self._run(
            build_request(
                "post", "/v1/tts", body=_body, ways=(((), "json", "application/json"),)
            ),
            _parse_text_to_speech,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
            binary=True,
        )

    @functools.cached_property
    def with_raw_response(self) -> TtsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return TtsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> TtsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return TtsWithStreamingResponse(self)


class TtsWithRawResponse:
    """``tts.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: Tts) -> None:
        self.clone_voice = to_raw_response(resource.clone_voice)
        self.synthesize = to_raw_response(resource.synthesize)
        self.synthesize_to_file = to_raw_response(resource.synthesize_to_file)


class TtsWithStreamingResponse:
    """``tts.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: Tts) -> None:
        self.clone_voice = to_streamed_response(resource.clone_voice)
        self.synthesize = to_streamed_response(resource.synthesize)


class AsyncTts(_helpers_tts.AsyncHelpers):
    """Text to speech (whole, or streamed to a file) and voice cloning."""

    async def clone_voice(
        self,
        *,
        file: FileInput,
        name: str,
        language: CloneVoiceLanguage = "en",
        gender: CloneVoiceGender,
        description: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ClonedVoice:
        """Clone Voice.

        Create a cloned voice from an uploaded audio sample.

        Args:
            file: A WAV, MP3 or M4A sample of the voice

        Raises:
            BadRequestError: 400: Bad request

        ``POST /v1/tts/clone-voice`` (operationId ``cloneVoice``).
        """
        with contextlib.ExitStack() as _stack:
            _body = CloneVoice(
                audio_clip=upload(_stack, file, "audio_clip", File),
                name=name,
                language=language,
                gender=gender,
                description=description,
            )
            return await self._run(
                build_request(
                    "post",
                    "/v1/tts/clone-voice",
                    body=_body,
                    ways=(((), "files", "multipart/form-data"),),
                ),
                _parse_clone_voice,
                RequestOptions(timeout, extra_headers, extra_query, extra_body),
            )

    async def synthesize(
        self,
        *,
        voice_id: str,
        text: str,
        output_format: TextToSpeechOutputFormat | NotGiven = NOT_GIVEN,
        encoding: TextToSpeechEncoding | NotGiven = NOT_GIVEN,
        sample_rate: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> bytes:
        """Text to Speech.

        Synthesise speech from text with a chosen voice.

        Args:
            voice_id: The voice to speak with (see GET /voices)

        Raises:
            BadRequestError: 400: Bad request

        ``POST /v1/tts`` (operationId ``textToSpeech``).
        """
        _body = TextToSpeech(
            voice_id=voice_id,
            text=text,
            output_format=output_format,
            encoding=encoding,
            sample_rate=sample_rate,
        )
        return await self._run(
            build_request(
                "post", "/v1/tts", body=_body, ways=(((), "json", "application/json"),)
            ),
            _parse_text_to_speech,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
            binary=True,
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncTtsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AsyncTtsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncTtsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AsyncTtsWithStreamingResponse(self)


class AsyncTtsWithRawResponse:
    """``tts.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: AsyncTts) -> None:
        self.clone_voice = async_to_raw_response(resource.clone_voice)
        self.synthesize = async_to_raw_response(resource.synthesize)
        self.synthesize_to_file = async_to_raw_response(resource.synthesize_to_file)


class AsyncTtsWithStreamingResponse:
    """``tts.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: AsyncTts) -> None:
        self.clone_voice = async_to_streamed_response(resource.clone_voice)
        self.synthesize = async_to_streamed_response(resource.synthesize)
