from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="RegisterWebCallResult")


@_attrs_define(init=False, repr=False)
class RegisterWebCallResult(_BaseModel):
    """
    Attributes:
        call_id (str | None): The ID of the call. This ID is used to identify the call and is required for the call to
            be completed. Example: 696a4c8f-3eaf-41bf-a052-2c2fe630c046.
        token (str | None): The token of the call. This token is used to identify the call and is required for the call
            to be completed. Example: eyJhbGciOiJIUzI1NiJ9.eyJSb2xlIjoiQWRtaW4iLCJJc3N1ZXIiOiJJc3N1ZXIiLCJVc2VybmFtZSI6Ikphd
            mFJblVzZSIsImV4cCI6MTc0NzY2MjY0NiwiaWF0IjoxNzQ3NjYyNjQ2fQ.DmmgsIB4wLO9dmUGsOAvbzXb5Ntc_Qhj68jJr4AM6PQ.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _call_id: str | NotGiven
    _token: str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "call_id",
        "token",
    )

    def __init__(
        self,
        call_id: str | NotGiven = UNSET,
        token: str | NotGiven = UNSET,
    ) -> None:
        self._call_id = call_id
        self._token = token
        self.additional_properties = {}

    @property
    def call_id(self) -> str | None:
        """The ID of the call. This ID is used to identify the call and is required for the call to be completed."""
        return None if isinstance(self._call_id, Unset) else self._call_id

    @call_id.setter
    def call_id(self, value: str | NotGiven) -> None:
        self._call_id = value

    @property
    def token(self) -> str | None:
        """The token of the call. This token is used to identify the call and is required for the call to be completed."""
        return None if isinstance(self._token, Unset) else self._token

    @token.setter
    def token(self, value: str | NotGiven) -> None:
        self._token = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        call_id = self._call_id

        token = self._token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if token is not UNSET:
            field_dict["token"] = token

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
        call_id = d.pop("call_id", UNSET)

        token = d.pop("token", UNSET)

        register_web_call_result = cls(
            call_id=call_id,
            token=token,
        )

        register_web_call_result.additional_properties = d
        if _check is not None:
            _checked(register_web_call_result, _check, _root, d)
        return register_web_call_result

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
