"""Typical code of a service using puretalk_client, checked by tests/test_user_code_types.py.

It must pass ``mypy --strict`` and pyright (strict) with no ignore: ids from one answer
go to the next call, optional fields are narrowed with ``is None``, absent and null are
told apart with ``model_fields_set``, optional arguments are forwarded as NOT_GIVEN, and the
user's own tests run on ``puretalk_client.testing.FakeAPI`` (the ``puretalk_api`` fixture).
Written for this project (no outside origin); it is type-checked, not run.
"""

from __future__ import annotations

import asyncio
import datetime
import types
from collections.abc import Mapping
from pathlib import Path

import httpx

from puretalk_client import NOT_GIVEN, APIStatusError, AsyncPuretalk, NotFoundError, NotGiven, Puretalk
from puretalk_client.testing import FakeAPI, RecordedRequest
from puretalk_client.types import Call


def call_length(call: Call) -> datetime.timedelta | None:
    """How long a call lasted, when the server knows both ends."""
    if call.start_time is None or call.end_time is None:
        return None
    return call.end_time - call.start_time


def join_web_call(client: Puretalk, assistant_id: str) -> str:
    """Register a web call, then fetch it by the id the first answer gave."""
    registered = client.calls.register_web_call(assistant_id=assistant_id)
    if registered.call_id is None:
        raise RuntimeError("no call id in the answer")
    call = client.calls.get(registered.call_id)
    token: str = registered.token or ""
    print(call.status, len(token))
    return registered.call_id


def transcripts(client: Puretalk) -> dict[str, str]:
    """Every completed call's transcript, by call id (a call without one is left out)."""
    found: dict[str, str] = {}
    for listed in client.calls.list(status="completed", limit=50):
        if listed.call_id is None:
            continue
        call = client.calls.get(listed.call_id)
        if call.transcript is not None:
            found[listed.call_id] = call.transcript.strip()
        for entry in call.transcript_object or []:
            print(entry.role, entry.content)
        analysis = call.call_analysis
        if analysis is not None and analysis.summary is not None:
            print(analysis.summary.upper())
        length = call_length(call)
        print(length.total_seconds() if length is not None else "unknown")
    return found


def assistant_of(client: Puretalk, call_id: str) -> str | None:
    """The name of the assistant that took a call, or None when the call names none."""
    try:
        call = client.calls.get(call_id)
    except NotFoundError as error:
        print(error.status_code)
        return None
    if call.assistant_id is None:
        return None
    assistant = client.assistants.get(call.assistant_id)
    if "name" not in assistant.model_fields_set:
        print("the server sent no name")  # absent, as opposed to null
    return assistant.name


def rename(client: Puretalk, assistant_id: str, name: str | None = None, timezone: str | None = None) -> None:
    """Change what was given; NOT_GIVEN leaves a field as it is (it is not sent)."""
    updated = client.assistants.update(
        assistant_id,
        name=NOT_GIVEN if name is None else name,
        timezone=timezone if timezone is not None else NOT_GIVEN,
    )
    print(repr(updated), updated.to_json(), updated.to_dict())


def default_or(value: int | NotGiven) -> int:
    """A caller's own optional argument, defaulting to NOT_GIVEN like the client's."""
    return 10 if isinstance(value, NotGiven) else value


def configured(headers: Mapping[str, str], region: str) -> Puretalk:
    """A client with default headers and query parameters from any mapping, moved to a regional URL."""
    client = Puretalk(default_headers=headers, default_query=types.MappingProxyType({"region": region}))
    client.base_url = f"https://{region}.api.example.com/api"
    print(client.base_url.host, client.default_query, client.default_headers)
    return client.with_options(set_default_headers={"X-Team": "voice"}, default_query={"debug": True})


def long_speech(client: Puretalk, voice_id: str, text: str, target: Path) -> int:
    """A long text to speech: a longer timeout for this one download, and a header to trace it."""
    try:
        return client.tts.synthesize_to_file(
            target, voice_id=voice_id, text=text, output_format="wav", timeout=300, extra_headers={"X-Trace": "t-1"}
        )
    except APIStatusError as error:
        request: httpx.Request = error.request
        print(error.status_code, request.method, error.request.url.path)
        raise


async def long_speech_async(client: AsyncPuretalk, voice_id: str, target: Path) -> int:
    """The same download on the async client, with an ``httpx.Timeout``."""
    return await client.tts.synthesize_to_file(
        target, voice_id=voice_id, text="Hello", timeout=httpx.Timeout(300.0, connect=5.0)
    )


async def first_calls(count: int) -> list[str]:
    """The ids of the first calls, asynchronously."""
    ids: list[str] = []
    async with AsyncPuretalk() as client:
        async for listed in client.calls.list(limit=default_or(count)):
            if listed.call_id is not None:
                call = await client.calls.get(listed.call_id)
                ids.append(call.call_id or listed.call_id)
            if len(ids) >= count:
                break
    return ids


def test_join_web_call(puretalk_api: FakeAPI, tmp_path: Path) -> None:
    """A user's own pytest test, on the fake API (the ``puretalk_api`` fixture of the package's plugin)."""
    puretalk_api.respond("calls.get", results={"call_id": "c1", "status": "completed"})
    puretalk_api.respond("calls.register_web_call", status=429, headers={"Retry-After": "1"}, times=1)
    with puretalk_api.client(max_retries=1, timeout=5) as client:
        assert join_web_call(client, "a1")
        written = client.tts.synthesize_to_file(tmp_path / "hello.wav", voice_id="v1", text="Hi")
    first: RecordedRequest = puretalk_api.requests[0]
    assert first.operation == "calls.register_web_call" and first.path == "/calls/web/register"
    assert first.params == {} and first.json == {"assistant_id": "a1"}
    assert puretalk_api.sleeps == [1.0] and written > 0


def test_strict_on_request(puretalk_api: FakeAPI, tmp_path: Path) -> None:
    """Strict answers on request (an answer off the spec raises), and a longer timeout for one download."""
    with puretalk_api.client() as client:
        strict = client.with_options(strict_response_validation=True)
        assert strict.calls.get("c1").call_id is not None
        written = strict.tts.synthesize_to_file(tmp_path / "long.wav", voice_id="v1", text="Hi", timeout=300)
    assert written > 0 and puretalk_api.requests[-1].operation == "tts.synthesize"


async def test_first_calls_async(puretalk_api: FakeAPI) -> None:
    """The same fake answers the async client."""
    puretalk_api.respond_items("calls.list", [{"call_id": f"c{number}"} for number in range(25)])
    async with puretalk_api.async_client() as client:
        ids = [listed.call_id async for listed in client.calls.list() if listed.call_id is not None]
    assert len(ids) == 25


def scripted_fake() -> FakeAPI:
    """A fake API without pytest: a missing call raises NotFoundError."""
    api = FakeAPI()
    api.respond("calls.get", status=404)
    with api.client() as client:
        print(assistant_of(client, "c1"))
    return api


if __name__ == "__main__":
    with Puretalk() as sync_client:
        print(join_web_call(sync_client, "e1f09482-2910-45e1-a2f3-ab75cd9a5a51"))
    print(asyncio.run(first_calls(3)))
