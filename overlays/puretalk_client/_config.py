"""Client settings: where they come from (arguments, environment, the spec) and their defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx

from puretalk_client._auth import ApiKeyAuth, is_insecure, refuse_insecure
from puretalk_client._exceptions import PuretalkError

API_KEY_ENV = "PURETALK_API_KEY"
BASE_URL_ENV = "PURETALK_BASE_URL"
DEFAULT_BASE_URL = "https://api.puretalk.ai/api"
"""The server in openapi.yaml (a test keeps the two equal)."""
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""60 s to read, 5 s to connect: the generated client's default is no timeout at all."""

TimeoutLike = float | httpx.Timeout | None


class NotGiven:
    """The default of an argument that was not passed (None can be a meaningful value)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a client instance is configured with, once resolved."""

    auth: ApiKeyAuth = field(repr=False)
    base_url: httpx.URL
    timeout: httpx.Timeout
    max_retries: int
    headers: dict[str, str]
    allow_insecure: bool


def resolve(
    *,
    api_key: str | None,
    base_url: str | httpx.URL | None,
    timeout: TimeoutLike | NotGiven,
    max_retries: int,
    default_headers: dict[str, str] | None,
    allow_insecure: bool,
) -> Settings:
    """Resolve arguments against the environment and defaults; refuse what cannot work safely."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise PuretalkError(f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable")
    url = httpx.URL(str(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL))
    if url.scheme not in ("http", "https") or not url.host:
        raise PuretalkError(f"base_url must be an absolute http(s) URL, got {str(url)!r}")
    if not allow_insecure and is_insecure(url):
        raise refuse_insecure(url)
    if max_retries < 0:
        raise PuretalkError(f"max_retries must be 0 or more, got {max_retries}")
    resolved_timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
    return Settings(
        auth=ApiKeyAuth(key, allow_insecure=allow_insecure),
        base_url=url,
        timeout=resolved_timeout,
        max_retries=max_retries,
        headers=dict(default_headers or {}),
        allow_insecure=allow_insecure,
    )
