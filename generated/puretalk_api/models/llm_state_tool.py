from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_state_function import LlmStateFunction


T = TypeVar("T", bound="LlmStateTool")


@_attrs_define
class LlmStateTool:
    """
    Attributes:
        type_ (str | Unset):  Example: function.
        function_id (str | Unset):
        function (LlmStateFunction | Unset):
    """

    type_: str | Unset = UNSET
    function_id: str | Unset = UNSET
    function: LlmStateFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        function_id = self.function_id

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function_id is not UNSET:
            field_dict["functionId"] = function_id
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llm_state_function import LlmStateFunction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        function_id = d.pop("functionId", UNSET)

        _function = d.pop("function", UNSET)
        function: LlmStateFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = LlmStateFunction.from_dict(_function)

        llm_state_tool = cls(
            type_=type_,
            function_id=function_id,
            function=function,
        )

        llm_state_tool.additional_properties = d
        return llm_state_tool

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
