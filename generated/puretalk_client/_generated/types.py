"""Contains some shared types for properties"""

import json
from collections.abc import Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar

import attrs
from attrs import define

from . import NOT_GIVEN, NotGiven

Unset = NotGiven
"""The generator's name for :class:`NotGiven`."""
UNSET: NotGiven = NOT_GIVEN
"""The generator's name for ``NOT_GIVEN``: a field or argument that was not given."""

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_MODEL_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _model_fields(model: type) -> tuple[tuple[str, str], ...]:
    """Return (attribute name, storage slot) of each documented field of a model class, in declaration order."""
    fields = _MODEL_FIELDS.get(model)
    if fields is None:
        fields = _MODEL_FIELDS[model] = tuple(
            (field.alias or field.name, field.name)
            for field in attrs.fields(model)
            if field.name != "additional_properties"
        )
    return fields


class BaseModel:
    """The base of every generated model.

    A field the server did not send (or the caller did not give) reads as ``None``, like a
    null one; :attr:`model_fields_set` tells the two apart. The repr shows the fields that
    are set; :meth:`to_dict` and :meth:`to_json` leave absent fields out; fields the spec
    does not know are kept in ``additional_properties`` and read as attributes too.
    """

    __slots__ = ()

    # Private names are mangled (_BaseModel__items): a field's storage slot (_<field>) never hides them.
    def __items(self) -> Iterator[tuple[str, Any]]:
        """Yield (attribute name, value) of each documented field that is set, in declaration order."""
        for name, slot in _model_fields(type(self)):
            value = getattr(self, slot)
            if value is not NOT_GIVEN:
                yield name, value

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The names of the documented fields that were sent (or given), null ones included."""
        return frozenset(name for name, _ in self.__items())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """Return this model as a JSON document (absent fields left out, unknown fields kept)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        shown = [f"{name}={value!r}" for name, value in self.__items()]
        extra = self.__extra()
        shown.extend(
            f"{key}={value!r}" for key, value in extra.items() if key.isidentifier()
        )
        other = {key: value for key, value in extra.items() if not key.isidentifier()}
        if other:
            shown.append(f"additional_properties={other!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __extra(self) -> Mapping[str, Any]:
        try:
            extra: Mapping[str, Any] = object.__getattribute__(
                self, "additional_properties"
            )
        except AttributeError:
            return {}
        return extra

    if not TYPE_CHECKING:
        # Runtime only (as pydantic does): type checkers still flag a misspelt field.

        def __getattr__(self, name: str) -> Any:
            if not name.startswith("__"):
                extra = self.__extra()
                if name in extra:
                    return extra[name]
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            )


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "BaseModel",
    "File",
    "FileTypes",
    "RequestFiles",
    "NotGiven",
    "Response",
    "Unset",
]
