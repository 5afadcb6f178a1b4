"""Check an answer against the spec: lenient by default (a differing value comes as sent), strict on request.

:class:`Check` is how a parse meets a value that does not fit the spec. The client's
``response_check`` is a :class:`LenientCheck` by default: each kind of difference (model,
field, what was expected) is logged once per client at WARNING under the
``puretalk_client`` logger (``PURETALK_LOG``) and the value is kept as the server sent it.
``Puretalk(strict_response_validation=True)`` gives a :class:`StrictCheck`, which raises.
An answer that is not the documented shape at all (an array where an object is documented,
a body that is not JSON, an envelope saying ``err: true``) is an error in both modes.
Both checks raise :class:`ResponseMismatch`, a ``TypeError`` that the response parser
reports as :class:`~puretalk_client.APIResponseValidationError` with the HTTP answer.

A generated parser (``_parse_x(body, check)``, see ``_answers``) is handed the body decoded once
and the client's check; it makes the model with ``from_dict`` and calls :func:`conforms` on it with
the same body and check. The generated ``from_dict`` takes documented fields as they come: a
``call_id`` sent as an object, a number or null where the spec says string is kept as
sent, and a list of pairs (``[["call_id", "x"]]``) where the spec says object passes
``dict()``. :func:`conforms` first walks the JSON body as it came (objects where the
models are objects, arrays where they are lists: a shape error otherwise), then the
parsed model (nested models, lists, unions, Literal enums) against its attrs fields'
type hints. Each model's hints are compiled once into checking functions (this runs on
every call); only an answer that differs is walked again, to name every difference.
"""

from __future__ import annotations

import datetime
import importlib
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, NoReturn, Protocol, TypeVar

from puretalk_client._exceptions import scrub
from puretalk_client._logs import logger
from puretalk_client._sentinel import NotGiven

T = TypeVar("T")


def _is_model(kind: object) -> bool:
    """Tell whether ``kind`` is an attrs class, as the generated models are (``attrs.has``, without importing attrs)."""
    return getattr(kind, "__attrs_attrs__", None) is not None


_Test = Callable[[object], "str | None"]
"""Return None when a value fits, else why not (a path and what was found)."""
_SKIPPED = frozenset({"additional_properties"})
_MODELS: dict[type, tuple[tuple[tuple[str, tuple[type, ...]], ...], tuple[tuple[str, _Test], ...]]] = {}


def _hints(model: type) -> dict[str, Any]:
    # the names a generated model's annotations use live in its own package's ``types`` and ``models``
    # (found through the model, so this runtime imports nothing of the generated package itself)
    package = model.__module__.split(".models.", 1)[0]  # puretalk_client._generated.models.<module>
    generated_types, generated_models = (importlib.import_module(f"{package}.{name}") for name in ("types", "models"))
    import uuid  # for the hints only: not on every import of the client

    namespace = {**vars(generated_types), **vars(generated_models), "datetime": datetime, "UUID": uuid.UUID}
    hints = typing.get_type_hints(model, globalns={**namespace, **vars(sys.modules[model.__module__])})
    return {name: hint for name, hint in hints.items() if name not in _SKIPPED}


def _passes(value: object) -> str | None:
    return None


def _instance_of(kinds: tuple[type, ...], label: str) -> _Test:
    exact_numbers = int in kinds and bool not in kinds

    def check(value: object) -> str | None:
        if isinstance(value, kinds) and not (exact_numbers and isinstance(value, bool)):
            return None
        return f": expected {label}, got {type(value).__name__}"

    return check


def _compile(hint: Any) -> _Test:
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

        def either(value: object) -> str | None:
            if plain_check is not None and plain_check(value) is None:
                return None  # the cheap part first: null, Unset, a scalar
            reason = None
            for check in checks:
                reason = check(value)
                if reason is None:
                    return None
            return reason

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
        if _is_model(hint):
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


def _plain_kinds(hint: Any) -> tuple[type, ...] | None:
    """Return the types a field of plain types (no model, list, Literal…) may hold, for the fast loop of ``_fields``."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    if all(isinstance(option, type) and not _is_model(option) and option is not object for option in options):
        kinds = _widened(list(options))
        return None if int in kinds and bool not in kinds else kinds  # an int field must refuse True
    return None


def _plan(kind: type) -> tuple[tuple[tuple[str, tuple[type, ...]], ...], tuple[tuple[str, _Test], ...]]:
    plain: list[tuple[str, tuple[type, ...]]] = []
    other: list[tuple[str, _Test]] = []
    for name, hint in _hints(kind).items():
        kinds = _plain_kinds(hint)
        if kinds is not None:
            plain.append((name, kinds))
        else:
            other.append((name, _compile(hint)))
    return tuple(plain), tuple(other)


def _fields(model: object) -> str | None:
    kind = type(model)
    plan = _MODELS.get(kind)
    if plan is None:
        plan = _MODELS[kind] = _plan(kind)
    plain, other = plan
    for name, kinds in plain:
        if not isinstance(getattr(model, name), kinds):
            return f".{name.lstrip('_')}{_compile(_hints(kind)[name])(getattr(model, name))}"
    for name, check in other:
        reason = check(getattr(model, name))
        if reason:
            return f".{name.lstrip('_')}{reason}"  # an optional field's slot is _<name>
    return None


# --- the shape of the JSON body as it came --------------------------------------------------

_SHAPES: dict[type, dict[str, _Test]] = {}
_KEYS: dict[str, str] = {}


def _key(name: str) -> str:
    """Return a JSON key or attribute name as compared (``callId`` and ``call-id`` both read ``call_id``)."""
    key = _KEYS.get(name)
    if key is None:
        key = _KEYS[name] = name.replace("_", "").replace("-", "").lower()
    return key


def _json_kind(value: object) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "null" if value is None else type(value).__name__


def _shape_of(hint: Any) -> _Test | None:
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

        def either(value: object) -> str | None:
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

        def array(value: object) -> str | None:
            if not isinstance(value, list):
                return f": expected an array, got {_json_kind(value)}"
            if item is not None:
                for index, entry in enumerate(value):
                    reason = item(entry)
                    if reason:
                        return f"[{index}]{reason}"
            return None

        return array
    if origin is dict:
        arguments = typing.get_args(hint)
        entry_check = _shape_of(arguments[-1]) if arguments else None

        def mapping(value: object) -> str | None:
            if not isinstance(value, dict):
                return f": expected an object, got {_json_kind(value)}"
            if entry_check is not None:
                for key, entry in value.items():
                    reason = entry_check(entry)
                    if reason:
                        return f"[{key!r}]{reason}"
            return None

        return mapping
    if isinstance(hint, type) and _is_model(hint):
        model: type = hint
        return lambda value: _object_shape(model, value)
    return None


def _object_shape(model: type, value: object) -> str | None:
    if not isinstance(value, dict):
        return f": expected an object, got {_json_kind(value)}"
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
                    return f".{key}{reason}"
    return None


# --- the checks: how a difference is met ----------------------------------------------------


class ResponseMismatch(TypeError):
    """An answer that does not fit the spec; the parser reports it as ``APIResponseValidationError``."""


class Check(Protocol):
    """How a parse meets an answer that differs from the spec (the client's ``response_check``)."""

    def differs(self, model: str, field: str, expected: str, value: object) -> None:
        """Meet ``value``, sent for ``model.field`` where the spec says ``expected`` (strict raises, lenient logs)."""

    def wrong_shape(self, where: str, expected: str, value: object) -> NoReturn:
        """Refuse an answer that is not the documented shape at all (raises in both modes)."""


_JSON_KINDS = {type(None): "null", dict: "object", list: "array"}


def _got(value: object) -> str:
    """Name what was sent by its kind (``null``, ``object``, ``array``, ``str``…), never by its content."""
    return _JSON_KINDS.get(type(value)) or type(value).__name__


def _refuse_shape(where: str, expected: str, value: object) -> NoReturn:
    raise ResponseMismatch(f"body {where}: expected {expected}, got {_got(value)}")


class StrictCheck:
    """Raise on the first value that does not fit the spec (``strict_response_validation=True``)."""

    def differs(self, model: str, field: str, expected: str, value: object) -> None:
        """Raise :class:`ResponseMismatch` naming the model, the field and what was expected."""
        raise ResponseMismatch(f"field {model}.{field}: expected {expected}, got {_got(value)}")

    def wrong_shape(self, where: str, expected: str, value: object) -> NoReturn:
        """Raise :class:`ResponseMismatch` naming where the answer is not the documented shape."""
        _refuse_shape(where, expected, value)

    def extra(self, model: str, field: str) -> None:
        """Accept a field the spec does not know (kept in ``additional_properties``): an additive change."""

    def __repr__(self) -> str:
        return "StrictCheck()"


_INDEX = re.compile(r"\[[^\]]*\]")
MAX_KINDS_LOGGED = 256
"""How many kinds of difference one client logs at most."""


class LenientCheck:
    """Keep a value that does not fit the spec as sent, logging each kind of difference once (the default).

    A kind is the model, the field (list positions and object keys left out:
    ``results[].status``) and what was expected; ``seen`` holds the kinds already logged,
    shared by a client and its ``with_options`` copies. At most :data:`MAX_KINDS_LOGGED`
    kinds are logged per client (a server inventing field names cannot flood the log).
    What the server named (a field the spec does not have) is logged with ``secret``
    (the API key) masked; values are never logged, only their kind.
    """

    def __init__(self, seen: set[tuple[str, str, str]] | None = None, *, secret: str = "") -> None:
        self._seen: set[tuple[str, str, str]] = set() if seen is None else seen
        self._secret = secret

    def _once(self, model: str, field: str, expected: str) -> bool:
        kind = (model, field, expected)
        if kind in self._seen or len(self._seen) > MAX_KINDS_LOGGED:
            return False
        self._seen.add(kind)
        if len(self._seen) > MAX_KINDS_LOGGED:
            logger.warning("answer differs from the spec in more ways: no more are logged by this client")
            return False
        return True

    def differs(self, model: str, field: str, expected: str, value: object) -> None:
        """Log the first difference of this kind at WARNING; the value stays as the server sent it."""
        field = scrub(_INDEX.sub("[]", field), self._secret)
        if self._once(model, field, expected):
            logger.warning(
                "answer differs from the spec: %s.%s: expected %s, got %s "
                "(kept as sent; strict_response_validation=True raises instead; logged once per client)",
                model, field, expected, _got(value),
            )  # fmt: skip

    def wrong_shape(self, where: str, expected: str, value: object) -> NoReturn:
        """Raise :class:`ResponseMismatch`: an answer that is not the documented shape is an error here too."""
        _refuse_shape(where, expected, value)

    def extra(self, model: str, field: str) -> None:
        """Log once a field the spec does not know (kept in ``additional_properties``, readable as an attribute)."""
        field = scrub(field, self._secret)
        if self._once(model, field, "no such field"):
            logger.warning(
                "answer differs from the spec: %s.%s is not in the spec (kept as sent; logged once per client)",
                model, field,
            )  # fmt: skip

    def __repr__(self) -> str:
        return "LenientCheck()"


_STRICT = StrictCheck()
STRICT: Check = _STRICT
"""The strict check: the default where no client's check is given."""


def check_for(strict: bool, log_once_state: set[tuple[str, str, str]], *, secret: str = "") -> Check:
    """Return the check of a client: strict raises, lenient logs each kind once into ``log_once_state``.

    ``secret`` (the API key) is masked in whatever a lenient check logs of the server's names.
    """
    return _STRICT if strict else LenientCheck(log_once_state, secret=secret)


# --- naming every difference (only for an answer that differs) ------------------------------

_TESTS: dict[Any, _Test] = {}
_HINTS: dict[type, dict[str, Any]] = {}


def _test_of(hint: Any) -> _Test:
    try:
        test = _TESTS.get(hint)
    except TypeError:  # an unhashable hint
        return _compile(hint)
    if test is None:
        test = _TESTS[hint] = _compile(hint)
    return test


def _hints_of(model: type) -> dict[str, Any]:
    hints = _HINTS.get(model)
    if hints is None:
        hints = _HINTS[model] = _hints(model)
    return hints


def _label(hint: Any) -> str:
    """Say what the spec allows for ``hint``, as users read it (``str or null``; never ``NotGiven``)."""
    if hint is Any or hint is object:
        return "any value"
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        labels = [_label(option) for option in typing.get_args(hint) if option is not NotGiven]
        return " or ".join(dict.fromkeys(labels))
    if origin is typing.Literal:
        return f"one of {list(typing.get_args(hint))}"
    if origin is list or hint is list:
        return "list"
    if origin is dict or hint is dict:
        return "object"
    if hint is type(None):
        return "null"
    return hint.__name__ if isinstance(hint, type) else str(hint)


def _container_shape(hint: Any, value: object) -> str | None:
    """Return the documented shape (``an array``, ``an object``) that a container ``value`` breaks, else None.

    Only where the spec documents containers alone (and maybe null) and the value is the other
    container: an object where an array is documented, or an array where an object is. Such
    an answer is not the documented shape at all, in either mode; a scalar in the place of a
    container, or a container in the place of a scalar, is a differing value.
    """
    if not isinstance(value, (list, dict)) and not _is_model(type(value)):
        return None
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    shapes = set()
    for option in options:
        if option is NotGiven or option is type(None):
            continue
        origin = typing.get_origin(option) or option
        if origin is list:
            shapes.add("an array")
        elif origin is dict or (isinstance(option, type) and _is_model(option)):
            shapes.add("an object")
        else:
            return None  # a scalar is documented too
    kind = "an array" if isinstance(value, list) else "an object"
    return " or ".join(sorted(shapes)) if shapes and kind not in shapes else None


def _differences(hint: Any, value: object, path: str) -> Iterator[tuple[str, Any, object]]:
    """Yield (path, the hint, value) for each value under ``value`` that does not fit ``hint``."""
    if _test_of(hint)(value) is None:
        return
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    for option in options:
        origin = typing.get_origin(option) or (option if option in (list, dict) else None)
        if origin is list and isinstance(value, list):
            arguments = typing.get_args(option)
            for index, entry in enumerate(value):
                yield from _differences(arguments[0] if arguments else Any, entry, f"{path}[{index}]")
            return
        if origin is dict and isinstance(value, dict):
            arguments = typing.get_args(option)
            for key, entry in value.items():
                yield from _differences(arguments[-1] if arguments else Any, entry, f"{path}[{key!r}]")
            return
        if isinstance(option, type) and _is_model(option) and isinstance(value, option):
            yield from _model_differences(value, path)
            return
    yield path, hint, value


def _model_differences(model: object, path: str) -> Iterator[tuple[str, Any, object]]:
    for name, hint in _hints_of(type(model)).items():
        yield from _differences(hint, getattr(model, name), f"{path}.{name.lstrip('_')}")


def _extras(model: object, check: Check) -> None:
    """Tell ``check`` about the fields the spec does not know, in ``model`` and the models under it."""
    extra = getattr(check, "extra", None)
    if extra is None:
        return
    stack = [model]
    while stack:
        current = stack.pop()
        for key in getattr(current, "additional_properties", None) or ():
            extra(type(current).__name__, str(key))
        for name in _nests(type(current)):
            value = getattr(current, name)
            stack.extend(entry for entry in (value if isinstance(value, list) else (value,)) if _is_model(type(entry)))


def conforms(parsed: T, body: object = None, check: Check | None = None) -> T:
    """Return ``parsed`` (a generated model), its values as sent; what differs from the spec meets ``check``.

    ``body`` is the JSON ``parsed`` was made from: it is checked too (objects where the spec
    has objects, arrays where it has lists): ``dict()`` takes a list of pairs as an object. A
    body of the wrong shape raises in both modes; a value of the wrong type goes to ``check``
    (strict, the default: :class:`ResponseMismatch`; lenient: logged once, kept).
    """
    kind = type(parsed)
    if not _is_model(kind):
        return parsed
    reason = _object_shape(kind, body) if body is not None else None
    if reason:
        raise ResponseMismatch(f"body {kind.__name__}{reason}")
    reason = _fields(parsed)
    if check is None:
        check = _STRICT
    if reason:
        found = False
        for path, hint, value in _model_differences(parsed, kind.__name__):
            found = True
            shape = _container_shape(hint, value)
            if shape is not None:
                check.wrong_shape(path, shape, value)
            model, _, field = path.partition(".")
            check.differs(model, field, _label(hint), value)
        if not found:  # the fast check and the walk disagree: report what the fast check saw
            check.differs(kind.__name__, reason.lstrip("."), "the type the spec gives", None)
    if check is not _STRICT and _has_extras(parsed):
        _extras(parsed, check)
    return parsed


_NESTS: dict[type, tuple[str, ...]] = {}


def _holds_models(hint: Any) -> bool:
    """Tell whether a field of type ``hint`` can hold a model (itself, in a list or dict, or in a union)."""
    if isinstance(hint, type) and _is_model(hint):
        return True
    return any(_holds_models(argument) for argument in typing.get_args(hint))


def _nests(kind: type) -> tuple[str, ...]:
    """Return the attributes of a model class that can hold models (compiled once per class)."""
    names = _NESTS.get(kind)
    if names is None:
        names = _NESTS[kind] = tuple(name for name, hint in _hints_of(kind).items() if _holds_models(hint))
    return names


def _has_extras(model: object) -> bool:
    """Tell cheaply whether ``model`` or a model under it holds fields the spec does not know (runs every call)."""
    stack = [model]
    while stack:
        current = stack.pop()
        if getattr(current, "additional_properties", None):
            return True
        names = _NESTS.get(current.__class__)
        for name in _nests(current.__class__) if names is None else names:
            value = getattr(current, name)
            if value.__class__ is list:
                stack.extend(entry for entry in value if hasattr(entry, "additional_properties"))
            elif hasattr(value, "additional_properties"):
                stack.append(value)
    return False
