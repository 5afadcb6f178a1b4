"""The key stays secret however a body carries it (JSON escapes, HTML entities, percent-encoding), and errors'
requests carry no key; a short key does not damage ordinary text."""

from __future__ import annotations

import contextlib
import gc
import json
import time
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from puretalk_client import (
    APIConnectionError,
    APIEnvelopeError,
    APIError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    AsyncPuretalk,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    Puretalk,
)
from puretalk_client._exceptions import body_excerpt
from tests.helpers.faulty_server import faulty_server, flood, raw, reply
from tests.helpers.mock_api import answer, async_client, sync_client
from tests.helpers.servers import QuietHandler, free_port, serving

KEY = "sk-live/AbC+123_xyz"


def _json_escaped(text: str) -> str:
    """Every character as a JSON \\u escape."""
    return "".join(f"\\u{ord(char):04x}" for char in text)


ENCODINGS = {
    "as-is": KEY,
    "json-solidus": KEY.replace("/", "\\/"),
    "json-unicode": _json_escaped(KEY),
    "json-unicode-upper": _json_escaped(KEY).upper().replace("\\U", "\\u"),
    "json-mixed": _json_escaped(KEY[:5]) + KEY[5:].replace("/", "\\/"),
    "html-decimal": KEY.replace("/", "&#47;").replace("+", "&#43;"),
    "html-hex": KEY.replace("/", "&#x2F;").replace("+", "&#x2b;"),
    "html-named": KEY.replace("/", "&sol;").replace("+", "&plus;"),
    "html-every-char": "".join(f"&#{ord(char)};" for char in KEY),
    "percent": KEY.replace("/", "%2F").replace("+", "%2B"),
    "percent-lower": KEY.replace("/", "%2f").replace("+", "%2b"),
    "percent-every-char": "".join(f"%{byte:02X}" for byte in KEY.encode()),
}
"""How a server may echo the key inside a JSON string literal (written into the body as is)."""


def _body(status_msg: str, **extra: Any) -> bytes:
    """A JSON body whose msg literal holds ``status_msg`` exactly as given (escapes included)."""
    rest = "".join(f', "{name}": {json.dumps(value)}' for name, value in extra.items())
    return ('{"err": true, "msg": "invalid key ' + status_msg + '"' + rest + "}").encode()


def _texts(error: APIError) -> list[str]:
    return [str(error), repr(error), error.message, json.dumps(error.body), *map(str, error.args)]


def _readable(text: str) -> bool:
    """Tell whether the key can be read back from ``text`` by undoing any of the encodings."""
    import html
    import urllib.parse

    candidates = {text, html.unescape(text), urllib.parse.unquote(text)}
    for candidate in list(candidates):
        with contextlib.suppress(ValueError):
            candidates.add(json.loads(f'"{candidate}"'))
    return any(KEY in candidate for candidate in candidates)


@pytest.mark.parametrize("encoded", ENCODINGS.values(), ids=list(ENCODINGS))
@pytest.mark.parametrize(
    ("status", "error_class"),
    [(401, AuthenticationError), (500, InternalServerError), (200, APIEnvelopeError)],
)
def test_an_echoed_key_is_scrubbed_in_every_encoding(encoded: str, status: int, error_class: type[APIError]) -> None:
    content = _body(encoded)
    assert KEY in json.loads(content)["msg"] or _readable(json.loads(content)["msg"])  # the test body does carry it
    client = sync_client(
        lambda request: httpx.Response(status, content=content, headers={"Content-Type": "application/json"}),
        api_key=KEY,
        max_retries=0,
    )
    with pytest.raises(error_class) as raised:
        client.calls.get("c-1")
    for text in _texts(raised.value):
        assert not _readable(text), text
    assert "invalid key ***" in str(raised.value)


@pytest.mark.parametrize("encoded", ENCODINGS.values(), ids=list(ENCODINGS))
def test_an_echoed_key_is_scrubbed_from_the_excerpt_of_a_malformed_body(encoded: str) -> None:
    content = f"<html><p>your key: {encoded}</p></html>".encode()
    client = sync_client(lambda request: httpx.Response(200, content=content), api_key=KEY)
    with pytest.raises(APIResponseValidationError) as raised:
        client.calls.get("c-1")
    assert not _readable(str(raised.value))
    assert "your key: ***" in str(raised.value)


def test_a_key_inside_keys_and_nested_values_of_the_body_is_scrubbed() -> None:
    body = {"err": True, "msg": "no", "echo": {KEY: [f"x {ENCODINGS['html-named']} y"]}}
    client = sync_client(answer(403, body), api_key=KEY)
    with pytest.raises(APIError) as raised:
        client.calls.get("c-1")
    assert raised.value.body == {"err": True, "msg": "no", "echo": {"***": ["x *** y"]}}


@pytest.mark.parametrize(
    ("key", "body", "kept"),
    [
        pytest.param("k", {"err": True, "msg": "ok, looking"}, "ok, looking", id="k"),
        pytest.param("o", {"err": True, "msg": "Voice not found"}, "Voice not found", id="o"),
        pytest.param("e", {"err": True, "msg": "une &eacute;t&eacute;"}, "une &eacute;t&eacute;", id="e-entity"),
        pytest.param("abc", {"err": True, "msg": "abcdef is not abc"}, "abcdef is not ***", id="abc"),
    ],
)
def test_a_short_key_does_not_damage_text(key: str, body: dict[str, Any], kept: str) -> None:
    client = sync_client(answer(400, body), api_key=key)
    with pytest.raises(APIError) as raised:
        client.calls.get("c-1")
    assert kept in str(raised.value)
    assert raised.value.body == {**body, "msg": kept}


def test_a_short_key_on_its_own_is_still_scrubbed() -> None:
    client = sync_client(answer(401, {"err": True, "msg": "invalid key k"}), api_key="k")
    with pytest.raises(AuthenticationError, match=r"invalid key \*\*\*"):
        client.calls.get("c-1")


def test_the_excerpt_of_a_malformed_body_keeps_its_text_with_a_one_letter_key() -> None:
    client = sync_client(answer(200, text='{"msg": "ok", "err": false, "results": null}'), api_key="o")
    with pytest.raises(APIResponseValidationError) as raised:
        client.calls.get("c-1")
    assert 'body starts: {"msg": "ok"' in str(raised.value)


# --- an error's request carries no key ------------------------------------------------------


def _assert_masked(error: APIError) -> None:
    assert error.request is not None
    assert error.request.headers["X-API-KEY"] == "***"
    assert KEY not in repr(dict(error.request.headers))
    response = getattr(error, "response", None)
    if response is not None:
        assert response.request.headers["X-API-KEY"] == "***"


@pytest.mark.parametrize(
    ("handler", "error_class"),
    [
        pytest.param(answer(401, {"err": True, "msg": "no"}), AuthenticationError, id="status"),
        pytest.param(answer(200, {"err": True, "msg": "no"}), APIEnvelopeError, id="envelope"),
        pytest.param(answer(200, text="<html>"), APIResponseValidationError, id="validation"),
        pytest.param(answer(200, text="[" * 100), APIResponseTooLargeError, id="too-large"),
    ],
)
def test_the_request_of_an_error_has_its_key_masked(handler: Any, error_class: type[APIError]) -> None:
    client = sync_client(handler, api_key=KEY, max_retries=0, max_response_bytes=50)
    with pytest.raises(error_class) as raised:
        client.calls.register_web_call(assistant_id="a-1")
    _assert_masked(raised.value)
    assert raised.value.request is not None
    assert json.loads(raised.value.request.content) == {"assistant_id": "a-1"}  # the rest is kept
    assert raised.value.request.url.path == "/api/calls/web/register"


def test_the_request_of_a_connection_error_has_its_key_masked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(APIConnectionError) as raised:
        sync_client(handler, api_key=KEY, max_retries=0).calls.get("c-1")
    _assert_masked(raised.value)


@pytest.mark.asyncio
async def test_async_the_request_of_an_error_has_its_key_masked() -> None:
    client = async_client(answer(404, {"err": True, "msg": "no"}), api_key=KEY)
    with pytest.raises(APIError) as raised:
        await client.calls.get("c-1")
    _assert_masked(raised.value)


def test_the_request_of_an_error_from_a_real_server_has_its_key_masked() -> None:
    with faulty_server() as server:
        server.plan("/api/calls/c-1", reply(401, {"err": True, "msg": f"bad key {ENCODINGS['json-unicode']}"}))
        with (
            Puretalk(api_key=KEY, base_url=server.url, max_retries=0) as client,
            pytest.raises(AuthenticationError) as raised,
        ):
            client.calls.get("c-1")
    assert server.seen[0]["key"] == KEY  # the key was sent…
    _assert_masked(raised.value)  # …and the error does not hold it
    assert not _readable(str(raised.value))


def test_a_large_error_body_is_scrubbed_where_it_is_shown() -> None:
    page = "<html>" + "x" * 150 + ENCODINGS["html-hex"] + "&amp; 50% " * 400_000 + "</html>"  # 4 MB
    body = {"err": True, "msg": "no", "echo": ["a&b " * 10, f"tail {ENCODINGS['percent']}"]}
    client = sync_client(answer(502, text=page), api_key=KEY, max_retries=0)
    with pytest.raises(InternalServerError) as raised:
        client.calls.get("c-1")
    assert len(str(raised.value)) < 400
    assert "x***&amp;" in str(raised.value).replace(" ", "")
    client = sync_client(answer(400, body), api_key=KEY)
    with pytest.raises(APIError) as raised_json:
        client.calls.get("c-1")
    assert raised_json.value.body == {**body, "echo": ["a&b " * 10, "tail ***"]}


# --- issue 25: the reason phrase, the edge of the excerpt, and everything reachable from an error --

LONG_KEY = "sk-live-" + "0123456789abcdef" * 2
"""A 40-character key, as the red team used."""


def _reachable_texts(root: object, limit: int = 200_000) -> Iterator[str | bytes]:
    """Yield every str and bytes reachable from ``root`` (attributes, containers, causes, contexts…).

    Modules, classes, functions and tracebacks (their frames' locals) are not followed.
    """
    skip = (
        types.ModuleType,
        type,
        types.FunctionType,
        types.BuiltinFunctionType,
        types.MethodType,
        types.CodeType,
        types.FrameType,
        types.TracebackType,
    )
    seen: set[int] = set()
    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        assert len(seen) < limit, "the walk did not end"
        if isinstance(item, (str, bytes, bytearray)):
            yield bytes(item) if isinstance(item, bytearray) else item
            continue
        if isinstance(item, skip):
            continue
        stack.extend(gc.get_referents(item))


def _assert_holds_no_key(error: BaseException, key: str) -> int:
    """Assert that no string or bytes reachable from ``error`` holds ``key``; return how many were looked at."""
    assert error.__cause__ is not None or error.__context__ is not None or isinstance(error, APIError)
    texts = list(_reachable_texts(error))
    for text in texts:
        found = key.encode() in text if isinstance(text, bytes) else key in text
        assert not found, f"{type(error).__name__} reaches {text[:200]!r}"
    return len(texts)


class _ReasonHandler(QuietHandler):
    """Answers 400 with the key in its reason phrase, an empty body, and the key echoed in a header."""

    def do_GET(self) -> None:
        """Answer with the key where a hostile server can put it outside the body."""
        self.send_response(400, f"Bad key {LONG_KEY}")
        self.send_header("X-Echo", f"you sent {LONG_KEY}")
        self.send_header("Content-Length", "0")
        self.end_headers()


def test_a_key_in_the_reason_phrase_is_scrubbed() -> None:
    with serving(_ReasonHandler) as url, Puretalk(api_key=LONG_KEY, base_url=f"{url}/api", max_retries=0) as client:
        with pytest.raises(BadRequestError) as raised:
            client.calls.get("c-1")
        error = raised.value
    assert LONG_KEY not in str(error)
    assert LONG_KEY not in repr(error)
    assert str(error) == "HTTP 400: Bad key ***"
    assert error.response.reason_phrase == "Bad key ***"
    assert error.response.headers["X-Echo"] == "you sent ***"
    assert _assert_holds_no_key(error, LONG_KEY) > 10


@pytest.mark.asyncio
async def test_async_a_key_in_the_reason_phrase_is_scrubbed() -> None:
    with serving(_ReasonHandler) as url:
        async with AsyncPuretalk(api_key=LONG_KEY, base_url=f"{url}/api", max_retries=0) as client:
            with pytest.raises(BadRequestError) as raised:
                await client.calls.get("c-1")
    assert str(raised.value) == "HTTP 400: Bad key ***"
    _assert_holds_no_key(raised.value, LONG_KEY)


OLD_WINDOW = 200 * 8 + 16 * len(LONG_KEY)
"""Where the excerpt's scrubbed window used to end: a key across it leaked 39 of its 40 characters."""


@pytest.mark.parametrize("inside", [1, 2, 20, 39])
@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("form", ["as-is", "html-every-char", "json-padded"])
def test_a_key_across_the_end_of_any_window_leaves_no_part_of_itself(inside: int, status: int, form: str) -> None:
    encoded = {
        "as-is": LONG_KEY,
        "html-every-char": "".join(f"&#{ord(char)};" for char in LONG_KEY),
        "json-padded": "".join(f"\\u{ord(char):08x}" for char in LONG_KEY),  # longer than any window allowed for
    }[form]
    cut = len(LONG_KEY) - inside  # characters of the key past the old window's end, as written
    start = OLD_WINDOW - len(encoded) + round(len(encoded) * cut / len(LONG_KEY))
    body = "<p>" + " " * (start - 3) + encoded + " tail"  # whitespace collapses: the key lands in the excerpt
    client = sync_client(answer(status, text=body), api_key=LONG_KEY, max_retries=0)
    with pytest.raises(APIError) as raised:
        client.calls.get("c-1")
    shown = str(raised.value)
    assert "<p> ***" in shown, shown
    for size in (4, 8, 39):
        pieces = {LONG_KEY[index : index + size] for index in range(len(LONG_KEY) - size + 1)}
        assert not any(piece in shown for piece in pieces if not piece.isdigit() or size > 4), shown
    _assert_holds_no_key(raised.value, LONG_KEY)


def test_the_excerpt_costs_the_excerpt_not_the_body() -> None:
    body = "<p>" + " " * 30_000_000 + "&amp; 50% " * 100_000 + LONG_KEY  # 31 MB, mostly whitespace and escapes
    response = httpx.Response(502, text=body, request=httpx.Request("GET", "https://api.puretalk.ai/api/calls/c-1"))
    started = time.perf_counter()
    excerpt = body_excerpt(response, LONG_KEY)
    elapsed = time.perf_counter() - started
    assert excerpt.startswith("<p> &amp; 50% &amp;")
    assert len(excerpt) <= 201
    assert elapsed < 0.5, elapsed


def test_a_connection_error_holds_no_key_in_its_cause() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused {LONG_KEY}", request=request)

    with pytest.raises(APIConnectionError) as raised:
        sync_client(handler, api_key=LONG_KEY, max_retries=0).calls.get("c-1")
    cause = raised.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.headers["X-API-KEY"] == "***"
    assert LONG_KEY not in str(cause)
    assert raised.value.__context__ is cause
    _assert_holds_no_key(raised.value, LONG_KEY)


def test_a_real_connection_error_holds_no_key() -> None:
    port = free_port()  # nothing listens there
    with (
        Puretalk(api_key=LONG_KEY, base_url=f"http://127.0.0.1:{port}/api", max_retries=0) as client,
        pytest.raises(APIConnectionError) as raised,
    ):
        client.calls.get("c-1")
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    _assert_holds_no_key(raised.value, LONG_KEY)


def test_a_broken_stream_holds_no_key() -> None:
    with faulty_server() as server:
        server.plan("/api/calls/c-1", flood(5.0, 1 << 20))  # 1 MiB of chunks, then the connection closes mid-body
        with (
            Puretalk(api_key=LONG_KEY, base_url=server.url, max_retries=0) as client,
            client.calls.with_streaming_response.get("c-1") as response,
            pytest.raises(APIConnectionError) as raised,
        ):
            for _ in response.iter_bytes():
                pass
    assert isinstance(raised.value.__cause__, httpx.HTTPError)
    _assert_holds_no_key(raised.value, LONG_KEY)


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        pytest.param(401, {"err": True, "msg": f"bad {LONG_KEY}"}, AuthenticationError, id="status"),
        pytest.param(200, {"err": True, "msg": f"bad {LONG_KEY}"}, APIEnvelopeError, id="envelope"),
        pytest.param(200, f"<html>{LONG_KEY}", APIResponseValidationError, id="not-json"),
        pytest.param(200, {"results": {"call_id": {"k": LONG_KEY}}}, APIResponseValidationError, id="wrong-shape"),
        pytest.param(200, "[" * 10 + LONG_KEY * 100, APIResponseTooLargeError, id="too-large"),
    ],
)
def test_nothing_reachable_from_an_error_holds_the_key(status: int, body: Any, error_class: type[APIError]) -> None:
    for make in (_mock_client, _server_client):
        # strict: a value off the spec (the wrong-shape case) raises only on request
        with make(status, body) as lenient, pytest.raises(error_class) as raised:
            lenient.with_options(strict_response_validation=True).calls.get("c-1")
        error = raised.value
        assert LONG_KEY not in str(error) and LONG_KEY not in repr(error)
        if error.__cause__ is not None:
            assert LONG_KEY not in repr(error.__cause__.args)
        _assert_holds_no_key(error, LONG_KEY)


@contextlib.contextmanager
def _server_client_of(status: int, body: Any) -> Iterator[Puretalk]:
    with faulty_server() as server:
        action = reply(status, body) if not isinstance(body, str) else raw(status, body, "application/json")
        server.plan("/api/calls/c-1", action)
        with Puretalk(api_key=LONG_KEY, base_url=server.url, max_retries=0, max_response_bytes=500) as client:
            yield client


def _server_client(status: int, body: Any) -> contextlib.AbstractContextManager[Puretalk]:
    return _server_client_of(status, body)


def _mock_client(status: int, body: Any) -> contextlib.AbstractContextManager[Puretalk]:
    handler = answer(status, text=body) if isinstance(body, str) else answer(status, body)
    return sync_client(handler, api_key=LONG_KEY, max_retries=0, max_response_bytes=500)
