from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.turn_latency import TurnLatency


T = TypeVar("T", bound="TranscriptEntry")


@_attrs_define
class TranscriptEntry:
    """
    Attributes:
        role (str | Unset):  Example: user.
        content (None | str | Unset):  Example: Hello.
        function_name (None | str | Unset):
        interrupted (bool | None | Unset):
        function_args (None | str | Unset): The function's arguments, as a JSON string
        tool_calls (list[Any] | Unset):
        turn_latency (None | TurnLatency | Unset):
    """

    role: str | Unset = UNSET
    content: None | str | Unset = UNSET
    function_name: None | str | Unset = UNSET
    interrupted: bool | None | Unset = UNSET
    function_args: None | str | Unset = UNSET
    tool_calls: list[Any] | Unset = UNSET
    turn_latency: None | TurnLatency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.turn_latency import TurnLatency  # noqa: PLC0415

        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        function_name: None | str | Unset
        if isinstance(self.function_name, Unset):
            function_name = UNSET
        else:
            function_name = self.function_name

        interrupted: bool | None | Unset
        if isinstance(self.interrupted, Unset):
            interrupted = UNSET
        else:
            interrupted = self.interrupted

        function_args: None | str | Unset
        if isinstance(self.function_args, Unset):
            function_args = UNSET
        else:
            function_args = self.function_args

        tool_calls: list[Any] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = self.tool_calls

        turn_latency: dict[str, Any] | None | Unset
        if isinstance(self.turn_latency, Unset):
            turn_latency = UNSET
        elif isinstance(self.turn_latency, TurnLatency):
            turn_latency = self.turn_latency.to_dict()
        else:
            turn_latency = self.turn_latency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if function_args is not UNSET:
            field_dict["function_args"] = function_args
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if turn_latency is not UNSET:
            field_dict["turn_latency"] = turn_latency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.turn_latency import TurnLatency  # noqa: PLC0415

        d = dict(src_dict)
        role = d.pop("role", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_function_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        function_name = _parse_function_name(d.pop("function_name", UNSET))

        def _parse_interrupted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        interrupted = _parse_interrupted(d.pop("interrupted", UNSET))

        def _parse_function_args(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        function_args = _parse_function_args(d.pop("function_args", UNSET))

        tool_calls: list[Any] | Unset = d.pop("tool_calls", UNSET)

        def _parse_turn_latency(data: object) -> None | TurnLatency | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_latency_type_1 = TurnLatency.from_dict(data)

                return turn_latency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TurnLatency | Unset, data)

        turn_latency = _parse_turn_latency(d.pop("turn_latency", UNSET))

        transcript_entry = cls(
            role=role,
            content=content,
            function_name=function_name,
            interrupted=interrupted,
            function_args=function_args,
            tool_calls=tool_calls,
            turn_latency=turn_latency,
        )

        transcript_entry.additional_properties = d
        return transcript_entry

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
