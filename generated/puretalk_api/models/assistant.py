from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User
    from ..models.voice import Voice


T = TypeVar("T", bound="Assistant")


@_attrs_define
class Assistant:
    """An AI assistant as the API returns it.

    Attributes:
        id (int | Unset): Numeric record ID (older API versions only) Example: 1.
        assistant_id (str | Unset):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        user (int | None | Unset | User): The owner, as an object (or its numeric ID on older API versions)
        voice (int | None | Unset | Voice): The voice, as an object (or its numeric ID on older API versions)
        llm_states (list[Any] | Unset):
        phone_number (None | str | Unset):
        variables (list[Any] | Unset):
        knowledge_base (None | str | Unset):
        name (str | Unset):  Example: My AI Assistant.
        prompt (None | str | Unset):  Example: You are a helpful assistant..
        model (None | str | Unset):  Example: gpt-3.5-turbo.
        who_speaks_first (None | str | Unset):  Example: assistant.
        begin_message (None | str | Unset):  Example: Hello, how can I help you today?.
        assistant_type (None | str | Unset):  Example: single_prompt.
        avatar (None | str | Unset):
        custom_knowledge_base (None | str | Unset):
        timezone (None | str | Unset):  Example: America/New_York.
        voice_stability (float | None | Unset):  Example: 0.5.
        voice_clarity_similarity (float | None | Unset):  Example: 0.5.
        voice_stream_latency_optimization (int | None | Unset):  Example: 2.
        voice_boost (bool | None | Unset):  Example: False.
        voice_speed (float | None | Unset):  Example: 0.
        voice_emotion (list[Any] | Unset):
        call_recording_enabled (bool | None | Unset):  Example: True.
        reminder_message_frequency (int | None | Unset):  Example: 1.
        max_reminder_messages (int | None | Unset):  Example: 1.
        post_analysis (None | str | Unset):
        chatbot_logo (None | str | Unset):
        chatbot_accent_color (None | str | Unset):
        chatbot_faq (None | str | Unset):
        chatbot_whitelisted_domains (list[str] | None | Unset):
        chatbot_begin_message (None | str | Unset):
        tools (None | str | Unset):
        created_at (datetime.datetime | Unset):  Example: 2023-11-07T05:31:56Z.
        updated_at (datetime.datetime | Unset):  Example: 2023-11-07T05:31:56Z.
        behavior (int | None | str | Unset): The behaviour, by numeric ID (responses) or UUID Example: 1.
    """

    id: int | Unset = UNSET
    assistant_id: str | Unset = UNSET
    user: int | None | Unset | User = UNSET
    voice: int | None | Unset | Voice = UNSET
    llm_states: list[Any] | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    variables: list[Any] | Unset = UNSET
    knowledge_base: None | str | Unset = UNSET
    name: str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    who_speaks_first: None | str | Unset = UNSET
    begin_message: None | str | Unset = UNSET
    assistant_type: None | str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    custom_knowledge_base: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    voice_stability: float | None | Unset = UNSET
    voice_clarity_similarity: float | None | Unset = UNSET
    voice_stream_latency_optimization: int | None | Unset = UNSET
    voice_boost: bool | None | Unset = UNSET
    voice_speed: float | None | Unset = UNSET
    voice_emotion: list[Any] | Unset = UNSET
    call_recording_enabled: bool | None | Unset = UNSET
    reminder_message_frequency: int | None | Unset = UNSET
    max_reminder_messages: int | None | Unset = UNSET
    post_analysis: None | str | Unset = UNSET
    chatbot_logo: None | str | Unset = UNSET
    chatbot_accent_color: None | str | Unset = UNSET
    chatbot_faq: None | str | Unset = UNSET
    chatbot_whitelisted_domains: list[str] | None | Unset = UNSET
    chatbot_begin_message: None | str | Unset = UNSET
    tools: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    behavior: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user import User  # noqa: PLC0415
        from ..models.voice import Voice  # noqa: PLC0415

        id = self.id

        assistant_id = self.assistant_id

        user: dict[str, Any] | int | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        voice: dict[str, Any] | int | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, Voice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        llm_states: list[Any] | Unset = UNSET
        if not isinstance(self.llm_states, Unset):
            llm_states = self.llm_states

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        variables: list[Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        knowledge_base: None | str | Unset
        if isinstance(self.knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = self.knowledge_base

        name = self.name

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        who_speaks_first: None | str | Unset
        if isinstance(self.who_speaks_first, Unset):
            who_speaks_first = UNSET
        else:
            who_speaks_first = self.who_speaks_first

        begin_message: None | str | Unset
        if isinstance(self.begin_message, Unset):
            begin_message = UNSET
        else:
            begin_message = self.begin_message

        assistant_type: None | str | Unset
        if isinstance(self.assistant_type, Unset):
            assistant_type = UNSET
        else:
            assistant_type = self.assistant_type

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        custom_knowledge_base: None | str | Unset
        if isinstance(self.custom_knowledge_base, Unset):
            custom_knowledge_base = UNSET
        else:
            custom_knowledge_base = self.custom_knowledge_base

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        voice_stability: float | None | Unset
        if isinstance(self.voice_stability, Unset):
            voice_stability = UNSET
        else:
            voice_stability = self.voice_stability

        voice_clarity_similarity: float | None | Unset
        if isinstance(self.voice_clarity_similarity, Unset):
            voice_clarity_similarity = UNSET
        else:
            voice_clarity_similarity = self.voice_clarity_similarity

        voice_stream_latency_optimization: int | None | Unset
        if isinstance(self.voice_stream_latency_optimization, Unset):
            voice_stream_latency_optimization = UNSET
        else:
            voice_stream_latency_optimization = self.voice_stream_latency_optimization

        voice_boost: bool | None | Unset
        if isinstance(self.voice_boost, Unset):
            voice_boost = UNSET
        else:
            voice_boost = self.voice_boost

        voice_speed: float | None | Unset
        if isinstance(self.voice_speed, Unset):
            voice_speed = UNSET
        else:
            voice_speed = self.voice_speed

        voice_emotion: list[Any] | Unset = UNSET
        if not isinstance(self.voice_emotion, Unset):
            voice_emotion = self.voice_emotion

        call_recording_enabled: bool | None | Unset
        if isinstance(self.call_recording_enabled, Unset):
            call_recording_enabled = UNSET
        else:
            call_recording_enabled = self.call_recording_enabled

        reminder_message_frequency: int | None | Unset
        if isinstance(self.reminder_message_frequency, Unset):
            reminder_message_frequency = UNSET
        else:
            reminder_message_frequency = self.reminder_message_frequency

        max_reminder_messages: int | None | Unset
        if isinstance(self.max_reminder_messages, Unset):
            max_reminder_messages = UNSET
        else:
            max_reminder_messages = self.max_reminder_messages

        post_analysis: None | str | Unset
        if isinstance(self.post_analysis, Unset):
            post_analysis = UNSET
        else:
            post_analysis = self.post_analysis

        chatbot_logo: None | str | Unset
        if isinstance(self.chatbot_logo, Unset):
            chatbot_logo = UNSET
        else:
            chatbot_logo = self.chatbot_logo

        chatbot_accent_color: None | str | Unset
        if isinstance(self.chatbot_accent_color, Unset):
            chatbot_accent_color = UNSET
        else:
            chatbot_accent_color = self.chatbot_accent_color

        chatbot_faq: None | str | Unset
        if isinstance(self.chatbot_faq, Unset):
            chatbot_faq = UNSET
        else:
            chatbot_faq = self.chatbot_faq

        chatbot_whitelisted_domains: list[str] | None | Unset
        if isinstance(self.chatbot_whitelisted_domains, Unset):
            chatbot_whitelisted_domains = UNSET
        elif isinstance(self.chatbot_whitelisted_domains, list):
            chatbot_whitelisted_domains = self.chatbot_whitelisted_domains

        else:
            chatbot_whitelisted_domains = self.chatbot_whitelisted_domains

        chatbot_begin_message: None | str | Unset
        if isinstance(self.chatbot_begin_message, Unset):
            chatbot_begin_message = UNSET
        else:
            chatbot_begin_message = self.chatbot_begin_message

        tools: None | str | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        else:
            tools = self.tools

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        behavior: int | None | str | Unset
        if isinstance(self.behavior, Unset):
            behavior = UNSET
        else:
            behavior = self.behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if user is not UNSET:
            field_dict["user"] = user
        if voice is not UNSET:
            field_dict["voice"] = voice
        if llm_states is not UNSET:
            field_dict["llm_states"] = llm_states
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if variables is not UNSET:
            field_dict["variables"] = variables
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model
        if who_speaks_first is not UNSET:
            field_dict["who_speaks_first"] = who_speaks_first
        if begin_message is not UNSET:
            field_dict["begin_message"] = begin_message
        if assistant_type is not UNSET:
            field_dict["assistant_type"] = assistant_type
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if custom_knowledge_base is not UNSET:
            field_dict["custom_knowledge_base"] = custom_knowledge_base
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
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
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed
        if voice_emotion is not UNSET:
            field_dict["voice_emotion"] = voice_emotion
        if call_recording_enabled is not UNSET:
            field_dict["call_recording_enabled"] = call_recording_enabled
        if reminder_message_frequency is not UNSET:
            field_dict["reminder_message_frequency"] = reminder_message_frequency
        if max_reminder_messages is not UNSET:
            field_dict["max_reminder_messages"] = max_reminder_messages
        if post_analysis is not UNSET:
            field_dict["post_analysis"] = post_analysis
        if chatbot_logo is not UNSET:
            field_dict["chatbot_logo"] = chatbot_logo
        if chatbot_accent_color is not UNSET:
            field_dict["chatbot_accent_color"] = chatbot_accent_color
        if chatbot_faq is not UNSET:
            field_dict["chatbot_faq"] = chatbot_faq
        if chatbot_whitelisted_domains is not UNSET:
            field_dict["chatbot_whitelisted_domains"] = chatbot_whitelisted_domains
        if chatbot_begin_message is not UNSET:
            field_dict["chatbot_begin_message"] = chatbot_begin_message
        if tools is not UNSET:
            field_dict["tools"] = tools
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415
        from ..models.voice import Voice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        assistant_id = d.pop("assistant_id", UNSET)

        def _parse_user(data: object) -> int | None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset | User, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_voice(data: object) -> int | None | Unset | Voice:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_0 = Voice.from_dict(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset | Voice, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        llm_states: list[Any] | Unset = d.pop("llm_states", UNSET)

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        variables: list[Any] | Unset = d.pop("variables", UNSET)

        def _parse_knowledge_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        knowledge_base = _parse_knowledge_base(d.pop("knowledge_base", UNSET))

        name = d.pop("name", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_who_speaks_first(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        who_speaks_first = _parse_who_speaks_first(d.pop("who_speaks_first", UNSET))

        def _parse_begin_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        begin_message = _parse_begin_message(d.pop("begin_message", UNSET))

        def _parse_assistant_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assistant_type = _parse_assistant_type(d.pop("assistant_type", UNSET))

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_custom_knowledge_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_knowledge_base = _parse_custom_knowledge_base(
            d.pop("custom_knowledge_base", UNSET)
        )

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_voice_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_stability = _parse_voice_stability(d.pop("voice_stability", UNSET))

        def _parse_voice_clarity_similarity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_clarity_similarity = _parse_voice_clarity_similarity(
            d.pop("voice_clarity_similarity", UNSET)
        )

        def _parse_voice_stream_latency_optimization(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        voice_stream_latency_optimization = _parse_voice_stream_latency_optimization(
            d.pop("voice_stream_latency_optimization", UNSET)
        )

        def _parse_voice_boost(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        voice_boost = _parse_voice_boost(d.pop("voice_boost", UNSET))

        def _parse_voice_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_speed = _parse_voice_speed(d.pop("voice_speed", UNSET))

        voice_emotion: list[Any] | Unset = d.pop("voice_emotion", UNSET)

        def _parse_call_recording_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        call_recording_enabled = _parse_call_recording_enabled(
            d.pop("call_recording_enabled", UNSET)
        )

        def _parse_reminder_message_frequency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reminder_message_frequency = _parse_reminder_message_frequency(
            d.pop("reminder_message_frequency", UNSET)
        )

        def _parse_max_reminder_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_reminder_messages = _parse_max_reminder_messages(
            d.pop("max_reminder_messages", UNSET)
        )

        def _parse_post_analysis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_analysis = _parse_post_analysis(d.pop("post_analysis", UNSET))

        def _parse_chatbot_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chatbot_logo = _parse_chatbot_logo(d.pop("chatbot_logo", UNSET))

        def _parse_chatbot_accent_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chatbot_accent_color = _parse_chatbot_accent_color(
            d.pop("chatbot_accent_color", UNSET)
        )

        def _parse_chatbot_faq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chatbot_faq = _parse_chatbot_faq(d.pop("chatbot_faq", UNSET))

        def _parse_chatbot_whitelisted_domains(
            data: object,
        ) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                chatbot_whitelisted_domains_type_0 = cast(list[str], data)

                return chatbot_whitelisted_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        chatbot_whitelisted_domains = _parse_chatbot_whitelisted_domains(
            d.pop("chatbot_whitelisted_domains", UNSET)
        )

        def _parse_chatbot_begin_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chatbot_begin_message = _parse_chatbot_begin_message(
            d.pop("chatbot_begin_message", UNSET)
        )

        def _parse_tools(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

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

        def _parse_behavior(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        behavior = _parse_behavior(d.pop("behavior", UNSET))

        assistant = cls(
            id=id,
            assistant_id=assistant_id,
            user=user,
            voice=voice,
            llm_states=llm_states,
            phone_number=phone_number,
            variables=variables,
            knowledge_base=knowledge_base,
            name=name,
            prompt=prompt,
            model=model,
            who_speaks_first=who_speaks_first,
            begin_message=begin_message,
            assistant_type=assistant_type,
            avatar=avatar,
            custom_knowledge_base=custom_knowledge_base,
            timezone=timezone,
            voice_stability=voice_stability,
            voice_clarity_similarity=voice_clarity_similarity,
            voice_stream_latency_optimization=voice_stream_latency_optimization,
            voice_boost=voice_boost,
            voice_speed=voice_speed,
            voice_emotion=voice_emotion,
            call_recording_enabled=call_recording_enabled,
            reminder_message_frequency=reminder_message_frequency,
            max_reminder_messages=max_reminder_messages,
            post_analysis=post_analysis,
            chatbot_logo=chatbot_logo,
            chatbot_accent_color=chatbot_accent_color,
            chatbot_faq=chatbot_faq,
            chatbot_whitelisted_domains=chatbot_whitelisted_domains,
            chatbot_begin_message=chatbot_begin_message,
            tools=tools,
            created_at=created_at,
            updated_at=updated_at,
            behavior=behavior,
        )

        assistant.additional_properties = d
        return assistant

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
