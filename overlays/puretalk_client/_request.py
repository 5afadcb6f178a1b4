"""Build the httpx request of a generated method: path segments joined and escaped, values made plain.

Generated methods call :func:`build_request` with their spec's path, parameters and body; no
generated code keeps locals of its own, so no spec name can shadow one. Path templates never go
through ``str.format``: each parameter is one escaped segment (:func:`path_segment`).
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from puretalk_client._sentinel import NOT_GIVEN, NotGiven

BodyWay = tuple[tuple[type, ...], str, str]
"""One way to send a body: the classes it applies to (empty: any value), ``json``/``data``/``files``/``content``,
and its media type."""
_REFUSED_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(value: object, name: str) -> str:
    """Return a path parameter as one escaped segment; ``""``, ``"."`` and ``".."`` raise ``ValueError``.

    Those would reach another endpoint (``/assistants/..`` is ``/``), so they are refused before anything is sent.
    """
    text = str(plain(value))
    if text in _REFUSED_SEGMENTS:
        raise ValueError(f"path parameter {name!r} must not be {text!r}")
    return quote(text, safe="")


def plain(value: object) -> Any:
    """Return ``value`` as JSON-ready data: models by ``to_dict()``, enums by value, dates as ISO text."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def _text(value: object) -> str:
    value = plain(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _query(values: Mapping[str, object]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, value in values.items():
        if value is None or isinstance(value, NotGiven):
            continue
        made = plain(value)
        if isinstance(made, dict):
            params.update(made)  # an object parameter (a model) is sent as its fields
        else:
            params[key] = made
    return params


def _given(values: Mapping[str, object]) -> dict[str, str]:
    return {key: _text(value) for key, value in values.items() if value is not None and not isinstance(value, NotGiven)}


def _body(request: dict[str, Any], headers: dict[str, str], body: object, ways: Sequence[BodyWay]) -> None:
    if len(ways) == 1:
        _, kind, media_type = ways[0]
    else:
        _, kind, media_type = next((way for way in ways if not way[0] or isinstance(body, way[0])), ways[-1])
    if kind == "json":
        to_dict = getattr(body, "to_dict", None)
        request["json"] = to_dict() if callable(to_dict) else plain(body)
    elif kind == "data":
        request["data"] = plain(body)
    elif kind == "files":
        to_multipart = getattr(body, "to_multipart", None)
        if not callable(to_multipart):
            raise TypeError(f"a multipart body must be a model, not {type(body).__name__}")
        request["files"] = to_multipart()
    else:
        request["content"] = getattr(body, "payload", body)  # a File's payload, or bytes
    if kind != "files" and not (kind == "json" and media_type == "application/json"):
        headers["Content-Type"] = media_type  # httpx writes these two itself (a multipart boundary of its own)


def build_request(
    method: str,
    url: str,
    *,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    cookies: Mapping[str, object] | None = None,
    body: object = NOT_GIVEN,
    ways: Sequence[BodyWay] = (),
) -> dict[str, Any]:
    """Return the httpx request arguments of one call; parameters not given (``NOT_GIVEN`` or ``None``) are left out."""
    request: dict[str, Any] = {"method": method, "url": url}
    if query is not None:
        request["params"] = _query(query)
    sent_headers = _given(headers) if headers else {}
    if cookies:
        request["cookies"] = _given(cookies)
    if ways and not isinstance(body, NotGiven):
        _body(request, sent_headers, body, ways)
    if headers is not None or ways:
        request["headers"] = sent_headers
    return request


__all__ = ["BodyWay", "build_request", "path_segment", "plain"]
