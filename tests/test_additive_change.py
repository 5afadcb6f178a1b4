"""An additive upstream change reaches ``puretalk_client`` with ``update-spec`` and the proposed version only.

The change is the one a user met (issue 10): a new operation with no operationId and
a non-JSON (``audio/wav``) answer, a new optional request field, a new response field.
On a copy of the repository: update-spec, set the version it proposes, then check,
lint, typecheck and the pipeline's own sync and coverage tests pass with no other
edit, and the regenerated client reaches all three, sync and async, against a
local server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from scripts.yaml_io import dump_yaml, load_document
from tests.helpers.changelog import add_section
from tests.helpers.paths import ROOT
from tests.helpers.servers import QuietHandler, serving

WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "


def additive_change(spec: dict[str, Any]) -> dict[str, Any]:
    """The upstream spec plus a recording download, a ``room_name`` request field and a ``room_url`` result field."""
    changed: dict[str, Any] = json.loads(json.dumps(spec))
    register = changed["paths"]["/calls/web/register"]["post"]
    register["requestBody"]["content"]["application/json"]["schema"]["properties"]["room_name"] = {
        "type": "string",
        "description": "A name for the web call's room.",
    }
    results = register["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["results"]
    results["properties"]["room_url"] = {"type": "string", "description": "Where the room can be joined."}
    changed["paths"]["/calls/{call_id}/recording"] = {
        "get": {
            "summary": "Call Recording",
            "description": "Download the recording of a call.",
            "parameters": [{"name": "call_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "The recording.",
                    "content": {"audio/wav": {"schema": {"type": "string", "format": "binary"}}},
                }
            },
        }
    }
    return changed


class Upstream(QuietHandler):
    """The changed API: the register call answers ``room_url`` for a ``room_name``; recordings are WAV."""

    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        self.seen.append({"path": self.path, "body": body})
        results = {"call_id": "c-1", "token": "t-1", "room_url": f"https://rooms.example/{body.get('room_name')}"}
        payload = json.dumps({"msg": "ok", "err": False, "results": results}).encode()
        self.send(200, payload, {"Content-Type": "application/json"})

    def do_GET(self) -> None:
        self.seen.append({"path": self.path})
        if re.fullmatch(r"/api/calls/[^/]+/recording", self.path):
            self.send(200, WAV, {"Content-Type": "audio/wav"})
        else:
            self.send(404, b'{"detail": "not found"}', {"Content-Type": "application/json"})


@pytest.fixture
def upstream() -> Iterator[str]:
    Upstream.seen = []
    with serving(Upstream) as url:
        yield f"{url}/api"


def run(repo: Path, *command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=600, check=False, env=env)


USE_THE_NEW_API = textwrap.dedent(
    """
    import asyncio, sys
    from puretalk_client import AsyncPuretalk, Puretalk

    url = sys.argv[1]
    with Puretalk(api_key="k", base_url=url, max_retries=0) as client:
        call = client.calls.register_web_call(assistant_id="a-1", room_name="blue")
        audio = client.calls.get_recording("c-1")
        raw = client.calls.with_raw_response.get_recording("c-1")
        print("sync", call.room_url, audio == bytes.fromhex(sys.argv[2]), raw.headers["content-type"])

    async def main() -> None:
        async with AsyncPuretalk(api_key="k", base_url=url, max_retries=0) as client:
            call = await client.calls.register_web_call(assistant_id="a-2", room_name="green")
            audio = await client.calls.get_recording("c-2")
            print("async", call.room_url, audio == bytes.fromhex(sys.argv[2]))

    asyncio.run(main())
    """
)


def test_an_additive_change_needs_update_spec_and_the_version_only(repo_copy: Path, upstream: str) -> None:
    new_spec = repo_copy.parent / "new-openapi.yaml"
    new_spec.write_text(dump_yaml(additive_change(load_document(ROOT / "openapi.yaml"))), encoding="utf-8")

    updated = run(repo_copy, sys.executable, "-m", "scripts.update_spec", str(new_spec))
    assert updated.returncode == 0, updated.stdout + updated.stderr
    report = updated.stdout
    assert "GET /calls/{call_id}/recording -> client.calls.get_recording() (rule)" in report
    assert "room_name" in report
    assert "room_url" in report
    proposed = re.search(r"0\.1\.0 -> (\d+\.\d+\.\d+)", report)
    assert proposed is not None, report
    assert proposed.group(1) == "0.2.0", "additions need a minor version"

    pyproject = repo_copy / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace('version = "0.1.0"', f'version = "{proposed.group(1)}"'),
        encoding="utf-8",
    )
    add_section(repo_copy, proposed.group(1))
    check = run(repo_copy, sys.executable, "-m", "scripts.generate", "check")
    assert check.returncode == 0, check.stdout + check.stderr

    lint = run(repo_copy, sys.executable, "-m", "ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    for target in (["overlays/puretalk_client", "scripts"], ["generated/puretalk_api"]):
        typecheck = run(repo_copy, sys.executable, "-m", "mypy", "--strict", "--no-incremental", *target)
        assert typecheck.returncode == 0, typecheck.stdout + typecheck.stderr

    paths = os.pathsep.join(str(repo_copy / folder) for folder in ("generated", "overlays"))
    env = {**os.environ, "PYTHONPATH": paths}  # the copy's packages, not the ones installed from this checkout
    tests = run(
        repo_copy,
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
        "tests/test_pipeline.py::test_generated_is_in_sync_byte_for_byte",
        "tests/test_client_contract.py::test_every_operation_in_the_spec_has_a_resource_method",
        env=env,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout + tests.stderr

    used = run(repo_copy, sys.executable, "-c", USE_THE_NEW_API, upstream, WAV.hex(), env=env)
    assert used.returncode == 0, used.stdout + used.stderr
    assert used.stdout.splitlines() == [
        "sync https://rooms.example/blue True audio/wav",
        "async https://rooms.example/green True",
    ]
    bodies = [entry["body"] for entry in Upstream.seen if "body" in entry]
    assert bodies == [{"assistant_id": "a-1", "room_name": "blue"}, {"assistant_id": "a-2", "room_name": "green"}]
    assert [entry["path"] for entry in Upstream.seen if "body" not in entry] == [
        "/api/calls/c-1/recording",
        "/api/calls/c-1/recording",
        "/api/calls/c-2/recording",
    ]
