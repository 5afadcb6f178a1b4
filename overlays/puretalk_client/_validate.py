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
and the client's check, and calls the generated ``from_dict(body, check)``: the check happens
there, as each model reads its fields, in one walk of the body. ``from_dict`` refuses a
value that is not a JSON object where the spec has a model (``dict()`` would take a list of
pairs), a list loop one that is not an array, and each model ends with :func:`checked` on the
fields it has just read: a nested model is checked by its own ``from_dict``, so a value is
checked once. Each model's type hints are compiled once into checking functions; only a model
that differs is looked at again, to name every difference. ``from_dict`` without a check (users'
own calls) takes documented fields as they come, as the generator's does.
"""

from __future__ import annotations

import datetime
import importlib
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NoReturn, Protocol

from puretalk_client._exceptions import scrub
from puretalk_client._logs import logger
from puretalk_client._sentinel import NotGiven


def _is_model(kind: object) -> bool:
    """Tell whether ``kind`` is an attrs class, as the generated models are (``attrs.has``, without importing attrs)."""
    return getattr(kind, "__attrs_attrs__", None) is not None


_Test = Callable[[object], "str | None"]
"""Return None when a value fits, else why not (a path and what was found)."""
_SKIPPED = frozenset({"additional_properties"})


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
        # a model is a plain type here: its own fields were checked by its from_dict, as it was read
        plain = [option for option in options if isinstance(option, type)]
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
                # a model's own fields were checked by its from_dict, as it was read
                return None if isinstance(value, model) else f": expected {model.__name__}, got {type(value).__name__}"

            return nested
        return _instance_of(_widened([hint]), hint.__name__)
    return _passes  # a hint this check does not know passes


def _widened(kinds: list[type]) -> tuple[type, ...]:
    """JSON numbers: an integer is a valid ``float``."""
    return (*kinds, int) if float in kinds and int not in kinds else tuple(kinds)


def _plain_kinds(hint: Any) -> tuple[type, ...] | None:
    """Return the types a field of classes (scalars, models; no list, Literal…) may hold: the fast loop of `checked`."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    if all(isinstance(option, type) and option is not object for option in options):
        kinds = _widened(list(options))
        return None if int in kinds and bool not in kinds else kinds  # an int field must refuse True
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
    """Return the documented shape (``an array``, ``an object``) that ``value`` breaks, else None.

    Where the spec documents containers for a value (an array, an object or a model), a value of
    the other container kind, or a scalar where no scalar (nor null, nor absence) is documented,
    is not the documented shape at all: an error in either mode. Any other misfit is a differing
    value.
    """
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    shapes = set()
    scalars = False
    for option in options:
        if option is Any or option is object:
            return None
        origin = typing.get_origin(option) or option
        if origin is list:
            shapes.add("an array")
        elif origin is dict or (isinstance(option, type) and _is_model(option)):
            shapes.add("an object")
        else:
            scalars = True  # null, absent (NotGiven), a scalar
    if not shapes:
        return None
    if isinstance(value, list):
        kind = "an array"
    elif isinstance(value, dict) or _is_model(type(value)):
        kind = "an object"
    else:
        return None if scalars else " or ".join(sorted(shapes))
    return None if kind in shapes else " or ".join(sorted(shapes))


def _differences(hint: Any, value: object, path: str) -> Iterator[tuple[str, Any, object]]:
    """Yield (path, the hint, value) for each value under ``value`` that does not fit ``hint``.

    A model found where the spec has it fits: its own fields were checked by its ``from_dict``.
    """
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
    yield path, hint, value


# --- the check a generated from_dict makes as it reads a model --------------------------------

Path = Any
"""Where a model is in the answer, for the messages only: the root model's name, or a list
``[parent path, segment, index…]`` (a field's name, then list positions) that a generated
``from_dict`` makes as it reads a field holding models. Rendered only when a value differs."""


def path_text(at: Path) -> str:
    """Render a :data:`Path` as users read it: ``CallList.results[9].status``."""
    chain = []
    while isinstance(at, list):
        chain.append(at)
        at = at[0]
    text = str(at)
    for link in reversed(chain):
        for segment in link[1:]:
            text += f"[{segment}]" if isinstance(segment, int) else f".{segment}"
    return text


def not_object(check: Check, at: Path, value: object) -> NoReturn:
    """Refuse ``value`` read where the spec has a model: not a JSON object (raises in both modes)."""
    check.wrong_shape(path_text(at), "an object", value)


def not_array(check: Check, at: Path, value: object) -> NoReturn:
    """Refuse ``value`` read where the spec has a list of models: not a JSON array (raises in both modes)."""
    check.wrong_shape(path_text(at), "an array", value)


def _plan(kind: type) -> tuple[tuple[tuple[str, tuple[type, ...]], ...], tuple[tuple[str, _Test], ...]]:
    plain: list[tuple[str, tuple[type, ...]]] = []
    other: list[tuple[str, _Test]] = []
    for name, hint in _hints_of(kind).items():
        kinds = _plain_kinds(hint)
        if kinds is not None:
            plain.append((name, kinds))
        else:
            other.append((name, _test_of(hint)))
    return tuple(plain), tuple(other)


_PLANS: dict[type, tuple[tuple[tuple[str, tuple[type, ...]], ...], tuple[tuple[str, _Test], ...]]] = {}


def checked(model: object, check: Check, at: Path, extras: Mapping[str, object] | None) -> None:
    """Check the fields a generated ``from_dict`` has just read into ``model``; ``extras``: the fields the spec lacks.

    Called by ``from_dict(body, check)`` of every generated model, last. A value that differs
    meets ``check`` (strict: :class:`ResponseMismatch`; lenient: logged once, kept as sent); a
    value that is not the documented shape at all raises in both modes.
    """
    kind = model.__class__
    plan = _PLANS.get(kind)
    if plan is None:
        plan = _PLANS[kind] = _plan(kind)
    plain, other = plan
    for name, kinds in plain:
        if not isinstance(getattr(model, name), kinds):
            _report(model, check, at)
            break
    else:
        for name, test in other:
            if test(getattr(model, name)) is not None:
                _report(model, check, at)
                break
    if extras and check is not _STRICT:
        extra = getattr(check, "extra", None)
        if extra is not None:
            for key in extras:
                extra(kind.__name__, str(key))


def _report(model: object, check: Check, at: Path) -> None:
    """Name every difference of ``model``'s own fields to ``check`` (only for a model that differs)."""
    where = path_text(at)
    found = False
    for name, hint in _hints_of(type(model)).items():
        for path, inner, value in _differences(hint, getattr(model, name), f"{where}.{name.lstrip('_')}"):
            found = True
            shape = _container_shape(inner, value)
            if shape is not None:
                check.wrong_shape(path, shape, value)
            root, _, field = path.partition(".")
            check.differs(root, field, _label(inner), value)
    if not found:  # the fast check and the walk disagree: say so rather than pass silently
        root, _, field = where.partition(".")
        check.differs(root, field or "?", "the type the spec gives", None)
