"""What a spec must be before anything resolves or validates it: OpenAPI 3, local ``$ref``s that resolve, no cycles.

openapi-spec-validator resolves every ``$ref`` itself: a ``file://`` reference makes it read
that file (and print it in its error), an ``http://`` one makes it fetch the address. So a
reference that does not start with ``#`` is refused here by name, with its place, before the
validator or the generator sees the document: nothing is opened, nothing is requested.
A local reference that points to nothing, and a cycle of references that never reaches a
schema (``A -> B -> A``, or ``A: {allOf: [$ref: A]}``), are refused the same way instead of
ending in the validator's traceback. Recursion through ``properties`` or ``items`` is fine.

Names the generator turns into modules, folders and identifiers are capped (:func:`check_names`):
operationIds, tags, component, parameter and property names at most :data:`MAX_NAME` bytes
of UTF-8, paths at most :data:`MAX_PATH`. The generator's snake_case can double a name
(``aBaB`` is ``a_ba_b``), and a file name has 255 bytes, so a longer one ends in its traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from scripts.infra.project import MAX_SHOWN, shown
from scripts.infra.yaml_io import Document, DocumentError

REFERENCE_KEYS = ("$ref", "$dynamicRef", "$recursiveRef")
"""Keys whose value a JSON Schema or OpenAPI resolver follows."""
IN_PLACE = ("allOf", "anyOf", "oneOf")
"""Keywords whose subschemas apply to the same value: a reference reached through them alone is a cycle."""
MAX_NAME = 100
"""The longest operationId, tag, component, parameter or property name, in bytes of UTF-8."""
MAX_PATH = 200
"""The longest path (``/calls/{call_id}``), in bytes of UTF-8; an operation on a path over :data:`MAX_NAME`
needs an operationId (the generator names it after its method and path otherwise)."""
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Location = tuple[str | int, ...]


class SpecError(DocumentError):
    """A spec refused before anything resolved it; the message starts with its source."""


def place(location: Location) -> str:
    """Say where a node is: ``paths > /calls > get``, or ``the document root``."""
    text = " > ".join(str(part) for part in location) or "the document root"
    return text if len(text) <= 2 * MAX_SHOWN else "…" + text[-2 * MAX_SHOWN :]


def check_openapi(document: Document, source: str) -> None:
    """Refuse anything but an OpenAPI 3.0 or 3.1 document (a Swagger 2.0 one is named as such)."""
    if not isinstance(document, dict):
        raise SpecError(f"{source}: not an OpenAPI document: the top level is a {type(document).__name__}")
    if "swagger" in document:
        raise SpecError(
            f"{source}: a Swagger {shown(document['swagger'])} document: only OpenAPI 3.0 and 3.1 are read "
            "(convert it to OpenAPI 3 first)"
        )
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        raise SpecError(f"{source}: not an OpenAPI 3.0 or 3.1 document (openapi: {shown(version)})")


def references(document: Document) -> Iterator[tuple[Location, str, str]]:
    """Yield ``(location, key, value)`` of every string ``$ref`` (or ``$dynamicRef``…), walked without recursion."""
    stack: list[tuple[Location, Any]] = [((), document)]
    while stack:
        location, node = stack.pop()
        if isinstance(node, dict):
            for key in REFERENCE_KEYS:
                if isinstance(node.get(key), str):
                    yield location, key, node[key]
            stack.extend(((*location, key), value) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*location, index), value) for index, value in reversed(list(enumerate(node))))


def check_local_refs(document: Document, source: str) -> None:
    """Refuse, by value and place, the first reference that does not start with ``#``."""
    for location, key, value in references(document):
        if not value.startswith("#"):
            raise SpecError(
                f"{source}: {key} {shown(value)} at {place(location)} refused: "
                "only local references (#/...) are read, nothing is opened or fetched"
            )


def _tokens(value: str) -> tuple[str, ...] | None:
    """Return the JSON pointer of a local reference, unescaped; ``None`` when the fragment is not a pointer."""
    pointer = unquote(value[1:])
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        return None
    return tuple(token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/"))


_MISSING = object()


def _lookup(document: Document, tokens: tuple[str, ...]) -> Any:
    node = document
    for token in tokens:
        if isinstance(node, dict):
            if token in node:
                node = node[token]
            elif token.isdigit() and int(token) in node:  # YAML reads an unquoted `200:` as an integer key
                node = node[int(token)]
            else:
                return _MISSING
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _MISSING
    return node


def _in_place_references(node: Any) -> Iterator[str]:
    """Yield the references that apply to the value ``node`` describes: its own, and under allOf/anyOf/oneOf/not."""
    stack = [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, dict):
            continue
        if isinstance(current.get("$ref"), str):
            yield current["$ref"]
        for keyword in IN_PLACE:
            if isinstance(current.get(keyword), list):
                stack.extend(current[keyword])
        stack.append(current.get("not"))


def check_refs(document: Document, source: str) -> None:
    """Refuse non-local references, local ones that point to nothing, and reference cycles, each by name."""
    check_local_refs(document, source)
    targets: dict[str, Any] = {}
    first_seen: dict[str, Location] = {}
    for location, key, value in references(document):
        first_seen.setdefault(value, location)
        if value in targets:
            continue
        tokens = _tokens(value)
        target = _MISSING if tokens is None else _lookup(document, tokens)
        if target is _MISSING:
            what = "is not a JSON pointer (#/...)" if tokens is None else "points to nothing in the document"
            raise SpecError(f"{source}: {key} {shown(value)} at {place(location)} {what}")
        targets[value] = target
    _refuse_cycles(targets, first_seen, source)


def _refuse_cycles(targets: dict[str, Any], first_seen: dict[str, Location], source: str) -> None:
    """Depth-first over "reference -> references in place in its target"; a back edge is a cycle."""
    done: set[str] = set()
    for start in targets:
        if start in done:
            continue
        path = [start]
        iterators = [_in_place_references(targets[start])]
        while iterators:
            following = next(iterators[-1], None)
            if following is None:
                done.add(path.pop())
                iterators.pop()
            elif following in path:
                cycle = " -> ".join(shown(value) for value in [*path[path.index(following) :], following])
                raise SpecError(f"{source}: $ref cycle {cycle} (at {place(first_seen[following])})")
            elif following not in done and following in targets:
                path.append(following)
                iterators.append(_in_place_references(targets[following]))


def _names(document: Document) -> Iterator[tuple[str, object, Location, int]]:
    """Yield ``(what, name, location, cap)`` for every name of ``document`` that the generator turns into code."""
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        yield "path", path, ("paths",), MAX_PATH
        if not isinstance(item, dict):
            continue
        yield from _parameter_names(item.get("parameters"), ("paths", path, "parameters"))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where: Location = ("paths", path, method)
            if "operationId" in operation:
                yield "operationId", operation["operationId"], where, MAX_NAME
            else:
                yield "path of an operation without operationId", path, where, MAX_NAME
            tags = operation.get("tags")
            for tag in tags if isinstance(tags, list) else ():
                yield "tag", tag, (*where, "tags"), MAX_NAME
            yield from _parameter_names(operation.get("parameters"), (*where, "parameters"))
    tags = document.get("tags")
    for index, tag in enumerate(tags if isinstance(tags, list) else ()):
        if isinstance(tag, dict) and "name" in tag:
            yield "tag", tag["name"], ("tags", index), MAX_NAME
    components = document.get("components")
    for section, entries in components.items() if isinstance(components, dict) else ():
        for name, entry in entries.items() if isinstance(entries, dict) else ():
            yield "component name", name, ("components", section), MAX_NAME
            if section == "parameters":
                yield from _parameter_names([entry], ("components", section, name))
    for location, key, properties in _mappings_under("properties", document):
        for name in properties:
            yield "property name", name, (*location, key), MAX_NAME


def _parameter_names(parameters: object, location: Location) -> Iterator[tuple[str, object, Location, int]]:
    for parameter in parameters if isinstance(parameters, list) else ():
        if isinstance(parameter, dict) and "name" in parameter:
            yield "parameter name", parameter["name"], location, MAX_NAME


def _mappings_under(key: str, document: Document) -> Iterator[tuple[Location, str, dict[str, Any]]]:
    """Yield ``(location, key, value)`` of every mapping under ``key`` in ``document``, walked without recursion."""
    stack: list[tuple[Location, Any]] = [((), document)]
    while stack:
        location, node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get(key), dict):
                yield location, key, node[key]
            stack.extend(((*location, name), value) for name, value in node.items())
        elif isinstance(node, list):
            stack.extend(((*location, index), value) for index, value in enumerate(node))


def check_names(document: Document, source: str) -> None:
    """Refuse, by kind and place, the first name over its cap (:data:`MAX_NAME`, :data:`MAX_PATH`)."""
    if not isinstance(document, dict):
        return
    for what, name, location, cap in _names(document):
        if isinstance(name, str) and len(name.encode("utf-8", "surrogatepass")) > cap:
            size = len(name.encode("utf-8", "surrogatepass"))
            advice = ": give it an operationId (the overlay can)" if what.startswith("path of") else ""
            raise SpecError(
                f"{source}: {what} {shown(name)} at {place(location)} is {size:,} bytes long, "
                f"more than {cap} (the cap on names the generator turns into code){advice}"
            )
