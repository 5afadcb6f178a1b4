"""Clients over ``httpx.MockTransport`` for fast unit tests: a recording fake API and the client factories.

``sync_client(api)`` / ``async_client(api)`` build a :class:`Puretalk` / :class:`AsyncPuretalk`
whose requests go to ``api`` and whose waits between retries are recorded in ``api.delays``
(through the clients' public ``sleep`` argument), never slept. ``api`` may also be a bare
handler function: then nothing is recorded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from puretalk_client import AsyncPuretalk, Puretalk

API_KEY = "test-key-123"
REGISTERED = {"msg": "Success", "err": False, "results": {"call_id": "c-1", "token": "t-1"}}
CALL = {"msg": "Success", "err": False, "results": {"call_id": "c-1", "status": "completed"}}
ASSISTANT = {"msg": "Success", "err": False, "results": {"assistant_id": "a", "name": "x"}}
CLONED = {"msg": "Success", "err": False, "results": {"voice_id": "v-9"}}
DONE = {"msg": "Success", "err": False}
ROUTES: Mapping[str, Any] = {
    "/api/calls/web/register": REGISTERED,
    "/api/calls/c-1": CALL,
    "/api/ai-assistants": ASSISTANT,
    "/api/ai-assistants/a": ASSISTANT,
    "/api/ai-assistants/llm-states/a": DONE,
    "/api/ai-assistants/delete-llm-states": DONE,
    "/api/v1/tts/clone-voice": CLONED,
}
"""What :class:`MockApi` answers by default, by path (200, with ``X-Request-Id: req-1``)."""

Handler = Callable[[httpx.Request], httpx.Response]


def answer(status: int, body: Any = None, *, text: str | None = None, **kwargs: Any) -> Handler:
    """A handler answering every request with ``status`` and a JSON ``body`` (or ``text``)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, **kwargs)
        return httpx.Response(status, json=body, **kwargs)

    return handler


def _by_route(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ROUTES[request.url.path], headers={"X-Request-Id": "req-1"})


class MockApi:
    """A fake API: records every request, every wait between retries and whether its transport was closed.

    It answers with ``reply`` (default: :data:`ROUTES`); subclasses override :meth:`answer` instead.
    """

    def __init__(self, reply: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.delays: list[float] = []
        self.closed = False
        self._reply = reply or _by_route

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    def answer(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` (already recorded)."""
        return self._reply(request)

    @property
    def attempts(self) -> int:
        """How many requests arrived."""
        return len(self.requests)

    def json(self, index: int = -1) -> Any:
        """The JSON body of a recorded request (the last one by default)."""
        return json.loads(self.requests[index].content)

    def transport(self) -> httpx.MockTransport:
        """A MockTransport to this API that sets ``closed`` when it is closed."""
        api = self

        class Tracking(httpx.MockTransport):
            def close(self) -> None:
                api.closed = True

            async def aclose(self) -> None:
                api.closed = True

        return Tracking(self)

    def http_client(self) -> httpx.Client:
        """An ``httpx.Client`` sending to this API, to inject as ``http_client``."""
        return httpx.Client(transport=self.transport())

    def async_http_client(self) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` sending to this API, to inject as ``http_client``."""
        return httpx.AsyncClient(transport=self.transport())

    def sleep(self, seconds: float) -> None:
        """Record a wait instead of waiting (the sync clients' ``sleep``)."""
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        """Record a wait instead of waiting (the async clients' ``sleep``)."""
        self.delays.append(seconds)


def _skip_wait(seconds: float) -> None:
    """Wait for nothing."""


async def _skip_async_wait(seconds: float) -> None:
    """Wait for nothing."""


def sync_client(api: MockApi | Handler, *, api_key: str = API_KEY, **options: Any) -> Puretalk:
    """A :class:`Puretalk` over ``api``; it never waits between retries.

    A :class:`MockApi` records the requests and the waits; a bare handler records nothing
    (a test of memory use keeps nothing alive).
    """
    if isinstance(api, MockApi):
        return Puretalk(api_key=api_key, http_client=api.http_client(), sleep=api.sleep, **options)
    http = httpx.Client(transport=httpx.MockTransport(api))
    return Puretalk(api_key=api_key, http_client=http, sleep=_skip_wait, **options)


def async_client(api: MockApi | Handler, *, api_key: str = API_KEY, **options: Any) -> AsyncPuretalk:
    """An :class:`AsyncPuretalk` over ``api``, as :func:`sync_client`."""
    if isinstance(api, MockApi):
        return AsyncPuretalk(api_key=api_key, http_client=api.async_http_client(), sleep=api.async_sleep, **options)
    http = httpx.AsyncClient(transport=httpx.MockTransport(api))
    return AsyncPuretalk(api_key=api_key, http_client=http, sleep=_skip_async_wait, **options)
