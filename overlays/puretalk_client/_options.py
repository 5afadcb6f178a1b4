"""Per-call options of every resource method: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

import httpx

from puretalk_client._config import NOT_GIVEN, NotGiven, TimeoutLike

__all__ = ["NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "RequestOptions", "TimeoutLike"]

Headers = Mapping[str, str]
Query = Mapping[str, str | int | float | bool]
Body = Mapping[str, object]


class RequestOptions(NamedTuple):
    """What a caller may add to one call: a timeout, and headers, query parameters or body fields the spec lacks.

    A named tuple, not a dataclass: one is made on every call, and a tuple is the cheapest immutable record.
    """

    timeout: TimeoutLike | NotGiven = NOT_GIVEN
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None

    def apply(self, request: Mapping[str, Any]) -> Mapping[str, Any]:
        """Return the httpx request arguments a generated method built, with these options merged in."""
        timeout, extra_headers, extra_query, extra_body = self
        if extra_headers is None and extra_query is None and extra_body is None and isinstance(timeout, NotGiven):
            return request  # the common case: nothing to merge, nothing to copy
        merged = dict(request)
        if extra_headers:
            merged["headers"] = {**merged.get("headers", {}), **extra_headers}
        if extra_query:
            merged["params"] = {**merged.get("params", {}), **extra_query}
        if extra_body:
            _merge_body(merged, extra_body)
        if not isinstance(timeout, NotGiven):
            merged["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        return merged


def _merge_body(request: dict[str, Any], extra: Body) -> None:
    """Add ``extra`` fields to the request body, whichever encoding the operation uses."""
    if isinstance(request.get("json"), dict):
        request["json"] = {**request["json"], **extra}
    elif isinstance(request.get("data"), dict):
        request["data"] = {**request["data"], **{key: str(value) for key, value in extra.items()}}
    elif "files" in request:
        files = list(request["files"])
        files.extend((key, (None, str(value).encode(), "text/plain")) for key, value in extra.items())
        request["files"] = files
    elif "json" not in request and "content" not in request:
        request["json"] = dict(extra)
    else:
        raise TypeError("extra_body needs a JSON object or form body; this operation sends neither")
