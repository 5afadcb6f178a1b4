"""Compression bombs (small bodies that decode to hundreds of MiB) and a 127.0.0.1 server that sends them.

The bombs are built in milliseconds: a deflate block of 1 MiB of zeros, fully flushed, is the
same bytes every time, so a gzip bomb is a header, that block N times and a trailer.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import struct
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar

from tests.helpers.servers import QuietHandler, serving

MIB = 1 << 20
OK_PATH = "/api/calls/ok"
OK_BODY = b'{"msg": "ok", "err": false, "results": {"call_id": "ok"}}'


@functools.cache
def gzip_zeros(mib: int) -> bytes:
    """A gzip stream of ``mib`` MiB of zeros (about 1 KB per MiB), valid to its trailer."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush()
    crc = functools.reduce(lambda value, _: zlib.crc32(bytes(MIB), value), range(mib), 0)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + block * mib + end + struct.pack("<II", crc, (mib * MIB) & 0xFFFFFFFF)


def gzip_of(data: bytes) -> bytes:
    """``data`` gzipped once more (a nested coding: ``Content-Encoding: gzip, gzip``)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return compressor.compress(data) + compressor.flush()


def _zeros(mib: int, compress: Any, finish: Any) -> bytes:
    zero = bytes(MIB)
    return b"".join(compress(zero) for _ in range(mib)) + finish()


@functools.cache
def br_zeros(mib: int) -> bytes:
    """A brotli stream of ``mib`` MiB of zeros (needs ``brotli``, pinned for the tests)."""
    compressor = importlib.import_module("brotli").Compressor(quality=5)
    return _zeros(mib, compressor.process, compressor.finish)


@functools.cache
def zstd_zeros(mib: int) -> bytes:
    """A zstd frame of ``mib`` MiB of zeros (needs ``backports.zstd`` before Python 3.14, pinned for the tests)."""
    try:
        module = importlib.import_module("compression.zstd")
    except ImportError:
        module = importlib.import_module("backports.zstd")
    compressor = module.ZstdCompressor()
    return _zeros(mib, compressor.compress, compressor.flush)


class BombHandler(QuietHandler):
    """Answers :data:`OK_PATH` with a small JSON; any other path with ``body`` under ``headers`` (repeats kept)."""

    body: ClassVar[bytes] = b""
    headers_sent: ClassVar[Sequence[tuple[str, str]]] = ()
    accept_encodings: ClassVar[list[str | None]] = []

    def do_GET(self) -> None:
        """Send the bomb (or the small answer), with every header as given, in order."""
        self.accept_encodings.append(self.headers.get("Accept-Encoding"))
        if self.path.split("?", 1)[0] == OK_PATH:
            self.send(200, OK_BODY, {"Content-Type": "application/json"})
            return
        self.send_response(200)
        for name, value in [("Content-Type", "application/json"), *self.headers_sent]:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client hung up: what a capped client does
            self.wfile.write(self.body)

    do_POST = do_GET


@contextmanager
def bomb_server(body: bytes, headers: Sequence[tuple[str, str]]) -> Iterator[str]:
    """Serve ``body`` with ``headers`` on a free 127.0.0.1 port; yield the base URL (``…/api``); always stop."""

    class Handler(BombHandler):
        pass

    Handler.body = body
    Handler.headers_sent = tuple(headers)
    Handler.accept_encodings = []
    with serving(Handler) as url:
        yield f"{url}/api"
