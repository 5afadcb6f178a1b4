"""Check a request against the spec, as a strict server would: the first problem, naming the field and the rule.

The schemas are JSON Schema 2020-12 (``generate`` converts the spec's), checked by ``jsonschema``
(the ``testing`` extra: ``pip install 'puretalk-client[testing]'``), imported when a fake API is made.
Query, path and form values arrive as text: each is read as its schema's type first (``"10"`` as an
integer), so only a value that cannot be that type is refused for its type.
"""

from __future__ import annotations

import email.parser
import email.policy
import importlib
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

import httpx

from puretalk_client.testing._spec import Examples, Operation

MAX_MESSAGE = 300
"""The longest problem message (a huge wrong value is cut, not echoed whole)."""
_MISSING_EXTRA = (
    "puretalk_client.testing checks requests with jsonschema, which is not installed: "
    "pip install 'puretalk-client[testing]'"
)
FILE_VALUE = "<file>"
"""What an uploaded file's part reads as, for the checks (a string, as ``format: binary`` is)."""


def validator_class() -> Any:
    """Return ``jsonschema.Draft202012Validator``; a one-line ImportError naming the extra when it is missing."""
    try:
        module = importlib.import_module("jsonschema")
    except ImportError:
        raise ImportError(_MISSING_EXTRA) from None
    return module.Draft202012Validator


class RequestChecker:
    """Checks path and query parameters and the body of a request against its operation's schemas."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self._validator = validator_class()
        self._schemas = dict(schemas)
        self._examples = Examples(schemas)
        self._compiled: dict[int, tuple[Any, Any]] = {}
        """A validator per schema (the schema kept with it, so its id is not reused)."""

    def problem(self, operation: Operation, path_values: Mapping[str, str], request: httpx.Request) -> str | None:
        """Return what the spec forbids in ``request`` (one line), or None when it conforms."""
        query = dict(request.url.params.multi_items())
        for parameter in operation.parameters:
            source = {"path": path_values, "query": query, "header": request.headers}.get(parameter.location)
            if source is None:
                continue
            where = f"{parameter.location} parameter {parameter.name!r}"
            if parameter.name not in source:
                if parameter.required:
                    return f"{where} is missing (required)"
                continue
            value = self._typed(source[parameter.name], parameter.schema)
            found = self._check(value, parameter.schema, where)
            if found:
                return found
        return self._body_problem(operation, request)

    def _body_problem(self, operation: Operation, request: httpx.Request) -> str | None:
        body = operation.body
        if body is None:
            return None
        content = request.content
        if not content:
            return "the request body is missing (required)" if body.get("required") else None
        media = str(body.get("media") or "")
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media.endswith("json"):
            if not kind.endswith("json"):
                return f"the request body is {kind or 'not typed'}, not {media} (content type)"
            try:
                value = json.loads(content)
            except ValueError:
                return "the request body is not valid JSON (syntax)"
        elif media == "multipart/form-data":
            if kind != media:
                return f"the request body is {kind or 'not typed'}, not {media} (content type)"
            value = self._form(_multipart(request.headers["content-type"], content), body.get("schema"))
        elif media == "application/x-www-form-urlencoded":
            value = self._form(dict(parse_qsl(content.decode("utf-8", "replace"))), body.get("schema"))
        else:
            return None
        return self._check(value, body.get("schema"), "body field")

    def _form(self, fields: Mapping[str, str], schema: Any) -> dict[str, Any]:
        properties = self._examples.properties(schema)
        return {name: self._typed(value, properties.get(name, {})) for name, value in fields.items()}

    def _typed(self, text: str, schema: Any) -> Any:
        """Read a text value as its schema's type, when it is one (else leave it, to be refused by type)."""
        for kind in self._examples.kinds(schema):
            try:
                if kind == "integer":
                    return int(text)
                if kind == "number":
                    return float(text)
            except ValueError:
                continue
            if kind == "boolean" and text in ("true", "false"):
                return text == "true"
        return text

    def _check(self, value: Any, schema: Any, where: str) -> str | None:
        if not isinstance(schema, dict):
            return None
        cached = self._compiled.get(id(schema))
        if cached is None or cached[0] is not schema:
            cached = self._compiled[id(schema)] = (schema, self._validator({"$defs": self._schemas, **schema}))
        validator = cached[1]
        errors = list(validator.iter_errors(value))
        if not errors:
            return None
        best = min(errors, key=lambda error: (len(error.path), error.validator != "required"))
        return _message(best, where)


def _message(error: Any, where: str) -> str:
    """``body field 'assistant_id' is missing (required)``; ``body field 'x': 5 is not of type 'string' (type)``."""
    place = _place(list(error.path))
    rule = str(error.validator)
    if rule == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        field = _place([*error.path, missing[0]]) if missing else place
        return f"{where} {field!r} is missing (required)"[:MAX_MESSAGE]
    if where == "body field" and not place:
        where, field = "the request body", ""
    else:
        field = f" {place!r}" if place else ""
    text = f"{where}{field}: {error.message}"
    if len(text) > MAX_MESSAGE - len(rule) - 3:
        text = text[: MAX_MESSAGE - len(rule) - 4] + "…"
    return f"{text} ({rule})"


def _place(path: list[Any]) -> str:
    """``llm_states[0].name`` from a validation path."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def _multipart(content_type: str, content: bytes) -> dict[str, str]:
    """Return the fields of a multipart/form-data body: text as sent, a file as :data:`FILE_VALUE`."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + content)
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        if part.get_filename() is not None:
            fields[name] = FILE_VALUE
        else:
            payload = part.get_payload(decode=True)
            fields[name] = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return fields
