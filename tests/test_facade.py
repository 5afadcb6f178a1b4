"""The facade renderer's rules: names for unnamed operations, every media type, refusals that list every problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from puretalk_client._generated.resources import OPERATIONS
from scripts.generation.facade_model import derived_name, snake
from scripts.generation.generator import content_type_overrides, readable_warnings
from scripts.infra.project import RESOLVED
from scripts.infra.yaml_io import load_document
from tests.helpers.paths import ROOT
from tests.pins import NAMES_USERS_HAVE


@pytest.mark.parametrize(
    ("method", "path", "tags", "expected"),
    [
        ("GET", "/calls", [], (("calls",), "list")),
        ("GET", "/calls/{call_id}", [], (("calls",), "get")),
        ("POST", "/calls", [], (("calls",), "create")),
        ("PATCH", "/calls/{call_id}", [], (("calls",), "update")),
        ("PUT", "/calls/{call_id}", [], (("calls",), "update")),
        ("DELETE", "/calls/{call_id}", [], (("calls",), "delete")),
        ("GET", "/calls/{call_id}/recording", [], (("calls",), "get_recording")),
        ("POST", "/calls/web/register", [], (("calls",), "create_web_register")),
        ("GET", "/v1/phone-numbers", [], (("phone_numbers",), "list")),
        ("POST", "/v2/campaign/{id}/contacts", ["Campaigns"], (("campaigns",), "create_contacts")),
        ("GET", "/ai-assistants/{assistant_id}", ["assistants"], (("assistants",), "get")),
        ("GET", "/", [], (("default",), "list")),
    ],
)
def test_the_naming_rule(method: str, path: str, tags: list[str], expected: tuple[tuple[str, ...], str]) -> None:
    assert derived_name(method, path, tags) == expected


def test_snake_case_names_are_python_names() -> None:
    assert snake("phone-numbers") == "phone_numbers"
    assert snake("getRecording") == "get_recording"
    assert snake("class") == "class_"
    assert snake("2fa") == "n_2fa"
    assert snake("") == "default"


def test_the_overlay_keeps_the_names_users_have() -> None:
    kept = {operation: OPERATIONS.get(operation) for operation in NAMES_USERS_HAVE}
    assert kept == NAMES_USERS_HAVE, "a name users have was renamed or removed (a pin: see tests/pins.py)"


def test_every_non_json_media_type_generates_as_bytes() -> None:
    spec = {
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "audio/wav": {},
                                "image/png": {},
                                "application/pdf": {},
                                "*/*": {},
                                "text/csv": {},
                                "application/json": {},
                                "application/problem+json": {},
                                "application/octet-stream": {},
                            }
                        }
                    }
                }
            }
        }
    }
    assert content_type_overrides(spec) == {
        "*/*": "application/octet-stream",
        "application/pdf": "application/octet-stream",
        "audio/wav": "application/octet-stream",
        "image/png": "application/octet-stream",
        "text/csv": "application/octet-stream",
    }


REPR = "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f95cb206010>"
GENERATOR_OUTPUT = f"""\
Generating /tmp/x/puretalk_api
Warning(s) encountered while generating. Client was generated, but some pieces may be missing

WARNING parsing GET /tool within tools.

Cannot parse response for status code {REPR} (Invalid property in union {REPR}), response will be omitted from \
generated client

{{
  "$ref": "#/components/schemas/ApiRequestTool",
  "title": "ApiRequestTool"
}}

WARNING parsing POST /tool within tools. Endpoint will not be generated.

Invalid property in union {REPR}


Unable to process schema /components/schemas/TransferAssistantModel:

type array must have items or prefixItems defined

Failure to process schema has resulted in the removal of:
/components/schemas/TransferAssistantModel
/components/schemas/TransferAssistant

{{
  "type": "array"
}}
"""


def test_generator_warnings_become_one_line_each_with_their_place() -> None:
    spec = {"paths": {"/tool": {"get": {"responses": {"200": {"content": {"application/json": {}}}}}}}}
    assert readable_warnings(GENERATOR_OUTPUT, spec) == [
        "GET /tool: Cannot parse response for status code 200 (Invalid property in union "
        "(a name the generator did not print)), response will be omitted from generated client",
        "POST /tool: Invalid property in union (a name the generator did not print)",
        "schema /components/schemas/TransferAssistantModel: type array must have items or prefixItems defined",
    ]


def test_a_spec_with_many_problems_is_refused_with_all_of_them(repo_copy: Path) -> None:
    spec = repo_copy / "openapi.yaml"
    before = {path: path.read_bytes() for path in (repo_copy / "generated").rglob("*") if path.is_file()}
    text = spec.read_text(encoding="utf-8")
    assert text.count("type: string") > 3
    spec.write_text(text.replace("type: string", "type: strang", 3), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.commands.generate", "generate"],
        cwd=repo_copy, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith("  - at paths > ")]
    assert len(problems) == 3, result.stderr
    assert all("'strang' is not one of" in line for line in problems), result.stderr
    assert "object at 0x" not in result.stderr
    assert "Traceback" not in result.stderr
    after = {path: path.read_bytes() for path in (repo_copy / "generated").rglob("*") if path.is_file()}
    assert after == before, "a refused spec must leave generated/ as it was"


def test_the_resolved_spec_names_every_resource_in_the_overlay() -> None:
    spec = load_document(ROOT / RESOLVED)
    declared = set(spec["x-puretalk-resources"])
    used = {dotted.rsplit(".", 1)[0] for dotted in OPERATIONS.values()}
    assert used <= declared, f"resources without a description in the overlay: {sorted(used - declared)}"
