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
    from ..models.post_analysis_item import PostAnalysisItem


T = TypeVar("T", bound="CallAnalysis")


@_attrs_define(init=False, repr=False)
class CallAnalysis(_BaseModel):
    """
    Attributes:
        summary (str | None):
        call_completion_summary (str | None):
        call_completion (str | None):
        task_completion_summary (str | None):
        task_completion (str | None):
        post_analysis_data (list[PostAnalysisItem] | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _summary: None | str | NotGiven
    _call_completion_summary: None | str | NotGiven
    _call_completion: None | str | NotGiven
    _task_completion_summary: None | str | NotGiven
    _task_completion: None | str | NotGiven
    _post_analysis_data: list[PostAnalysisItem] | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "summary",
        "call_completion_summary",
        "call_completion",
        "task_completion_summary",
        "task_completion",
        "post_analysis_data",
    )

    def __init__(
        self,
        summary: None | str | NotGiven = UNSET,
        call_completion_summary: None | str | NotGiven = UNSET,
        call_completion: None | str | NotGiven = UNSET,
        task_completion_summary: None | str | NotGiven = UNSET,
        task_completion: None | str | NotGiven = UNSET,
        post_analysis_data: list[PostAnalysisItem] | NotGiven = UNSET,
    ) -> None:
        self._summary = summary
        self._call_completion_summary = call_completion_summary
        self._call_completion = call_completion
        self._task_completion_summary = task_completion_summary
        self._task_completion = task_completion
        self._post_analysis_data = post_analysis_data
        self.additional_properties = {}

    @property
    def summary(self) -> str | None:
        return None if isinstance(self._summary, Unset) else self._summary

    @summary.setter
    def summary(self, value: None | str | NotGiven) -> None:
        self._summary = value

    @property
    def call_completion_summary(self) -> str | None:
        return (
            None
            if isinstance(self._call_completion_summary, Unset)
            else self._call_completion_summary
        )

    @call_completion_summary.setter
    def call_completion_summary(self, value: None | str | NotGiven) -> None:
        self._call_completion_summary = value

    @property
    def call_completion(self) -> str | None:
        return (
            None if isinstance(self._call_completion, Unset) else self._call_completion
        )

    @call_completion.setter
    def call_completion(self, value: None | str | NotGiven) -> None:
        self._call_completion = value

    @property
    def task_completion_summary(self) -> str | None:
        return (
            None
            if isinstance(self._task_completion_summary, Unset)
            else self._task_completion_summary
        )

    @task_completion_summary.setter
    def task_completion_summary(self, value: None | str | NotGiven) -> None:
        self._task_completion_summary = value

    @property
    def task_completion(self) -> str | None:
        return (
            None if isinstance(self._task_completion, Unset) else self._task_completion
        )

    @task_completion.setter
    def task_completion(self, value: None | str | NotGiven) -> None:
        self._task_completion = value

    @property
    def post_analysis_data(self) -> list[PostAnalysisItem] | None:
        return (
            None
            if isinstance(self._post_analysis_data, Unset)
            else self._post_analysis_data
        )

    @post_analysis_data.setter
    def post_analysis_data(self, value: list[PostAnalysisItem] | NotGiven) -> None:
        self._post_analysis_data = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        summary: None | str | Unset
        if isinstance(self._summary, Unset):
            summary = UNSET
        else:
            summary = self._summary

        call_completion_summary: None | str | Unset
        if isinstance(self._call_completion_summary, Unset):
            call_completion_summary = UNSET
        else:
            call_completion_summary = self._call_completion_summary

        call_completion: None | str | Unset
        if isinstance(self._call_completion, Unset):
            call_completion = UNSET
        else:
            call_completion = self._call_completion

        task_completion_summary: None | str | Unset
        if isinstance(self._task_completion_summary, Unset):
            task_completion_summary = UNSET
        else:
            task_completion_summary = self._task_completion_summary

        task_completion: None | str | Unset
        if isinstance(self._task_completion, Unset):
            task_completion = UNSET
        else:
            task_completion = self._task_completion

        post_analysis_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._post_analysis_data, Unset):
            post_analysis_data = []
            for post_analysis_data_item_data in self._post_analysis_data:
                post_analysis_data_item = post_analysis_data_item_data.to_dict()
                post_analysis_data.append(post_analysis_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if call_completion_summary is not UNSET:
            field_dict["call_completion_summary"] = call_completion_summary
        if call_completion is not UNSET:
            field_dict["call_completion"] = call_completion
        if task_completion_summary is not UNSET:
            field_dict["task_completion_summary"] = task_completion_summary
        if task_completion is not UNSET:
            field_dict["task_completion"] = task_completion
        if post_analysis_data is not UNSET:
            field_dict["post_analysis_data"] = post_analysis_data

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

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_call_completion_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_completion_summary = _parse_call_completion_summary(
            d.pop("call_completion_summary", UNSET)
        )

        def _parse_call_completion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_completion = _parse_call_completion(d.pop("call_completion", UNSET))

        def _parse_task_completion_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_completion_summary = _parse_task_completion_summary(
            d.pop("task_completion_summary", UNSET)
        )

        def _parse_task_completion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_completion = _parse_task_completion(d.pop("task_completion", UNSET))

        _here = [_root, "post_analysis_data"]
        _post_analysis_data = d.pop("post_analysis_data", UNSET)
        post_analysis_data: list[PostAnalysisItem] | Unset = UNSET
        if _post_analysis_data is not UNSET:
            if _check is not None and not isinstance(_post_analysis_data, list):
                _not_array(_check, _here, _post_analysis_data)
            post_analysis_data = []
            _depth_post_analysis_data = len(_here)
            _here.append(0)
            for _index_post_analysis_data, post_analysis_data_item_data in enumerate(
                _post_analysis_data
            ):
                _here[_depth_post_analysis_data] = _index_post_analysis_data
                post_analysis_data_item = PostAnalysisItem.from_dict(
                    post_analysis_data_item_data, _check, _here
                )

                post_analysis_data.append(post_analysis_data_item)
            del _here[_depth_post_analysis_data:]

        call_analysis = cls(
            summary=summary,
            call_completion_summary=call_completion_summary,
            call_completion=call_completion,
            task_completion_summary=task_completion_summary,
            task_completion=task_completion,
            post_analysis_data=post_analysis_data,
        )

        call_analysis.additional_properties = d
        if _check is not None:
            _checked(call_analysis, _check, _root, d)
        return call_analysis

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
from ..models.post_analysis_item import PostAnalysisItem  # noqa: E402
