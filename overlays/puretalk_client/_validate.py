"""Check a parsed body against the types the generated models declare.

The generated ``from_dict`` takes documented fields as they come: a ``call_id``
sent as an object, a number or null where the spec says string would reach the
caller as is. :func:`conforms` walks a parsed model (nested models, lists, unions,
Literal enums) against its attrs fields' type hints and raises ``TypeError``
naming the field, which the client reports as :class:`APIResponseValidationError`.
Each model's hints are compiled once into checking functions (this runs on every call).
"""

from __future__ import annotations

import datetime
import sys
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

T = TypeVar("T")
Check = Callable[[object], "str | None"]
"""Return None when a value fits, else why not (a path and what was found)."""
_SKIPPED = frozenset({"additional_properties"})
_MODELS: dict[type, list[tuple[str, Check]]] = {}


def _hints(model: type) -> dict[str, Any]:
    import puretalk_api.models
    import puretalk_api.types

    namespace = {**vars(puretalk_api.types), **vars(puretalk_api.models), "datetime": datetime, "UUID": uuid.UUID}
    hints = typing.get_type_hints(model, globalns={**namespace, **vars(sys.modules[model.__module__])})
    return {name: hint for name, hint in hints.items() if name not in _SKIPPED}


def _passes(value: object) -> str | None:
    return None


def _instance_of(kinds: tuple[type, ...], label: str) -> Check:
    exact_numbers = int in kinds and bool not in kinds

    def check(value: object) -> str | None:
        if isinstance(value, kinds) and not (exact_numbers and isinstance(value, bool)):
            return None
        return f": expected {label}, got {type(value).__name__}"

    return check


def _compile(hint: Any) -> Check:
    if hint is Any or hint is object:
        return _passes
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        plain = [option for option in options if isinstance(option, type) and not attrs.has(option)]
        if len(plain) == len(options):
            return _instance_of(_widened(plain), " or ".join(option.__name__ for option in options))
        checks = [_compile(option) for option in options]

        def either(value: object) -> str | None:
            reasons = [check(value) for check in checks]
            return None if None in reasons else next(reason for reason in reasons if reason)

        return either
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        return lambda value: None if value in allowed else f": {value!r} is not one of {list(allowed)}"
    if origin in (list, dict):
        arguments = typing.get_args(hint)
        item = _compile(arguments[-1]) if arguments else _passes
        kind: type = origin

        def collection(value: object) -> str | None:
            if not isinstance(value, kind):
                return f": expected {kind.__name__}, got {type(value).__name__}"
            items = value if isinstance(value, list) else value.values()  # type: ignore[attr-defined]
            for index, entry in enumerate(items):
                reason = item(entry)
                if reason:
                    return f"[{index}]{reason}"
            return None

        return collection
    if hint is type(None):
        return _instance_of((type(None),), "null")
    if isinstance(hint, type):
        if attrs.has(hint):
            model: type = hint

            def nested(value: object) -> str | None:
                if not isinstance(value, model):
                    return f": expected {model.__name__}, got {type(value).__name__}"
                return _fields(value)

            return nested
        return _instance_of(_widened([hint]), hint.__name__)
    return _passes  # a hint this check does not know passes


def _widened(kinds: list[type]) -> tuple[type, ...]:
    """JSON numbers: an integer is a valid ``float``."""
    return (*kinds, int) if float in kinds and int not in kinds else tuple(kinds)


def _fields(model: object) -> str | None:
    kind = type(model)
    checks = _MODELS.get(kind)
    if checks is None:
        checks = _MODELS[kind] = [(name, _compile(hint)) for name, hint in _hints(kind).items()]
    for name, check in checks:
        reason = check(getattr(model, name))
        if reason:
            return f".{name.lstrip('_')}{reason}"  # an optional field's slot is _<name>
    return None


def conforms(parsed: T) -> T:
    """Return ``parsed`` (a generated model) if every documented field has its documented type; else TypeError."""
    reason = _fields(parsed) if attrs.has(type(parsed)) else None
    if reason:
        raise TypeError(f"field {type(parsed).__name__}{reason}")
    return parsed
