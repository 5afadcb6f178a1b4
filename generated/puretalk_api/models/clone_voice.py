from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.clone_voice_gender import CloneVoiceGender, check_clone_voice_gender
from ..models.clone_voice_language import CloneVoiceLanguage, check_clone_voice_language
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CloneVoice")


@_attrs_define
class CloneVoice:
    """
    Attributes:
        audio_clip (File): A WAV, MP3 or M4A sample of the voice
        name (str):  Example: My Cloned Voice.
        language (CloneVoiceLanguage):  Default: 'en'.
        gender (CloneVoiceGender):
        description (str | Unset):  Example: American Female.
    """

    audio_clip: File
    name: str
    gender: CloneVoiceGender
    language: CloneVoiceLanguage = "en"
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_clip = self.audio_clip.to_tuple()

        name = self.name

        language: str = self.language

        gender: str = self.gender

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_clip": audio_clip,
                "name": name,
                "language": language,
                "gender": gender,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("audio_clip", self.audio_clip.to_tuple()))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("language", (None, str(self.language).encode(), "text/plain")))

        files.append(("gender", (None, str(self.gender).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(
                ("description", (None, str(self.description).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_clip = File(payload=BytesIO(d.pop("audio_clip")))

        name = d.pop("name")

        language = check_clone_voice_language(d.pop("language"))

        gender = check_clone_voice_gender(d.pop("gender"))

        description = d.pop("description", UNSET)

        clone_voice = cls(
            audio_clip=audio_clip,
            name=name,
            language=language,
            gender=gender,
            description=description,
        )

        clone_voice.additional_properties = d
        return clone_voice

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
