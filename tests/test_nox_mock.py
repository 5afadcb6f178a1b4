"""``nox -s mock``: the pinned Prism serving openapi.yaml on 127.0.0.1, the port printed, as the README says.

The session is started as a user starts it (nox, its own process group), answered through the
client, and stopped by its process group (nox does not pass a SIGTERM on to Prism).
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from puretalk_client import Puretalk
from scripts.infra.nox_command import nox_command
from tests.helpers.paths import ROOT
from tests.helpers.servers import PRISM, free_port, wait_for_port

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _spec_call_id() -> str:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    answer = spec["paths"]["/calls/web/register"]["post"]["responses"]["200"]["content"]["application/json"]
    example: str = answer["schema"]["properties"]["results"]["properties"]["call_id"]["example"]
    return example


@pytest.fixture
def mock_session(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Run ``nox -s mock -- PORT``; yield its URL and log; stop its whole process group."""
    assert PRISM.exists(), "Prism is missing: the tests session installs it (npm ci)"
    port = free_port()
    log = tmp_path / "mock.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*nox_command(), "-s", "mock", "--", str(port)],
            cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        wait_for_port(port, process, log, timeout=120)
        yield f"http://127.0.0.1:{port}", log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_nox_mock_serves_the_spec_on_loopback_and_prints_where(mock_session: tuple[str, Path]) -> None:
    url, log = mock_session
    with Puretalk(api_key="any-key", base_url=url) as client:
        call = client.calls.register_web_call(assistant_id="e1f09482-2910-45e1-a2f3-ab75cd9a5a51")
    assert call.call_id == _spec_call_id()
    printed = log.read_text(encoding="utf-8", errors="replace")
    assert f"export PURETALK_BASE_URL={url} PURETALK_API_KEY=any-key" in printed


def test_nox_mock_refuses_a_bad_port_in_one_line() -> None:
    result = subprocess.run(
        [*nox_command(), "-s", "mock", "--", "http"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode != 0
    assert "usage: nox -s mock [-- PORT]" in result.stderr


def test_the_readme_says_how_to_start_the_mock_server() -> None:
    assert "nox -s mock" in README
    assert "export PURETALK_BASE_URL=http://127.0.0.1:4010" in README
