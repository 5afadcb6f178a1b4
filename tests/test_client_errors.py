"""Errors: status → class, envelope errors, malformed bodies, and the API key kept out of reprs, errors and logs."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import puretalk_client
import puretalk_client._logs
from puretalk_client import (
    APIConnectionError,
    APIEnvelopeError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InsecureTransportError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    Puretalk,
    PuretalkError,
    RateLimitError,
    UnprocessableEntityError,
)
from tests.helpers.mock_api import API_KEY, answer, async_client, sync_client

SECRET = "sk-SECRET-123"
CALL = {"call_id": "c-1", "assistant_id": "a-1", "status": "completed"}


# --- status → class ------------------------------------------------------------------------

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (412, PreconditionFailedError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
    (418, APIStatusError),
    (409, puretalk_client.ConflictError),
    (405, APIStatusError),
]


def _body_for(status: int) -> dict[str, Any]:
    if status == 403:
        return {"detail": f"detail of {status}"}
    return {"err": True, "msg": f"message of {status}"}


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
def test_status_maps_to_its_class(status: int, error_class: type[APIStatusError]) -> None:
    client = sync_client(answer(status, _body_for(status)), max_retries=0)
    with pytest.raises(APIStatusError) as raised:
        client.calls.get("c-1")
    error = raised.value
    assert type(error) is error_class
    assert error.status_code == status
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == status
    assert error.body == _body_for(status)
    expected = "detail of 403" if status == 403 else f"message of {status}"
    assert expected in str(error)
    assert str(status) in str(error)


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
async def test_async_status_maps_to_its_class(status: int, error_class: type[APIStatusError]) -> None:
    client = async_client(answer(status, _body_for(status)), max_retries=0)
    with pytest.raises(APIStatusError) as raised:
        await client.calls.get("c-1")
    assert type(raised.value) is error_class
    assert raised.value.status_code == status


@pytest.mark.parametrize(
    ("status", "body", "error_class", "text"),
    [
        (400, {"err": True, "msg": "assistant_id is required"}, BadRequestError, "assistant_id is required"),
        (403, {"detail": "Authentication credentials were not provided."}, PermissionDeniedError, "credentials"),
        (412, {"err": True, "msg": "Insufficient balance"}, PreconditionFailedError, "Insufficient balance"),
    ],
)
def test_documented_errors_of_register_web_call(
    status: int, body: dict[str, Any], error_class: type[APIStatusError], text: str
) -> None:
    client = sync_client(answer(status, body))
    with pytest.raises(error_class, match=text) as raised:
        client.calls.register_web_call(assistant_id="a")
    assert raised.value.status_code == status


def test_error_body_that_is_not_json_is_quoted() -> None:
    client = sync_client(answer(502, text="<html>Bad gateway from the proxy</html>"), max_retries=0)
    with pytest.raises(InternalServerError, match="Bad gateway from the proxy") as raised:
        client.calls.get("c-1")
    assert raised.value.body is None


def test_empty_error_body_uses_the_reason_phrase() -> None:
    client = sync_client(answer(404, text=""))
    with pytest.raises(NotFoundError, match="Not Found"):
        client.calls.get("c-1")


@pytest.mark.parametrize(
    "error_class",
    [
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        PreconditionFailedError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ],
)
def test_status_errors_are_api_errors(error_class: type[APIStatusError]) -> None:
    assert issubclass(error_class, APIStatusError)
    assert issubclass(error_class, APIError)
    assert issubclass(error_class, PuretalkError)
    assert issubclass(error_class, Exception)


def test_hierarchy_of_the_other_errors() -> None:
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APIError, PuretalkError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIEnvelopeError, APIError)
    assert issubclass(APIResponseValidationError, APIError)
    assert issubclass(InsecureTransportError, PuretalkError)
    assert not issubclass(APIConnectionError, APIStatusError)


def test_timeout_is_a_connection_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client = sync_client(handler)
    with pytest.raises(APIConnectionError) as raised:
        client.calls.get("c-1")
    assert type(raised.value) is APITimeoutError
    assert raised.value.request is not None
    assert raised.value.request.url.path == "/api/calls/c-1"


# --- envelope errors -----------------------------------------------------------------------


def test_2xx_with_err_true_raises_an_envelope_error() -> None:
    body = {"msg": "bad thing", "err": True, "results": CALL}
    client = sync_client(answer(200, body))
    with pytest.raises(APIEnvelopeError, match="bad thing") as raised:
        client.calls.get("c-1")
    assert isinstance(raised.value, PuretalkError)
    assert raised.value.status_code == 200
    assert raised.value.body == body


@pytest.mark.asyncio
async def test_async_2xx_with_err_true_raises_an_envelope_error() -> None:
    client = async_client(answer(200, {"msg": "bad thing", "err": True, "results": {"call_id": "c", "token": "t"}}))
    with pytest.raises(APIEnvelopeError, match="bad thing"):
        await client.calls.register_web_call(assistant_id="a")


def test_envelope_error_on_an_operation_without_results() -> None:
    client = sync_client(answer(200, {"msg": "state not found", "err": True}))
    with pytest.raises(APIEnvelopeError, match="state not found"):
        client.assistants.tasks.delete(llm_states=["x"])


def test_envelope_error_without_a_message() -> None:
    client = sync_client(answer(200, {"err": True, "results": CALL}))
    with pytest.raises(APIEnvelopeError, match="the server reported an error"):
        client.calls.get("c-1")


# --- malformed 2xx bodies ------------------------------------------------------------------

MALFORMED_CALL_BODIES = [
    pytest.param("<html>502</html>", "<html>502</html>", id="html"),
    pytest.param("", "", id="empty"),
    pytest.param("[]", "[]", id="list"),
    pytest.param('{"results": "nope"}', '{"results": "nope"}', id="results-a-string"),
    pytest.param('{"msg":"ok","err":false}', '{"msg":"ok","err":false}', id="no-results"),
    pytest.param('{"msg":"ok","err":false,"results":null}', '{"msg":"ok"', id="results-null"),
    pytest.param('{"msg":"ok","err":false,"results":[1, 2]}', '{"msg":"ok"', id="results-a-list"),
    pytest.param("null", "null", id="null"),
    pytest.param('"just a string"', '"just a string"', id="json-string"),
    pytest.param('{"msg": "ok", "err": false, "results": {', '{"msg": "ok"', id="truncated"),
]


@pytest.mark.parametrize(("body", "excerpt"), MALFORMED_CALL_BODIES)
def test_malformed_body_is_a_validation_error(body: str, excerpt: str) -> None:
    client = sync_client(answer(200, text=body, headers={"content-type": "application/json"}))
    with pytest.raises(APIResponseValidationError) as raised:
        client.calls.get("c-1")
    message = str(raised.value)
    assert "HTTP 200" in message
    assert f"body starts: {excerpt}" in message
    assert raised.value.status_code == 200
    assert isinstance(raised.value, PuretalkError)


@pytest.mark.asyncio
@pytest.mark.parametrize(("body", "excerpt"), MALFORMED_CALL_BODIES)
async def test_async_malformed_body_is_a_validation_error(body: str, excerpt: str) -> None:
    client = async_client(answer(200, text=body))
    with pytest.raises(APIResponseValidationError, match="HTTP 200"):
        await client.calls.get("c-1")


def test_malformed_list_page_is_a_validation_error_while_iterating() -> None:
    client = sync_client(answer(200, {"count": "x", "results": 5}))
    paginator = client.calls.list()
    with pytest.raises(APIResponseValidationError, match=r'body starts: \{"count":"x","results":5\}'):
        list(paginator)


@pytest.mark.asyncio
async def test_async_malformed_list_page_is_a_validation_error() -> None:
    client = async_client(answer(200, {"count": "x", "results": [1]}))
    with pytest.raises(APIResponseValidationError):
        async for _ in client.calls.list():
            pass


def test_malformed_campaign_page_is_a_validation_error() -> None:
    client = sync_client(answer(200, {"msg": "ok", "err": False, "results": {"count": 1, "campaigns": "nope"}}))
    with pytest.raises(APIResponseValidationError):
        list(client.campaigns.list())


def test_wrong_type_for_a_typed_field_is_a_validation_error() -> None:
    body = {"msg": "ok", "err": False, "results": {"assistant_id": "a", "created_at": 5}}
    client = sync_client(answer(200, body))
    with pytest.raises(APIResponseValidationError, match='"created_at":5'):
        client.assistants.get("a")


@pytest.mark.parametrize("flag", ["true", 1])
def test_wrong_type_for_the_envelope_err_flag_is_a_validation_error(flag: object) -> None:
    # `err` is a boolean in the spec; the client decides success or failure on it.
    body = {"msg": "quota exceeded", "err": flag, "results": CALL}
    client = sync_client(answer(200, body))
    with pytest.raises(APIResponseValidationError):
        client.calls.get("c-1")


def test_body_that_is_not_utf8_is_a_validation_error() -> None:
    client = sync_client(lambda request: httpx.Response(200, content=b"\xff\xfe\x00garbage"))
    with pytest.raises(APIResponseValidationError, match="garbage"):
        client.calls.get("c-1")


def test_deeply_nested_2xx_body_is_a_validation_error() -> None:
    # json.loads raises RecursionError (not a ValueError) on a body nested this deep.
    client = sync_client(lambda request: httpx.Response(200, content=b"[" * 100_000))
    with pytest.raises(APIResponseValidationError, match=r"body starts: \[\[\["):
        client.calls.get("c-1")


def test_deeply_nested_error_body_still_maps_to_its_class() -> None:
    client = sync_client(lambda request: httpx.Response(400, content=b"[" * 100_000))
    with pytest.raises(BadRequestError):
        client.calls.register_web_call(assistant_id="a")


def test_undocumented_2xx_status_is_a_validation_error() -> None:
    client = sync_client(answer(202, {"msg": "ok", "err": False, "results": CALL}))
    with pytest.raises(APIResponseValidationError, match="HTTP 202"):
        client.calls.get("c-1")


def test_long_malformed_body_is_cut_in_the_message() -> None:
    client = sync_client(answer(200, text="<html>" + "x" * 5000 + "</html>"))
    with pytest.raises(APIResponseValidationError) as raised:
        client.calls.get("c-1")
    assert len(str(raised.value)) < 400
    assert "body starts: <html>xxx" in str(raised.value)


# --- the key stays secret ------------------------------------------------------------------


def test_key_not_in_repr_or_str_of_the_client() -> None:
    client = sync_client(answer(200, {}), api_key=SECRET)
    for text in (repr(client), str(client), repr(client.http_client.auth), repr(client._settings)):
        assert SECRET not in text
    assert "***" in repr(client)
    assert "***" in repr(client.http_client.auth)
    assert client.api_key == SECRET  # still usable


@pytest.mark.asyncio
async def test_key_not_in_repr_of_the_async_client() -> None:
    client = async_client(answer(200, {}), api_key=SECRET)
    assert SECRET not in repr(client)
    assert SECRET not in repr(client.http_client.auth)
    assert SECRET not in repr(client.with_options(max_retries=1))


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (401, {"err": True, "msg": f"invalid key {SECRET}"}, AuthenticationError),
        (403, {"detail": f"key {SECRET} lacks permission"}, PermissionDeniedError),
        (500, {"err": True, "msg": f"crash while checking {SECRET}"}, InternalServerError),
        (200, {"err": True, "msg": f"key {SECRET} is suspended", "results": CALL}, APIEnvelopeError),
        (200, {"msg": "ok", "err": False, "results": f"echo {SECRET}"}, APIResponseValidationError),
    ],
)
def test_key_echoed_by_the_server_is_not_in_error_messages(
    status: int, body: dict[str, Any], error_class: type[APIError]
) -> None:
    client = sync_client(answer(status, body), api_key=SECRET, max_retries=0)
    with pytest.raises(error_class) as raised:
        client.calls.get("c-1")
    error = raised.value
    for text in (str(error), repr(error), error.message, *map(str, error.args)):
        assert SECRET not in text
    assert "***" in str(error)


@pytest.mark.asyncio
async def test_async_key_echoed_by_the_server_is_not_in_error_messages() -> None:
    client = async_client(answer(401, {"err": True, "msg": f"invalid key {SECRET}"}), api_key=SECRET)
    with pytest.raises(AuthenticationError) as raised:
        await client.calls.get("c-1")
    assert SECRET not in str(raised.value)
    assert "invalid key ***" in str(raised.value)


def test_key_not_in_raw_response_errors() -> None:
    client = sync_client(answer(401, {"err": True, "msg": f"invalid key {SECRET}"}), api_key=SECRET)
    with pytest.raises(AuthenticationError) as raised:
        client.calls.with_raw_response.get("c-1")
    assert SECRET not in str(raised.value)


def test_key_not_in_synthesize_to_file_errors(tmp_path: Path) -> None:
    client = sync_client(answer(401, {"err": True, "msg": f"invalid key {SECRET}"}), api_key=SECRET)
    with pytest.raises(AuthenticationError) as raised:
        client.tts.synthesize_to_file(tmp_path / "out.wav", voice_id="v", text="hi")
    assert SECRET not in str(raised.value)


@pytest.mark.parametrize("status", [200, 502])
def test_truncated_body_excerpt_does_not_leak_a_prefix_of_the_key(status: int) -> None:
    # The body is cut to 200 characters before the key is redacted: a key that straddles
    # the cut survives in part ("…sk-SECRE…").
    body = "<html>" + "x" * 186 + f"{SECRET}</html>"
    client = sync_client(answer(status, text=body), api_key=SECRET, max_retries=0)
    with pytest.raises(APIError) as raised:
        client.calls.get("c-1")
    assert SECRET[:8] not in str(raised.value)


def test_connection_error_message_does_not_carry_the_key() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect (headers {dict(request.headers)})", request=request)

    client = sync_client(handler, api_key=SECRET)
    with pytest.raises(APIConnectionError) as raised:
        client.calls.get("c-1")
    assert SECRET not in str(raised.value)


# --- logs ----------------------------------------------------------------------------------


def test_debug_log_has_the_exchange_but_not_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="puretalk_client")
    answers = iter(
        [
            httpx.Response(503, json={"err": True, "msg": f"busy {SECRET}"}),
            httpx.Response(200, json={"msg": "ok", "err": False, "results": CALL}),
        ]
    )
    client = sync_client(lambda request: next(answers), api_key=SECRET)
    assert client.calls.get("c-1").call_id == "c-1"

    records = [record for record in caplog.records if record.name == "puretalk_client"]
    text = "\n".join(record.getMessage() for record in records)
    assert SECRET not in text
    assert all(SECRET not in str(record.args) for record in records)
    debug = [record.getMessage() for record in records if record.levelno == logging.DEBUG]
    assert len(debug) == 2
    assert re.search(r"GET https://api\.puretalk\.ai/api/calls/c-1 -> 503 in \d+\.\d ms \(retry 0\)", debug[0])
    assert re.search(r"GET https://api\.puretalk\.ai/api/calls/c-1 -> 200 in \d+\.\d ms \(retry 1\)", debug[1])
    assert all("'x-api-key': '***'" in message for message in debug)
    assert any("Retrying GET" in record.getMessage() for record in records if record.levelno == logging.INFO)


def test_debug_log_of_a_connection_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="puretalk_client")

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client = sync_client(handler, api_key=SECRET, max_retries=1)
    with pytest.raises(APIConnectionError):
        client.calls.register_web_call(assistant_id="a")
    messages = [record.getMessage() for record in caplog.records if record.name == "puretalk_client"]
    assert any("POST https://api.puretalk.ai/api/calls/web/register -> ConnectError" in m for m in messages)
    assert any("(retry 1)" in m for m in messages)
    assert all(SECRET not in m for m in messages)


@pytest.mark.asyncio
async def test_async_debug_log_redacts_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="puretalk_client")
    client = async_client(answer(200, {"msg": "ok", "err": False, "results": CALL}), api_key=SECRET)
    await client.calls.get("c-1")
    messages = [record.getMessage() for record in caplog.records if record.name == "puretalk_client"]
    assert len(messages) == 1
    assert "-> 200" in messages[0]
    assert "(retry 0)" in messages[0]
    assert "***" in messages[0]
    assert SECRET not in messages[0]


def test_nothing_is_logged_at_debug_when_the_level_is_higher(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="puretalk_client")
    client = sync_client(answer(200, {"msg": "ok", "err": False, "results": CALL}), api_key=SECRET)
    client.calls.get("c-1")
    assert [record for record in caplog.records if record.name == "puretalk_client"] == []


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """Let setup_logging run again, and put the logger back as it was afterwards."""
    logger = logging.getLogger("puretalk_client")
    level = logger.level
    monkeypatch.setattr(puretalk_client._logs, "_configured", False)
    monkeypatch.setattr(logger, "handlers", [])
    logger.setLevel(logging.NOTSET)
    yield logger
    logger.setLevel(level)  # setLevel, not setattr: it also clears the loggers' isEnabledFor cache


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), (" Debug ", 10)])
def test_puretalk_log_sets_the_level(
    monkeypatch: pytest.MonkeyPatch, fresh_logging: logging.Logger, value: str, level: int
) -> None:
    monkeypatch.setenv("PURETALK_LOG", value)
    puretalk_client._logs.setup_logging()
    assert fresh_logging.level == level
    assert len(fresh_logging.handlers) == 1
    puretalk_client._logs.setup_logging()  # once per process: no second handler
    assert len(fresh_logging.handlers) == 1


def test_puretalk_log_unset_leaves_the_logger_alone(fresh_logging: logging.Logger) -> None:
    puretalk_client._logs.setup_logging()
    assert fresh_logging.level == logging.NOTSET
    assert fresh_logging.handlers == []


def test_client_construction_applies_puretalk_log(
    monkeypatch: pytest.MonkeyPatch, fresh_logging: logging.Logger
) -> None:
    monkeypatch.setenv("PURETALK_LOG", "debug")
    Puretalk(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer(200, {}))))
    assert fresh_logging.level == logging.DEBUG
