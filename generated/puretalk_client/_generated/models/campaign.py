from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import ResponseMismatch as _ResponseMismatch
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_array as _not_array
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.assistant_ref import AssistantRef
    from ..models.campaign_schedule import CampaignSchedule


T = TypeVar("T", bound="Campaign")


@_attrs_define(init=False, repr=False)
class Campaign(_BaseModel):
    """
    Attributes:
        ai_assistant (AssistantRef | None):
        schedules (list[CampaignSchedule] | None):
        campaign_id (str | None):  Example: 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e.
        type_ (str | None):  Example: call.
        name (str | None):  Example: My Campaign.
        start_date (str | None):  Example: 2021-01-01.
        end_date (str | None):  Example: 2021-01-01.
        status (str | None):  Example: active.
        created_at (str | None):  Example: 2021-01-01.
        updated_at (str | None):  Example: 2021-01-01.
        total_tasks (int | None):  Example: 10.
        completed_tasks (int | None):  Example: 5.
        pending_tasks (int | None):  Example: 5.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _ai_assistant: AssistantRef | None | NotGiven
    _schedules: list[CampaignSchedule] | NotGiven
    _campaign_id: str | NotGiven
    _type_: str | NotGiven
    _name: str | NotGiven
    _start_date: None | str | NotGiven
    _end_date: None | str | NotGiven
    _status: str | NotGiven
    _created_at: str | NotGiven
    _updated_at: str | NotGiven
    _total_tasks: int | NotGiven
    _completed_tasks: int | NotGiven
    _pending_tasks: int | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "ai_assistant",
        "schedules",
        "campaign_id",
        "type_",
        "name",
        "start_date",
        "end_date",
        "status",
        "created_at",
        "updated_at",
        "total_tasks",
        "completed_tasks",
        "pending_tasks",
    )

    def __init__(
        self,
        ai_assistant: AssistantRef | None | NotGiven = UNSET,
        schedules: list[CampaignSchedule] | NotGiven = UNSET,
        campaign_id: str | NotGiven = UNSET,
        type_: str | NotGiven = UNSET,
        name: str | NotGiven = UNSET,
        start_date: None | str | NotGiven = UNSET,
        end_date: None | str | NotGiven = UNSET,
        status: str | NotGiven = UNSET,
        created_at: str | NotGiven = UNSET,
        updated_at: str | NotGiven = UNSET,
        total_tasks: int | NotGiven = UNSET,
        completed_tasks: int | NotGiven = UNSET,
        pending_tasks: int | NotGiven = UNSET,
    ) -> None:
        self._ai_assistant = ai_assistant
        self._schedules = schedules
        self._campaign_id = campaign_id
        self._type_ = type_
        self._name = name
        self._start_date = start_date
        self._end_date = end_date
        self._status = status
        self._created_at = created_at
        self._updated_at = updated_at
        self._total_tasks = total_tasks
        self._completed_tasks = completed_tasks
        self._pending_tasks = pending_tasks
        self.additional_properties = {}

    @property
    def ai_assistant(self) -> AssistantRef | None:
        return None if isinstance(self._ai_assistant, Unset) else self._ai_assistant

    @ai_assistant.setter
    def ai_assistant(self, value: AssistantRef | None | NotGiven) -> None:
        self._ai_assistant = value

    @property
    def schedules(self) -> list[CampaignSchedule] | None:
        return None if isinstance(self._schedules, Unset) else self._schedules

    @schedules.setter
    def schedules(self, value: list[CampaignSchedule] | NotGiven) -> None:
        self._schedules = value

    @property
    def campaign_id(self) -> str | None:
        return None if isinstance(self._campaign_id, Unset) else self._campaign_id

    @campaign_id.setter
    def campaign_id(self, value: str | NotGiven) -> None:
        self._campaign_id = value

    @property
    def type_(self) -> str | None:
        return None if isinstance(self._type_, Unset) else self._type_

    @type_.setter
    def type_(self, value: str | NotGiven) -> None:
        self._type_ = value

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def start_date(self) -> str | None:
        return None if isinstance(self._start_date, Unset) else self._start_date

    @start_date.setter
    def start_date(self, value: None | str | NotGiven) -> None:
        self._start_date = value

    @property
    def end_date(self) -> str | None:
        return None if isinstance(self._end_date, Unset) else self._end_date

    @end_date.setter
    def end_date(self, value: None | str | NotGiven) -> None:
        self._end_date = value

    @property
    def status(self) -> str | None:
        return None if isinstance(self._status, Unset) else self._status

    @status.setter
    def status(self, value: str | NotGiven) -> None:
        self._status = value

    @property
    def created_at(self) -> str | None:
        return None if isinstance(self._created_at, Unset) else self._created_at

    @created_at.setter
    def created_at(self, value: str | NotGiven) -> None:
        self._created_at = value

    @property
    def updated_at(self) -> str | None:
        return None if isinstance(self._updated_at, Unset) else self._updated_at

    @updated_at.setter
    def updated_at(self, value: str | NotGiven) -> None:
        self._updated_at = value

    @property
    def total_tasks(self) -> int | None:
        return None if isinstance(self._total_tasks, Unset) else self._total_tasks

    @total_tasks.setter
    def total_tasks(self, value: int | NotGiven) -> None:
        self._total_tasks = value

    @property
    def completed_tasks(self) -> int | None:
        return (
            None if isinstance(self._completed_tasks, Unset) else self._completed_tasks
        )

    @completed_tasks.setter
    def completed_tasks(self, value: int | NotGiven) -> None:
        self._completed_tasks = value

    @property
    def pending_tasks(self) -> int | None:
        return None if isinstance(self._pending_tasks, Unset) else self._pending_tasks

    @pending_tasks.setter
    def pending_tasks(self, value: int | NotGiven) -> None:
        self._pending_tasks = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        from ..models.assistant_ref import AssistantRef  # noqa: PLC0415

        ai_assistant: dict[str, Any] | None | Unset
        if isinstance(self._ai_assistant, Unset):
            ai_assistant = UNSET
        elif isinstance(self._ai_assistant, AssistantRef):
            ai_assistant = self._ai_assistant.to_dict()
        else:
            ai_assistant = self._ai_assistant

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._schedules, Unset):
            schedules = []
            for schedules_item_data in self._schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        campaign_id = self._campaign_id

        type_ = self._type_

        name = self._name

        start_date: None | str | Unset
        if isinstance(self._start_date, Unset):
            start_date = UNSET
        else:
            start_date = self._start_date

        end_date: None | str | Unset
        if isinstance(self._end_date, Unset):
            end_date = UNSET
        else:
            end_date = self._end_date

        status = self._status

        created_at = self._created_at

        updated_at = self._updated_at

        total_tasks = self._total_tasks

        completed_tasks = self._completed_tasks

        pending_tasks = self._pending_tasks

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
        _here = [_root, "ai_assistant"]

        def _parse_ai_assistant(data: object) -> AssistantRef | None | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ai_assistant_type_1 = AssistantRef.from_dict(data, _check, _here)

                return ai_assistant_type_1
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(AssistantRef | None | Unset, data)

        ai_assistant = _parse_ai_assistant(d.pop("ai_assistant", UNSET))

        _here = [_root, "schedules"]
        _schedules = d.pop("schedules", UNSET)
        schedules: list[CampaignSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            if _check is not None and not isinstance(_schedules, list):
                _not_array(_check, _here, _schedules)
            schedules = []
            _depth_schedules = len(_here)
            _here.append(0)
            for _index_schedules, schedules_item_data in enumerate(_schedules):
                _here[_depth_schedules] = _index_schedules
                schedules_item = CampaignSchedule.from_dict(
                    schedules_item_data, _check, _here
                )

                schedules.append(schedules_item)
            del _here[_depth_schedules:]

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
        if _check is not None:
            _checked(campaign, _check, _root, d)
        return campaign

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
from ..models.assistant_ref import AssistantRef  # noqa: E402
from ..models.campaign_schedule import CampaignSchedule  # noqa: E402
