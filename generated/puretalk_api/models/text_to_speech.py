from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_to_speech_encoding import (
    TextToSpeechEncoding,
    check_text_to_speech_encoding,
)
from ..models.text_to_speech_output_format import (
    TextToSpeechOutputFormat,
    check_text_to_speech_output_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeech")


@_attrs_define
class TextToSpeech:
    """
    Attributes:
        voice_id (str): The voice to speak with (see GET /voices) Example: 5bc2961c-fb9b-4a3d-a257-e0c5f2f95332.
        text (str):  Example: Hey there! Welcome to Los Angeles.
        output_format (TextToSpeechOutputFormat | Unset):  Default: 'raw'.
        encoding (TextToSpeechEncoding | Unset):  Default: 'pcm_f32le'.
        sample_rate (int | Unset):  Example: 24000.
    """

    voice_id: str
    text: str
    output_format: TextToSpeechOutputFormat | Unset = "raw"
    encoding: TextToSpeechEncoding | Unset = "pcm_f32le"
    sample_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        text = self.text

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "text": text,
            }
        )
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        text = d.pop("text")

        _output_format = d.pop("output_format", UNSET)
        output_format: TextToSpeechOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_text_to_speech_output_format(_output_format)

        _encoding = d.pop("encoding", UNSET)
        encoding: TextToSpeechEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_text_to_speech_encoding(_encoding)

        sample_rate = d.pop("sample_rate", UNSET)

        text_to_speech = cls(
            voice_id=voice_id,
            text=text,
            output_format=output_format,
            encoding=encoding,
            sample_rate=sample_rate,
        )

        text_to_speech.additional_properties = d
        return text_to_speech

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
