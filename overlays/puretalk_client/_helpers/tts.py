"""Helpers of ``client.tts``: text to speech streamed into a file, never held in memory whole."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO

from puretalk_client._options import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutLike
from puretalk_client._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from puretalk_client._generated.models import TextToSpeechEncoding, TextToSpeechOutputFormat
    from puretalk_client._generated.resources.tts import AsyncTtsWithStreamingResponse, TtsWithStreamingResponse

Destination = str | os.PathLike[str] | IO[bytes]
"""Where audio goes: a path (written only when the whole stream arrived) or a binary file object."""


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


class SyncHelpers(SyncAPIResource):
    """What ``client.tts`` adds to the spec's operations."""

    if TYPE_CHECKING:

        @property
        def with_streaming_response(self) -> TtsWithStreamingResponse:
            """The generated class's streaming variants (declared here for the type checker)."""

    def synthesize_to_file(
        self,
        destination: Destination,
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
    ) -> int:
        """Stream the audio of ``synthesize`` into ``destination`` (a path or a binary file object).

        Return the bytes written. The audio is never held in memory whole; a path is written only when
        the whole stream arrived.

        Args:
            destination: A path (written through a temporary file, renamed into place at the end) or a
                binary file object.
            voice_id: The voice to speak with (see ``client.voices``).
            text: The text to speak.
            output_format: The audio format (as ``synthesize``).
            encoding: The audio encoding (as ``synthesize``).
            sample_rate: The sample rate in Hz (as ``synthesize``).
            timeout: For this call only: seconds or an ``httpx.Timeout`` (a long text takes long).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
            extra_body: Body fields added to this call (fields the spec does not have yet).
        """
        written = 0
        with (
            self.with_streaming_response.synthesize(
                voice_id=voice_id,
                text=text,
                output_format=output_format,
                encoding=encoding,
                sample_rate=sample_rate,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ) as response,
            _sink(destination) as out,
        ):
            for chunk in response.iter_bytes():
                written += out.write(chunk) or 0
        return self._answer(response.http_response, written)


class AsyncHelpers(AsyncAPIResource):
    """What ``client.tts`` adds to the spec's operations (async)."""

    if TYPE_CHECKING:

        @property
        def with_streaming_response(self) -> AsyncTtsWithStreamingResponse:
            """The generated class's streaming variants (declared here for the type checker)."""

    async def synthesize_to_file(
        self,
        destination: Destination,
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
    ) -> int:
        """Stream the audio of ``synthesize`` into ``destination`` (a path or a binary file object); return its size.

        The arguments are those of the sync client's ``synthesize_to_file``.
        """
        written = 0
        async with self.with_streaming_response.synthesize(
            voice_id=voice_id,
            text=text,
            output_format=output_format,
            encoding=encoding,
            sample_rate=sample_rate,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ) as response:
            with _sink(destination) as out:
                async for chunk in response.aiter_bytes():
                    written += out.write(chunk) or 0
        return self._answer(response.http_response, written)
