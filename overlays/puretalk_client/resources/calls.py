"""``client.calls``: list, get, and register web calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

from puretalk_api.api.calls import get_call, list_calls, register_web_call
from puretalk_api.models import Call, CallEnvelope, CallList, RegisterWebCallRequest, RegisterWebCallResponse
from puretalk_client._pagination import AsyncPaginator, SyncPaginator, linked_page
from puretalk_client._resource import AsyncAPIResource, SyncAPIResource
from puretalk_client._response import Operation, results_of

if TYPE_CHECKING:
    from puretalk_api.models import RegisterWebCallResult


class CallFilters(TypedDict, total=False):
    """The filters and paging of ``calls.list``, named as in the spec."""

    page: int
    limit: int
    call_type: Literal["incoming", "outgoing"]
    status: Literal["completed", "in-progress", "failed"]
    voice_id: str
    assistant_id: str
    from_number: str
    to_number: str


def _register(assistant_id: str) -> Operation[RegisterWebCallResult]:
    return Operation(
        register_web_call,
        {"body": RegisterWebCallRequest(assistant_id=assistant_id)},
        RegisterWebCallResponse,
        results_of,
    )


def _get(call_id: str) -> Operation[Call]:
    return Operation(get_call, {"call_id": call_id}, CallEnvelope, results_of)


class Calls(SyncAPIResource):
    """Calls: ``register_web_call``, ``get``, ``list``."""

    def register_web_call(self, *, assistant_id: str) -> RegisterWebCallResult:
        """Register a web call for ``assistant_id``; the result holds ``call_id`` and ``token``."""
        return self._run(_register(assistant_id))

    def get(self, call_id: str) -> Call:
        """Fetch one call by its ID."""
        return self._run(_get(call_id))

    def list(self, **filters: Unpack[CallFilters]) -> SyncPaginator[Call]:
        """Iterate over calls (lazily, page by page), optionally filtered."""
        return self._paginate(list_calls, filters, CallList, linked_page)


class AsyncCalls(AsyncAPIResource):
    """Calls: ``register_web_call``, ``get``, ``list``."""

    async def register_web_call(self, *, assistant_id: str) -> RegisterWebCallResult:
        """Register a web call for ``assistant_id``; the result holds ``call_id`` and ``token``."""
        return await self._run(_register(assistant_id))

    async def get(self, call_id: str) -> Call:
        """Fetch one call by its ID."""
        return await self._run(_get(call_id))

    def list(self, **filters: Unpack[CallFilters]) -> AsyncPaginator[Call]:
        """Iterate over calls (``async for``, page by page), optionally filtered."""
        return self._paginate(list_calls, filters, CallList, linked_page)
