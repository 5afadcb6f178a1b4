"""Shapes that real voice-AI specs (Vapi's, Twilio's) carry, each reduced to a minimal spec.

Each test is a shape that broke ``generate``'s output on a real spec: the generated package
must import, reach every operation, send what the spec says, and pass ``mypy --strict``.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from scripts.infra.project import PACKAGE, source_root
from tests.helpers.facade_check import (
    BASE_SPEC,
    foreign_statements,
    generate_or_refuse,
    scratch_project,
    unreachable_operations,
)
from tests.helpers.paths import ROOT

THING = {"$ref": "#/components/schemas/Thing"}


def _ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema or THING}}}}


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    spec = copy.deepcopy(BASE_SPEC)
    spec["paths"] = paths
    spec["components"]["schemas"].update(schemas or {})
    return spec


def _generate(tmp_path: Path, spec: dict[str, Any]) -> Path:
    package, report = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is not None, report
    assert foreign_statements(package) == []
    assert unreachable_operations(package, spec) == []
    return package


def _run(package: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source_root(package)), str(ROOT / "overlays")])}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120, check=False,
        cwd=source_root(package),
    )  # fmt: skip


def _mypy_strict(package: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on the generated package, the hand-written overlays on its path (as ``nox -s typecheck``)."""
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(source_root(package)), str(ROOT / "overlays")])}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull,
         "--config-file", os.devnull, "--python-version", "3.11", "-p", PACKAGE],
        capture_output=True, text=True, env=env, timeout=600, check=False, cwd=source_root(package),
    )  # fmt: skip


SEND = """
import json, sys
import httpx
from puretalk_client._generated.resources import OPERATIONS
from puretalk_client import Puretalk
seen = []
def answer(request):
    seen.append({"tag": request.headers.get("x-request-tag"), "cookie": request.headers.get("cookie")})
    return httpx.Response(200, json={"id": "t-1", "name": None})
client = Puretalk(api_key="test-key", base_url="https://api.example.test",
                  http_client=httpx.Client(transport=httpx.MockTransport(answer)))
target = client
for part in OPERATIONS[sys.argv[1]].split("."):
    target = getattr(target, part)
thing = target("t-1", **json.loads(sys.argv[2]))
print(json.dumps({"id": thing.id, "seen": seen}))
"""


def test_header_and_cookie_parameters_are_keywords_that_reach_the_request(tmp_path: Path) -> None:
    # Vapi's POST /provider/{provider}/{resourceName} requires a header parameter (content-type); the
    # facade dropped header and cookie parameters, so the call missed the seam's required keyword.
    parameters = [
        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "X-Request-Tag", "in": "header", "required": True, "schema": {"type": "string"}},
        {"name": "session", "in": "cookie", "schema": {"type": "string"}},
    ]
    operation = {"operationId": "tagThing", "tags": ["things"], "parameters": parameters, "responses": _ok()}
    package = _generate(tmp_path, _spec({"/things/{thing_id}": {"post": operation}}))

    sent = _run(package, SEND, "POST /things/{thing_id}", json.dumps({"x_request_tag": "blue", "session": "s-1"}))
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout) == {"id": "t-1", "seen": [{"tag": "blue", "cookie": "session=s-1"}]}

    missing = _run(package, SEND, "POST /things/{thing_id}", "{}")
    assert missing.returncode != 0
    assert "x_request_tag" in missing.stderr, "the required header is a required keyword"


UNTYPED_LISTS = """
from puretalk_client._generated.models.bag import Bag
bag = Bag.from_dict({"maybe": [1, "a"], "either": ["x", 2], "nothing": None})
assert (bag.maybe, bag.either, bag.nothing) == ([1, "a"], ["x", 2], None), bag
assert Bag.from_dict({"either": "text"}).either == "text"
assert bag.to_dict() == {"maybe": [1, "a"], "either": ["x", 2], "nothing": None}
print("ok")
"""


def test_arrays_of_untyped_items_in_unions_pass_mypy_strict(tmp_path: Path) -> None:
    # Vapi's StructuredOutputRunResult.result (a nullable oneOf with an array of any items) and
    # ToolParameter.value: the generator casts the already narrowed list[Any] again, which
    # mypy --strict calls a redundant cast; our list_property template types it instead.
    untyped = {"type": "array", "items": {}}
    bag = {
        "type": "object",
        "properties": {
            "maybe": {**untyped, "nullable": True},
            "either": {"oneOf": [{"type": "string"}, untyped]},
            "nothing": {"oneOf": [{"type": "number"}, untyped], "nullable": True},
        },
    }
    operation = {"operationId": "listBags", "tags": ["bags"], "responses": _ok({"$ref": "#/components/schemas/Bag"})}
    package = _generate(tmp_path, _spec({"/bags": {"get": operation}}, {"Bag": bag}))
    source = (package / "models" / "bag.py").read_text(encoding="utf-8")
    assert "cast(list[Any], " not in source, "the narrowed list is annotated, not cast again"

    parsed = _run(package, UNTYPED_LISTS)
    assert parsed.returncode == 0, parsed.stderr
    assert parsed.stdout.strip() == "ok"
    checked = _mypy_strict(package)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_an_operation_with_camel_case_path_parameters_keeps_its_spec_and_overlay_names(tmp_path: Path) -> None:
    # Twilio's paths (/Accounts/{AccountSid}/Calls.json) and Vapi's ({resourceName}): the generator
    # rewrites path parameters to Python names, and the facade looked the operation up in the spec
    # under the rewritten path, found nothing, and lost its tags, summary and overlay names.
    parameters = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in ("AccountSid", "x")
    ]
    operation = {"operationId": "fetchCall", "tags": ["Calls"], "summary": "Fetch one call of an account",
                 "parameters": parameters, "responses": _ok()}  # fmt: skip
    path = "/Accounts/{AccountSid}/Calls/{x}.json"
    spec = _spec({path: {"get": operation}})
    actions = [{"target": f"$.paths['{path}'].get", "update": {"x-puretalk-method": "calls.fetch"}}]
    package, report = generate_or_refuse(scratch_project(tmp_path, spec, actions))
    assert package is not None, report
    assert unreachable_operations(package, spec) == []

    listed = _run(package, "from puretalk_client._generated.resources import OPERATIONS; print(dict(OPERATIONS))")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == repr({f"GET {path}": "calls.fetch"})
    source = (package / "resources" / "calls.py").read_text(encoding="utf-8")
    assert "Fetch one call of an account." in source


def test_schemas_the_generator_cannot_parse_are_named_in_the_refusal(tmp_path: Path) -> None:
    # ElevenLabs' spec has pairs Thing-Input / Thing-Output with one title: the generator refuses the
    # second ("duplicate models"), under a heading "Unable to parse schema ..." that the refusal did not
    # recognise, so after an operation's warning the cause was dropped and only its consequences listed.
    thing = {"type": "object", "title": "Thing", "properties": {"id": {"type": "string"}}}
    output = {"$ref": "#/components/schemas/Thing-Output"}
    spec = _spec(
        {"/things": {"get": {"operationId": "listThings", "tags": ["things"], "responses": _ok(output)}}},
        {"Thing-Input": thing, "Thing-Output": thing},
    )
    package, message = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is None, "expected a refusal"
    assert "Traceback" not in message
    assert "schema /components/schemas/Thing-Output: " in message
    assert 'duplicate models with name "Thing"' in message
