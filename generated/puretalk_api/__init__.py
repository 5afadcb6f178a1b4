"""A client library for accessing Puretalk AI"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


from puretalk_client._sentinel import NOT_GIVEN, NotGiven

__all__ = (
    "NOT_GIVEN",
    "AuthenticatedClient",
    "Client",
    "NotGiven",
)


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
