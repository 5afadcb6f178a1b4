"""Turning what callers pass into the generated request models: mappings, files."""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Protocol, Self, TypeVar, cast, overload

if TYPE_CHECKING:
    from puretalk_api.types import File, Unset

FileInput = str | os.PathLike[str] | bytes | IO[bytes]
"""What a file field accepts: a path, the bytes, or a binary file object."""


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
    from puretalk_api.types import Unset

    if isinstance(values, Unset):
        return values
    return [as_model(model, value) for value in values]


@overload
def upload(stack: contextlib.ExitStack, file: FileInput, name: str) -> File: ...
@overload
def upload(stack: contextlib.ExitStack, file: FileInput | Unset, name: str) -> File | Unset: ...
def upload(stack: contextlib.ExitStack, file: FileInput | Unset, name: str) -> File | Unset:
    """Open what the caller gave as a :class:`File` part; ``stack`` closes what this opened."""
    from puretalk_api.types import Unset

    if isinstance(file, Unset):
        return file
    return stack.enter_context(_opened(file, name))


@contextlib.contextmanager
def _opened(file: FileInput, default_name: str) -> Iterator[File]:
    from puretalk_api.types import File

    if isinstance(file, bytes):
        yield File(payload=io.BytesIO(file), file_name=default_name, mime_type="application/octet-stream")
    elif isinstance(file, (str, os.PathLike)):
        path = Path(file)
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with path.open("rb") as handle:
            yield File(payload=handle, file_name=path.name, mime_type=mime_type)
    else:
        name = Path(str(getattr(file, "name", default_name))).name
        yield File(
            payload=cast(BinaryIO, file),
            file_name=name,
            mime_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        )
