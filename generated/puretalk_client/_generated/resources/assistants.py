"""``client.assistants``: AI assistants: list, create, get, update, and their tasks.

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Required, TypedDict

from puretalk_client._generated.models import (
    Assistant,
    AssistantCreate,
    AssistantEnvelope,
    AssistantList,
    AssistantSettingsModel,
    AssistantSettingsWhoSpeaksFirst,
    AssistantUpdate,
    Error,
    LlmState,
    LlmStatesDelete,
    LlmStatesUpsert,
)
from puretalk_client._answers import flagged, parse_model
from puretalk_client._models import as_models
from puretalk_client._options import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    TimeoutLike,
)
from puretalk_client._pagination import (
    AsyncPaginator,
    Page,
    SyncPaginator,
    first_page,
    linked_page,
)
from puretalk_client._request import build_request, path_segment
from puretalk_client._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_page_response,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_page_response,
    to_raw_response,
    to_streamed_response,
)
from puretalk_client._response import check_envelope, present
from puretalk_client._validate import Check


def _parse_delete_llm_states(body: object, check: Check) -> None:
    """Parse a 2xx answer of DELETE /ai-assistants/delete-llm-states."""
    parsed = parse_model(Error, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return None


def _parse_upsert_llm_states(body: object, check: Check) -> None:
    """Parse a 2xx answer of POST /ai-assistants/llm-states/{assistant_id}."""
    parsed = parse_model(Error, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return None


def _parse_create_assistant(body: object, check: Check) -> Assistant:
    """Parse a 2xx answer of POST /ai-assistants."""
    parsed = parse_model(AssistantEnvelope, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return present(parsed.results, "results")


def _parse_get_assistant(body: object, check: Check) -> Assistant:
    """Parse a 2xx answer of GET /ai-assistants/{assistant_id}."""
    parsed = parse_model(AssistantEnvelope, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return present(parsed.results, "results")


def _parse_list_assistants(_number: int) -> Callable[[object, Check], Page[Assistant]]:
    """Parse a 2xx answer of GET /ai-assistants."""

    def _parse_page(body: object, check: Check) -> Page[Assistant]:
        parsed = parse_model(AssistantList, flagged(body, "err"), check)
        return linked_page(
            parsed.results, parsed.count, parsed.next_, parsed.previous, _number
        )

    return _parse_page


def _parse_update_assistant(body: object, check: Check) -> Assistant:
    """Parse a 2xx answer of PATCH /ai-assistants/{assistant_id}."""
    parsed = parse_model(AssistantEnvelope, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return present(parsed.results, "results")


class TasksDeleteParams(TypedDict, total=False):
    """The keyword arguments of ``assistants.tasks.delete``."""

    llm_states: Required[list[str]]


class TasksUpsertParams(TypedDict, total=False):
    """The keyword arguments of ``assistants.tasks.upsert``."""

    llm_states: Sequence[LlmState | Mapping[str, Any]] | NotGiven


class AssistantsCreateParams(TypedDict, total=False):
    """The keyword arguments of ``assistants.create``."""

    name: Required[str]
    voice: Required[int]
    prompt: Required[str]
    begin_message: Required[str]
    model: AssistantSettingsModel | NotGiven
    who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven
    call_recording_enabled: bool | NotGiven
    assistant_type: str | NotGiven
    avatar: str | NotGiven
    custom_knowledge_base: str | NotGiven
    timezone: str | NotGiven
    reminder_message_frequency: int | NotGiven
    max_reminder_messages: int | NotGiven
    voice_stability: float | str | NotGiven
    voice_clarity_similarity: float | str | NotGiven
    voice_stream_latency_optimization: int | NotGiven
    voice_boost: bool | NotGiven
    knowledge_base: str | NotGiven
    template: str | NotGiven
    behavior: str | NotGiven


class AssistantsListParams(TypedDict, total=False):
    """The keyword arguments of ``assistants.list``."""

    page: int | NotGiven
    limit: int | NotGiven


class AssistantsUpdateParams(TypedDict, total=False):
    """The keyword arguments of ``assistants.update``."""

    name: str | NotGiven
    voice: int | NotGiven
    prompt: str | NotGiven
    begin_message: str | NotGiven
    model: AssistantSettingsModel | NotGiven
    who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven
    call_recording_enabled: bool | NotGiven
    assistant_type: str | NotGiven
    avatar: str | NotGiven
    custom_knowledge_base: str | NotGiven
    timezone: str | NotGiven
    reminder_message_frequency: int | NotGiven
    max_reminder_messages: int | NotGiven
    voice_stability: float | str | NotGiven
    voice_clarity_similarity: float | str | NotGiven
    voice_stream_latency_optimization: int | NotGiven
    voice_boost: bool | NotGiven
    chatbot_logo: str | NotGiven
    chatbot_accent_color: str | NotGiven
    chatbot_faq: str | NotGiven


class Tasks(SyncAPIResource):
    """The LLM states (tasks) of multi-task assistants."""

    def delete(
        self,
        *,
        llm_states: list[str],
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete LLM states.

        Delete LLM states (tasks) by their IDs.

        Args:
            llm_states: UUIDs of the states to delete

        Raises:
            BadRequestError: 400: Bad request

        ``DELETE /ai-assistants/delete-llm-states`` (operationId ``deleteLlmStates``).
        """
        _body = LlmStatesDelete(llm_states=llm_states)
        return self._run(
            build_request(
                "delete",
                "/ai-assistants/delete-llm-states",
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_delete_llm_states,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def upsert(
        self,
        assistant_id: str,
        *,
        llm_states: Sequence[LlmState | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Create or update LLM state.

        Create the LLM states (tasks) of a multi-task assistant, or update existing ones.

        Args:
            assistant_id: The ID of the assistant

        Raises:
            BadRequestError: 400: Bad request

        ``POST /ai-assistants/llm-states/{assistant_id}`` (operationId ``upsertLlmStates``).
        """
        _body = LlmStatesUpsert(llm_states=as_models(LlmState, llm_states))
        return self._run(
            build_request(
                "post",
                "/ai-assistants/llm-states/"
                + path_segment(assistant_id, "assistant_id"),
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_upsert_llm_states,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return TasksWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> TasksWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return TasksWithStreamingResponse(self)


class TasksWithRawResponse:
    """``assistants.tasks.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: Tasks) -> None:
        self.delete = to_raw_response(resource.delete)
        self.upsert = to_raw_response(resource.upsert)


class TasksWithStreamingResponse:
    """``assistants.tasks.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: Tasks) -> None:
        self.delete = to_streamed_response(resource.delete)
        self.upsert = to_streamed_response(resource.upsert)


class AsyncTasks(AsyncAPIResource):
    """The LLM states (tasks) of multi-task assistants."""

    async def delete(
        self,
        *,
        llm_states: list[str],
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete LLM states.

        Delete LLM states (tasks) by their IDs.

        Args:
            llm_states: UUIDs of the states to delete

        Raises:
            BadRequestError: 400: Bad request

        ``DELETE /ai-assistants/delete-llm-states`` (operationId ``deleteLlmStates``).
        """
        _body = LlmStatesDelete(llm_states=llm_states)
        return await self._run(
            build_request(
                "delete",
                "/ai-assistants/delete-llm-states",
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_delete_llm_states,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def upsert(
        self,
        assistant_id: str,
        *,
        llm_states: Sequence[LlmState | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Create or update LLM state.

        Create the LLM states (tasks) of a multi-task assistant, or update existing ones.

        Args:
            assistant_id: The ID of the assistant

        Raises:
            BadRequestError: 400: Bad request

        ``POST /ai-assistants/llm-states/{assistant_id}`` (operationId ``upsertLlmStates``).
        """
        _body = LlmStatesUpsert(llm_states=as_models(LlmState, llm_states))
        return await self._run(
            build_request(
                "post",
                "/ai-assistants/llm-states/"
                + path_segment(assistant_id, "assistant_id"),
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_upsert_llm_states,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AsyncTasksWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncTasksWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AsyncTasksWithStreamingResponse(self)


class AsyncTasksWithRawResponse:
    """``assistants.tasks.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.delete = async_to_raw_response(resource.delete)
        self.upsert = async_to_raw_response(resource.upsert)


class AsyncTasksWithStreamingResponse:
    """``assistants.tasks.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.delete = async_to_streamed_response(resource.delete)
        self.upsert = async_to_streamed_response(resource.upsert)


class Assistants(SyncAPIResource):
    """AI assistants: list, create, get, update, and their tasks."""

    @functools.cached_property
    def tasks(self) -> Tasks:
        """The LLM states (tasks) of multi-task assistants."""
        return Tasks(self._client)

    def create(
        self,
        *,
        name: str,
        voice: int,
        prompt: str,
        begin_message: str,
        model: AssistantSettingsModel | NotGiven = NOT_GIVEN,
        who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven = NOT_GIVEN,
        call_recording_enabled: bool | NotGiven = NOT_GIVEN,
        assistant_type: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        custom_knowledge_base: str | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        reminder_message_frequency: int | NotGiven = NOT_GIVEN,
        max_reminder_messages: int | NotGiven = NOT_GIVEN,
        voice_stability: float | str | NotGiven = NOT_GIVEN,
        voice_clarity_similarity: float | str | NotGiven = NOT_GIVEN,
        voice_stream_latency_optimization: int | NotGiven = NOT_GIVEN,
        voice_boost: bool | NotGiven = NOT_GIVEN,
        knowledge_base: str | NotGiven = NOT_GIVEN,
        template: str | NotGiven = NOT_GIVEN,
        behavior: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Assistant:
        """Create AI Assistant.

        Create a new AI assistant.

        Args:
            voice: The numeric ID of the voice
            voice_stability: A number from 0 to 1 (the docs' samples send it as a string)
            voice_clarity_similarity: A number from 0 to 1 (the docs' samples send it as a string)
            knowledge_base: UUID of a knowledge base
            template: UUID of a template
            behavior: UUID of a behaviour

        Raises:
            BadRequestError: 400: Bad request

        ``POST /ai-assistants`` (operationId ``createAssistant``).
        """
        _body = AssistantCreate(
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
        return self._run(
            build_request(
                "post",
                "/ai-assistants",
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_create_assistant,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Assistant:
        """Get AI Assistant.

        Fetch one AI assistant by its ID.

        Args:
            assistant_id: ID of AI Assistant

        ``GET /ai-assistants/{assistant_id}`` (operationId ``getAssistant``).
        """
        return self._run(
            build_request(
                "get", "/ai-assistants/" + path_segment(assistant_id, "assistant_id")
            ),
            _parse_get_assistant,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPaginator[Assistant]:
        """List AI Assistants.

        List every AI assistant the API key's user can access.

        Args:
            page: The page number to return
            limit: The maximum number of results to return

        ``GET /ai-assistants`` (operationId ``listAssistants``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        def _fetch(_number: builtins.int | None) -> Page[Assistant]:
            return self._run(
                build_request(
                    "get",
                    "/ai-assistants",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                    },
                ),
                _parse_list_assistants(_number or 1),
                _options,
            )

        return SyncPaginator(_fetch, first_page(page))

    def update(
        self,
        assistant_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        voice: int | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        begin_message: str | NotGiven = NOT_GIVEN,
        model: AssistantSettingsModel | NotGiven = NOT_GIVEN,
        who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven = NOT_GIVEN,
        call_recording_enabled: bool | NotGiven = NOT_GIVEN,
        assistant_type: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        custom_knowledge_base: str | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        reminder_message_frequency: int | NotGiven = NOT_GIVEN,
        max_reminder_messages: int | NotGiven = NOT_GIVEN,
        voice_stability: float | str | NotGiven = NOT_GIVEN,
        voice_clarity_similarity: float | str | NotGiven = NOT_GIVEN,
        voice_stream_latency_optimization: int | NotGiven = NOT_GIVEN,
        voice_boost: bool | NotGiven = NOT_GIVEN,
        chatbot_logo: str | NotGiven = NOT_GIVEN,
        chatbot_accent_color: str | NotGiven = NOT_GIVEN,
        chatbot_faq: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Assistant:
        """Update AI Assistant.

        Update an AI assistant by its ID.

        Args:
            assistant_id: ID of AI Assistant
            voice: The numeric ID of the voice
            voice_stability: A number from 0 to 1 (the docs' samples send it as a string)
            voice_clarity_similarity: A number from 0 to 1 (the docs' samples send it as a string)

        Raises:
            BadRequestError: 400: Bad request

        ``PATCH /ai-assistants/{assistant_id}`` (operationId ``updateAssistant``).
        """
        _body = AssistantUpdate(
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
            chatbot_logo=chatbot_logo,
            chatbot_accent_color=chatbot_accent_color,
            chatbot_faq=chatbot_faq,
        )
        return self._run(
            build_request(
                "patch",
                "/ai-assistants/" + path_segment(assistant_id, "assistant_id"),
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_update_assistant,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AssistantsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AssistantsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AssistantsWithStreamingResponse(self)


class AssistantsWithRawResponse:
    """``assistants.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: Assistants) -> None:
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page_response(resource.list)
        self.update = to_raw_response(resource.update)
        self.tasks = TasksWithRawResponse(resource.tasks)


class AssistantsWithStreamingResponse:
    """``assistants.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: Assistants) -> None:
        self.create = to_streamed_response(resource.create)
        self.get = to_streamed_response(resource.get)
        self.update = to_streamed_response(resource.update)
        self.tasks = TasksWithStreamingResponse(resource.tasks)


class AsyncAssistants(AsyncAPIResource):
    """AI assistants: list, create, get, update, and their tasks."""

    @functools.cached_property
    def tasks(self) -> AsyncTasks:
        """The LLM states (tasks) of multi-task assistants."""
        return AsyncTasks(self._client)

    async def create(
        self,
        *,
        name: str,
        voice: int,
        prompt: str,
        begin_message: str,
        model: AssistantSettingsModel | NotGiven = NOT_GIVEN,
        who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven = NOT_GIVEN,
        call_recording_enabled: bool | NotGiven = NOT_GIVEN,
        assistant_type: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        custom_knowledge_base: str | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        reminder_message_frequency: int | NotGiven = NOT_GIVEN,
        max_reminder_messages: int | NotGiven = NOT_GIVEN,
        voice_stability: float | str | NotGiven = NOT_GIVEN,
        voice_clarity_similarity: float | str | NotGiven = NOT_GIVEN,
        voice_stream_latency_optimization: int | NotGiven = NOT_GIVEN,
        voice_boost: bool | NotGiven = NOT_GIVEN,
        knowledge_base: str | NotGiven = NOT_GIVEN,
        template: str | NotGiven = NOT_GIVEN,
        behavior: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Assistant:
        """Create AI Assistant.

        Create a new AI assistant.

        Args:
            voice: The numeric ID of the voice
            voice_stability: A number from 0 to 1 (the docs' samples send it as a string)
            voice_clarity_similarity: A number from 0 to 1 (the docs' samples send it as a string)
            knowledge_base: UUID of a knowledge base
            template: UUID of a template
            behavior: UUID of a behaviour

        Raises:
            BadRequestError: 400: Bad request

        ``POST /ai-assistants`` (operationId ``createAssistant``).
        """
        _body = AssistantCreate(
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
        return await self._run(
            build_request(
                "post",
                "/ai-assistants",
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_create_assistant,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Assistant:
        """Get AI Assistant.

        Fetch one AI assistant by its ID.

        Args:
            assistant_id: ID of AI Assistant

        ``GET /ai-assistants/{assistant_id}`` (operationId ``getAssistant``).
        """
        return await self._run(
            build_request(
                "get", "/ai-assistants/" + path_segment(assistant_id, "assistant_id")
            ),
            _parse_get_assistant,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPaginator[Assistant]:
        """List AI Assistants.

        List every AI assistant the API key's user can access.

        Args:
            page: The page number to return
            limit: The maximum number of results to return

        ``GET /ai-assistants`` (operationId ``listAssistants``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        async def _fetch(_number: builtins.int | None) -> Page[Assistant]:
            return await self._run(
                build_request(
                    "get",
                    "/ai-assistants",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                    },
                ),
                _parse_list_assistants(_number or 1),
                _options,
            )

        return AsyncPaginator(_fetch, first_page(page))

    async def update(
        self,
        assistant_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        voice: int | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        begin_message: str | NotGiven = NOT_GIVEN,
        model: AssistantSettingsModel | NotGiven = NOT_GIVEN,
        who_speaks_first: AssistantSettingsWhoSpeaksFirst | NotGiven = NOT_GIVEN,
        call_recording_enabled: bool | NotGiven = NOT_GIVEN,
        assistant_type: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        custom_knowledge_base: str | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        reminder_message_frequency: int | NotGiven = NOT_GIVEN,
        max_reminder_messages: int | NotGiven = NOT_GIVEN,
        voice_stability: float | str | NotGiven = NOT_GIVEN,
        voice_clarity_similarity: float | str | NotGiven = NOT_GIVEN,
        voice_stream_latency_optimization: int | NotGiven = NOT_GIVEN,
        voice_boost: bool | NotGiven = NOT_GIVEN,
        chatbot_logo: str | NotGiven = NOT_GIVEN,
        chatbot_accent_color: str | NotGiven = NOT_GIVEN,
        chatbot_faq: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Assistant:
        """Update AI Assistant.

        Update an AI assistant by its ID.

        Args:
            assistant_id: ID of AI Assistant
            voice: The numeric ID of the voice
            voice_stability: A number from 0 to 1 (the docs' samples send it as a string)
            voice_clarity_similarity: A number from 0 to 1 (the docs' samples send it as a string)

        Raises:
            BadRequestError: 400: Bad request

        ``PATCH /ai-assistants/{assistant_id}`` (operationId ``updateAssistant``).
        """
        _body = AssistantUpdate(
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
            chatbot_logo=chatbot_logo,
            chatbot_accent_color=chatbot_accent_color,
            chatbot_faq=chatbot_faq,
        )
        return await self._run(
            build_request(
                "patch",
                "/ai-assistants/" + path_segment(assistant_id, "assistant_id"),
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_update_assistant,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AsyncAssistantsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncAssistantsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AsyncAssistantsWithStreamingResponse(self)


class AsyncAssistantsWithRawResponse:
    """``assistants.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: AsyncAssistants) -> None:
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page_response(resource.list)
        self.update = async_to_raw_response(resource.update)
        self.tasks = AsyncTasksWithRawResponse(resource.tasks)


class AsyncAssistantsWithStreamingResponse:
    """``assistants.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: AsyncAssistants) -> None:
        self.create = async_to_streamed_response(resource.create)
        self.get = async_to_streamed_response(resource.get)
        self.update = async_to_streamed_response(resource.update)
        self.tasks = AsyncTasksWithStreamingResponse(resource.tasks)
