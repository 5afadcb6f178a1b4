"""A tiny Puretalk API on 127.0.0.1 answering POST /api/calls/web/register, checking the key and the body."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any, ClassVar

from tests.helpers.servers import QuietHandler, serving

API_KEY = "test-key-123"
ASSISTANT_ID = "e1f09482-2910-45e1-a2f3-ab75cd9a5a51"


class PuretalkStub(QuietHandler):
    """Registers web calls for ``API_KEY`` and ``ASSISTANT_ID``; records what it saw in ``seen``."""

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
        self.send(status, json.dumps(payload).encode(), {"Content-Type": "application/json"})


@contextmanager
def stub_api() -> Iterator[str]:
    """Serve :class:`PuretalkStub` on a free port; yield its base URL (with ``/api``); always stop it."""
    PuretalkStub.seen = []
    with serving(PuretalkStub) as url:
        yield f"{url}/api"
