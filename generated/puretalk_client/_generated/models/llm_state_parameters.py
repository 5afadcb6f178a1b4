from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="LlmStateParameters")


@_attrs_define(init=False, repr=False)
class LlmStateParameters(_BaseModel):
    additional_properties: dict[str, Any]
    __match_args__ = ()

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(
        cls: type[T],
        src_dict: Mapping[str, Any],
        _check: _Check | None = None,
        _at: Any = None,
    ) -> T:
        """Make a model of a JSON object (fields the spec does not know go to ``additional_properties``).

        Under ``_check`` (an answer), each value is checked against the spec as it is read.
        """
        _root: Any = cls.__name__ if _at is None else _at
        _here: list[Any]
        if _check is not None and not isinstance(src_dict, dict):
            _not_object(_check, _root, src_dict)
        d = dict(src_dict)
        llm_state_parameters = cls()

        llm_state_parameters.additional_properties = d
        if _check is not None:
            _checked(llm_state_parameters, _check, _root, d)
        return llm_state_parameters

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the spec does not document."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
