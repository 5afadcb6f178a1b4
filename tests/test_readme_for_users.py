"""The README's parts for a new user: install (placeholder marked, or from a checkout), a first call with
what it prints, how to start the mock server, and which error each kind of key trouble gives.

The first call runs against Prism and must print exactly what the README shows; the key errors are
checked against the spec's own answers (its 403 example on the seed operation, served by Prism) and
against Prism's answer to a request without a key.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml

from puretalk_client import AuthenticationError, PermissionDeniedError, Puretalk, PuretalkError
from tests.helpers.mock_api import MockApi, answer, sync_client
from tests.helpers.paths import ROOT
from tests.helpers.spec import operations, resolve_refs
from tests.pins import NAMES_USERS_HAVE, SEED_OPERATION

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    """The text under a heading, up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    start = README.index(f"\n{heading}\n")
    body = README[start + len(heading) + 2 :]
    end = re.search(rf"\n#{{1,{level}}} ", body)
    return body[: end.start()] if end else body


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return spec


def _seed_403_example() -> dict[str, str]:
    """The body of the seed operation's documented 403, built from its schema's examples."""
    spec = _spec()
    response = resolve_refs(operations(spec)[SEED_OPERATION]["responses"]["403"], spec)
    schema = response["content"]["application/json"]["schema"]
    return {name: field["example"] for name, field in schema["properties"].items()}


def _seed_call(client: Puretalk, **options: Any) -> object:
    """Call the seed operation through its Python name (``calls.register_web_call``)."""
    method, path = SEED_OPERATION
    target: Any = client
    for part in NAMES_USERS_HAVE[f"{method.upper()} {path}"].split("."):
        target = getattr(target, part)
    result: object = target(assistant_id="e1f09482-2910-45e1-a2f3-ab75cd9a5a51", **options)
    return result


# --- install -------------------------------------------------------------------------------


def test_the_index_url_is_marked_as_a_placeholder() -> None:
    install = _section("## Install from the internal index")
    url = re.search(r"--index-url (\S+) puretalk-client", install)
    assert url, "the pip command with the index"
    assert f"**`{url[1]}` is a placeholder**" in install


def test_install_from_a_checkout_is_pip_install_dot() -> None:
    commands = re.findall(r"```sh\n(.*?)```", _section("## Install from a checkout"), re.S)
    assert "pip install ." in [line.strip() for block in commands for line in block.splitlines()]


# --- the first call ---------------------------------------------------------------------------


def test_the_first_call_prints_what_the_readme_shows(
    prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _section("## Your first call")
    code = re.search(r"```python\n(.*?)```", first, re.S)
    shown = re.search(r"```text\n(.*?)```", first, re.S)
    assert code and shown
    monkeypatch.setenv("PURETALK_API_KEY", "readme-key")
    monkeypatch.setenv("PURETALK_BASE_URL", prism_url)
    exec(compile(code[1], "README.md first call", "exec"), {"__name__": "__readme__"})  # noqa: S102
    printed, expected = capsys.readouterr().out.splitlines(), shown[1].splitlines()
    assert printed[0] == expected[0]  # the class and the spec's example id
    # the fields sent: the README's must all be there; an upstream change may add optional ones
    assert set(ast.literal_eval(expected[1])) <= set(ast.literal_eval(printed[1])), printed


# --- the mock server --------------------------------------------------------------------------


def test_the_readme_starts_the_mock_server_with_the_nox_session() -> None:
    mock = _section("### The mock server the examples run against")
    port = re.search(r"^MOCK_PORT = (\d+)$", (ROOT / "noxfile.py").read_text(encoding="utf-8"), re.M)
    assert port
    assert "./nox -s mock" in mock
    assert f"export PURETALK_BASE_URL=http://127.0.0.1:{port[1]} PURETALK_API_KEY=" in mock
    assert f"port {port[1]}" in mock


# --- which error a bad, missing or revoked key gives --------------------------------------------


def test_the_readme_names_the_specs_answer_to_a_missing_key() -> None:
    keys = " ".join(_section("### Bad, missing or revoked keys").split())
    detail = _seed_403_example()["detail"]
    assert f'`403 {{"detail": "{detail}"}}`' in keys
    assert "missing at the server" in keys and "| `PermissionDeniedError` (403) |" in keys
    assert "revoked | `PermissionDeniedError` (403) or `AuthenticationError` (401) |" in keys
    assert "| `PuretalkError` naming `PURETALK_API_KEY` |" in keys


def test_the_specs_403_for_a_missing_key_raises_permission_denied(prism_url: str) -> None:
    with Puretalk(api_key="any-key", base_url=prism_url) as client, pytest.raises(PermissionDeniedError) as raised:
        _seed_call(client, extra_headers={"Prefer": "code=403"})
    example = _seed_403_example()
    assert raised.value.status_code == 403
    assert raised.value.body == example
    assert example["detail"] in str(raised.value)


def test_a_request_that_reaches_prism_without_a_key_raises_authentication_error(prism_url: str) -> None:
    def lose_the_key(request: httpx.Request) -> None:  # as a proxy that strips the header would
        del request.headers["X-API-KEY"]

    http = httpx.Client(event_hooks={"request": [lose_the_key]})
    with Puretalk(api_key="any-key", base_url=prism_url, http_client=http) as client:
        with pytest.raises(AuthenticationError) as raised:
            _seed_call(client)
        assert raised.value.status_code == 401
    http.close()


@pytest.mark.parametrize("client_key", [None, " ", "key\r\nX-Evil: 1"])
def test_a_missing_or_malformed_key_is_refused_before_any_request(
    client_key: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PURETALK_API_KEY", raising=False)
    with pytest.raises(PuretalkError, match=r"PURETALK_API_KEY|api_key") as raised:
        Puretalk(api_key=client_key)
    assert type(raised.value) is PuretalkError
    assert client_key is None or client_key.strip() == "" or client_key not in str(raised.value)


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (answer(403, {"detail": "Invalid API key."}), PermissionDeniedError),
        (answer(401, {"detail": "Invalid token."}, headers={"WWW-Authenticate": "Api-Key"}), AuthenticationError),
    ],
)
def test_a_wrong_or_revoked_key_is_caught_by_the_two_classes_the_readme_names(
    reply: Callable[[httpx.Request], httpx.Response], error: type[Exception]
) -> None:
    client = sync_client(MockApi(reply))
    with pytest.raises((AuthenticationError, PermissionDeniedError)) as raised:
        client.calls.get("c-1")
    assert type(raised.value) is error
