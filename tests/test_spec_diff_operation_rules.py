"""Operation, parameter, body, response and security rules of the change report.

Each case edits one valid document (validated before and after) and names the rules
the edit must trigger, no more, no fewer. The last test checks that these cases and
the schema cases together exercise every rule of the catalogue.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from openapi_spec_validator import validate

from scripts.changes.spec_diff import RULES, diff
from tests.helpers.spec_diff_cases import CASES as SCHEMA_CASES

S: dict[str, Any] = {"type": "string"}
BOOK = "/books/{bookId}"


def base() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "library", "version": "1"},
        "security": [{"apiKey": []}],
        "paths": {
            BOOK: {
                "parameters": [{"name": "bookId", "in": "path", "required": True, "schema": S}],
                "get": {
                    "operationId": "getBook",
                    "tags": ["books", "library"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                        {"name": "X-Trace", "in": "header", "required": True, "schema": S},
                        {"name": "legacy", "in": "query", "deprecated": True, "schema": S},
                    ],
                    "responses": {
                        "200": {
                            "description": "the book",
                            "headers": {
                                "X-Rate": {"required": True, "schema": {"type": "integer"}},
                                "X-Hint": {"schema": S},
                            },
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Book"}}},
                        },
                        "404": {"description": "no such book"},
                    },
                },
                "put": {
                    "operationId": "putBook",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Book"}}}},
                    "responses": {"204": {"description": "stored"}},
                },
                "delete": {
                    "operationId": "deleteBook",
                    "deprecated": True,
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/open": {"get": {"operationId": "open", "security": [], "responses": {"200": {"description": "ok"}}}},
            "/choice": {
                "get": {
                    "operationId": "choice",
                    "security": [{"oauth": ["read"]}, {"apiKey": []}, {"bearer": []}, {"oidc": []}],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Book": {
                    "type": "object",
                    "required": ["title"],
                    "properties": {"title": S, "year": {"type": "integer"}},
                }
            },
            "securitySchemes": {
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-KEY"},
                "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                "oauth": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "https://auth.example/token",
                            "scopes": {"read": "", "write": ""},
                        }
                    },
                },
                "oidc": {
                    "type": "openIdConnect",
                    "openIdConnectUrl": "https://auth.example/.well-known/openid-configuration",
                },
                "unused": {"type": "apiKey", "in": "query", "name": "key"},
            },
        },
    }


def get(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][BOOK]["get"]
    return operation


def put(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][BOOK]["put"]
    return operation


def param(spec: dict[str, Any], index: int) -> dict[str, Any]:
    parameter: dict[str, Any] = get(spec)["parameters"][index]
    return parameter


def ok(spec: dict[str, Any]) -> dict[str, Any]:
    response: dict[str, Any] = get(spec)["responses"]["200"]
    return response


def scheme(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["securitySchemes"][name]
    return found


def rename_book_id(spec: dict[str, Any], name: str) -> None:
    item = spec["paths"].pop(BOOK)
    item["parameters"][0]["name"] = name
    spec["paths"][f"/books/{{{name}}}"] = item


def rename_scheme(spec: dict[str, Any]) -> None:
    spec["components"]["securitySchemes"]["key"] = spec["components"]["securitySchemes"].pop("apiKey")
    spec["security"] = [{"key": []}]
    spec["paths"]["/choice"]["get"]["security"][1] = {"key": []}


Edit = Callable[[dict[str, Any]], Any]

# name: (edit of the base document, the rules it triggers)
CASES: dict[str, tuple[Edit, set[str]]] = {
    # operations
    "operation added": (
        lambda s: s["paths"].__setitem__("/shelves", {"get": {"responses": {"200": {"description": "ok"}}}}),
        {"operation-added"},
    ),
    "operation removed": (lambda s: s["paths"][BOOK].pop("put"), {"operation-removed"}),
    "deprecated operation removed": (lambda s: s["paths"][BOOK].pop("delete"), {"deprecated-operation-removed"}),
    "operation deprecated": (lambda s: get(s).__setitem__("deprecated", True), {"operation-deprecated"}),
    "operation reactivated": (lambda s: s["paths"][BOOK]["delete"].pop("deprecated"), {"operation-deprecated"}),
    "operationId changed": (lambda s: get(s).__setitem__("operationId", "fetchBook"), {"operation-id-changed"}),
    "operationId removed": (lambda s: get(s).pop("operationId"), {"operation-id-changed"}),
    "operationId respelled": (lambda s: get(s).__setitem__("operationId", "get_book"), {"operation-id-respelled"}),
    "first tag changed": (lambda s: get(s).__setitem__("tags", ["catalogue", "library"]), {"operation-module-changed"}),
    "second tag removed": (lambda s: get(s).__setitem__("tags", ["books"]), {"operation-tags-changed"}),
    "path parameter renamed": (lambda s: rename_book_id(s, "id"), {"path-parameter-renamed"}),
    "path parameter respelled": (lambda s: rename_book_id(s, "book_id"), {"path-parameter-respelled"}),
    # parameters
    "optional parameter added": (
        lambda s: get(s)["parameters"].append({"name": "lang", "in": "query", "schema": S}),
        {"parameter-added"},
    ),
    "required parameter added": (
        lambda s: get(s)["parameters"].append({"name": "lang", "in": "query", "required": True, "schema": S}),
        {"required-parameter-added"},
    ),
    "path parameter added": (
        lambda s: (
            s["paths"].__setitem__("/books/{bookId}/{page}", s["paths"].pop(BOOK))
            or [
                s["paths"]["/books/{bookId}/{page}"][m]
                .setdefault("parameters", [])
                .append({"name": "page", "in": "path", "required": True, "schema": S})
                for m in ("get", "put", "delete")
            ]
        ),
        {"operation-added", "operation-removed", "deprecated-operation-removed"},
    ),
    "parameter removed": (lambda s: get(s)["parameters"].pop(0), {"parameter-removed"}),
    "deprecated parameter removed": (lambda s: get(s)["parameters"].pop(2), {"deprecated-parameter-removed"}),
    "parameter made required": (lambda s: param(s, 0).__setitem__("required", True), {"parameter-made-required"}),
    "parameter made optional": (lambda s: param(s, 1).__setitem__("required", False), {"parameter-made-optional"}),
    "parameter deprecated": (lambda s: param(s, 0).__setitem__("deprecated", True), {"parameter-deprecated"}),
    "parameter default changed": (
        lambda s: param(s, 0)["schema"].__setitem__("default", 20),
        {"parameter-default-changed"},
    ),
    "parameter default removed": (lambda s: param(s, 0)["schema"].pop("default"), {"parameter-default-changed"}),
    "parameter explode changed": (
        lambda s: param(s, 0).__setitem__("explode", False),
        {"parameter-serialization-changed"},
    ),
    "parameter style changed": (lambda s: param(s, 1).__setitem__("style", "simple"), set()),
    "parameter empty value allowed": (
        lambda s: param(s, 0).__setitem__("allowEmptyValue", True),
        {"parameter-empty-value-allowed"},
    ),
    "parameter type to string": (
        lambda s: param(s, 0).__setitem__("schema", S),
        {"request-type-compatible", "parameter-default-changed"},
    ),
    "parameter type to boolean": (
        lambda s: param(s, 2).__setitem__("schema", {"type": "boolean"}),
        {"request-type-changed"},
    ),
    "parameter enum value removed": (
        lambda s: param(s, 2).__setitem__("schema", {"type": "string", "enum": ["a"]}),
        {"request-enum-added"},
    ),
    "parameter maximum lowered": (
        lambda s: param(s, 0)["schema"].__setitem__("maximum", 100),
        {"request-upper-bound-set"},
    ),
    "header parameter renamed in case only": (lambda s: param(s, 1).__setitem__("name", "x-trace"), set()),
    "Accept header parameter added (ignored, as OpenAPI says)": (
        lambda s: get(s)["parameters"].append({"name": "Accept", "in": "header", "required": True, "schema": S}),
        set(),
    ),
    "parameter moved from query to header": (
        lambda s: param(s, 0).__setitem__("in", "header"),
        {"parameter-removed", "parameter-added"},
    ),
    # request bodies
    "optional request body added": (
        lambda s: get(s).__setitem__("requestBody", {"content": {"application/json": {"schema": S}}}),
        {"request-body-added"},
    ),
    "required request body added": (
        lambda s: get(s).__setitem__("requestBody", {"required": True, "content": {"application/json": {"schema": S}}}),
        {"required-request-body-added"},
    ),
    "request body removed": (lambda s: put(s).pop("requestBody"), {"request-body-removed"}),
    "request body made required": (
        lambda s: put(s)["requestBody"].__setitem__("required", True),
        {"request-body-made-required"},
    ),
    "request media type added": (
        lambda s: put(s)["requestBody"]["content"].__setitem__("application/xml", {"schema": S}),
        {"request-media-type-added"},
    ),
    "request media type removed": (
        lambda s: put(s)["requestBody"].__setitem__("content", {"application/xml": {"schema": S}}),
        {"request-media-type-removed", "request-media-type-added"},
    ),
    "request media type parameters changed": (
        lambda s: put(s)["requestBody"]["content"].__setitem__(
            "application/json; charset=utf-8", put(s)["requestBody"]["content"].pop("application/json")
        ),
        {"media-type-parameters-changed"},
    ),
    "required request field added to a shared schema": (
        lambda s: (
            s["components"]["schemas"]["Book"]["properties"].__setitem__("isbn", S),
            s["components"]["schemas"]["Book"]["required"].append("isbn"),
        ),
        {"required-request-field-added", "response-field-added"},
    ),
    # responses
    "success response added": (
        lambda s: get(s)["responses"].__setitem__("202", {"description": "later"}),
        {"success-response-added"},
    ),
    "success response removed": (lambda s: get(s)["responses"].pop("200"), {"success-response-removed"}),
    "error response added": (
        lambda s: get(s)["responses"].__setitem__("400", {"description": "bad"}),
        {"error-response-added"},
    ),
    "error response removed": (lambda s: get(s)["responses"].pop("404"), {"error-response-removed"}),
    "default response added": (
        lambda s: get(s)["responses"].__setitem__("default", {"description": "error"}),
        {"error-response-added"},
    ),
    "response media type added": (
        lambda s: ok(s)["content"].__setitem__("application/xml", {"schema": S}),
        {"response-media-type-added"},
    ),
    "response media type removed": (lambda s: ok(s).pop("content"), {"response-media-type-removed"}),
    "response media type widened": (
        lambda s: ok(s)["content"].__setitem__("*/*", ok(s)["content"].pop("application/json")),
        {"response-media-type-generalized"},
    ),
    "response media type replaced": (
        lambda s: ok(s)["content"].__setitem__("application/vnd.book+json", ok(s)["content"].pop("application/json")),
        {"response-media-type-removed", "response-media-type-added"},
    ),
    "response header added": (
        lambda s: ok(s)["headers"].__setitem__("X-New", {"schema": S}),
        {"response-header-added"},
    ),
    "required response header removed": (
        lambda s: ok(s)["headers"].pop("X-Rate"),
        {"required-response-header-removed"},
    ),
    "optional response header removed": (
        lambda s: ok(s)["headers"].pop("X-Hint"),
        {"optional-response-header-removed"},
    ),
    "response header made optional": (
        lambda s: ok(s)["headers"]["X-Rate"].pop("required"),
        {"response-header-made-optional"},
    ),
    "response header made required": (
        lambda s: ok(s)["headers"]["X-Hint"].__setitem__("required", True),
        {"response-header-made-required"},
    ),
    "response header explode set": (
        lambda s: ok(s)["headers"]["X-Hint"].__setitem__("explode", True),
        {"response-header-serialization-changed"},
    ),
    "response header explode written out as its default": (
        lambda s: ok(s)["headers"]["X-Hint"].update({"style": "simple", "explode": False}),
        set(),
    ),
    "response header from string": (
        lambda s: ok(s)["headers"]["X-Hint"].__setitem__("schema", {"type": "integer"}),
        {"response-type-compatible"},
    ),
    "response header to string": (
        lambda s: ok(s)["headers"]["X-Rate"].__setitem__("schema", S),
        {"response-type-changed"},
    ),
    "response header made nullable": (
        lambda s: ok(s)["headers"]["X-Rate"]["schema"].__setitem__("nullable", True),
        {"response-made-nullable"},
    ),
    "responses emptied to null-like": (
        lambda s: get(s).__setitem__("responses", {"default": {"description": "x"}}),
        {"success-response-removed", "error-response-removed", "error-response-added"},
    ),
    # security
    "security required where it was not": (
        lambda s: s["paths"]["/open"]["get"].pop("security"),
        {"security-requirement-added"},
    ),
    "security no longer required": (lambda s: get(s).__setitem__("security", []), {"security-requirement-removed"}),
    "accepted scheme removed": (
        lambda s: s["paths"]["/choice"]["get"]["security"].pop(1),
        {"security-alternative-removed"},
    ),
    "accepted scheme added": (
        lambda s: get(s).__setitem__("security", [{"apiKey": []}, {"bearer": []}]),
        {"security-alternative-added"},
    ),
    "global requirement changed": (
        lambda s: s.__setitem__("security", [{"bearer": []}]),
        {"security-alternative-removed", "security-alternative-added"},
    ),
    "scope added": (
        lambda s: s["paths"]["/choice"]["get"]["security"][0].__setitem__("oauth", ["read", "write"]),
        {"security-scope-added"},
    ),
    "scope removed": (
        lambda s: s["paths"]["/choice"]["get"]["security"][0].__setitem__("oauth", []),
        {"security-scope-removed"},
    ),
    "api key header renamed": (lambda s: scheme(s, "apiKey").__setitem__("name", "X-KEY"), {"security-scheme-changed"}),
    "api key header renamed in case only": (lambda s: scheme(s, "apiKey").__setitem__("name", "x-api-key"), set()),
    "api key moved to a query": (lambda s: scheme(s, "apiKey").__setitem__("in", "query"), {"security-scheme-changed"}),
    "scheme type changed": (
        lambda s: s["components"]["securitySchemes"].__setitem__("apiKey", {"type": "http", "scheme": "basic"}),
        {"security-scheme-changed"},
    ),
    "bearer format changed": (
        lambda s: scheme(s, "bearer").__setitem__("bearerFormat", "opaque"),
        {"security-scheme-changed"},
    ),
    "token URL changed": (
        lambda s: scheme(s, "oauth")["flows"]["clientCredentials"].__setitem__(
            "tokenUrl", "https://auth.example/v2/token"
        ),
        {"security-scheme-changed"},
    ),
    "OAuth flow replaced": (
        lambda s: scheme(s, "oauth").__setitem__(
            "flows", {"password": {"tokenUrl": "https://auth.example/token", "scopes": {"read": "", "write": ""}}}
        ),
        {"security-scheme-changed", "security-scheme-extended"},
    ),
    "OAuth scope defined": (
        lambda s: scheme(s, "oauth")["flows"]["clientCredentials"]["scopes"].__setitem__("admin", ""),
        {"security-scheme-extended"},
    ),
    "OpenID URL changed": (
        lambda s: scheme(s, "oidc").__setitem__(
            "openIdConnectUrl", "https://id.example/.well-known/openid-configuration"
        ),
        {"security-scheme-changed"},
    ),
    "unused scheme changed": (lambda s: scheme(s, "unused").__setitem__("name", "token"), set()),
    "scheme renamed, same definition": (rename_scheme, set()),
    "description only": (lambda s: get(s).__setitem__("description", "Fetch one book."), set()),
}


@pytest.mark.parametrize("case", list(CASES))
def test_operation_rule(case: str) -> None:
    edit, expected = CASES[case]
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    validate(old)
    validate(new)
    assert {change.rule for change in diff(old, new)} == expected


def test_request_body_made_optional() -> None:
    old = base()
    put(old)["requestBody"]["required"] = True
    new = base()
    assert [str(change) for change in diff(old, new)] == ["[change] PUT /books/{bookId}: request body made optional"]


def test_response_media_type_narrowed() -> None:
    old = base()
    ok(old)["content"] = {"*/*": {"schema": {"$ref": "#/components/schemas/Book"}}}
    assert [change.rule for change in diff(old, base())] == ["response-media-type-specialized"]


def test_parameter_allow_empty_value_removed() -> None:
    old = base()
    param(old, 0)["allowEmptyValue"] = True
    assert [change.rule for change in diff(old, base())] == ["parameter-empty-value-disallowed"]


def test_a_renamed_path_parameter_is_one_operation_and_its_lines_name_the_new_path() -> None:
    new = base()
    rename_book_id(new, "id")
    assert [str(change) for change in diff(base(), new)] == [
        "[BREAKING] DELETE /books/{id}: path parameter bookId renamed to id",
        "[BREAKING] GET /books/{id}: path parameter bookId renamed to id",
        "[BREAKING] PUT /books/{id}: path parameter bookId renamed to id",
    ]


def test_security_lines() -> None:
    new = base()
    scheme(new, "apiKey")["name"] = "X-KEY"
    new["paths"]["/open"]["get"].pop("security")
    assert [str(change) for change in diff(base(), new)] == [
        "[BREAKING] GET /open: credentials now required: apiKey",
        "[BREAKING] security scheme apiKey: name changed: X-API-KEY -> X-KEY",
    ]


def test_operation_lines() -> None:
    new = base()
    get(new)["operationId"] = "fetchBook"
    get(new)["tags"] = ["catalogue"]
    get(new)["responses"].pop("404")
    ok(new)["headers"].pop("X-Rate")
    param(new, 0)["schema"]["default"] = 20
    assert [str(change) for change in diff(base(), new)] == [
        "[BREAKING] GET /books/{bookId}: operationId changed: getBook -> fetchBook (function get_book -> fetch_book)",
        "[BREAKING] GET /books/{bookId}: module changed: api/books -> api/catalogue",
        "[BREAKING] GET /books/{bookId}: parameter query:limit default changed: 10 -> 20",
        "[change] GET /books/{bookId}: response 404 removed",
        "[BREAKING] GET /books/{bookId}: response header 200 X-Rate removed",
    ]


def test_a_parameter_item_is_named_after_the_parameter() -> None:
    old, new = base(), base()
    get(old)["parameters"].append({"name": "ids", "in": "query", "schema": {"type": "array", "items": S}})
    get(new)["parameters"].append(
        {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}}
    )
    assert [str(change) for change in diff(old, new)] == [
        "[BREAKING] GET /books/{bookId}: parameter query:ids[] type changed: string -> integer"
    ]


def test_every_rule_has_a_case() -> None:
    covered = {rule for _, rules in CASES.values() for rule in rules}
    covered |= {rule for case in SCHEMA_CASES.values() for rule in (*case[2], *case[3])}
    covered |= {"request-body-made-optional", "response-media-type-specialized", "parameter-empty-value-disallowed"}
    assert sorted(RULES.keys() - covered) == []
    assert sorted(covered - RULES.keys()) == []


def test_a_response_header_explode_change_names_both_serializations() -> None:
    old = base()
    new = copy.deepcopy(old)
    ok(new)["headers"]["X-Hint"]["explode"] = True
    assert [str(change) for change in diff(old, new)] == [
        "[BREAKING] GET /books/{bookId}: response header 200 X-Hint serialization changed: "
        "style=simple, explode=False -> style=simple, explode=True"
    ]
