"""Building generated request models from keyword arguments."""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

from puretalk_api.types import UNSET

M = TypeVar("M")
_UNSET_DEFAULTS: dict[type, dict[str, Any]] = {}


def _without_defaults(model: type) -> dict[str, Any]:
    """Every optional field with a spec default, mapped to UNSET.

    The generated models send a field's spec default when it is not given; for a
    PATCH that would silently overwrite the stored value, so the client sends only
    what the caller passed and lets the server apply its own defaults.
    """
    cached = _UNSET_DEFAULTS.get(model)
    if cached is None:
        cached = _UNSET_DEFAULTS[model] = {
            field.name: UNSET
            for field in attrs.fields(model)
            if field.default not in (attrs.NOTHING, UNSET) and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
        }
    return cached


def build(model: type[M], params: Any) -> M:
    """Instantiate the generated ``model`` with exactly the caller's ``params``."""
    return model(**{**_without_defaults(model), **params})
