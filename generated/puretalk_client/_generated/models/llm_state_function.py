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
    from ..models.llm_state_function_parameters import LlmStateFunctionParameters


T = TypeVar("T", bound="LlmStateFunction")


@_attrs_define(init=False, repr=False)
class LlmStateFunction(_BaseModel):
    """
    Attributes:
        name (str | None):  Example: schedule_tour.
        description (str | None):
        parameters (LlmStateFunctionParameters | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _name: str | NotGiven
    _description: str | NotGiven
    _parameters: LlmStateFunctionParameters | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "name",
        "description",
        "parameters",
    )

    def __init__(
        self,
        name: str | NotGiven = UNSET,
        description: str | NotGiven = UNSET,
        parameters: LlmStateFunctionParameters | NotGiven = UNSET,
    ) -> None:
        self._name = name
        self._description = description
        self._parameters = parameters
        self.additional_properties = {}

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def description(self) -> str | None:
        return None if isinstance(self._description, Unset) else self._description

    @description.setter
    def description(self, value: str | NotGiven) -> None:
        self._description = value

    @property
    def parameters(self) -> LlmStateFunctionParameters | None:
        return None if isinstance(self._parameters, Unset) else self._parameters

    @parameters.setter
    def parameters(self, value: LlmStateFunctionParameters | NotGiven) -> None:
        self._parameters = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        name = self._name

        description = self._description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self._parameters, Unset):
            parameters = self._parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _here = [_root, "parameters"]
        _parameters = d.pop("parameters", UNSET)
        parameters: LlmStateFunctionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = LlmStateFunctionParameters.from_dict(
                _parameters, _check, _here
            )

        llm_state_function = cls(
            name=name,
            description=description,
            parameters=parameters,
        )

        llm_state_function.additional_properties = d
        if _check is not None:
            _checked(llm_state_function, _check, _root, d)
        return llm_state_function

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
from ..models.llm_state_function_parameters import LlmStateFunctionParameters  # noqa: E402
