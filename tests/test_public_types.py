"""Users annotate with types from one public module, ``puretalk_client.types``, never a private or generated one."""

from __future__ import annotations

import importlib
import pkgutil
import typing

import pytest

import puretalk_client._generated.models as generated_models
import puretalk_client.types as public_types
from puretalk_client._models import FileInput


def test_every_generated_model_and_enum_is_public_in_puretalk_client_types() -> None:
    missing = sorted(set(generated_models.__all__) - set(public_types.__all__))
    assert missing == []
    for name in generated_models.__all__:
        assert getattr(public_types, name) is getattr(generated_models, name), name


def test_the_upload_type_is_public() -> None:
    assert "FileInput" in public_types.__all__
    assert public_types.FileInput is FileInput


def test_every_public_type_is_what_a_method_annotates_with() -> None:
    from puretalk_client import Puretalk

    hints = typing.get_type_hints(Puretalk(api_key="k").calls.get)
    assert hints["return"] is public_types.Call
    status = typing.get_type_hints(Puretalk(api_key="k").calls.list)["status"]
    assert public_types.ListCallsStatus in typing.get_args(status)


def test_an_enum_checker_refuses_a_value_outside_the_enum_with_value_error() -> None:
    from puretalk_client.types import check_list_calls_status

    assert check_list_calls_status("completed") == "completed"
    with pytest.raises(ValueError, match="Unexpected value 'nope'"):
        check_list_calls_status("nope")


def test_every_enum_check_the_generated_models_define_is_public_in_puretalk_client_types() -> None:
    defined = {}
    for module in pkgutil.iter_modules(generated_models.__path__):
        namespace = vars(importlib.import_module(f"{generated_models.__name__}.{module.name}"))
        defined.update({name: item for name, item in namespace.items() if name.startswith("check_")})
    assert "check_list_calls_status" in defined, "the spec has enums, and each a check"
    assert {name: getattr(public_types, name, None) for name in defined} == defined
    assert set(defined) <= set(public_types.__all__)
