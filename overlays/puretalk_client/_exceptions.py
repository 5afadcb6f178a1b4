"""The errors the client raises: every one is a :class:`PuretalkError`.

Named as in the most used Python SDKs (openai-python, retell-python-sdk)::

    PuretalkError
    ├── InsecureTransportError
    ├── PageLimitError                  (a listing longer than max_pages pages)
    ├── ClientClosedError               (a call after close(); also a RuntimeError)
    └── APIError
        ├── APIStatusError              (a 4xx/5xx answer)
        │   ├── BadRequestError          400
        │   ├── AuthenticationError      401
        │   ├── PermissionDeniedError    403
        │   ├── NotFoundError            404
        │   ├── ConflictError            409
        │   ├── PreconditionFailedError  412
        │   ├── UnprocessableEntityError 422
        │   ├── RateLimitError           429
        │   └── InternalServerError      >= 500
        ├── APIEnvelopeError            (a 2xx whose body says err: true)
        ├── APIResponseValidationError  (a body that is not JSON or not the documented shape)
        │   ├── APIResponseTooLargeError (a JSON answer over max_response_bytes, in decoded bytes)
        │   └── APIResponseEncodingError (a Content-Encoding the client cannot decode with a bound)
        └── APIConnectionError
            └── APITimeoutError
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from typing import Any

import httpx

_BODY_EXCERPT = 200
SECRET_HEADERS = frozenset({"x-api-key", "authorization", "proxy-authorization", "cookie"})
"""Request headers an error's ``request`` (and debug logs) show as ``***``."""


def _server_message(body: Any) -> str | None:
    """Return the server's ``msg`` or ``detail``, when the body carries one."""
    if isinstance(body, dict):
        for key in ("msg", "detail", "message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    return None


REDACTED = "***"
_SHORT_KEY = 8
"""A key shorter than this is redacted only where it stands alone, so that ordinary words survive."""


@functools.cache
def _named_entities() -> dict[str, list[str]]:
    """HTML's named entities by the character they stand for (``+``: ``plus;``), read on first use."""
    import html.entities

    names: dict[str, list[str]] = {}
    for name, char in html.entities.html5.items():
        if len(char) == 1 and name.endswith(";"):
            names.setdefault(char, []).append(name)
    return names


def _char_pattern(char: str) -> str:
    """Match ``char`` as a body can carry it: as is, JSON-escaped, as an HTML entity, or percent-encoded."""
    code = ord(char)
    forms = [re.escape(char)]
    if code <= 0xFFFF:
        forms.append(rf"\\u(?i:0*{code:x})")  # JSON: \u0061
    if char in '/\\"':
        forms.append(re.escape("\\" + char))  # JSON: \/ \\ \"
    forms.append(rf"&\#(?:0*{code}|(?i:x0*{code:x}));?")  # HTML: &#43; &#x2b;
    forms.extend(re.escape("&" + name) for name in _named_entities().get(char, []))  # HTML: &plus;
    forms.extend(f"%(?i:{byte:02x})" for byte in char.encode())  # URL: %2B
    if char == " ":
        forms.append(r"\+")
    return "(?:" + "|".join(forms) + ")"


_ESCAPES = ("\\", "&", "%", "+")
"""What every encoded form of a key contains (a JSON escape, an HTML entity, percent-encoding)."""


@functools.lru_cache(maxsize=8)
def _secret_pattern(secret: str) -> re.Pattern[str]:
    """Compile the pattern that finds ``secret`` in any mix of the encodings of :func:`_char_pattern`."""
    pattern = "".join(_char_pattern(char) for char in secret)
    if len(secret) < _SHORT_KEY:
        # A short key also occurs inside words ("o" in "not found"): redact it only where it stands alone.
        pattern = rf"(?<![0-9A-Za-z]){pattern}(?![0-9A-Za-z])"
    return re.compile(pattern)


def scrub(value: Any, secret: str) -> Any:
    r"""Replace ``secret`` in every string of ``value`` (a decoded body, a message) by ``***``.

    The key is found however the body carries it: as is, JSON-escaped (``\\/``, ``\\u0061``),
    as HTML entities (``&#43;``, ``&plus;``) or percent-encoded (``%2B``), in any mix.
    """
    if not secret:
        return value
    if isinstance(value, str):
        if secret not in value and not any(escape in value for escape in _ESCAPES):
            return value  # the common case, at C speed: neither the key nor any encoding of it
        return _secret_pattern(secret).sub(REDACTED, value)
    if isinstance(value, dict):
        return {scrub(key, secret): scrub(item, secret) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item, secret) for item in value]
    return value


def masked(request: httpx.Request | None) -> httpx.Request | None:
    """Return a copy of ``request`` whose secret headers (the API key…) read ``***``; the body is shared."""
    if request is None:
        return None
    headers = [(name, REDACTED if name.lower() in SECRET_HEADERS else value) for name, value in request.headers.items()]
    try:
        content = request.content
    except httpx.RequestNotRead:
        return httpx.Request(request.method, request.url, headers=headers, stream=request.stream)
    return httpx.Request(request.method, request.url, headers=headers, content=content)


def secrets_of(request: httpx.Request | None, secret: str = "") -> tuple[str, ...]:
    """Return what must not show: ``secret`` and the values of ``request``'s secret headers (the key as sent)."""
    found = [secret] if secret else []
    if request is not None:
        for name, value in request.headers.items():
            if name.lower() in SECRET_HEADERS and value and value != REDACTED and value not in found:
                found.append(value)
    return tuple(found)


def scrub_all(value: Any, secrets: tuple[str, ...]) -> Any:
    """Apply :func:`scrub` for each of ``secrets``."""
    for secret in secrets:
        value = scrub(value, secret)
    return value


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def sanitized(response: httpx.Response, secret: str = "") -> httpx.Response:
    """Make ``response`` safe to keep in an error: nothing reachable from it holds the key.

    Its request's secret headers read ``***``; the key is scrubbed from its reason phrase, its
    headers and its body (a copy is returned when the body or headers change); a closed
    response drops its network stream (whose connection objects hold the request as sent).
    """
    request = _request_of(response)
    secrets = secrets_of(request, secret)
    if request is not None:
        response.request = masked(request) or request
    if response.is_closed:
        try:
            read = response.content
        except httpx.ResponseNotRead:
            read = b""
        response.stream = httpx.ByteStream(read)
    if not secrets:
        return response
    reason = response.extensions.get("reason_phrase")
    if isinstance(reason, bytes):
        clean = scrub_all(reason.decode("latin-1"), secrets).encode("latin-1")
        if clean != reason:
            response.extensions["reason_phrase"] = clean
    headers = [(name, scrub_all(value, secrets)) for name, value in response.headers.multi_items()]
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = None
    text = None if content is None else content.decode("utf-8", "surrogateescape")
    clean_text = None if text is None else scrub_all(text, secrets)
    if headers == response.headers.multi_items() and clean_text == text:
        return response
    clean = httpx.Response(
        response.status_code,
        headers=headers,
        content=None if clean_text is None else clean_text.encode("utf-8", "surrogateescape"),
        request=response.request,
        extensions=response.extensions,
        default_encoding=response.default_encoding,
    )
    with contextlib.suppress(RuntimeError):
        clean.elapsed = response.elapsed
    return clean


def scrub_cause(error: BaseException | None, secrets: tuple[str, ...]) -> None:
    """Remove the key from the exceptions chained to an error (its ``__cause__``, ``__context__``, theirs…).

    An httpx error's request gets its secret headers masked (an httpx error keeps the request
    as sent); string arguments, and the document a ``json.JSONDecodeError`` holds, are scrubbed.
    """
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, httpx.HTTPError):
            with contextlib.suppress(RuntimeError):
                request = error.request
                secrets = secrets + tuple(s for s in secrets_of(request) if s not in secrets)
                error.request = masked(request) or request
        if secrets:
            error.args = tuple(scrub_all(arg, secrets) if isinstance(arg, str) else arg for arg in error.args)
            if isinstance(error, json.JSONDecodeError):  # it keeps the whole document it failed on
                error.doc = scrub_all(error.doc, secrets)
        if error.__cause__ is not None and id(error.__cause__) not in seen:
            scrub_cause(error.__cause__, secrets)
        error = error.__context__


_SPACES = re.compile(r"\s+")


def body_excerpt(response: httpx.Response, secret: str = "") -> str:
    """Return the start of the response body, for error messages: the key scrubbed before anything is cut.

    The text is scanned from its start, the key (in any encoding, however long) matched at each
    position before a character is kept, and whitespace runs collapsed, until the excerpt is
    full: so a key that straddles the cut cannot leave a part of itself, and the work is bounded
    by the excerpt, not by the body.
    """
    try:
        text = response.text
    except (httpx.ResponseNotRead, httpx.StreamError, UnicodeDecodeError):
        return "<unreadable body>"
    patterns = [_secret_pattern(each) for each in secrets_of(_request_of(response), secret)]
    shown: list[str] = []
    size, position, end = 0, 0, len(text)
    while position < end and size <= _BODY_EXCERPT:
        space = _SPACES.match(text, position)
        if space:
            position = space.end()
            if shown and position < end:
                shown.append(" ")
                size += 1
            continue
        match = next((found for found in (pattern.match(text, position) for pattern in patterns) if found), None)
        if match and match.end() > position:
            shown.append(REDACTED)
            size += len(REDACTED)
            position = match.end()
            continue
        shown.append(text[position])
        size += 1
        position += 1
    excerpt = "".join(shown)
    if len(excerpt) > _BODY_EXCERPT:
        return excerpt[:_BODY_EXCERPT] + "…"
    return excerpt + "…" if position < end else excerpt


class PuretalkError(Exception):
    """The base of every error this client raises."""


class PageLimitError(PuretalkError):
    """A listing went on for more than ``max_pages`` pages: iteration stopped there rather than end silently short.

    Set ``max_pages`` on the paginator (``client.calls.list()``) to fetch more.
    """

    def __init__(self, max_pages: int) -> None:
        super().__init__(
            f"the listing went on past {max_pages} pages (max_pages); set max_pages on the paginator to fetch more"
        )
        self.max_pages = max_pages


class InsecureTransportError(PuretalkError):
    """Refused to send the API key over plain HTTP to a host other than this machine."""


class ClientClosedError(PuretalkError, RuntimeError):
    """A call on a client that was closed (``close()``, or the end of its ``with`` block)."""


class APIError(PuretalkError):
    """An API call failed; ``request`` is the request (its API key masked), ``body`` the decoded body if any."""

    def __init__(self, message: str, request: httpx.Request | None, *, body: object | None = None) -> None:
        message = scrub_all(message, secrets_of(request))
        super().__init__(message)
        self.message = message
        self._request = masked(request)
        self.body = body

    @property
    def request(self) -> httpx.Request | None:
        """The request that failed, its API key masked (``None`` only if httpx failed before it had one)."""
        return self._request


class _AnsweredError(APIError):
    """An error about an answer: ``response`` is that answer, and ``request`` is always the request it answers.

    ``request`` is a read-only property typed ``httpx.Request`` (never ``None``), the same to mypy and pyright.
    """

    response: httpx.Response
    status_code: int

    @property
    def request(self) -> httpx.Request:
        """The request this answer answers, its API key masked."""
        return self.response.request


class APIConnectionError(APIError):
    """The request could not be sent or its answer could not be received."""

    def __init__(self, request: httpx.Request | None, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request | None) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(_AnsweredError):
    """A 2xx body that is not JSON, or does not have the documented shape."""

    def __init__(self, response: httpx.Response, reason: str, *, secret: str = "") -> None:
        excerpt = body_excerpt(response, secret)
        message = f"Unexpected response body (HTTP {response.status_code}): {reason}; body starts: {excerpt}"
        super().__init__(scrub_all(message, secrets_of(_request_of(response), secret)), None)
        self.response = sanitized(response, secret)
        self.status_code = response.status_code


class APIResponseTooLargeError(APIResponseValidationError):
    """A JSON answer larger than the client's ``max_response_bytes`` (decoded bytes): it was not read whole."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        super().__init__(response, f"the body is larger than max_response_bytes ({limit} bytes)")
        self.limit = limit


class APIResponseEncodingError(APIResponseValidationError):
    """An answer in a ``Content-Encoding`` the client cannot decode with a bound on its size: refused unread.

    Unknown codings, and ``br`` / ``zstd`` when no bounded decoder is installed (brotli 1.2+;
    ``compression.zstd`` or ``backports.zstd``). ``coding`` is the refused coding, as sent (cut).
    """

    def __init__(self, response: httpx.Response, coding: str, supported: str) -> None:
        shown = coding[:40]
        super().__init__(
            response,
            f"the body is encoded as {shown!r}, which this client cannot decode within a bound "
            f"(it decodes {supported})",
        )
        self.coding = shown


class APIEnvelopeError(_AnsweredError):
    """The server answered 2xx, but its ``{msg, err, results}`` envelope says ``err: true``."""

    def __init__(self, response: httpx.Response, body: object, *, secret: str = "") -> None:
        body = scrub_all(body, secrets_of(_request_of(response), secret))
        message = _server_message(body) or "the server reported an error"
        super().__init__(f"{message} (HTTP {response.status_code}, err: true)", None, body=body)
        self.response = sanitized(response, secret)
        self.status_code = response.status_code


class APIStatusError(_AnsweredError):
    """The server answered with a 4xx or 5xx status."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None, secret: str = "") -> None:
        secrets = secrets_of(_request_of(response), secret)
        super().__init__(scrub_all(message, secrets), None, body=body)
        self.response = sanitized(response, secret)
        self.status_code = response.status_code


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the current state of the resource."""


class PreconditionFailedError(APIStatusError):
    """HTTP 412."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 or above."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, secret: str = "") -> APIStatusError:
    """Build the :class:`APIStatusError` subclass for a 4xx/5xx ``response`` (its body must be read).

    ``secret`` (the API key) is removed from the message and the decoded body, should the server echo it.
    """
    secrets = secrets_of(_request_of(response), secret)
    try:
        body: object | None = scrub_all(response.json(), secrets)
    except (ValueError, RecursionError):
        body = None
    reason = scrub_all(response.reason_phrase, secrets)
    server_message = _server_message(body) or body_excerpt(response, secret) or reason
    message = f"HTTP {response.status_code}: {server_message}"
    if response.status_code >= 500:
        cls: type[APIStatusError] = InternalServerError
    else:
        cls = _BY_STATUS.get(response.status_code, APIStatusError)
    return cls(message, response=response, body=body, secret=secret)
