from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


T = TypeVar("T", bound="CallEnvelope")


@_attrs_define
class CallEnvelope:
    """
    Attributes:
        msg (str | Unset): A message from the API Example: Success.
        err (bool | Unset): Indicates if the response is an error Example: False.
        results (Call | Unset):
    """

    msg: str | Unset = UNSET
    err: bool | Unset = UNSET
    results: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        err = self.err

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg is not UNSET:
            field_dict["msg"] = msg
        if err is not UNSET:
            field_dict["err"] = err
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call import Call  # noqa: PLC0415

        d = dict(src_dict)
        msg = d.pop("msg", UNSET)

        err = d.pop("err", UNSET)

        _results = d.pop("results", UNSET)
        results: Call | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = Call.from_dict(_results)

        call_envelope = cls(
            msg=msg,
            err=err,
            results=results,
        )

        call_envelope.additional_properties = d
        return call_envelope

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
