from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="Error")


@_attrs_define(init=False, repr=False)
class Error(_BaseModel):
    """
    Attributes:
        err (bool):  Example: True.
        msg (str):  Example: An error occurred..
    """

    err: bool
    msg: str
    additional_properties: dict[str, Any]
    __match_args__ = (
        "err",
        "msg",
    )

    def __init__(
        self,
        err: bool,
        msg: str,
    ) -> None:
        self.err = err
        self.msg = msg
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        err = self.err

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "err": err,
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Make a model of a JSON object (fields the spec does not know go to ``additional_properties``)."""
        d = dict(src_dict)
        err = d.pop("err")

        msg = d.pop("msg")

        error = cls(
            err=err,
            msg=msg,
        )

        error.additional_properties = d
        return error

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
