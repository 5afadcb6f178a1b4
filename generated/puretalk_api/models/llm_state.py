from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_state_parameters import LlmStateParameters
    from ..models.llm_state_position import LlmStatePosition
    from ..models.llm_state_tool import LlmStateTool


T = TypeVar("T", bound="LlmState")


@_attrs_define
class LlmState:
    """One LLM state (task) of a multi-task assistant; states form a tree through children.

    Attributes:
        state_id (str | Unset): UUID of the state; present when updating an existing state Example:
            5f0c6a52-8a3e-4b59-9f52-3c1d2e4f6a7b.
        name (str | Unset):  Example: warm_intro.
        description (str | Unset): Used as the transition description for child states
        prompt (str | Unset):
        children (list[LlmState] | Unset):
        parameters (LlmStateParameters | Unset):
        position (LlmStatePosition | Unset): Position of a state on the editor's canvas.
        tools (list[LlmStateTool] | Unset):
    """

    state_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    prompt: str | Unset = UNSET
    children: list[LlmState] | Unset = UNSET
    parameters: LlmStateParameters | Unset = UNSET
    position: LlmStatePosition | Unset = UNSET
    tools: list[LlmStateTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_id = self.state_id

        name = self.name

        description = self.description

        prompt = self.prompt

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state_id is not UNSET:
            field_dict["state_id"] = state_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if children is not UNSET:
            field_dict["children"] = children
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if position is not UNSET:
            field_dict["position"] = position
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llm_state_parameters import LlmStateParameters  # noqa: PLC0415
        from ..models.llm_state_position import LlmStatePosition  # noqa: PLC0415
        from ..models.llm_state_tool import LlmStateTool  # noqa: PLC0415

        d = dict(src_dict)
        state_id = d.pop("state_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        prompt = d.pop("prompt", UNSET)

        _children = d.pop("children", UNSET)
        children: list[LlmState] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = LlmState.from_dict(children_item_data)

                children.append(children_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: LlmStateParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = LlmStateParameters.from_dict(_parameters)

        _position = d.pop("position", UNSET)
        position: LlmStatePosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = LlmStatePosition.from_dict(_position)

        _tools = d.pop("tools", UNSET)
        tools: list[LlmStateTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = LlmStateTool.from_dict(tools_item_data)

                tools.append(tools_item)

        llm_state = cls(
            state_id=state_id,
            name=name,
            description=description,
            prompt=prompt,
            children=children,
            parameters=parameters,
            position=position,
            tools=tools,
        )

        llm_state.additional_properties = d
        return llm_state

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
