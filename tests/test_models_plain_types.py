"""Models hold plain types: absent and null read None, reprs and signatures are readable, models round-trip.

What a user sees of the generated models (templates/model.py.jinja, templates/types.py.jinja):
no ``Unset`` object anywhere, ``model_fields_set`` to tell absent from null, ``to_json``,
pickling, unknown fields as attributes; and the facade's side of the contract: constructors
take ``UNSET`` for an optional field, the envelope helpers take the new ``X | None`` fields.
"""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import pickle
import pydoc
from typing import Any

import attrs
import pytest

import puretalk_client
from puretalk_client._generated import models, types
from puretalk_client._generated.models import AssistantUpdate, Call, CallEnvelope, CallList, RegisterWebCallRequest
from puretalk_client._pagination import linked_page
from puretalk_client._response import check_envelope, present
from puretalk_client._validate import STRICT
from tests.helpers.mock_api import MockApi, answer, async_client, sync_client

MODELS = sorted(
    (value for value in vars(models).values() if isinstance(value, type) and attrs.has(value)),
    key=lambda model: model.__name__,
)
SENT = {
    "call_id": "c-1",
    "end_time": None,
    "start_time": "2025-05-19T10:15:22.230876-04:00",
    "transcript_object": [{"role": "agent", "content": "hello"}],
    "brand_new_field": {"nested": [1, 2]},
}


def test_every_model_is_covered() -> None:
    assert len(MODELS) >= 30  # the spec's object schemas; a template that stopped making models fails here
    assert all(issubclass(model, types.BaseModel) for model in MODELS)


def test_absent_and_null_both_read_none_and_model_fields_set_tells_them_apart() -> None:
    call = Call.from_dict(SENT)
    assert call.end_time is None  # sent as null
    assert call.to_number is None  # not sent
    assert "end_time" in call.model_fields_set
    assert "to_number" not in call.model_fields_set
    assert call.model_fields_set == {"call_id", "end_time", "start_time", "transcript_object"}
    assert call.start_time == datetime.datetime.fromisoformat(SENT["start_time"])


def test_repr_shows_what_the_server_sent_and_nothing_else() -> None:
    call = Call.from_dict(SENT)
    text = repr(call)
    assert text.startswith("Call(call_id='c-1', start_time=datetime.datetime(2025, 5, 19, 10, 15, 22, 230876, tzinfo=")
    assert "), end_time=None, transcript_object=" in text  # declaration order
    assert "transcript_object=[TranscriptEntry(role='agent', content='hello')]" in text
    assert text.endswith("brand_new_field={'nested': [1, 2]})")
    assert "to_number" not in text
    assert repr(Call()) == "Call()"
    for shown in (text, repr(Call()), repr(CallEnvelope.from_dict({"results": SENT}))):
        assert "Unset" not in shown and "0x" not in shown and "NOT_GIVEN" not in shown


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_signatures_help_and_attribute_types_show_no_sentinel_object(model: type) -> None:
    signature = str(inspect.signature(model))
    assert "object at 0x" not in signature
    assert "Unset" not in signature  # the generator's name for NotGiven
    optional = [param for param in inspect.signature(model).parameters.values() if "NotGiven" in param.annotation]
    assert all(param.default is not inspect.Parameter.empty for param in optional)
    not_given = [param for param in optional if param.default is types.UNSET]  # the others: the spec's default
    assert all(f"{param.name}: '{param.annotation}' = NOT_GIVEN" in signature for param in not_given)
    shown = pydoc.render_doc(model, renderer=pydoc.plaintext)
    assert "object at 0x" not in shown and "Unset" not in shown
    assert model.__match_args__ == tuple(inspect.signature(model).parameters)  # public names, not the slots
    reads = {name: member for name, member in vars(model).items() if isinstance(member, property)}
    for name in (param.name for param in optional):
        annotation = reads[name].fget.__annotations__["return"]  # type: ignore[union-attr]
        assert "Unset" not in annotation and annotation.endswith("| None"), (name, annotation)


def test_positional_patterns_bind_fields_as_they_read() -> None:
    match Call.from_dict(SENT):
        case Call(analysis, protocol, call_id, from_number):
            assert (analysis, protocol, call_id, from_number) == (None, None, "c-1", None)
        case _:
            pytest.fail("a Call did not match its own class pattern")


def test_to_dict_leaves_absent_fields_out_and_to_json_is_its_json() -> None:
    call = Call.from_dict(SENT)
    assert call.to_dict() == {**SENT, "start_time": "2025-05-19T10:15:22.230876-04:00"}
    assert json.loads(call.to_json()) == call.to_dict()
    assert json.loads(call.to_json(indent=2)) == call.to_dict()
    assert Call().to_json() == "{}"


def test_models_pickle_copy_and_compare_equal_after_a_round_trip() -> None:
    call = Call.from_dict(SENT)
    for again in (pickle.loads(pickle.dumps(call)), copy.deepcopy(call), copy.copy(call)):  # noqa: S301
        assert again == call
        assert again.model_fields_set == call.model_fields_set
        assert again.to_dict() == call.to_dict()
    empty = pickle.loads(pickle.dumps(Call()))  # noqa: S301 (our own bytes)
    assert empty == Call()
    assert empty.to_dict() == {}
    assert Call(end_time=None) != Call()  # null is not absent


def test_not_given_is_one_object_across_pickling_and_copying() -> None:
    assert puretalk_client.NOT_GIVEN is types.UNSET
    assert puretalk_client.NotGiven is types.Unset
    assert repr(puretalk_client.NOT_GIVEN) == "NOT_GIVEN"
    assert not puretalk_client.NOT_GIVEN
    assert pickle.loads(pickle.dumps(types.UNSET)) is types.UNSET  # noqa: S301 (our own bytes)
    assert copy.deepcopy(types.UNSET) is types.UNSET
    assert types.Unset() is types.UNSET
    assert "NOT_GIVEN" in puretalk_client.__all__ and "NotGiven" in puretalk_client.__all__


def test_unknown_fields_read_as_attributes_and_stay_in_additional_properties() -> None:
    call = Call.from_dict(SENT)
    assert call.brand_new_field == {"nested": [1, 2]}  # type: ignore[attr-defined]
    assert call["brand_new_field"] == {"nested": [1, 2]}
    assert call.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    with pytest.raises(AttributeError, match="no attribute 'not_sent'"):
        _ = call.not_sent  # type: ignore[attr-defined]
    assert not hasattr(call, "__html__")  # protocol probes still get AttributeError


def test_constructors_take_unset_for_optional_fields_as_the_facade_passes_them() -> None:
    defaulted = {"model": types.UNSET, "who_speaks_first": types.UNSET, "call_recording_enabled": types.UNSET}
    update = AssistantUpdate(name=types.UNSET, timezone="UTC", voice_boost=types.UNSET, **defaulted)
    assert update.to_dict() == {"timezone": "UTC"}
    assert update.name is None and "name" not in update.model_fields_set
    assert AssistantUpdate().to_dict()["model"] == "puretalk-plg"  # a spec default is still the constructor's
    assert RegisterWebCallRequest(assistant_id="a").to_dict() == {"assistant_id": "a"}
    update.name = "renamed"
    assert update.to_dict() == {"name": "renamed", "timezone": "UTC"}


def test_envelope_helpers_take_the_new_field_types() -> None:
    with pytest.raises(TypeError, match="'results' is null"):
        present(None)
    with pytest.raises(KeyError, match="no 'results'"):
        present(CallEnvelope.from_dict({"err": False})._results)
    assert present(CallEnvelope.from_dict({"results": SENT}).results) == Call.from_dict(SENT)
    check_envelope(None)
    check_envelope(types.UNSET)
    check_envelope(False)
    listed = CallList.from_dict({"count": None, "next": None, "previous": None, "results": [SENT]})
    page = linked_page(listed.results, listed.count, listed.next_, listed.previous, 1)
    assert (page.items, page.count, page.next) == ([Call.from_dict(SENT)], None, None)


def test_a_wrong_type_is_reported_by_the_field_name_users_read() -> None:
    with pytest.raises(TypeError, match=r"^field Call\.call_id: expected str, got int$"):
        Call.from_dict({"call_id": 5}, STRICT)  # checked as it is read, as an answer is
    assert Call.from_dict(SENT, STRICT) == Call.from_dict(SENT)


def _call_answer() -> Any:
    return answer(200, {"msg": "Success", "err": False, "results": SENT})


def test_a_client_answer_gives_plain_values() -> None:
    with sync_client(MockApi(_call_answer())) as client:
        call = client.calls.get("c-1")
    assert isinstance(call, Call)
    assert (call.call_id, call.end_time, call.to_number, call.brand_new_field) == (
        "c-1",
        None,
        None,
        {"nested": [1, 2]},
    )  # type: ignore[attr-defined]
    assert "to_number" not in call.model_fields_set


@pytest.mark.asyncio
async def test_an_async_client_answer_gives_plain_values() -> None:
    async with async_client(MockApi(_call_answer())) as client:
        call = await client.calls.get("c-1")
    assert call.model_fields_set == Call.from_dict(SENT).model_fields_set
