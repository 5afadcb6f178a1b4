"""A spec fuzzer: hostile strings in every place a spec string can go, through the whole generate step.

Each example builds a spec (and an overlay naming its methods and resources) with strings drawn
from quotes, triple quotes, backslashes, newlines, NUL, Unicode, keywords, builtins, the facade's
own names and code that tries to close a docstring, placed in paths, operationIds, tags and their
descriptions, summaries, descriptions, parameter and property names, enum values, defaults,
examples and the ``x-puretalk-*`` names. ``generate`` must refuse it in one line, or write code
that imports, in which no statement comes from spec text, and where every operation is reachable.

``./nox`` runs a few examples (derandomized, so CI is repeatable); ``nox -s fuzz`` runs many
(``PURETALK_FUZZ_EXAMPLES``, random seeds).
"""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.facade_check import (
    BASE_SPEC,
    foreign_statements,
    generate_or_refuse,
    scratch_project,
    unreachable_operations,
)

EXAMPLES = int(os.environ.get("PURETALK_FUZZ_EXAMPLES", "8"))
DEEP = "PURETALK_FUZZ_EXAMPLES" in os.environ
LOG = os.environ.get("PURETALK_FUZZ_LOG")
"""A file each example appends its outcome to (generated, or the refusal's first line), to see what was fuzzed."""

HOSTILE = [
    '"""', "'''", '"', "'", "\\", "\\n", "\n", "\r\n", "\x00", "\t", "\u2028", "\u00e9t\u00e9", "\U0001f600",
    "\u202e", "class", "def", "import", "lambda", "None", "True", "self", "cls", "list", "str", "type",
    "print", "builtins", "timeout", "extra_headers", "extra_query", "extra_body", "with_raw_response",
    "with_streaming_response", "with_options", "close", "api_key", "base_url", "copy", "_options", "_number",
    "_body", "_stack", "_fetch", "UNSET", "Unset", "File", "Any", "httpx", "functools", "as_model", "upload",
    '"""; __import__("os").system("touch PWNED"); """', "'); import os; ('", "{x}", "%s", "${x}",
    "a" * 120, "", " ", "__init__", "__class__", "0abc", "Abc", "aB-c d",
    # names of the generated request building and parsing, and of what it imports (issue 25)
    "headers", "params", "cookies", "json_ids", "json_body", "quote", "body", "check", "parsed", "results",
    "build_request", "path_segment", "parse_model", "flagged", "Response", "Check", "cast",
]  # fmt: skip

words = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))
names = st.one_of(st.sampled_from(HOSTILE), st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True))
segment = st.from_regex(r"[a-zA-Z0-9_\-]{1,12}", fullmatch=True) | st.sampled_from(
    ["close", "list", "timeout", "self", "class", "with_options", "1x"]
)


@st.composite
def operations(draw: st.DrawFn, number: int) -> tuple[str, str, dict[str, Any]]:
    """One operation: its path (hostile text in a literal segment), method and body."""
    path = "/" + draw(segment) + "/" + draw(segment) + draw(st.sampled_from(["", '"""x', "\\y", "'z"]))
    method = draw(st.sampled_from(["get", "post", "put", "delete", "patch"]))
    parameters = [
        {"name": draw(names), "in": "query", "description": draw(words),
         "schema": {"type": "string", "enum": [draw(words) or "v", "w"], "default": "w", "example": draw(words)}}
        for _ in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    unique = {item["name"]: item for item in parameters if item["name"]}
    properties = {draw(names) or "p": {"type": "string", "description": draw(words), "default": draw(words)}
                  for _ in range(draw(st.integers(1, 3)))}  # fmt: skip
    schema = {"type": "object", "properties": properties}
    operation: dict[str, Any] = {
        "operationId": draw(names) + str(number),
        "summary": draw(words),
        "description": draw(words),
        "tags": [draw(names) or "t"],
        "parameters": list(unique.values()),
        "responses": {"200": {"description": draw(words) or "ok",
                              "content": {"application/json": {"schema": schema}}}},
    }  # fmt: skip
    if method in ("post", "put", "patch"):
        body = {"type": "object", "properties": {draw(names) or "q": {"type": "integer", "description": draw(words)}}}
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return path, method, operation


@st.composite
def hostile_specs(draw: st.DrawFn) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A spec of one to three operations, and overlay actions naming some of them with hostile names."""
    spec = copy.deepcopy(BASE_SPEC)
    actions: list[dict[str, Any]] = []
    tags = []
    for number in range(draw(st.integers(1, 3))):
        path, method, operation = draw(operations(number))
        spec["paths"].setdefault(path, {})[method] = operation
        tags += [{"name": tag, "description": draw(words)} for tag in operation["tags"]]
        if draw(st.booleans()):
            target = f"$.paths[{_quoted(path)}].{method}"
            actions.append({"target": target, "update": {"x-puretalk-method": f"{draw(names)}.{draw(names)}"}})
    spec["tags"] = list({tag["name"]: tag for tag in tags}.values())
    if draw(st.booleans()):
        resources = {draw(names) or "r": {"description": draw(words)}}
        actions.append({"target": "$", "update": {"x-puretalk-resources": resources}})
    return spec, actions


def _quoted(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not DEEP,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(case=hostile_specs())
def test_generate_refuses_in_one_line_or_writes_safe_importable_code(
    case: tuple[dict[str, Any], list[dict[str, Any]]], tmp_path: Path
) -> None:
    spec, actions = case
    folder = tmp_path / "case"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    package, message = generate_or_refuse(scratch_project(folder, spec, actions))
    if LOG:
        with Path(LOG).open("a", encoding="utf-8") as log:
            log.write("generated\n" if package else f"refused: {message.splitlines()[0][:150]}\n")
    if package is None:
        assert message.strip(), "a refusal says why"
        assert "Traceback" not in message and "object at 0x" not in message, message
        assert len(message.splitlines()[0]) < 400, message
        return
    assert foreign_statements(package) == []
    assert unreachable_operations(package, spec) == []
    assert not (folder / "project" / "PWNED").exists()
