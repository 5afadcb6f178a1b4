"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.assistant_create import AssistantCreate
from ...models.assistant_envelope import AssistantEnvelope
from ...models.assistant_list import AssistantList
from ...models.assistant_update import AssistantUpdate
from ...models.error import Error
from ...models.llm_states_delete import LlmStatesDelete
from ...models.llm_states_upsert import LlmStatesUpsert
from ...types import UNSET, Unset
from . import create_assistant as _create_assistant
from . import delete_llm_states as _delete_llm_states
from . import get_assistant as _get_assistant
from . import list_assistants as _list_assistants
from . import update_assistant as _update_assistant
from . import upsert_llm_states as _upsert_llm_states


def list_assistants_request(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Return the httpx request arguments of the list_assistants endpoint (see its module)."""
    return _list_assistants._get_kwargs(
        page=page,
        limit=limit,
    )


def list_assistants_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantList | None:
    """Parse a response of the list_assistants endpoint as its module does."""
    return _list_assistants._parse_response(client=client, response=response)


def create_assistant_request(
    *,
    body: AssistantCreate,
) -> dict[str, Any]:
    """Return the httpx request arguments of the create_assistant endpoint (see its module)."""
    return _create_assistant._get_kwargs(
        body=body,
    )


def create_assistant_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantEnvelope | Error | None:
    """Parse a response of the create_assistant endpoint as its module does."""
    return _create_assistant._parse_response(client=client, response=response)


def get_assistant_request(
    assistant_id: str,
) -> dict[str, Any]:
    """Return the httpx request arguments of the get_assistant endpoint (see its module)."""
    return _get_assistant._get_kwargs(
        assistant_id=assistant_id,
    )


def get_assistant_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantEnvelope | None:
    """Parse a response of the get_assistant endpoint as its module does."""
    return _get_assistant._parse_response(client=client, response=response)


def update_assistant_request(
    assistant_id: str,
    *,
    body: AssistantUpdate,
) -> dict[str, Any]:
    """Return the httpx request arguments of the update_assistant endpoint (see its module)."""
    return _update_assistant._get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )


def update_assistant_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantEnvelope | Error | None:
    """Parse a response of the update_assistant endpoint as its module does."""
    return _update_assistant._parse_response(client=client, response=response)


def upsert_llm_states_request(
    assistant_id: str,
    *,
    body: LlmStatesUpsert,
) -> dict[str, Any]:
    """Return the httpx request arguments of the upsert_llm_states endpoint (see its module)."""
    return _upsert_llm_states._get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )


def upsert_llm_states_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | None:
    """Parse a response of the upsert_llm_states endpoint as its module does."""
    return _upsert_llm_states._parse_response(client=client, response=response)


def delete_llm_states_request(
    *,
    body: LlmStatesDelete,
) -> dict[str, Any]:
    """Return the httpx request arguments of the delete_llm_states endpoint (see its module)."""
    return _delete_llm_states._get_kwargs(
        body=body,
    )


def delete_llm_states_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | None:
    """Parse a response of the delete_llm_states endpoint as its module does."""
    return _delete_llm_states._parse_response(client=client, response=response)
