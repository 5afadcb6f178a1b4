"""A tiny Puretalk API on 127.0.0.1 answering POST /api/calls/web/register, checking the key and the body."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

API_KEY = "test-key-123"
ASSISTANT_ID = "e1f09482-2910-45e1-a2f3-ab75cd9a5a51"


class PuretalkStub(BaseHTTPRequestHandler):
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
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def stub_api() -> Iterator[str]:
    """Serve :class:`PuretalkStub` on a free port; yield its base URL (with ``/api``); always stop it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PuretalkStub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PuretalkStub.seen = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
