"""A web site on 127.0.0.1 that answers as scripted, hostile if asked to, and records every request it gets.

Per path: a page (any status, headers and bytes: a gzip bomb is a page with
``Content-Encoding: gzip``), a redirect, or a response dripped a byte at a time. Used as
an HTTP proxy (``HTTP_PROXY=site.url``), it records the absolute URL of every request that
would have left this machine, and answers none of them.
"""

from __future__ import annotations

import contextlib
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from tests.helpers.servers import QuietHandler, serving


@dataclass(frozen=True)
class Answer:
    """What the site sends for one path."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drip: float = 0.0
    """When set, the whole response (status line, headers, body) goes out one byte per ``drip`` seconds."""
    cut: int | None = None
    """When set, only the first ``cut`` bytes of the body go out (``Content-Length`` says all), then it hangs up."""


@dataclass(frozen=True)
class Request:
    """A request the site got: its path (an absolute URL when it was used as a proxy) and its headers."""

    path: str
    headers: dict[str, str]


class Site:
    """The scripted answers and the recorded requests of a :func:`hostile_site`."""

    def __init__(self) -> None:
        self.url = ""
        self.answers: dict[str, Answer] = {}
        self.seen: list[Request] = []
        self.lock = threading.Lock()

    def add(self, path: str, body: str | bytes, content_type: str = "text/markdown", **headers: str) -> str:
        """Serve ``body`` at ``path`` (200); return its URL."""
        data = body.encode() if isinstance(body, str) else body
        self.answers[path] = Answer(200, data, {"Content-Type": content_type, **headers})
        return self.url + path

    def answer(self, path: str, answer: Answer) -> str:
        """Serve ``answer`` at ``path``; return its URL."""
        self.answers[path] = answer
        return self.url + path

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        """Redirect ``path`` to ``location``; return the URL of ``path``."""
        return self.answer(path, Answer(status, b"", {"Location": location}))

    def paths(self) -> list[str]:
        """The paths (or absolute URLs) of every request so far, in order."""
        with self.lock:
            return [request.path for request in self.seen]


def gzip_bomb(decoded_bytes: int) -> bytes:
    """Gzip-compressed zeros: ``decoded_bytes`` of them in a body about a thousand times smaller."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(2**20)
    parts = [compressor.compress(chunk) for _ in range(decoded_bytes // len(chunk))]
    return b"".join([*parts, compressor.flush()])


def truncated_gzip(text: str, end: int) -> bytes:
    """``text`` gzip-compressed, cut before the stream's last block: what decodes is exactly ``text[:end]``.

    A full flush after ``text[:end]`` makes everything before the cut decodable on its own, so the
    cut stream inflates without error to a shorter, well-formed document: only its missing end says it.
    """
    data = text.encode()
    cut = len(text[:end].encode())
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    head = compressor.compress(data[:cut]) + compressor.flush(zlib.Z_FULL_FLUSH)
    compressor.compress(data[cut:])
    compressor.flush()
    return head


def _handler(site: Site) -> type[QuietHandler]:
    class Handler(QuietHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            with site.lock:
                site.seen.append(Request(self.path, {name.lower(): value for name, value in self.headers.items()}))
            answer = site.answers.get(
                self.path.split("?", 1)[0], Answer(404, b"not found", {"Content-Type": "text/plain"})
            )
            if answer.drip:
                self._drip(answer)
                return
            if answer.cut is not None:
                self._cut(answer, answer.cut)
                return
            self.send(answer.status, answer.body, answer.headers)

        def _drip(self, answer: Answer) -> None:
            head = f"HTTP/1.1 {answer.status} OK\r\n"
            head += "".join(f"{name}: {value}\r\n" for name, value in answer.headers.items())
            head += f"Content-Length: {len(answer.body)}\r\n\r\n"
            self.close_connection = True
            with contextlib.suppress(OSError):
                for byte in head.encode() + answer.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(answer.drip)

        def _cut(self, answer: Answer, cut: int) -> None:
            self.close_connection = True
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(answer.body[:cut])

    return Handler


@contextlib.contextmanager
def hostile_site() -> Iterator[Site]:
    """Run a :class:`Site` on a free 127.0.0.1 port; always stop it."""
    site = Site()
    with serving(_handler(site)) as url:
        site.url = url
        yield site
