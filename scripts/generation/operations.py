"""The operations of the spec as the client names them: the IR's endpoints, and the naming rule of the README."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scripts.generation.ir import Endpoint, FacadeError, Field, RequestBody, Union
from scripts.generation.names import Identifier, snake

METHOD_EXTENSION = "x-puretalk-method"
ARGUMENTS_EXTENSION = "x-puretalk-arguments"
_VERBS = {"get": "get", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
_VERSION = re.compile(r"v\d+")


@dataclass
class Operation:
    """One endpoint of the parse (:class:`scripts.generation.ir.Endpoint`), with the name the facade gives it."""

    tag: Identifier
    function: Identifier
    method: str
    path: str
    path_params: list[Field]
    query_params: list[Field]
    header_params: list[Field]
    """Header and cookie parameters: keywords like the query's."""
    cookie_params: list[Field]
    """The cookie parameters among ``header_params``."""
    body: Union | None
    body_required: bool
    bodies: tuple[RequestBody, ...]
    success: list[Union | None]
    """The 2xx answers: each a union of types, ``None`` for a binary (bytes) answer."""
    statuses: tuple[tuple[int, int], ...]
    spec: Mapping[str, Any]
    resource: tuple[str, ...] = ()
    python_name: str = ""
    named_by: str = "overlay"
    renames: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, endpoint: Endpoint) -> Operation:
        """Return the operation of one endpoint of the IR, not named yet."""
        return cls(
            endpoint.tag, endpoint.function, endpoint.method, endpoint.path, list(endpoint.path_params),
            list(endpoint.query_params), [*endpoint.header_params, *endpoint.cookie_params],
            list(endpoint.cookie_params), endpoint.body, endpoint.body_required, endpoint.bodies,
            list(endpoint.success), endpoint.statuses, endpoint.spec,
        )  # fmt: skip

    def place(self, entry: Field) -> str:
        """Where a parameter goes: ``path``, ``query``, ``header`` or ``cookie``."""
        for place, fields in (
            ("path", self.path_params),
            ("query", self.query_params),
            ("cookie", self.cookie_params),
            ("header", self.header_params),
        ):
            if any(item is entry for item in fields):
                return place
        return "body"  # fmt: skip

    @property
    def operation_id(self) -> str:
        """The spec's operationId, or the generator's function name."""
        value = self.spec.get("operationId")
        return value if isinstance(value, str) else self.function

    @property
    def key(self) -> str:
        """``METHOD path``."""
        return f"{self.method} {self.path}"

    @property
    def dotted(self) -> str:
        """The method as users call it: ``calls.get_recording``."""
        return ".".join((*self.resource, self.python_name))


def _segments(path: str) -> list[str]:
    return [segment for segment in path.strip("/").split("/") if segment]


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def derived_name(method: str, path: str, tags: list[str]) -> tuple[tuple[str, ...], str]:
    """Resource and method of an operation the overlay does not name.

    The resource is the first tag, else the first path segment that is neither a
    parameter nor a version (``v1``). The method comes from the HTTP method and the
    literal segments after the first one (parameters and versions skipped): with
    none, GET gives ``list`` on a collection and ``get`` when the path ends in a
    parameter, POST ``create``, PUT/PATCH ``update``, DELETE ``delete``; otherwise
    the verb and those words (``GET /calls/{call_id}/recording`` → ``calls.get_recording``).
    """
    segments = _segments(path)
    literal = [segment for segment in segments if not _is_parameter(segment) and not _VERSION.fullmatch(segment)]
    resource = snake(tags[0]) if tags else snake(literal[0]) if literal else "default"
    words = [snake(segment) for segment in literal[1:]]
    verb = method.lower()
    if words:
        return (resource,), "_".join([_VERBS.get(verb, verb), *words])
    if verb == "get":
        return (resource,), "get" if segments and _is_parameter(segments[-1]) else "list"
    return (resource,), _VERBS.get(verb, verb)


def wanted_name(operation: Operation) -> tuple[tuple[str, ...], str, str]:
    """Return the resource, method and who named it (``overlay`` or ``rule``) that an operation asks for."""
    named = operation.spec.get(METHOD_EXTENSION)
    if isinstance(named, str) and named.strip():
        parts = tuple(snake(part) for part in named.strip().split("."))
        if len(parts) < 2:
            raise FacadeError(f"{operation.key}: {METHOD_EXTENSION} must be resource.method, got {named[:60]!r}")
        return parts[:-1], parts[-1], "overlay"
    tags = [str(tag) for tag in operation.spec.get("tags") or [] if isinstance(tag, str)]
    resource, method = derived_name(operation.method, operation.path, tags)
    return resource, method, "rule"


__all__ = ["ARGUMENTS_EXTENSION", "METHOD_EXTENSION", "Operation", "derived_name", "wanted_name"]
