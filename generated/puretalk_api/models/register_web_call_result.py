from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterWebCallResult")


@_attrs_define
class RegisterWebCallResult:
    """
    Attributes:
        call_id (str | Unset): The ID of the call. This ID is used to identify the call and is required for the call to
            be completed. Example: 696a4c8f-3eaf-41bf-a052-2c2fe630c046.
        token (str | Unset): The token of the call. This token is used to identify the call and is required for the call
            to be completed. Example: eyJhbGciOiJIUzI1NiJ9.eyJSb2xlIjoiQWRtaW4iLCJJc3N1ZXIiOiJJc3N1ZXIiLCJVc2VybmFtZSI6Ikphd
            mFJblVzZSIsImV4cCI6MTc0NzY2MjY0NiwiaWF0IjoxNzQ3NjYyNjQ2fQ.DmmgsIB4wLO9dmUGsOAvbzXb5Ntc_Qhj68jJr4AM6PQ.
    """

    call_id: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id", UNSET)

        token = d.pop("token", UNSET)

        register_web_call_result = cls(
            call_id=call_id,
            token=token,
        )

        register_web_call_result.additional_properties = d
        return register_web_call_result

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
