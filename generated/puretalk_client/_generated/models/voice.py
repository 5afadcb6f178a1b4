from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="Voice")


@_attrs_define(init=False, repr=False)
class Voice(_BaseModel):
    """A text-to-speech voice with its properties and metadata.

    Attributes:
        voice_id (str | None): Unique identifier for the voice model Example: Puretalk Model V4.
        name (str | None):  Example: Seven.
        avatar (str | None):  Example: https://puretalk.blob.core.windows.net/voices/seven.png.
        gender (str | None): Gender of the voice, e.g. 'male', 'female' Example: female.
        demo_audio_url (str | None):  Example: https://puretalk.blob.core.windows.net/voices/seven.mp3.
        is_cloned (bool | None):  Example: False.
        language (str | None):  Example: en.
        description (str | None):  Example: A warm, friendly female voice.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _voice_id: str | NotGiven
    _name: str | NotGiven
    _avatar: None | str | NotGiven
    _gender: None | str | NotGiven
    _demo_audio_url: None | str | NotGiven
    _is_cloned: bool | NotGiven
    _language: None | str | NotGiven
    _description: None | str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "voice_id",
        "name",
        "avatar",
        "gender",
        "demo_audio_url",
        "is_cloned",
        "language",
        "description",
    )

    def __init__(
        self,
        voice_id: str | NotGiven = UNSET,
        name: str | NotGiven = UNSET,
        avatar: None | str | NotGiven = UNSET,
        gender: None | str | NotGiven = UNSET,
        demo_audio_url: None | str | NotGiven = UNSET,
        is_cloned: bool | NotGiven = UNSET,
        language: None | str | NotGiven = UNSET,
        description: None | str | NotGiven = UNSET,
    ) -> None:
        self._voice_id = voice_id
        self._name = name
        self._avatar = avatar
        self._gender = gender
        self._demo_audio_url = demo_audio_url
        self._is_cloned = is_cloned
        self._language = language
        self._description = description
        self.additional_properties = {}

    @property
    def voice_id(self) -> str | None:
        """Unique identifier for the voice model"""
        return None if isinstance(self._voice_id, Unset) else self._voice_id

    @voice_id.setter
    def voice_id(self, value: str | NotGiven) -> None:
        self._voice_id = value

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def avatar(self) -> str | None:
        return None if isinstance(self._avatar, Unset) else self._avatar

    @avatar.setter
    def avatar(self, value: None | str | NotGiven) -> None:
        self._avatar = value

    @property
    def gender(self) -> str | None:
        """Gender of the voice, e.g. 'male', 'female'"""
        return None if isinstance(self._gender, Unset) else self._gender

    @gender.setter
    def gender(self, value: None | str | NotGiven) -> None:
        self._gender = value

    @property
    def demo_audio_url(self) -> str | None:
        return None if isinstance(self._demo_audio_url, Unset) else self._demo_audio_url

    @demo_audio_url.setter
    def demo_audio_url(self, value: None | str | NotGiven) -> None:
        self._demo_audio_url = value

    @property
    def is_cloned(self) -> bool | None:
        return None if isinstance(self._is_cloned, Unset) else self._is_cloned

    @is_cloned.setter
    def is_cloned(self, value: bool | NotGiven) -> None:
        self._is_cloned = value

    @property
    def language(self) -> str | None:
        return None if isinstance(self._language, Unset) else self._language

    @language.setter
    def language(self, value: None | str | NotGiven) -> None:
        self._language = value

    @property
    def description(self) -> str | None:
        return None if isinstance(self._description, Unset) else self._description

    @description.setter
    def description(self, value: None | str | NotGiven) -> None:
        self._description = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        voice_id = self._voice_id

        name = self._name

        avatar: None | str | Unset
        if isinstance(self._avatar, Unset):
            avatar = UNSET
        else:
            avatar = self._avatar

        gender: None | str | Unset
        if isinstance(self._gender, Unset):
            gender = UNSET
        else:
            gender = self._gender

        demo_audio_url: None | str | Unset
        if isinstance(self._demo_audio_url, Unset):
            demo_audio_url = UNSET
        else:
            demo_audio_url = self._demo_audio_url

        is_cloned = self._is_cloned

        language: None | str | Unset
        if isinstance(self._language, Unset):
            language = UNSET
        else:
            language = self._language

        description: None | str | Unset
        if isinstance(self._description, Unset):
            description = UNSET
        else:
            description = self._description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if gender is not UNSET:
            field_dict["gender"] = gender
        if demo_audio_url is not UNSET:
            field_dict["demo_audio_url"] = demo_audio_url
        if is_cloned is not UNSET:
            field_dict["is_cloned"] = is_cloned
        if language is not UNSET:
            field_dict["language"] = language
        if description is not UNSET:
            field_dict["description"] = description

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
        voice_id = d.pop("voice_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_demo_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        demo_audio_url = _parse_demo_audio_url(d.pop("demo_audio_url", UNSET))

        is_cloned = d.pop("is_cloned", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        voice = cls(
            voice_id=voice_id,
            name=name,
            avatar=avatar,
            gender=gender,
            demo_audio_url=demo_audio_url,
            is_cloned=is_cloned,
            language=language,
            description=description,
        )

        voice.additional_properties = d
        if _check is not None:
            _checked(voice, _check, _root, d)
        return voice

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
