"""The intermediate representation the generator's templates render from: typed, frozen, generator-free.

:mod:`scripts.generation.adapter` (the only module that touches openapi-python-client's classes)
turns the generator's parse of the resolved spec into these values; everything after it (the
facade model, the renderers, the surface) reads only these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scripts.generation.names import Identifier
from scripts.generation.source_text import Code
from scripts.infra.project import PipelineError


class FacadeError(PipelineError):
    """The client cannot be derived from the parse; the message (one line) names the operation and the cause."""


@dataclass(frozen=True)
class TypeRef:
    """One part of an annotation: a model or Literal alias, a list, an upload, or a leaf type of the generator."""

    kind: str
    """``model``, ``alias``, ``list``, ``sequence``, ``file``, ``const``, ``unset`` or ``leaf``."""
    name: str = ""
    """The class name (model, alias), or the generator's own type code (leaf)."""
    item: tuple[TypeRef, ...] = ()
    """The item type of a ``list``, as union parts."""
    origin: str = ""
    """What ``isinstance`` checks for this part (empty: it cannot be checked)."""


Union = tuple[TypeRef, ...]
UNSET_REF = TypeRef("unset", "NotGiven")
"""An optional argument's "not given" part: ``NotGiven`` (the generator's ``Unset`` is the same class)."""


def core(parts: Union) -> Union:
    """``parts`` without ``Unset``."""
    return tuple(part for part in parts if part.kind != "unset")


@dataclass(frozen=True)
class Field:
    """A property of a generated model (or a parameter): Python name, the spec's name, type, required."""

    name: Identifier
    source: str
    parts: Union
    required: bool
    description: str
    default: Code | None


@dataclass(frozen=True)
class Model:
    """A generated attrs model (or enum / Literal alias, with no fields)."""

    name: str
    fields: tuple[Field, ...]
    is_alias: bool = False
    checker: tuple[Identifier, Identifier] | None = None
    """A Literal enum's value check: ``(module, function)`` in ``models/`` (``check_list_calls_status``)."""

    def field(self, name: str) -> Field | None:
        """Return the field whose Python name is ``name``, if any."""
        return next((item for item in self.fields if item.name == name), None)


@dataclass(frozen=True)
class RequestBody:
    """One way to send an operation's body: its media type, how httpx takes it, and its type."""

    content_type: str
    kind: str
    """``json`` (``json=``), ``data`` (a form, ``data=``), ``files`` (multipart, ``files=``), ``content`` (bytes)."""
    parts: Union
    """The body's type, without ``Unset``."""
    required: bool


@dataclass(frozen=True)
class Endpoint:
    """One operation of the parse: method, spec path, parameters by place, body and 2xx answers."""

    tag: Identifier
    function: Identifier
    """The generator's function name (from the operationId, through :func:`scripts.generation.names.snake`)."""
    method: str
    path: str
    path_params: tuple[Field, ...]
    query_params: tuple[Field, ...]
    header_params: tuple[Field, ...]
    cookie_params: tuple[Field, ...]
    body: Union | None
    body_required: bool
    bodies: tuple[RequestBody, ...]
    """Each media type the body may be sent as (the generator's order: the first that fits is used)."""
    success: tuple[Union | None, ...]
    """The 2xx answers: each a union of types, ``None`` for a binary (bytes) answer."""
    statuses: tuple[tuple[int, int], ...]
    """The documented 2xx statuses, as inclusive ranges (``(200, 200)``; ``2XX`` is ``(200, 299)``)."""
    spec: Mapping[str, Any]
    """The operation object of the resolved spec (for the overlay's ``x-puretalk-*`` keys)."""


@dataclass(frozen=True)
class Parse:
    """The whole parse: every model by class name and every endpoint, tag by tag."""

    models: Mapping[str, Model]
    endpoints: tuple[Endpoint, ...]


__all__ = ["UNSET_REF", "Endpoint", "FacadeError", "Field", "Model", "Parse", "RequestBody", "TypeRef", "Union", "core"]
