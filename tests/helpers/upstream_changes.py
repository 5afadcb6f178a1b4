"""A corpus of upstream changes: each takes a spec (a dict) and returns a changed copy.

Every change applies to whatever the spec is: it adds at a path, field or name that
does not exist yet (``unused_*``), and picks what it changes (an operation, a request
body) from what the spec has, so the corpus still applies after upstream has changed
the spec. ``CORPUS`` lists them with what each must lead to; ``tests/test_upstream_corpus.py``
runs them. ``the_issue_change`` is issue 17's additive change (tests/test_additive_change.py, ``nox -s drill``);
``with_seed_result_field`` is the small additive change the pipeline tests make.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from tests.helpers.spec import METHODS, operations
from tests.pins import SEED_OPERATION

Spec = dict[str, Any]
Change = Callable[[Spec], Spec]


def unused(existing: set[str] | dict[str, Any], stem: str, joiner: str = "_") -> str:
    """``stem``, or ``stem`` with the first suffix (``_2``, ``_3``…) that ``existing`` does not hold."""
    if stem not in existing:
        return stem
    number = 2
    while f"{stem}{joiner}{number}" in existing:
        number += 1
    return f"{stem}{joiner}{number}"


def unused_path(spec: Spec, stem: str) -> str:
    """A path ``spec`` does not have yet: ``stem``, or ``stem`` with a numbered last segment."""
    return unused(spec["paths"], stem, "-")


def operation_ids(spec: Spec) -> set[str]:
    """The operationIds ``spec`` uses."""
    return {operation["operationId"] for operation in operations(spec).values() if "operationId" in operation}


def schema_at(spec: Spec, node: dict[str, Any]) -> dict[str, Any]:
    """``node``, or the component schema its local ``$ref`` names (followed until it is not a ``$ref``)."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def json_body_schemas(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(method, path, schema)`` of each operation whose JSON request body is an object with properties."""
    for (method, path), operation in sorted(operations(spec).items(), key=lambda item: (item[0][1], item[0][0])):
        content = schema_at(spec, operation.get("requestBody", {})).get("content", {})
        if "application/json" not in content:
            continue
        schema = schema_at(spec, content["application/json"].get("schema", {}))
        if schema.get("type") == "object" and schema.get("properties"):
            yield method, path, schema


def json_result_schemas(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(method, path, schema)`` of each operation whose 200 JSON answer is an object with properties."""
    for (method, path), operation in sorted(operations(spec).items(), key=lambda item: (item[0][1], item[0][0])):
        answer = schema_at(spec, operation.get("responses", {}).get("200", {}))
        content = answer.get("content", {})
        if "application/json" not in content:
            continue
        schema = schema_at(spec, content["application/json"].get("schema", {}))
        if schema.get("type") == "object" and schema.get("properties"):
            yield method, path, schema


def first(found: Iterator[tuple[str, str, dict[str, Any]]], what: str) -> tuple[str, str, dict[str, Any]]:
    """The first of ``found``; a clear failure when the spec has none."""
    item = next(found, None)
    assert item is not None, f"the spec has no {what} for this change to apply to"
    return item


def _copy(spec: Spec) -> Spec:
    return copy.deepcopy(spec)


def _binary_get(summary: str, parameter: str | None) -> dict[str, Any]:
    parameters = [{"name": parameter, "in": "path", "required": True, "schema": {"type": "string"}}]
    return {
        "summary": summary,
        "description": f"{summary}, as upstream added it.",
        "parameters": parameters if parameter else [],
        "responses": {
            "200": {
                "description": "The file.",
                "content": {"audio/wav": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    }


def _json_get(summary: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "summary": summary,
        "description": f"{summary}, as upstream added it.",
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"type": "object", "properties": properties}}},
            }
        },
    }


def added_operation_with_id(spec: Spec) -> Spec:
    """A new JSON operation at a new path, with its own operationId (as some upstreams write them)."""
    changed = _copy(spec)
    path = unused_path(changed, "/usage")
    operation = _json_get("Account Usage", {"minutes": {"type": "integer"}, "period": {"type": "string"}})
    operation["operationId"] = unused(operation_ids(changed), "getAccountUsage")
    changed["paths"][path] = {"get": operation}
    return changed


def added_operation_without_id(spec: Spec) -> Spec:
    """A new ``GET …/{call_id}/recording`` with no operationId answering ``audio/wav`` (issue 10's operation)."""
    changed = _copy(spec)
    path = unused_path(changed, "/calls/{call_id}/recording")
    changed["paths"][path] = {"get": _binary_get("Call Recording", "call_id")}
    return changed


def added_optional_request_field(spec: Spec) -> Spec:
    """A new optional string property in the first JSON request body."""
    changed = _copy(spec)
    _, _, schema = first(json_body_schemas(changed), "JSON request body")
    schema["properties"][unused(schema["properties"], "room_name")] = {
        "type": "string",
        "description": "A new optional field.",
    }
    return changed


def added_response_field(spec: Spec) -> Spec:
    """A new string property in the first JSON answer."""
    changed = _copy(spec)
    _, _, schema = first(json_result_schemas(changed), "JSON answer")
    schema["properties"][unused(schema["properties"], "room_url")] = {"type": "string", "description": "New."}
    return changed


def new_tag(spec: Spec) -> Spec:
    """A new tag, declared at the top level, with a new operation under it."""
    changed = _copy(spec)
    tags = {tag["name"] for tag in changed.get("tags", [])} | {
        tag for operation in operations(changed).values() for tag in operation.get("tags", [])
    }
    tag = unused(tags, "Webhooks")
    changed.setdefault("tags", []).append({"name": tag, "description": "Webhook subscriptions."})
    operation = _json_get("List Webhooks", {"url": {"type": "string"}, "events": {"type": "string"}})
    operation["tags"] = [tag]
    changed["paths"][unused_path(changed, "/webhooks")] = {"get": operation}
    return changed


def marked_deprecated(spec: Spec) -> Spec:
    """The first operation not yet deprecated is marked ``deprecated: true``."""
    changed = _copy(spec)
    candidates = [op for _, op in sorted(operations(changed).items()) if not op.get("deprecated")]
    assert candidates, "every operation is deprecated already"
    candidates[0]["deprecated"] = True
    return changed


def _response_enums(spec: Spec) -> Iterator[dict[str, Any]]:
    """Each string enum reachable from a 200 answer (``$ref``s followed once each)."""
    seen: set[int] = set()

    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, list):
            for item in node:
                yield from walk(item)
            return
        if not isinstance(node, dict):
            return
        node = schema_at(spec, node)
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node.get("enum"), list) and node.get("type") == "string":
            yield node
        for value in node.values():
            yield from walk(value)

    for operation in operations(spec).values():
        yield from walk(operation.get("responses", {}).get("200", {}))


def with_a_response_enum(spec: Spec) -> Spec:
    """A baseline for specs with no enum in any answer: the first JSON answer gains a string enum field."""
    if next(_response_enums(spec), None) is not None:
        return spec
    changed = _copy(spec)
    _, _, schema = first(json_result_schemas(changed), "JSON answer")
    schema["properties"][unused(schema["properties"], "channel")] = {"type": "string", "enum": ["web", "phone"]}
    return changed


def new_response_enum_value(spec: Spec) -> Spec:
    """A new value in the first string enum of an answer (apply ``with_a_response_enum`` first if there is none)."""
    changed = _copy(spec)
    enum = next(_response_enums(changed), None)
    assert enum is not None, "no enum in any answer: start from with_a_response_enum(spec)"
    enum["enum"].append(unused(set(enum["enum"]), "sms"))
    return changed


def removed_operation(spec: Spec) -> Spec:
    """The last operation (by path, then method) is gone."""
    changed = _copy(spec)
    method, path = max(operations(changed), key=lambda key: (key[1], key[0]))
    del changed["paths"][path][method]
    if not any(key in changed["paths"][path] for key in METHODS):
        del changed["paths"][path]
    return changed


def renamed_path_parameter(spec: Spec) -> Spec:
    """The first path with a path parameter names it differently (``{call_id}`` → ``{call_id_2}``)."""
    changed = _copy(spec)
    path = next((path for path in sorted(changed["paths"]) if "{" in path), None)
    assert path is not None, "the spec has no path parameter to rename"
    old = path[path.index("{") + 1 : path.index("}")]
    new = unused({part.strip("{}") for part in path.split("/")}, f"{old}_2")
    item = changed["paths"].pop(path)
    changed["paths"][path.replace(f"{{{old}}}", f"{{{new}}}")] = item
    for operation in [item, *(item[method] for method in METHODS if method in item)]:
        for parameter in operation.get("parameters", []):
            parameter = schema_at(changed, parameter)
            if parameter.get("in") == "path" and parameter.get("name") == old:
                parameter["name"] = new
    return changed


def new_required_request_field(spec: Spec) -> Spec:
    """The first JSON request body gains a required string property."""
    changed = _copy(spec)
    _, _, schema = first(json_body_schemas(changed), "JSON request body")
    name = unused(schema["properties"], "region")
    schema["properties"][name] = {"type": "string", "description": "Now required."}
    schema["required"] = [*schema.get("required", []), name]
    return changed


def seed_schemas(spec: Spec) -> tuple[dict[str, Any], dict[str, Any]]:
    """The seed operation's JSON request body schema and its 200 ``results`` schema (tests/pins.py pins both)."""
    method, path = SEED_OPERATION
    operation = spec["paths"][path][method]
    request = schema_at(spec, schema_at(spec, operation["requestBody"])["content"]["application/json"]["schema"])
    answer = schema_at(spec, operation["responses"]["200"])["content"]["application/json"]["schema"]
    results = schema_at(spec, schema_at(spec, answer)["properties"]["results"])
    return request, results


def with_seed_result_field(spec: Spec, stem: str = "room_url") -> tuple[Spec, str]:
    """The seed operation's 200 ``results`` gains a string field: ``stem``, or an unused variant; and its name."""
    changed = _copy(spec)
    _, results = seed_schemas(changed)
    name = unused(results["properties"], stem)
    results["properties"][name] = {"type": "string", "description": "Where the room can be joined."}
    return changed, name


def seed_result_field_line(name: str) -> str:
    """The change report's line for ``with_seed_result_field``'s field."""
    method, path = SEED_OPERATION
    return f"[addition] {method.upper()} {path}: response field 200 results.{name} added (string)"


@dataclass(frozen=True)
class IssueChange:
    """Issue 17's additive change, and the names it used (unused ones, whatever the spec already had)."""

    spec: Spec
    recording: str
    """The new operation as ``"GET /path"``: no operationId, an ``audio/wav`` answer."""
    request_field: str
    result_field: str


def the_issue_change(spec: Spec) -> IssueChange:
    """Issue 17's additive change: a recording download with no operationId (``audio/wav``), a new optional
    field in the seed operation's request and one in its 200 ``results``."""
    changed, result_field = with_seed_result_field(spec)
    request, _ = seed_schemas(changed)
    request_field = unused(request["properties"], "room_name")
    request["properties"][request_field] = {"type": "string", "description": "A name for the web call's room."}
    path = unused_path(changed, "/calls/{call_id}/recording")
    changed["paths"][path] = {"get": _binary_get("Call Recording", "call_id")}
    return IssueChange(changed, f"GET {path}", request_field, result_field)


Outcome = Literal["minor", "major", "refused"]


@dataclass(frozen=True)
class UpstreamChange:
    """One change of the corpus and what ``update-spec --bump`` must make of it."""

    change: Change
    outcome: Outcome
    """``minor``/``major``: the version ``--bump`` sets; ``refused``: update-spec refuses, changing nothing."""
    baseline: Change | None = None
    """A change applied (with update-spec) first, when today's spec has nothing for ``change`` to change."""

    @property
    def name(self) -> str:
        """The change's function name (the test id)."""
        return self.change.__name__


CORPUS = [
    UpstreamChange(added_operation_with_id, "minor"),
    UpstreamChange(added_operation_without_id, "minor"),
    UpstreamChange(added_optional_request_field, "minor"),
    UpstreamChange(new_tag, "minor"),
    UpstreamChange(marked_deprecated, "minor"),
    UpstreamChange(new_response_enum_value, "major", baseline=with_a_response_enum),
    UpstreamChange(removed_operation, "major"),
    UpstreamChange(renamed_path_parameter, "major"),
    UpstreamChange(new_required_request_field, "major"),
]
"""The corpus. The outcomes are provisional until the corpus test confirms them (see that test's docstring)."""
