from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_ref import AssistantRef
    from ..models.campaign_schedule import CampaignSchedule


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """
    Attributes:
        ai_assistant (AssistantRef | None | Unset):
        schedules (list[CampaignSchedule] | Unset):
        campaign_id (str | Unset):  Example: 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e.
        type_ (str | Unset):  Example: call.
        name (str | Unset):  Example: My Campaign.
        start_date (None | str | Unset):  Example: 2021-01-01.
        end_date (None | str | Unset):  Example: 2021-01-01.
        status (str | Unset):  Example: active.
        created_at (str | Unset):  Example: 2021-01-01.
        updated_at (str | Unset):  Example: 2021-01-01.
        total_tasks (int | Unset):  Example: 10.
        completed_tasks (int | Unset):  Example: 5.
        pending_tasks (int | Unset):  Example: 5.
    """

    ai_assistant: AssistantRef | None | Unset = UNSET
    schedules: list[CampaignSchedule] | Unset = UNSET
    campaign_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    total_tasks: int | Unset = UNSET
    completed_tasks: int | Unset = UNSET
    pending_tasks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_ref import AssistantRef  # noqa: PLC0415

        ai_assistant: dict[str, Any] | None | Unset
        if isinstance(self.ai_assistant, Unset):
            ai_assistant = UNSET
        elif isinstance(self.ai_assistant, AssistantRef):
            ai_assistant = self.ai_assistant.to_dict()
        else:
            ai_assistant = self.ai_assistant

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        campaign_id = self.campaign_id

        type_ = self.type_

        name = self.name

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        total_tasks = self.total_tasks

        completed_tasks = self.completed_tasks

        pending_tasks = self.pending_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_assistant is not UNSET:
            field_dict["ai_assistant"] = ai_assistant
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if total_tasks is not UNSET:
            field_dict["total_tasks"] = total_tasks
        if completed_tasks is not UNSET:
            field_dict["completed_tasks"] = completed_tasks
        if pending_tasks is not UNSET:
            field_dict["pending_tasks"] = pending_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_ref import AssistantRef  # noqa: PLC0415
        from ..models.campaign_schedule import CampaignSchedule  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ai_assistant(data: object) -> AssistantRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ai_assistant_type_1 = AssistantRef.from_dict(data)

                return ai_assistant_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantRef | None | Unset, data)

        ai_assistant = _parse_ai_assistant(d.pop("ai_assistant", UNSET))

        _schedules = d.pop("schedules", UNSET)
        schedules: list[CampaignSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = CampaignSchedule.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        campaign_id = d.pop("campaign_id", UNSET)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        status = d.pop("status", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        total_tasks = d.pop("total_tasks", UNSET)

        completed_tasks = d.pop("completed_tasks", UNSET)

        pending_tasks = d.pop("pending_tasks", UNSET)

        campaign = cls(
            ai_assistant=ai_assistant,
            schedules=schedules,
            campaign_id=campaign_id,
            type_=type_,
            name=name,
            start_date=start_date,
            end_date=end_date,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            total_tasks=total_tasks,
            completed_tasks=completed_tasks,
            pending_tasks=pending_tasks,
        )

        campaign.additional_properties = d
        return campaign

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
