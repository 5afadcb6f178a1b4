from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="CampaignSchedule")


@_attrs_define(init=False, repr=False)
class CampaignSchedule(_BaseModel):
    """
    Attributes:
        campaign_schedule_id (str | None):  Example: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d.
        day (str | None):  Example: Monday.
        start_time (str | None):  Example: 10:00.
        end_time (str | None):  Example: 11:00.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _campaign_schedule_id: str | NotGiven
    _day: str | NotGiven
    _start_time: str | NotGiven
    _end_time: str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "campaign_schedule_id",
        "day",
        "start_time",
        "end_time",
    )

    def __init__(
        self,
        campaign_schedule_id: str | NotGiven = UNSET,
        day: str | NotGiven = UNSET,
        start_time: str | NotGiven = UNSET,
        end_time: str | NotGiven = UNSET,
    ) -> None:
        self._campaign_schedule_id = campaign_schedule_id
        self._day = day
        self._start_time = start_time
        self._end_time = end_time
        self.additional_properties = {}

    @property
    def campaign_schedule_id(self) -> str | None:
        return (
            None
            if isinstance(self._campaign_schedule_id, Unset)
            else self._campaign_schedule_id
        )

    @campaign_schedule_id.setter
    def campaign_schedule_id(self, value: str | NotGiven) -> None:
        self._campaign_schedule_id = value

    @property
    def day(self) -> str | None:
        return None if isinstance(self._day, Unset) else self._day

    @day.setter
    def day(self, value: str | NotGiven) -> None:
        self._day = value

    @property
    def start_time(self) -> str | None:
        return None if isinstance(self._start_time, Unset) else self._start_time

    @start_time.setter
    def start_time(self, value: str | NotGiven) -> None:
        self._start_time = value

    @property
    def end_time(self) -> str | None:
        return None if isinstance(self._end_time, Unset) else self._end_time

    @end_time.setter
    def end_time(self, value: str | NotGiven) -> None:
        self._end_time = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        campaign_schedule_id = self._campaign_schedule_id

        day = self._day

        start_time = self._start_time

        end_time = self._end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_schedule_id is not UNSET:
            field_dict["campaign_schedule_id"] = campaign_schedule_id
        if day is not UNSET:
            field_dict["day"] = day
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

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
        campaign_schedule_id = d.pop("campaign_schedule_id", UNSET)

        day = d.pop("day", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        campaign_schedule = cls(
            campaign_schedule_id=campaign_schedule_id,
            day=day,
            start_time=start_time,
            end_time=end_time,
        )

        campaign_schedule.additional_properties = d
        if _check is not None:
            _checked(campaign_schedule, _check, _root, d)
        return campaign_schedule

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
