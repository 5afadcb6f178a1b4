"""Request bodies: only the fields given are sent (not the spec's defaults); nested task states as dicts or models."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from puretalk_client import Puretalk
from puretalk_client._generated.models import LlmState, LlmStatePosition
from tests.helpers.mock_api import MockApi, async_client, sync_client


def test_assistants_update_sends_only_the_given_fields() -> None:
    api = MockApi()
    assistant = sync_client(api).assistants.update("a", name="x")
    assert assistant.name == "x"
    request = api.requests[0]
    assert (request.method, request.url.path) == ("PATCH", "/api/ai-assistants/a")
    assert api.json() == {"name": "x"}  # not the spec defaults model / who_speaks_first / call_recording_enabled


def test_assistants_update_sends_given_fields_that_have_spec_defaults() -> None:
    api = MockApi()
    sync_client(api).assistants.update("a", call_recording_enabled=False, who_speaks_first="user", voice_boost=True)
    assert api.json() == {"call_recording_enabled": False, "who_speaks_first": "user", "voice_boost": True}


@pytest.mark.asyncio
async def test_async_assistants_update_sends_only_the_given_fields() -> None:
    api = MockApi()
    await async_client(api).assistants.update("a", prompt="be brief")
    assert api.json() == {"prompt": "be brief"}


def test_assistants_create_sends_the_four_required_fields() -> None:
    api = MockApi()
    sync_client(api).assistants.create(name="Ava", voice=3, prompt="You help.", begin_message="Hi!")
    request = api.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/ai-assistants")
    assert api.json() == {"name": "Ava", "voice": 3, "prompt": "You help.", "begin_message": "Hi!"}


def test_assistants_create_with_optional_fields() -> None:
    api = MockApi()
    sync_client(api).assistants.create(name="Ava", voice=3, prompt="p", begin_message="b", timezone="UTC")
    assert api.json()["timezone"] == "UTC"
    assert "model" not in api.json()


def test_tasks_upsert_accepts_dicts_and_llm_state_objects() -> None:
    api = MockApi()
    nested = LlmState(
        name="root",
        prompt="route",
        position=LlmStatePosition(x=1.0, y=2.0),
        children=[LlmState(name="child", children=[LlmState(state_id="s-3", name="grandchild")])],
    )
    sync_client(api).assistants.tasks.upsert("a", llm_states=[{"name": "greet", "children": [{"name": "ask"}]}, nested])
    assert api.json() == {
        "llm_states": [
            {"name": "greet", "children": [{"name": "ask"}]},
            {
                "name": "root",
                "prompt": "route",
                "position": {"x": 1.0, "y": 2.0},
                "children": [{"name": "child", "children": [{"state_id": "s-3", "name": "grandchild"}]}],
            },
        ]
    }


@pytest.mark.asyncio
async def test_async_tasks_upsert_and_delete() -> None:
    api = MockApi()
    client = async_client(api)
    assert await client.assistants.tasks.upsert("a", llm_states=[LlmState(name="x")]) is None
    assert await client.assistants.tasks.delete(llm_states=["s-1", "s-2"]) is None
    assert api.json(0) == {"llm_states": [{"name": "x"}]}
    assert api.requests[1].method == "DELETE"
    assert api.json(1) == {"llm_states": ["s-1", "s-2"]}


def test_register_web_call_body() -> None:
    api = MockApi()
    sync_client(api).calls.register_web_call(assistant_id="e1f09482")
    assert api.requests[0].headers["Content-Type"] == "application/json"
    assert api.json() == {"assistant_id": "e1f09482"}


def _any_answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/v1/tts"):
        return httpx.Response(200, content=b"RIFF", headers={"Content-Type": "audio/wav"})
    return httpx.Response(200, json={"msg": "ok", "err": False, "results": {}})


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda client: client.calls.register_web_call(assistant_id="a"), id="register_web_call"),
        pytest.param(lambda client: client.assistants.update("a", name="x"), id="assistants.update"),
        pytest.param(lambda client: client.assistants.tasks.delete(llm_states=["x"]), id="tasks.delete"),
        pytest.param(lambda client: client.tts.synthesize(voice_id="v", text="t"), id="tts.synthesize"),
    ],
)
def test_json_bodies_carry_one_json_content_type(call: Callable[[Puretalk], object]) -> None:
    # The endpoint template leaves this header to httpx (json=): it must still be there, once.
    api = MockApi(_any_answer)
    call(sync_client(api))
    request = api.requests[0]
    assert request.headers.get_list("Content-Type") == ["application/json"]
    assert request.content.startswith(b"{")
