from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantRef")


@_attrs_define
class AssistantRef:
    """The assistant a phone number or campaign uses.

    Attributes:
        assistant_id (str | Unset):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        name (str | Unset):  Example: My AI Assistant.
        variables (list[str] | Unset):  Example: ['name'].
    """

    assistant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    variables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        name = self.name

        variables: list[str] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assistant_id = d.pop("assistant_id", UNSET)

        name = d.pop("name", UNSET)

        variables = cast(list[str], d.pop("variables", UNSET))

        assistant_ref = cls(
            assistant_id=assistant_id,
            name=name,
            variables=variables,
        )

        assistant_ref.additional_properties = d
        return assistant_ref

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
