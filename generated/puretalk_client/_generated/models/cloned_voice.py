from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="ClonedVoice")


@_attrs_define(init=False, repr=False)
class ClonedVoice(_BaseModel):
    """
    Attributes:
        voice_id (str | None):  Example: 70756ba9-cfdd-4108-84de-3a24d3f86b34.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _voice_id: str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = ("voice_id",)

    def __init__(
        self,
        voice_id: str | NotGiven = UNSET,
    ) -> None:
        self._voice_id = voice_id
        self.additional_properties = {}

    @property
    def voice_id(self) -> str | None:
        return None if isinstance(self._voice_id, Unset) else self._voice_id

    @voice_id.setter
    def voice_id(self, value: str | NotGiven) -> None:
        self._voice_id = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        voice_id = self._voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

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
        voice_id = d.pop("voice_id", UNSET)

        cloned_voice = cls(
            voice_id=voice_id,
        )

        cloned_voice.additional_properties = d
        if _check is not None:
            _checked(cloned_voice, _check, _root, d)
        return cloned_voice

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
