"""Client settings: where they come from (arguments, environment, the spec) and their defaults."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from puretalk_client._auth import ApiKeyAuth, is_insecure, refuse_insecure
from puretalk_client._exceptions import PuretalkError
from puretalk_client._sentinel import (
    NOT_GIVEN as NOT_GIVEN,  # puretalk_client._generated.types.UNSET is the same object
)
from puretalk_client._sentinel import NotGiven as NotGiven

API_KEY_ENV = "PURETALK_API_KEY"
BASE_URL_ENV = "PURETALK_BASE_URL"
DEFAULT_BASE_URL = "https://api.puretalk.ai/api"
"""The server in openapi.yaml (a test keeps the two equal)."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""The largest JSON answer read (decoded bytes): past it, APIResponseTooLargeError; audio is not capped."""
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""60 s to read, 5 s to connect: the generated client's default is no timeout at all."""

TimeoutLike = float | httpx.Timeout | None
QueryValue = str | int | float | bool
"""A value of a default query parameter, as httpx sends it."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a client instance is configured with, once resolved."""

    auth: ApiKeyAuth = field(repr=False)
    base_url: httpx.URL
    timeout: httpx.Timeout
    max_retries: int
    headers: dict[str, str]
    allow_insecure: bool
    max_response_bytes: int
    query: dict[str, QueryValue] = field(default_factory=dict)
    strict_response_validation: bool = False


def resolve(
    *,
    api_key: str | None,
    base_url: str | httpx.URL | None,
    timeout: TimeoutLike | NotGiven,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    allow_insecure: bool,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    default_query: Mapping[str, QueryValue] | None = None,
    strict_response_validation: bool = False,
) -> Settings:
    """Resolve arguments against the environment and defaults; refuse what cannot work safely."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise PuretalkError(f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable")
    _check_key(key)
    url = checked_base_url(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL, allow_insecure=allow_insecure)
    if max_retries < 0:
        raise PuretalkError(f"max_retries must be 0 or more, got {max_retries}")
    if not isinstance(strict_response_validation, bool):
        raise PuretalkError(f"strict_response_validation must be True or False, got {strict_response_validation!r}")
    if max_response_bytes < 1:
        raise PuretalkError(f"max_response_bytes must be 1 or more, got {max_response_bytes}")
    resolved_timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
    return Settings(
        auth=ApiKeyAuth(key, allow_insecure=allow_insecure),
        base_url=url,
        timeout=resolved_timeout,
        max_retries=max_retries,
        headers=_mapping("default_headers", default_headers, (str,)),
        allow_insecure=allow_insecure,
        max_response_bytes=max_response_bytes,
        query=_mapping("default_query", default_query, (str, int, float, bool)),
        strict_response_validation=strict_response_validation,
    )


def with_base_url(settings: Settings, base_url: str | httpx.URL) -> Settings:
    """Return ``settings`` pointing at ``base_url``, checked as the constructor checks it."""
    return dataclasses.replace(settings, base_url=checked_base_url(base_url, allow_insecure=settings.allow_insecure))


def checked_base_url(value: str | httpx.URL, *, allow_insecure: bool) -> httpx.URL:
    """Parse and check a base URL; refuse plain http to another host unless ``allow_insecure``."""
    url = _base_url(value)
    if not allow_insecure and is_insecure(url):
        raise refuse_insecure(url)
    return url


def _mapping(name: str, given: Mapping[str, object] | None, kinds: tuple[type, ...]) -> dict[str, Any]:
    """Copy ``default_headers`` or ``default_query`` into a dict, refusing what cannot be sent (values not shown)."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise PuretalkError(f"{name} must be a mapping of names to values, not {type(given).__name__}")
    wanted = " or ".join(kind.__name__ for kind in kinds)
    for key, value in given.items():
        if not isinstance(key, str) or not isinstance(value, kinds):
            raise PuretalkError(f"{name}: {key!r} must be a str name with a {wanted} value, got {type(value).__name__}")
    return dict(given)


def _check_key(key: str) -> None:
    """Refuse a key that cannot be a header value; the message never contains the key."""
    if not key.strip():
        raise PuretalkError("the API key is empty or only whitespace: check api_key or " + API_KEY_ENV)
    if any(not 32 < ord(character) < 127 for character in key):
        raise PuretalkError(
            "the API key contains whitespace, control characters (such as CR or LF) or non-ASCII "
            f"characters, so it cannot be sent as a header: check api_key or {API_KEY_ENV}"
        )


def _base_url(value: str | httpx.URL) -> httpx.URL:
    """Parse the base URL; refuse one that is not absolute http(s) or that carries credentials."""
    try:
        url = httpx.URL(str(value))
    except httpx.InvalidURL:
        raise PuretalkError("base_url is not a valid URL") from None
    if url.userinfo:
        raise PuretalkError(
            "base_url must not carry a user name or password (user:password@host): "
            "the API key goes in api_key, and credentials in a URL end up in logs"
        )
    if url.scheme not in ("http", "https") or not url.host:
        raise PuretalkError(f"base_url must be an absolute http(s) URL, got {str(url)!r}")
    return url
