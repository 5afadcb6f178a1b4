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

from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.changelog import add_section
from tests.helpers.paths import ROOT
from tests.helpers.servers import QuietHandler, serving
from tests.helpers.upstream_changes import the_issue_change
from tests.helpers.versions import next_version, project_version, with_project_version

WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "


class Upstream(QuietHandler):
    """The changed API: the register call answers ``room_url`` for a ``room_name``; recordings are WAV."""

    seen: ClassVar[list[dict[str, Any]]] = []
    request_field: ClassVar[str] = ""
    result_field: ClassVar[str] = ""
    recording: ClassVar[str] = ""
    """The recording's path pattern, as a regular expression."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        self.seen.append({"path": self.path, "body": body})
        room = f"https://rooms.example/{body.get(self.request_field)}"
        results = {"call_id": "c-1", "token": "t-1", self.result_field: room}
        payload = json.dumps({"msg": "ok", "err": False, "results": results}).encode()
        self.send(200, payload, {"Content-Type": "application/json"})

    def do_GET(self) -> None:
        self.seen.append({"path": self.path})
        if re.fullmatch(self.recording, self.path):
            self.send(200, WAV, {"Content-Type": "audio/wav"})
        else:
            self.send(404, b'{"detail": "not found"}', {"Content-Type": "application/json"})


@pytest.fixture
def upstream() -> Iterator[str]:
    change = the_issue_change(load_document(ROOT / "openapi.yaml"))
    Upstream.seen, Upstream.request_field, Upstream.result_field = [], change.request_field, change.result_field
    Upstream.recording = "/api" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(change.recording.split(" ", 1)[1]))
    with serving(Upstream) as url:
        yield f"{url}/api"


def run(repo: Path, *command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=600, check=False, env=env)


USE_THE_NEW_API = textwrap.dedent(
    """
    import asyncio, sys
    from puretalk_client import AsyncPuretalk, Puretalk

    url, wav, resource, method, request_field, result_field = sys.argv[1:]
    with Puretalk(api_key="k", base_url=url, max_retries=0) as client:
        call = client.calls.register_web_call(assistant_id="a-1", **{request_field: "blue"})
        audio = getattr(getattr(client, resource), method)("c-1")
        raw = getattr(getattr(client, resource).with_raw_response, method)("c-1")
        print("sync", getattr(call, result_field), audio == bytes.fromhex(wav), raw.headers["content-type"])

    async def main() -> None:
        async with AsyncPuretalk(api_key="k", base_url=url, max_retries=0) as client:
            call = await client.calls.register_web_call(assistant_id="a-2", **{request_field: "green"})
            audio = await getattr(getattr(client, resource), method)("c-2")
            print("async", getattr(call, result_field), audio == bytes.fromhex(wav))

    asyncio.run(main())
    """
)


def test_an_additive_change_needs_update_spec_and_the_version_only(repo_copy: Path, upstream: str) -> None:
    change = the_issue_change(load_document(repo_copy / "openapi.yaml"))
    new_spec = repo_copy.parent / "new-openapi.yaml"
    new_spec.write_text(dump_yaml(change.spec), encoding="utf-8")
    current = project_version(repo_copy)

    updated = run(repo_copy, sys.executable, "-m", "scripts.commands.update_spec", str(new_spec))
    assert updated.returncode == 0, updated.stdout + updated.stderr
    report = updated.stdout
    named = re.search(rf"^- {re.escape(change.recording)} -> client\.(\w+)\.(\w+)\(\) \(rule\)$", report, re.M)
    assert named is not None, report
    assert named.groups()[0] == "calls", "a new operation under /calls/ lands in client.calls"
    assert change.request_field in report
    assert change.result_field in report
    proposed = re.search(rf"{re.escape(current)} -> (\d+\.\d+\.\d+)", report)
    assert proposed is not None, report
    assert proposed.group(1) == next_version(current, "minor"), "additions need a minor version"

    with_project_version(repo_copy, proposed.group(1))
    add_section(repo_copy, proposed.group(1))
    check = run(repo_copy, sys.executable, "-m", "scripts.commands.generate", "check")
    assert check.returncode == 0, check.stdout + check.stderr

    lint = run(repo_copy, sys.executable, "-m", "ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    cache = ["--cache-dir", str(repo_copy.parent / "mypy-cache")]  # fresh: the second pass reuses what the first read
    for target in (["overlays/puretalk_client", "scripts"], ["-p", "puretalk_client._generated"]):  # as typecheck
        typecheck = run(repo_copy, sys.executable, "-m", "mypy", "--strict", *cache, *target)
        assert typecheck.returncode == 0, typecheck.stdout + typecheck.stderr

    paths = os.pathsep.join(str(repo_copy / folder) for folder in ("generated", "overlays"))
    env = {**os.environ, "PYTHONPATH": paths}  # the copy's packages, not the ones installed from this checkout
    tests = run(
        repo_copy,
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(repo_copy.parent / "pytest"),
        "tests/test_pipeline.py::test_generated_is_in_sync_byte_for_byte",
        "tests/test_client_contract.py::test_every_operation_in_the_spec_has_a_resource_method",
        env=env,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout + tests.stderr

    fields = (change.request_field, change.result_field)
    used = run(repo_copy, sys.executable, "-c", USE_THE_NEW_API, upstream, WAV.hex(), *named.groups(), *fields, env=env)
    assert used.returncode == 0, used.stdout + used.stderr
    assert used.stdout.splitlines() == [
        "sync https://rooms.example/blue True audio/wav",
        "async https://rooms.example/green True",
    ]
    bodies = [entry["body"] for entry in Upstream.seen if "body" in entry]
    request_field = change.request_field
    assert bodies == [{"assistant_id": "a-1", request_field: "blue"}, {"assistant_id": "a-2", request_field: "green"}]
    recordings = [entry["path"] for entry in Upstream.seen if "body" not in entry]
    assert [re.fullmatch(Upstream.recording, path) is not None for path in recordings] == [True] * 3
    assert [path.split("/")[3] for path in recordings] == ["c-1", "c-1", "c-2"]
