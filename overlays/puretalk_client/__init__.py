"""puretalk_client: the typed, safe Python client for the Puretalk AI API.

>>> from puretalk_client import Puretalk
>>> client = Puretalk()  # key from PURETALK_API_KEY                      # doctest: +SKIP
>>> call = client.calls.register_web_call(assistant_id="e1f09482-...")   # doctest: +SKIP

The layers import one way: the private runtime modules here (hand-written: auth, retries,
timeouts, typed errors, envelopes, pagination) <- ``puretalk_client._generated`` (derived from the
spec: models, and the resource classes in ``puretalk_client._generated.resources``, which build each
request and parse each answer) <- the client (``Puretalk`` / ``AsyncPuretalk``) and the public names
here and in :mod:`puretalk_client.types`.
"""

from pkgutil import extend_path

# One package from two folders of the repository: this one (hand-written) and generated/puretalk_client,
# which holds the private subpackage _generated. A wheel holds both in one folder, where this changes nothing.
__path__ = extend_path(__path__, __name__)

from typing import TYPE_CHECKING

from puretalk_client._client import AsyncPuretalk, Puretalk
from puretalk_client._config import DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven
from puretalk_client._exceptions import (
    APIConnectionError,
    APIEnvelopeError,
    APIError,
    APIResponseEncodingError,
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
    PageLimitError,
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
    __version__: str

__all__ = [
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponseEncodingError",
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
    "PageLimitError",
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
    """Compute ``__version__`` on first use (reading the distribution's metadata is not free)."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
