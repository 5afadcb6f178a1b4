"""Retries: which methods and statuses are retried, how often, how long to wait (Retry-After, backoff)."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable, Iterable

import httpx
import pytest

import puretalk_client
from puretalk_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncPuretalk,
    InternalServerError,
    Puretalk,
    RateLimitError,
)
from puretalk_client._retries import backoff_delay, retry_after, should_retry_exception, should_retry_status
from tests.helpers.mock_api import MockApi, async_client, sync_client

OK_BODIES = {
    "/api/calls/c": {"msg": "ok", "err": False, "results": {"call_id": "c"}},
    "/api/voices/1": {"msg": "ok", "err": False, "results": {"voice_id": "v-1", "name": "Ava"}},
    "/api/calls/web/register": {"msg": "ok", "err": False, "results": {"call_id": "c", "token": "t"}},
    "/api/ai-assistants/a": {"msg": "ok", "err": False, "results": {"assistant_id": "a", "name": "x"}},
    "/api/ai-assistants/delete-llm-states": {"msg": "deleted", "err": False},
}

Outcome = httpx.Response | Exception


class Server(MockApi):
    """A scripted server: answers each attempt with the next outcome (the last one repeats), counting attempts."""

    def __init__(self, outcomes: Iterable[Outcome | int]) -> None:
        super().__init__()
        self.outcomes = list(outcomes)

    def answer(self, request: httpx.Request) -> httpx.Response:
        outcome = self.outcomes[min(len(self.requests), len(self.outcomes)) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, int):
            if outcome == 200:
                return httpx.Response(200, json=OK_BODIES[request.url.path])
            return httpx.Response(outcome, json={"err": True, "msg": f"status {outcome}"})
        return outcome


SyncCall = Callable[[Puretalk], object]
AsyncCall = Callable[[AsyncPuretalk], Awaitable[object]]

GET: dict[str, tuple[SyncCall, AsyncCall]] = {
    "calls.get": (lambda c: c.calls.get("c"), lambda c: c.calls.get("c")),
    "voices.get": (lambda c: c.voices.get(1), lambda c: c.voices.get(1)),
}
POST: dict[str, tuple[SyncCall, AsyncCall]] = {
    "calls.register_web_call": (
        lambda c: c.calls.register_web_call(assistant_id="a"),
        lambda c: c.calls.register_web_call(assistant_id="a"),
    ),
}
PATCH: dict[str, tuple[SyncCall, AsyncCall]] = {
    "assistants.update": (lambda c: c.assistants.update("a", name="x"), lambda c: c.assistants.update("a", name="x")),
}
DELETE: dict[str, tuple[SyncCall, AsyncCall]] = {
    "assistants.tasks.delete": (
        lambda c: c.assistants.tasks.delete(llm_states=["x"]),
        lambda c: c.assistants.tasks.delete(llm_states=["x"]),
    ),
}
NON_IDEMPOTENT = {**POST, **PATCH}
EVERY_METHOD = {**GET, **POST, **PATCH, **DELETE}
ERROR_OF = {
    408: APIStatusError,
    409: puretalk_client.ConflictError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    504: InternalServerError,
}


def _expect(status: int) -> type[APIStatusError]:
    return ERROR_OF[status]


# --- statuses, by method class -------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("name", sorted(GET))
def test_get_retries_retryable_statuses(name: str, status: int) -> None:
    server = Server([status])
    client = sync_client(server)
    delays = server.delays
    with pytest.raises(_expect(status)) as raised:
        GET[name][0](client)
    assert type(raised.value) is _expect(status)
    assert raised.value.status_code == status
    assert server.attempts == 3
    assert len(delays) == 2
    assert {request.method for request in server.requests} == {"GET"}


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("name", sorted(GET))
async def test_async_get_retries_retryable_statuses(name: str, status: int) -> None:
    server = Server([status])
    client = async_client(server)
    delays = server.delays
    with pytest.raises(_expect(status)):
        await GET[name][1](client)
    assert server.attempts == 3
    assert len(delays) == 2


@pytest.mark.parametrize("name", sorted(NON_IDEMPOTENT))
def test_post_and_patch_retry_429(name: str) -> None:
    server = Server([429])
    client = sync_client(server)
    with pytest.raises(RateLimitError):
        NON_IDEMPOTENT[name][0](client)
    assert server.attempts == 3
    assert {request.method for request in server.requests} <= {"POST", "PATCH"}


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(NON_IDEMPOTENT))
async def test_async_post_and_patch_retry_429(name: str) -> None:
    server = Server([429])
    client = async_client(server)
    with pytest.raises(RateLimitError):
        await NON_IDEMPOTENT[name][1](client)
    assert server.attempts == 3


@pytest.mark.parametrize("status", [500, 503, 408, 409])
@pytest.mark.parametrize("name", sorted(NON_IDEMPOTENT))
def test_post_and_patch_do_not_retry_other_statuses(name: str, status: int) -> None:
    server = Server([status])
    client = sync_client(server)
    delays = server.delays
    with pytest.raises(_expect(status)):
        NON_IDEMPOTENT[name][0](client)
    assert server.attempts == 1
    assert delays == []


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [500, 503, 408, 409])
@pytest.mark.parametrize("name", sorted(NON_IDEMPOTENT))
async def test_async_post_and_patch_do_not_retry_other_statuses(name: str, status: int) -> None:
    server = Server([status])
    client = async_client(server)
    delays = server.delays
    with pytest.raises(_expect(status)):
        await NON_IDEMPOTENT[name][1](client)
    assert server.attempts == 1
    assert delays == []


@pytest.mark.parametrize("status", [503, 500, 429])
def test_delete_is_retried(status: int) -> None:
    server = Server([status])
    client = sync_client(server)
    with pytest.raises(_expect(status)):
        DELETE["assistants.tasks.delete"][0](client)
    assert server.attempts == 3
    assert {request.method for request in server.requests} == {"DELETE"}


@pytest.mark.asyncio
async def test_async_delete_is_retried_on_503() -> None:
    server = Server([503])
    client = async_client(server)
    with pytest.raises(InternalServerError):
        await DELETE["assistants.tasks.delete"][1](client)
    assert server.attempts == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
@pytest.mark.parametrize("name", sorted(EVERY_METHOD))
def test_client_errors_are_never_retried(name: str, status: int) -> None:
    server = Server([status])
    client = sync_client(server)
    delays = server.delays
    with pytest.raises(APIStatusError) as raised:
        EVERY_METHOD[name][0](client)
    assert raised.value.status_code == status
    assert server.attempts == 1
    assert delays == []


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_async_client_errors_are_never_retried(status: int) -> None:
    server = Server([status])
    client = async_client(server)
    with pytest.raises(APIStatusError):
        await client.calls.get("c")
    assert server.attempts == 1


@pytest.mark.parametrize("name", sorted(EVERY_METHOD))
def test_success_after_retries_returns_the_result(name: str) -> None:
    retryable = 429  # retried whatever the method
    server = Server([retryable, retryable, 200])
    client = sync_client(server)
    delays = server.delays
    EVERY_METHOD[name][0](client)
    assert server.attempts == 3
    assert len(delays) == 2


def test_get_recovers_after_a_503() -> None:
    server = Server([503, 200])
    client = sync_client(server)
    assert client.calls.get("c").call_id == "c"
    assert server.attempts == 2


@pytest.mark.asyncio
async def test_async_get_recovers_after_a_503() -> None:
    server = Server([503, 200])
    client = async_client(server)
    assert (await client.calls.get("c")).call_id == "c"
    assert server.attempts == 2


# --- transport errors ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["calls.get", "calls.register_web_call"])
def test_connect_error_is_retried_for_get_and_post(name: str) -> None:
    server = Server([httpx.ConnectError("refused")])
    client = sync_client(server)
    delays = server.delays
    with pytest.raises(APIConnectionError) as raised:
        EVERY_METHOD[name][0](client)
    assert not isinstance(raised.value, APITimeoutError)
    assert server.attempts == 3
    assert len(delays) == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("name", ["calls.get", "calls.register_web_call"])
async def test_async_connect_error_is_retried_for_get_and_post(name: str) -> None:
    server = Server([httpx.ConnectError("refused")])
    client = async_client(server)
    with pytest.raises(APIConnectionError):
        await EVERY_METHOD[name][1](client)
    assert server.attempts == 3


def test_connect_error_then_success_on_post() -> None:
    server = Server([httpx.ConnectError("refused"), 200])
    client = sync_client(server)
    assert client.calls.register_web_call(assistant_id="a").token == "t"
    assert server.attempts == 2


def test_read_timeout_is_retried_for_get() -> None:
    server = Server([httpx.ReadTimeout("slow")])
    client = sync_client(server)
    with pytest.raises(APITimeoutError):
        client.calls.get("c")
    assert server.attempts == 3


@pytest.mark.parametrize("name", sorted(NON_IDEMPOTENT))
def test_read_timeout_is_not_retried_for_post_or_patch(name: str) -> None:
    server = Server([httpx.ReadTimeout("slow")])
    client = sync_client(server)
    delays = server.delays
    with pytest.raises(APITimeoutError) as raised:
        NON_IDEMPOTENT[name][0](client)
    assert isinstance(raised.value, APIConnectionError)
    assert server.attempts == 1
    assert delays == []


@pytest.mark.asyncio
async def test_async_read_timeout_retried_for_get_not_post() -> None:
    get_server = Server([httpx.ReadTimeout("slow")])
    client = async_client(get_server)
    with pytest.raises(APITimeoutError):
        await client.calls.get("c")
    assert get_server.attempts == 3

    post_server = Server([httpx.ReadTimeout("slow")])
    client = async_client(post_server)
    with pytest.raises(APITimeoutError):
        await client.calls.register_web_call(assistant_id="a")
    assert post_server.attempts == 1


def test_read_error_is_not_retried_for_post() -> None:
    server = Server([httpx.ReadError("reset")])
    client = sync_client(server)
    with pytest.raises(APIConnectionError):
        client.calls.register_web_call(assistant_id="a")
    assert server.attempts == 1


# --- how many attempts ---------------------------------------------------------------------


def test_max_retries_zero_means_one_attempt() -> None:
    server = Server([503])
    client = sync_client(server, max_retries=0)
    delays = server.delays
    with pytest.raises(InternalServerError):
        client.calls.get("c")
    assert server.attempts == 1
    assert delays == []


@pytest.mark.asyncio
async def test_async_max_retries_zero_means_one_attempt() -> None:
    server = Server([httpx.ConnectError("refused")])
    client = async_client(server, max_retries=0)
    with pytest.raises(APIConnectionError):
        await client.calls.get("c")
    assert server.attempts == 1


def test_max_retries_argument() -> None:
    server = Server([503])
    client = sync_client(server, max_retries=4)
    delays = server.delays
    with pytest.raises(InternalServerError):
        client.calls.get("c")
    assert server.attempts == 5
    assert len(delays) == 4


def test_with_options_max_retries_does_not_change_the_original() -> None:
    server = Server([503])
    client = sync_client(server)
    copy = client.with_options(max_retries=5)
    copy_delays = server.delays  # the copy keeps the client's recording sleep

    with pytest.raises(InternalServerError):
        copy.calls.get("c")
    assert server.attempts == 6
    assert len(copy_delays) == 5

    server.requests.clear()
    with pytest.raises(InternalServerError):
        client.calls.get("c")
    assert server.attempts == 3
    assert client.max_retries == 2
    assert copy.max_retries == 5


@pytest.mark.asyncio
async def test_async_with_options_max_retries() -> None:
    server = Server([503])
    client = async_client(server)
    copy = client.with_options(max_retries=5)
    with pytest.raises(InternalServerError):
        await copy.calls.get("c")
    assert server.attempts == 6
    server.requests.clear()
    with pytest.raises(InternalServerError):
        await client.calls.get("c")
    assert server.attempts == 3


# --- exhausting retries raises the right typed error ---------------------------------------


@pytest.mark.parametrize(
    ("outcome", "error"),
    [
        (500, InternalServerError),
        (429, RateLimitError),
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ConnectTimeout("slow connect"), APITimeoutError),
        (httpx.ReadTimeout("slow read"), APITimeoutError),
    ],
)
def test_exhausted_retries_raise_the_typed_error(outcome: Outcome | int, error: type[Exception]) -> None:
    server = Server([outcome])
    client = sync_client(server)
    with pytest.raises(error) as raised:
        client.calls.get("c")
    assert type(raised.value) is error
    assert server.attempts == 3
    if isinstance(outcome, Exception):
        assert raised.value.__cause__ is outcome


# --- Retry-After: the pure functions -------------------------------------------------------


def test_retry_after_seconds() -> None:
    assert retry_after({"retry-after": "3"}) == 3.0
    assert retry_after({"retry-after": "0.5"}) == 0.5
    assert retry_after(httpx.Headers({"Retry-After": "3"})) == 3.0


def test_retry_after_http_date() -> None:
    now = time.time()
    header = {"retry-after": email.utils.formatdate(now + 5, usegmt=True)}
    assert retry_after(header, now=now) == pytest.approx(5, abs=1)
    assert retry_after({"retry-after": email.utils.formatdate(time.time() + 5, usegmt=True)}) == pytest.approx(5, abs=1)


def test_retry_after_ms_takes_precedence() -> None:
    assert retry_after({"retry-after-ms": "1500"}) == 1.5
    assert retry_after({"retry-after-ms": "1500", "retry-after": "3"}) == 1.5


def test_retry_after_ms_garbage_falls_back_to_retry_after() -> None:
    assert retry_after({"retry-after-ms": "soon", "retry-after": "3"}) == 3.0


@pytest.mark.parametrize("value", ["61", "3600", "120.5"])
def test_retry_after_over_60_seconds_is_ignored(value: str) -> None:
    assert retry_after({"retry-after": value}) is None
    assert retry_after({"retry-after-ms": str(float(value) * 1000)}) is None


def test_retry_after_of_exactly_60_seconds_is_used() -> None:
    assert retry_after({"retry-after": "60"}) == 60.0


@pytest.mark.parametrize("value", ["-1", "-0.5", "garbage", "", "nan", "inf", "Thu, 99 Foo 2024 xx:yy:zz GMT"])
def test_retry_after_negative_or_garbage_is_ignored(value: str) -> None:
    assert retry_after({"retry-after": value}) is None


def test_retry_after_date_in_the_past_is_ignored() -> None:
    assert retry_after({"retry-after": email.utils.formatdate(time.time() - 30, usegmt=True)}) is None


def test_retry_after_absent() -> None:
    assert retry_after({}) is None


@pytest.mark.parametrize(
    ("retry", "cap"),
    [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (12, 8.0)],
)
def test_backoff_delay_is_exponential_with_jitter_and_capped(retry: int, cap: float) -> None:
    delays = [backoff_delay(retry) for _ in range(200)]
    assert all(0.75 * cap <= delay <= cap for delay in delays)
    assert len(set(delays)) > 1  # jittered


def test_backoff_delay_bounds_are_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)
    assert backoff_delay(0) == 0.5
    assert backoff_delay(6) == 8.0
    monkeypatch.setattr(random, "random", lambda: 1.0)
    assert backoff_delay(0) == 0.375
    assert backoff_delay(6) == 6.0


def test_backoff_delay_prefers_retry_after_and_falls_back_when_too_long() -> None:
    assert backoff_delay(3, {"retry-after": "2"}) == 2.0
    assert 0.375 <= backoff_delay(0, {"retry-after": "120"}) <= 0.5
    assert 0.375 <= backoff_delay(0, {"retry-after": "nonsense"}) <= 0.5


def test_retry_policy_tables() -> None:
    assert should_retry_status("POST", 429)
    assert not should_retry_status("POST", 503)
    assert not should_retry_status("patch", 500)
    assert should_retry_status("get", 504)
    assert should_retry_status("DELETE", 409)
    assert not should_retry_status("GET", 404)
    assert should_retry_exception("POST", httpx.ConnectError("x"))
    assert should_retry_exception("POST", httpx.PoolTimeout("x"))
    assert not should_retry_exception("POST", httpx.ReadTimeout("x"))
    assert should_retry_exception("GET", httpx.RemoteProtocolError("x"))


# --- Retry-After through the transport -----------------------------------------------------


def _slow_down(headers: dict[str, str], status: int = 429) -> httpx.Response:
    return httpx.Response(status, headers=headers, json={"err": True, "msg": "slow down"})


def test_transport_waits_what_the_server_asks() -> None:
    server = Server([_slow_down({"Retry-After": "2"}), _slow_down({"retry-after-ms": "1500"}), 200])
    client = sync_client(server)
    delays = server.delays
    assert client.calls.register_web_call(assistant_id="a").call_id == "c"
    assert delays == [2.0, 1.5]


def test_transport_prefers_retry_after_ms() -> None:
    server = Server([_slow_down({"Retry-After": "7", "Retry-After-Ms": "250"}, status=503), 200])
    client = sync_client(server)
    delays = server.delays
    client.calls.get("c")
    assert delays == [0.25]


def test_transport_honours_an_http_date() -> None:
    server = Server([_slow_down({"Retry-After": email.utils.formatdate(time.time() + 5, usegmt=True)}), 200])
    client = sync_client(server)
    delays = server.delays
    client.calls.get("c")
    assert len(delays) == 1
    assert delays[0] == pytest.approx(5, abs=1)


def test_transport_falls_back_to_backoff_when_retry_after_is_too_long() -> None:
    server = Server([_slow_down({"Retry-After": "3600"}), _slow_down({"Retry-After": "garbage"}), 200])
    client = sync_client(server)
    delays = server.delays
    client.calls.get("c")
    assert len(delays) == 2
    assert 0.375 <= delays[0] <= 0.5
    assert 0.75 <= delays[1] <= 1.0


def test_transport_backoff_grows_without_retry_after() -> None:
    server = Server([503])
    client = sync_client(server, max_retries=5)
    delays = server.delays
    with pytest.raises(InternalServerError):
        client.calls.get("c")
    caps = [0.5, 1.0, 2.0, 4.0, 8.0]
    assert len(delays) == 5
    assert all(0.75 * cap <= delay <= cap for delay, cap in zip(delays, caps, strict=True))


@pytest.mark.asyncio
async def test_async_transport_waits_what_the_server_asks() -> None:
    server = Server([_slow_down({"Retry-After": "3"}), _slow_down({"retry-after-ms": "1500"}, status=503), 200])
    client = async_client(server)
    delays = server.delays
    assert (await client.calls.get("c")).call_id == "c"
    assert delays == [3.0, 1.5]


@pytest.mark.asyncio
async def test_async_transport_falls_back_to_backoff() -> None:
    server = Server([_slow_down({"Retry-After": "61"}), 200])
    client = async_client(server)
    delays = server.delays
    await client.calls.register_web_call(assistant_id="a")
    assert len(delays) == 1
    assert 0.375 <= delays[0] <= 0.5
