from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_ref import AssistantRef
    from ..models.phone_number_details import PhoneNumberDetails
    from ..models.user import User


T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        user (User | Unset):
        ai_assistant (AssistantRef | None | Unset): The assistant that answers this number, if any
        additional_data (None | PhoneNumberDetails | Unset):
        phone_number_id (str | Unset):  Example: 7b4f3e2a-1c6d-4e8f-9a0b-2c3d4e5f6a7b.
        phone_number (str | Unset):  Example: +1234567890.
        friendly_name (None | str | Unset):  Example: (123) 456-7890.
        provider (None | str | Unset):  Example: twilio.
        provider_id (None | str | Unset):
        is_active (bool | Unset):  Example: True.
        created_at (datetime.datetime | Unset):  Example: 2023-11-07T05:31:56Z.
        updated_at (datetime.datetime | Unset):  Example: 2023-11-07T05:31:56Z.
    """

    user: User | Unset = UNSET
    ai_assistant: AssistantRef | None | Unset = UNSET
    additional_data: None | PhoneNumberDetails | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_ref import AssistantRef  # noqa: PLC0415
        from ..models.phone_number_details import PhoneNumberDetails  # noqa: PLC0415

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        ai_assistant: dict[str, Any] | None | Unset
        if isinstance(self.ai_assistant, Unset):
            ai_assistant = UNSET
        elif isinstance(self.ai_assistant, AssistantRef):
            ai_assistant = self.ai_assistant.to_dict()
        else:
            ai_assistant = self.ai_assistant

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, PhoneNumberDetails):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        phone_number_id = self.phone_number_id

        phone_number = self.phone_number

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        is_active = self.is_active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if ai_assistant is not UNSET:
            field_dict["ai_assistant"] = ai_assistant
        if additional_data is not UNSET:
            field_dict["additional_data"] = additional_data
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_ref import AssistantRef  # noqa: PLC0415
        from ..models.phone_number_details import PhoneNumberDetails  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

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

        def _parse_additional_data(data: object) -> None | PhoneNumberDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_1 = PhoneNumberDetails.from_dict(data)

                return additional_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneNumberDetails | Unset, data)

        additional_data = _parse_additional_data(d.pop("additional_data", UNSET))

        phone_number_id = d.pop("phone_number_id", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(d.pop("friendly_name", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("provider_id", UNSET))

        is_active = d.pop("is_active", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        phone_number = cls(
            user=user,
            ai_assistant=ai_assistant,
            additional_data=additional_data,
            phone_number_id=phone_number_id,
            phone_number=phone_number,
            friendly_name=friendly_name,
            provider=provider,
            provider_id=provider_id,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
        )

        phone_number.additional_properties = d
        return phone_number

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
