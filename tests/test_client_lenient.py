"""Answers that differ from the spec: lenient by default (kept as sent, logged once per client), strict on request.

A value that does not fit the spec (null where it gives a type, a number sent as a string,
an enum value it does not know, a field it does not have) comes through as the server sent
it, and each kind of difference is logged once per client at WARNING under the
``puretalk_client`` logger, naming the model, the field and what was expected.
``strict_response_validation=True`` (constructor or ``with_options``) raises
``APIResponseValidationError`` instead. An answer that is not the documented shape at all
is an error in both modes.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
import typing
from typing import Any

import attrs
import httpx
import pytest

from puretalk_client import APIEnvelopeError, APIResponseValidationError, AsyncPuretalk, Puretalk, PuretalkError
from puretalk_client._validate import (
    MAX_KINDS_LOGGED,
    LenientCheck,
    ResponseMismatch,
    StrictCheck,
    check_for,
)
from tests.helpers.mock_api import API_KEY, MockApi, answer, async_client, sync_client

LOGGER = "puretalk_client"


def _calls(count: int, **last: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = [{"call_id": f"c-{index}", "status": "completed"} for index in range(count)]
    items[-1].update(last)
    return items


def _page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"count": len(items), "next": None, "previous": None, "results": items}


def _call(**fields: Any) -> dict[str, Any]:
    return {"msg": "Success", "err": False, "results": {"call_id": "c-1", "status": "completed", **fields}}


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == LOGGER and record.levelno == 30]


# --- one bad item out of ten ----------------------------------------------------------------


def test_one_null_status_out_of_ten_keeps_all_ten_items(caplog: pytest.LogCaptureFixture) -> None:
    items = _calls(10, status=None)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        calls = list(sync_client(answer(200, _page(items))).calls.list())
    assert [call.call_id for call in calls] == [item["call_id"] for item in items]
    assert [call.status for call in calls] == ["completed"] * 9 + [None]
    assert "status" in calls[-1].model_fields_set  # sent as null, not missing
    (warning,) = _warnings(caplog)
    assert "CallList.results[].status: expected str, got null" in warning


def test_one_null_status_out_of_ten_raises_when_strict() -> None:
    client = sync_client(answer(200, _page(_calls(10, status=None))), strict_response_validation=True)
    expected = r"field CallList\.results\[9\]\.status: expected str, got null"
    with pytest.raises(APIResponseValidationError, match=expected):
        list(client.calls.list())


def test_async_one_null_status_out_of_ten_keeps_all_ten_and_strict_raises() -> None:
    items = _calls(10, status=None)

    async def listed(client: AsyncPuretalk) -> list[Any]:
        async with client:
            return [call async for call in client.calls.list()]

    calls = asyncio.run(listed(async_client(answer(200, _page(items)))))
    assert len(calls) == 10
    assert calls[-1].status is None
    with pytest.raises(APIResponseValidationError, match=r"results\[9\]\.status"):
        asyncio.run(listed(async_client(answer(200, _page(items)), strict_response_validation=True)))


# --- each kind of difference ----------------------------------------------------------------


def test_a_number_sent_as_a_string_comes_as_sent(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        call = sync_client(answer(200, _call(call_duration_seconds="99"))).calls.get("c-1")
    assert call.call_duration_seconds == "99"
    (warning,) = _warnings(caplog)
    assert "CallEnvelope.results.call_duration_seconds: expected int or null, got str" in warning
    strict = sync_client(answer(200, _call(call_duration_seconds="99")), strict_response_validation=True)
    with pytest.raises(APIResponseValidationError, match="call_duration_seconds: expected int or null, got str"):
        strict.calls.get("c-1")


def test_extra_fields_come_as_sent_in_both_modes_and_are_logged_once_when_lenient(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = _call(brand_new={"nested": 1})
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        client = sync_client(answer(200, body))
        first, second = client.calls.get("c-1"), client.calls.get("c-1")
    assert first.additional_properties == {"brand_new": {"nested": 1}} == second.additional_properties
    (warning,) = _warnings(caplog)
    assert "Call.brand_new is not in the spec" in warning
    strict = sync_client(answer(200, body), strict_response_validation=True).calls.get("c-1")
    assert strict.additional_properties == {"brand_new": {"nested": 1}}  # an additive change never breaks strict


def _model_with_enum_field() -> tuple[type, str, tuple[object, ...]]:
    """A generated model with an enum (Literal) field and no other required field, found in the generated package."""
    models = importlib.import_module("puretalk_client._generated.models")
    names = {**vars(importlib.import_module("puretalk_client._generated.types")), **vars(models)}
    for model in vars(models).values():
        if not (isinstance(model, type) and attrs.has(model)):
            continue
        parameters = inspect.signature(model).parameters.values()
        if any(parameter.default is inspect.Parameter.empty for parameter in parameters):
            continue  # one that can be made with the enum field alone
        hints = typing.get_type_hints(model, {**names, **vars(importlib.import_module(model.__module__))})
        for name, hint in hints.items():
            for option in typing.get_args(hint) or (hint,):
                if typing.get_origin(option) is typing.Literal:
                    return model, name.lstrip("_"), typing.get_args(option)
    raise AssertionError("the spec has no enum field in any model: nothing to check")


def test_an_enum_value_the_spec_does_not_know_comes_as_sent(caplog: pytest.LogCaptureFixture) -> None:
    # No answer of today's spec carries an enum, so the model is read as a parse would read it.
    model, field, allowed = _model_with_enum_field()
    unknown = "not-" + "-".join(map(str, allowed))
    sent = model(**{field: unknown}).to_dict()  # the JSON an answer would carry
    lenient = LenientCheck()  # one client's check: the second parse logs nothing new
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        parsed = model.from_dict(sent, lenient)
        assert model.from_dict(sent, lenient) == parsed
    assert getattr(parsed, field) == unknown
    (warning,) = _warnings(caplog)
    assert f"{model.__name__}.{field}: expected one of {list(allowed)}" in warning
    with pytest.raises(ResponseMismatch, match=rf"field {model.__name__}\.{field}: expected one of"):
        model.from_dict(sent, StrictCheck())
    with pytest.raises(ValueError, match="Unexpected value"):
        model.from_dict(sent)  # without a check (users' own call), as the generator reads it


# --- logged once per client -----------------------------------------------------------------


def test_each_kind_is_logged_once_per_client_and_copies_share_it(caplog: pytest.LogCaptureFixture) -> None:
    body = _call(status=None, call_duration_seconds="99")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        client = sync_client(answer(200, body))
        for _ in range(3):
            client.calls.get("c-1")
        client.with_options(timeout=5).calls.get("c-1")  # a copy: already logged
        assert len(_warnings(caplog)) == 2
        sync_client(answer(200, body)).calls.get("c-1")  # another client logs again
    warnings = _warnings(caplog)
    assert len(warnings) == 4
    assert sorted(warnings[:2]) == sorted(warnings[2:])
    assert any("results.status: expected str, got null" in warning for warning in warnings)


def test_the_log_names_kinds_never_values(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        call = sync_client(answer(200, _call(call_duration_seconds=f"Bearer {API_KEY}"))).calls.get("c-1")
    assert call.call_duration_seconds == f"Bearer {API_KEY}"
    (warning,) = _warnings(caplog)
    assert API_KEY not in warning
    assert "expected int or null, got str" in warning


# --- strict on request ----------------------------------------------------------------------


def test_strict_is_chosen_by_the_constructor_and_by_with_options() -> None:
    body = _call(status=None)
    lenient = sync_client(answer(200, body))
    assert lenient.strict_response_validation is False
    assert isinstance(lenient.response_check, LenientCheck)
    assert lenient.calls.get("c-1").status is None
    strict = lenient.with_options(strict_response_validation=True)
    assert strict.strict_response_validation is True
    assert isinstance(strict.response_check, StrictCheck)
    with pytest.raises(APIResponseValidationError, match=r"results\.status: expected str, got null"):
        strict.calls.get("c-1")
    assert strict.with_options(timeout=3).strict_response_validation is True  # kept by copies
    assert strict.with_options(strict_response_validation=False).calls.get("c-1").status is None


def test_async_with_options_strict() -> None:
    async def main() -> None:
        async with async_client(answer(200, _call(status=None))) as client:
            assert (await client.calls.get("c-1")).status is None
            with pytest.raises(APIResponseValidationError, match="status"):
                await client.with_options(strict_response_validation=True).calls.get("c-1")

    asyncio.run(main())


def test_strict_response_validation_must_be_a_bool() -> None:
    with pytest.raises(PuretalkError, match="strict_response_validation must be True or False"):
        Puretalk(api_key=API_KEY, strict_response_validation="yes")  # type: ignore[arg-type]


def test_check_for_gives_the_mode_asked() -> None:
    seen: set[tuple[str, str, str]] = set()
    assert isinstance(check_for(True, seen), StrictCheck)
    lenient = check_for(False, seen)
    lenient.differs("Call", "status", "str", None)
    assert seen == {("Call", "status", "str")}
    with pytest.raises(ResponseMismatch, match=r"body Call\.results: expected an array, got object"):
        lenient.wrong_shape("Call.results", "an array", {})
    with pytest.raises(ResponseMismatch, match=r"field Call\.status: expected str, got null"):
        check_for(True, seen).differs("Call", "status", "str", None)


def test_a_raw_response_parses_with_the_clients_check() -> None:
    api = MockApi(answer(200, _call(status=None)))
    raw = sync_client(api).calls.with_raw_response.get("c-1")
    assert raw.parse().status is None
    strict_raw = sync_client(api, strict_response_validation=True).calls.with_raw_response.get("c-1")
    with pytest.raises(APIResponseValidationError, match="status"):
        strict_raw.parse()


# --- what stays an error in both modes ------------------------------------------------------


def _always_wrong() -> list[Any]:
    return [
        pytest.param(_page([]) | {"results": {"call_id": "c-1"}}, APIResponseValidationError, id="object-for-list"),
        pytest.param({"count": 1, "results": [[["call_id", "c-1"]]]}, APIResponseValidationError, id="pairs-for-item"),
        pytest.param({"msg": "Failed", "err": True, "results": []}, APIEnvelopeError, id="err-true"),
    ]


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize(("body", "error"), _always_wrong())
def test_an_answer_not_of_the_documented_shape_is_an_error_in_both_modes(
    strict: bool, body: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        list(sync_client(answer(200, body), strict_response_validation=strict).calls.list())


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_nested_object_where_a_list_is_documented_is_an_error_in_both_modes(strict: bool) -> None:
    client = sync_client(answer(200, _call(transcript_object={"role": "agent"})), strict_response_validation=strict)
    with pytest.raises(APIResponseValidationError, match="transcript_object: expected an array, got object"):
        client.calls.get("c-1")


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_body_that_is_not_json_is_an_error_in_both_modes(strict: bool) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>", headers={"Content-Type": "application/json"})

    with pytest.raises(APIResponseValidationError):
        sync_client(handler, strict_response_validation=strict).calls.get("c-1")


def test_a_field_named_with_the_key_is_logged_masked(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        call = sync_client(answer(200, _call(**{f"echo-{API_KEY}": 1}))).calls.get("c-1")
    assert call.additional_properties == {f"echo-{API_KEY}": 1}  # kept as sent
    (warning,) = _warnings(caplog)
    assert API_KEY not in warning
    assert "Call.echo-*** is not in the spec" in warning


def test_a_server_inventing_field_names_cannot_flood_the_log(caplog: pytest.LogCaptureFixture) -> None:
    client = sync_client(lambda request: httpx.Response(200, json=_call(**{request.url.params["n"]: 1})))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for number in range(MAX_KINDS_LOGGED + 50):
            client.calls.get("c-1", extra_query={"n": f"field_{number}"})
    warnings = _warnings(caplog)
    assert len(warnings) == MAX_KINDS_LOGGED + 1
    assert warnings[-1].endswith("no more are logged by this client")
