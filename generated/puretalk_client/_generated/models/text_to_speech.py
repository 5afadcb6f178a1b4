from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..models.text_to_speech_encoding import (
    TextToSpeechEncoding,
    check_text_to_speech_encoding,
)
from ..models.text_to_speech_output_format import (
    TextToSpeechOutputFormat,
    check_text_to_speech_output_format,
)
from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="TextToSpeech")


@_attrs_define(init=False, repr=False)
class TextToSpeech(_BaseModel):
    """
    Attributes:
        voice_id (str): The voice to speak with (see GET /voices) Example: 5bc2961c-fb9b-4a3d-a257-e0c5f2f95332.
        text (str):  Example: Hey there! Welcome to Los Angeles.
        output_format (TextToSpeechOutputFormat | None):  Default: 'raw'.
        encoding (TextToSpeechEncoding | None):  Default: 'pcm_f32le'.
        sample_rate (int | None):  Example: 24000.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    voice_id: str
    text: str
    _output_format: TextToSpeechOutputFormat | NotGiven
    _encoding: TextToSpeechEncoding | NotGiven
    _sample_rate: int | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "voice_id",
        "text",
        "output_format",
        "encoding",
        "sample_rate",
    )

    def __init__(
        self,
        voice_id: str,
        text: str,
        output_format: TextToSpeechOutputFormat | NotGiven = "raw",
        encoding: TextToSpeechEncoding | NotGiven = "pcm_f32le",
        sample_rate: int | NotGiven = UNSET,
    ) -> None:
        self.voice_id = voice_id
        self.text = text
        self._output_format = output_format
        self._encoding = encoding
        self._sample_rate = sample_rate
        self.additional_properties = {}

    @property
    def output_format(self) -> TextToSpeechOutputFormat | None:
        return None if isinstance(self._output_format, Unset) else self._output_format

    @output_format.setter
    def output_format(self, value: TextToSpeechOutputFormat | NotGiven) -> None:
        self._output_format = value

    @property
    def encoding(self) -> TextToSpeechEncoding | None:
        return None if isinstance(self._encoding, Unset) else self._encoding

    @encoding.setter
    def encoding(self, value: TextToSpeechEncoding | NotGiven) -> None:
        self._encoding = value

    @property
    def sample_rate(self) -> int | None:
        return None if isinstance(self._sample_rate, Unset) else self._sample_rate

    @sample_rate.setter
    def sample_rate(self, value: int | NotGiven) -> None:
        self._sample_rate = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        voice_id = self.voice_id

        text = self.text

        output_format: str | Unset = UNSET
        if not isinstance(self._output_format, Unset):
            output_format = self._output_format

        encoding: str | Unset = UNSET
        if not isinstance(self._encoding, Unset):
            encoding = self._encoding

        sample_rate = self._sample_rate

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
        voice_id = d.pop("voice_id")

        text = d.pop("text")

        _output_format = d.pop("output_format", UNSET)
        output_format: TextToSpeechOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = (
                _output_format
                if _check is not None
                else check_text_to_speech_output_format(_output_format)
            )

        _encoding = d.pop("encoding", UNSET)
        encoding: TextToSpeechEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = (
                _encoding
                if _check is not None
                else check_text_to_speech_encoding(_encoding)
            )

        sample_rate = d.pop("sample_rate", UNSET)

        text_to_speech = cls(
            voice_id=voice_id,
            text=text,
            output_format=output_format,
            encoding=encoding,
            sample_rate=sample_rate,
        )

        text_to_speech.additional_properties = d
        if _check is not None:
            _checked(text_to_speech, _check, _root, d)
        return text_to_speech

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
