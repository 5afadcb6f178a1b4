"""The behaviours of Stainless clients' own test suite (openai-python's tests/test_client.py) that we keep.

Default query parameters, replacing (not merging) inherited defaults, setting ``base_url``,
the server's ``x-should-retry`` hint, the retry-count header, ``Retry-After: 0`` and a date
that is now as "retry now", and idempotency keys only where the spec declares the header.
"""

from __future__ import annotations

import email.utils
import time
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from puretalk_client import (
    AsyncPuretalk,
    InsecureTransportError,
    InternalServerError,
    Puretalk,
    PuretalkError,
    RateLimitError,
)
from puretalk_client._retries import RETRY_COUNT_HEADER, retry_after
from tests.helpers.mock_api import API_KEY, CALL, REGISTERED, MockApi, async_client, sync_client
from tests.helpers.paths import ROOT
from tests.helpers.spec import operations, resolve_refs


class Scripted(MockApi):
    """Answers each try with the next of ``answers`` (the last one repeats), recording requests and waits.

    ``counts`` holds each try's retry-count header as it arrived (the tries of one call are one
    ``httpx.Request``, so the recorded requests all show the last try's headers).
    """

    def __init__(self, *answers: httpx.Response) -> None:
        super().__init__()
        self.answers = list(answers)
        self.counts: list[str | None] = []

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.counts.append(request.headers.get(RETRY_COUNT_HEADER))
        return self.answers[min(len(self.requests), len(self.answers)) - 1]


def anywhere() -> MockApi:
    """A fake API answering the call ``c-1`` at any URL."""
    return MockApi(lambda request: ok())


def fail(status: int, **headers: str) -> httpx.Response:
    """An error answer with the envelope's ``err: true`` and the given headers."""
    return httpx.Response(status, json={"err": True, "msg": f"status {status}"}, headers=headers)


def ok(body: Any = CALL) -> httpx.Response:
    """A 200 answer with ``body``."""
    return httpx.Response(200, json=body)


# --- default_query ---------------------------------------------------------------------------


def test_default_query_is_sent_on_every_request_beside_the_methods_own() -> None:
    api = MockApi(lambda request: ok({"count": 0, "next": None, "previous": None, "results": []}))
    client = sync_client(api, default_query={"team": "voice", "debug": True})
    assert client.default_query == {"team": "voice", "debug": True}
    list(client.calls.list(status="completed"))
    client.calls.list(extra_query={"team": "sales"}).first_page()
    first, second = (request.url.params for request in api.requests)
    assert (first["team"], first["debug"], first["status"]) == ("voice", "true", "completed")
    assert second["team"] == "sales", "a call's extra_query wins over the default"


def test_default_query_is_kept_by_with_options_and_added_to() -> None:
    api = MockApi()
    client = sync_client(api, default_query={"team": "voice"})
    client.with_options(max_retries=0).calls.get("c-1")
    client.with_options(default_query={"region": "eu"}).calls.get("c-1")
    kept, added = (dict(request.url.params) for request in api.requests)
    assert kept == {"team": "voice"}
    assert added == {"team": "voice", "region": "eu"}


def test_set_default_query_replaces_the_inherited_one() -> None:
    api = MockApi()
    client = sync_client(api, default_query={"team": "voice"})
    copy = client.with_options(set_default_query={"region": "eu"})
    copy.calls.get("c-1")
    client.calls.get("c-1")
    assert copy.default_query == {"region": "eu"}
    assert [dict(request.url.params) for request in api.requests] == [{"region": "eu"}, {"team": "voice"}]
    client.with_options(set_default_query={}).calls.get("c-1")
    assert api.requests[-1].url.query == b""


@pytest.mark.asyncio
async def test_async_default_query_and_set_default_query() -> None:
    api = MockApi()
    client = async_client(api, default_query={"team": "voice"})
    await client.calls.get("c-1")
    await client.with_options(set_default_query={"region": "eu"}).calls.get("c-1")
    assert [dict(request.url.params) for request in api.requests] == [{"team": "voice"}, {"region": "eu"}]


# --- default_headers: any Mapping; set_default_headers replaces -------------------------------


def test_default_headers_and_query_accept_any_mapping() -> None:
    api = MockApi()
    headers = types.MappingProxyType({"X-Team": "voice"})
    query = types.MappingProxyType({"page_size": 5})
    sync_client(api, default_headers=headers, default_query=query).calls.get("c-1")
    assert api.requests[0].headers["X-Team"] == "voice"
    assert api.requests[0].url.params["page_size"] == "5"


def test_set_default_headers_replaces_the_inherited_ones() -> None:
    api = MockApi()
    client = sync_client(api, default_headers={"X-Team": "voice", "X-Env": "prod"})
    client.with_options(set_default_headers={"X-Only": "1"}).calls.get("c-1")
    client.with_options(default_headers={"X-More": "2"}).calls.get("c-1")
    replaced, merged = (request.headers for request in api.requests)
    assert replaced["X-Only"] == "1"
    assert "X-Team" not in replaced and "X-Env" not in replaced
    assert replaced["X-API-KEY"] == API_KEY and replaced["User-Agent"].startswith("puretalk-client/")
    assert (merged["X-Team"], merged["X-Env"], merged["X-More"]) == ("voice", "prod", "2")
    assert client.default_headers == {"X-Team": "voice", "X-Env": "prod"}


@pytest.mark.parametrize("name", ["headers", "query"])
def test_adding_and_replacing_defaults_at_once_is_refused(name: str) -> None:
    client = sync_client(MockApi())
    with pytest.raises(ValueError, match=f"default_{name}.*set_default_{name}"):
        client.with_options(**{f"default_{name}": {"a": "1"}, f"set_default_{name}": {"b": "2"}})


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("default_query", {"page": object()}, "default_query: 'page' must be a str name"),
        ("default_query", [("page", 1)], "default_query must be a mapping"),
        ("default_headers", {"X-Team": 7}, "default_headers: 'X-Team' must be a str name with a str value, got int"),
    ],
)
def test_defaults_that_cannot_be_sent_are_refused_in_one_line(option: str, value: Any, message: str) -> None:
    with pytest.raises(PuretalkError, match=message) as raised:
        Puretalk(api_key=API_KEY, **{option: value})
    assert "\n" not in str(raised.value)


# --- client.base_url = ... -----------------------------------------------------------------


@pytest.mark.parametrize("new", ["https://eu.example.com/v2", "https://eu.example.com/v2/"])
def test_setting_base_url_sends_there_with_the_key(new: str) -> None:
    api = anywhere()
    client = sync_client(api)
    copy = client.with_options(max_retries=0)
    client.base_url = new
    assert str(client.base_url).rstrip("/") == "https://eu.example.com/v2"
    client.calls.get("c-1")
    copy.calls.get("c-1")
    moved, stayed = api.requests
    assert str(moved.url) == "https://eu.example.com/v2/calls/c-1"
    assert moved.headers["X-API-KEY"] == API_KEY, "the key follows the base URL to its new origin"
    assert stayed.url.host == "api.puretalk.ai", "a copy made before keeps its own base URL"


def test_the_key_does_not_follow_to_the_old_origin_after_base_url_moved() -> None:
    api = anywhere()
    client = sync_client(api)
    client.base_url = "https://eu.example.com/v2"
    client.http_client.get("https://api.puretalk.ai/api/calls/c-1")
    assert "X-API-KEY" not in api.requests[0].headers


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ("ftp://example.com/api", PuretalkError),
        ("/api", PuretalkError),
        ("https://user:secret@example.com/api", PuretalkError),
        ("http://example.com/api", InsecureTransportError),
    ],
)
def test_setting_a_bad_base_url_is_refused_as_the_constructor_refuses_it(bad: str, error: type[Exception]) -> None:
    api = anywhere()
    client = sync_client(api)
    with pytest.raises(error, match=r"base_url|plain http") as raised:
        client.base_url = bad
    assert "secret" not in str(raised.value)
    with pytest.raises(error):
        Puretalk(api_key=API_KEY, base_url=bad)
    client.calls.get("c-1")
    assert str(client.base_url) == "https://api.puretalk.ai/api"
    assert api.requests[0].url.host == "api.puretalk.ai", "a refused URL leaves the client as it was"


def test_setting_plain_http_base_url_is_allowed_where_the_constructor_allows_it() -> None:
    api = anywhere()
    client = sync_client(api, allow_insecure=True)
    client.base_url = "http://10.0.0.5:8080/api"
    client.calls.get("c-1")
    assert str(api.requests[0].url) == "http://10.0.0.5:8080/api/calls/c-1"
    local = sync_client(api)
    local.base_url = "http://127.0.0.1:4010"
    local.calls.get("c-1")
    assert str(api.requests[1].url) == "http://127.0.0.1:4010/calls/c-1"


@pytest.mark.asyncio
async def test_async_setting_base_url() -> None:
    api = anywhere()
    client = async_client(api)
    client.base_url = "https://eu.example.com/v2"
    await client.calls.get("c-1")
    assert str(api.requests[0].url) == "https://eu.example.com/v2/calls/c-1"
    assert api.requests[0].headers["X-API-KEY"] == API_KEY


# --- x-should-retry --------------------------------------------------------------------------


def test_should_retry_true_retries_what_our_rule_would_not() -> None:
    api = Scripted(fail(500, **{"x-should-retry": "true"}), ok(REGISTERED))
    call = sync_client(api).calls.register_web_call(assistant_id="a")
    assert call.call_id == "c-1"
    assert [request.method for request in api.requests] == ["POST", "POST"]


def test_should_retry_false_stops_what_our_rule_would_retry() -> None:
    api = Scripted(fail(429, **{"x-should-retry": "false"}))
    with pytest.raises(RateLimitError):
        sync_client(api).calls.register_web_call(assistant_id="a")
    assert api.attempts == 1
    api = Scripted(fail(503, **{"X-Should-Retry": "False"}))
    with pytest.raises(InternalServerError):
        sync_client(api).calls.get("c-1")
    assert api.attempts == 1
    assert api.delays == []


def test_should_retry_true_still_counts_against_max_retries() -> None:
    api = Scripted(fail(400, **{"x-should-retry": "true"}))
    with pytest.raises(PuretalkError):
        sync_client(api, max_retries=3).calls.get("c-1")
    assert api.attempts == 4


def test_should_retry_with_another_value_leaves_our_rule() -> None:
    api = Scripted(fail(500, **{"x-should-retry": "maybe"}))
    with pytest.raises(InternalServerError):
        sync_client(api).calls.register_web_call(assistant_id="a")
    assert api.attempts == 1, "POST 500: our rule does not retry"


@pytest.mark.asyncio
async def test_async_should_retry_hint() -> None:
    api = Scripted(fail(500, **{"x-should-retry": "true"}), ok(REGISTERED))
    call = await async_client(api).calls.register_web_call(assistant_id="a")
    assert call.call_id == "c-1"
    assert api.attempts == 2
    api = Scripted(fail(429, **{"x-should-retry": "false"}))
    with pytest.raises(RateLimitError):
        await async_client(api).calls.get("c-1")
    assert api.attempts == 1


# --- the retry-count header ------------------------------------------------------------------


def test_each_try_carries_its_retry_count() -> None:
    api = Scripted(fail(503), fail(503), ok())
    raw = sync_client(api).calls.with_raw_response.get("c-1")
    assert api.counts == ["0", "1", "2"]
    assert raw.http_request.headers[RETRY_COUNT_HEADER] == "2"
    assert raw.retries_taken == 2
    assert RETRY_COUNT_HEADER.endswith("retry-count")


def test_a_first_try_that_succeeds_says_zero() -> None:
    api = MockApi()
    sync_client(api).calls.get("c-1")
    assert api.requests[0].headers[RETRY_COUNT_HEADER] == "0"


def test_a_retry_count_the_caller_set_is_left_as_set() -> None:
    api = Scripted(fail(503), ok())
    sync_client(api).calls.get("c-1", extra_headers={RETRY_COUNT_HEADER: "42"})
    assert api.counts == ["42", "42"]


@pytest.mark.asyncio
async def test_async_each_try_carries_its_retry_count() -> None:
    api = Scripted(fail(429), ok())
    await async_client(api).calls.get("c-1")
    assert api.counts == ["0", "1"]


# --- Retry-After: 0, or a date that is now, means "retry now" ----------------------------------


def test_retry_after_zero_retries_now() -> None:
    api = Scripted(fail(429, **{"Retry-After": "0"}), ok())
    sync_client(api).calls.get("c-1")
    assert api.delays == [0.0]
    assert retry_after({"retry-after": "0"}) == 0.0
    assert retry_after({"retry-after-ms": "0"}) == 0.0


def test_retry_after_a_date_that_is_now_retries_now() -> None:
    now = time.time()
    header = {"retry-after": email.utils.formatdate(now, usegmt=True)}
    assert retry_after(header, now=now) == 0.0
    assert retry_after(header, now=int(now) + 0.999) == 0.0, "the date's second has begun: that is now"
    api = Scripted(fail(503, **{"Retry-After": email.utils.formatdate(time.time(), usegmt=True)}), ok())
    sync_client(api).calls.get("c-1")
    assert api.delays == [0.0]


def test_retry_after_a_date_long_past_is_still_ignored() -> None:
    now = time.time()
    assert retry_after({"retry-after": email.utils.formatdate(now - 30, usegmt=True)}, now=now) is None


@pytest.mark.asyncio
async def test_async_retry_after_zero_retries_now() -> None:
    api = Scripted(fail(429, **{"Retry-After": "0"}), ok())
    await async_client(api).calls.get("c-1")
    assert api.delays == [0.0]


# --- idempotency keys: only where the spec declares the header ----------------------------------


def _idempotency_headers(spec: dict[str, Any], method: str, path: str) -> set[str]:
    """The header parameters of one operation whose name speaks of idempotency (path-level ones included)."""
    item = spec["paths"][path]
    parameters = [*item.get("parameters", []), *operations(spec)[(method, path)].get("parameters", [])]
    found = (resolve_refs(parameter, spec) for parameter in parameters)
    return {p["name"].lower() for p in found if p.get("in") == "header" and "idempotency" in p["name"].lower()}


def test_a_retried_post_carries_an_idempotency_key_only_if_the_spec_declares_one() -> None:
    spec = yaml.safe_load(Path(ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    declared = _idempotency_headers(spec, "post", "/calls/web/register")
    api = Scripted(fail(429), fail(429), ok(REGISTERED))
    sync_client(api).calls.register_web_call(assistant_id="a")
    assert api.attempts == 3
    for request in api.requests:
        sent = {name for name in request.headers if "idempotency" in name.lower()}
        assert sent == declared, "no key is invented where the spec declares no idempotency header"


def test_no_resource_may_take_the_name_of_a_client_member() -> None:
    from puretalk_client._client import _ClientBase
    from scripts.generation.names import CLIENT_MEMBERS

    members = {
        name
        for klass in (_ClientBase, Puretalk, AsyncPuretalk)
        for name in vars(klass)
        if not name.startswith("_") and name not in CLIENT_MEMBERS
    }
    assert members == set(), "add them to CLIENT_MEMBERS, which the generator's name allocator reserves"
