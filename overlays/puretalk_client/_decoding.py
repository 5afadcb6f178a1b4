"""Content codings decoded with a bound on every step, so that a cap on decoded bytes holds while they are decoded.

httpx decodes a whole network chunk at once and reads only the codings it knows: 255 KB of
gzip are 256 MiB of zeros in one step, and ``br`` or ``zstd`` are 2 GiB from 3 KB. Here the
body is read raw (``iter_raw``) and decoded by us, every ``Content-Encoding`` header and
every coding of a comma list, innermost last, each decoder handing on at most :data:`STEP`
bytes at a time (``zlib``'s ``max_length``, brotli's ``output_buffer_limit``, zstd's
``max_length``); raw and decoded bytes are counted against the cap as they come.

Codings: ``gzip`` (``x-gzip``) and ``deflate`` always; ``br`` with ``brotli`` 1.2 or later
(its bounded ``process``), ``zstd`` with Python 3.14's ``compression.zstd`` or
``backports.zstd``. A coding the client cannot decode with a bound (unknown, or ``br`` /
``zstd`` without such a decoder; the ``zstandard`` package that ``httpx[zstd]`` installs has
no bounded streaming decoder) is refused unread: :class:`APIResponseEncodingError`. The
retrying transport asks only for the codings :func:`decodable` lists.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any, Protocol

import httpx

from puretalk_client._exceptions import (
    APIResponseEncodingError,
    APIResponseTooLargeError,
    APIResponseValidationError,
)

STEP = 64 * 1024
"""The most one decoder hands on at a time (brotli may overshoot it once, by less than a step)."""
_IDENTITY = frozenset({"", "identity"})
_GZIP = frozenset({"gzip", "x-gzip"})


class _Decoder(Protocol):
    """One content coding's decoder, fed and drained in bounded steps."""

    def decode(self, data: bytes, limit: int) -> bytes:
        """Take ``data`` (b"": go on with what was given) and return at most about ``limit`` decoded bytes.

        b"" means: everything given so far has been decoded and handed on.
        """


class _Zlib:
    """gzip (``wbits=31``) or deflate; deflate tries the zlib wrapper first, then raw deflate (as httpx does)."""

    def __init__(self, wbits: int, *, raw_fallback: bool = False) -> None:
        self._decompressor = zlib.decompressobj(wbits)
        self._raw_fallback = raw_fallback
        self._started = False

    def decode(self, data: bytes, limit: int) -> bytes:
        decompressor = self._decompressor
        if decompressor.eof:
            return b""  # what follows the end of the stream is ignored, as httpx does
        tail = decompressor.unconsumed_tail
        pending = tail + data if tail and data else tail or data
        if not pending:
            return b""
        try:
            out = decompressor.decompress(pending, limit)
        except zlib.error:
            if self._started or not self._raw_fallback:
                raise
            self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            self._raw_fallback = False
            out = self._decompressor.decompress(pending, limit)
        self._started = True
        return out


class _Brotli:
    """br, through the bounded ``process(data, output_buffer_limit=…)`` of brotli 1.2."""

    def __init__(self, module: Any) -> None:
        self._decompressor = module.Decompressor()
        self._held = b""

    def decode(self, data: bytes, limit: int) -> bytes:
        decompressor = self._decompressor
        self._held += data
        if decompressor.can_accept_more_data():
            held, self._held = self._held, b""
            if not held and decompressor.is_finished():
                return b""
            out: bytes = decompressor.process(held, output_buffer_limit=limit)
            return out
        out = decompressor.process(b"", output_buffer_limit=limit)
        if not out and self._held:
            raise ValueError("brotli holds output it does not give")
        return out


class _Zstd:
    """zstd, through the bounded ``decompress(data, max_length)`` of ``compression.zstd``; frame after frame."""

    def __init__(self, module: Any) -> None:
        self._module = module
        self._decompressor = module.ZstdDecompressor()

    def decode(self, data: bytes, limit: int) -> bytes:
        decompressor = self._decompressor
        if decompressor.eof:
            rest = decompressor.unused_data + data
            if not rest:
                return b""
            decompressor = self._decompressor = self._module.ZstdDecompressor()  # the next frame
            data = rest
        elif not data and decompressor.needs_input:
            return b""
        out: bytes = decompressor.decompress(data, limit)
        return out


def _module(*names: str) -> Any:
    for name in names:
        with contextlib.suppress(ImportError):
            return importlib.import_module(name)
    return None


@functools.cache
def _brotli() -> Any:
    """Return the installed brotli module if it decodes with a bound (brotli 1.2+, or brotlicffi alike); else None."""
    for name in ("brotli", "brotlicffi"):
        module = _module(name)
        if module is None:
            continue
        try:
            module.Decompressor().process(b"", output_buffer_limit=1)
        except (TypeError, AttributeError):
            continue  # an older brotli: process() takes no limit
        return module
    return None


@functools.cache
def _zstd() -> Any:
    """Return the zstd module with a bounded decoder (Python 3.14's compression.zstd, or backports.zstd); else None."""
    return _module("compression.zstd", "backports.zstd")


def decodable() -> tuple[str, ...]:
    """Return the content codings this client decodes with a bound, in the order it asks for them."""
    codings = ["gzip", "deflate"]
    if _brotli() is not None:
        codings.append("br")
    if _zstd() is not None:
        codings.append("zstd")
    return tuple(codings)


@functools.lru_cache(maxsize=16)
def accept_encoding(value: str) -> str:
    """Keep, of an ``Accept-Encoding`` value, only the codings this client decodes with a bound."""
    known = set(decodable()) | _GZIP | _IDENTITY
    kept = [part.strip() for part in value.split(",") if part.split(";", 1)[0].strip().lower() in known]
    return ", ".join(part for part in kept if part) or "identity"


def content_codings(headers: httpx.Headers) -> list[str]:
    """Return the codings applied to a body, in the order they were applied: every header, every comma item."""
    codings = (part.strip().lower() for part in headers.get_list("content-encoding", split_commas=True))
    return [coding for coding in codings if coding not in _IDENTITY]


def _decoder(coding: str, response: httpx.Response) -> _Decoder:
    if coding in _GZIP:
        return _Zlib(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Zlib(zlib.MAX_WBITS, raw_fallback=True)
    if coding == "br" and _brotli() is not None:
        return _Brotli(_brotli())
    if coding == "zstd" and _zstd() is not None:
        return _Zstd(_zstd())
    raise APIResponseEncodingError(response, coding, ", ".join(decodable()))


def _undecodable(response: httpx.Response, coding: str, error: Exception) -> APIResponseValidationError:
    return APIResponseValidationError(response, f"the body could not be decoded ({coding}: {type(error).__name__})")


class BoundedDecoder:
    """The decoders of one response's codings, chained; counts raw and decoded bytes against ``limit``.

    Building one refuses a coding that cannot be decoded with a bound (:class:`APIResponseEncodingError`).
    """

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        self._response = response
        self._limit = limit
        self._codings = list(reversed(content_codings(response.headers)))  # the last applied is undone first
        self._decoders = [_decoder(coding, response) for coding in self._codings]
        self._raw = 0
        self._size = 0

    def feed(self, raw: bytes) -> Iterator[bytes]:
        """Yield the decoded bytes of the raw chunk ``raw``, a bounded piece at a time."""
        self._raw += len(raw)
        if self._limit is not None and self._raw > self._limit:
            raise APIResponseTooLargeError(self._response, self._limit)
        yield from self._through(0, raw)

    def _through(self, level: int, data: bytes) -> Iterator[bytes]:
        if level == len(self._decoders):
            self._size += len(data)
            if self._limit is not None and self._size > self._limit:
                raise APIResponseTooLargeError(self._response, self._limit)
            if data:
                yield data
            return
        decoder = self._decoders[level]
        out = self._step(level, decoder, data)
        while out:
            yield from self._through(level + 1, out)
            out = self._step(level, decoder, b"")

    def _step(self, level: int, decoder: _Decoder, data: bytes) -> bytes:
        try:
            return decoder.decode(data, STEP)
        except Exception as error:  # zlib.error, brotli.error, ZstdError…: one typed error
            raise _undecodable(self._response, self._codings[level], error) from None


class DecodedStream(httpx.SyncByteStream):
    """The decoded body of a streamed ``response``, read raw and decoded in bounded steps (see the module)."""

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        self._response = response
        self._decoder = BoundedDecoder(response, limit)

    def __iter__(self) -> Iterator[bytes]:
        for raw in self._response.iter_raw():
            yield from self._decoder.feed(raw)

    def close(self) -> None:
        self._response.close()


class AsyncDecodedStream(httpx.AsyncByteStream):
    """The async twin of :class:`DecodedStream`."""

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        self._response = response
        self._decoder = BoundedDecoder(response, limit)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for raw in self._response.aiter_raw():
            for chunk in self._decoder.feed(raw):
                yield chunk

    async def aclose(self) -> None:
        await self._response.aclose()


_DROPPED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def decoded_view(response: httpx.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    """Make a response like ``response`` whose body is ``stream`` (decoded), so httpx decodes nothing more.

    Its headers lose ``Content-Encoding``, ``Content-Length`` and ``Transfer-Encoding`` (they describe the encoded body)
    when the body was encoded; its request, extensions and default encoding are the same.
    """
    encoded = bool(content_codings(response.headers))
    headers = [
        (key, value) for key, value in response.headers.multi_items() if not encoded or key.lower() not in _DROPPED
    ]
    view = httpx.Response(
        response.status_code,
        headers=headers,
        stream=stream,
        request=response.request,
        extensions=response.extensions,
        default_encoding=response.default_encoding,
    )
    return view


def copy_elapsed(source: httpx.Response, target: httpx.Response) -> None:
    """Give ``target`` the time ``source`` took (set by httpx once ``source`` is closed)."""
    with contextlib.suppress(RuntimeError):  # a response httpx did not time (a mock transport's) has none
        target.elapsed = source.elapsed


_NEWLINES = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""What ``str.splitlines`` ends a line at."""


class LineSplitter:
    """Split text that arrives in pieces into lines, as ``str.splitlines`` would (httpx's ``iter_lines`` rules).

    A line still open past ``limit`` characters raises :class:`APIResponseTooLargeError`: a body
    without line ends is not held whole (None: no limit).
    """

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        self._response = response
        self._limit = limit
        self._open: list[str] = []
        self._open_size = 0
        self._trailing_cr = False

    def decode(self, text: str) -> list[str]:
        """Take the next piece of text; return the lines it completes."""
        if self._trailing_cr:
            text, self._trailing_cr = "\r" + text, False
        if text.endswith("\r"):  # perhaps the first half of "\r\n": kept for the next piece
            text, self._trailing_cr = text[:-1], True
        if not text:
            return []
        ended = text[-1] in _NEWLINES
        lines = text.splitlines()
        if len(lines) == 1 and not ended:  # no line end: the open line grows (kept in pieces, joined once)
            self._open.append(lines[0])
            self._open_size += len(lines[0])
            self._check()
            return []
        if self._open:
            lines[0] = "".join(self._open) + lines[0]
            self._open, self._open_size = [], 0
        if not ended:
            last = lines.pop()
            self._open, self._open_size = [last], len(last)
            self._check()
        return lines

    def _check(self) -> None:
        if self._limit is not None and self._open_size > self._limit:
            raise APIResponseTooLargeError(self._response, self._limit)

    def flush(self) -> list[str]:
        """Return the last line, if the text did not end with a line end."""
        if not self._open and not self._trailing_cr:
            return []
        line = "".join(self._open)
        self._open, self._open_size, self._trailing_cr = [], 0, False
        return [line]
