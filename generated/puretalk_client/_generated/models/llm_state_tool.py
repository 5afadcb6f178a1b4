from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.llm_state_function import LlmStateFunction


T = TypeVar("T", bound="LlmStateTool")


@_attrs_define(init=False, repr=False)
class LlmStateTool(_BaseModel):
    """
    Attributes:
        type_ (str | None):  Example: function.
        function_id (str | None):
        function (LlmStateFunction | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _type_: str | NotGiven
    _function_id: str | NotGiven
    _function: LlmStateFunction | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "type_",
        "function_id",
        "function",
    )

    def __init__(
        self,
        type_: str | NotGiven = UNSET,
        function_id: str | NotGiven = UNSET,
        function: LlmStateFunction | NotGiven = UNSET,
    ) -> None:
        self._type_ = type_
        self._function_id = function_id
        self._function = function
        self.additional_properties = {}

    @property
    def type_(self) -> str | None:
        return None if isinstance(self._type_, Unset) else self._type_

    @type_.setter
    def type_(self, value: str | NotGiven) -> None:
        self._type_ = value

    @property
    def function_id(self) -> str | None:
        return None if isinstance(self._function_id, Unset) else self._function_id

    @function_id.setter
    def function_id(self, value: str | NotGiven) -> None:
        self._function_id = value

    @property
    def function(self) -> LlmStateFunction | None:
        return None if isinstance(self._function, Unset) else self._function

    @function.setter
    def function(self, value: LlmStateFunction | NotGiven) -> None:
        self._function = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        type_ = self._type_

        function_id = self._function_id

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self._function, Unset):
            function = self._function.to_dict()

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
        type_ = d.pop("type", UNSET)

        function_id = d.pop("functionId", UNSET)

        _here = [_root, "function"]
        _function = d.pop("function", UNSET)
        function: LlmStateFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = LlmStateFunction.from_dict(_function, _check, _here)

        llm_state_tool = cls(
            type_=type_,
            function_id=function_id,
            function=function,
        )

        llm_state_tool.additional_properties = d
        if _check is not None:
            _checked(llm_state_tool, _check, _root, d)
        return llm_state_tool

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
from ..models.llm_state_function import LlmStateFunction  # noqa: E402
