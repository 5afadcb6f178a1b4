"""``client.voices``: Voices: fetch one.

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from __future__ import annotations

import functools

from puretalk_client._generated.models import Voice, VoiceEnvelope
from puretalk_client._answers import flagged, parse_model
from puretalk_client._options import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    TimeoutLike,
)
from puretalk_client._request import build_request, path_segment
from puretalk_client._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from puretalk_client._response import check_envelope, present
from puretalk_client._validate import Check


def _parse_get_voice(body: object, check: Check) -> Voice:
    """Parse a 2xx answer of GET /voices/{id}."""
    parsed = parse_model(VoiceEnvelope, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return present(parsed.results, "results")


class Voices(SyncAPIResource):
    """Voices: fetch one."""

    def get(
        self,
        id: int,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Voice:
        """Get Voice.

        Fetch one text-to-speech voice.

        Args:
            id: ID of voice to return

        Raises:
            NotFoundError: 404: Not Found

        ``GET /voices/{id}`` (operationId ``getVoice``).
        """
        return self._run(
            build_request("get", "/voices/" + path_segment(id, "id")),
            _parse_get_voice,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> VoicesWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return VoicesWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> VoicesWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return VoicesWithStreamingResponse(self)


class VoicesWithRawResponse:
    """``voices.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: Voices) -> None:
        self.get = to_raw_response(resource.get)


class VoicesWithStreamingResponse:
    """``voices.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: Voices) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncVoices(AsyncAPIResource):
    """Voices: fetch one."""

    async def get(
        self,
        id: int,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Voice:
        """Get Voice.

        Fetch one text-to-speech voice.

        Args:
            id: ID of voice to return

        Raises:
            NotFoundError: 404: Not Found

        ``GET /voices/{id}`` (operationId ``getVoice``).
        """
        return await self._run(
            build_request("get", "/voices/" + path_segment(id, "id")),
            _parse_get_voice,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AsyncVoicesWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncVoicesWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AsyncVoicesWithStreamingResponse(self)


class AsyncVoicesWithRawResponse:
    """``voices.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: AsyncVoices) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncVoicesWithStreamingResponse:
    """``voices.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: AsyncVoices) -> None:
        self.get = async_to_streamed_response(resource.get)
