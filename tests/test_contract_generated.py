"""Contract tests: every generated operation against Prism serving openapi.yaml."""

from __future__ import annotations

import inspect
import io
from collections.abc import Callable, Iterator
from functools import partial
from http import HTTPStatus
from typing import Any

import pytest

from puretalk_api import AuthenticatedClient
from puretalk_api.api.assistants import (
    create_assistant,
    delete_llm_states,
    get_assistant,
    list_assistants,
    update_assistant,
    upsert_llm_states,
)
from puretalk_api.api.calls import get_call, list_calls, register_web_call
from puretalk_api.api.campaigns import list_campaigns
from puretalk_api.api.phone_numbers import list_phone_numbers
from puretalk_api.api.tts import clone_voice, text_to_speech
from puretalk_api.api.voices import get_voice
from puretalk_api.models import (
    AssistantCreate,
    AssistantEnvelope,
    AssistantList,
    AssistantUpdate,
    CallEnvelope,
    CallList,
    CampaignListEnvelope,
    ClonedVoiceEnvelope,
    CloneVoice,
    Error,
    LlmState,
    LlmStatesDelete,
    LlmStatesUpsert,
    PhoneNumberList,
    RegisterWebCallRequest,
    RegisterWebCallResponse,
    TextToSpeech,
    VoiceEnvelope,
)
from puretalk_api.resources import OPERATIONS
from puretalk_api.types import File
from puretalk_client import Puretalk
from scripts.generation.generate import resolve_spec
from tests.helpers.paths import ROOT
from tests.helpers.spec import operations
from tests.helpers.upstream_changes import schema_at

ASSISTANT = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


@pytest.fixture
def client(prism_url: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=prism_url,
        token="contract-key",
        auth_header_name="X-API-KEY",
        prefix="",
        raise_on_unexpected_status=True,
    ) as client:
        yield client


def _voice_sample() -> File:
    return File(payload=io.BytesIO(b"RIFF....WAVEfmt "), file_name="sample.wav", mime_type="audio/wav")


VALID: dict[str, tuple[Callable[..., Any], dict[str, Any], type]] = {
    "listAssistants": (list_assistants.sync_detailed, {"page": 1, "limit": 10}, AssistantList),
    "createAssistant": (
        create_assistant.sync_detailed,
        {"body": AssistantCreate(name="Ava", voice=1, prompt="Be kind.", begin_message="Hi!")},
        AssistantEnvelope,
    ),
    "getAssistant": (get_assistant.sync_detailed, {"assistant_id": ASSISTANT}, AssistantEnvelope),
    "updateAssistant": (
        update_assistant.sync_detailed,
        {"assistant_id": ASSISTANT, "body": AssistantUpdate(name="Ava 2", voice_stability="0.7")},
        AssistantEnvelope,
    ),
    "upsertLlmStates": (
        upsert_llm_states.sync_detailed,
        {
            "assistant_id": ASSISTANT,
            "body": LlmStatesUpsert(
                llm_states=[LlmState(name="warm_intro", children=[LlmState(name="callback", children=[])])]
            ),
        },
        Error,
    ),
    "deleteLlmStates": (
        delete_llm_states.sync_detailed,
        {"body": LlmStatesDelete(llm_states=["5f0c6a52-8a3e-4b59-9f52-3c1d2e4f6a7b"])},
        Error,
    ),
    "listPhoneNumbers": (list_phone_numbers.sync_detailed, {"page": 2}, PhoneNumberList),
    "listCampaigns": (list_campaigns.sync_detailed, {"limit": 5}, CampaignListEnvelope),
    "listCalls": (list_calls.sync_detailed, {"status": "completed", "call_type": "outgoing"}, CallList),
    "getCall": (get_call.sync_detailed, {"call_id": "696a4c8f-3eaf-41bf-a052-2c2fe630c046"}, CallEnvelope),
    "registerWebCall": (
        register_web_call.sync_detailed,
        {"body": RegisterWebCallRequest(assistant_id="e1f09482-2910-45e1-a2f3-ab75cd9a5a51")},
        RegisterWebCallResponse,
    ),
    "getVoice": (get_voice.sync_detailed, {"id": 12}, VoiceEnvelope),
    "textToSpeech": (
        text_to_speech.sync_detailed,
        {"body": TextToSpeech(voice_id="5bc2961c-fb9b-4a3d-a257-e0c5f2f95332", text="Hey there!", output_format="wav")},
        File,
    ),
    "cloneVoice": (
        clone_voice.sync_detailed,
        {"body": CloneVoice(audio_clip=_voice_sample(), name="Mine", language="en", gender="female")},
        ClonedVoiceEnvelope,
    ),
}


def test_every_operation_is_exercised() -> None:
    named = {op.get("operationId") for op in operations(resolve_spec(ROOT)).values()}
    stale = sorted(set(VALID) - named)
    assert not stale, f"cases for operations the spec no longer has: {stale}"
    # Operations with no case here (upstream additions) are called by test_operations_without_a_case_answer.


def _value(schema: dict[str, Any], spec: dict[str, Any]) -> Any:
    """A value Prism accepts for ``schema``: its example, its first enum value, or one of its type."""
    schema = schema_at(spec, schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    return {"integer": 1, "number": 1.0, "boolean": True, "array": [], "object": {}}.get(schema.get("type", ""), "x")


def test_operations_without_a_case_answer(prism_url: str) -> None:
    """Every operation VALID has no case for is called through Puretalk() with its required arguments only."""
    spec = resolve_spec(ROOT)
    uncovered = {key: op for key, op in operations(spec).items() if op.get("operationId") not in VALID}
    with Puretalk(api_key="contract-key", base_url=prism_url, max_retries=0) as facade:
        for (method, path), operation in sorted(uncovered.items()):
            target: Any = facade
            for part in OPERATIONS[f"{method.upper()} {path}"].split("."):
                target = getattr(target, part)
            declared = map(partial(schema_at, spec), operation.get("parameters", []))
            parameters = {parameter["name"]: parameter["schema"] for parameter in declared}
            body = schema_at(spec, operation.get("requestBody", {})).get("content", {})
            fields = schema_at(spec, next(iter(body.values()), {}).get("schema", {})).get("properties", {})
            required = [
                name
                for name, parameter in inspect.signature(target).parameters.items()
                if parameter.default is inspect.Parameter.empty and parameter.kind is not parameter.VAR_KEYWORD
            ]
            unknown = [name for name in required if name not in {**fields, **parameters}]
            assert not unknown, f"{method.upper()} {path}: no value for {unknown}; add a case to VALID"
            target(**{name: _value({**fields, **parameters}[name], spec) for name in required})


@pytest.mark.parametrize("operation", sorted(VALID))
def test_valid_call_gets_the_documented_200(client: AuthenticatedClient, operation: str) -> None:
    function, kwargs, model = VALID[operation]
    response = function(client=client, **kwargs)
    assert response.status_code == HTTPStatus.OK, response.content[:300]
    assert isinstance(response.parsed, model)
    if hasattr(response.parsed, "err"):
        assert response.parsed.err is False


def test_parsed_models_carry_the_example_values(client: AuthenticatedClient) -> None:
    call = get_call.sync(client=client, call_id="696a4c8f-3eaf-41bf-a052-2c2fe630c046")
    assert isinstance(call, CallEnvelope)
    assert call.results.voice_id == "Puretalktts-e0c5f2f95332"
    assert call.results.start_time.utcoffset() is not None
    campaigns = list_campaigns.sync(client=client)
    assert isinstance(campaigns, CampaignListEnvelope)
    assert campaigns.results.campaigns[0].schedules[0].day == "Monday"
    web_call = register_web_call.sync(client=client, body=RegisterWebCallRequest(assistant_id=ASSISTANT))
    assert isinstance(web_call, RegisterWebCallResponse)
    assert web_call.results.call_id == "696a4c8f-3eaf-41bf-a052-2c2fe630c046"


# Each body operation with a body that breaks its schema: Prism answers 400 with the Error body.
INVALID: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {
    "createAssistant": (
        create_assistant.sync_detailed,
        {"body": AssistantCreate(name="x", voice="one", prompt="p", begin_message="b")},
    ),
    "updateAssistant": (
        update_assistant.sync_detailed,
        {"assistant_id": ASSISTANT, "body": AssistantUpdate(voice_boost="yes")},
    ),
    "upsertLlmStates": (
        upsert_llm_states.sync_detailed,
        {"assistant_id": ASSISTANT, "body": LlmStatesUpsert(llm_states=[LlmState(name=123)])},
    ),
    "deleteLlmStates": (delete_llm_states.sync_detailed, {"body": LlmStatesDelete(llm_states=[1, 2])}),
    "registerWebCall": (register_web_call.sync_detailed, {"body": RegisterWebCallRequest(assistant_id=42)}),
    "textToSpeech": (text_to_speech.sync_detailed, {"body": TextToSpeech(voice_id="v", text="t", sample_rate=100)}),
    "cloneVoice": (
        clone_voice.sync_detailed,
        {"body": CloneVoice(audio_clip=_voice_sample(), name="n", language="xx", gender="robot")},
    ),
}


def test_every_body_operation_has_an_invalid_case() -> None:
    with_body = {op.get("operationId") for op in operations(resolve_spec(ROOT)).values() if "requestBody" in op}
    assert set(INVALID) <= with_body, f"cases for operations with no body now: {sorted(set(INVALID) - with_body)}"


@pytest.mark.parametrize("operation", sorted(INVALID))
def test_invalid_request_gets_prisms_400(client: AuthenticatedClient, operation: str) -> None:
    function, kwargs = INVALID[operation]
    response = function(client=client, **kwargs)
    assert response.status_code == HTTPStatus.BAD_REQUEST, response.content[:300]
    assert isinstance(response.parsed, Error)
    assert response.parsed.err is True


def test_missing_api_key_is_refused(prism_url: str) -> None:
    with AuthenticatedClient(base_url=prism_url, token="", auth_header_name="X-Other", prefix="") as client:
        response = get_voice.sync_detailed(client=client, id=1)
    assert response.status_code == HTTPStatus.UNAUTHORIZED
