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
    from ..models.register_web_call_result import RegisterWebCallResult


T = TypeVar("T", bound="RegisterWebCallResponse")


@_attrs_define(init=False, repr=False)
class RegisterWebCallResponse(_BaseModel):
    """
    Attributes:
        msg (str | None): A success message Example: Success.
        err (bool | None): A boolean value indicating if the request was successful Example: False.
        results (RegisterWebCallResult | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _msg: str | NotGiven
    _err: bool | NotGiven
    _results: RegisterWebCallResult | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "msg",
        "err",
        "results",
    )

    def __init__(
        self,
        msg: str | NotGiven = UNSET,
        err: bool | NotGiven = UNSET,
        results: RegisterWebCallResult | NotGiven = UNSET,
    ) -> None:
        self._msg = msg
        self._err = err
        self._results = results
        self.additional_properties = {}

    @property
    def msg(self) -> str | None:
        """A success message"""
        return None if isinstance(self._msg, Unset) else self._msg

    @msg.setter
    def msg(self, value: str | NotGiven) -> None:
        self._msg = value

    @property
    def err(self) -> bool | None:
        """A boolean value indicating if the request was successful"""
        return None if isinstance(self._err, Unset) else self._err

    @err.setter
    def err(self, value: bool | NotGiven) -> None:
        self._err = value

    @property
    def results(self) -> RegisterWebCallResult | None:
        return None if isinstance(self._results, Unset) else self._results

    @results.setter
    def results(self, value: RegisterWebCallResult | NotGiven) -> None:
        self._results = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        msg = self._msg

        err = self._err

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self._results, Unset):
            results = self._results.to_dict()

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
        msg = d.pop("msg", UNSET)

        err = d.pop("err", UNSET)

        _here = [_root, "results"]
        _results = d.pop("results", UNSET)
        results: RegisterWebCallResult | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = RegisterWebCallResult.from_dict(_results, _check, _here)

        register_web_call_response = cls(
            msg=msg,
            err=err,
            results=results,
        )

        register_web_call_response.additional_properties = d
        if _check is not None:
            _checked(register_web_call_response, _check, _root, d)
        return register_web_call_response

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
from ..models.register_web_call_result import RegisterWebCallResult  # noqa: E402
