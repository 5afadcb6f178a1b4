"""Client configuration: API key, base URL, timeouts, closing, injected HTTP clients, plain-http refusal."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import yaml

from puretalk_client import APIStatusError, AsyncPuretalk, InsecureTransportError, Puretalk, PuretalkError
from tests.helpers.mock_api import API_KEY, REGISTERED, MockApi, answer
from tests.helpers.paths import ROOT

CALL = {"msg": "Success", "err": False, "results": {"call_id": "c-1", "assistant_id": "a-1"}}


def answering(body: Any = CALL) -> MockApi:
    """A fake API answering 200 with ``body`` to every request, recording them."""
    return MockApi(answer(200, body))


# --- API key -------------------------------------------------------------------------------


def test_api_key_from_argument_is_sent() -> None:
    recorder = answering()
    client = Puretalk(api_key=API_KEY, http_client=recorder.http_client())
    client.calls.get("c-1")
    assert client.api_key == API_KEY
    assert recorder.requests[0].headers["X-API-KEY"] == API_KEY


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURETALK_API_KEY", "env-key")
    recorder = answering()
    client = Puretalk(http_client=recorder.http_client())
    client.calls.get("c-1")
    assert client.api_key == "env-key"
    assert recorder.requests[0].headers["X-API-KEY"] == "env-key"


def test_api_key_argument_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURETALK_API_KEY", "env-key")
    client = Puretalk(api_key="arg-key", http_client=answering().http_client())
    assert client.api_key == "arg-key"


@pytest.mark.parametrize("client_class", [Puretalk, AsyncPuretalk])
def test_no_api_key_anywhere_names_the_variable(client_class: type[Puretalk] | type[AsyncPuretalk]) -> None:
    with pytest.raises(PuretalkError, match="PURETALK_API_KEY"):
        client_class()


def test_empty_api_key_in_environment_is_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURETALK_API_KEY", "")
    with pytest.raises(PuretalkError, match="PURETALK_API_KEY"):
        Puretalk()


# --- base URL ------------------------------------------------------------------------------


def test_default_base_url_is_the_spec_server() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    client = Puretalk(api_key=API_KEY)
    assert str(client.base_url) == spec["servers"][0]["url"] == "https://api.puretalk.ai/api"
    client.close()


def test_default_base_url_is_where_requests_go() -> None:
    recorder = answering()
    Puretalk(api_key=API_KEY, http_client=recorder.http_client()).calls.get("c-1")
    assert str(recorder.requests[0].url) == "https://api.puretalk.ai/api/calls/c-1"


def test_base_url_from_argument() -> None:
    recorder = answering()
    client = Puretalk(api_key=API_KEY, base_url="https://eu.example.com/v2", http_client=recorder.http_client())
    client.calls.get("c-1")
    assert str(client.base_url).rstrip("/") == "https://eu.example.com/v2"
    assert str(recorder.requests[0].url) == "https://eu.example.com/v2/calls/c-1"


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURETALK_BASE_URL", "https://env.example.com/api")
    recorder = answering()
    Puretalk(api_key=API_KEY, http_client=recorder.http_client()).calls.get("c-1")
    assert str(recorder.requests[0].url) == "https://env.example.com/api/calls/c-1"


def test_base_url_argument_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURETALK_BASE_URL", "https://env.example.com/api")
    recorder = answering()
    Puretalk(api_key=API_KEY, base_url="https://arg.example.com/api", http_client=recorder.http_client()).calls.get("c")
    assert recorder.requests[0].url.host == "arg.example.com"


@pytest.mark.parametrize("bad", ["ftp://example.com/api", "not a url", "/api"])
def test_base_url_must_be_absolute_http(bad: str) -> None:
    with pytest.raises(PuretalkError, match="base_url"):
        Puretalk(api_key=API_KEY, base_url=bad)


# --- timeouts ------------------------------------------------------------------------------


def test_default_timeout_is_60s_read_5s_connect() -> None:
    recorder = answering()
    client = Puretalk(api_key=API_KEY, http_client=recorder.http_client())
    assert client.timeout.read == 60.0
    assert client.timeout.connect == 5.0
    assert client.http_client.timeout == client.timeout
    client.calls.get("c-1")
    carried = recorder.requests[0].extensions["timeout"]
    assert carried["read"] == 60.0
    assert carried["connect"] == 5.0


@pytest.mark.asyncio
async def test_default_timeout_is_carried_by_async_requests() -> None:
    recorder = answering()
    client = AsyncPuretalk(api_key=API_KEY, http_client=recorder.async_http_client())
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    await client.calls.get("c-1")
    carried = recorder.requests[0].extensions["timeout"]
    assert (carried["read"], carried["connect"]) == (60.0, 5.0)


def test_timeout_override_with_a_number() -> None:
    recorder = answering()
    client = Puretalk(api_key=API_KEY, timeout=7.5, http_client=recorder.http_client())
    assert client.timeout == httpx.Timeout(7.5)
    client.calls.get("c-1")
    assert recorder.requests[0].extensions["timeout"] == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}


def test_timeout_override_with_a_timeout_object() -> None:
    recorder = answering()
    timeout = httpx.Timeout(20.0, connect=1.0)
    Puretalk(api_key=API_KEY, timeout=timeout, http_client=recorder.http_client()).calls.get("c-1")
    carried = recorder.requests[0].extensions["timeout"]
    assert (carried["read"], carried["connect"]) == (20.0, 1.0)


def test_timeout_none_means_no_timeout() -> None:
    recorder = answering()
    Puretalk(api_key=API_KEY, timeout=None, http_client=recorder.http_client()).calls.get("c-1")
    assert recorder.requests[0].extensions["timeout"] == {"connect": None, "read": None, "write": None, "pool": None}


# --- closing -------------------------------------------------------------------------------


def test_sync_context_manager_closes_the_http_client() -> None:
    with Puretalk(api_key=API_KEY, http_client=answering().http_client()) as client:
        assert client.calls.get("c-1").call_id == "c-1"
        assert not client.http_client.is_closed
    assert client.http_client.is_closed


def test_close_closes_the_http_client() -> None:
    client = Puretalk(api_key=API_KEY, http_client=answering().http_client())
    client.close()
    assert client.http_client.is_closed
    with pytest.raises(RuntimeError):
        client.http_client.get("/calls/c-1")


def test_sync_context_manager_returns_the_client() -> None:
    client = Puretalk(api_key=API_KEY, http_client=answering().http_client())
    with client as entered:
        assert entered is client


@pytest.mark.asyncio
async def test_async_context_manager_closes_the_http_client() -> None:
    async with AsyncPuretalk(api_key=API_KEY, http_client=answering().async_http_client()) as client:
        assert (await client.calls.get("c-1")).call_id == "c-1"
        assert not client.http_client.is_closed
    assert client.http_client.is_closed


@pytest.mark.asyncio
async def test_async_close() -> None:
    client = AsyncPuretalk(api_key=API_KEY, http_client=answering().async_http_client())
    await client.close()
    assert client.http_client.is_closed


# --- injected http_client ------------------------------------------------------------------


def test_injected_http_client_sends_the_key_on_every_request() -> None:
    recorder = answering()
    http = recorder.http_client()
    client = Puretalk(api_key=API_KEY, http_client=http)
    client.calls.get("c-1")
    client.voices.get(1)
    client.http_client.get("/calls/c-2")  # even a request made straight on the HTTP client
    assert len(recorder.requests) == 3
    assert all(request.headers["X-API-KEY"] == API_KEY for request in recorder.requests)


def test_a_generated_request_sends_the_key_to_the_spec_path() -> None:
    recorder = answering(REGISTERED)
    client = Puretalk(api_key=API_KEY, http_client=recorder.http_client())
    raw = client.calls.with_raw_response.register_web_call(assistant_id="a")
    assert raw.status_code == 200
    request = recorder.requests[0]
    assert request.headers["X-API-KEY"] == API_KEY
    assert str(request.url) == "https://api.puretalk.ai/api/calls/web/register"


def test_a_generated_request_uses_the_retries() -> None:
    answers = iter(
        [httpx.Response(429, json={"err": True, "msg": "slow"})] * 2 + [httpx.Response(200, json=REGISTERED)]
    )
    recorder = MockApi(lambda request: next(answers))
    client = Puretalk(api_key=API_KEY, http_client=recorder.http_client(), sleep=recorder.sleep)
    delays = recorder.delays
    assert client.calls.register_web_call(assistant_id="a").call_id
    assert len(recorder.requests) == 3
    assert len(delays) == 2
    assert all(request.headers["X-API-KEY"] == API_KEY for request in recorder.requests)


@pytest.mark.asyncio
async def test_async_generated_request_sends_the_key_and_retries() -> None:
    answers = iter([httpx.Response(429, json={"err": True, "msg": "slow"}), httpx.Response(200, json=REGISTERED)])
    recorder = MockApi(lambda request: next(answers))
    client = AsyncPuretalk(api_key=API_KEY, http_client=recorder.async_http_client(), sleep=recorder.async_sleep)
    delays = recorder.delays
    assert (await client.calls.register_web_call(assistant_id="a")).call_id
    assert len(recorder.requests) == 2
    assert len(delays) == 1
    assert all(request.headers["X-API-KEY"] == API_KEY for request in recorder.requests)


def test_two_clients_sharing_one_injected_http_client_each_send_their_own_key() -> None:
    recorder = answering()
    shared = recorder.http_client()
    first = Puretalk(api_key="key-of-tenant-a", http_client=shared)
    second = Puretalk(api_key="key-of-tenant-b", http_client=shared, max_retries=0)
    first.calls.get("c-1")
    assert recorder.requests[-1].headers["X-API-KEY"] == "key-of-tenant-a"
    second.calls.get("c-2")
    assert recorder.requests[-1].headers["X-API-KEY"] == "key-of-tenant-b"
    assert (first.max_retries, second.max_retries) == (2, 0)
    assert shared.auth is None, "the caller's client is not modified"


def test_injected_http_client_settings_are_replaced() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/calls/moved":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example.com/steal"})
        return httpx.Response(200, json=CALL)

    recorder = MockApi(reply)
    http = httpx.Client(
        transport=httpx.MockTransport(recorder), base_url="https://other.example.com", follow_redirects=True
    )
    client = Puretalk(api_key=API_KEY, http_client=http)
    client.calls.get("c-1")
    assert recorder.requests[0].url.host == "api.puretalk.ai"
    assert recorder.requests[0].extensions["timeout"]["read"] == 60.0
    with pytest.raises(APIStatusError) as raised:  # redirects are never followed: the key stays home
        client.calls.get("moved")
    assert raised.value.status_code == 302
    assert [request.url.host for request in recorder.requests] == ["api.puretalk.ai", "api.puretalk.ai"]


def test_user_agent_and_default_headers_are_sent() -> None:
    recorder = answering()
    Puretalk(api_key=API_KEY, default_headers={"X-Team": "voice"}, http_client=recorder.http_client()).calls.get("c")
    headers = recorder.requests[0].headers
    assert headers["X-Team"] == "voice"
    assert headers["User-Agent"].startswith("puretalk-client/")


# --- plain http ----------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", [Puretalk, AsyncPuretalk])
def test_plain_http_to_another_host_is_refused_before_any_request(
    client_class: type[Puretalk] | type[AsyncPuretalk],
) -> None:
    recorder = answering()
    http = recorder.http_client() if client_class is Puretalk else recorder.async_http_client()
    with pytest.raises(InsecureTransportError, match=r"example\.com") as raised:
        client_class(api_key=API_KEY, base_url="http://example.com/api", http_client=http)  # type: ignore[arg-type]
    assert isinstance(raised.value, PuretalkError)
    assert API_KEY not in str(raised.value)
    assert recorder.requests == []


def test_plain_http_from_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURETALK_BASE_URL", "http://api.example.com/api")
    with pytest.raises(InsecureTransportError, match=r"api\.example\.com"):
        Puretalk(api_key=API_KEY)


def test_absolute_plain_http_url_on_the_http_client_is_refused_without_a_request() -> None:
    recorder = answering()
    client = Puretalk(api_key=API_KEY, http_client=recorder.http_client())
    with pytest.raises(InsecureTransportError, match=r"evil\.example\.com"):
        client.http_client.get("http://evil.example.com/steal")
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("base_url", "host"),
    [
        ("http://127.0.0.1:8080/api", "127.0.0.1"),
        ("http://localhost:8080/api", "localhost"),
        ("http://[::1]:8080/api", "::1"),
    ],
)
def test_plain_http_to_this_machine_is_allowed(base_url: str, host: str) -> None:
    recorder = answering()
    Puretalk(api_key=API_KEY, base_url=base_url, http_client=recorder.http_client()).calls.get("c-1")
    request = recorder.requests[0]
    assert request.url.scheme == "http"
    assert request.url.host == host
    assert request.headers["X-API-KEY"] == API_KEY


@pytest.mark.asyncio
async def test_allow_insecure_allows_plain_http_to_another_host() -> None:
    recorder = answering()
    client = AsyncPuretalk(
        api_key=API_KEY,
        base_url="http://example.com/api",
        allow_insecure=True,
        http_client=recorder.async_http_client(),
    )
    await client.calls.get("c-1")
    assert str(recorder.requests[0].url) == "http://example.com/api/calls/c-1"
    assert recorder.requests[0].headers["X-API-KEY"] == API_KEY


def test_allow_insecure_allows_plain_http_sync() -> None:
    recorder = answering()
    client = Puretalk(
        api_key=API_KEY, base_url="http://example.com/api", allow_insecure=True, http_client=recorder.http_client()
    )
    client.calls.get("c-1")
    assert recorder.requests[0].url.scheme == "http"
    assert recorder.requests[0].url.host == "example.com"


def test_max_retries_must_not_be_negative() -> None:
    with pytest.raises(PuretalkError, match="max_retries"):
        Puretalk(api_key=API_KEY, max_retries=-1)
