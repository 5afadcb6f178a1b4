from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="User")


@_attrs_define(init=False, repr=False)
class User(_BaseModel):
    """
    Attributes:
        name (str | None):  Example: John Doe.
        dp (str | None): Profile picture URL Example: https://api.puretalk.ai/api/users/1/profile_picture.jpg.
        email (str | None):  Example: john@example.com.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _name: str | NotGiven
    _dp: None | str | NotGiven
    _email: str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "name",
        "dp",
        "email",
    )

    def __init__(
        self,
        name: str | NotGiven = UNSET,
        dp: None | str | NotGiven = UNSET,
        email: str | NotGiven = UNSET,
    ) -> None:
        self._name = name
        self._dp = dp
        self._email = email
        self.additional_properties = {}

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def dp(self) -> str | None:
        """Profile picture URL"""
        return None if isinstance(self._dp, Unset) else self._dp

    @dp.setter
    def dp(self, value: None | str | NotGiven) -> None:
        self._dp = value

    @property
    def email(self) -> str | None:
        return None if isinstance(self._email, Unset) else self._email

    @email.setter
    def email(self, value: str | NotGiven) -> None:
        self._email = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        name = self._name

        dp: None | str | Unset
        if isinstance(self._dp, Unset):
            dp = UNSET
        else:
            dp = self._dp

        email = self._email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if dp is not UNSET:
            field_dict["dp"] = dp
        if email is not UNSET:
            field_dict["email"] = email

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

        def _parse_dp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dp = _parse_dp(d.pop("dp", UNSET))

        email = d.pop("email", UNSET)

        user = cls(
            name=name,
            dp=dp,
            email=email,
        )

        user.additional_properties = d
        if _check is not None:
            _checked(user, _check, _root, d)
        return user

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
