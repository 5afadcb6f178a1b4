"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from io import BytesIO
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.clone_voice import CloneVoice
from ...models.cloned_voice_envelope import ClonedVoiceEnvelope
from ...models.error import Error
from ...models.text_to_speech import TextToSpeech
from ...types import UNSET, File, FileTypes, Unset
from . import clone_voice as _clone_voice
from . import text_to_speech as _text_to_speech


def text_to_speech_request(
    *,
    body: TextToSpeech,
) -> dict[str, Any]:
    """Return the httpx request arguments of the text_to_speech endpoint (see its module)."""
    return _text_to_speech._get_kwargs(
        body=body,
    )


def text_to_speech_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    """Parse a response of the text_to_speech endpoint as its module does."""
    return _text_to_speech._parse_response(client=client, response=response)


def clone_voice_request(
    *,
    body: CloneVoice,
) -> dict[str, Any]:
    """Return the httpx request arguments of the clone_voice endpoint (see its module)."""
    return _clone_voice._get_kwargs(
        body=body,
    )


def clone_voice_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClonedVoiceEnvelope | Error | None:
    """Parse a response of the clone_voice endpoint as its module does."""
    return _clone_voice._parse_response(client=client, response=response)
