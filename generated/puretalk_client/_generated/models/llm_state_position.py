from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="LlmStatePosition")


@_attrs_define(init=False, repr=False)
class LlmStatePosition(_BaseModel):
    """Position of a state on the editor's canvas.

    Attributes:
        x (float | None):  Example: 0.
        y (float | None):  Example: 0.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _x: float | NotGiven
    _y: float | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "x",
        "y",
    )

    def __init__(
        self,
        x: float | NotGiven = UNSET,
        y: float | NotGiven = UNSET,
    ) -> None:
        self._x = x
        self._y = y
        self.additional_properties = {}

    @property
    def x(self) -> float | None:
        return None if isinstance(self._x, Unset) else self._x

    @x.setter
    def x(self, value: float | NotGiven) -> None:
        self._x = value

    @property
    def y(self) -> float | None:
        return None if isinstance(self._y, Unset) else self._y

    @y.setter
    def y(self, value: float | NotGiven) -> None:
        self._y = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        x = self._x

        y = self._y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

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
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        llm_state_position = cls(
            x=x,
            y=y,
        )

        llm_state_position.additional_properties = d
        if _check is not None:
            _checked(llm_state_position, _check, _root, d)
        return llm_state_position

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
