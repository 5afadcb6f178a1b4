"""The generated register_web_call against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from puretalk_api import AuthenticatedClient
from puretalk_api.api.calls import register_web_call
from puretalk_api.models import Forbidden, RegisterWebCallRequest, RegisterWebCallResponse

API_KEY = "test-key-123"
ASSISTANT_ID = "e1f09482-2910-45e1-a2f3-ab75cd9a5a51"


class _PuretalkStub(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.seen.append({"path": self.path, "key": self.headers.get("X-API-KEY"), "body": body})
        if self.path != "/api/calls/web/register":
            return self._reply(HTTPStatus.NOT_FOUND, {"err": True, "msg": "no such path"})
        if self.headers.get("X-API-KEY") != API_KEY:
            return self._reply(HTTPStatus.FORBIDDEN, {"detail": "Authentication credentials were not provided."})
        payload = json.loads(body)
        if self.headers.get("Content-Type") != "application/json" or payload != {"assistant_id": ASSISTANT_ID}:
            return self._reply(HTTPStatus.BAD_REQUEST, {"err": True, "msg": f"bad body {payload!r}"})
        results = {"call_id": "c-1", "token": "t-1"}
        return self._reply(HTTPStatus.OK, {"msg": "Success", "err": False, "results": results})

    def _reply(self, status: HTTPStatus, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PuretalkStub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _PuretalkStub.seen = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


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
    (request,) = _PuretalkStub.seen
    assert request["key"] == API_KEY
    assert json.loads(request["body"]) == {"assistant_id": ASSISTANT_ID}


def test_wrong_key_parses_the_forbidden_body(base_url: str) -> None:
    with _client(base_url, "wrong") as client:
        parsed = register_web_call.sync(client=client, body=RegisterWebCallRequest(assistant_id=ASSISTANT_ID))
    assert isinstance(parsed, Forbidden)
    assert parsed.detail == "Authentication credentials were not provided."
