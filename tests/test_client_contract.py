"""Contract tests: every resource method of Puretalk and AsyncPuretalk against Prism serving openapi.yaml."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from puretalk_client import AsyncPuretalk, BadRequestError, Puretalk
from puretalk_client._generated.models import (
    Assistant,
    Call,
    Campaign,
    ClonedVoice,
    PhoneNumber,
    RegisterWebCallResult,
    Voice,
)
from puretalk_client.resources import OPERATIONS
from scripts.commands.generate import resolve_spec
from tests.helpers.paths import ROOT
from tests.helpers.spec import operations
from tests.pins import NAMES_USERS_HAVE

ASSISTANT = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


@pytest.fixture
def client(prism_url: str) -> Iterator[Puretalk]:
    with Puretalk(api_key="contract-key", base_url=prism_url) as client:
        yield client


def _resolve(root: Any, dotted: str) -> Any:
    target = root
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def test_every_operation_in_the_spec_has_a_resource_method() -> None:
    spec_operations = {f"{method.upper()} {path}" for method, path in operations(resolve_spec(ROOT))}
    missing = sorted(spec_operations - set(OPERATIONS))
    assert not missing, f"operations with no resource method in puretalk_client (add them to resources/): {missing}"
    stale = sorted(set(OPERATIONS) - spec_operations)
    assert not stale, f"resource methods for operations the spec no longer has: {stale}"
    sync, asynchronous = Puretalk(api_key="k"), AsyncPuretalk(api_key="k")
    for operation, dotted in OPERATIONS.items():
        assert callable(_resolve(sync, dotted)), f"{operation}: Puretalk().{dotted}"
        assert callable(_resolve(asynchronous, dotted)), f"{operation}: AsyncPuretalk().{dotted}"
    assert {key: OPERATIONS.get(key) for key in NAMES_USERS_HAVE} == NAMES_USERS_HAVE, "names users have stay"


def test_calls(client: Puretalk) -> None:
    web_call = client.calls.register_web_call(assistant_id="e1f09482-2910-45e1-a2f3-ab75cd9a5a51")
    assert isinstance(web_call, RegisterWebCallResult)
    assert web_call.token.startswith("eyJ")
    call = client.calls.get("696a4c8f-3eaf-41bf-a052-2c2fe630c046")
    assert isinstance(call, Call)
    assert call.voice_id == "Puretalktts-e0c5f2f95332"
    page = client.calls.list(status="completed", call_type="outgoing").first_page()
    assert page.count == 100
    assert all(isinstance(item, Call) for item in page.items)


def test_listing_follows_pages_and_stops(client: Puretalk) -> None:
    # Prism serves its one example for every page, linking to page 2: page 2 repeats page 1's
    # items, a page already seen, so the paginator stops there instead of looping (or repeating).
    calls = list(client.calls.list())
    assert calls and all(isinstance(item, Call) for item in calls)
    assert len(calls) == 1
    assert all(isinstance(item, Assistant) for item in client.assistants.list(limit=10))
    assert all(isinstance(item, PhoneNumber) for item in client.phone_numbers.list())
    campaign_page = client.campaigns.list(page=1, limit=10).first_page()
    assert campaign_page.count == 100
    assert isinstance(campaign_page.items[0], Campaign)


def test_assistants(client: Puretalk) -> None:
    created = client.assistants.create(name="Ava", voice=1, prompt="Be kind.", begin_message="Hi!")
    assert isinstance(created, Assistant)
    assert isinstance(client.assistants.get(ASSISTANT), Assistant)
    assert isinstance(client.assistants.update(ASSISTANT, name="Ava 2", voice_stability=0.7), Assistant)
    states = [{"name": "warm_intro", "children": [{"name": "callback", "children": []}]}]
    assert client.assistants.tasks.upsert(ASSISTANT, llm_states=states) is None
    assert client.assistants.tasks.delete(llm_states=["5f0c6a52-8a3e-4b59-9f52-3c1d2e4f6a7b"]) is None


def test_voices_and_tts(client: Puretalk, tmp_path: Path) -> None:
    voice = client.voices.get(12)
    assert isinstance(voice, Voice)
    assert voice.voice_id == "Puretalk Model V4"
    audio = client.tts.synthesize(voice_id="5bc2961c-fb9b-4a3d-a257-e0c5f2f95332", text="Hey there!")
    assert isinstance(audio, bytes) and audio
    target = tmp_path / "speech.raw"
    written = client.tts.synthesize_to_file(target, voice_id="v", text="Hey there!", output_format="raw")
    assert written == len(audio) == target.stat().st_size
    cloned = client.tts.clone_voice(file=io.BytesIO(b"RIFF....WAVE"), name="Mine", gender="female")
    assert isinstance(cloned, ClonedVoice)
    assert cloned.voice_id == "70756ba9-cfdd-4108-84de-3a24d3f86b34"


def test_invalid_requests_raise_bad_request(client: Puretalk) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.tts.synthesize(voice_id="v", text="t", sample_rate=100)
    assert caught.value.status_code == 400
    with pytest.raises(BadRequestError):
        client.assistants.create(name="x", voice="one", prompt="p", begin_message="b")  # type: ignore[typeddict-item]


def test_raw_response_against_prism(client: Puretalk) -> None:
    raw = client.calls.with_raw_response.get("c-1")
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parse(), Call)


@pytest.mark.asyncio
async def test_async_client_covers_every_resource(prism_url: str) -> None:
    async with AsyncPuretalk(api_key="contract-key", base_url=prism_url) as client:
        assert isinstance(await client.calls.register_web_call(assistant_id=ASSISTANT), RegisterWebCallResult)
        assert isinstance(await client.calls.get("c-1"), Call)
        assert [type(item) async for item in client.calls.list()] == [Call]
        assert isinstance(await client.assistants.create(name="A", voice=1, prompt="p", begin_message="b"), Assistant)
        assert isinstance(await client.assistants.get(ASSISTANT), Assistant)
        assert isinstance(await client.assistants.update(ASSISTANT, timezone="UTC"), Assistant)
        await client.assistants.tasks.upsert(ASSISTANT, llm_states=[{"name": "intro"}])
        await client.assistants.tasks.delete(llm_states=["x"])
        assert isinstance((await client.assistants.list().first_page()).items[0], Assistant)
        assert isinstance((await client.phone_numbers.list().first_page()).items[0], PhoneNumber)
        assert isinstance((await client.campaigns.list().first_page()).items[0], Campaign)
        assert isinstance(await client.voices.get(1), Voice)
        assert await client.tts.synthesize(voice_id="v", text="t")
        assert isinstance(await client.tts.clone_voice(file=b"RIFF", name="n", gender="male"), ClonedVoice)
