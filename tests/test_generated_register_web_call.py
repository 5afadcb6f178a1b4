"""The generated register_web_call (request built, answer parsed from the spec) against a server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from puretalk_client import PermissionDeniedError, Puretalk
from puretalk_client._generated.models import RegisterWebCallResult
from tests.helpers.stub_api import API_KEY, ASSISTANT_ID, PuretalkStub, stub_api


@pytest.fixture
def base_url() -> Iterator[str]:
    with stub_api() as url:
        yield url


def test_register_web_call_round_trip(base_url: str) -> None:
    with Puretalk(api_key=API_KEY, base_url=base_url, max_retries=0) as client:
        raw = client.calls.with_raw_response.register_web_call(assistant_id=ASSISTANT_ID)
    assert raw.status_code == 200
    result = raw.parse()
    assert isinstance(result, RegisterWebCallResult)
    assert (result.call_id, result.token) == ("c-1", "t-1")
    (request,) = PuretalkStub.seen
    assert request["path"] == "/api/calls/web/register"
    assert request["key"] == API_KEY
    assert json.loads(request["body"]) == {"assistant_id": ASSISTANT_ID}


def test_wrong_key_raises_the_forbidden_answer(base_url: str) -> None:
    with (
        Puretalk(api_key="wrong", base_url=base_url, max_retries=0) as client,
        pytest.raises(PermissionDeniedError) as raised,
    ):
        client.calls.register_web_call(assistant_id=ASSISTANT_ID)
    assert raised.value.status_code == 403
    assert "Authentication credentials were not provided." in str(raised.value)
