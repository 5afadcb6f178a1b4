"""Generated file names a Windows checkout can hold: reserved device names are refused or renamed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.facade_check import BASE_SPEC, generate_or_refuse, scratch_project

THING = {"$ref": "#/components/schemas/Thing"}
OK = {"200": {"description": "OK", "content": {"application/json": {"schema": THING}}}}


def _spec(paths: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(BASE_SPEC)
    spec["paths"] = copy.deepcopy(paths)
    return spec


@pytest.mark.parametrize("tag", ["con", "nul", "aux", "prn", "com1", "lpt1"])
def test_a_tag_named_like_a_device_is_renamed_and_reported(tmp_path: Path, tag: str) -> None:
    spec = _spec({"/things": {"get": {"operationId": "listThings", "tags": [tag], "responses": OK}}})
    package, report = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is not None, report
    modules = {path.stem for path in (package / "resources").glob("*.py")}
    assert tag not in modules and f"{tag}_" in modules
    assert f"'{tag}' -> {tag}_" in report


def test_a_schema_named_like_a_device_is_refused_in_one_line(tmp_path: Path) -> None:
    spec = _spec({"/things": {"get": {"operationId": "listThings", "tags": ["things"], "responses": OK}}})
    spec["components"]["schemas"]["Con"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Con"
    }
    package, message = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is None
    line = next(line for line in message.splitlines() if "models/con.py" in line)
    assert "Windows" in line and "'Con'" in line


BIDI = "\u202e\u2066"


def test_bidi_and_other_format_characters_are_escaped_in_every_generated_module(tmp_path: Path) -> None:
    spec = _spec({"/things": {"get": {"operationId": "listThings", "tags": ["things"], "responses": OK,
                                      "summary": f"List {BIDI} things", "description": f"All{BIDI}."}}})  # fmt: skip
    spec["info"]["title"] = f"Things {BIDI} API"
    spec["info"]["description"] = f"About {BIDI}"
    spec["components"]["schemas"]["Thing"]["description"] = f"A thing {BIDI}"
    for prop in spec["components"]["schemas"]["Thing"].get("properties", {}).values():
        prop["description"] = f"A field {BIDI}"
    package, report = generate_or_refuse(scratch_project(tmp_path, spec))
    assert package is not None, report
    sources = {path.name: path.read_text(encoding="utf-8") for path in package.rglob("*.py")}
    assert all(not any(character in text for character in BIDI) for text in sources.values())
    assert any("\\u202e" in text for text in sources.values()), "the text is kept, as an escape"
