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

    kind: str  # "json", "raw", "drop", "stall"
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def reply(status: int, body: Any, **headers: str) -> Action:
    """Answer ``status`` with a JSON ``body``."""
    return Action("json", status, body, dict(headers))


def raw(status: int, text: str, content_type: str = "text/html", **headers: str) -> Action:
    """Answer ``status`` with a non-JSON body."""
    return Action("raw", status, text, {"Content-Type": content_type, **headers})


def drop() -> Action:
    """Close the connection without answering."""
    return Action("drop")


def stall(seconds: float) -> Action:
    """Wait ``seconds`` before answering 200 (longer than the client's timeout)."""
    return Action("stall", seconds=seconds)


class FaultyServer:
    """Scripted actions per path; records every request it saw."""

    def __init__(self) -> None:
        self.script: dict[str, deque[Action]] = defaultdict(deque)
        self.seen: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.url = ""

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
                    {"method": self.command, "path": path, "key": self.headers.get("X-API-KEY"), "body": body}
                )
                queue = server.script.get(path)
                action = queue.popleft() if queue else reply(404, {"err": True, "msg": f"nothing planned for {path}"})
            if action.kind == "drop":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if action.kind == "stall":
                time.sleep(action.seconds)
                action = reply(200, {"msg": "late", "err": False, "results": {}})
            data = (json.dumps(action.body) if action.kind == "json" else str(action.body)).encode()
            self.send(action.status, data, {"Content-Type": "application/json", **action.headers})

        do_GET = do_POST = do_PATCH = do_DELETE = _serve

    return Handler


@contextmanager
def faulty_server() -> Iterator[FaultyServer]:
    """Run a :class:`FaultyServer` on a free 127.0.0.1 port; always shut it down."""
    state = FaultyServer()
    with serving(_handler(state)) as url:
        state.url = f"{url}/api"
        yield state
