from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="PhoneNumberCapabilities")


@_attrs_define(init=False, repr=False)
class PhoneNumberCapabilities(_BaseModel):
    """
    Attributes:
        voice (bool | None):  Example: True.
        sms (bool | None):  Example: True.
        mms (bool | None):  Example: False.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _voice: bool | NotGiven
    _sms: bool | NotGiven
    _mms: bool | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "voice",
        "sms",
        "mms",
    )

    def __init__(
        self,
        voice: bool | NotGiven = UNSET,
        sms: bool | NotGiven = UNSET,
        mms: bool | NotGiven = UNSET,
    ) -> None:
        self._voice = voice
        self._sms = sms
        self._mms = mms
        self.additional_properties = {}

    @property
    def voice(self) -> bool | None:
        return None if isinstance(self._voice, Unset) else self._voice

    @voice.setter
    def voice(self, value: bool | NotGiven) -> None:
        self._voice = value

    @property
    def sms(self) -> bool | None:
        return None if isinstance(self._sms, Unset) else self._sms

    @sms.setter
    def sms(self, value: bool | NotGiven) -> None:
        self._sms = value

    @property
    def mms(self) -> bool | None:
        return None if isinstance(self._mms, Unset) else self._mms

    @mms.setter
    def mms(self, value: bool | NotGiven) -> None:
        self._mms = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        voice = self._voice

        sms = self._sms

        mms = self._mms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice is not UNSET:
            field_dict["voice"] = voice
        if sms is not UNSET:
            field_dict["SMS"] = sms
        if mms is not UNSET:
            field_dict["MMS"] = mms

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
        voice = d.pop("voice", UNSET)

        sms = d.pop("SMS", UNSET)

        mms = d.pop("MMS", UNSET)

        phone_number_capabilities = cls(
            voice=voice,
            sms=sms,
            mms=mms,
        )

        phone_number_capabilities.additional_properties = d
        if _check is not None:
            _checked(phone_number_capabilities, _check, _root, d)
        return phone_number_capabilities

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
