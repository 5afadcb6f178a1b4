"""The client against hostile and broken answers and inputs: nothing leaks, nothing hangs, every refusal is typed."""

from __future__ import annotations

import asyncio
import gzip
import logging
from collections.abc import Iterator
from typing import ClassVar

import httpx
import pytest

from puretalk_client import (
    APIResponseTooLargeError,
    APIResponseValidationError,
    AsyncPuretalk,
    Puretalk,
    PuretalkError,
    RateLimitError,
)
from puretalk_client._retries import backoff_delay, retry_after
from tests.helpers.mock_api import API_KEY, MockApi, async_client, sync_client
from tests.helpers.servers import QuietHandler, serving

SECRET = "sk-live-0123456789abcdef"


class Redirecting(QuietHandler):
    """``/api/calls/c-1`` redirects to ``target``; every request's key header is recorded."""

    target: ClassVar[str] = ""
    keys: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        self.keys.append((self.path, self.headers.get("X-API-KEY")))
        if self.path.startswith("/api/"):
            self.send(302, b"", {"Location": self.target})
            return
        self.send(
            200, b'{"msg": "ok", "err": false, "results": {"call_id": "c-1"}}', {"Content-Type": "application/json"}
        )


@pytest.fixture
def two_origins() -> Iterator[tuple[str, str]]:
    """Two servers on 127.0.0.1 (two origins: other ports); the first redirects to the second."""
    Redirecting.keys = []
    with serving(Redirecting) as first, serving(Redirecting) as second:
        Redirecting.target = f"{second}/elsewhere"
        yield first, second


def test_the_key_never_follows_a_redirect_to_another_origin(two_origins: tuple[str, str]) -> None:
    first, _ = two_origins
    with Puretalk(api_key=SECRET, base_url=f"{first}/api", max_retries=0) as client:
        response = client.http_client.get("/calls/c-1", follow_redirects=True)
    assert response.status_code == 200
    assert Redirecting.keys == [("/api/calls/c-1", SECRET), ("/elsewhere", None)]


def test_the_async_key_never_follows_a_redirect_to_another_origin(two_origins: tuple[str, str]) -> None:
    first, _ = two_origins

    async def main() -> int:
        async with AsyncPuretalk(api_key=SECRET, base_url=f"{first}/api", max_retries=0) as client:
            response = await client.http_client.get("/calls/c-1", follow_redirects=True)
            return response.status_code

    assert asyncio.run(main()) == 200
    assert Redirecting.keys == [("/api/calls/c-1", SECRET), ("/elsewhere", None)]


def test_the_key_stays_on_a_redirect_within_the_origin(two_origins: tuple[str, str]) -> None:
    first, _ = two_origins
    Redirecting.target = f"{first}/elsewhere"
    with Puretalk(api_key=SECRET, base_url=f"{first}/api", max_retries=0) as client:
        client.http_client.get("/calls/c-1", follow_redirects=True)
    assert Redirecting.keys == [("/api/calls/c-1", SECRET), ("/elsewhere", SECRET)]


def test_the_key_does_not_go_to_plain_http_after_an_https_start() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("X-API-KEY")))
        if request.url.scheme == "https":
            return httpx.Response(301, headers={"Location": "http://api.puretalk.ai/api/calls/c-1"})
        return httpx.Response(200, json={})

    client = sync_client(handler, api_key=SECRET)
    client.http_client.get("/calls/c-1", follow_redirects=True)
    assert seen == [
        ("https://api.puretalk.ai/api/calls/c-1", SECRET),
        ("http://api.puretalk.ai/api/calls/c-1", None),
    ]


def _big_json(size: int) -> bytes:
    return b'{"msg": "' + b"x" * size + b'", "err": false, "results": {"call_id": "c"}}'


def test_a_json_answer_over_the_cap_is_a_typed_error() -> None:
    api = MockApi(
        lambda request: httpx.Response(200, content=_big_json(2_000), headers={"Content-Type": "application/json"})
    )
    client = sync_client(api, max_response_bytes=1_000)
    with pytest.raises(APIResponseTooLargeError) as raised:
        client.calls.get("c-1")
    assert raised.value.limit == 1_000
    assert isinstance(raised.value, APIResponseValidationError)


def test_the_cap_counts_decoded_bytes_so_a_gzip_bomb_stops() -> None:
    bomb = gzip.compress(b" " * 5_000_000)
    assert len(bomb) < 10_000

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return httpx.Response(200, content=bomb, headers=headers)

    with pytest.raises(APIResponseTooLargeError):
        sync_client(handler, max_response_bytes=100_000).calls.get("c-1")


def test_an_answer_under_the_cap_parses_as_usual() -> None:
    api = MockApi(
        lambda request: httpx.Response(200, content=_big_json(500), headers={"Content-Type": "application/json"})
    )
    assert sync_client(api, max_response_bytes=1_000).calls.get("c-1").call_id == "c"


def test_the_async_cap() -> None:
    api = MockApi(lambda request: httpx.Response(200, content=_big_json(2_000)))

    async def main() -> None:
        async with async_client(api, max_response_bytes=1_000) as client:
            await client.calls.get("c-1")

    with pytest.raises(APIResponseTooLargeError):
        asyncio.run(main())


def test_audio_is_not_capped_like_json() -> None:
    audio = b"RIFF" + b"\x00" * 5_000
    api = MockApi(lambda request: httpx.Response(200, content=audio, headers={"Content-Type": "audio/wav"}))
    assert sync_client(api, max_response_bytes=1_000).tts.synthesize(voice_id="v", text="t") == audio


@pytest.mark.parametrize("call_id", [{"nested": "object"}, 42, None, ["c-1"]])
def test_a_documented_field_of_the_wrong_type_is_a_validation_error_when_strict(call_id: object) -> None:
    body = {"msg": "ok", "err": False, "results": {"call_id": call_id, "token": "t-1"}}
    api = MockApi(lambda request: httpx.Response(200, json=body))
    with pytest.raises(APIResponseValidationError, match="call_id"):
        sync_client(api, strict_response_validation=True).calls.register_web_call(assistant_id="a")
    assert sync_client(api).calls.register_web_call(assistant_id="a").call_id == call_id  # lenient: as sent


def test_a_nested_field_of_the_wrong_type_is_found_when_strict() -> None:
    body = {"count": 1, "next": None, "results": [{"call_id": "c-1", "call_duration_seconds": "long"}]}
    api = MockApi(lambda request: httpx.Response(200, json=body))
    with pytest.raises(APIResponseValidationError, match=r"results\[0\]\.call_duration_seconds: expected int or null"):
        list(sync_client(api, strict_response_validation=True).calls.list())


@pytest.mark.parametrize(
    "key",
    ["sk-live\r\nX-Injected: 1", "sk-live\n", "sk\x00live", "   ", "\t", "sk live", "sk-liveé"],
)
def test_a_key_that_cannot_be_a_header_is_refused_without_showing_it(key: str) -> None:
    with pytest.raises(PuretalkError) as raised:
        Puretalk(api_key=key)
    error = raised.value
    assert "API key" in str(error)
    assert key.strip() not in str(error) or not key.strip()
    assert error.__cause__ is None
    assert "Connection" not in str(error)


def test_a_password_in_the_base_url_is_refused_without_showing_it() -> None:
    with pytest.raises(PuretalkError) as raised:
        Puretalk(api_key=API_KEY, base_url="https://user:hunter2@api.puretalk.ai/api")
    assert "hunter2" not in str(raised.value)
    assert "user" in str(raised.value)


def test_debug_logs_redact_authorization_cookie_and_the_key(caplog: pytest.LogCaptureFixture) -> None:
    api = MockApi()
    client = sync_client(api, api_key=SECRET, default_headers={"Authorization": "Bearer tok-9", "Cookie": "s=cookie-7"})
    with caplog.at_level(logging.DEBUG, logger="puretalk_client"):
        client.calls.get("c-1")
    text = caplog.text
    assert "HTTP GET" in text
    for secret in (SECRET, "tok-9", "cookie-7"):
        assert secret not in text
    assert api.requests[0].headers["Authorization"] == "Bearer tok-9", "redacted in logs only"


def test_a_retry_after_date_the_calendar_cannot_hold_is_ignored() -> None:
    assert retry_after({"retry-after": "Fri, 31 Dec 100000 23:59:59 GMT"}) is None
    assert retry_after({"retry-after": "1e400"}) is None
    assert retry_after({"retry-after-ms": "nan"}) is None


def test_a_huge_retry_count_does_not_overflow() -> None:
    assert 0 < backoff_delay(10**6) <= 8.0


def test_the_caller_gets_the_typed_error_when_retry_after_is_absurd() -> None:
    api = MockApi(
        lambda request: httpx.Response(
            429, json={"msg": "slow down"}, headers={"Retry-After": "Fri, 31 Dec 100000 23:59:59 GMT"}
        )
    )
    with pytest.raises(RateLimitError, match="slow down"):
        sync_client(api, max_retries=1).calls.get("c-1")
    assert api.attempts == 2


def test_campaign_paging_stops_when_a_page_repeats_whatever_count_claims() -> None:
    page = {"msg": "ok", "err": False, "results": {"count": 1_000_000, "campaigns": [{"campaign_id": "k-1"}]}}
    api = MockApi(lambda request: httpx.Response(200, json=page))
    campaigns = list(sync_client(api).campaigns.list())
    assert len(campaigns) == 1
    assert api.attempts == 2


def test_campaign_paging_stops_when_a_page_adds_nothing() -> None:
    pages = iter(
        [
            {"msg": "ok", "err": False, "results": {"count": 50, "campaigns": [{"campaign_id": "k-1"}]}},
            {"msg": "ok", "err": False, "results": {"count": 50, "campaigns": []}},
        ]
    )
    api = MockApi(lambda request: httpx.Response(200, json=next(pages)))
    assert len(list(sync_client(api).campaigns.list())) == 1
    assert api.attempts == 2
