"""``client.calls``: Calls: register web calls, fetch one, list them.

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable
from typing import Required, TypedDict

from puretalk_client._generated.models import (
    Call,
    CallEnvelope,
    CallList,
    ListCallsCallType,
    ListCallsStatus,
    RegisterWebCallRequest,
    RegisterWebCallResponse,
    RegisterWebCallResult,
)
from puretalk_client._answers import flagged, parse_model
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


def _parse_get_call(body: object, check: Check) -> Call:
    """Parse a 2xx answer of GET /calls/{call_id}."""
    parsed = parse_model(CallEnvelope, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return present(parsed.results, "results")


def _parse_list_calls(_number: int) -> Callable[[object, Check], Page[Call]]:
    """Parse a 2xx answer of GET /calls."""

    def _parse_page(body: object, check: Check) -> Page[Call]:
        parsed = parse_model(CallList, flagged(body, "err"), check)
        return linked_page(
            parsed.results, parsed.count, parsed.next_, parsed.previous, _number
        )

    return _parse_page


def _parse_register_web_call(body: object, check: Check) -> RegisterWebCallResult:
    """Parse a 2xx answer of POST /calls/web/register."""
    parsed = parse_model(RegisterWebCallResponse, flagged(body, "err"), check)
    check_envelope(parsed.err)
    return present(parsed.results, "results")


class CallsListParams(TypedDict, total=False):
    """The keyword arguments of ``calls.list``."""

    page: int | NotGiven
    limit: int | NotGiven
    call_type: ListCallsCallType | NotGiven
    status: ListCallsStatus | NotGiven
    voice_id: str | NotGiven
    assistant_id: str | NotGiven
    from_number: str | NotGiven
    to_number: str | NotGiven


class CallsRegisterWebCallParams(TypedDict, total=False):
    """The keyword arguments of ``calls.register_web_call``."""

    assistant_id: Required[str]


class Calls(SyncAPIResource):
    """Calls: register web calls, fetch one, list them."""

    def get(
        self,
        call_id: str,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Call:
        """Get Call.

        Fetch one call by its ID.

        Args:
            call_id: ID of call to return

        Raises:
            NotFoundError: 404: Not Found

        ``GET /calls/{call_id}`` (operationId ``getCall``).
        """
        return self._run(
            build_request("get", "/calls/" + path_segment(call_id, "call_id")),
            _parse_get_call,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        call_type: ListCallsCallType | NotGiven = NOT_GIVEN,
        status: ListCallsStatus | NotGiven = NOT_GIVEN,
        voice_id: str | NotGiven = NOT_GIVEN,
        assistant_id: str | NotGiven = NOT_GIVEN,
        from_number: str | NotGiven = NOT_GIVEN,
        to_number: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPaginator[Call]:
        """Call List.

        List calls, optionally filtered.

        Args:
            page: The page number to return
            limit: The maximum number of results to return
            call_type: Filter by call direction
            status: Filter by call status
            voice_id: Filter by voice
            assistant_id: Filter by assistant
            from_number: Filter by the calling number
            to_number: Filter by the called number

        ``GET /calls`` (operationId ``listCalls``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        def _fetch(_number: builtins.int | None) -> Page[Call]:
            return self._run(
                build_request(
                    "get",
                    "/calls",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                        "call_type": call_type,
                        "status": status,
                        "voice_id": voice_id,
                        "assistant_id": assistant_id,
                        "from_number": from_number,
                        "to_number": to_number,
                    },
                ),
                _parse_list_calls(_number or 1),
                _options,
            )

        return SyncPaginator(_fetch, first_page(page))

    def register_web_call(
        self,
        *,
        assistant_id: str,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RegisterWebCallResult:
        """Register a new web call.

        Args:
            assistant_id: The ID of the assistant to use for the call

        Raises:
            BadRequestError: 400: Error
            PermissionDeniedError: 403: Forbidden
            PreconditionFailedError: 412: Precondition Failed

        ``POST /calls/web/register`` (operationId ``registerWebCall``).
        """
        _body = RegisterWebCallRequest(assistant_id=assistant_id)
        return self._run(
            build_request(
                "post",
                "/calls/web/register",
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_register_web_call,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return CallsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> CallsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return CallsWithStreamingResponse(self)


class CallsWithRawResponse:
    """``calls.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: Calls) -> None:
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page_response(resource.list)
        self.register_web_call = to_raw_response(resource.register_web_call)


class CallsWithStreamingResponse:
    """``calls.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: Calls) -> None:
        self.get = to_streamed_response(resource.get)
        self.register_web_call = to_streamed_response(resource.register_web_call)


class AsyncCalls(AsyncAPIResource):
    """Calls: register web calls, fetch one, list them."""

    async def get(
        self,
        call_id: str,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Call:
        """Get Call.

        Fetch one call by its ID.

        Args:
            call_id: ID of call to return

        Raises:
            NotFoundError: 404: Not Found

        ``GET /calls/{call_id}`` (operationId ``getCall``).
        """
        return await self._run(
            build_request("get", "/calls/" + path_segment(call_id, "call_id")),
            _parse_get_call,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        call_type: ListCallsCallType | NotGiven = NOT_GIVEN,
        status: ListCallsStatus | NotGiven = NOT_GIVEN,
        voice_id: str | NotGiven = NOT_GIVEN,
        assistant_id: str | NotGiven = NOT_GIVEN,
        from_number: str | NotGiven = NOT_GIVEN,
        to_number: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPaginator[Call]:
        """Call List.

        List calls, optionally filtered.

        Args:
            page: The page number to return
            limit: The maximum number of results to return
            call_type: Filter by call direction
            status: Filter by call status
            voice_id: Filter by voice
            assistant_id: Filter by assistant
            from_number: Filter by the calling number
            to_number: Filter by the called number

        ``GET /calls`` (operationId ``listCalls``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        async def _fetch(_number: builtins.int | None) -> Page[Call]:
            return await self._run(
                build_request(
                    "get",
                    "/calls",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                        "call_type": call_type,
                        "status": status,
                        "voice_id": voice_id,
                        "assistant_id": assistant_id,
                        "from_number": from_number,
                        "to_number": to_number,
                    },
                ),
                _parse_list_calls(_number or 1),
                _options,
            )

        return AsyncPaginator(_fetch, first_page(page))

    async def register_web_call(
        self,
        *,
        assistant_id: str,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RegisterWebCallResult:
        """Register a new web call.

        Args:
            assistant_id: The ID of the assistant to use for the call

        Raises:
            BadRequestError: 400: Error
            PermissionDeniedError: 403: Forbidden
            PreconditionFailedError: 412: Precondition Failed

        ``POST /calls/web/register`` (operationId ``registerWebCall``).
        """
        _body = RegisterWebCallRequest(assistant_id=assistant_id)
        return await self._run(
            build_request(
                "post",
                "/calls/web/register",
                body=_body,
                ways=(((), "json", "application/json"),),
            ),
            _parse_register_web_call,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AsyncCallsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncCallsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AsyncCallsWithStreamingResponse(self)


class AsyncCallsWithRawResponse:
    """``calls.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: AsyncCalls) -> None:
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page_response(resource.list)
        self.register_web_call = async_to_raw_response(resource.register_web_call)


class AsyncCallsWithStreamingResponse:
    """``calls.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: AsyncCalls) -> None:
        self.get = async_to_streamed_response(resource.get)
        self.register_web_call = async_to_streamed_response(resource.register_web_call)
