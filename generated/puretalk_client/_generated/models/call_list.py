from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_array as _not_array
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.call import Call


T = TypeVar("T", bound="CallList")


@_attrs_define(init=False, repr=False)
class CallList(_BaseModel):
    """
    Attributes:
        count (int | None): The total number of items Example: 100.
        next_ (str | None): The URL of the next page Example: https://api.puretalk.ai/api/calls?page=2.
        previous (str | None): The URL of the previous page
        results (list[Call] | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _count: int | NotGiven
    _next_: None | str | NotGiven
    _previous: None | str | NotGiven
    _results: list[Call] | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "count",
        "next_",
        "previous",
        "results",
    )

    def __init__(
        self,
        count: int | NotGiven = UNSET,
        next_: None | str | NotGiven = UNSET,
        previous: None | str | NotGiven = UNSET,
        results: list[Call] | NotGiven = UNSET,
    ) -> None:
        self._count = count
        self._next_ = next_
        self._previous = previous
        self._results = results
        self.additional_properties = {}

    @property
    def count(self) -> int | None:
        """The total number of items"""
        return None if isinstance(self._count, Unset) else self._count

    @count.setter
    def count(self, value: int | NotGiven) -> None:
        self._count = value

    @property
    def next_(self) -> str | None:
        """The URL of the next page"""
        return None if isinstance(self._next_, Unset) else self._next_

    @next_.setter
    def next_(self, value: None | str | NotGiven) -> None:
        self._next_ = value

    @property
    def previous(self) -> str | None:
        """The URL of the previous page"""
        return None if isinstance(self._previous, Unset) else self._previous

    @previous.setter
    def previous(self, value: None | str | NotGiven) -> None:
        self._previous = value

    @property
    def results(self) -> list[Call] | None:
        return None if isinstance(self._results, Unset) else self._results

    @results.setter
    def results(self, value: list[Call] | NotGiven) -> None:
        self._results = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        count = self._count

        next_: None | str | Unset
        if isinstance(self._next_, Unset):
            next_ = UNSET
        else:
            next_ = self._next_

        previous: None | str | Unset
        if isinstance(self._previous, Unset):
            previous = UNSET
        else:
            previous = self._previous

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._results, Unset):
            results = []
            for results_item_data in self._results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
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
        count = d.pop("count", UNSET)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        _here = [_root, "results"]
        _results = d.pop("results", UNSET)
        results: list[Call] | Unset = UNSET
        if _results is not UNSET:
            if _check is not None and not isinstance(_results, list):
                _not_array(_check, _here, _results)
            results = []
            _depth_results = len(_here)
            _here.append(0)
            for _index_results, results_item_data in enumerate(_results):
                _here[_depth_results] = _index_results
                results_item = Call.from_dict(results_item_data, _check, _here)

                results.append(results_item)
            del _here[_depth_results:]

        call_list = cls(
            count=count,
            next_=next_,
            previous=previous,
            results=results,
        )

        call_list.additional_properties = d
        if _check is not None:
            _checked(call_list, _check, _root, d)
        return call_list

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
from ..models.call import Call  # noqa: E402
