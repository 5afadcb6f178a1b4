"""Docstrings and api.md say what the spec says: every parameter's description, every documented error, a sentence.

Read from the resolved spec at run time, so an upstream change moves the expectations with it.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import puretalk_client
from puretalk_client import Puretalk
from puretalk_client._generated.resources import OPERATIONS
from scripts.commands.generate import resolve_spec
from tests.helpers.paths import ROOT
from tests.helpers.spec import operations, resolve_refs

SPEC = resolve_spec(ROOT)
CLASSES = {400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError", 404: "NotFoundError",
           412: "PreconditionFailedError", 422: "UnprocessableEntityError", 429: "RateLimitError"}  # fmt: skip
API_MD = (ROOT / "api.md").read_text(encoding="utf-8")


def _method(dotted: str) -> Any:
    target: Any = Puretalk(api_key="k")
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def _section(dotted: str) -> str:
    start = API_MD.index(f"### `client.{dotted}()`")
    end = API_MD.find("\n### ", start + 1)
    return API_MD[start : end if end > 0 else None]


CASES = sorted(operations(SPEC).items())


@pytest.mark.parametrize(("key", "operation"), CASES, ids=[f"{m.upper()} {p}" for (m, p), _ in CASES])
def test_every_described_parameter_has_an_args_line(key: tuple[str, str], operation: dict[str, Any]) -> None:
    method, path = key
    dotted = OPERATIONS[f"{method.upper()} {path}"]
    doc = inspect.getdoc(_method(dotted)) or ""
    item = SPEC["paths"][path]
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        resolved = resolve_refs(parameter, SPEC)
        text = " ".join(str(resolved.get("description") or "").split())
        if text:
            assert text[:40] in " ".join(doc.split()), f"{dotted}: {resolved['name']} ({text})"
            assert text[:40] in " ".join(_section(dotted).split()), f"api.md: {dotted}: {resolved['name']}"


@pytest.mark.parametrize(("key", "operation"), CASES, ids=[f"{m.upper()} {p}" for (m, p), _ in CASES])
def test_every_documented_error_answer_is_in_raises(key: tuple[str, str], operation: dict[str, Any]) -> None:
    method, path = key
    dotted = OPERATIONS[f"{method.upper()} {path}"]
    doc = inspect.getdoc(_method(dotted)) or ""
    statuses = [int(code) for code in operation.get("responses", {}) if str(code).isdigit() and int(code) >= 400]
    if statuses:
        raises = doc.split("Raises:", 1)[1]
        for status in statuses:
            name = CLASSES.get(status, "InternalServerError" if status >= 500 else "APIStatusError")
            assert f"{name}: {status}" in raises, f"{dotted}: {status}"
            assert issubclass(getattr(puretalk_client, name), puretalk_client.APIStatusError)
            assert f"`{name}` ({status}" in _section(dotted)


@pytest.mark.parametrize(("key", "operation"), CASES, ids=[f"{m.upper()} {p}" for (m, p), _ in CASES])
def test_the_summary_line_is_a_sentence(key: tuple[str, str], operation: dict[str, Any]) -> None:
    method, path = key
    first = (inspect.getdoc(_method(OPERATIONS[f"{method.upper()} {path}"])) or "").splitlines()[0]
    assert first.endswith(".") and first[0].isupper(), first
    assert not first.startswith(method.upper()), "a sentence, not the HTTP line"
