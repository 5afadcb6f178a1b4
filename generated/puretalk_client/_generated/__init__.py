"""A client library for accessing Puretalk AI"""

from puretalk_client._sentinel import NOT_GIVEN, NotGiven

__all__ = (
    "NOT_GIVEN",
    "NotGiven",
)
