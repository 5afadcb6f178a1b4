"""What a spec must be before anything resolves or validates it: OpenAPI 3, local ``$ref``s that resolve, no cycles.

openapi-spec-validator resolves every ``$ref`` itself: a ``file://`` reference makes it read
that file (and print it in its error), an ``http://`` one makes it fetch the address. So a
reference that does not start with ``#`` is refused here by name, with its place, before the
validator or the generator sees the document: nothing is opened, nothing is requested.
A local reference that points to nothing, and a cycle of references that never reaches a
schema (``A -> B -> A``, or ``A: {allOf: [$ref: A]}``), are refused the same way instead of
ending in the validator's traceback. Recursion through ``properties`` or ``items`` is fine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from scripts.yaml_io import Document, DocumentError

REFERENCE_KEYS = ("$ref", "$dynamicRef", "$recursiveRef")
"""Keys whose value a JSON Schema or OpenAPI resolver follows."""
IN_PLACE = ("allOf", "anyOf", "oneOf")
"""Keywords whose subschemas apply to the same value: a reference reached through them alone is a cycle."""
MAX_SHOWN = 100
"""How many characters of a hostile value an error message quotes at most."""

Location = tuple[str | int, ...]


class SpecError(DocumentError):
    """A spec refused before anything resolved it; the message starts with its source."""


def shown(value: object) -> str:
    """Quote ``value`` for a one-line message, cut at :data:`MAX_SHOWN` characters."""
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


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
