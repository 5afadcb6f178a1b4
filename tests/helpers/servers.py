"""Real servers for tests, on 127.0.0.1 only, always stopped: in a thread, or in a subprocess (Prism, pypiserver)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.helpers.paths import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
POLL_SECONDS = 0.02
"""How often a served thread looks for its shutdown: the default half second was each test's teardown."""


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers with :meth:`send`."""

    def send(self, status: int, data: bytes, headers: Mapping[str, str]) -> None:
        """Answer ``status`` with ``data`` and ``headers`` (Content-Length is added)."""
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: the tests assert on what the server recorded."""


class _QuietServer(ThreadingHTTPServer):
    """A threading HTTP server that does not print a traceback when a client hangs up (tests do, on purpose)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore a connection the client closed; report anything else as the standard server does."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free 127.0.0.1 port in a thread; yield ``http://127.0.0.1:PORT``; always stop it."""
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    """Wait until something listens on ``port``; fail early, with ``log``, if ``process`` died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"server exited with {process.returncode} before listening on {port}:\n{output}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    output = log.read_text(encoding="utf-8", errors="replace")
    raise TimeoutError(f"nothing listened on 127.0.0.1:{port} within {timeout} s:\n{output}")


@contextlib.contextmanager
def running(command: list[str], port: int, log: Path, cwd: Path = ROOT) -> Iterator[subprocess.Popen[bytes]]:
    """Start ``command`` (its output into ``log``), wait for ``port``, yield the process, and always stop it."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, process, log)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextlib.contextmanager
def prism(spec: Path, log: Path) -> Iterator[str]:
    """Serve ``spec`` with the pinned Prism mock; yield its base URL (Prism drops the server's /api prefix)."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `npm ci` (the nox tests session does)")
    port = free_port()
    command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)]
    with running(command, port, log):
        yield f"http://127.0.0.1:{port}"
