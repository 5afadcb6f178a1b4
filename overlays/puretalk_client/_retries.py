"""The retry policy: what is retried, and how long to wait before the next try.

- Connection failures before the request was sent, and 429: every method.
- 408, 409, 5xx, read timeouts and connections dropped mid-answer: only GET, HEAD,
  PUT, DELETE and OPTIONS. Never POST or PATCH: a retried POST can register a
  second call.
- The server's ``x-should-retry: true`` or ``false`` on an error answer wins over both rules.
- Exponential backoff from 0.5 s to 8 s with jitter; ``retry-after-ms`` and
  ``Retry-After`` (seconds or an HTTP date) are honoured up to 60 s; ``Retry-After: 0``,
  or a date that is now (within its one-second resolution), means "retry now".
- Each try carries ``x-puretalk-retry-count`` (0 on the first) unless the caller set it.
- No idempotency key: openapi.yaml declares no idempotency header on any operation, so
  none is invented (a POST is sent again only when it never reached the server, on 429,
  or when the server asks for it with ``x-should-retry: true``).

Why not httpx-retries, stamina or tenacity: none lets the retryable statuses and
exceptions depend on the method class (429 for POST, 5xx only for idempotent
methods), and none reads ``retry-after-ms``; the policy is these few pure
functions, which the transports in ``_transport`` apply.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_ANY_METHOD = frozenset({429})
RETRY_IDEMPOTENT = frozenset({408, 409})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
_DATE_RESOLUTION = 1.0
"""An HTTP date counts whole seconds: one less than a second ago is now."""
DEFAULT_MAX_RETRIES = 2
SHOULD_RETRY_HEADER = "x-should-retry"
"""The server's hint on an error answer: ``true`` or ``false`` wins over :func:`should_retry_status`."""
RETRY_COUNT_HEADER = "x-puretalk-retry-count"
"""Sent on each try: how many retries came before it (0 on the first), unless the caller set it."""

# Raised before any byte of the request reached the server: safe to resend whatever the method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Raised after the request (or part of it) may have reached the server.
MAYBE_SENT = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError, httpx.WriteTimeout)


def should_retry_status(method: str, status_code: int) -> bool:
    """Tell whether an answer with ``status_code`` to a ``method`` request is worth another try."""
    if status_code in RETRY_ANY_METHOD:
        return True
    if method.upper() not in IDEMPOTENT_METHODS:
        return False
    return status_code in RETRY_IDEMPOTENT or status_code >= 500


def should_retry_response(method: str, response: httpx.Response) -> bool:
    """Tell whether ``response`` is worth another try: the server's ``x-should-retry`` hint, else our rule."""
    if response.status_code >= 400:
        hint = response.headers.get(SHOULD_RETRY_HEADER)
        if hint is not None:
            hint = hint.strip().lower()
            if hint == "true":
                return True
            if hint == "false":
                return False
    return should_retry_status(method, response.status_code)


def should_retry_exception(method: str, error: Exception) -> bool:
    """Tell whether a transport ``error`` on a ``method`` request is worth another try."""
    if isinstance(error, NOT_SENT):
        return True
    return isinstance(error, MAYBE_SENT) and method.upper() in IDEMPOTENT_METHODS


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``Retry-After``), if usable."""
    wait: float | None = None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            wait = float(milliseconds) / 1000
        except ValueError:
            wait = None
    value = headers.get("retry-after")
    if wait is None and value is not None:
        try:
            wait = float(value)
        except ValueError:
            parsed = email.utils.parsedate_tz(value)
            if parsed is not None:
                try:  # a date the calendar cannot hold (year 100000) is no usable wait
                    wait = email.utils.mktime_tz(parsed) - (time.time() if now is None else now)
                except (OverflowError, ValueError, OSError):
                    wait = None
                if wait is not None and -_DATE_RESOLUTION < wait < 0:
                    wait = 0.0  # a date that is now: its second has begun, so retry now
    if wait is None or not 0 <= wait <= MAX_RETRY_AFTER:
        return None
    return wait


def backoff_delay(retry: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number ``retry`` (0 for the first retry)."""
    if headers is not None:
        asked = retry_after(headers)
        if asked is not None:
            return asked
    delay = min(INITIAL_DELAY * 2.0 ** min(retry, 32), MAX_DELAY)  # 2.0**retry overflows past ~1023
    return delay * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography
