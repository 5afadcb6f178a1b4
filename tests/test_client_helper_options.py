"""The hand-written helpers take the per-call options like every method, and show their real keyword arguments.

``tts.synthesize_to_file`` forwards ``timeout``, ``extra_headers``, ``extra_query`` and ``extra_body``
to the request it streams; ``help()`` and ``inspect`` show its keywords (no ``**params``), which are
``synthesize``'s own, read at run time: every required one, and none that ``synthesize`` lacks.
"""

from __future__ import annotations

import inspect
import io
import json
import pydoc
from pathlib import Path

import httpx
import pytest

from puretalk_client import AsyncPuretalk, Puretalk
from tests.helpers.mock_api import MockApi, async_client, sync_client

AUDIO = b"RIFF" + bytes(range(256)) * 8
PER_CALL = ("timeout", "extra_headers", "extra_query", "extra_body")


def audio() -> MockApi:
    """A /v1/tts server answering every request with ``AUDIO``."""
    return MockApi(lambda request: httpx.Response(200, content=AUDIO, headers={"Content-Type": "audio/wav"}))


def _assert_forwarded(request: httpx.Request) -> None:
    assert request.extensions["timeout"]["read"] == 300
    assert request.headers["X-Trace"] == "t-1"
    assert request.url.params["region"] == "eu"
    body = json.loads(request.content)
    assert body == {"voice_id": "v", "text": "Hi", "sample_rate": 16000, "speed": 1.2}


def test_synthesize_to_file_takes_the_per_call_options(tmp_path: Path) -> None:
    api = audio()
    written = sync_client(api).tts.synthesize_to_file(
        tmp_path / "hi.wav",
        voice_id="v",
        text="Hi",
        sample_rate=16000,
        timeout=300,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"region": "eu"},
        extra_body={"speed": 1.2},
    )
    assert written == len(AUDIO) == (tmp_path / "hi.wav").stat().st_size
    _assert_forwarded(api.requests[0])


@pytest.mark.asyncio
async def test_async_synthesize_to_file_takes_the_per_call_options() -> None:
    api = audio()
    out = io.BytesIO()
    written = await async_client(api).tts.synthesize_to_file(
        out,
        voice_id="v",
        text="Hi",
        sample_rate=16000,
        timeout=httpx.Timeout(300),
        extra_headers={"X-Trace": "t-1"},
        extra_query={"region": "eu"},
        extra_body={"speed": 1.2},
    )
    assert written == len(AUDIO) and out.getvalue() == AUDIO
    _assert_forwarded(api.requests[0])


@pytest.mark.parametrize("client_class", [Puretalk, AsyncPuretalk])
def test_synthesize_to_file_shows_synthesizes_keywords(client_class: type[Puretalk] | type[AsyncPuretalk]) -> None:
    resource = client_class(api_key="k").tts
    helper = inspect.signature(resource.synthesize_to_file).parameters
    method = inspect.signature(resource.synthesize).parameters
    assert all(parameter.kind is not inspect.Parameter.VAR_KEYWORD for parameter in helper.values())
    keywords = {name for name, parameter in helper.items() if parameter.kind is inspect.Parameter.KEYWORD_ONLY}
    required = {name for name, parameter in method.items() if parameter.default is inspect.Parameter.empty}
    assert required <= keywords, "every required keyword of synthesize"
    assert keywords <= set(method), "no keyword synthesize does not take"
    assert set(PER_CALL) <= keywords
    for name in keywords:
        assert helper[name].default == method[name].default, name
    assert next(iter(helper)) == "destination"


def test_help_shows_the_helpers_keywords() -> None:
    text = pydoc.render_doc(Puretalk(api_key="k").tts.synthesize_to_file, renderer=pydoc.plaintext)
    assert "**params" not in text
    for name in ("destination", "voice_id", "text", *PER_CALL):
        assert f"{name}:" in text or f"{name}=" in text, name
