"""A real devpi-server on 127.0.0.1 for publish tests: offline, no PyPI mirror, users and indexes made over its API."""

from __future__ import annotations

import base64
import contextlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.helpers.servers import free_port, running

BIN = Path(sys.executable).parent
ROOT_PASSWORD = "devpi-root-pw-1"


@dataclass(frozen=True)
class Devpi:
    """A running devpi-server: its root URL, and calls to its JSON API."""

    url: str

    def _call(self, method: str, path: str, auth: str | None = None, **body: Any) -> dict[str, Any]:
        headers = {"Accept": "application/json"}
        if auth is not None:
            headers["X-Devpi-Auth"] = auth
        response = httpx.request(method, f"{self.url}/{path}", json=body or None, headers=headers, timeout=30)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def add_user(self, user: str, password: str) -> None:
        """Create a user with ``password``."""
        self._call("PUT", user, password=password, email=f"{user}@example.com")

    def login(self, user: str, password: str) -> str:
        """Log in; return the token devpi hands out (usable as the password, for a while)."""
        return str(self._call("POST", "+login", user=user, password=password)["result"]["password"])

    def add_index(self, owner: str, password: str, name: str, *uploaders: str) -> str:
        """Create the non-volatile index ``owner/name`` (no bases) that ``uploaders`` may upload to; return its URL."""
        token = self.login(owner, password)
        auth = base64.b64encode(f"{owner}:{token}".encode()).decode()
        self._call("PUT", f"{owner}/{name}", auth, bases=[], volatile=False, acl_upload=[owner, *uploaders])
        return f"{self.url}/{owner}/{name}/"

    def files(self, index_url: str, project: str) -> dict[str, str]:
        """Return ``{filename: sha256}`` of every file of ``project`` on the index, from devpi's JSON API."""
        path = index_url.removeprefix(self.url + "/") + project
        response = httpx.get(f"{self.url}/{path}", headers={"Accept": "application/json"}, timeout=30)
        if response.status_code == 404:
            return {}
        response.raise_for_status()
        found = {}
        for release in response.json()["result"].values():
            for link in release.get("+links", []):
                if link.get("rel") == "releasefile":
                    algorithm, _, value = str(link["hash_spec"]).partition("=")
                    assert algorithm == "sha256", link
                    found[str(link["href"]).rsplit("/", 1)[-1]] = value
        return found


@contextlib.contextmanager
def devpi_server(folder: Path) -> Iterator[Devpi]:
    """Initialise a devpi server directory in ``folder`` and serve it on 127.0.0.1, offline; always stop it."""
    serverdir = folder / "server"
    init = [str(BIN / "devpi-init"), "--serverdir", str(serverdir), "--no-root-pypi", "--root-passwd", ROOT_PASSWORD]
    subprocess.run(init, check=True, capture_output=True, text=True, timeout=300)
    port = free_port()
    command = [
        str(BIN / "devpi-server"), "--serverdir", str(serverdir),
        "--host", "127.0.0.1", "--port", str(port), "--offline-mode", "--threads", "4",
    ]  # fmt: skip
    with running(command, port, folder / "devpi.log"):
        yield Devpi(f"http://127.0.0.1:{port}")
