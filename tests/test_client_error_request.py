"""An error about an answer always has its request: ``error.request`` is an ``httpx.Request``, key masked.

The type checkers see the same (tests/data/user_code/typical.py assigns it to an ``httpx.Request``):
a read-only property typed ``httpx.Request`` on the errors that carry a response, ``Request | None``
only on :class:`APIError` itself (a connection error httpx raised before it had a request).
"""

from __future__ import annotations

import sys
import typing

import httpx
import pytest

from puretalk_client import (
    APIEnvelopeError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    NotFoundError,
)
from tests.helpers.mock_api import API_KEY, MockApi, answer, sync_client


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (answer(404, {"err": True, "msg": "no such call"}), NotFoundError),
        (answer(200, {"err": True, "msg": "refused"}), APIEnvelopeError),
        (answer(200, text="<html>"), APIResponseValidationError),
    ],
)
def test_an_answered_error_has_the_request_with_the_key_masked(
    reply: typing.Callable[[httpx.Request], httpx.Response], error: type[APIError]
) -> None:
    api = MockApi(reply)
    with pytest.raises(error) as raised:
        sync_client(api).calls.get("c-1")
    request = raised.value.request
    assert isinstance(request, httpx.Request)
    assert request.url.path == "/api/calls/c-1"
    assert request.headers["X-API-KEY"] == "***"
    assert API_KEY not in repr(raised.value.__dict__)


@pytest.mark.parametrize("error", [APIStatusError, APIEnvelopeError, APIResponseValidationError])
def test_the_request_of_an_answered_error_is_typed_request_not_optional(error: type[APIError]) -> None:
    prop = error.__dict__.get("request") or next(
        klass.__dict__["request"] for klass in error.__mro__ if "request" in klass.__dict__
    )
    assert isinstance(prop, property) and prop.fset is None
    hints = typing.get_type_hints(prop.fget, globalns=vars(sys.modules[error.__module__]))
    assert hints["return"] is httpx.Request
    base = typing.get_type_hints(APIError.request.fget, globalns=vars(sys.modules[APIError.__module__]))
    assert base["return"] == httpx.Request | None
