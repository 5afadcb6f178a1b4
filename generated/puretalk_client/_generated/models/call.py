from __future__ import annotations

import datetime
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
    from ..models.call_analysis import CallAnalysis
    from ..models.call_metadata_object import CallMetadataObject
    from ..models.transcript_entry import TranscriptEntry


T = TypeVar("T", bound="Call")


@_attrs_define(init=False, repr=False)
class Call(_BaseModel):
    """
    Attributes:
        call_analysis (CallAnalysis | None):
        protocol (str | None):  Example: web.
        call_id (str | None):  Example: 696a4c8f-3eaf-41bf-a052-2c2fe630c046.
        from_number (str | None):  Example: +1234567890.
        to_number (str | None):  Example: +1234567890.
        assistant_id (str | None):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        assistant_name (str | None):  Example: My AI Assistant.
        voice_id (str | None):  Example: Puretalktts-e0c5f2f95332.
        voice_name (str | None):  Example: Seven.
        start_time (datetime.datetime | None):  Example: 2025-05-19T10:15:22.230876-04:00.
        end_time (datetime.datetime | None):  Example: 2025-05-19T10:17:01.104512-04:00.
        call_duration_seconds (int | None):  Example: 99.
        call_type (str | None):  Example: outgoing.
        transcript (str | None):
        transcript_object (list[TranscriptEntry] | None):
        status (str | None):  Example: completed.
        provider_call_id (str | None):  Example: CA1234567890abcdef1234567890abcdef.
        metadata (CallMetadataObject | str | None): Free-form metadata (an object in older API versions, a string in
            newer ones) Example: This is the metadata of the call.
        variables (list[str] | None):
        answered_by (str | None):  Example: human.
        call_recording_enabled (bool | None):  Example: True.
        call_recording_url (str | None):  Example: https://api.puretalk.ai/api/calls/1234567890/recording.
        campaign_id (str | None):
        sentiment (str | None):  Example: positive.
        is_billed (bool | None):  Example: True.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _call_analysis: CallAnalysis | None | NotGiven
    _protocol: str | NotGiven
    _call_id: str | NotGiven
    _from_number: None | str | NotGiven
    _to_number: None | str | NotGiven
    _assistant_id: None | str | NotGiven
    _assistant_name: None | str | NotGiven
    _voice_id: None | str | NotGiven
    _voice_name: None | str | NotGiven
    _start_time: datetime.datetime | None | NotGiven
    _end_time: datetime.datetime | None | NotGiven
    _call_duration_seconds: int | None | NotGiven
    _call_type: str | NotGiven
    _transcript: None | str | NotGiven
    _transcript_object: list[TranscriptEntry] | None | NotGiven
    _status: str | NotGiven
    _provider_call_id: None | str | NotGiven
    _metadata: CallMetadataObject | None | str | NotGiven
    _variables: list[str] | None | NotGiven
    _answered_by: None | str | NotGiven
    _call_recording_enabled: bool | None | NotGiven
    _call_recording_url: None | str | NotGiven
    _campaign_id: None | str | NotGiven
    _sentiment: None | str | NotGiven
    _is_billed: bool | None | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "call_analysis",
        "protocol",
        "call_id",
        "from_number",
        "to_number",
        "assistant_id",
        "assistant_name",
        "voice_id",
        "voice_name",
        "start_time",
        "end_time",
        "call_duration_seconds",
        "call_type",
        "transcript",
        "transcript_object",
        "status",
        "provider_call_id",
        "metadata",
        "variables",
        "answered_by",
        "call_recording_enabled",
        "call_recording_url",
        "campaign_id",
        "sentiment",
        "is_billed",
    )

    def __init__(
        self,
        call_analysis: CallAnalysis | None | NotGiven = UNSET,
        protocol: str | NotGiven = UNSET,
        call_id: str | NotGiven = UNSET,
        from_number: None | str | NotGiven = UNSET,
        to_number: None | str | NotGiven = UNSET,
        assistant_id: None | str | NotGiven = UNSET,
        assistant_name: None | str | NotGiven = UNSET,
        voice_id: None | str | NotGiven = UNSET,
        voice_name: None | str | NotGiven = UNSET,
        start_time: datetime.datetime | None | NotGiven = UNSET,
        end_time: datetime.datetime | None | NotGiven = UNSET,
        call_duration_seconds: int | None | NotGiven = UNSET,
        call_type: str | NotGiven = UNSET,
        transcript: None | str | NotGiven = UNSET,
        transcript_object: list[TranscriptEntry] | None | NotGiven = UNSET,
        status: str | NotGiven = UNSET,
        provider_call_id: None | str | NotGiven = UNSET,
        metadata: CallMetadataObject | None | str | NotGiven = UNSET,
        variables: list[str] | None | NotGiven = UNSET,
        answered_by: None | str | NotGiven = UNSET,
        call_recording_enabled: bool | None | NotGiven = UNSET,
        call_recording_url: None | str | NotGiven = UNSET,
        campaign_id: None | str | NotGiven = UNSET,
        sentiment: None | str | NotGiven = UNSET,
        is_billed: bool | None | NotGiven = UNSET,
    ) -> None:
        self._call_analysis = call_analysis
        self._protocol = protocol
        self._call_id = call_id
        self._from_number = from_number
        self._to_number = to_number
        self._assistant_id = assistant_id
        self._assistant_name = assistant_name
        self._voice_id = voice_id
        self._voice_name = voice_name
        self._start_time = start_time
        self._end_time = end_time
        self._call_duration_seconds = call_duration_seconds
        self._call_type = call_type
        self._transcript = transcript
        self._transcript_object = transcript_object
        self._status = status
        self._provider_call_id = provider_call_id
        self._metadata = metadata
        self._variables = variables
        self._answered_by = answered_by
        self._call_recording_enabled = call_recording_enabled
        self._call_recording_url = call_recording_url
        self._campaign_id = campaign_id
        self._sentiment = sentiment
        self._is_billed = is_billed
        self.additional_properties = {}

    @property
    def call_analysis(self) -> CallAnalysis | None:
        return None if isinstance(self._call_analysis, Unset) else self._call_analysis

    @call_analysis.setter
    def call_analysis(self, value: CallAnalysis | None | NotGiven) -> None:
        self._call_analysis = value

    @property
    def protocol(self) -> str | None:
        return None if isinstance(self._protocol, Unset) else self._protocol

    @protocol.setter
    def protocol(self, value: str | NotGiven) -> None:
        self._protocol = value

    @property
    def call_id(self) -> str | None:
        return None if isinstance(self._call_id, Unset) else self._call_id

    @call_id.setter
    def call_id(self, value: str | NotGiven) -> None:
        self._call_id = value

    @property
    def from_number(self) -> str | None:
        return None if isinstance(self._from_number, Unset) else self._from_number

    @from_number.setter
    def from_number(self, value: None | str | NotGiven) -> None:
        self._from_number = value

    @property
    def to_number(self) -> str | None:
        return None if isinstance(self._to_number, Unset) else self._to_number

    @to_number.setter
    def to_number(self, value: None | str | NotGiven) -> None:
        self._to_number = value

    @property
    def assistant_id(self) -> str | None:
        return None if isinstance(self._assistant_id, Unset) else self._assistant_id

    @assistant_id.setter
    def assistant_id(self, value: None | str | NotGiven) -> None:
        self._assistant_id = value

    @property
    def assistant_name(self) -> str | None:
        return None if isinstance(self._assistant_name, Unset) else self._assistant_name

    @assistant_name.setter
    def assistant_name(self, value: None | str | NotGiven) -> None:
        self._assistant_name = value

    @property
    def voice_id(self) -> str | None:
        return None if isinstance(self._voice_id, Unset) else self._voice_id

    @voice_id.setter
    def voice_id(self, value: None | str | NotGiven) -> None:
        self._voice_id = value

    @property
    def voice_name(self) -> str | None:
        return None if isinstance(self._voice_name, Unset) else self._voice_name

    @voice_name.setter
    def voice_name(self, value: None | str | NotGiven) -> None:
        self._voice_name = value

    @property
    def start_time(self) -> datetime.datetime | None:
        return None if isinstance(self._start_time, Unset) else self._start_time

    @start_time.setter
    def start_time(self, value: datetime.datetime | None | NotGiven) -> None:
        self._start_time = value

    @property
    def end_time(self) -> datetime.datetime | None:
        return None if isinstance(self._end_time, Unset) else self._end_time

    @end_time.setter
    def end_time(self, value: datetime.datetime | None | NotGiven) -> None:
        self._end_time = value

    @property
    def call_duration_seconds(self) -> int | None:
        return (
            None
            if isinstance(self._call_duration_seconds, Unset)
            else self._call_duration_seconds
        )

    @call_duration_seconds.setter
    def call_duration_seconds(self, value: int | None | NotGiven) -> None:
        self._call_duration_seconds = value

    @property
    def call_type(self) -> str | None:
        return None if isinstance(self._call_type, Unset) else self._call_type

    @call_type.setter
    def call_type(self, value: str | NotGiven) -> None:
        self._call_type = value

    @property
    def transcript(self) -> str | None:
        return None if isinstance(self._transcript, Unset) else self._transcript

    @transcript.setter
    def transcript(self, value: None | str | NotGiven) -> None:
        self._transcript = value

    @property
    def transcript_object(self) -> list[TranscriptEntry] | None:
        return (
            None
            if isinstance(self._transcript_object, Unset)
            else self._transcript_object
        )

    @transcript_object.setter
    def transcript_object(self, value: list[TranscriptEntry] | None | NotGiven) -> None:
        self._transcript_object = value

    @property
    def status(self) -> str | None:
        return None if isinstance(self._status, Unset) else self._status

    @status.setter
    def status(self, value: str | NotGiven) -> None:
        self._status = value

    @property
    def provider_call_id(self) -> str | None:
        return (
            None
            if isinstance(self._provider_call_id, Unset)
            else self._provider_call_id
        )

    @provider_call_id.setter
    def provider_call_id(self, value: None | str | NotGiven) -> None:
        self._provider_call_id = value

    @property
    def metadata(self) -> CallMetadataObject | str | None:
        """Free-form metadata (an object in older API versions, a string in newer ones)"""
        return None if isinstance(self._metadata, Unset) else self._metadata

    @metadata.setter
    def metadata(self, value: CallMetadataObject | None | str | NotGiven) -> None:
        self._metadata = value

    @property
    def variables(self) -> list[str] | None:
        return None if isinstance(self._variables, Unset) else self._variables

    @variables.setter
    def variables(self, value: list[str] | None | NotGiven) -> None:
        self._variables = value

    @property
    def answered_by(self) -> str | None:
        return None if isinstance(self._answered_by, Unset) else self._answered_by

    @answered_by.setter
    def answered_by(self, value: None | str | NotGiven) -> None:
        self._answered_by = value

    @property
    def call_recording_enabled(self) -> bool | None:
        return (
            None
            if isinstance(self._call_recording_enabled, Unset)
            else self._call_recording_enabled
        )

    @call_recording_enabled.setter
    def call_recording_enabled(self, value: bool | None | NotGiven) -> None:
        self._call_recording_enabled = value

    @property
    def call_recording_url(self) -> str | None:
        return (
            None
            if isinstance(self._call_recording_url, Unset)
            else self._call_recording_url
        )

    @call_recording_url.setter
    def call_recording_url(self, value: None | str | NotGiven) -> None:
        self._call_recording_url = value

    @property
    def campaign_id(self) -> str | None:
        return None if isinstance(self._campaign_id, Unset) else self._campaign_id

    @campaign_id.setter
    def campaign_id(self, value: None | str | NotGiven) -> None:
        self._campaign_id = value

    @property
    def sentiment(self) -> str | None:
        return None if isinstance(self._sentiment, Unset) else self._sentiment

    @sentiment.setter
    def sentiment(self, value: None | str | NotGiven) -> None:
        self._sentiment = value

    @property
    def is_billed(self) -> bool | None:
        return None if isinstance(self._is_billed, Unset) else self._is_billed

    @is_billed.setter
    def is_billed(self, value: bool | None | NotGiven) -> None:
        self._is_billed = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        from ..models.call_analysis import CallAnalysis  # noqa: PLC0415
        from ..models.call_metadata_object import CallMetadataObject  # noqa: PLC0415

        call_analysis: dict[str, Any] | None | Unset
        if isinstance(self._call_analysis, Unset):
            call_analysis = UNSET
        elif isinstance(self._call_analysis, CallAnalysis):
            call_analysis = self._call_analysis.to_dict()
        else:
            call_analysis = self._call_analysis

        protocol = self._protocol

        call_id = self._call_id

        from_number: None | str | Unset
        if isinstance(self._from_number, Unset):
            from_number = UNSET
        else:
            from_number = self._from_number

        to_number: None | str | Unset
        if isinstance(self._to_number, Unset):
            to_number = UNSET
        else:
            to_number = self._to_number

        assistant_id: None | str | Unset
        if isinstance(self._assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = self._assistant_id

        assistant_name: None | str | Unset
        if isinstance(self._assistant_name, Unset):
            assistant_name = UNSET
        else:
            assistant_name = self._assistant_name

        voice_id: None | str | Unset
        if isinstance(self._voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self._voice_id

        voice_name: None | str | Unset
        if isinstance(self._voice_name, Unset):
            voice_name = UNSET
        else:
            voice_name = self._voice_name

        start_time: None | str | Unset
        if isinstance(self._start_time, Unset):
            start_time = UNSET
        elif isinstance(self._start_time, datetime.datetime):
            start_time = self._start_time.isoformat()
        else:
            start_time = self._start_time

        end_time: None | str | Unset
        if isinstance(self._end_time, Unset):
            end_time = UNSET
        elif isinstance(self._end_time, datetime.datetime):
            end_time = self._end_time.isoformat()
        else:
            end_time = self._end_time

        call_duration_seconds: int | None | Unset
        if isinstance(self._call_duration_seconds, Unset):
            call_duration_seconds = UNSET
        else:
            call_duration_seconds = self._call_duration_seconds

        call_type = self._call_type

        transcript: None | str | Unset
        if isinstance(self._transcript, Unset):
            transcript = UNSET
        else:
            transcript = self._transcript

        transcript_object: list[dict[str, Any]] | None | Unset
        if isinstance(self._transcript_object, Unset):
            transcript_object = UNSET
        elif isinstance(self._transcript_object, list):
            transcript_object = []
            for transcript_object_type_0_item_data in self._transcript_object:
                transcript_object_type_0_item = (
                    transcript_object_type_0_item_data.to_dict()
                )
                transcript_object.append(transcript_object_type_0_item)

        else:
            transcript_object = self._transcript_object

        status = self._status

        provider_call_id: None | str | Unset
        if isinstance(self._provider_call_id, Unset):
            provider_call_id = UNSET
        else:
            provider_call_id = self._provider_call_id

        metadata: dict[str, Any] | None | str | Unset
        if isinstance(self._metadata, Unset):
            metadata = UNSET
        elif isinstance(self._metadata, CallMetadataObject):
            metadata = self._metadata.to_dict()
        else:
            metadata = self._metadata

        variables: list[str] | None | Unset
        if isinstance(self._variables, Unset):
            variables = UNSET
        elif isinstance(self._variables, list):
            variables = self._variables

        else:
            variables = self._variables

        answered_by: None | str | Unset
        if isinstance(self._answered_by, Unset):
            answered_by = UNSET
        else:
            answered_by = self._answered_by

        call_recording_enabled: bool | None | Unset
        if isinstance(self._call_recording_enabled, Unset):
            call_recording_enabled = UNSET
        else:
            call_recording_enabled = self._call_recording_enabled

        call_recording_url: None | str | Unset
        if isinstance(self._call_recording_url, Unset):
            call_recording_url = UNSET
        else:
            call_recording_url = self._call_recording_url

        campaign_id: None | str | Unset
        if isinstance(self._campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self._campaign_id

        sentiment: None | str | Unset
        if isinstance(self._sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = self._sentiment

        is_billed: bool | None | Unset
        if isinstance(self._is_billed, Unset):
            is_billed = UNSET
        else:
            is_billed = self._is_billed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_analysis is not UNSET:
            field_dict["call_analysis"] = call_analysis
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if to_number is not UNSET:
            field_dict["to_number"] = to_number
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if assistant_name is not UNSET:
            field_dict["assistant_name"] = assistant_name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if call_duration_seconds is not UNSET:
            field_dict["call_duration_seconds"] = call_duration_seconds
        if call_type is not UNSET:
            field_dict["call_type"] = call_type
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if transcript_object is not UNSET:
            field_dict["transcript_object"] = transcript_object
        if status is not UNSET:
            field_dict["status"] = status
        if provider_call_id is not UNSET:
            field_dict["provider_call_id"] = provider_call_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if variables is not UNSET:
            field_dict["variables"] = variables
        if answered_by is not UNSET:
            field_dict["answered_by"] = answered_by
        if call_recording_enabled is not UNSET:
            field_dict["call_recording_enabled"] = call_recording_enabled
        if call_recording_url is not UNSET:
            field_dict["call_recording_url"] = call_recording_url
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if is_billed is not UNSET:
            field_dict["is_billed"] = is_billed

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
        _here = [_root, "call_analysis"]

        def _parse_call_analysis(data: object) -> CallAnalysis | None | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_analysis_type_1 = CallAnalysis.from_dict(data, _check, _here)

                return call_analysis_type_1
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(CallAnalysis | None | Unset, data)

        call_analysis = _parse_call_analysis(d.pop("call_analysis", UNSET))

        protocol = d.pop("protocol", UNSET)

        call_id = d.pop("call_id", UNSET)

        def _parse_from_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_number = _parse_from_number(d.pop("from_number", UNSET))

        def _parse_to_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_number = _parse_to_number(d.pop("to_number", UNSET))

        def _parse_assistant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assistant_id = _parse_assistant_id(d.pop("assistant_id", UNSET))

        def _parse_assistant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assistant_name = _parse_assistant_name(d.pop("assistant_name", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_voice_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_name = _parse_voice_name(d.pop("voice_name", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_call_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        call_duration_seconds = _parse_call_duration_seconds(
            d.pop("call_duration_seconds", UNSET)
        )

        call_type = d.pop("call_type", UNSET)

        def _parse_transcript(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        _here = [_root, "transcript_object"]

        def _parse_transcript_object(
            data: object,
        ) -> list[TranscriptEntry] | None | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transcript_object_type_0 = []
                _transcript_object_type_0 = data
                if _check is not None and not isinstance(
                    _transcript_object_type_0, list
                ):
                    _not_array(_check, _here, _transcript_object_type_0)
                _depth_transcript_object_type_0 = len(_here)
                _here.append(0)
                for (
                    _index_transcript_object_type_0,
                    transcript_object_type_0_item_data,
                ) in enumerate(_transcript_object_type_0):
                    _here[_depth_transcript_object_type_0] = (
                        _index_transcript_object_type_0
                    )
                    transcript_object_type_0_item = TranscriptEntry.from_dict(
                        transcript_object_type_0_item_data, _check, _here
                    )

                    transcript_object_type_0.append(transcript_object_type_0_item)
                del _here[_depth_transcript_object_type_0:]

                return transcript_object_type_0
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(list[TranscriptEntry] | None | Unset, data)

        transcript_object = _parse_transcript_object(d.pop("transcript_object", UNSET))

        status = d.pop("status", UNSET)

        def _parse_provider_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_call_id = _parse_provider_call_id(d.pop("provider_call_id", UNSET))

        _here = [_root, "metadata"]

        def _parse_metadata(data: object) -> CallMetadataObject | None | str | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CallMetadataObject.from_dict(data, _check, _here)

                return metadata_type_0
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(CallMetadataObject | None | str | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _here = [_root, "variables"]

        def _parse_variables(data: object) -> list[str] | None | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variables_type_0 = cast(list[str], data)

                return variables_type_0
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(list[str] | None | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_answered_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answered_by = _parse_answered_by(d.pop("answered_by", UNSET))

        def _parse_call_recording_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        call_recording_enabled = _parse_call_recording_enabled(
            d.pop("call_recording_enabled", UNSET)
        )

        def _parse_call_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_recording_url = _parse_call_recording_url(
            d.pop("call_recording_url", UNSET)
        )

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_sentiment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sentiment = _parse_sentiment(d.pop("sentiment", UNSET))

        def _parse_is_billed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_billed = _parse_is_billed(d.pop("is_billed", UNSET))

        call = cls(
            call_analysis=call_analysis,
            protocol=protocol,
            call_id=call_id,
            from_number=from_number,
            to_number=to_number,
            assistant_id=assistant_id,
            assistant_name=assistant_name,
            voice_id=voice_id,
            voice_name=voice_name,
            start_time=start_time,
            end_time=end_time,
            call_duration_seconds=call_duration_seconds,
            call_type=call_type,
            transcript=transcript,
            transcript_object=transcript_object,
            status=status,
            provider_call_id=provider_call_id,
            metadata=metadata,
            variables=variables,
            answered_by=answered_by,
            call_recording_enabled=call_recording_enabled,
            call_recording_url=call_recording_url,
            campaign_id=campaign_id,
            sentiment=sentiment,
            is_billed=is_billed,
        )

        call.additional_properties = d
        if _check is not None:
            _checked(call, _check, _root, d)
        return call

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
from ..models.call_analysis import CallAnalysis  # noqa: E402
from ..models.call_metadata_object import CallMetadataObject  # noqa: E402
from ..models.transcript_entry import TranscriptEntry  # noqa: E402
