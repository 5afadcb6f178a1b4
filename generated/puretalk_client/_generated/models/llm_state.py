from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_array as _not_array
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.llm_state_parameters import LlmStateParameters
    from ..models.llm_state_position import LlmStatePosition
    from ..models.llm_state_tool import LlmStateTool


T = TypeVar("T", bound="LlmState")


@_attrs_define(init=False, repr=False)
class LlmState(_BaseModel):
    """One LLM state (task) of a multi-task assistant; states form a tree through children.

    Attributes:
        state_id (str | None): UUID of the state; present when updating an existing state Example:
            5f0c6a52-8a3e-4b59-9f52-3c1d2e4f6a7b.
        name (str | None):  Example: warm_intro.
        description (str | None): Used as the transition description for child states
        prompt (str | None):
        children (list[LlmState] | None):
        parameters (LlmStateParameters | None):
        position (LlmStatePosition | None): Position of a state on the editor's canvas.
        tools (list[LlmStateTool] | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _state_id: str | NotGiven
    _name: str | NotGiven
    _description: str | NotGiven
    _prompt: str | NotGiven
    _children: list[LlmState] | NotGiven
    _parameters: LlmStateParameters | NotGiven
    _position: LlmStatePosition | NotGiven
    _tools: list[LlmStateTool] | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "state_id",
        "name",
        "description",
        "prompt",
        "children",
        "parameters",
        "position",
        "tools",
    )

    def __init__(
        self,
        state_id: str | NotGiven = UNSET,
        name: str | NotGiven = UNSET,
        description: str | NotGiven = UNSET,
        prompt: str | NotGiven = UNSET,
        children: list[LlmState] | NotGiven = UNSET,
        parameters: LlmStateParameters | NotGiven = UNSET,
        position: LlmStatePosition | NotGiven = UNSET,
        tools: list[LlmStateTool] | NotGiven = UNSET,
    ) -> None:
        self._state_id = state_id
        self._name = name
        self._description = description
        self._prompt = prompt
        self._children = children
        self._parameters = parameters
        self._position = position
        self._tools = tools
        self.additional_properties = {}

    @property
    def state_id(self) -> str | None:
        """UUID of the state; present when updating an existing state"""
        return None if isinstance(self._state_id, Unset) else self._state_id

    @state_id.setter
    def state_id(self, value: str | NotGiven) -> None:
        self._state_id = value

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def description(self) -> str | None:
        """Used as the transition description for child states"""
        return None if isinstance(self._description, Unset) else self._description

    @description.setter
    def description(self, value: str | NotGiven) -> None:
        self._description = value

    @property
    def prompt(self) -> str | None:
        return None if isinstance(self._prompt, Unset) else self._prompt

    @prompt.setter
    def prompt(self, value: str | NotGiven) -> None:
        self._prompt = value

    @property
    def children(self) -> list[LlmState] | None:
        return None if isinstance(self._children, Unset) else self._children

    @children.setter
    def children(self, value: list[LlmState] | NotGiven) -> None:
        self._children = value

    @property
    def parameters(self) -> LlmStateParameters | None:
        return None if isinstance(self._parameters, Unset) else self._parameters

    @parameters.setter
    def parameters(self, value: LlmStateParameters | NotGiven) -> None:
        self._parameters = value

    @property
    def position(self) -> LlmStatePosition | None:
        """Position of a state on the editor's canvas."""
        return None if isinstance(self._position, Unset) else self._position

    @position.setter
    def position(self, value: LlmStatePosition | NotGiven) -> None:
        self._position = value

    @property
    def tools(self) -> list[LlmStateTool] | None:
        return None if isinstance(self._tools, Unset) else self._tools

    @tools.setter
    def tools(self, value: list[LlmStateTool] | NotGiven) -> None:
        self._tools = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        state_id = self._state_id

        name = self._name

        description = self._description

        prompt = self._prompt

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._children, Unset):
            children = []
            for children_item_data in self._children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self._parameters, Unset):
            parameters = self._parameters.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self._position, Unset):
            position = self._position.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._tools, Unset):
            tools = []
            for tools_item_data in self._tools:
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
        state_id = d.pop("state_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        prompt = d.pop("prompt", UNSET)

        _here = [_root, "children"]
        _children = d.pop("children", UNSET)
        children: list[LlmState] | Unset = UNSET
        if _children is not UNSET:
            if _check is not None and not isinstance(_children, list):
                _not_array(_check, _here, _children)
            children = []
            _depth_children = len(_here)
            _here.append(0)
            for _index_children, children_item_data in enumerate(_children):
                _here[_depth_children] = _index_children
                children_item = LlmState.from_dict(children_item_data, _check, _here)

                children.append(children_item)
            del _here[_depth_children:]

        _here = [_root, "parameters"]
        _parameters = d.pop("parameters", UNSET)
        parameters: LlmStateParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = LlmStateParameters.from_dict(_parameters, _check, _here)

        _here = [_root, "position"]
        _position = d.pop("position", UNSET)
        position: LlmStatePosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = LlmStatePosition.from_dict(_position, _check, _here)

        _here = [_root, "tools"]
        _tools = d.pop("tools", UNSET)
        tools: list[LlmStateTool] | Unset = UNSET
        if _tools is not UNSET:
            if _check is not None and not isinstance(_tools, list):
                _not_array(_check, _here, _tools)
            tools = []
            _depth_tools = len(_here)
            _here.append(0)
            for _index_tools, tools_item_data in enumerate(_tools):
                _here[_depth_tools] = _index_tools
                tools_item = LlmStateTool.from_dict(tools_item_data, _check, _here)

                tools.append(tools_item)
            del _here[_depth_tools:]

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
        if _check is not None:
            _checked(llm_state, _check, _root, d)
        return llm_state

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


# the models from_dict reads, imported once this class exists (models may refer to each other), not on every call
from ..models.llm_state_parameters import LlmStateParameters  # noqa: E402
from ..models.llm_state_position import LlmStatePosition  # noqa: E402
from ..models.llm_state_tool import LlmStateTool  # noqa: E402
