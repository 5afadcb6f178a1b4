"""Contract tests: the request every generated method builds, and the answer it parses, against Prism.

The request building and the answer parsing are generated from the spec (``templates/facade/``);
each operation is called through ``with_raw_response`` so the status Prism gives is checked
beside the parsed result.
"""

from __future__ import annotations

import inspect
import io
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest

from puretalk_client import BadRequestError, Puretalk
from puretalk_client._generated.models import (
    Assistant,
    Call,
    Campaign,
    ClonedVoice,
    LlmState,
    PhoneNumber,
    RegisterWebCallResult,
    Voice,
)
from puretalk_client._generated.resources import OPERATIONS
from puretalk_client._pagination import Page
from scripts.commands.generate import resolve_spec
from tests.helpers.paths import ROOT
from tests.helpers.spec import operations
from tests.helpers.upstream_changes import schema_at

ASSISTANT = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


@pytest.fixture
def client(prism_url: str) -> Iterator[Puretalk]:
    with Puretalk(api_key="contract-key", base_url=prism_url, max_retries=0) as client:
        yield client


def _method(root: Any, dotted: str) -> Any:
    target = root
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def _raw(client: Puretalk, dotted: str) -> Any:
    *resource, name = dotted.split(".")
    return getattr(_method(client, ".".join(resource)).with_raw_response, name)


_STATES = [LlmState(name="warm_intro", children=[LlmState(name="callback", children=[])])]
VALID: dict[str, tuple[str, tuple[Any, ...], dict[str, Any], type | None]] = {
    "listAssistants": ("assistants.list", (), {"page": 1, "limit": 10}, Page),
    "createAssistant": (
        "assistants.create", (), {"name": "Ava", "voice": 1, "prompt": "Be kind.", "begin_message": "Hi!"}, Assistant
    ),
    "getAssistant": ("assistants.get", (ASSISTANT,), {}, Assistant),
    "updateAssistant": ("assistants.update", (ASSISTANT,), {"name": "Ava 2", "voice_stability": 0.7}, Assistant),
    "upsertLlmStates": ("assistants.tasks.upsert", (ASSISTANT,), {"llm_states": _STATES}, None),
    "deleteLlmStates": ("assistants.tasks.delete", (), {"llm_states": ["5f0c6a52-8a3e-4b59-9f52-3c1d2e4f6a7b"]}, None),
    "listPhoneNumbers": ("phone_numbers.list", (), {"page": 2}, Page),
    "listCampaigns": ("campaigns.list", (), {"limit": 5}, Page),
    "listCalls": ("calls.list", (), {"status": "completed", "call_type": "outgoing"}, Page),
    "getCall": ("calls.get", ("696a4c8f-3eaf-41bf-a052-2c2fe630c046",), {}, Call),
    "registerWebCall": (
        "calls.register_web_call", (), {"assistant_id": "e1f09482-2910-45e1-a2f3-ab75cd9a5a51"}, RegisterWebCallResult
    ),
    "getVoice": ("voices.get", (12,), {}, Voice),
    "textToSpeech": (
        "tts.synthesize",
        (),
        {"voice_id": "5bc2961c-fb9b-4a3d-a257-e0c5f2f95332", "text": "Hey there!", "output_format": "wav"},
        bytes,
    ),
    "cloneVoice": (
        "tts.clone_voice",
        (),
        {"file": ("sample.wav", io.BytesIO(b"RIFF....WAVEfmt "), "audio/wav"), "name": "Mine", "language": "en",
         "gender": "female"},
        ClonedVoice,
    ),
}  # fmt: skip


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
def test_valid_call_gets_the_documented_200(client: Puretalk, operation: str) -> None:
    dotted, args, kwargs, result = VALID[operation]
    raw = _raw(client, dotted)(*args, **kwargs)
    assert raw.status_code == 200, raw.content[:300]
    parsed = raw.parse()
    assert parsed is None if result is None else isinstance(parsed, result)


def test_parsed_models_carry_the_example_values(client: Puretalk) -> None:
    call = client.calls.get("696a4c8f-3eaf-41bf-a052-2c2fe630c046")
    assert call.voice_id == "Puretalktts-e0c5f2f95332"
    assert call.start_time is not None and call.start_time.utcoffset() is not None
    campaign = client.campaigns.list().first_page().items[0]
    assert isinstance(campaign, Campaign)
    assert campaign.schedules is not None and campaign.schedules[0].day == "Monday"
    web_call = client.calls.register_web_call(assistant_id=ASSISTANT)
    assert web_call.call_id == "696a4c8f-3eaf-41bf-a052-2c2fe630c046"
    assert all(isinstance(item, PhoneNumber) for item in client.phone_numbers.list().first_page().items)


# Each body operation with a body that breaks its schema: Prism answers 400 with the Error body.
INVALID: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    "createAssistant": ("assistants.create", (), {"name": "x", "voice": "one", "prompt": "p", "begin_message": "b"}),
    "updateAssistant": ("assistants.update", (ASSISTANT,), {"voice_boost": "yes"}),
    "upsertLlmStates": ("assistants.tasks.upsert", (ASSISTANT,), {"llm_states": [LlmState(name=123)]}),
    "deleteLlmStates": ("assistants.tasks.delete", (), {"llm_states": [1, 2]}),
    "registerWebCall": ("calls.register_web_call", (), {"assistant_id": 42}),
    "textToSpeech": ("tts.synthesize", (), {"voice_id": "v", "text": "t", "sample_rate": 100}),
    "cloneVoice": (
        "tts.clone_voice", (), {"file": b"RIFF", "name": "n", "language": "xx", "gender": "robot"}
    ),
}  # fmt: skip


def test_every_body_operation_has_an_invalid_case() -> None:
    with_body = {op.get("operationId") for op in operations(resolve_spec(ROOT)).values() if "requestBody" in op}
    assert set(INVALID) <= with_body, f"cases for operations with no body now: {sorted(set(INVALID) - with_body)}"


@pytest.mark.parametrize("operation", sorted(INVALID))
def test_invalid_request_gets_prisms_400(client: Puretalk, operation: str) -> None:
    dotted, args, kwargs = INVALID[operation]
    with pytest.raises(BadRequestError) as raised:
        _method(client, dotted)(*args, **kwargs)
    assert raised.value.status_code == 400
    assert isinstance(raised.value.body, dict) and raised.value.body.get("err") is True
