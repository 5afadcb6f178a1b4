"""``client.phone_numbers``: Phone numbers: list them.

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable
from typing import TypedDict

from puretalk_client._generated.models import PhoneNumber, PhoneNumberList
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
from puretalk_client._request import build_request
from puretalk_client._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_page_response,
    to_raw_page_response,
)
from puretalk_client._response import check_envelope
from puretalk_client._validate import Check


def _parse_list_phone_numbers(
    _number: int,
) -> Callable[[object, Check], Page[PhoneNumber]]:
    """Parse a 2xx answer of GET /phone-numbers."""

    def _parse_page(body: object, check: Check) -> Page[PhoneNumber]:
        parsed = parse_model(PhoneNumberList, flagged(body, "err"), check)
        return linked_page(
            parsed.results, parsed.count, parsed.next_, parsed.previous, _number
        )

    return _parse_page


class PhoneNumbersListParams(TypedDict, total=False):
    """The keyword arguments of ``phone_numbers.list``."""

    page: int | NotGiven
    limit: int | NotGiven


class PhoneNumbers(SyncAPIResource):
    """Phone numbers: list them."""

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPaginator[PhoneNumber]:
        """Get Phone Numbers.

        List every phone number the API key's user can access.

        Args:
            page: The page number to return
            limit: The maximum number of results to return

        ``GET /phone-numbers`` (operationId ``listPhoneNumbers``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        def _fetch(_number: builtins.int | None) -> Page[PhoneNumber]:
            return self._run(
                build_request(
                    "get",
                    "/phone-numbers",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                    },
                ),
                _parse_list_phone_numbers(_number or 1),
                _options,
            )

        return SyncPaginator(_fetch, first_page(page))

    @functools.cached_property
    def with_raw_response(self) -> PhoneNumbersWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return PhoneNumbersWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> PhoneNumbersWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return PhoneNumbersWithStreamingResponse(self)


class PhoneNumbersWithRawResponse:
    """``phone_numbers.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: PhoneNumbers) -> None:
        self.list = to_raw_page_response(resource.list)


class PhoneNumbersWithStreamingResponse:
    """``phone_numbers.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: PhoneNumbers) -> None:
        pass


class AsyncPhoneNumbers(AsyncAPIResource):
    """Phone numbers: list them."""

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPaginator[PhoneNumber]:
        """Get Phone Numbers.

        List every phone number the API key's user can access.

        Args:
            page: The page number to return
            limit: The maximum number of results to return

        ``GET /phone-numbers`` (operationId ``listPhoneNumbers``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        async def _fetch(_number: builtins.int | None) -> Page[PhoneNumber]:
            return await self._run(
                build_request(
                    "get",
                    "/phone-numbers",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                    },
                ),
                _parse_list_phone_numbers(_number or 1),
                _options,
            )

        return AsyncPaginator(_fetch, first_page(page))

    @functools.cached_property
    def with_raw_response(self) -> AsyncPhoneNumbersWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AsyncPhoneNumbersWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPhoneNumbersWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AsyncPhoneNumbersWithStreamingResponse(self)


class AsyncPhoneNumbersWithRawResponse:
    """``phone_numbers.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: AsyncPhoneNumbers) -> None:
        self.list = async_to_raw_page_response(resource.list)


class AsyncPhoneNumbersWithStreamingResponse:
    """``phone_numbers.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: AsyncPhoneNumbers) -> None:
        pass
