"""A local HTTP server on 127.0.0.1 that fails on purpose, by a script of actions per path."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tests.helpers.servers import QuietHandler, serving


@dataclass
class Action:
    """What the server does with one request."""

    kind: str  # "json", "raw", "drop", "stall", "flood"
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    limit: int = 0


def reply(status: int, body: Any, **headers: str) -> Action:
    """Answer ``status`` with a JSON ``body``."""
    return Action("json", status, body, dict(headers))


def raw(status: int, text: str | bytes, content_type: str = "text/html", **headers: str) -> Action:
    """Answer ``status`` with a non-JSON body (text, or bytes sent as they are)."""
    return Action("raw", status, text, {"Content-Type": content_type, **headers})


def drop() -> Action:
    """Close the connection without answering."""
    return Action("drop")


def stall(seconds: float) -> Action:
    """Wait ``seconds`` before answering 200 (longer than the client's timeout)."""
    return Action("stall", seconds=seconds)


def flood(seconds: float, limit: int, **headers: str) -> Action:
    """Answer 200 with a chunked body of 64 KiB chunks, endless to the client: it stops after ``seconds``
    or ``limit`` bytes, or when the client hangs up. ``headers`` go out as given (e.g. a lying Content-Length).
    """
    return Action("flood", headers=dict(headers), seconds=seconds, limit=limit)


class FaultyServer:
    """Scripted actions per path; records every request it saw."""

    def __init__(self) -> None:
        self.script: dict[str, deque[Action]] = defaultdict(deque)
        self.seen: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.url = ""
        self.flooded = 0
        """How many body bytes the last flood wrote before it stopped (the client reads at most these)."""
        self.flood_done = threading.Event()

    def plan(self, path: str, *actions: Action) -> None:
        """Queue ``actions`` for the next requests to ``path`` (after them: 404)."""
        self.script[path].extend(actions)

    def hits(self, path: str) -> int:
        """How many requests reached ``path``."""
        return sum(1 for request in self.seen if request["path"] == path)


def _handler(server: FaultyServer) -> type[QuietHandler]:
    class Handler(QuietHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length) if length else b""
            path = self.path.split("?", 1)[0]
            with server.lock:
                server.seen.append(
                    {
                        "method": self.command,
                        "path": path,
                        "key": self.headers.get("X-API-KEY"),
                        "body": body,
                        "headers": dict(self.headers.items()),
                    }
                )
                queue = server.script.get(path)
                action = queue.popleft() if queue else reply(404, {"err": True, "msg": f"nothing planned for {path}"})
            if action.kind == "drop":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if action.kind == "flood":
                self._flood(action)
                return
            if action.kind == "stall":
                time.sleep(action.seconds)
                action = reply(200, {"msg": "late", "err": False, "results": {}})
            if isinstance(action.body, bytes):
                data = action.body
            else:
                data = (json.dumps(action.body) if action.kind == "json" else str(action.body)).encode()
            self.send(action.status, data, {"Content-Type": "application/json", **action.headers})

        def _flood(self, action: Action) -> None:
            self.close_connection = True
            self.send_response(200)
            for name, value in {"Content-Type": "application/json", **action.headers}.items():
                self.send_header(name, value)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"%x\r\n" % 65536 + b"[" * 65536 + b"\r\n"
            written, deadline = 0, time.monotonic() + action.seconds
            self.connection.settimeout(action.seconds)  # a client that stops reading does not hold the thread
            server.flooded = 0
            try:
                while written < action.limit and time.monotonic() < deadline:
                    self.wfile.write(chunk)
                    written += 65536
                    server.flooded = written
            except OSError:
                pass  # the client hung up: what the test wants
            finally:
                server.flood_done.set()

        do_GET = do_POST = do_PATCH = do_DELETE = _serve

    return Handler


@contextmanager
def faulty_server() -> Iterator[FaultyServer]:
    """Run a :class:`FaultyServer` on a free 127.0.0.1 port; always shut it down."""
    state = FaultyServer()
    with serving(_handler(state)) as url:
        state.url = f"{url}/api"
        yield state
