"""Turning what callers pass into the generated request models: mappings, files."""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Protocol, Self, TypeVar, cast, overload

from puretalk_client._sentinel import NotGiven as Unset

if TYPE_CHECKING:
    from puretalk_client._generated.types import File

FileContent = bytes | IO[bytes]
"""The content of a file given as a tuple: the bytes, or a binary file object."""
FileInput = (
    str
    | os.PathLike[str]
    | bytes
    | IO[bytes]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""What a file field accepts, as httpx and openai-python do: a path, the bytes, a binary file object,
or a ``(file name, content)`` / ``(file name, content, MIME type)`` tuple."""


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)


@overload
def as_model(model: type[M], value: M | Mapping[str, Any]) -> M: ...
@overload
def as_model(model: type[M], value: M | Mapping[str, Any] | Unset) -> M | Unset: ...
def as_model(model: type[M], value: M | Mapping[str, Any] | Unset) -> M | Unset:
    """Return ``value`` as the generated ``model``: a mapping is read with ``from_dict``."""
    if isinstance(value, Mapping):
        return model.from_dict(value)
    return value


@overload
def as_models(model: type[M], values: Sequence[M | Mapping[str, Any]]) -> list[M]: ...
@overload
def as_models(model: type[M], values: Sequence[M | Mapping[str, Any]] | Unset) -> list[M] | Unset: ...
def as_models(model: type[M], values: Sequence[M | Mapping[str, Any]] | Unset) -> list[M] | Unset:
    """Return each of ``values`` as the generated ``model`` (see :func:`as_model`)."""
    if isinstance(values, Unset):
        return values
    return [as_model(model, value) for value in values]


@overload
def upload(stack: contextlib.ExitStack, file: FileInput, name: str, part: type[File]) -> File: ...
@overload
def upload(stack: contextlib.ExitStack, file: FileInput | Unset, name: str, part: type[File]) -> File | Unset: ...
def upload(stack: contextlib.ExitStack, file: FileInput | Unset, name: str, part: type[File]) -> File | Unset:
    """Open what the caller gave as a ``part`` (the generated :class:`File`); ``stack`` closes what this opened.

    The generated code passes its own ``File`` class in: this runtime imports nothing of it.
    """
    if isinstance(file, Unset):
        return file
    return stack.enter_context(_opened(file, name, part))


def _mime_of(name: str | None) -> str:
    return (mimetypes.guess_type(name)[0] if name else None) or "application/octet-stream"


def _payload(content: FileContent) -> BinaryIO:
    if isinstance(content, (bytes, bytearray, memoryview)):
        return io.BytesIO(bytes(content))
    if callable(getattr(content, "read", None)):
        return cast(BinaryIO, content)
    raise TypeError(f"a file's content must be bytes or a binary file object, not {type(content).__name__}")


@contextlib.contextmanager
def _opened(file: FileInput, default_name: str, File: type[File]) -> Iterator[File]:

    if isinstance(file, (bytes, bytearray, memoryview)):
        yield File(payload=io.BytesIO(bytes(file)), file_name=default_name, mime_type="application/octet-stream")
    elif isinstance(file, (str, os.PathLike)):
        path = Path(file)
        with path.open("rb") as handle:
            yield File(payload=handle, file_name=path.name, mime_type=_mime_of(path.name))
    elif isinstance(file, tuple):
        if len(file) not in (2, 3) or not isinstance(file[0], (str, type(None))):
            raise TypeError("a file tuple is (file name, content) or (file name, content, MIME type)")
        name = file[0]
        mime = file[2] if len(file) == 3 else None
        if not isinstance(mime, (str, type(None))):
            raise TypeError(f"a file tuple's MIME type must be a string, not {type(mime).__name__}")
        yield File(payload=_payload(file[1]), file_name=name, mime_type=mime or _mime_of(name))
    elif callable(getattr(file, "read", None)):
        name = Path(str(getattr(file, "name", default_name))).name
        yield File(payload=cast(BinaryIO, file), file_name=name, mime_type=_mime_of(name))
    else:
        raise TypeError(
            "a file is a path, bytes, a binary file object, or a (file name, content[, MIME type]) tuple; "
            f"got {type(file).__name__}"
        )
