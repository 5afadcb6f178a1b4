"""Spec names that collide with the names of the generated request building, and path segments that escape.

Issue 25's cases: parameters named like the locals of a request builder (``headers``, ``params``,
``cookies``, ``json_*``), a path parameter named ``quote``, a schema named ``Response``; and
issue 24's: ``""``, ``"."`` and ``".."`` as a path parameter reach another endpoint, so they are
refused before anything is sent. The generated code keeps no locals of its own: the runtime's
``build_request`` takes the spec's names as string keys.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.infra.project import source_root
from tests.helpers.facade_check import BASE_SPEC, generate_or_refuse, scratch_project, unreachable_operations
from tests.helpers.mock_api import CALL, MockApi, answer, async_client, sync_client
from tests.helpers.paths import ROOT

RESPONSE = {"$ref": "#/components/schemas/Response"}
SEND = """
import json, sys
import httpx
from puretalk_client._generated.resources import OPERATIONS
from puretalk_client import Puretalk
seen = []
def reply(request):
    seen.append({"path": request.url.raw_path.decode(), "query": request.url.query.decode(),
                 "secret": request.headers.get("x-secret"), "cookie": request.headers.get("cookie")})
    return httpx.Response(200, json={"id": "r-1"})
client = Puretalk(api_key="test-key", base_url="https://api.example.test",
                  http_client=httpx.Client(transport=httpx.MockTransport(reply)))
target = client
for part in OPERATIONS["GET /things/{quote}"].split("."):
    target = getattr(target, part)
result = target("a/b", **json.loads(sys.argv[1]))
print(json.dumps({"type": type(result).__name__, "id": result.id, "seen": seen}))
"""


def _spec() -> dict[str, Any]:
    spec = copy.deepcopy(BASE_SPEC)
    string = {"type": "string"}
    parameters = [
        {"name": "quote", "in": "path", "required": True, "schema": string},
        *({"name": name, "in": "query", "schema": string} for name in ("headers", "params", "cookies", "json_ids")),
        {"name": "ids", "in": "query", "schema": {"type": "array", "items": string}},
        {"name": "X-Secret", "in": "header", "schema": string},
        {"name": "session", "in": "cookie", "schema": string},
    ]
    operation = {
        "operationId": "getThing",
        "tags": ["things"],
        "parameters": parameters,
        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": RESPONSE}}}},
    }
    spec["paths"] = {"/things/{quote}": {"get": operation}}
    spec["components"]["schemas"]["Response"] = {"type": "object", "properties": {"id": string}}
    return spec


def test_parameters_named_like_the_request_builders_locals_each_reach_their_place(tmp_path: Path) -> None:
    spec = _spec()
    package, report = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is not None, report
    assert unreachable_operations(package, spec) == []
    source = (package / "resources" / "things.py").read_text(encoding="utf-8")
    assert ".format(" not in source, "a path is joined from escaped segments"
    kwargs = {"headers": "h", "params": "p", "cookies": "c", "json_ids": "j", "ids": ["1", "2"],
              "x_secret": "s3cr3t-token", "session": "s-1"}  # fmt: skip
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source_root(package)), str(ROOT / "overlays")])}
    sent = subprocess.run(
        [sys.executable, "-c", SEND, json.dumps(kwargs)], capture_output=True, text=True, env=env, timeout=120,
        check=False, cwd=source_root(package),
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    result = json.loads(sent.stdout)
    assert (result["type"], result["id"]) == ("Response", "r-1"), "the schema named Response is the answer's class"
    (request,) = result["seen"]
    assert request["path"].split("?")[0] == "/things/a%2Fb", "quote is a parameter, not urllib's quote"
    assert sorted(request["query"].split("&")) == sorted(
        ["headers=h", "params=p", "cookies=c", "json_ids=j", "ids=1", "ids=2"]
    )
    assert "s3cr3t" not in request["query"], "a header's value never goes into the URL"
    assert request["secret"] == "s3cr3t-token"
    assert request["cookie"] == "session=s-1"


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_a_path_parameter_that_would_reach_another_endpoint_is_refused_before_sending(value: str) -> None:
    api = MockApi(answer(200, CALL))
    client = sync_client(api)
    with pytest.raises(ValueError, match=f"path parameter 'call_id' must not be {value!r}"):
        client.calls.get(value)
    with pytest.raises(ValueError, match="'assistant_id'"):
        client.assistants.tasks.upsert(value, llm_states=[])
    assert api.requests == []
    assert client.calls.get("..x").call_id == CALL["results"]["call_id"]
    assert api.requests[-1].url.raw_path == b"/api/calls/..x"


@pytest.mark.asyncio
async def test_async_a_dot_dot_path_parameter_is_refused() -> None:
    api = MockApi(answer(200, CALL))
    with pytest.raises(ValueError, match="'call_id'"):
        await async_client(api).calls.get("..")
    assert api.requests == []


def test_a_path_template_that_is_not_a_parameters_name_is_refused_in_one_line(tmp_path: Path) -> None:
    spec = _spec()
    spec["paths"] = {"/things/{quote:>500000000}": spec["paths"].pop("/things/{quote}")}
    package, message = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is None
    lines = [line for line in message.strip().splitlines() if "quote" in line]
    assert lines, message
    assert "Traceback" not in message


HELPERS = """
from puretalk_client._generated.models import Thing
thing = Thing.from_dict({"id": "t", "to_json": "j", "model_fields_set": "m", "to_dict": "d"})
assert (thing.to_json_, thing.model_fields_set_, thing.to_dict_) == ("j", "m", "d"), thing
assert thing.to_dict() == {"id": "t", "to_json": "j", "model_fields_set": "m", "to_dict": "d"}
assert '"to_json": "j"' in thing.to_json()
assert "to_json_" in thing.model_fields_set
print("ok")
"""


def test_properties_named_like_the_models_own_helpers_are_renamed(tmp_path: Path) -> None:
    spec = copy.deepcopy(BASE_SPEC)
    string = {"type": "string"}
    thing = {"$ref": "#/components/schemas/Thing"}
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": thing}}}}
    spec["paths"] = {"/things": {"get": {"operationId": "listThings", "tags": ["things"], "responses": ok}}}
    spec["components"]["schemas"]["Thing"] = {
        "type": "object",
        "required": ["model_fields_set"],
        "properties": {"id": string, "to_json": string, "model_fields_set": string, "to_dict": string},
    }
    package, report = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is not None, report
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source_root(package)), str(ROOT / "overlays")])}
    ran = subprocess.run(
        [sys.executable, "-c", HELPERS], capture_output=True, text=True, env=env, timeout=120, check=False,
        cwd=source_root(package),
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "ok"
