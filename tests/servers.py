"""Real servers for tests, on 127.0.0.1: a free port finder and the Prism mock of openapi.yaml."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    """Wait until something listens on ``port``; fail early if ``process`` died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before listening on {port}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listened on 127.0.0.1:{port} within {timeout} s")


@contextlib.contextmanager
def running(command: list[str], port: int, log: Path, cwd: Path = ROOT) -> Iterator[subprocess.Popen[bytes]]:
    """Start ``command``, wait for ``port``, yield the process, and always stop it."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, process)
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
