from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignSchedule")


@_attrs_define
class CampaignSchedule:
    """
    Attributes:
        campaign_schedule_id (str | Unset):  Example: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d.
        day (str | Unset):  Example: Monday.
        start_time (str | Unset):  Example: 10:00.
        end_time (str | Unset):  Example: 11:00.
    """

    campaign_schedule_id: str | Unset = UNSET
    day: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_schedule_id = self.campaign_schedule_id

        day = self.day

        start_time = self.start_time

        end_time = self.end_time

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        return campaign_schedule

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
