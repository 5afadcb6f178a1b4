"""What changed between two resolved specs, from the point of view of a user of the client.

Operations are compared by method and path; within an operation, its parameters,
its JSON request body fields and its 2xx JSON response fields, each flattened to
a dotted path (``results.call_id``, ``results[].voice.name``) with its type and
whether it is required.

Breaking for a user of the client: a removed operation, parameter or field; a new
required parameter or request field; a changed type; a request field or parameter
made required; a response field made optional (code reading it may now get
nothing). Everything else that was added is an addition.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from scripts.yaml_io import Document

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class Level(IntEnum):
    """How far a change moves the package version (semver)."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


@dataclass(frozen=True, order=True)
class Change:
    """One line of the report."""

    operation: str
    what: str
    breaking: bool

    def __str__(self) -> str:
        marker = "BREAKING" if self.breaking else "addition" if "added" in self.what else "change"
        return f"[{marker}] {self.operation}: {self.what}"


@dataclass(frozen=True)
class Field:
    """A flattened field: its type and whether it must be present."""

    type: str
    required: bool


def _deref(node: Any, spec: Document) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _type_name(schema: Any, spec: Document, seen: frozenset[str] = frozenset()) -> str:
    """Describe a type shortly and comparably: ``string``, ``integer|null``, ``object``, ``array<string>``."""
    if isinstance(schema, Mapping) and "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        resolved = _deref(schema, spec)
        kind = _type_name(resolved, spec, seen | {name}) if name not in seen else "object"
        return kind
    if not isinstance(schema, Mapping):
        return "any"
    nullable = "|null" if schema.get("nullable") else ""
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            options = sorted({_type_name(option, spec, seen) for option in schema[combiner]})
            return "|".join(options) + nullable
    if "allOf" in schema:
        kinds = {_type_name(part, spec, seen) for part in schema["allOf"]}
        return ("object" if "object" in kinds or len(kinds) != 1 else kinds.pop()) + nullable
    kind = str(schema.get("type", "object" if "properties" in schema else "any"))
    if kind == "array":
        kind = f"array<{_type_name(schema.get('items', {}), spec, seen)}>"
    elif "format" in schema and kind in ("string", "integer", "number"):
        kind = f"{kind}:{schema['format']}"
    if "enum" in schema:
        kind += "{" + ",".join(sorted(str(value) for value in schema["enum"])) + "}"
    return kind + nullable


def _properties(schema: Any, spec: Document) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema, through $ref and allOf."""
    schema = _deref(schema, spec)
    if not isinstance(schema, Mapping):
        return {}, set()
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, more_required = _properties(part, spec)
        properties.update(more)
        required |= more_required
    return properties, required


def flatten(schema: Any, spec: Document, prefix: str = "", seen: frozenset[str] = frozenset()) -> dict[str, Field]:
    """Every field under ``schema`` by dotted path (recursive schemas are cut where they repeat)."""
    fields: dict[str, Field] = {}
    if isinstance(schema, Mapping) and "$ref" in schema:
        name = str(schema["$ref"])
        if name in seen:
            return fields
        seen = seen | {name}
    resolved = _deref(schema, spec)
    if not isinstance(resolved, Mapping):
        return fields
    if resolved.get("type") == "array":
        return flatten(resolved.get("items", {}), spec, f"{prefix}[]", seen)
    properties, required = _properties(resolved, spec)
    for name, child in properties.items():
        path = f"{prefix}.{name}" if prefix else name
        fields[path] = Field(_type_name(child, spec), name in required)
        fields.update(flatten(child, spec, path, seen))
    return fields


def operations(spec: Document) -> dict[str, Any]:
    """Operations by ``METHOD /path``."""
    found = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if isinstance(item, Mapping) and method in item:
                found[f"{method.upper()} {path}"] = (item, item[method])
    return found


def _parameters(item: Any, operation: Any, spec: Document) -> dict[str, Field]:
    merged: dict[str, Any] = {}
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _deref(parameter, spec)
        merged[f"{parameter['in']}:{parameter['name']}"] = parameter
    return {
        key: Field(_type_name(parameter.get("schema", {}), spec), bool(parameter.get("required")))
        for key, parameter in merged.items()
    }


def _body_fields(operation: Any, spec: Document) -> dict[str, Field]:
    body = _deref(operation.get("requestBody", {}), spec)
    fields: dict[str, Field] = {}
    for media, content in sorted(body.get("content", {}).items()):
        if media.endswith("json") or media.startswith("multipart/") or media.endswith("x-www-form-urlencoded"):
            fields.update(flatten(content.get("schema", {}), spec))
    return fields


def _response_fields(operation: Any, spec: Document) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for status, response in sorted(operation.get("responses", {}).items()):
        if not str(status).startswith("2"):
            continue
        response = _deref(response, spec)
        for media, content in sorted(response.get("content", {}).items()):
            if media.endswith("json"):
                fields.update(
                    {f"{status} {path}": field for path, field in flatten(content.get("schema", {}), spec).items()}
                )
    return fields


def _compare(name: str, kind: str, old: dict[str, Field], new: dict[str, Field], *, request: bool) -> Iterator[Change]:
    for path in sorted(old.keys() - new.keys()):
        yield Change(name, f"{kind} {path} removed", True)
    for path in sorted(new.keys() - old.keys()):
        field = new[path]
        breaking = request and field.required
        yield Change(name, f"{kind} {path} added ({field.type}{', required' if field.required else ''})", breaking)
    for path in sorted(old.keys() & new.keys()):
        before, after = old[path], new[path]
        if before.type != after.type:
            yield Change(name, f"{kind} {path} type changed: {before.type} -> {after.type}", True)
        if before.required != after.required:
            made = "required" if after.required else "optional"
            breaking = after.required if request else not after.required
            yield Change(name, f"{kind} {path} made {made}", breaking)


def diff(old: Document, new: Document) -> list[Change]:
    """Every change from ``old`` to ``new``, operations added and removed first."""
    before, after = operations(old), operations(new)
    changes: list[Change] = []
    for name in sorted(before.keys() - after.keys()):
        changes.append(Change(name, "operation removed", True))
    for name in sorted(after.keys() - before.keys()):
        changes.append(Change(name, "operation added", False))
    for name in sorted(before.keys() & after.keys()):
        (old_item, old_op), (new_item, new_op) = before[name], after[name]
        old_params, new_params = _parameters(old_item, old_op, old), _parameters(new_item, new_op, new)
        changes.extend(_compare(name, "parameter", old_params, new_params, request=True))
        changes.extend(
            _compare(name, "request field", _body_fields(old_op, old), _body_fields(new_op, new), request=True)
        )
        old_fields, new_fields = _response_fields(old_op, old), _response_fields(new_op, new)
        changes.extend(_compare(name, "response field", old_fields, new_fields, request=False))
    return changes


def level(changes: list[Change], old: Document, new: Document) -> Level:
    """Classify the change for semver: breaking → major, additions → minor, any other difference → patch."""
    if any(change.breaking for change in changes):
        return Level.MAJOR
    if changes:
        return Level.MINOR
    return Level.PATCH if old != new else Level.NONE


def bump(version: str, how_far: Level) -> str:
    """Return the version ``how_far`` past ``version`` (``MAJOR.MINOR.PATCH``)."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    if how_far is Level.MAJOR:
        return f"{major + 1}.0.0"
    if how_far is Level.MINOR:
        return f"{major}.{minor + 1}.0"
    if how_far is Level.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version


def version_key(version: str) -> tuple[int, int, int]:
    """Return a comparable form of ``MAJOR.MINOR.PATCH``."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    return major, minor, patch


def report(changes: list[Change], how_far: Level, current: str, proposed: str) -> str:
    """Render the change report, as printed by ``generate`` and written to build/spec-changes.md."""
    lines = ["# API changes since the spec generated/ was made from", ""]
    if how_far is Level.NONE:
        lines.append("No change.")
    elif not changes:
        lines.append("No change to operations, parameters or fields (descriptions, examples or similar changed).")
    else:
        breaking = sum(change.breaking for change in changes)
        lines.append(f"{len(changes)} change(s), {breaking} breaking:")
        lines.extend(f"- {change}" for change in changes)
    if proposed == current:
        lines += ["", f"Version: {current} needs no bump."]
    else:
        lines += ["", f"Version: {how_far.name.lower()} change; {current} -> {proposed} (set it in pyproject.toml)"]
    return "\n".join(lines) + "\n"
