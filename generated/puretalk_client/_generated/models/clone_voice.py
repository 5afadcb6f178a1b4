from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from .. import types
from ..models.clone_voice_gender import CloneVoiceGender, check_clone_voice_gender
from ..models.clone_voice_language import CloneVoiceLanguage, check_clone_voice_language
from ..types import UNSET, File, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="CloneVoice")


@_attrs_define(init=False, repr=False)
class CloneVoice(_BaseModel):
    """
    Attributes:
        audio_clip (File): A WAV, MP3 or M4A sample of the voice
        name (str):  Example: My Cloned Voice.
        language (CloneVoiceLanguage):  Default: 'en'.
        gender (CloneVoiceGender):
        description (str | None):  Example: American Female.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    audio_clip: File
    name: str
    gender: CloneVoiceGender
    language: CloneVoiceLanguage
    _description: str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "audio_clip",
        "name",
        "gender",
        "language",
        "description",
    )

    def __init__(
        self,
        audio_clip: File,
        name: str,
        gender: CloneVoiceGender,
        language: CloneVoiceLanguage = "en",
        description: str | NotGiven = UNSET,
    ) -> None:
        self.audio_clip = audio_clip
        self.name = name
        self.gender = gender
        self.language = language
        self._description = description
        self.additional_properties = {}

    @property
    def description(self) -> str | None:
        return None if isinstance(self._description, Unset) else self._description

    @description.setter
    def description(self, value: str | NotGiven) -> None:
        self._description = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        audio_clip = self.audio_clip.to_tuple()

        name = self.name

        language: str = self.language

        gender: str = self.gender

        description = self._description

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

        if not isinstance(self._description, Unset):
            files.append(
                ("description", (None, str(self._description).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
        audio_clip = File(payload=BytesIO(d.pop("audio_clip")))

        name = d.pop("name")

        language = (
            d.pop("language")
            if _check is not None
            else check_clone_voice_language(d.pop("language"))
        )

        gender = (
            d.pop("gender")
            if _check is not None
            else check_clone_voice_gender(d.pop("gender"))
        )

        description = d.pop("description", UNSET)

        clone_voice = cls(
            audio_clip=audio_clip,
            name=name,
            language=language,
            gender=gender,
            description=description,
        )

        clone_voice.additional_properties = d
        if _check is not None:
            _checked(clone_voice, _check, _root, d)
        return clone_voice

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
