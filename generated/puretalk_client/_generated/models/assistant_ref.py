from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="AssistantRef")


@_attrs_define(init=False, repr=False)
class AssistantRef(_BaseModel):
    """The assistant a phone number or campaign uses.

    Attributes:
        assistant_id (str | None):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        name (str | None):  Example: My AI Assistant.
        variables (list[str] | None):  Example: ['name'].

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _assistant_id: str | NotGiven
    _name: str | NotGiven
    _variables: list[str] | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "assistant_id",
        "name",
        "variables",
    )

    def __init__(
        self,
        assistant_id: str | NotGiven = UNSET,
        name: str | NotGiven = UNSET,
        variables: list[str] | NotGiven = UNSET,
    ) -> None:
        self._assistant_id = assistant_id
        self._name = name
        self._variables = variables
        self.additional_properties = {}

    @property
    def assistant_id(self) -> str | None:
        return None if isinstance(self._assistant_id, Unset) else self._assistant_id

    @assistant_id.setter
    def assistant_id(self, value: str | NotGiven) -> None:
        self._assistant_id = value

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def variables(self) -> list[str] | None:
        return None if isinstance(self._variables, Unset) else self._variables

    @variables.setter
    def variables(self, value: list[str] | NotGiven) -> None:
        self._variables = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        assistant_id = self._assistant_id

        name = self._name

        variables: list[str] | Unset = UNSET
        if not isinstance(self._variables, Unset):
            variables = self._variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if name is not UNSET:
            field_dict["name"] = name
        if variables is not UNSET:
            field_dict["variables"] = variables

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
        assistant_id = d.pop("assistant_id", UNSET)

        name = d.pop("name", UNSET)

        _here = [_root, "variables"]
        variables = cast(list[str], d.pop("variables", UNSET))

        assistant_ref = cls(
            assistant_id=assistant_id,
            name=name,
            variables=variables,
        )

        assistant_ref.additional_properties = d
        if _check is not None:
            _checked(assistant_ref, _check, _root, d)
        return assistant_ref

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
