"""``client.assistants``: list, create, get, update; ``client.assistants.tasks``: LLM states."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, Required, TypeAlias, TypedDict, Unpack

from puretalk_api.api.assistants import (
    create_assistant,
    delete_llm_states,
    get_assistant,
    list_assistants,
    update_assistant,
    upsert_llm_states,
)
from puretalk_api.models import (
    Assistant,
    AssistantCreate,
    AssistantEnvelope,
    AssistantList,
    AssistantUpdate,
    Error,
    LlmState,
    LlmStatesDelete,
    LlmStatesUpsert,
)
from puretalk_client._models import build
from puretalk_client._pagination import AsyncPaginator, Paging, SyncPaginator, linked_page
from puretalk_client._resource import AsyncAPIResource, SyncAPIResource
from puretalk_client._response import Operation, nothing, results_of


class AssistantSettings(TypedDict, total=False):
    """Optional settings shared by ``create`` and ``update``, named as in the spec."""

    model: Literal["puretalk-plg"]
    who_speaks_first: Literal["user", "assistant"]
    call_recording_enabled: bool
    assistant_type: str
    avatar: str
    custom_knowledge_base: str
    timezone: str
    reminder_message_frequency: int
    max_reminder_messages: int
    voice_stability: float | str
    voice_clarity_similarity: float | str
    voice_stream_latency_optimization: int
    voice_boost: bool


class AssistantCreateParams(AssistantSettings, total=False):
    """The body of ``assistants.create``: ``name``, ``voice``, ``prompt`` and ``begin_message`` are required."""

    name: Required[str]
    voice: Required[int]
    prompt: Required[str]
    begin_message: Required[str]
    knowledge_base: NotRequired[str]
    template: NotRequired[str]
    behavior: NotRequired[str]


class AssistantUpdateParams(AssistantSettings, total=False):
    """The body of ``assistants.update``: every field optional; only the given ones are sent."""

    name: str
    voice: int
    prompt: str
    begin_message: str

    chatbot_logo: str
    chatbot_accent_color: str
    chatbot_faq: str


LlmStateLike: TypeAlias = LlmState | Mapping[str, Any]


def _state(value: LlmStateLike) -> LlmState:
    return value if isinstance(value, LlmState) else LlmState.from_dict(value)


def _create(params: AssistantCreateParams) -> Operation[Assistant]:
    return Operation(create_assistant, {"body": build(AssistantCreate, params)}, AssistantEnvelope, results_of)


def _get(assistant_id: str) -> Operation[Assistant]:
    return Operation(get_assistant, {"assistant_id": assistant_id}, AssistantEnvelope, results_of)


def _update(assistant_id: str, params: AssistantUpdateParams) -> Operation[Assistant]:
    body = build(AssistantUpdate, params)
    return Operation(update_assistant, {"assistant_id": assistant_id, "body": body}, AssistantEnvelope, results_of)


def _upsert(assistant_id: str, llm_states: Sequence[LlmStateLike]) -> Operation[None]:
    body = LlmStatesUpsert(llm_states=[_state(state) for state in llm_states])
    return Operation(upsert_llm_states, {"assistant_id": assistant_id, "body": body}, Error, nothing)


def _delete(llm_states: Sequence[str]) -> Operation[None]:
    return Operation(delete_llm_states, {"body": LlmStatesDelete(llm_states=list(llm_states))}, Error, nothing)


class Tasks(SyncAPIResource):
    """The LLM states (tasks) of multi-task assistants."""

    def upsert(self, assistant_id: str, *, llm_states: Sequence[LlmStateLike]) -> None:
        """Create the given states, or update those that carry a ``state_id``."""
        return self._run(_upsert(assistant_id, llm_states))

    def delete(self, *, llm_states: Sequence[str]) -> None:
        """Delete the states with these IDs."""
        return self._run(_delete(llm_states))


class AsyncTasks(AsyncAPIResource):
    """The LLM states (tasks) of multi-task assistants."""

    async def upsert(self, assistant_id: str, *, llm_states: Sequence[LlmStateLike]) -> None:
        """Create the given states, or update those that carry a ``state_id``."""
        return await self._run(_upsert(assistant_id, llm_states))

    async def delete(self, *, llm_states: Sequence[str]) -> None:
        """Delete the states with these IDs."""
        return await self._run(_delete(llm_states))


class Assistants(SyncAPIResource):
    """AI assistants: ``list``, ``create``, ``get``, ``update``, and ``tasks``."""

    @functools.cached_property
    def tasks(self) -> Tasks:
        """The LLM states (tasks) of multi-task assistants."""
        return Tasks(self._client, raw=self._raw)

    def list(self, **paging: Unpack[Paging]) -> SyncPaginator[Assistant]:
        """Iterate over every assistant (lazily, page by page)."""
        return self._paginate(list_assistants, paging, AssistantList, linked_page)

    def create(self, **params: Unpack[AssistantCreateParams]) -> Assistant:
        """Create an assistant."""
        return self._run(_create(params))

    def get(self, assistant_id: str) -> Assistant:
        """Fetch one assistant by its ID."""
        return self._run(_get(assistant_id))

    def update(self, assistant_id: str, **params: Unpack[AssistantUpdateParams]) -> Assistant:
        """Update the given fields of an assistant (nothing else is sent)."""
        return self._run(_update(assistant_id, params))


class AsyncAssistants(AsyncAPIResource):
    """AI assistants: ``list``, ``create``, ``get``, ``update``, and ``tasks``."""

    @functools.cached_property
    def tasks(self) -> AsyncTasks:
        """The LLM states (tasks) of multi-task assistants."""
        return AsyncTasks(self._client, raw=self._raw)

    def list(self, **paging: Unpack[Paging]) -> AsyncPaginator[Assistant]:
        """Iterate over every assistant (``async for``, page by page)."""
        return self._paginate(list_assistants, paging, AssistantList, linked_page)

    async def create(self, **params: Unpack[AssistantCreateParams]) -> Assistant:
        """Create an assistant."""
        return await self._run(_create(params))

    async def get(self, assistant_id: str) -> Assistant:
        """Fetch one assistant by its ID."""
        return await self._run(_get(assistant_id))

    async def update(self, assistant_id: str, **params: Unpack[AssistantUpdateParams]) -> Assistant:
        """Update the given fields of an assistant (nothing else is sent)."""
        return await self._run(_update(assistant_id, params))
