from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import ResponseMismatch as _ResponseMismatch
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.user import User
    from ..models.voice import Voice


T = TypeVar("T", bound="Assistant")


@_attrs_define(init=False, repr=False)
class Assistant(_BaseModel):
    """An AI assistant as the API returns it.

    Attributes:
        id (int | None): Numeric record ID (older API versions only) Example: 1.
        assistant_id (str | None):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        user (int | User | None): The owner, as an object (or its numeric ID on older API versions)
        voice (int | Voice | None): The voice, as an object (or its numeric ID on older API versions)
        llm_states (list[Any] | None):
        phone_number (str | None):
        variables (list[Any] | None):
        knowledge_base (str | None):
        name (str | None):  Example: My AI Assistant.
        prompt (str | None):  Example: You are a helpful assistant..
        model (str | None):  Example: gpt-3.5-turbo.
        who_speaks_first (str | None):  Example: assistant.
        begin_message (str | None):  Example: Hello, how can I help you today?.
        assistant_type (str | None):  Example: single_prompt.
        avatar (str | None):
        custom_knowledge_base (str | None):
        timezone (str | None):  Example: America/New_York.
        voice_stability (float | None):  Example: 0.5.
        voice_clarity_similarity (float | None):  Example: 0.5.
        voice_stream_latency_optimization (int | None):  Example: 2.
        voice_boost (bool | None):  Example: False.
        voice_speed (float | None):  Example: 0.
        voice_emotion (list[Any] | None):
        call_recording_enabled (bool | None):  Example: True.
        reminder_message_frequency (int | None):  Example: 1.
        max_reminder_messages (int | None):  Example: 1.
        post_analysis (str | None):
        chatbot_logo (str | None):
        chatbot_accent_color (str | None):
        chatbot_faq (str | None):
        chatbot_whitelisted_domains (list[str] | None):
        chatbot_begin_message (str | None):
        tools (str | None):
        created_at (datetime.datetime | None):  Example: 2023-11-07T05:31:56Z.
        updated_at (datetime.datetime | None):  Example: 2023-11-07T05:31:56Z.
        behavior (int | str | None): The behaviour, by numeric ID (responses) or UUID Example: 1.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _id: int | NotGiven
    _assistant_id: str | NotGiven
    _user: int | None | User | NotGiven
    _voice: int | None | Voice | NotGiven
    _llm_states: list[Any] | NotGiven
    _phone_number: None | str | NotGiven
    _variables: list[Any] | NotGiven
    _knowledge_base: None | str | NotGiven
    _name: str | NotGiven
    _prompt: None | str | NotGiven
    _model: None | str | NotGiven
    _who_speaks_first: None | str | NotGiven
    _begin_message: None | str | NotGiven
    _assistant_type: None | str | NotGiven
    _avatar: None | str | NotGiven
    _custom_knowledge_base: None | str | NotGiven
    _timezone: None | str | NotGiven
    _voice_stability: float | None | NotGiven
    _voice_clarity_similarity: float | None | NotGiven
    _voice_stream_latency_optimization: int | None | NotGiven
    _voice_boost: bool | None | NotGiven
    _voice_speed: float | None | NotGiven
    _voice_emotion: list[Any] | NotGiven
    _call_recording_enabled: bool | None | NotGiven
    _reminder_message_frequency: int | None | NotGiven
    _max_reminder_messages: int | None | NotGiven
    _post_analysis: None | str | NotGiven
    _chatbot_logo: None | str | NotGiven
    _chatbot_accent_color: None | str | NotGiven
    _chatbot_faq: None | str | NotGiven
    _chatbot_whitelisted_domains: list[str] | None | NotGiven
    _chatbot_begin_message: None | str | NotGiven
    _tools: None | str | NotGiven
    _created_at: datetime.datetime | NotGiven
    _updated_at: datetime.datetime | NotGiven
    _behavior: int | None | str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "id",
        "assistant_id",
        "user",
        "voice",
        "llm_states",
        "phone_number",
        "variables",
        "knowledge_base",
        "name",
        "prompt",
        "model",
        "who_speaks_first",
        "begin_message",
        "assistant_type",
        "avatar",
        "custom_knowledge_base",
        "timezone",
        "voice_stability",
        "voice_clarity_similarity",
        "voice_stream_latency_optimization",
        "voice_boost",
        "voice_speed",
        "voice_emotion",
        "call_recording_enabled",
        "reminder_message_frequency",
        "max_reminder_messages",
        "post_analysis",
        "chatbot_logo",
        "chatbot_accent_color",
        "chatbot_faq",
        "chatbot_whitelisted_domains",
        "chatbot_begin_message",
        "tools",
        "created_at",
        "updated_at",
        "behavior",
    )

    def __init__(
        self,
        id: int | NotGiven = UNSET,
        assistant_id: str | NotGiven = UNSET,
        user: int | None | User | NotGiven = UNSET,
        voice: int | None | Voice | NotGiven = UNSET,
        llm_states: list[Any] | NotGiven = UNSET,
        phone_number: None | str | NotGiven = UNSET,
        variables: list[Any] | NotGiven = UNSET,
        knowledge_base: None | str | NotGiven = UNSET,
        name: str | NotGiven = UNSET,
        prompt: None | str | NotGiven = UNSET,
        model: None | str | NotGiven = UNSET,
        who_speaks_first: None | str | NotGiven = UNSET,
        begin_message: None | str | NotGiven = UNSET,
        assistant_type: None | str | NotGiven = UNSET,
        avatar: None | str | NotGiven = UNSET,
        custom_knowledge_base: None | str | NotGiven = UNSET,
        timezone: None | str | NotGiven = UNSET,
        voice_stability: float | None | NotGiven = UNSET,
        voice_clarity_similarity: float | None | NotGiven = UNSET,
        voice_stream_latency_optimization: int | None | NotGiven = UNSET,
        voice_boost: bool | None | NotGiven = UNSET,
        voice_speed: float | None | NotGiven = UNSET,
        voice_emotion: list[Any] | NotGiven = UNSET,
        call_recording_enabled: bool | None | NotGiven = UNSET,
        reminder_message_frequency: int | None | NotGiven = UNSET,
        max_reminder_messages: int | None | NotGiven = UNSET,
        post_analysis: None | str | NotGiven = UNSET,
        chatbot_logo: None | str | NotGiven = UNSET,
        chatbot_accent_color: None | str | NotGiven = UNSET,
        chatbot_faq: None | str | NotGiven = UNSET,
        chatbot_whitelisted_domains: list[str] | None | NotGiven = UNSET,
        chatbot_begin_message: None | str | NotGiven = UNSET,
        tools: None | str | NotGiven = UNSET,
        created_at: datetime.datetime | NotGiven = UNSET,
        updated_at: datetime.datetime | NotGiven = UNSET,
        behavior: int | None | str | NotGiven = UNSET,
    ) -> None:
        self._id = id
        self._assistant_id = assistant_id
        self._user = user
        self._voice = voice
        self._llm_states = llm_states
        self._phone_number = phone_number
        self._variables = variables
        self._knowledge_base = knowledge_base
        self._name = name
        self._prompt = prompt
        self._model = model
        self._who_speaks_first = who_speaks_first
        self._begin_message = begin_message
        self._assistant_type = assistant_type
        self._avatar = avatar
        self._custom_knowledge_base = custom_knowledge_base
        self._timezone = timezone
        self._voice_stability = voice_stability
        self._voice_clarity_similarity = voice_clarity_similarity
        self._voice_stream_latency_optimization = voice_stream_latency_optimization
        self._voice_boost = voice_boost
        self._voice_speed = voice_speed
        self._voice_emotion = voice_emotion
        self._call_recording_enabled = call_recording_enabled
        self._reminder_message_frequency = reminder_message_frequency
        self._max_reminder_messages = max_reminder_messages
        self._post_analysis = post_analysis
        self._chatbot_logo = chatbot_logo
        self._chatbot_accent_color = chatbot_accent_color
        self._chatbot_faq = chatbot_faq
        self._chatbot_whitelisted_domains = chatbot_whitelisted_domains
        self._chatbot_begin_message = chatbot_begin_message
        self._tools = tools
        self._created_at = created_at
        self._updated_at = updated_at
        self._behavior = behavior
        self.additional_properties = {}

    @property
    def id(self) -> int | None:
        """Numeric record ID (older API versions only)"""
        return None if isinstance(self._id, Unset) else self._id

    @id.setter
    def id(self, value: int | NotGiven) -> None:
        self._id = value

    @property
    def assistant_id(self) -> str | None:
        return None if isinstance(self._assistant_id, Unset) else self._assistant_id

    @assistant_id.setter
    def assistant_id(self, value: str | NotGiven) -> None:
        self._assistant_id = value

    @property
    def user(self) -> int | User | None:
        """The owner, as an object (or its numeric ID on older API versions)"""
        return None if isinstance(self._user, Unset) else self._user

    @user.setter
    def user(self, value: int | None | User | NotGiven) -> None:
        self._user = value

    @property
    def voice(self) -> int | Voice | None:
        """The voice, as an object (or its numeric ID on older API versions)"""
        return None if isinstance(self._voice, Unset) else self._voice

    @voice.setter
    def voice(self, value: int | None | Voice | NotGiven) -> None:
        self._voice = value

    @property
    def llm_states(self) -> list[Any] | None:
        return None if isinstance(self._llm_states, Unset) else self._llm_states

    @llm_states.setter
    def llm_states(self, value: list[Any] | NotGiven) -> None:
        self._llm_states = value

    @property
    def phone_number(self) -> str | None:
        return None if isinstance(self._phone_number, Unset) else self._phone_number

    @phone_number.setter
    def phone_number(self, value: None | str | NotGiven) -> None:
        self._phone_number = value

    @property
    def variables(self) -> list[Any] | None:
        return None if isinstance(self._variables, Unset) else self._variables

    @variables.setter
    def variables(self, value: list[Any] | NotGiven) -> None:
        self._variables = value

    @property
    def knowledge_base(self) -> str | None:
        return None if isinstance(self._knowledge_base, Unset) else self._knowledge_base

    @knowledge_base.setter
    def knowledge_base(self, value: None | str | NotGiven) -> None:
        self._knowledge_base = value

    @property
    def name(self) -> str | None:
        return None if isinstance(self._name, Unset) else self._name

    @name.setter
    def name(self, value: str | NotGiven) -> None:
        self._name = value

    @property
    def prompt(self) -> str | None:
        return None if isinstance(self._prompt, Unset) else self._prompt

    @prompt.setter
    def prompt(self, value: None | str | NotGiven) -> None:
        self._prompt = value

    @property
    def model(self) -> str | None:
        return None if isinstance(self._model, Unset) else self._model

    @model.setter
    def model(self, value: None | str | NotGiven) -> None:
        self._model = value

    @property
    def who_speaks_first(self) -> str | None:
        return (
            None
            if isinstance(self._who_speaks_first, Unset)
            else self._who_speaks_first
        )

    @who_speaks_first.setter
    def who_speaks_first(self, value: None | str | NotGiven) -> None:
        self._who_speaks_first = value

    @property
    def begin_message(self) -> str | None:
        return None if isinstance(self._begin_message, Unset) else self._begin_message

    @begin_message.setter
    def begin_message(self, value: None | str | NotGiven) -> None:
        self._begin_message = value

    @property
    def assistant_type(self) -> str | None:
        return None if isinstance(self._assistant_type, Unset) else self._assistant_type

    @assistant_type.setter
    def assistant_type(self, value: None | str | NotGiven) -> None:
        self._assistant_type = value

    @property
    def avatar(self) -> str | None:
        return None if isinstance(self._avatar, Unset) else self._avatar

    @avatar.setter
    def avatar(self, value: None | str | NotGiven) -> None:
        self._avatar = value

    @property
    def custom_knowledge_base(self) -> str | None:
        return (
            None
            if isinstance(self._custom_knowledge_base, Unset)
            else self._custom_knowledge_base
        )

    @custom_knowledge_base.setter
    def custom_knowledge_base(self, value: None | str | NotGiven) -> None:
        self._custom_knowledge_base = value

    @property
    def timezone(self) -> str | None:
        return None if isinstance(self._timezone, Unset) else self._timezone

    @timezone.setter
    def timezone(self, value: None | str | NotGiven) -> None:
        self._timezone = value

    @property
    def voice_stability(self) -> float | None:
        return (
            None if isinstance(self._voice_stability, Unset) else self._voice_stability
        )

    @voice_stability.setter
    def voice_stability(self, value: float | None | NotGiven) -> None:
        self._voice_stability = value

    @property
    def voice_clarity_similarity(self) -> float | None:
        return (
            None
            if isinstance(self._voice_clarity_similarity, Unset)
            else self._voice_clarity_similarity
        )

    @voice_clarity_similarity.setter
    def voice_clarity_similarity(self, value: float | None | NotGiven) -> None:
        self._voice_clarity_similarity = value

    @property
    def voice_stream_latency_optimization(self) -> int | None:
        return (
            None
            if isinstance(self._voice_stream_latency_optimization, Unset)
            else self._voice_stream_latency_optimization
        )

    @voice_stream_latency_optimization.setter
    def voice_stream_latency_optimization(self, value: int | None | NotGiven) -> None:
        self._voice_stream_latency_optimization = value

    @property
    def voice_boost(self) -> bool | None:
        return None if isinstance(self._voice_boost, Unset) else self._voice_boost

    @voice_boost.setter
    def voice_boost(self, value: bool | None | NotGiven) -> None:
        self._voice_boost = value

    @property
    def voice_speed(self) -> float | None:
        return None if isinstance(self._voice_speed, Unset) else self._voice_speed

    @voice_speed.setter
    def voice_speed(self, value: float | None | NotGiven) -> None:
        self._voice_speed = value

    @property
    def voice_emotion(self) -> list[Any] | None:
        return None if isinstance(self._voice_emotion, Unset) else self._voice_emotion

    @voice_emotion.setter
    def voice_emotion(self, value: list[Any] | NotGiven) -> None:
        self._voice_emotion = value

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
    def reminder_message_frequency(self) -> int | None:
        return (
            None
            if isinstance(self._reminder_message_frequency, Unset)
            else self._reminder_message_frequency
        )

    @reminder_message_frequency.setter
    def reminder_message_frequency(self, value: int | None | NotGiven) -> None:
        self._reminder_message_frequency = value

    @property
    def max_reminder_messages(self) -> int | None:
        return (
            None
            if isinstance(self._max_reminder_messages, Unset)
            else self._max_reminder_messages
        )

    @max_reminder_messages.setter
    def max_reminder_messages(self, value: int | None | NotGiven) -> None:
        self._max_reminder_messages = value

    @property
    def post_analysis(self) -> str | None:
        return None if isinstance(self._post_analysis, Unset) else self._post_analysis

    @post_analysis.setter
    def post_analysis(self, value: None | str | NotGiven) -> None:
        self._post_analysis = value

    @property
    def chatbot_logo(self) -> str | None:
        return None if isinstance(self._chatbot_logo, Unset) else self._chatbot_logo

    @chatbot_logo.setter
    def chatbot_logo(self, value: None | str | NotGiven) -> None:
        self._chatbot_logo = value

    @property
    def chatbot_accent_color(self) -> str | None:
        return (
            None
            if isinstance(self._chatbot_accent_color, Unset)
            else self._chatbot_accent_color
        )

    @chatbot_accent_color.setter
    def chatbot_accent_color(self, value: None | str | NotGiven) -> None:
        self._chatbot_accent_color = value

    @property
    def chatbot_faq(self) -> str | None:
        return None if isinstance(self._chatbot_faq, Unset) else self._chatbot_faq

    @chatbot_faq.setter
    def chatbot_faq(self, value: None | str | NotGiven) -> None:
        self._chatbot_faq = value

    @property
    def chatbot_whitelisted_domains(self) -> list[str] | None:
        return (
            None
            if isinstance(self._chatbot_whitelisted_domains, Unset)
            else self._chatbot_whitelisted_domains
        )

    @chatbot_whitelisted_domains.setter
    def chatbot_whitelisted_domains(self, value: list[str] | None | NotGiven) -> None:
        self._chatbot_whitelisted_domains = value

    @property
    def chatbot_begin_message(self) -> str | None:
        return (
            None
            if isinstance(self._chatbot_begin_message, Unset)
            else self._chatbot_begin_message
        )

    @chatbot_begin_message.setter
    def chatbot_begin_message(self, value: None | str | NotGiven) -> None:
        self._chatbot_begin_message = value

    @property
    def tools(self) -> str | None:
        return None if isinstance(self._tools, Unset) else self._tools

    @tools.setter
    def tools(self, value: None | str | NotGiven) -> None:
        self._tools = value

    @property
    def created_at(self) -> datetime.datetime | None:
        return None if isinstance(self._created_at, Unset) else self._created_at

    @created_at.setter
    def created_at(self, value: datetime.datetime | NotGiven) -> None:
        self._created_at = value

    @property
    def updated_at(self) -> datetime.datetime | None:
        return None if isinstance(self._updated_at, Unset) else self._updated_at

    @updated_at.setter
    def updated_at(self, value: datetime.datetime | NotGiven) -> None:
        self._updated_at = value

    @property
    def behavior(self) -> int | str | None:
        """The behaviour, by numeric ID (responses) or UUID"""
        return None if isinstance(self._behavior, Unset) else self._behavior

    @behavior.setter
    def behavior(self, value: int | None | str | NotGiven) -> None:
        self._behavior = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        from ..models.user import User  # noqa: PLC0415
        from ..models.voice import Voice  # noqa: PLC0415

        id = self._id

        assistant_id = self._assistant_id

        user: dict[str, Any] | int | None | Unset
        if isinstance(self._user, Unset):
            user = UNSET
        elif isinstance(self._user, User):
            user = self._user.to_dict()
        else:
            user = self._user

        voice: dict[str, Any] | int | None | Unset
        if isinstance(self._voice, Unset):
            voice = UNSET
        elif isinstance(self._voice, Voice):
            voice = self._voice.to_dict()
        else:
            voice = self._voice

        llm_states: list[Any] | Unset = UNSET
        if not isinstance(self._llm_states, Unset):
            llm_states = self._llm_states

        phone_number: None | str | Unset
        if isinstance(self._phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self._phone_number

        variables: list[Any] | Unset = UNSET
        if not isinstance(self._variables, Unset):
            variables = self._variables

        knowledge_base: None | str | Unset
        if isinstance(self._knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = self._knowledge_base

        name = self._name

        prompt: None | str | Unset
        if isinstance(self._prompt, Unset):
            prompt = UNSET
        else:
            prompt = self._prompt

        model: None | str | Unset
        if isinstance(self._model, Unset):
            model = UNSET
        else:
            model = self._model

        who_speaks_first: None | str | Unset
        if isinstance(self._who_speaks_first, Unset):
            who_speaks_first = UNSET
        else:
            who_speaks_first = self._who_speaks_first

        begin_message: None | str | Unset
        if isinstance(self._begin_message, Unset):
            begin_message = UNSET
        else:
            begin_message = self._begin_message

        assistant_type: None | str | Unset
        if isinstance(self._assistant_type, Unset):
            assistant_type = UNSET
        else:
            assistant_type = self._assistant_type

        avatar: None | str | Unset
        if isinstance(self._avatar, Unset):
            avatar = UNSET
        else:
            avatar = self._avatar

        custom_knowledge_base: None | str | Unset
        if isinstance(self._custom_knowledge_base, Unset):
            custom_knowledge_base = UNSET
        else:
            custom_knowledge_base = self._custom_knowledge_base

        timezone: None | str | Unset
        if isinstance(self._timezone, Unset):
            timezone = UNSET
        else:
            timezone = self._timezone

        voice_stability: float | None | Unset
        if isinstance(self._voice_stability, Unset):
            voice_stability = UNSET
        else:
            voice_stability = self._voice_stability

        voice_clarity_similarity: float | None | Unset
        if isinstance(self._voice_clarity_similarity, Unset):
            voice_clarity_similarity = UNSET
        else:
            voice_clarity_similarity = self._voice_clarity_similarity

        voice_stream_latency_optimization: int | None | Unset
        if isinstance(self._voice_stream_latency_optimization, Unset):
            voice_stream_latency_optimization = UNSET
        else:
            voice_stream_latency_optimization = self._voice_stream_latency_optimization

        voice_boost: bool | None | Unset
        if isinstance(self._voice_boost, Unset):
            voice_boost = UNSET
        else:
            voice_boost = self._voice_boost

        voice_speed: float | None | Unset
        if isinstance(self._voice_speed, Unset):
            voice_speed = UNSET
        else:
            voice_speed = self._voice_speed

        voice_emotion: list[Any] | Unset = UNSET
        if not isinstance(self._voice_emotion, Unset):
            voice_emotion = self._voice_emotion

        call_recording_enabled: bool | None | Unset
        if isinstance(self._call_recording_enabled, Unset):
            call_recording_enabled = UNSET
        else:
            call_recording_enabled = self._call_recording_enabled

        reminder_message_frequency: int | None | Unset
        if isinstance(self._reminder_message_frequency, Unset):
            reminder_message_frequency = UNSET
        else:
            reminder_message_frequency = self._reminder_message_frequency

        max_reminder_messages: int | None | Unset
        if isinstance(self._max_reminder_messages, Unset):
            max_reminder_messages = UNSET
        else:
            max_reminder_messages = self._max_reminder_messages

        post_analysis: None | str | Unset
        if isinstance(self._post_analysis, Unset):
            post_analysis = UNSET
        else:
            post_analysis = self._post_analysis

        chatbot_logo: None | str | Unset
        if isinstance(self._chatbot_logo, Unset):
            chatbot_logo = UNSET
        else:
            chatbot_logo = self._chatbot_logo

        chatbot_accent_color: None | str | Unset
        if isinstance(self._chatbot_accent_color, Unset):
            chatbot_accent_color = UNSET
        else:
            chatbot_accent_color = self._chatbot_accent_color

        chatbot_faq: None | str | Unset
        if isinstance(self._chatbot_faq, Unset):
            chatbot_faq = UNSET
        else:
            chatbot_faq = self._chatbot_faq

        chatbot_whitelisted_domains: list[str] | None | Unset
        if isinstance(self._chatbot_whitelisted_domains, Unset):
            chatbot_whitelisted_domains = UNSET
        elif isinstance(self._chatbot_whitelisted_domains, list):
            chatbot_whitelisted_domains = self._chatbot_whitelisted_domains

        else:
            chatbot_whitelisted_domains = self._chatbot_whitelisted_domains

        chatbot_begin_message: None | str | Unset
        if isinstance(self._chatbot_begin_message, Unset):
            chatbot_begin_message = UNSET
        else:
            chatbot_begin_message = self._chatbot_begin_message

        tools: None | str | Unset
        if isinstance(self._tools, Unset):
            tools = UNSET
        else:
            tools = self._tools

        created_at: str | Unset = UNSET
        if not isinstance(self._created_at, Unset):
            created_at = self._created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self._updated_at, Unset):
            updated_at = self._updated_at.isoformat()

        behavior: int | None | str | Unset
        if isinstance(self._behavior, Unset):
            behavior = UNSET
        else:
            behavior = self._behavior

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
        id = d.pop("id", UNSET)

        assistant_id = d.pop("assistant_id", UNSET)

        _here = [_root, "user"]

        def _parse_user(data: object) -> int | None | Unset | User:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(data, _check, _here)

                return user_type_0
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(int | None | Unset | User, data)

        user = _parse_user(d.pop("user", UNSET))

        _here = [_root, "voice"]

        def _parse_voice(data: object) -> int | None | Unset | Voice:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_0 = Voice.from_dict(data, _check, _here)

                return voice_type_0
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(int | None | Unset | Voice, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        _here = [_root, "llm_states"]
        llm_states: list[Any] | Unset = d.pop("llm_states", UNSET)

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        _here = [_root, "variables"]
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

        _here = [_root, "voice_emotion"]
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

        _here = [_root, "chatbot_whitelisted_domains"]

        def _parse_chatbot_whitelisted_domains(
            data: object,
        ) -> list[str] | None | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                chatbot_whitelisted_domains_type_0 = cast(list[str], data)

                return chatbot_whitelisted_domains_type_0
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
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
        if _check is not None:
            _checked(assistant, _check, _root, d)
        return assistant

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
from ..models.user import User  # noqa: E402
from ..models.voice import Voice  # noqa: E402
