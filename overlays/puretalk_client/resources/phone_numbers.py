"""``client.phone_numbers``: list the account's phone numbers."""

from __future__ import annotations

from typing import Unpack

from puretalk_api.api.phone_numbers import list_phone_numbers
from puretalk_api.models import PhoneNumber, PhoneNumberList
from puretalk_client._pagination import AsyncPaginator, Paging, SyncPaginator, linked_page
from puretalk_client._resource import AsyncAPIResource, SyncAPIResource


class PhoneNumbers(SyncAPIResource):
    """Phone numbers: ``list``."""

    def list(self, **paging: Unpack[Paging]) -> SyncPaginator[PhoneNumber]:
        """Iterate over every phone number (lazily, page by page)."""
        return self._paginate(list_phone_numbers, paging, PhoneNumberList, linked_page)


class AsyncPhoneNumbers(AsyncAPIResource):
    """Phone numbers: ``list``."""

    def list(self, **paging: Unpack[Paging]) -> AsyncPaginator[PhoneNumber]:
        """Iterate over every phone number (``async for``, page by page)."""
        return self._paginate(list_phone_numbers, paging, PhoneNumberList, linked_page)
