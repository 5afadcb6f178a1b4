"""Turn the decoded body of a 2xx answer into the method's result: the generated parsers call these.

A generated parser is ``def _parse_x(body: object, check: Check) -> T``: ``body`` is the answer's
JSON, decoded once by the runtime (the raw bytes for a binary answer), and ``check`` decides what
a value off the spec does (:class:`puretalk_client._validate.Check`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

from puretalk_client._response import EnvelopeFlagged
from puretalk_client._validate import Check


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _check: Check | None = ..., _at: Any = ...) -> Self: ...


M = TypeVar("M", bound=_Model)
Decoder = Callable[[object, Check], object]
"""Decode one documented shape of an answer (raises ``TypeError``/``ValueError``/``KeyError`` when it does not fit)."""
_MISFITS = (TypeError, ValueError, KeyError, AttributeError)


def parse_model(kind: type[M], body: object, check: Check) -> M:
    """Return the model ``kind`` made from ``body`` (a JSON object), checked against the spec as it is read.

    The generated ``from_dict`` checks each value under ``check`` as it reads it (one walk of
    the body); a body that is not a JSON object is refused, in both modes.
    """
    if not isinstance(body, dict):
        check.wrong_shape(kind.__name__, "an object", body)
    return kind.from_dict(body, check)


def flagged(body: object, key: str) -> object:
    """Return ``body``; an envelope whose error flag ``key`` is ``true`` raises ``APIEnvelopeError``, unparsed."""
    if isinstance(body, dict) and body.get(key) is True:
        raise EnvelopeFlagged
    return body


def answer_model(kind: type[Any]) -> Decoder:
    """Return the decoder of a model (``from_dict``) or an enum class (by value)."""
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        enum_kind: type[enum.Enum] = kind
        return lambda body, check: enum_kind(body)
    return lambda body, check: parse_model(kind, body, check)


def answer_list(item: Decoder | None) -> Decoder:
    """Return the decoder of a JSON array whose items ``item`` decodes (``None``: any item)."""

    def decode(body: object, check: Check) -> object:
        if not isinstance(body, list):
            check.wrong_shape("body", "an array", body)
        return body if item is None else [item(entry, check) for entry in body]

    return decode


def answer_plain(*kinds: type) -> Decoder:
    """Return the decoder of a JSON scalar of one of ``kinds`` (``True`` is not an ``int``; an int is a float)."""
    wanted = (*kinds, int) if float in kinds and int not in kinds else kinds
    exact = int in wanted and bool not in wanted
    label = " or ".join(kind.__name__ for kind in kinds)

    def decode(body: object, check: Check) -> object:
        if not isinstance(body, wanted) or (exact and isinstance(body, bool)):
            check.wrong_shape("body", label, body)
        return body

    return decode


def answer_any(body: object, check: Check) -> object:
    """Decode any JSON value: as it came."""
    return body


def answer_one_of(*decoders: Decoder) -> Decoder:
    """Return the decoder that tries each of ``decoders`` in order; the last one's failure is the answer's."""

    def decode(body: object, check: Check) -> object:
        for decoder in decoders[:-1]:
            try:
                return decoder(body, check)
            except _MISFITS:
                continue
        return decoders[-1](body, check)

    return decode


def answer_bytes(body: object, check: Check) -> bytes:
    """Return the bytes of a binary (non-JSON) answer."""
    if not isinstance(body, bytes):
        check.wrong_shape("body", "bytes", body)
    return body


__all__ = [
    "Decoder",
    "answer_any",
    "answer_bytes",
    "answer_list",
    "answer_model",
    "answer_one_of",
    "answer_plain",
    "flagged",
    "parse_model",
]
