"""The spec is untrusted input to the facade renderer: each hostile or unusual input gives safe code or one line.

Each test is a row of issue 16's table: what a spec (or the overlay) says, and what ``generate``
must write — code that imports, in which no statement came from spec text and every operation is
reachable — or a one-line refusal naming the cause.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from scripts.generation.names import Scope, snake
from scripts.generation.source_text import UnfilteredText, finalize, py_docstring, py_string
from tests.helpers.facade_check import (
    BASE_SPEC,
    foreign_statements,
    generate_or_refuse,
    scratch_project,
    unreachable_operations,
)

PAYLOAD = '"""; __import__("os").system("touch PWNED"); """'
THING = {"$ref": "#/components/schemas/Thing"}


def _ok(description: str = "OK", schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"200": {"description": description, "content": {"application/json": {"schema": schema or THING}}}}


def _spec(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    spec = copy.deepcopy(BASE_SPEC)
    spec["paths"] = paths
    spec.update(extra)
    return spec


def _generate(tmp_path: Path, spec: dict[str, Any], actions: list[dict[str, Any]] | None = None) -> tuple[Path, str]:
    package, report = generate_or_refuse(scratch_project(tmp_path, spec, actions))
    assert package is not None, report
    assert foreign_statements(package) == []
    assert unreachable_operations(package, spec) == []
    assert not (tmp_path / "project" / "PWNED").exists()
    return package, report


def _refusal(tmp_path: Path, spec: dict[str, Any], actions: list[dict[str, Any]] | None = None) -> str:
    package, message = generate_or_refuse(scratch_project(tmp_path, spec, actions))
    assert package is None, "expected a refusal"
    assert "Traceback" not in message
    return message


def test_a_path_that_closes_a_docstring_stays_text(tmp_path: Path) -> None:
    path = f"/evil{PAYLOAD}"
    package, _ = _generate(tmp_path, _spec({path: {"get": {"operationId": "getEvil", "responses": _ok()}}}))
    source = "".join(file.read_text(encoding="utf-8") for file in (package / "resources").glob("*.py"))
    assert "PWNED" in source, "the path is still in the docstring and OPERATIONS, as text"


def test_descriptions_and_summaries_that_close_a_docstring_stay_text(tmp_path: Path) -> None:
    operation = {"operationId": "getThing", "summary": PAYLOAD, "description": PAYLOAD, "tags": ["things"],
                 "responses": _ok()}  # fmt: skip
    spec = _spec({"/things": {"get": operation}}, tags=[{"name": "things", "description": PAYLOAD}])
    _generate(tmp_path, spec)


def test_overlay_resource_descriptions_that_close_a_docstring_stay_text(tmp_path: Path) -> None:
    spec = _spec({"/things": {"get": {"operationId": "listThings", "responses": _ok()}}})
    actions = [
        {"target": "$.paths['/things'].get", "update": {"x-puretalk-method": "things.list"}},
        {"target": "$", "update": {"x-puretalk-resources": {"things": {"description": PAYLOAD + "\x00\u2028\\"}}}},
    ]
    _generate(tmp_path, spec, actions)


def test_upstream_client_extensions_are_refused_in_one_line(tmp_path: Path) -> None:
    spec = _spec(
        {"/things": {"get": {"operationId": "listThings", "x-puretalk-method": "things.list", "responses": _ok()}}},
        **{"x-puretalk-resources": {"things": {"description": PAYLOAD}}},
    )
    message = _refusal(tmp_path, spec)
    assert "x-puretalk-" in message and "overlay" in message
    assert "\n" not in message


def test_a_query_parameter_named_like_an_option_is_renamed_and_reported(tmp_path: Path) -> None:
    parameters = [{"name": name, "in": "query", "schema": {"type": "string"}} for name in ("timeout", "self", "body")]
    spec = _spec({"/things": {"get": {"operationId": "listThings", "parameters": parameters, "responses": _ok()}}})
    package, report = _generate(tmp_path, spec)
    assert "'timeout' -> timeout_" in report
    source = (package / "resources" / "things.py").read_text(encoding="utf-8")
    assert '"timeout": timeout_' in source, "the spec's name is sent, the renamed keyword's value"
    assert "self_: str | NotGiven" in source, "the generator's own rename of self is kept"
    assert '"body": body' in source


def test_a_paged_get_with_number_and_options_parameters_sends_each(tmp_path: Path) -> None:
    page = {
        "type": "object",
        "properties": {
            "count": {"type": "integer"},
            "next": {"type": "string", "nullable": True},
            "results": {"type": "array", "items": THING},
        },
    }
    names = ("page", "number", "options")
    parameters = [{"name": name, "in": "query", "schema": {"type": "integer"}} for name in names]
    operation = {"operationId": "listThings", "parameters": parameters, "responses": _ok(schema=page)}
    paging = {"x-puretalk-pagination": {"page": "page", "items": "results", "count": "count", "next": "next"}}
    actions = [{"target": "$.paths['/things'].get", "update": paging}]
    package, _ = _generate(tmp_path, _spec({"/things": {"get": operation}}), actions)
    source = (package / "resources" / "things.py").read_text(encoding="utf-8")
    assert '"number": number' in source and '"options": options' in source
    assert "_number" in source and "_options" in source


def test_operation_ids_that_collide_in_python_are_refused_naming_both(tmp_path: Path) -> None:
    spec = _spec({
        "/a": {"get": {"operationId": "getThing", "tags": ["t"], "responses": _ok()}},
        "/b": {"get": {"operationId": "get_thing", "tags": ["t"], "responses": _ok()}},
    })  # fmt: skip
    message = _refusal(tmp_path, spec)
    assert "GET /a" in message and "GET /b" in message and "operationId" in message


def test_tags_named_like_client_members_are_renamed_and_reported(tmp_path: Path) -> None:
    spec = _spec({
        "/close": {"get": {"operationId": "listClose", "tags": ["close"], "responses": _ok()}},
        "/keys": {"get": {"operationId": "listKeys", "tags": ["api_key"], "responses": _ok()}},
    })  # fmt: skip
    _, report = _generate(tmp_path, spec)
    assert "'close' -> close_" in report
    assert "'api_key' -> api_key_" in report


def test_the_overlay_renaming_page_keeps_paging(tmp_path: Path) -> None:
    page = {"type": "object", "properties": {"count": {"type": "integer"}, "next": {"type": "string"},
                                             "results": {"type": "array", "items": THING}}}  # fmt: skip
    parameters = [{"name": "page", "in": "query", "schema": {"type": "integer"}}]
    spec = _spec({"/things": {"get": {"operationId": "listThings", "parameters": parameters,
                                       "responses": _ok(schema=page)}}})  # fmt: skip
    update = {
        "x-puretalk-method": "things.list",
        "x-puretalk-arguments": {"page": "page_number"},
        "x-puretalk-pagination": {"page": "page", "items": "results", "count": "count", "next": "next"},
    }
    actions = [{"target": "$.paths['/things'].get", "update": update}]
    package, _ = _generate(tmp_path, spec, actions)
    source = (package / "resources" / "things.py").read_text(encoding="utf-8")
    assert '"page": page_number if _number is None else _number' in source
    assert "first_page(page_number)" in source


def test_a_list_the_overlay_does_not_declare_is_a_plain_method(tmp_path: Path) -> None:
    """Nothing is inferred from field names: ``page`` and ``{count, next, results}`` alone do not make pages."""
    page = {"type": "object", "properties": {"count": {"type": "integer"}, "next": {"type": "string"},
                                             "err": {"type": "boolean"},
                                             "results": {"type": "array", "items": THING}}}  # fmt: skip
    parameters = [{"name": "page", "in": "query", "schema": {"type": "integer"}}]
    spec = _spec({"/things": {"get": {"operationId": "listThings", "parameters": parameters,
                                       "responses": _ok(schema=page)}}})  # fmt: skip
    package, _ = _generate(tmp_path, spec)
    source = (package / "resources" / "things.py").read_text(encoding="utf-8")
    assert "Paginator" not in source and "flagged" not in source and "present" not in source
    assert "return parse_model(" in source


def test_an_envelope_declared_on_a_field_the_answer_lacks_is_refused_in_one_line(tmp_path: Path) -> None:
    spec = _spec({"/things": {"get": {"operationId": "listThings", "responses": _ok()}}})
    declared = {"x-puretalk-envelope": {"error": "err", "results": "nope"}}
    actions = [{"target": "$.paths['/things'].get", "update": declared}]
    message = _refusal(tmp_path, spec, actions)
    assert "x-puretalk-envelope" in message and "'nope'" in message and "\n" not in message


def test_the_overlay_cannot_take_a_facade_name(tmp_path: Path) -> None:
    spec = _spec({"/things": {"get": {"operationId": "listThings", "responses": _ok()}}})
    actions = [{"target": "$.paths['/things'].get", "update": {"x-puretalk-method": "things.with_raw_response"}}]
    message = _refusal(tmp_path, spec, actions)
    assert "with_raw_response" in message and "taken" in message


def test_escaping_filter_writes_literals_no_text_can_close() -> None:
    for text in (PAYLOAD, "\\", '"', "'''", "a\x00b", "\u2028", "\ud800", "\r\n", "x\\"):
        assert eval(py_string(text)) == text  # noqa: S307 - the literal the filter wrote, nothing else
        doc = py_docstring(text, 4)
        assert eval(doc) == text.strip() or "\n" in text  # noqa: S307


def test_templates_cannot_print_unfiltered_text() -> None:
    with pytest.raises(UnfilteredText):
        finalize(PAYLOAD)
    assert finalize(py_string(PAYLOAD)) == py_string(PAYLOAD)


def test_the_allocator_gives_valid_unique_names() -> None:
    scope = Scope("test", reserved=frozenset({"timeout"}))
    names = [scope.allocate(wanted, "x") for wanted in ("timeout", "class", "2fa", "a-b", "a_b", "", "x" * 500)]
    assert names[:5] == ["timeout_", "class_", "n_2fa", "a_b", "a_b_2"]
    assert len(set(names)) == len(names)
    assert all(name.isidentifier() and len(name) <= 100 for name in names)
    assert snake("getThing") == "get_thing"
    assert [rename.given for rename in scope.renames][:2] == ["timeout_", "class_"]
