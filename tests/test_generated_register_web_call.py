"""The generated register_web_call against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http import HTTPStatus

import pytest

from puretalk_api import AuthenticatedClient
from puretalk_api.api.calls import register_web_call
from puretalk_api.models import Forbidden, RegisterWebCallRequest, RegisterWebCallResponse
from tests.helpers.stub_api import API_KEY, ASSISTANT_ID, PuretalkStub, stub_api


@pytest.fixture
def base_url() -> Iterator[str]:
    with stub_api() as url:
        yield url


def _client(base_url: str, key: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=base_url, token=key, auth_header_name="X-API-KEY", prefix="")


def test_register_web_call_round_trip(base_url: str) -> None:
    with _client(base_url, API_KEY) as client:
        body = RegisterWebCallRequest(assistant_id=ASSISTANT_ID)
        response = register_web_call.sync_detailed(client=client, body=body)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, RegisterWebCallResponse)
    assert response.parsed.err is False
    assert response.parsed.results.call_id == "c-1"
    assert response.parsed.results.token == "t-1"
    (request,) = PuretalkStub.seen
    assert request["key"] == API_KEY
    assert json.loads(request["body"]) == {"assistant_id": ASSISTANT_ID}


def test_wrong_key_parses_the_forbidden_body(base_url: str) -> None:
    with _client(base_url, "wrong") as client:
        parsed = register_web_call.sync(client=client, body=RegisterWebCallRequest(assistant_id=ASSISTANT_ID))
    assert isinstance(parsed, Forbidden)
    assert parsed.detail == "Authentication credentials were not provided."
