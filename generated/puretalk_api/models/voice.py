from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """A text-to-speech voice with its properties and metadata.

    Attributes:
        voice_id (str | Unset): Unique identifier for the voice model Example: Puretalk Model V4.
        name (str | Unset):  Example: Seven.
        avatar (None | str | Unset):  Example: https://puretalk.blob.core.windows.net/voices/seven.png.
        gender (None | str | Unset): Gender of the voice, e.g. 'male', 'female' Example: female.
        demo_audio_url (None | str | Unset):  Example: https://puretalk.blob.core.windows.net/voices/seven.mp3.
        is_cloned (bool | Unset):  Example: False.
        language (None | str | Unset):  Example: en.
        description (None | str | Unset):  Example: A warm, friendly female voice.
    """

    voice_id: str | Unset = UNSET
    name: str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    demo_audio_url: None | str | Unset = UNSET
    is_cloned: bool | Unset = UNSET
    language: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        demo_audio_url: None | str | Unset
        if isinstance(self.demo_audio_url, Unset):
            demo_audio_url = UNSET
        else:
            demo_audio_url = self.demo_audio_url

        is_cloned = self.is_cloned

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        return voice

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
