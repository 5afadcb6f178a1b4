from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_settings_model import (
    AssistantSettingsModel,
    check_assistant_settings_model,
)
from ..models.assistant_settings_who_speaks_first import (
    AssistantSettingsWhoSpeaksFirst,
    check_assistant_settings_who_speaks_first,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantCreate")


@_attrs_define
class AssistantCreate:
    """The body that creates an assistant.

    Attributes:
        name (str):  Example: My AI Assistant.
        voice (int): The numeric ID of the voice Example: 1.
        prompt (str):  Example: You are a helpful assistant..
        begin_message (str):  Example: Hello, how can I help you today?.
        model (AssistantSettingsModel | Unset):  Default: 'puretalk-plg'.
        who_speaks_first (AssistantSettingsWhoSpeaksFirst | Unset):  Default: 'assistant'.
        call_recording_enabled (bool | Unset):  Default: True.
        assistant_type (str | Unset):  Example: single_prompt.
        avatar (str | Unset):
        custom_knowledge_base (str | Unset):
        timezone (str | Unset):  Example: America/New_York.
        reminder_message_frequency (int | Unset):  Example: 1.
        max_reminder_messages (int | Unset):  Example: 1.
        voice_stability (float | str | Unset): A number from 0 to 1 (the docs' samples send it as a string) Example:
            0.5.
        voice_clarity_similarity (float | str | Unset): A number from 0 to 1 (the docs' samples send it as a string)
            Example: 0.5.
        voice_stream_latency_optimization (int | Unset):  Example: 2.
        voice_boost (bool | Unset):  Example: False.
        knowledge_base (str | Unset): UUID of a knowledge base Example: 0b7a1c8e-5d1e-4a39-9a65-0f0a5a0d1c11.
        template (str | Unset): UUID of a template Example: 4d3a2b1c-7e6f-4a5b-8c9d-0e1f2a3b4c5d.
        behavior (str | Unset): UUID of a behaviour Example: 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a.
    """

    name: str
    voice: int
    prompt: str
    begin_message: str
    model: AssistantSettingsModel | Unset = "puretalk-plg"
    who_speaks_first: AssistantSettingsWhoSpeaksFirst | Unset = "assistant"
    call_recording_enabled: bool | Unset = True
    assistant_type: str | Unset = UNSET
    avatar: str | Unset = UNSET
    custom_knowledge_base: str | Unset = UNSET
    timezone: str | Unset = UNSET
    reminder_message_frequency: int | Unset = UNSET
    max_reminder_messages: int | Unset = UNSET
    voice_stability: float | str | Unset = UNSET
    voice_clarity_similarity: float | str | Unset = UNSET
    voice_stream_latency_optimization: int | Unset = UNSET
    voice_boost: bool | Unset = UNSET
    knowledge_base: str | Unset = UNSET
    template: str | Unset = UNSET
    behavior: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        voice = self.voice

        prompt = self.prompt

        begin_message = self.begin_message

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        who_speaks_first: str | Unset = UNSET
        if not isinstance(self.who_speaks_first, Unset):
            who_speaks_first = self.who_speaks_first

        call_recording_enabled = self.call_recording_enabled

        assistant_type = self.assistant_type

        avatar = self.avatar

        custom_knowledge_base = self.custom_knowledge_base

        timezone = self.timezone

        reminder_message_frequency = self.reminder_message_frequency

        max_reminder_messages = self.max_reminder_messages

        voice_stability: float | str | Unset
        if isinstance(self.voice_stability, Unset):
            voice_stability = UNSET
        else:
            voice_stability = self.voice_stability

        voice_clarity_similarity: float | str | Unset
        if isinstance(self.voice_clarity_similarity, Unset):
            voice_clarity_similarity = UNSET
        else:
            voice_clarity_similarity = self.voice_clarity_similarity

        voice_stream_latency_optimization = self.voice_stream_latency_optimization

        voice_boost = self.voice_boost

        knowledge_base = self.knowledge_base

        template = self.template

        behavior = self.behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "voice": voice,
                "prompt": prompt,
                "begin_message": begin_message,
            }
        )
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
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        if template is not UNSET:
            field_dict["template"] = template
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        voice = d.pop("voice")

        prompt = d.pop("prompt")

        begin_message = d.pop("begin_message")

        _model = d.pop("model", UNSET)
        model: AssistantSettingsModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_assistant_settings_model(_model)

        _who_speaks_first = d.pop("who_speaks_first", UNSET)
        who_speaks_first: AssistantSettingsWhoSpeaksFirst | Unset
        if isinstance(_who_speaks_first, Unset):
            who_speaks_first = UNSET
        else:
            who_speaks_first = check_assistant_settings_who_speaks_first(
                _who_speaks_first
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

        knowledge_base = d.pop("knowledge_base", UNSET)

        template = d.pop("template", UNSET)

        behavior = d.pop("behavior", UNSET)

        assistant_create = cls(
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
            knowledge_base=knowledge_base,
            template=template,
            behavior=behavior,
        )

        assistant_create.additional_properties = d
        return assistant_create

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
