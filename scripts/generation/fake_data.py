"""The spec data of ``puretalk_client.testing.FakeAPI``, written into the generated package by ``generate``.

The fake API answers from the same resolved spec as the client, so users' tests move with the API.
It needs, per operation (keyed ``METHOD path`` as in ``OPERATIONS``): the parameters and the request
body with their schemas, the documented success answer (status, media type, schema, example) and
error answers, and the answer's shape (the ``{msg, err, results}`` envelope; linked or counted pages).
Schemas are written as JSON Schema 2020-12 (``nullable`` turned into a ``null`` type, component
``$ref``s pointing into ``$defs``), so a standard validator checks requests against them.

The file is compact JSON with sorted keys: the same spec gives the same bytes, and ``check`` compares
it like every other file of the generated tree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from pathlib import Path
from typing import Any

from scripts.infra.yaml_io import Document

FAKE_DATA = "fake_api.json"
"""The file's name inside the generated package (``puretalk_client.testing`` reads it as package data)."""
FORMAT = 1
"""The layout of the file; raised when it changes incompatibly."""
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMAS = "#/components/schemas/"
DEFS = "#/$defs/"
DROPPED = frozenset({"description", "title", "xml", "externalDocs", "deprecated", "discriminator", "nullable"})
"""OpenAPI schema keywords the fake does not need (``nullable`` is rewritten, not copied)."""
NESTED_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
NESTED_ONE = frozenset({"items", "additionalProperties", "not", "contains", "propertyNames"})
NESTED_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
MAX_DEPTH = 32


def write_fake_data(resolved: Document, package_dir: Path) -> None:
    """Write :data:`FAKE_DATA` into ``package_dir`` from the resolved spec (after the overlay)."""
    plain = json.loads(json.dumps(fake_data(resolved)))  # keys a YAML spec wrote as numbers become strings
    text = json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    (package_dir / FAKE_DATA).write_text(text + "\n", encoding="utf-8")


def fake_data(spec: Document) -> dict[str, Any]:
    """Return the data the fake API needs, from the resolved spec."""
    schemas = _mapping(_mapping(spec.get("components")).get("schemas"))
    servers = spec.get("servers")
    server = servers[0].get("url") if isinstance(servers, list) and servers and isinstance(servers[0], dict) else None
    return {
        "format": FORMAT,
        "server": server if isinstance(server, str) else None,
        "auth_header": _auth_header(spec),
        "schemas": {name: _json_schema(schema, spec) for name, schema in schemas.items()},
        "operations": dict(_operations(spec)),
    }


def answer_shape(operation: Mapping[str, Any], query: frozenset[str], schema: Any, spec: Document) -> dict[str, Any]:
    """Return how an operation's success answer is wrapped and paged: the one place that decides it.

    ``envelope``: the answer is ``{msg, err, results}``; ``paging``: ``"linked"`` for
    ``{count, next, previous, results}`` pages, ``"counted"`` for an envelope whose ``results`` is
    ``{count, <items>}`` (campaigns), else ``None``; ``items``: the field holding a page's items;
    ``page`` / ``size``: the query parameters (of ``query``) that choose the page and its size.
    Until the overlay declares envelopes and pagination (``x-puretalk-*``), this reads them from the
    schemas; once it does, read ``operation``'s declarations here instead.
    """
    fields = _properties(schema, spec)
    shape: dict[str, Any] = {"envelope": False, "paging": None, "items": None}
    if {"count", "next", "results"} <= fields.keys() and _is_array(fields["results"], spec):
        shape.update(paging="linked", items="results")
    elif {"msg", "err"} <= fields.keys():
        shape["envelope"] = True
        inner = _properties(fields["results"], spec) if "results" in fields else {}
        arrays = [name for name, field in inner.items() if _is_array(field, spec)]
        if "count" in inner and len(arrays) == 1:
            shape.update(paging="counted", items=arrays[0])
    if shape["paging"]:
        shape["page"] = "page" if "page" in query else None
        shape["size"] = "limit" if "limit" in query else None
    return shape


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _pointer(spec: Document, ref: str) -> Any:
    """Follow a local ``$ref`` (the spec guard has checked it resolves)."""
    node: Any = spec
    for part in ref.removeprefix("#/").split("/") if ref != "#" else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _deref(node: Any, spec: Document) -> Any:
    """Follow ``$ref``s (of parameters, bodies, responses, examples) to the object they name."""
    for _ in range(MAX_DEPTH):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        node = _pointer(spec, node["$ref"])
    return {}


def _auth_header(spec: Document) -> str | None:
    """Return the header an ``apiKey`` security scheme sends the key in (masked in recorded requests)."""
    schemes = _mapping(_mapping(spec.get("components")).get("securitySchemes"))
    for scheme in schemes.values():
        scheme = _deref(scheme, spec)
        if isinstance(scheme, dict) and scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            name = scheme.get("name")
            return name if isinstance(name, str) else None
    return None


def _json_schema(node: Any, spec: Document, depth: int = 0, inlined: tuple[str, ...] = ()) -> Any:
    """Turn an OpenAPI 3.0 schema into JSON Schema 2020-12 (``nullable``, component refs, boolean exclusives).

    A ``$ref`` to a component schema points into ``$defs``; any other is inlined, once per chain (a
    cycle through such refs becomes ``{}``, which allows anything).
    """
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return node if not isinstance(node, dict) else {}
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.removeprefix(SCHEMAS)
        if ref.startswith(SCHEMAS) and "/" not in name:
            return {"$ref": DEFS + name}
        if ref in inlined:
            return {}
        return _json_schema(_pointer(spec, ref), spec, depth + 1, (*inlined, ref))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in DROPPED or key.startswith("x-"):
            continue
        if key in NESTED_MAPS and isinstance(value, dict):
            out[key] = {name: _json_schema(item, spec, depth + 1, inlined) for name, item in value.items()}
        elif key in NESTED_ONE and isinstance(value, dict):
            out[key] = _json_schema(value, spec, depth + 1, inlined)
        elif key in NESTED_LISTS and isinstance(value, list):
            out[key] = [_json_schema(item, spec, depth + 1, inlined) for item in value]
        else:
            out[key] = value
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(exclusive), bool) and out.pop(exclusive) and bound in out:
            out[exclusive] = out.pop(bound)
    if node.get("nullable") is True:
        if isinstance(out.get("type"), str) and "enum" not in out:
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _properties(schema: Any, spec: Document, depth: int = 0) -> dict[str, Any]:
    """Return the properties of an object schema, through ``$ref`` and ``allOf`` (unconverted)."""
    schema = _deref(schema, spec)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return {}
    found: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        found.update(_properties(part, spec, depth + 1))
    found.update(_mapping(schema.get("properties")))
    return found


def _is_array(schema: Any, spec: Document) -> bool:
    schema = _deref(schema, spec)
    if not isinstance(schema, dict):
        return False
    return schema.get("type") == "array" or any(_is_array(part, spec) for part in schema.get("allOf") or [])


def _parameters(operation: Mapping[str, Any], item: Mapping[str, Any], spec: Document) -> list[dict[str, Any]]:
    """Return the operation's parameters, its path item's included (the operation's win), each ``$ref`` followed."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _deref(parameter, spec)
        if isinstance(parameter, dict):
            merged[(str(parameter.get("name")), str(parameter.get("in")))] = parameter
    return list(merged.values())


def _media(content: object) -> tuple[str | None, Mapping[str, Any]]:
    """Return the first media type of a ``content`` map, JSON first when there is one."""
    media = _mapping(content)
    if not media:
        return None, {}
    name = next((key for key in media if key == "application/json" or key.endswith("+json")), next(iter(media)))
    return name, _mapping(media[name])


def _answer(status: int, response: Any, spec: Document) -> dict[str, Any]:
    """Describe a documented answer: its status, media type, schema (JSON Schema) and example when it has one."""
    media_type, media = _media(_mapping(_deref(response, spec)).get("content"))
    answer: dict[str, Any] = {"status": status, "media": media_type, "schema": None}
    if "schema" in media:
        answer["schema"] = _json_schema(media["schema"], spec)
    if "example" in media:
        answer["example"] = media["example"]
    else:
        examples = [_mapping(_deref(value, spec)) for value in _mapping(media.get("examples")).values()]
        if examples and "value" in examples[0]:
            answer["example"] = examples[0]["value"]
    return answer


def _operations(spec: Document) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path, raw_item in _mapping(spec.get("paths")).items():
        item = _mapping(_deref(raw_item, spec))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            parameters = [
                {
                    "name": parameter.get("name"),
                    "in": parameter.get("in"),
                    "required": parameter.get("required") is True,
                    "schema": _json_schema(
                        parameter.get("schema", _media(parameter.get("content"))[1].get("schema")), spec
                    ),
                }
                for parameter in _parameters(operation, item, spec)
            ]
            query = frozenset(str(parameter["name"]) for parameter in parameters if parameter["in"] == "query")
            body: dict[str, Any] | None = None
            request_body = _mapping(_deref(operation.get("requestBody"), spec))
            if request_body:
                media_type, media = _media(request_body.get("content"))
                body = {
                    "media": media_type,
                    "required": request_body.get("required") is True,
                    "schema": _json_schema(media.get("schema"), spec),
                }
            responses = _mapping(operation.get("responses"))
            statuses = sorted((int(code), value) for code, value in responses.items() if str(code).isdigit())
            success = next(((code, value) for code, value in statuses if HTTPStatus.OK <= code < 300), None)
            answer = (
                _answer(success[0], success[1], spec) if success else {"status": 200, "media": None, "schema": None}
            )
            raw_schema = _media(_mapping(_deref(success[1], spec)).get("content"))[1].get("schema") if success else None
            entry = {
                "parameters": parameters,
                "body": body,
                "answer": answer,
                "errors": {str(code): _answer(code, value, spec) for code, value in statuses if code >= 400},
                "shape": answer_shape(operation, query, raw_schema, spec),
            }
            found.append((f"{method.upper()} {path}", entry))
    return found
