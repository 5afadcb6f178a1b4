"""A client library for accessing Puretalk AI"""

from typing import TYPE_CHECKING, Any, Final, Literal

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument or field that was not given (``None`` can be a meaningful value).

    There is one instance: it pickles and copies as itself, and is false in a boolean context.
    """

    __slots__ = ()
    _instance: "NotGiven | None" = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final[NotGiven] = NotGiven()
"""Not given: the default of optional arguments, and what an absent field holds inside a model."""

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
