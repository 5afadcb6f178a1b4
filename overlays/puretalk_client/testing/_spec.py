"""The spec data the fake API answers from: operations, routes, schemas, and answers built from them.

``generate`` writes the data (``fake_api.json``, :mod:`scripts.generation.fake_data`) into the generated
package from the same resolved spec as the client; the operations' Python names come from the
generated ``OPERATIONS``. Both are reached through the two names below only.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from puretalk_client._generated.resources import OPERATIONS

GENERATED_PACKAGE = "puretalk_client._generated"
"""The generated package that holds ``fake_api.json`` (package data)."""
DATA_FILE = "fake_api.json"
FORMAT = 1
DEFAULT_SERVER = "https://api.puretalk.test/api"
MAX_DEPTH = 32
_PARAMETER = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True)
class Parameter:
    """A parameter of an operation: where it goes, whether it is required, its JSON Schema."""

    name: str
    location: str
    required: bool
    schema: Any


@dataclass(frozen=True)
class Answer:
    """A documented answer: status, media type, JSON Schema, and the spec's example if it gives one."""

    status: int
    media: str | None
    schema: Any
    example: Any
    has_example: bool


@dataclass(frozen=True)
class Shape:
    """How a success answer is wrapped and paged (``paging``: ``"linked"``, ``"counted"`` or ``None``)."""

    envelope: bool
    paging: str | None
    items: str | None
    page: str | None
    size: str | None


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, by its client name (``calls.get``) and its ``METHOD path``."""

    name: str
    method: str
    path: str
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body: Mapping[str, Any] | None
    answer: Answer
    errors: Mapping[int, Answer]
    shape: Shape

    @property
    def key(self) -> str:
        """``METHOD path``, as in ``OPERATIONS`` and api.md."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class Spec:
    """Every operation, the schemas they refer to, the server and the key's header."""

    operations: Mapping[str, Operation]
    schemas: Mapping[str, Any]
    server: str
    auth_header: str | None

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """Return the operation a request is for, its path parameters, and whether only the method was wrong.

        A literal path segment beats a parameter (``/ai-assistants/delete-llm-states`` before
        ``/ai-assistants/{assistant_id}``).
        """
        found: list[tuple[int, Operation, dict[str, str]]] = []
        path_known = False
        for operation in self.operations.values():
            matched = operation.pattern.fullmatch(path)
            if matched is None:
                continue
            path_known = True
            if operation.method == method:
                found.append((len(matched.groupdict()), operation, matched.groupdict()))
        if not found:
            return None, {}, path_known
        _, operation, values = min(found, key=lambda item: item[0])
        return operation, values, False


def _answer(raw: Mapping[str, Any]) -> Answer:
    return Answer(int(raw["status"]), raw.get("media"), raw.get("schema"), raw.get("example"), "example" in raw)


def _pattern(path: str) -> re.Pattern[str]:
    parts = _PARAMETER.split(path)
    regex = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<p{index // 2}>[^/]+)" for index, part in enumerate(parts)
    )
    return re.compile(regex)


def _parameter_names(path: str) -> list[str]:
    return _PARAMETER.findall(path)


@functools.cache
def load_spec() -> Spec:
    """Read the generated package's fake API data once (it is the same for every ``FakeAPI``)."""
    text = resources.files(GENERATED_PACKAGE).joinpath(DATA_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise RuntimeError(f"{GENERATED_PACKAGE}/{DATA_FILE} has format {data.get('format')!r}, not {FORMAT}")
    operations: dict[str, Operation] = {}
    for key, name in OPERATIONS.items():
        raw = data["operations"].get(key)
        if raw is None:
            continue
        method, _, path = key.partition(" ")
        shape = raw["shape"]
        operations[name] = Operation(
            name=name,
            method=method,
            path=path,
            pattern=_pattern(path),
            parameters=tuple(
                Parameter(str(item["name"]), str(item["in"]), bool(item["required"]), item["schema"])
                for item in raw["parameters"]
            ),
            body=raw["body"],
            answer=_answer(raw["answer"]),
            errors={int(status): _answer(value) for status, value in raw["errors"].items()},
            shape=Shape(shape["envelope"], shape["paging"], shape["items"], shape.get("page"), shape.get("size")),
        )
    server = data.get("server")
    if not (isinstance(server, str) and server.startswith(("https://", "http://"))):
        server = DEFAULT_SERVER  # no server, or a relative one: any absolute URL does, nothing is sent there
    return Spec(operations, data["schemas"], server, data.get("auth_header"))


def path_values(operation: Operation, groups: Mapping[str, str]) -> dict[str, str]:
    """Map the regex groups of a matched path back to the spec's parameter names."""
    names = _parameter_names(operation.path)
    return {names[int(group[1:])]: value for group, value in groups.items()}


class Examples:
    """Build a value valid per a JSON Schema: the spec's examples where it has them, else from the types."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self._schemas = schemas

    def resolve(self, schema: Any) -> Any:
        """Follow ``$ref`` to ``$defs``."""
        for _ in range(MAX_DEPTH):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                return schema
            schema = self._schemas.get(schema["$ref"].removeprefix("#/$defs/"), {})
        return {}

    def properties(self, schema: Any, depth: int = 0) -> dict[str, Any]:
        """Return the properties of an object schema, through ``$ref`` and ``allOf``."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return {}
        found: dict[str, Any] = {}
        for part in schema.get("allOf") or []:
            found.update(self.properties(part, depth + 1))
        found.update(schema.get("properties") or {})
        return found

    def kinds(self, schema: Any) -> list[Any]:
        """Return the JSON types a schema names (``[]`` when it names none)."""
        kind = schema.get("type") if isinstance(schema := self.resolve(schema), dict) else None
        return kind if isinstance(kind, list) else [kind] if kind else []

    def build(self, schema: Any, seen: tuple[str, ...] = ()) -> Any:
        """Return an example of ``schema`` (a recursive schema is cut where it would repeat)."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str):
            if ref in seen or len(seen) > MAX_DEPTH:
                return None
            return self.build(self.resolve(schema), (*seen, ref))
        if not isinstance(schema, dict):
            return None
        for key in ("example", "default", "const"):
            if key in schema:
                return schema[key]
        if schema.get("enum"):
            return schema["enum"][0]
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.build(part, seen)
                if isinstance(value, dict):
                    merged.update(value)
            return self._object(schema, seen, merged)
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                branches = [part for part in schema[key] if self.resolve(part).get("type") != "null"]
                return self.build((branches or schema[key])[0], seen)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((item for item in kind if item != "null"), "null")
        if kind == "object" or "properties" in schema:
            return self._object(schema, seen, {})
        if kind == "array":
            item = self.build(schema.get("items", {}), seen)
            return [] if item is None else [item]
        return _scalar(kind, schema)

    def _object(self, schema: Mapping[str, Any], seen: tuple[str, ...], start: dict[str, Any]) -> dict[str, Any]:
        value = dict(start)
        for name, field in (schema.get("properties") or {}).items():
            built = self.build(field, seen)
            if built is not None or _allows_null(self.resolve(field)):
                value[name] = built
        return value


def _allows_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind) or "anyOf" in schema


_FORMATS = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
}


def _scalar(kind: object, schema: Mapping[str, Any]) -> Any:
    if kind == "string":
        return _FORMATS.get(str(schema.get("format")), "string")
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        value = low + 1 if "exclusiveMinimum" in schema else max(low, 0)
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return False
    return None
