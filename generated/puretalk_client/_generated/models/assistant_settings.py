from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..models.assistant_settings_model import (
    AssistantSettingsModel,
    check_assistant_settings_model,
)
from ..models.assistant_settings_who_speaks_first import (
    AssistantSettingsWhoSpeaksFirst,
    check_assistant_settings_who_speaks_first,
)
from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="AssistantSettings")


@_attrs_define(init=False, repr=False)
class AssistantSettings(_BaseModel):
    """The settings an assistant is created or updated with.

    Attributes:
        name (str | None):  Example: My AI Assistant.
        voice (int | None): The numeric ID of the voice Example: 1.
        prompt (str | None):  Example: You are a helpful assistant..
        begin_message (str | None):  Example: Hello, how can I help you today?.
        model (AssistantSettingsModel | None):  Default: 'puretalk-plg'.
        who_speaks_first (AssistantSettingsWhoSpeaksFirst | None):  Default: 'assistant'.
        call_recording_enabled (bool | None):  Default: True.
        assistant_type (str | None):  Example: single_prompt.
        avatar (str | None):
        custom_knowledge_base (str | None):
        timezone (str | None):  Example: America/New_York.
        reminder_message_frequency (int | None):  Example: 1.
        max_reminder_messages (int | None):  Example: 1.
        voice_stability (float | str | None): A number from 0 to 1 (the docs' samples send it as a string) Example: 0.5.
        voice_clarity_similarity (float | str | None): A number from 0 to 1 (the docs' samples send it as a string)
            Example: 0.5.
        voice_stream_latency_optimization (int | None):  Example: 2.
        voice_boost (bool | None):  Example: False.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _name: str | NotGiven
    _voice: int | NotGiven
    _prompt: str | NotGiven
    _begin_message: str | NotGiven
    _model: AssistantSettingsModel | NotGiven
    _who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven
    _call_recording_enabled: bool | NotGiven
    _assistant_type: str | NotGiven
    _avatar: str | NotGiven
    _custom_knowledge_base: str | NotGiven
    _timezone: str | NotGiven
    _reminder_message_frequency: int | NotGiven
    _max_reminder_messages: int | NotGiven
    _voice_stability: float | str | NotGiven
    _voice_clarity_similarity: float | str | NotGiven
    _voice_stream_latency_optimization: int | NotGiven
    _voice_boost: bool | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "name",
        "voice",
        "prompt",
        "begin_message",
        "model",
        "who_speaks_first",
        "call_recording_enabled",
        "assistant_type",
        "avatar",
        "custom_knowledge_base",
        "timezone",
        "reminder_message_frequency",
        "max_reminder_messages",
        "voice_stability",
        "voice_clarity_similarity",
        "voice_stream_latency_optimization",
        "voice_boost",
    )

    def __init__(
        self,
        name: str | NotGiven = UNSET,
        voice: int | NotGiven = UNSET,
        prompt: str | NotGiven = UNSET,
        begin_message: str | NotGiven = UNSET,
        model: AssistantSettingsModel | NotGiven = "puretalk-plg",
        who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven = "assistant",
        call_recording_enabled: bool | NotGiven = True,
        assistant_type: str | NotGiven = UNSET,
        avatar: str | NotGiven = UNSET,
        custom_knowledge_base: str | NotGiven = UNSET,
        timezone: str | NotGiven = UNSET,
        reminder_message_frequency: int | NotGiven = UNSET,
        max_reminder_messages: int | NotGiven = UNSET,
        voice_stability: float | str | NotGiven = UNSET,
        voice_clarity_similarity: float | str | NotGiven = UNSET,
        voice_stream_latency_optimization: int | NotGiven = UNSET,
        voice_boost: bool | NotGiven = UNSET,
    ) -> None:
        self._name = name
        self._voice = voice
        self._prompt = prompt
        self._begin_message = begin_message
        self._model = model
        self._who_speaks_first = who_speaks_first
        self._call_recording_enabled = call_recording_enabled
        self._assistant_type = assistant_type
        self._avatar = avatar
        self._custom_knowledge_base = custom_knowledge_base
        self._timezone = timezone
        self._reminder_message_frequency = reminder_message_frequency
        self._max_reminder_messages = max_reminder_messages
        self._voice_stability = voice_stability
        self._voice_clarity_similarity = voice_clarity_similarity
        self._voice_stream_latency_optimization = voice_stream_latency_optimization
        self._voice_boost = voice_boost
        self.additional_properties = {}

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def voice(self) -> int | None:
        """The numeric ID of the voice"""
        return None if isinstance(self._voice, Unset) else self._voice

    @voice.setter
    def voice(self, value: int | NotGiven) -> None:
        self._voice = value

    @property
    def prompt(self) -> str | None:
        return None if isinstance(self._prompt, Unset) else self._prompt

    @prompt.setter
    def prompt(self, value: str | NotGiven) -> None:
        self._prompt = value

    @property
    def begin_message(self) -> str | None:
        return None if isinstance(self._begin_message, Unset) else self._begin_message

    @begin_message.setter
    def begin_message(self, value: str | NotGiven) -> None:
        self._begin_message = value

    @property
    def model(self) -> AssistantSettingsModel | None:
        return None if isinstance(self._model, Unset) else self._model

    @model.setter
    def model(self, value: AssistantSettingsModel | NotGiven) -> None:
        self._model = value

    @property
    def who_speaks_first(self) -> AssistantSettingsWhoSpeaksFirst | None:
        return (
            None
            if isinstance(self._who_speaks_first, Unset)
            else self._who_speaks_first
        )

    @who_speaks_first.setter
    def who_speaks_first(
        self, value: AssistantSettingsWhoSpeaksFirst | NotGiven
    ) -> None:
        self._who_speaks_first = value

    @property
    def call_recording_enabled(self) -> bool | None:
        return (
            None
            if isinstance(self._call_recording_enabled, Unset)
            else self._call_recording_enabled
        )

    @call_recording_enabled.setter
    def call_recording_enabled(self, value: bool | NotGiven) -> None:
        self._call_recording_enabled = value

    @property
    def assistant_type(self) -> str | None:
        return None if isinstance(self._assistant_type, Unset) else self._assistant_type

    @assistant_type.setter
    def assistant_type(self, value: str | NotGiven) -> None:
        self._assistant_type = value

    @property
    def avatar(self) -> str | None:
        return None if isinstance(self._avatar, Unset) else self._avatar

    @avatar.setter
    def avatar(self, value: str | NotGiven) -> None:
        self._avatar = value

    @property
    def custom_knowledge_base(self) -> str | None:
        return (
            None
            if isinstance(self._custom_knowledge_base, Unset)
            else self._custom_knowledge_base
        )

    @custom_knowledge_base.setter
    def custom_knowledge_base(self, value: str | NotGiven) -> None:
        self._custom_knowledge_base = value

    @property
    def timezone(self) -> str | None:
        return None if isinstance(self._timezone, Unset) else self._timezone

    @timezone.setter
    def timezone(self, value: str | NotGiven) -> None:
        self._timezone = value

    @property
    def reminder_message_frequency(self) -> int | None:
        return (
            None
            if isinstance(self._reminder_message_frequency, Unset)
            else self._reminder_message_frequency
        )

    @reminder_message_frequency.setter
    def reminder_message_frequency(self, value: int | NotGiven) -> None:
        self._reminder_message_frequency = value

    @property
    def max_reminder_messages(self) -> int | None:
        return (
            None
            if isinstance(self._max_reminder_messages, Unset)
            else self._max_reminder_messages
        )

    @max_reminder_messages.setter
    def max_reminder_messages(self, value: int | NotGiven) -> None:
        self._max_reminder_messages = value

    @property
    def voice_stability(self) -> float | str | None:
        """A number from 0 to 1 (the docs' samples send it as a string)"""
        return (
            None if isinstance(self._voice_stability, Unset) else self._voice_stability
        )

    @voice_stability.setter
    def voice_stability(self, value: float | str | NotGiven) -> None:
        self._voice_stability = value

    @property
    def voice_clarity_similarity(self) -> float | str | None:
        """A number from 0 to 1 (the docs' samples send it as a string)"""
        return (
            None
            if isinstance(self._voice_clarity_similarity, Unset)
            else self._voice_clarity_similarity
        )

    @voice_clarity_similarity.setter
    def voice_clarity_similarity(self, value: float | str | NotGiven) -> None:
        self._voice_clarity_similarity = value

    @property
    def voice_stream_latency_optimization(self) -> int | None:
        return (
            None
            if isinstance(self._voice_stream_latency_optimization, Unset)
            else self._voice_stream_latency_optimization
        )

    @voice_stream_latency_optimization.setter
    def voice_stream_latency_optimization(self, value: int | NotGiven) -> None:
        self._voice_stream_latency_optimization = value

    @property
    def voice_boost(self) -> bool | None:
        return None if isinstance(self._voice_boost, Unset) else self._voice_boost

    @voice_boost.setter
    def voice_boost(self, value: bool | NotGiven) -> None:
        self._voice_boost = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        name = self._name

        voice = self._voice

        prompt = self._prompt

        begin_message = self._begin_message

        model: str | Unset = UNSET
        if not isinstance(self._model, Unset):
            model = self._model

        who_speaks_first: str | Unset = UNSET
        if not isinstance(self._who_speaks_first, Unset):
            who_speaks_first = self._who_speaks_first

        call_recording_enabled = self._call_recording_enabled

        assistant_type = self._assistant_type

        avatar = self._avatar

        custom_knowledge_base = self._custom_knowledge_base

        timezone = self._timezone

        reminder_message_frequency = self._reminder_message_frequency

        max_reminder_messages = self._max_reminder_messages

        voice_stability: float | str | Unset
        if isinstance(self._voice_stability, Unset):
            voice_stability = UNSET
        else:
            voice_stability = self._voice_stability

        voice_clarity_similarity: float | str | Unset
        if isinstance(self._voice_clarity_similarity, Unset):
            voice_clarity_similarity = UNSET
        else:
            voice_clarity_similarity = self._voice_clarity_similarity

        voice_stream_latency_optimization = self._voice_stream_latency_optimization

        voice_boost = self._voice_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if voice is not UNSET:
            field_dict["voice"] = voice
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if begin_message is not UNSET:
            field_dict["begin_message"] = begin_message
        if model is not UNSET:
            field_dict["model"] = model
        if who_speaks_first is not UNSET:
            field_dict["who_speaks_first"] = who_speaks_first
        if call_recording_enabled is not UNSET:
            field_dict["call_recording_enabled"] = call_recording_enabled
        if assistant_type is not UNSET:
            field_dict["assistant_type"] = assistant_type
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if custom_knowledge_base is not UNSET:
            field_dict["custom_knowledge_base"] = custom_knowledge_base
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if reminder_message_frequency is not UNSET:
            field_dict["reminder_message_frequency"] = reminder_message_frequency
        if max_reminder_messages is not UNSET:
            field_dict["max_reminder_messages"] = max_reminder_messages
        if voice_stability is not UNSET:
            field_dict["voice_stability"] = voice_stability
        if voice_clarity_similarity is not UNSET:
            field_dict["voice_clarity_similarity"] = voice_clarity_similarity
        if voice_stream_latency_optimization is not UNSET:
            field_dict["voice_stream_latency_optimization"] = (
                voice_stream_latency_optimization
            )
        if voice_boost is not UNSET:
            field_dict["voice_boost"] = voice_boost

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
        name = d.pop("name", UNSET)

        voice = d.pop("voice", UNSET)

        prompt = d.pop("prompt", UNSET)

        begin_message = d.pop("begin_message", UNSET)

        _model = d.pop("model", UNSET)
        model: AssistantSettingsModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = (
                _model if _check is not None else check_assistant_settings_model(_model)
            )

        _who_speaks_first = d.pop("who_speaks_first", UNSET)
        who_speaks_first: AssistantSettingsWhoSpeaksFirst | Unset
        if isinstance(_who_speaks_first, Unset):
            who_speaks_first = UNSET
        else:
            who_speaks_first = (
                _who_speaks_first
                if _check is not None
                else check_assistant_settings_who_speaks_first(_who_speaks_first)
            )

        call_recording_enabled = d.pop("call_recording_enabled", UNSET)

        assistant_type = d.pop("assistant_type", UNSET)

        avatar = d.pop("avatar", UNSET)

        custom_knowledge_base = d.pop("custom_knowledge_base", UNSET)

        timezone = d.pop("timezone", UNSET)

        reminder_message_frequency = d.pop("reminder_message_frequency", UNSET)

        max_reminder_messages = d.pop("max_reminder_messages", UNSET)

        def _parse_voice_stability(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        voice_stability = _parse_voice_stability(d.pop("voice_stability", UNSET))

        def _parse_voice_clarity_similarity(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        voice_clarity_similarity = _parse_voice_clarity_similarity(
            d.pop("voice_clarity_similarity", UNSET)
        )

        voice_stream_latency_optimization = d.pop(
            "voice_stream_latency_optimization", UNSET
        )

        voice_boost = d.pop("voice_boost", UNSET)

        assistant_settings = cls(
            name=name,
            voice=voice,
            prompt=prompt,
            begin_message=begin_message,
            model=model,
            who_speaks_first=who_speaks_first,
            call_recording_enabled=call_recording_enabled,
            assistant_type=assistant_type,
            avatar=avatar,
            custom_knowledge_base=custom_knowledge_base,
            timezone=timezone,
            reminder_message_frequency=reminder_message_frequency,
            max_reminder_messages=max_reminder_messages,
            voice_stability=voice_stability,
            voice_clarity_similarity=voice_clarity_similarity,
            voice_stream_latency_optimization=voice_stream_latency_optimization,
            voice_boost=voice_boost,
        )

        assistant_settings.additional_properties = d
        if _check is not None:
            _checked(assistant_settings, _check, _root, d)
        return assistant_settings

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
