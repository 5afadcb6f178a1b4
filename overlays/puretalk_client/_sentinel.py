"""``NOT_GIVEN``: the one "not given / absent" sentinel of the client and of the generated code.

The generated code re-exports it (``puretalk_client._generated.NOT_GIVEN``; its ``types.UNSET`` is the
same object, ``Unset`` the same class), so an optional argument, a field the server did not
send and a field the caller did not give all hold this one value.
"""

from __future__ import annotations

from typing import Final, Literal


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument or field that was not given (``None`` can be a meaningful value).

    There is one instance: it pickles and copies as itself, and is false in a boolean context.
    """

    __slots__ = ()
    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
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

__all__ = ["NOT_GIVEN", "NotGiven"]
