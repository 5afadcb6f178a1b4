"""Check a parsed body against the types the generated models declare.

The generated ``from_dict`` takes documented fields as they come: a ``call_id``
sent as an object, a number or null where the spec says string would reach the
caller as is. :func:`conforms` walks a parsed model (nested models, lists, unions,
Literal enums) against its attrs fields' type hints and raises ``TypeError``
naming the field, which the client reports as :class:`APIResponseValidationError`.
"""

from __future__ import annotations

import datetime
import sys
import types
import typing
import uuid
from typing import Any, TypeVar

import attrs

T = TypeVar("T")
_SKIPPED = frozenset({"additional_properties"})


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(model: type) -> dict[str, Any]:
    cached = _HINTS.get(model)
    if cached is not None:
        return cached
    import puretalk_api.models
    import puretalk_api.types

    namespace = {**vars(puretalk_api.types), **vars(puretalk_api.models), "datetime": datetime, "UUID": uuid.UUID}
    hints = typing.get_type_hints(model, globalns={**namespace, **vars(sys.modules[model.__module__])})
    cached = _HINTS[model] = {name: hint for name, hint in hints.items() if name not in _SKIPPED}
    return cached


def _matches(value: object, hint: Any) -> str | None:
    """Return None if ``value`` fits ``hint``, else why not (a path and what was found)."""
    if hint is Any or hint is object:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        reasons = [_matches(value, option) for option in typing.get_args(hint)]
        return None if None in reasons else next(reason for reason in reasons if reason)
    if origin is typing.Literal:
        return None if value in typing.get_args(hint) else f": {value!r} is not one of {list(typing.get_args(hint))}"
    if origin in (list, dict):
        if not isinstance(value, origin):
            return f": expected {origin.__name__}, got {type(value).__name__}"
        arguments = typing.get_args(hint)
        items = value if origin is list else value.values()
        item_hint = arguments[-1] if arguments else Any
        for index, item in enumerate(items):
            reason = _matches(item, item_hint)
            if reason:
                return f"[{index}]{reason}"
        return None
    if hint is type(None):
        return None if value is None else f": expected null, got {type(value).__name__}"
    if hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else f": expected a number, got {type(value).__name__}"
    if hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else f": expected an integer, got {type(value).__name__}"
    if isinstance(hint, type):
        if not isinstance(value, hint):
            return f": expected {hint.__name__}, got {type(value).__name__}"
        return _fields(value) if attrs.has(hint) else None
    return None  # a hint this check does not know passes


def _fields(model: object) -> str | None:
    for name, hint in _hints(type(model)).items():
        reason = _matches(getattr(model, name), hint)
        if reason:
            return f".{name}{reason}"
    return None


def conforms(parsed: T) -> T:
    """Return ``parsed`` (a generated model) if every documented field has its documented type; else TypeError."""
    reason = _fields(parsed) if attrs.has(type(parsed)) else None
    if reason:
        raise TypeError(f"field {type(parsed).__name__}{reason}")
    return parsed
