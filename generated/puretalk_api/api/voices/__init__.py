"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.voice_envelope import VoiceEnvelope
from ...types import UNSET, Unset
from . import get_voice as _get_voice


def get_voice_request(
    id: int,
) -> dict[str, Any]:
    """Return the httpx request arguments of the get_voice endpoint (see its module)."""
    return _get_voice._get_kwargs(
        id=id,
    )


def get_voice_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VoiceEnvelope | None:
    """Parse a response of the get_voice endpoint as its module does."""
    return _get_voice._parse_response(client=client, response=response)
