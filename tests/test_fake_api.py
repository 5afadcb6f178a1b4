"""``puretalk_client.testing.FakeAPI``: default answers valid per the spec, scripted answers, paging, 400s, records.

The operations, their arguments and their answer schemas are read at run time (``OPERATIONS``, the
resolved spec), so an upstream change is covered without an edit here.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import sys
from functools import cache
from importlib import resources
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator

import puretalk_client
from puretalk_client import AsyncPaginator, SyncPaginator
from puretalk_client._generated.resources import OPERATIONS
from puretalk_client.testing import DEFAULT_PAGE_SIZE, FAKE_API_KEY, FAKE_AUDIO, FakeAPI
from puretalk_client.testing._spec import Examples, load_spec
from scripts.commands.generate import apply_overlays
from tests.helpers.paths import ROOT


@cache
def _resolved() -> dict[str, Any]:
    spec = apply_overlays(ROOT)
    assert isinstance(spec, dict)
    return spec


def _operation(key: str) -> dict[str, Any]:
    method, _, path = key.partition(" ")
    operation = _resolved()["paths"][path][method.lower()]
    assert isinstance(operation, dict)
    return operation


def _target(client: Any, name: str) -> Any:
    for part in name.split("."):
        client = getattr(client, part)
    return client


def _arguments(method: Any, name: str) -> tuple[list[Any], dict[str, Any]]:
    """Valid values for the required arguments of a client method, from the spec's examples and schemas."""
    operation = load_spec().operations[name]
    examples = Examples(load_spec().schemas)
    schemas = {parameter.name: parameter.schema for parameter in operation.parameters}
    body = operation.body or {}
    schemas.update(examples.properties(body.get("schema")))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.default is not inspect.Parameter.empty or parameter.kind is parameter.VAR_KEYWORD:
            continue
        if "FileInput" in str(parameter.annotation) or "bytes" in str(parameter.annotation):
            value: Any = b"RIFF0000WAVE"
        else:
            assert parameter.name in schemas, f"{name}: no schema for the required argument {parameter.name!r}"
            value = examples.build(schemas[parameter.name])
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[parameter.name] = value
    return args, kwargs


def _success_schema(key: str) -> tuple[int, dict[str, Any] | None]:
    responses = _operation(key)["responses"]
    status = min(int(code) for code in responses if str(code).isdigit() and 200 <= int(code) < 300)
    content = responses[str(status)].get("content") or {}
    media = next(iter(content.values()), {})
    return status, media.get("schema") if "json" in next(iter(content), "") else None


@pytest.mark.parametrize("key", sorted(OPERATIONS))
def test_every_operation_answers_by_default_with_a_body_valid_per_the_spec(key: str) -> None:
    name = OPERATIONS[key]
    api = FakeAPI()
    _, schema = _success_schema(key)
    body = api.default_body(name)
    if schema is None:
        assert body is None  # a binary answer (audio)
        return
    OAS30Validator({**schema, "components": _resolved()["components"]}).validate(body)


@pytest.mark.parametrize("key", sorted(OPERATIONS))
def test_every_operation_of_the_client_gets_a_typed_answer_from_the_fake(key: str) -> None:
    name = OPERATIONS[key]
    api = FakeAPI()
    with api.client(max_retries=0) as client:
        method = _target(client, name)
        args, kwargs = _arguments(method, name)
        result = method(*args, **kwargs)
        if isinstance(result, SyncPaginator):
            result = list(result)
            assert len(result) == 1  # one page, one example item
    if isinstance(result, bytes):
        assert result == FAKE_AUDIO
    (request,) = api.requests
    assert request.operation == name
    assert request.method == key.partition(" ")[0]


def test_the_readme_contract_in_one_run() -> None:
    api = FakeAPI()
    client = api.client()
    result = client.calls.register_web_call(assistant_id="a1")
    assert result.call_id and result.token
    last = api.requests[-1]
    assert (last.operation, last.method, last.path, last.params, last.json) == (
        "calls.register_web_call", "POST", "/calls/web/register", {}, {"assistant_id": "a1"},
    )  # fmt: skip
    client.close()


def test_respond_with_a_status_raises_the_typed_error_then_keeps_answering_it() -> None:
    api = FakeAPI()
    client = api.client()
    api.respond("calls.get", status=404)
    for _ in range(2):  # without times, every following call
        with pytest.raises(puretalk_client.NotFoundError) as caught:
            client.calls.get("c1")
        assert caught.value.status_code == 404
    api.respond("calls.get", status=200)  # the newest script wins
    assert client.calls.get("c1").call_id


def test_an_error_status_answers_the_documented_error_body() -> None:
    api = FakeAPI()
    api.respond("calls.register_web_call", status=403, times=1)
    api.respond("calls.register_web_call", status=412, times=1)
    client = api.client()
    with pytest.raises(puretalk_client.PreconditionFailedError, match="preconditions are not"):
        client.calls.register_web_call(assistant_id="a1")
    with pytest.raises(puretalk_client.PermissionDeniedError, match="credentials were not provided"):
        client.calls.register_web_call(assistant_id="a1")
    assert client.calls.register_web_call(assistant_id="a1").call_id  # then the default again


def test_results_are_wrapped_in_the_envelope() -> None:
    api = FakeAPI()
    api.respond("calls.get", results={"call_id": "c1", "status": "completed"})
    with api.client() as client:
        call = client.calls.get("c1")
        raw = client.calls.with_raw_response.get("c1")
    assert (call.call_id, call.status) == ("c1", "completed")
    assert raw.json() == {"msg": "Success", "err": False, "results": {"call_id": "c1", "status": "completed"}}


def test_json_is_the_whole_body_and_content_the_raw_body() -> None:
    api = FakeAPI()
    api.respond("calls.get", json={"msg": "Bad", "err": True})
    api.respond("tts.synthesize", content=b"ID3 mp3", headers={"Content-Type": "audio/mpeg"})
    with api.client() as client:
        with pytest.raises(puretalk_client.APIEnvelopeError):
            client.calls.get("c1")
        assert client.tts.synthesize(voice_id="v", text="hi") == b"ID3 mp3"


def test_a_429_once_is_retried_without_sleeping_then_answers_the_default() -> None:
    api = FakeAPI()
    api.respond("calls.register_web_call", status=429, headers={"Retry-After": "1"}, times=1)
    with api.client() as client:
        call = client.calls.register_web_call(assistant_id="a1")
    assert call.call_id
    assert [request.operation for request in api.requests] == ["calls.register_web_call"] * 2
    assert api.sleeps == [1.0]  # the wait the client asked for, recorded, not slept


def test_times_counts_down_and_falls_back_to_the_earlier_script() -> None:
    api = FakeAPI()
    api.respond("calls.get", status=404)
    api.respond("calls.get", status=500, times=2)
    with api.client(max_retries=0) as client:
        for expected in (puretalk_client.InternalServerError, puretalk_client.InternalServerError):
            with pytest.raises(expected):
                client.calls.get("c1")
        with pytest.raises(puretalk_client.NotFoundError):
            client.calls.get("c1")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ({"status": 700}, "status must be an HTTP status code"),
        ({"times": 0}, "times must be a positive integer"),
        ({"results": {}, "json": {}}, "one of results, json and content"),
    ],
)
def test_bad_scripts_are_refused_in_one_line(call: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        FakeAPI().respond("calls.get", **call)
    assert "\n" not in str(caught.value)


def test_an_unknown_operation_is_refused_with_the_closest_name() -> None:
    with pytest.raises(ValueError, match=r"no operation 'calls.gett'; did you mean 'calls.get'\?"):
        FakeAPI().respond("calls.gett", status=404)
    with pytest.raises(ValueError, match="not a paged list"):
        FakeAPI().respond_items("calls.get", [])


def _paged(kind: str) -> list[str]:
    return sorted(name for name, operation in load_spec().operations.items() if operation.shape.paging == kind)


def test_the_spec_has_both_kinds_of_lists() -> None:
    assert _paged("linked") and _paged("counted")


@pytest.mark.parametrize("name", _paged("linked") + _paged("counted"))
def test_respond_items_pages_as_the_api_pages(name: str) -> None:
    api = FakeAPI()
    items = [{"marker": f"i{number}"} for number in range(25)]
    api.respond_items(name, items)
    with api.client() as client:
        paginator = _target(client, name)()
        seen = [item.additional_properties["marker"] for item in paginator]
        pages = list(_target(client, name)(limit=7).pages())
    assert seen == [item["marker"] for item in items]
    expected_pages = -(-25 // DEFAULT_PAGE_SIZE)
    assert [request.params.get("page") for request in api.requests[:expected_pages]] == [
        None, *[str(number) for number in range(2, expected_pages + 1)],
    ]  # fmt: skip
    assert [len(page.items) for page in pages] == [7, 7, 7, 4]
    assert {page.count for page in pages} == {25}
    if load_spec().operations[name].shape.paging == "linked":
        assert pages[0].previous is None and pages[-1].next is None
        assert pages[1].next is not None and "page=3" in pages[1].next and "limit=7" in pages[1].next


@pytest.mark.parametrize(
    ("send", "message"),
    [
        ({"json": {}}, "body field 'assistant_id' is missing (required)"),
        ({"json": {"assistant_id": 42}}, "body field 'assistant_id': 42 is not of type 'string' (type)"),
        (
            {"content": b"{", "headers": {"Content-Type": "application/json"}},
            "the request body is not valid JSON (syntax)",
        ),
        ({"json": []}, "the request body: [] is not of type 'object' (type)"),
    ],
)
def test_a_request_the_spec_forbids_gets_a_400_naming_the_field_and_the_rule(
    send: dict[str, Any], message: str
) -> None:
    api = FakeAPI()
    with api.client() as client:
        response = client.http_client.post("/calls/web/register", **send)
    assert response.status_code == 400
    assert response.json() == {"err": True, "msg": message}


def _property(schema: str, name: str) -> dict[str, Any]:
    """A property of a component schema of the resolved spec (the rules below are read from it, not pinned)."""
    found = _resolved()["components"]["schemas"][schema]["properties"][name]
    assert isinstance(found, dict)
    return found


def _query_parameter(key: str, name: str) -> dict[str, Any]:
    for parameter in load_spec().operations[OPERATIONS[key]].parameters:
        if parameter.name == name:
            return dict(parameter.schema)
    raise AssertionError(f"{key} has no query parameter {name!r}")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.tts.synthesize(voice_id="v", text="t", output_format="flac"),
         lambda: ("body field 'output_format': 'flac' is not one of "
                  f"{_property('TextToSpeech', 'output_format')['enum']!r} (enum)")),
        (lambda c: c.tts.synthesize(voice_id="v", text="t", sample_rate=100),
         lambda: ("body field 'sample_rate': 100 is less than the minimum of "
                  f"{_property('TextToSpeech', 'sample_rate')['minimum']} (minimum)")),
        (lambda c: c.calls.register_web_call(assistant_id="a", extra_body={"assistant_id": ["a"]}),
         lambda: "body field 'assistant_id': ['a'] is not of type 'string' (type)"),
        (lambda c: c.calls.list(extra_query={"limit": "ten"}).first_page(),
         lambda: "query parameter 'limit': 'ten' is not of type 'integer' (type)"),
        (lambda c: c.calls.list(extra_query={"status": "done"}).first_page(),
         lambda: ("query parameter 'status': 'done' is not one of "
                  f"{_query_parameter('GET /calls', 'status')['enum']!r} (enum)")),
        (lambda c: c.voices.get("abc"), lambda: "path parameter 'id': 'abc' is not of type 'integer' (type)"),
        (lambda c: c.tts.clone_voice(file=b"RIFF", name="n", gender="robot"),
         lambda: f"body field 'gender': 'robot' is not one of {_property('CloneVoice', 'gender')['enum']!r} (enum)"),
        (lambda c: c.assistants.tasks.upsert("a1", llm_states=[{"name": 5}]),
         lambda: "body field 'llm_states[0].name': 5 is not of type 'string' (type)"),
    ],
)  # fmt: skip
def test_the_client_tells_the_user_what_their_code_did_wrong(call: Any, message: Any) -> None:
    api = FakeAPI()
    with api.client() as client, pytest.raises(puretalk_client.BadRequestError) as caught:
        call(client)
    assert caught.value.status_code == 400
    assert message() in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_valid_multipart_upload_and_a_valid_query_pass_the_checks() -> None:
    api = FakeAPI()
    with api.client() as client:
        assert client.tts.clone_voice(file=b"RIFF", name="n", gender="female", language="fr").voice_id
        assert client.calls.list(status="completed", limit=5, page=1).first_page().count == 1
    assert api.requests[-1].params == {"status": "completed", "limit": "5", "page": "1"}


def test_requests_are_recorded_with_the_key_masked() -> None:
    api = FakeAPI()
    with api.client(api_key="sk-very-secret") as client:
        client.assistants.update("as1", name="x")
        client.calls.list(status="failed").first_page()
    update, listed = api.requests
    assert (update.operation, update.method, update.path, update.path_params, update.json) == (
        "assistants.update", "PATCH", "/ai-assistants/as1", {"assistant_id": "as1"}, {"name": "x"},
    )  # fmt: skip
    assert (listed.operation, listed.params, listed.json) == ("calls.list", {"status": "failed"}, None)
    assert update.headers["x-api-key"] == "***"
    assert "sk-very-secret" not in repr(api.requests)
    assert FAKE_API_KEY != "sk-very-secret"


def test_a_path_the_spec_does_not_have_is_a_404_and_a_wrong_method_a_405() -> None:
    api = FakeAPI()
    with api.client() as client:
        assert client.http_client.get("/nowhere").status_code == 404
        assert client.http_client.delete("/calls/web/register").status_code == 405
    assert [request.operation for request in api.requests] == [None, None]


def test_a_path_that_also_matches_a_parameterised_one_is_found_by_its_method() -> None:
    api = FakeAPI()
    with api.client() as client:
        client.assistants.tasks.delete(llm_states=["s1"])
    assert api.requests[-1].operation == "assistants.tasks.delete"


def test_reset_forgets_scripts_and_records() -> None:
    api = FakeAPI()
    api.respond("calls.get", status=404)
    with api.client() as client:
        with pytest.raises(puretalk_client.NotFoundError):
            client.calls.get("c1")
        api.reset()
        assert api.requests == []
        assert client.calls.get("c1").call_id


def test_the_async_client_works_the_same_way() -> None:
    async def main() -> None:
        api = FakeAPI()
        api.respond("calls.register_web_call", status=429, headers={"Retry-After": "2"}, times=1)
        api.respond_items("calls.list", [{"call_id": f"c{number}"} for number in range(25)])
        api.respond("calls.get", status=404)
        async with api.async_client() as client:
            call = await client.calls.register_web_call(assistant_id="a1")
            listed = client.calls.list()
            assert isinstance(listed, AsyncPaginator)
            ids = [item.call_id async for item in listed]
            with pytest.raises(puretalk_client.NotFoundError):
                await client.calls.get("c1")
        assert call.call_id and api.sleeps == [2.0]
        assert ids == [f"c{number}" for number in range(25)]
        assert api.requests[-1].operation == "calls.get"

    asyncio.run(main())


def test_the_fake_sends_nothing_over_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the fake API must not open a connection")

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    api = FakeAPI()
    with api.client() as client:
        assert client.calls.register_web_call(assistant_id="a1").call_id


def test_the_packaged_data_is_what_generate_writes_from_the_spec_now() -> None:
    from puretalk_client.testing import _spec
    from scripts.generation.fake_data import FAKE_DATA, fake_data

    assert _spec.DATA_FILE == FAKE_DATA
    packaged = resources.files(_spec.GENERATED_PACKAGE).joinpath(FAKE_DATA).read_text(encoding="utf-8")
    assert json.loads(packaged) == fake_data(_resolved())


def test_an_operation_upstream_adds_is_in_the_data_with_its_shape() -> None:
    from scripts.generation.fake_data import fake_data

    spec = copy.deepcopy(_resolved())
    spec["paths"]["/knowledge-bases"] = {
        "get": {
            "parameters": [{"$ref": "#/components/parameters/Page"}, {"$ref": "#/components/parameters/Limit"}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"allOf": [
                {"$ref": "#/components/schemas/PaginatedList"},
                {"type": "object", "properties": {"results": {"type": "array", "items": {"type": "string"}}}},
            ]}}}}},
        }
    }  # fmt: skip
    added = fake_data(spec)["operations"]["GET /knowledge-bases"]
    assert added["shape"] == {
        "envelope": False,
        "paging": "linked",
        "items": "results",
        "page": "page",
        "size": "limit",
    }
    assert [parameter["name"] for parameter in added["parameters"]] == ["page", "limit"]


def test_without_jsonschema_the_fake_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # an import of it now fails
    with pytest.raises(ImportError) as caught:
        FakeAPI()
    assert str(caught.value) == (
        "puretalk_client.testing checks requests with jsonschema, which is not installed: "
        "pip install 'puretalk-client[testing]'"
    )
