"""Check a parsed body against the shapes and types the generated models declare.

The generated ``from_dict`` takes documented fields as they come: a ``call_id``
sent as an object, a number or null where the spec says string would reach the
caller as is, and a list of pairs (``[["call_id", "x"]]``) where the spec says
object passes ``dict()``. :func:`conforms` first walks the JSON body as it came
(objects where the models are objects, arrays where they are lists), then the
parsed model (nested models, lists, unions, Literal enums) against its attrs
fields' type hints, and raises ``TypeError`` naming the field, which the client
reports as :class:`APIResponseValidationError`. Each model's hints are compiled
once into checking functions (this runs on every call).
"""

from __future__ import annotations

import datetime
import importlib
import sys
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any, NamedTuple, NoReturn, Protocol, TypeVar

T = TypeVar("T")


class Check(Protocol):
    """How a parse treats what does not fit the spec; generated parsers call it while they parse."""

    def differs(self, model: str, field: str, expected: str, value: object) -> None:
        """Report a value of ``model.field`` that is not what the spec says (strict: raise; lenient: log once)."""

    def wrong_shape(self, where: str, expected: str, value: object) -> NoReturn:
        """Report an answer off the documented shape (an object where a list is documented); always raises."""


def _json_kind(value: object) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "null" if value is None else type(value).__name__


class StrictCheck:
    """Every value off the spec is an error: ``TypeError`` naming where (reported as ``APIResponseValidationError``)."""

    def differs(self, model: str, field: str, expected: str, value: object) -> NoReturn:
        """Raise: ``field Call.call_id: expected str, got int``."""
        raise TypeError(f"field {model}.{field}: expected {expected}, got {type(value).__name__}")

    def wrong_shape(self, where: str, expected: str, value: object) -> NoReturn:
        """Raise: ``body CallList.results: expected an array, got object``."""
        raise TypeError(f"{where}: expected {expected}, got {_json_kind(value)}")


STRICT: Check = StrictCheck()
"""The check of a strict parse (today's default)."""


def _is_model(kind: object) -> bool:
    """Whether ``kind`` is an attrs class (a generated model), as ``attrs.has`` tells, without importing attrs."""
    return isinstance(kind, type) and getattr(kind, "__attrs_attrs__", None) is not None


class _Miss(NamedTuple):
    """Where a value does not fit (``.results[0].status``), what was expected, and the value."""

    path: str
    expected: str
    value: object


_Checker = Callable[[object], "_Miss | None"]
"""Return None when a value fits, else where and why not."""
_SKIPPED = frozenset({"additional_properties"})
_MODELS: dict[type, tuple[tuple[tuple[str, tuple[type, ...]], ...], tuple[tuple[str, _Checker], ...]]] = {}


def _hints(model: type) -> dict[str, Any]:
    # the names a generated model's annotations use live in its own package's ``types`` and ``models``
    # (found through the model, so this runtime imports nothing of the generated package itself)
    package = model.__module__.split(".")[0]
    generated_types, generated_models = (importlib.import_module(f"{package}.{name}") for name in ("types", "models"))
    namespace = {**vars(generated_types), **vars(generated_models), "datetime": datetime, "UUID": uuid.UUID}
    hints = typing.get_type_hints(model, globalns={**namespace, **vars(sys.modules[model.__module__])})
    return {name: hint for name, hint in hints.items() if name not in _SKIPPED}


def _passes(value: object) -> _Miss | None:
    return None


def _prefixed(path: str, miss: _Miss | None) -> _Miss | None:
    return None if miss is None else _Miss(path + miss.path, miss.expected, miss.value)


def _instance_of(kinds: tuple[type, ...], label: str) -> _Checker:
    exact_numbers = int in kinds and bool not in kinds

    def check(value: object) -> _Miss | None:
        if isinstance(value, kinds) and not (exact_numbers and isinstance(value, bool)):
            return None
        return _Miss("", label, value)

    return check


def _compile(hint: Any) -> _Checker:
    if hint is Any or hint is object:
        return _passes
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        plain = [option for option in options if isinstance(option, type) and not _is_model(option)]
        if len(plain) == len(options):
            return _instance_of(_widened(plain), " or ".join(option.__name__ for option in options))
        plain_check = _instance_of(_widened(plain), "") if plain else None
        checks = [_compile(option) for option in options if option not in plain]

        def either(value: object) -> _Miss | None:
            if plain_check is not None and plain_check(value) is None:
                return None  # the cheap part first: null, Unset, a scalar
            reason: _Miss | None = None
            for check in checks:
                reason = check(value)
                if reason is None:
                    return None
            return reason

        return either
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        return lambda value: None if value in allowed else _Miss("", f"one of {list(allowed)}", value)
    if origin in (list, dict):
        arguments = typing.get_args(hint)
        item = _compile(arguments[-1]) if arguments else _passes
        kind: type = origin

        def collection(value: object) -> _Miss | None:
            if not isinstance(value, kind):
                return _Miss("", kind.__name__, value)
            items = value if isinstance(value, list) else value.values()  # type: ignore[attr-defined]
            for index, entry in enumerate(items):
                reason = item(entry)
                if reason:
                    return _prefixed(f"[{index}]", reason)
            return None

        return collection
    if hint is type(None):
        return _instance_of((type(None),), "null")
    if isinstance(hint, type):
        if _is_model(hint):
            model: type = hint

            def nested(value: object) -> _Miss | None:
                if not isinstance(value, model):
                    return _Miss("", model.__name__, value)
                return _fields(value)

            return nested
        return _instance_of(_widened([hint]), hint.__name__)
    return _passes  # a hint this check does not know passes


def _widened(kinds: list[type]) -> tuple[type, ...]:
    """JSON numbers: an integer is a valid ``float``."""
    return (*kinds, int) if float in kinds and int not in kinds else tuple(kinds)


def _plain_kinds(hint: Any) -> tuple[type, ...] | None:
    """Return the types a field of plain types (no model, list, Literal…) may hold, for the fast loop of ``_fields``."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    if all(isinstance(option, type) and not _is_model(option) and option is not object for option in options):
        kinds = _widened(list(options))
        return None if int in kinds and bool not in kinds else kinds  # an int field must refuse True
    return None


def _plan(kind: type) -> tuple[tuple[tuple[str, tuple[type, ...]], ...], tuple[tuple[str, _Checker], ...]]:
    plain: list[tuple[str, tuple[type, ...]]] = []
    other: list[tuple[str, _Checker]] = []
    for name, hint in _hints(kind).items():
        kinds = _plain_kinds(hint)
        if kinds is not None:
            plain.append((name, kinds))
        else:
            other.append((name, _compile(hint)))
    return tuple(plain), tuple(other)


def _fields(model: object) -> _Miss | None:
    kind = type(model)
    plan = _MODELS.get(kind)
    if plan is None:
        plan = _MODELS[kind] = _plan(kind)
    plain, other = plan
    for name, kinds in plain:
        if not isinstance(getattr(model, name), kinds):
            return _prefixed(f".{name.lstrip('_')}", _compile(_hints(kind)[name])(getattr(model, name)))
    for name, check in other:
        reason = check(getattr(model, name))
        if reason:
            return _prefixed(f".{name.lstrip('_')}", reason)  # an optional field's slot is _<name>
    return None


# --- the shape of the JSON body as it came --------------------------------------------------

_SHAPES: dict[type, dict[str, _Checker]] = {}
_KEYS: dict[str, str] = {}


def _key(name: str) -> str:
    """Return a JSON key or attribute name as compared (``callId`` and ``call-id`` both read ``call_id``)."""
    key = _KEYS.get(name)
    if key is None:
        key = _KEYS[name] = name.replace("_", "").replace("-", "").lower()
    return key


def _shape_of(hint: Any) -> _Checker | None:
    """Compile the check of the JSON value a ``hint`` is read from; None: any JSON value's shape will do."""
    if hint is Any or hint is object:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if any(option is Any or option is object for option in options):
            return None
        checks = [_shape_of(option) for option in options]
        shaped = [check for check in checks if check is not None]
        if not shaped:
            return None
        takes_scalars = len(shaped) < len(checks)  # the others are scalars: their types are _fields' to check

        def either(value: object) -> _Miss | None:
            if takes_scalars and not isinstance(value, (dict, list)):
                return None
            reasons = [check(value) for check in shaped]
            return None if None in reasons else reasons[0]

        return either
    if hint is list or hint is dict:
        origin = hint
    if origin is list:
        arguments = typing.get_args(hint)
        item = _shape_of(arguments[0]) if arguments else None

        def array(value: object) -> _Miss | None:
            if not isinstance(value, list):
                return _Miss("", "an array", value)
            if item is not None:
                for index, entry in enumerate(value):
                    reason = item(entry)
                    if reason:
                        return _prefixed(f"[{index}]", reason)
            return None

        return array
    if origin is dict:
        arguments = typing.get_args(hint)
        entry_check = _shape_of(arguments[-1]) if arguments else None

        def mapping(value: object) -> _Miss | None:
            if not isinstance(value, dict):
                return _Miss("", "an object", value)
            if entry_check is not None:
                for key, entry in value.items():
                    reason = entry_check(entry)
                    if reason:
                        return _prefixed(f"[{key!r}]", reason)
            return None

        return mapping
    if isinstance(hint, type) and _is_model(hint):
        model: type = hint
        return lambda value: _object_shape(model, value)
    return None


def _object_shape(model: type, value: object) -> _Miss | None:
    if not isinstance(value, dict):
        return _Miss("", "an object", value)
    fields = _SHAPES.get(model)
    if fields is None:
        fields = {}
        for name, hint in _hints(model).items():
            check = _shape_of(hint)
            if check is not None:
                fields[_key(name)] = check
        _SHAPES[model] = fields
    if fields:
        for key, item in value.items():
            check = fields.get(_key(key)) if isinstance(key, str) else None
            if check is not None:
                reason = check(item)
                if reason:
                    return _prefixed(f".{key}", reason)
    return None


def conforms(parsed: T, body: object = None, check: Check = STRICT) -> T:
    """Return ``parsed`` (a generated model) if ``body`` (the JSON it was made from) fits the spec, else ask ``check``.

    The JSON body is checked first (objects where the spec has objects, arrays where it has
    lists: ``dict()`` takes a list of pairs as an object), then the model's fields against their
    types. A body off the documented shape goes to ``check.wrong_shape``, a value of the wrong
    type to ``check.differs``.
    """
    kind = type(parsed)
    if not _is_model(kind):
        return parsed
    if body is not None:
        miss = _object_shape(kind, body)
        if miss:
            check.wrong_shape(f"body {kind.__name__}{miss.path}", miss.expected, miss.value)
    miss = _fields(parsed)
    if miss:
        check.differs(kind.__name__, miss.path.lstrip("."), miss.expected, miss.value)
    return parsed
