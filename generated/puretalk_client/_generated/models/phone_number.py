from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import ResponseMismatch as _ResponseMismatch
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.assistant_ref import AssistantRef
    from ..models.phone_number_details import PhoneNumberDetails
    from ..models.user import User


T = TypeVar("T", bound="PhoneNumber")


@_attrs_define(init=False, repr=False)
class PhoneNumber(_BaseModel):
    """
    Attributes:
        user (User | None):
        ai_assistant (AssistantRef | None): The assistant that answers this number, if any
        additional_data (PhoneNumberDetails | None):
        phone_number_id (str | None):  Example: 7b4f3e2a-1c6d-4e8f-9a0b-2c3d4e5f6a7b.
        phone_number (str | None):  Example: +1234567890.
        friendly_name (str | None):  Example: (123) 456-7890.
        provider (str | None):  Example: twilio.
        provider_id (str | None):
        is_active (bool | None):  Example: True.
        created_at (datetime.datetime | None):  Example: 2023-11-07T05:31:56Z.
        updated_at (datetime.datetime | None):  Example: 2023-11-07T05:31:56Z.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _user: User | NotGiven
    _ai_assistant: AssistantRef | None | NotGiven
    _additional_data: None | PhoneNumberDetails | NotGiven
    _phone_number_id: str | NotGiven
    _phone_number: str | NotGiven
    _friendly_name: None | str | NotGiven
    _provider: None | str | NotGiven
    _provider_id: None | str | NotGiven
    _is_active: bool | NotGiven
    _created_at: datetime.datetime | NotGiven
    _updated_at: datetime.datetime | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "user",
        "ai_assistant",
        "additional_data",
        "phone_number_id",
        "phone_number",
        "friendly_name",
        "provider",
        "provider_id",
        "is_active",
        "created_at",
        "updated_at",
    )

    def __init__(
        self,
        user: User | NotGiven = UNSET,
        ai_assistant: AssistantRef | None | NotGiven = UNSET,
        additional_data: None | PhoneNumberDetails | NotGiven = UNSET,
        phone_number_id: str | NotGiven = UNSET,
        phone_number: str | NotGiven = UNSET,
        friendly_name: None | str | NotGiven = UNSET,
        provider: None | str | NotGiven = UNSET,
        provider_id: None | str | NotGiven = UNSET,
        is_active: bool | NotGiven = UNSET,
        created_at: datetime.datetime | NotGiven = UNSET,
        updated_at: datetime.datetime | NotGiven = UNSET,
    ) -> None:
        self._user = user
        self._ai_assistant = ai_assistant
        self._additional_data = additional_data
        self._phone_number_id = phone_number_id
        self._phone_number = phone_number
        self._friendly_name = friendly_name
        self._provider = provider
        self._provider_id = provider_id
        self._is_active = is_active
        self._created_at = created_at
        self._updated_at = updated_at
        self.additional_properties = {}

    @property
    def user(self) -> User | None:
        return None if isinstance(self._user, Unset) else self._user

    @user.setter
    def user(self, value: User | NotGiven) -> None:
        self._user = value

    @property
    def ai_assistant(self) -> AssistantRef | None:
        """The assistant that answers this number, if any"""
        return None if isinstance(self._ai_assistant, Unset) else self._ai_assistant

    @ai_assistant.setter
    def ai_assistant(self, value: AssistantRef | None | NotGiven) -> None:
        self._ai_assistant = value

    @property
    def additional_data(self) -> PhoneNumberDetails | None:
        return (
            None if isinstance(self._additional_data, Unset) else self._additional_data
        )

    @additional_data.setter
    def additional_data(self, value: None | PhoneNumberDetails | NotGiven) -> None:
        self._additional_data = value

    @property
    def phone_number_id(self) -> str | None:
        return (
            None if isinstance(self._phone_number_id, Unset) else self._phone_number_id
        )

    @phone_number_id.setter
    def phone_number_id(self, value: str | NotGiven) -> None:
        self._phone_number_id = value

    @property
    def phone_number(self) -> str | None:
        return None if isinstance(self._phone_number, Unset) else self._phone_number

    @phone_number.setter
    def phone_number(self, value: str | NotGiven) -> None:
        self._phone_number = value

    @property
    def friendly_name(self) -> str | None:
        return None if isinstance(self._friendly_name, Unset) else self._friendly_name

    @friendly_name.setter
    def friendly_name(self, value: None | str | NotGiven) -> None:
        self._friendly_name = value

    @property
    def provider(self) -> str | None:
        return None if isinstance(self._provider, Unset) else self._provider

    @provider.setter
    def provider(self, value: None | str | NotGiven) -> None:
        self._provider = value

    @property
    def provider_id(self) -> str | None:
        return None if isinstance(self._provider_id, Unset) else self._provider_id

    @provider_id.setter
    def provider_id(self, value: None | str | NotGiven) -> None:
        self._provider_id = value

    @property
    def is_active(self) -> bool | None:
        return None if isinstance(self._is_active, Unset) else self._is_active

    @is_active.setter
    def is_active(self, value: bool | NotGiven) -> None:
        self._is_active = value

    @property
    def created_at(self) -> datetime.datetime | None:
        return None if isinstance(self._created_at, Unset) else self._created_at

    @created_at.setter
    def created_at(self, value: datetime.datetime | NotGiven) -> None:
        self._created_at = value

    @property
    def updated_at(self) -> datetime.datetime | None:
        return None if isinstance(self._updated_at, Unset) else self._updated_at

    @updated_at.setter
    def updated_at(self, value: datetime.datetime | NotGiven) -> None:
        self._updated_at = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        from ..models.assistant_ref import AssistantRef  # noqa: PLC0415
        from ..models.phone_number_details import PhoneNumberDetails  # noqa: PLC0415

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self._user, Unset):
            user = self._user.to_dict()

        ai_assistant: dict[str, Any] | None | Unset
        if isinstance(self._ai_assistant, Unset):
            ai_assistant = UNSET
        elif isinstance(self._ai_assistant, AssistantRef):
            ai_assistant = self._ai_assistant.to_dict()
        else:
            ai_assistant = self._ai_assistant

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self._additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self._additional_data, PhoneNumberDetails):
            additional_data = self._additional_data.to_dict()
        else:
            additional_data = self._additional_data

        phone_number_id = self._phone_number_id

        phone_number = self._phone_number

        friendly_name: None | str | Unset
        if isinstance(self._friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self._friendly_name

        provider: None | str | Unset
        if isinstance(self._provider, Unset):
            provider = UNSET
        else:
            provider = self._provider

        provider_id: None | str | Unset
        if isinstance(self._provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self._provider_id

        is_active = self._is_active

        created_at: str | Unset = UNSET
        if not isinstance(self._created_at, Unset):
            created_at = self._created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self._updated_at, Unset):
            updated_at = self._updated_at.isoformat()

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
        _here = [_root, "user"]
        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user, _check, _here)

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

        _here = [_root, "additional_data"]

        def _parse_additional_data(data: object) -> None | PhoneNumberDetails | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_1 = PhoneNumberDetails.from_dict(
                    data, _check, _here
                )

                return additional_data_type_1
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
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
        if _check is not None:
            _checked(phone_number, _check, _root, d)
        return phone_number

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
from ..models.phone_number_details import PhoneNumberDetails  # noqa: E402
from ..models.user import User  # noqa: E402
