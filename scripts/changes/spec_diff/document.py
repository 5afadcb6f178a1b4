"""One OpenAPI document as the diff reads it: defensive access, memoised ``$ref``s, operations.

Every mapping and list is read through :func:`mapping` and :func:`sequence`, so a
null where a mapping belongs (``responses:`` with nothing under it) reads as empty.
What the diff cannot read at all (a parameter without ``name``, a ``$ref`` that
points nowhere) raises :class:`SpecDiffError` with one line that names the spot.
Swagger 2.0 operations are read in the shape of OpenAPI 3 (body and form parameters
as a request body, response ``schema`` as content).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from scripts.infra.project import PipelineError
from scripts.infra.yaml_io import Document

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}/]*)\}")
_EMPTY: Mapping[str, Any] = {}
_IGNORED = frozenset({"accept", "content-type", "authorization"})
"""Header parameters OpenAPI says to ignore (media types and security describe them)."""


class SpecDiffError(PipelineError, ValueError):
    """A document the diff cannot read; the message is one line naming the document and the spot."""


def mapping(value: Any) -> Mapping[str, Any]:
    """``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, Mapping) else _EMPTY


def sequence(value: Any) -> list[Any]:
    """``value`` if it is a list, else an empty one."""
    return value if isinstance(value, list) else []


def media_base(media: str) -> str:
    """Return the media type without its parameters, lower case (``application/json; charset=utf-8``)."""
    return media.split(";", 1)[0].strip().lower()


def is_json(media: str) -> bool:
    """Whether values of this media type are typed JSON (``application/json``, ``…+json``)."""
    base = media_base(media)
    return base == "application/json" or base.endswith("+json")


def path_parameters(path: str) -> list[str]:
    """Return the template names of ``path``, in order: ``/a/{x}/b/{y}`` → ``["x", "y"]``."""
    return _TEMPLATE.findall(path)


def path_shape(path: str) -> str:
    """``path`` with its template names blanked, so ``/books/{bookId}`` matches ``/books/{id}``."""
    return _TEMPLATE.sub("{}", path)


@dataclass(frozen=True)
class Operation:
    """One operation of a document: its method, path, path item and operation object."""

    method: str
    path: str
    item: Mapping[str, Any]
    raw: Mapping[str, Any]

    @property
    def name(self) -> str:
        """``METHOD /path``, as the report names it."""
        return f"{self.method.upper()} {self.path}"


class Spec:
    """A document with its ``$ref`` targets looked up once each."""

    def __init__(self, document: Document, name: str) -> None:
        if not isinstance(document, Mapping):
            raise SpecDiffError(f"{name}: not an OpenAPI document (its root is not a mapping)")
        self.root: Mapping[str, Any] = document
        self.name = name
        self.swagger = str(document.get("swagger", "")).startswith("2")
        self._targets: dict[str, Any] = {}

    def _target(self, ref: str) -> Any:
        if ref in self._targets:
            return self._targets[ref]
        shown = repr(ref[:80])
        if not ref.startswith("#"):
            raise SpecDiffError(f"{self.name}: $ref {shown} is not local (only '#/…' references are read)")
        if ref != "#" and not ref.startswith("#/"):
            raise SpecDiffError(f"{self.name}: $ref {shown} is not a JSON pointer (anchors are not read)")
        node: Any = self.root
        for raw_part in ref[2:].split("/") if ref != "#" else []:
            part = unquote(raw_part).replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecDiffError(f"{self.name}: $ref {shown} points to nothing")
        self._targets[ref] = node
        return node

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref``s from ``node`` to what they point at (a ``$ref`` loop reads as an empty schema)."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str):
                raise SpecDiffError(f"{self.name}: a $ref that is not a string: {repr(ref)[:60]}")
            if ref in seen:
                return _EMPTY
            seen.add(ref)
            node = self._target(ref)
        return node

    def operations(self) -> list[Operation]:
        """Every operation, in document order."""
        found = []
        for path, raw_item in mapping(self.root.get("paths")).items():
            item = mapping(self.resolve(raw_item))
            for method in METHODS:
                if method in item:
                    found.append(Operation(method, str(path), item, mapping(self.resolve(item[method]))))
        return found

    def parameters(self, operation: Operation) -> dict[tuple[str, str], Mapping[str, Any]]:
        """Parameters by ``(in, name)`` (header names lower case), the operation's overriding the path item's."""
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*sequence(operation.item.get("parameters")), *sequence(operation.raw.get("parameters"))]:
            parameter = self.resolve(raw)
            name = parameter.get("name") if isinstance(parameter, Mapping) else None
            where = parameter.get("in") if isinstance(parameter, Mapping) else None
            if not isinstance(name, str) or not isinstance(where, str):
                raise SpecDiffError(f"{self.name}: {operation.name}: a parameter without a 'name' and an 'in'")
            if (self.swagger and where in ("body", "formData")) or (where == "header" and name.lower() in _IGNORED):
                continue
            merged[(where, name.lower() if where == "header" else name)] = parameter
        return merged

    def parameter_schema(self, parameter: Mapping[str, Any]) -> tuple[Any, bool]:
        """Return a parameter's schema, and whether it is typed JSON (a ``content`` parameter of a JSON media type)."""
        if "schema" in parameter:
            return parameter["schema"], False
        for media, content in mapping(parameter.get("content")).items():
            return mapping(content).get("schema", _EMPTY), is_json(str(media))
        if self.swagger:
            skip = {"name", "in", "required", "description", "allowEmptyValue", "collectionFormat"}
            return {key: value for key, value in parameter.items() if key not in skip}, False
        return _EMPTY, False

    def _media_types(self, operation: Operation, key: str) -> list[str]:
        declared = sequence(operation.raw.get(key)) or sequence(self.root.get(key))
        return [str(media) for media in declared] or ["application/json"]

    def request_body(self, operation: Operation) -> Mapping[str, Any] | None:
        """Return the request body object, or None when the operation takes none."""
        if not self.swagger:
            body = operation.raw.get("requestBody")
            return None if body is None else mapping(self.resolve(body))
        parameters = [mapping(self.resolve(raw)) for raw in sequence(operation.raw.get("parameters"))]
        for parameter in parameters:
            if parameter.get("in") == "body":
                content = {
                    media: {"schema": parameter.get("schema")} for media in self._media_types(operation, "consumes")
                }
                return {"required": parameter.get("required", False), "content": content}
        form = [parameter for parameter in parameters if parameter.get("in") == "formData"]
        if not form:
            return None
        schema = {
            "type": "object",
            "properties": {str(p.get("name")): self.parameter_schema(p)[0] for p in form},
            "required": [str(p.get("name")) for p in form if p.get("required")],
        }
        consumes = self._media_types(operation, "consumes")
        media = [m for m in consumes if "form" in m] or ["application/x-www-form-urlencoded"]
        return {"required": any(p.get("required") for p in form), "content": {m: {"schema": schema} for m in media}}

    def responses(self, operation: Operation) -> dict[str, Mapping[str, Any]]:
        """Response objects by status (``"200"``, ``"2XX"``, ``"default"``)."""
        found = {}
        for status, raw in mapping(operation.raw.get("responses")).items():
            response = mapping(self.resolve(raw))
            if self.swagger:
                content = (
                    {media: {"schema": response["schema"]} for media in self._media_types(operation, "produces")}
                    if "schema" in response
                    else {}
                )
                headers = {name: {"schema": header} for name, header in mapping(response.get("headers")).items()}
                response = {"content": content, "headers": headers}
            found[str(status)] = response
        return found

    def header_schema(self, header: Mapping[str, Any]) -> Any:
        """Return a response header's schema (from ``schema`` or its ``content``)."""
        if "schema" in header:
            return header["schema"]
        for content in mapping(header.get("content")).values():
            return mapping(content).get("schema", _EMPTY)
        return _EMPTY

    def security_schemes(self) -> Mapping[str, Any]:
        """Security scheme definitions by name."""
        if self.swagger:
            return mapping(self.root.get("securityDefinitions"))
        return mapping(mapping(self.root.get("components")).get("securitySchemes"))
