"""``FakeAPI``: the Puretalk API in memory, answering from the spec, for testing code that uses the client."""

from __future__ import annotations

import difflib
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Final

import httpx

from puretalk_client._client import AsyncPuretalk, Puretalk
from puretalk_client._config import NOT_GIVEN, NotGiven, TimeoutLike
from puretalk_client._retries import DEFAULT_MAX_RETRIES
from puretalk_client.testing._checks import RequestChecker
from puretalk_client.testing._spec import Examples, Operation, Spec, load_spec, path_values

FAKE_API_KEY: Final = "fake-api-key"
"""The key the fake's clients send (any key is accepted; it is masked in recorded requests)."""
DEFAULT_PAGE_SIZE: Final = 10
"""How many items a page holds when the request does not say (``limit``)."""
FAKE_AUDIO: Final = b"RIFF\x24\x00\x00\x00WAVEfmt "
"""The body of a binary (audio) answer by default."""
_MASK = "***"


class _Missing:
    """The type of ``_MISSING``: an argument not given (``None`` is a JSON value)."""

    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Final = _Missing()


@dataclass(frozen=True)
class RecordedRequest:
    """A request the fake API received, as the server saw it.

    ``operation`` is the client's name of it (``"calls.get"``; ``None`` for a path the spec does not
    have); ``path`` is relative to the API's base URL (``/calls/c1``) and ``path_params`` its values;
    ``params`` the query; ``json`` the JSON body (``None`` when there is none); ``headers`` as sent,
    the API key shown as ``***``.
    """

    operation: str | None
    method: str
    path: str
    params: dict[str, str]
    json: Any
    path_params: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = field(default=b"", repr=False)


@dataclass
class _Rule:
    """A scripted answer: used ``times`` times (``None``: until replaced), newest first."""

    status: int
    results: object = _MISSING
    json: object = _MISSING
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    times: int | None = None
    items: Sequence[Any] | None = None


class FakeAPI:
    """The Puretalk API in memory, built from the same spec as the client: no network, no server.

    ``client()`` / ``async_client()`` give a real :class:`Puretalk` / :class:`AsyncPuretalk` whose
    requests it answers. Every operation answers by default with an answer valid per the spec (its
    example, else one built from its schema); :meth:`respond` and :meth:`respond_items` script others.
    A request the spec forbids gets a 400 naming the field and the rule. Every request is recorded in
    :attr:`requests`; waits between retries are recorded in :attr:`sleeps`, never slept.
    """

    def __init__(self) -> None:
        self._spec: Spec = load_spec()
        self._checker = RequestChecker(self._spec.schemas)
        self._examples = Examples(self._spec.schemas)
        self._rules: dict[str, list[_Rule]] = {}
        self._lock = threading.Lock()
        self._clients: list[httpx.Client] = []
        self.base_url: httpx.URL = httpx.URL(self._spec.server)
        """The base URL the fake's clients use (the spec's server; nothing is sent there)."""
        self.requests: list[RecordedRequest] = []
        """Every request received, oldest first."""
        self.sleeps: list[float] = []
        """Every wait the clients asked for between retries, in seconds (none was slept)."""

    @property
    def operations(self) -> list[str]:
        """The client names of every operation the fake answers (``"calls.get"``…)."""
        return sorted(self._spec.operations)

    def client(
        self,
        *,
        api_key: str = FAKE_API_KEY,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
    ) -> Puretalk:
        """Return a :class:`Puretalk` whose requests this fake answers; its retries record waits, never sleep."""
        http = httpx.Client(transport=httpx.MockTransport(self._handle))
        self._clients.append(http)
        return Puretalk(
            api_key=api_key, base_url=self.base_url, max_retries=max_retries, timeout=timeout, http_client=http,
            allow_insecure=self.base_url.scheme == "http",  # nothing leaves the process: the spec's http server is fine
            sleep=self._sleep,
        )  # fmt: skip

    def async_client(
        self,
        *,
        api_key: str = FAKE_API_KEY,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
    ) -> AsyncPuretalk:
        """Return an :class:`AsyncPuretalk` whose requests this fake answers (waits recorded, never slept)."""
        http = httpx.AsyncClient(transport=httpx.MockTransport(self._handle))
        return AsyncPuretalk(
            api_key=api_key, base_url=self.base_url, max_retries=max_retries, timeout=timeout, http_client=http,
            allow_insecure=self.base_url.scheme == "http",  # nothing leaves the process: the spec's http server is fine
            sleep=self._async_sleep,
        )  # fmt: skip

    def respond(
        self,
        operation: str,
        *,
        status: int = HTTPStatus.OK,
        results: object = _MISSING,
        json: object = _MISSING,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Script the answer to ``operation`` (``"calls.get"``): for every following call, or the next ``times``.

        ``results`` is wrapped as the API wraps it (the ``{msg, err, results}`` envelope, or one page
        of a list); ``json`` is the whole body as given; ``content`` a raw (audio) body. With none of
        them, a 2xx answers the spec's default and an error status the spec's documented error body
        (else ``{"err": true, "msg": ...}``). After ``times`` calls, the earlier script (or the
        default) answers again.
        """
        given = [name for name, value in (("results", results), ("json", json)) if value is not _MISSING]
        given += ["content"] if content is not None else []
        if len(given) > 1:
            raise ValueError(f"respond() takes one of results, json and content, not {' and '.join(given)}")
        self._add(operation, _Rule(_status(status), results, json, content, dict(headers or {}), _times(times)))

    def respond_items(self, operation: str, items: Sequence[Any], *, times: int | None = None) -> None:
        """Serve ``items`` from the list ``operation``, paged as the API pages (``page``, ``limit``, links, counts)."""
        found = self._operation(operation)
        if found.shape.paging is None:
            raise ValueError(f"{operation} is not a paged list: use respond(results=...)")
        if isinstance(items, str | bytes) or not isinstance(items, Sequence):
            raise TypeError(f"respond_items() takes a sequence of items, not {type(items).__name__}")
        self._add(operation, _Rule(HTTPStatus.OK, items=list(items), times=_times(times)))

    def reset(self) -> None:
        """Forget every scripted answer, recorded request and recorded wait."""
        with self._lock:
            self._rules.clear()
            self.requests.clear()
            self.sleeps.clear()

    def close(self) -> None:
        """Close the HTTP clients made by :meth:`client` (the ``puretalk_api`` fixture does it after each test)."""
        for http in self._clients:
            http.close()
        self._clients.clear()

    def __repr__(self) -> str:
        return f"FakeAPI({len(self._spec.operations)} operations, {len(self.requests)} requests)"

    # -- answering ------------------------------------------------------------------------------

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def _operation(self, name: str) -> Operation:
        found = self._spec.operations.get(name)
        if found is None:
            close = difflib.get_close_matches(name, self._spec.operations, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValueError(f"the spec has no operation {name!r}{hint}")
        return found

    def _add(self, operation: str, rule: _Rule) -> None:
        self._operation(operation)
        with self._lock:
            self._rules.setdefault(operation, []).append(rule)

    def _take(self, operation: str) -> _Rule | None:
        with self._lock:
            rules = self._rules.get(operation, [])
            for index in range(len(rules) - 1, -1, -1):
                rule = rules[index]
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times == 0:
                        del rules[index]
                return rule
        return None

    def _handle(self, request: httpx.Request) -> httpx.Response:
        base = self.base_url.path.rstrip("/")
        path = request.url.path
        relative = path[len(base) :] if path.startswith(base + "/") else path
        operation, groups, wrong_method = self._spec.match(request.method, relative)
        values = path_values(operation, groups) if operation else {}
        self._record(request, operation, relative, values)
        if operation is None:
            if wrong_method:
                return httpx.Response(
                    HTTPStatus.METHOD_NOT_ALLOWED, json={"detail": f"Method {request.method} not allowed."}
                )
            return httpx.Response(HTTPStatus.NOT_FOUND, json={"detail": "Not found."})
        auth = self._spec.auth_header
        if auth and not request.headers.get(auth):
            body = {"detail": "Authentication credentials were not provided."}
            return httpx.Response(HTTPStatus.FORBIDDEN, json=body)
        problem = self._checker.problem(operation, values, request)
        if problem is not None:
            return httpx.Response(
                HTTPStatus.BAD_REQUEST, json=self._error_body(operation, HTTPStatus.BAD_REQUEST, problem)
            )
        return self._answer(operation, self._take(operation.name), request)

    def _record(self, request: httpx.Request, operation: Operation | None, path: str, values: dict[str, str]) -> None:
        content = request.content
        try:
            body = json.loads(content) if content and "json" in request.headers.get("content-type", "") else None
        except ValueError:
            body = None
        secret = (self._spec.auth_header or "").lower()
        headers = {name: _MASK if name.lower() == secret else value for name, value in request.headers.items()}
        recorded = RecordedRequest(
            operation.name if operation else None, request.method, path, dict(request.url.params.items()), body,
            values, headers, content,
        )  # fmt: skip
        with self._lock:
            self.requests.append(recorded)

    def _answer(self, operation: Operation, rule: _Rule | None, request: httpx.Request) -> httpx.Response:
        status = rule.status if rule else operation.answer.status
        headers = dict(rule.headers) if rule else {}
        if rule is not None and rule.content is not None:
            return httpx.Response(status, content=rule.content, headers=headers)
        if rule is not None and rule.json is not _MISSING:
            return httpx.Response(status, json=rule.json, headers=headers)
        if rule is not None and rule.items is not None:
            return httpx.Response(status, json=self._page(operation, rule.items, request), headers=headers)
        if rule is not None and rule.results is not _MISSING:
            return httpx.Response(status, json=self._wrap(operation, rule.results), headers=headers)
        if status >= HTTPStatus.BAD_REQUEST:
            return httpx.Response(status, json=self._error_body(operation, status, None), headers=headers)
        media = operation.answer.media
        if media is not None and not media.endswith("json"):
            return httpx.Response(status, content=FAKE_AUDIO, headers={"Content-Type": media, **headers})
        return httpx.Response(status, json=self.default_body(operation.name, request), headers=headers)

    def default_body(self, operation: str, request: httpx.Request | None = None) -> Any:
        """Return the JSON body ``operation`` answers by default: the spec's example, else one built from its schema.

        A list answers one page holding one example item; a binary (audio) operation has no JSON body (``None``).
        """
        found = self._operation(operation)
        answer = found.answer
        if answer.media is not None and not answer.media.endswith("json"):
            return None  # a binary (audio) answer: FAKE_AUDIO, not JSON
        body = answer.example if answer.has_example else self._examples.build(answer.schema)
        shape = found.shape
        if shape.paging is not None and isinstance(body, dict):
            holder = body.get("results") if shape.paging == "counted" else body
            items = holder.get(shape.items or "") if isinstance(holder, dict) else None
            return self._page(found, items if isinstance(items, list) else [], request)
        if shape.envelope and isinstance(body, dict):
            body["err"] = False
        return body

    def _wrap(self, operation: Operation, results: object) -> Any:
        shape = operation.shape
        if shape.paging is not None and isinstance(results, list):
            return self._page(operation, results, None)
        if shape.envelope:
            return {"msg": "Success", "err": False, "results": results}
        return results

    def _page(self, operation: Operation, items: Sequence[Any], request: httpx.Request | None) -> dict[str, Any]:
        shape = operation.shape
        query = request.url.params if request is not None else httpx.QueryParams()
        size = _positive(query.get(shape.size or "")) or DEFAULT_PAGE_SIZE
        number = _positive(query.get(shape.page or "")) or 1
        chunk = list(items[(number - 1) * size : number * size])
        if shape.paging == "counted":
            return {"msg": "Success", "err": False, "results": {"count": len(items), shape.items or "items": chunk}}
        url = request.url if request is not None else self.base_url.join(operation.path.lstrip("/"))
        more = number * size < len(items) and shape.page is not None
        return {
            "count": len(items),
            "next": str(url.copy_set_param(shape.page, number + 1)) if more and shape.page else None,
            "previous": str(url.copy_set_param(shape.page, number - 1)) if number > 1 and shape.page else None,
            "results": chunk,
        }

    def _error_body(self, operation: Operation, status: int, message: str | None) -> Any:
        documented = operation.errors.get(status)
        if message is None and documented is not None:
            return documented.example if documented.has_example else self._examples.build(documented.schema)
        text = message if message is not None else _phrase(status)
        body = self._examples.build(documented.schema) if documented is not None else None
        if isinstance(body, dict) and "detail" in body and "msg" not in body:
            return {**body, "detail": text}
        return {**(body if isinstance(body, dict) else {}), "err": True, "msg": text}


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


def _positive(text: str | None) -> int | None:
    try:
        value = int(text or "")
    except ValueError:
        return None
    return value if value > 0 else None


def _status(status: int) -> int:
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise ValueError(f"status must be an HTTP status code from 100 to 599, not {status!r}")
    return int(status)


def _times(times: int | None) -> int | None:
    if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
        raise ValueError(f"times must be a positive integer or None (every call), not {times!r}")
    return times
