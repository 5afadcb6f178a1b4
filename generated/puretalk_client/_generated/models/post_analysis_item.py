from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="PostAnalysisItem")


@_attrs_define(init=False, repr=False)
class PostAnalysisItem(_BaseModel):
    """
    Attributes:
        name (str | None):
        value (str | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _name: str | NotGiven
    _value: None | str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "name",
        "value",
    )

    def __init__(
        self,
        name: str | NotGiven = UNSET,
        value: None | str | NotGiven = UNSET,
    ) -> None:
        self._name = name
        self._value = value
        self.additional_properties = {}

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def value(self) -> str | None:
        return None if isinstance(self._value, Unset) else self._value

    @value.setter
    def value(self, value: None | str | NotGiven) -> None:
        self._value = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        name = self._name

        value: None | str | Unset
        if isinstance(self._value, Unset):
            value = UNSET
        else:
            value = self._value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

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

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        post_analysis_item = cls(
            name=name,
            value=value,
        )

        post_analysis_item.additional_properties = d
        if _check is not None:
            _checked(post_analysis_item, _check, _root, d)
        return post_analysis_item

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
