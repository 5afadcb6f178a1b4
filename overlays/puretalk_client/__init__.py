"""puretalk_client: the typed, safe Python client for the Puretalk AI API.

>>> from puretalk_client import Puretalk
>>> client = Puretalk()  # key from PURETALK_API_KEY                      # doctest: +SKIP
>>> call = client.calls.register_web_call(assistant_id="e1f09482-...")   # doctest: +SKIP

The generated low-level client lives in :mod:`puretalk_api` (``client.api_client``
is one, configured); this package layers auth, retries, timeouts, typed errors,
envelope unwrapping and pagination over it.
"""

from typing import TYPE_CHECKING

from puretalk_client._config import DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven
from puretalk_client._exceptions import (
    APIConnectionError,
    APIEnvelopeError,
    APIError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InsecureTransportError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    PuretalkError,
    RateLimitError,
    UnprocessableEntityError,
)
from puretalk_client._pagination import AsyncPaginator, Page, SyncPaginator
from puretalk_client._response import RawResponse
from puretalk_client._version import version as _version

if TYPE_CHECKING:
    from puretalk_client._client import AsyncPuretalk, Puretalk

    __version__: str

__all__ = [
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AsyncPuretalk",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InsecureTransportError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "Puretalk",
    "PuretalkError",
    "RateLimitError",
    "RawResponse",
    "SyncPaginator",
    "UnprocessableEntityError",
    "__version__",
]


def __getattr__(name: str) -> object:
    """Import the clients and compute ``__version__`` on first use.

    The clients come from ``_client``, which needs the resource namespaces derived
    from the spec (``puretalk_api.resources``); those need ``puretalk_client``'s own
    modules. Importing the clients on first use lets either package be imported first.
    """
    if name == "__version__":
        return _version()
    if name in ("Puretalk", "AsyncPuretalk"):
        from puretalk_client import _client

        return getattr(_client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
