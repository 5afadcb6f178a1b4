"""Every rule of the change report: its id, what it detects, and how far it breaks callers.

The levels follow oasdiff (github.com/oasdiff/oasdiff): error = breaking, warning =
potentially breaking, info = not breaking. Where we decide otherwise, the rule's
``why`` says so and why; where oasdiff has no rule, OpenAPITools/openapi-diff is the
second reference, and the choice is made for a user of the generated Python client,
whose method names come from operationIds, keyword names from parameters and
fields, and module names from first tags.

The table in docs/version-policy.md is :func:`rules_table` (``python -m scripts.changes.spec_diff.table`` writes it),
and a test keeps the two equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    """How far a change breaks the code of a caller (oasdiff's levels)."""

    NOT_BREAKING = 0
    """oasdiff ``info``: the report lists it; the version moves a minor step."""
    POTENTIALLY_BREAKING = 1
    """oasdiff ``warning``: the spec cannot tell whether callers break; we assume they may (major)."""
    BREAKING = 2
    """oasdiff ``error``: callers that followed the old spec break (major)."""

    @property
    def label(self) -> str:
        """The level as docs/version-policy.md and the report name it."""
        return self.name.lower().replace("_", " ")

    @property
    def version_part(self) -> str:
        """The semver part a change of this level moves."""
        return "minor" if self is Severity.NOT_BREAKING else "major"


@dataclass(frozen=True)
class Rule:
    """One kind of change: an id, what it is, its level, and why when we differ from oasdiff."""

    id: str
    severity: Severity
    change: str
    additive: bool = False
    why: str = ""


BREAKING = Severity.BREAKING
WARNING = Severity.POTENTIALLY_BREAKING
INFO = Severity.NOT_BREAKING

_UPPER = "`maximum`, `exclusiveMaximum`, `maxLength`, `maxItems` or `maxProperties`"
_LOWER = "`minimum`, `exclusiveMinimum`, `minLength`, `minItems` or `minProperties`"
_NAMES = "The generated Python client names"

_ALL = (
    # Operations
    Rule("operation-added", INFO, "operation added", additive=True),
    Rule("operation-removed", BREAKING, "operation removed (it was not deprecated)"),
    Rule("deprecated-operation-removed", INFO, "operation removed after it was marked `deprecated`"),
    Rule("operation-deprecated", INFO, "operation marked `deprecated`, or no longer"),
    Rule(
        "operation-id-changed",
        BREAKING,
        "operationId changed, added or removed so that the Python function name changes",
        why=f"oasdiff: info. {_NAMES} the function after the operationId (or after method and path without one)",
    ),
    Rule("operation-id-respelled", INFO, "operationId changed, same Python function name (`listCalls` → `list_calls`)"),
    Rule(
        "operation-module-changed",
        BREAKING,
        "first tag changed: the operation's module moves (`api/<tag>/`)",
        why="oasdiff: info. openapi-python-client puts each operation in the module of its first tag",
    ),
    Rule("operation-tags-changed", INFO, "tags after the first added or removed"),
    Rule(
        "path-parameter-renamed",
        BREAKING,
        "path parameter renamed (`/books/{bookId}` → `/books/{id}`): a keyword argument renamed",
        why=f"oasdiff: not reported. {_NAMES} the keyword argument after the parameter",
    ),
    Rule("path-parameter-respelled", INFO, "path parameter renamed, same Python keyword (`bookId` → `book_id`)"),
    # Parameters
    Rule("parameter-added", INFO, "optional parameter added", additive=True),
    Rule("required-parameter-added", BREAKING, "required parameter (or a path parameter) added"),
    Rule(
        "parameter-removed",
        BREAKING,
        "parameter removed (it was not deprecated)",
        why="oasdiff: warning, openapi-diff: error. A keyword argument of the generated method disappears",
    ),
    Rule("deprecated-parameter-removed", INFO, "parameter removed after it was marked `deprecated`"),
    Rule("parameter-made-required", BREAKING, "parameter made required"),
    Rule("parameter-made-optional", INFO, "parameter made optional"),
    Rule("parameter-deprecated", INFO, "parameter marked `deprecated`, or no longer"),
    Rule("parameter-default-changed", BREAKING, "parameter default added, removed or changed"),
    Rule(
        "parameter-serialization-changed",
        BREAKING,
        "parameter `style` or `explode` changed (defaults applied)",
        why="oasdiff: not checked; openapi-diff: error. The same value goes on the wire differently",
    ),
    Rule(
        "parameter-empty-value-disallowed",
        BREAKING,
        "parameter `allowEmptyValue` removed",
        why="oasdiff: not checked; openapi-diff: error",
    ),
    Rule("parameter-empty-value-allowed", INFO, "parameter `allowEmptyValue` added"),
    # Request bodies
    Rule("request-body-added", INFO, "optional request body added", additive=True),
    Rule("required-request-body-added", BREAKING, "required request body added"),
    Rule("request-body-removed", BREAKING, "request body removed"),
    Rule("request-body-made-required", BREAKING, "request body made required"),
    Rule("request-body-made-optional", INFO, "request body made optional"),
    Rule("request-media-type-added", INFO, "request media type added", additive=True),
    Rule("request-media-type-removed", BREAKING, "request media type removed"),
    # Responses
    Rule("success-response-added", INFO, "success (2xx) response status added", additive=True),
    Rule("success-response-removed", BREAKING, "success (2xx) response status removed"),
    Rule("error-response-added", INFO, "non-success response status (or `default`) added", additive=True),
    Rule("error-response-removed", INFO, "non-success response status (or `default`) removed"),
    Rule("response-media-type-added", INFO, "response media type added", additive=True),
    Rule("response-media-type-removed", BREAKING, "response media type removed"),
    Rule("response-media-type-generalized", BREAKING, "response media type widened (`application/json` → `*/*`)"),
    Rule("response-media-type-specialized", INFO, "response media type narrowed (`*/*` → `application/json`)"),
    Rule("media-type-parameters-changed", INFO, "media type parameters changed (`; charset=…`)"),
    Rule("response-header-added", INFO, "response header added", additive=True),
    Rule("required-response-header-removed", BREAKING, "required response header removed"),
    Rule("optional-response-header-removed", WARNING, "optional response header removed"),
    Rule("response-header-made-optional", BREAKING, "response header made optional"),
    Rule("response-header-made-required", INFO, "response header made required"),
    Rule(
        "response-header-serialization-changed",
        BREAKING,
        "response header `style` or `explode` changed (defaults applied)",
        why="oasdiff: not checked; openapi-diff: error. Callers that read the header split its value differently",
    ),
    # Fields of request bodies (and of object parameters)
    Rule("request-field-added", INFO, "optional request field added", additive=True),
    Rule("required-request-field-added", BREAKING, "required request field added"),
    Rule("request-field-removed", WARNING, "request field removed"),
    Rule("request-field-made-required", BREAKING, "request field made required"),
    Rule("request-field-made-optional", INFO, "request field made optional"),
    Rule(
        "request-field-made-read-only",
        BREAKING,
        "request field made `readOnly` (no longer to be sent)",
        why="oasdiff: info; openapi-diff: error. What callers send in it is now ignored or refused by the server",
    ),
    Rule(
        "request-read-only-field-changed",
        INFO,
        "any change under a request field that is `readOnly` in both (the client does not send it)",
    ),
    # Fields of responses
    Rule("response-field-added", INFO, "response field added", additive=True),
    Rule("response-required-field-removed", BREAKING, "required response field removed"),
    Rule("response-optional-field-removed", WARNING, "optional response field removed"),
    Rule("response-field-made-optional", BREAKING, "response field made optional"),
    Rule("response-field-made-required", INFO, "response field made required"),
    Rule(
        "response-field-made-write-only",
        BREAKING,
        "required response field made `writeOnly` (no longer returned)",
        why="oasdiff: info; openapi-diff: error. The generated model requires the field the server stops sending",
    ),
    Rule(
        "response-write-only-field-changed",
        INFO,
        "any change under a response field that is `writeOnly` in both (the server does not return it)",
    ),
    Rule("read-only-write-only-changed", INFO, "`readOnly` / `writeOnly` changed otherwise"),
    Rule("field-deprecated", INFO, "field marked `deprecated`, or no longer"),
    Rule("default-changed", INFO, "default of a field or body added, removed or changed"),
    Rule(
        "request-discriminator-property-changed",
        BREAKING,
        "request `discriminator`'s `propertyName` changed",
        why="oasdiff: info; openapi-diff: error. The server reads the type of what callers send from another field",
    ),
    Rule(
        "discriminator-changed",
        INFO,
        "`discriminator` added, removed, or its mapping changed; a response `discriminator`'s property name changed",
    ),
    # Types
    Rule("request-type-changed", BREAKING, "request type or format changed incompatibly (`string` → `integer`)"),
    Rule(
        "request-type-generalized",
        INFO,
        "request type or format widened (`integer` → `number`, `int32` → `int64`, type or format removed)",
    ),
    Rule(
        "request-type-compatible",
        INFO,
        "parameter or non-JSON request type changed to `string` (text on the wire)",
    ),
    Rule("response-type-changed", BREAKING, "response type or format changed incompatibly"),
    Rule(
        "response-type-generalized",
        BREAKING,
        "response type or format widened (`integer` → `number`, type or format removed)",
    ),
    Rule("response-type-specialized", INFO, "response type or format narrowed (`number` → `integer`)"),
    Rule("response-type-compatible", INFO, "response header or non-JSON type changed from `string`"),
    Rule("request-made-nullable", INFO, "request value made nullable"),
    Rule("request-made-not-nullable", BREAKING, "request value made not nullable"),
    Rule("response-made-nullable", BREAKING, "response value made nullable"),
    Rule("response-made-not-nullable", INFO, "response value made not nullable"),
    # Values
    Rule("request-enum-value-added", INFO, "value added to a request enum"),
    Rule("request-enum-value-removed", BREAKING, "value removed from a request enum"),
    Rule("request-enum-added", BREAKING, "request value restricted to an enum"),
    Rule("request-enum-removed", INFO, "request enum removed (any value accepted)"),
    Rule(
        "response-enum-value-added",
        WARNING,
        "value added to a response enum",
        why="As oasdiff. The generated client (literal enums) rejects a value it does not know",
    ),
    Rule("response-enum-value-removed", INFO, "value removed from a response enum"),
    Rule("response-enum-added", INFO, "response value restricted to an enum"),
    Rule("response-enum-removed", WARNING, "response enum removed (any value may come back)"),
    Rule("request-const-changed", BREAKING, "request `const` added or changed"),
    Rule("request-const-removed", INFO, "request `const` removed"),
    Rule("response-const-changed", BREAKING, "response `const` removed or changed"),
    Rule("response-const-added", INFO, "response `const` added"),
    # Constraints
    Rule("request-upper-bound-lowered", BREAKING, f"request {_UPPER} lowered"),
    Rule("request-upper-bound-set", WARNING, f"request {_UPPER} set where there was none"),
    Rule("request-upper-bound-raised", INFO, f"request {_UPPER} raised or removed"),
    Rule("request-lower-bound-raised", BREAKING, f"request {_LOWER} raised (`minLength` from 0)"),
    Rule(
        "request-lower-bound-set", WARNING, "request `minimum`, `exclusiveMinimum`, `minItems` or `minProperties` set"
    ),
    Rule("request-lower-bound-lowered", INFO, f"request {_LOWER} lowered or removed"),
    Rule("response-upper-bound-raised", BREAKING, f"response {_UPPER} raised or removed"),
    Rule("response-upper-bound-lowered", INFO, f"response {_UPPER} lowered or set"),
    Rule("response-lower-bound-lowered", BREAKING, f"response {_LOWER} lowered or removed"),
    Rule("response-lower-bound-raised", INFO, f"response {_LOWER} raised or set"),
    Rule(
        "request-multiple-of-changed",
        BREAKING,
        "request `multipleOf` set, or changed to a value the old one is not a multiple of",
        why="oasdiff: not checked; openapi-diff: error",
    ),
    Rule("request-multiple-of-relaxed", INFO, "request `multipleOf` removed, or changed to a divisor of the old one"),
    Rule(
        "response-multiple-of-changed",
        BREAKING,
        "response `multipleOf` removed, or changed to a value that is not a multiple of the old one",
        why="oasdiff: not checked; openapi-diff: error (in both directions)",
    ),
    Rule("response-multiple-of-tightened", INFO, "response `multipleOf` set, or changed to a multiple of the old one"),
    Rule(
        "request-unique-items-added",
        BREAKING,
        "request `uniqueItems` set",
        why="oasdiff: not checked; openapi-diff: error",
    ),
    Rule("request-unique-items-removed", INFO, "request `uniqueItems` removed"),
    Rule(
        "response-unique-items-removed",
        WARNING,
        "response `uniqueItems` removed",
        why="oasdiff: not checked; openapi-diff: not breaking. Callers may rely on unique items",
    ),
    Rule("response-unique-items-added", INFO, "response `uniqueItems` set"),
    Rule("request-pattern-added", BREAKING, "request `pattern` added"),
    Rule("request-pattern-changed", WARNING, "request `pattern` changed (whether it accepts less cannot be told)"),
    Rule("request-pattern-removed", INFO, "request `pattern` removed (or made `.*`)"),
    Rule("response-pattern-changed", INFO, "response `pattern` added, changed or removed"),
    # Alternatives
    Rule("request-alternative-added", INFO, "`oneOf` / `anyOf` alternative added to a request value"),
    Rule("request-alternative-removed", BREAKING, "`oneOf` / `anyOf` alternative removed from a request value"),
    Rule(
        "response-alternative-added",
        BREAKING,
        "`oneOf` / `anyOf` alternative added to a response value",
        why="oasdiff: error for oneOf, info for anyOf. The client must handle either the same way",
    ),
    Rule("response-alternative-removed", INFO, "`oneOf` / `anyOf` alternative removed from a response value"),
    Rule(
        "request-wrapped-in-one-of",
        BREAKING,
        "request value restructured into a `oneOf` whose alternatives overlap (a valid value may now match two)",
    ),
    # Security
    Rule(
        "security-requirement-added",
        BREAKING,
        "operation that could be called without credentials now requires them",
        why="oasdiff: info; openapi-diff: error. Every caller without credentials breaks",
    ),
    Rule("security-requirement-removed", INFO, "operation can now be called without credentials"),
    Rule(
        "security-alternative-removed",
        BREAKING,
        "accepted security scheme (or combination) removed from an operation",
        why="oasdiff: info; openapi-diff: error. Callers using it break",
    ),
    Rule("security-alternative-added", INFO, "accepted security scheme (or combination) added to an operation"),
    Rule(
        "security-scope-added",
        BREAKING,
        "OAuth scope added to an operation's requirement",
        why="oasdiff: info; openapi-diff: error. Tokens without the scope are refused",
    ),
    Rule("security-scope-removed", INFO, "OAuth scope removed from an operation's requirement"),
    Rule(
        "security-scheme-changed",
        BREAKING,
        "security scheme changed: type, `in`, `name`, HTTP scheme, bearer format, OAuth flow or URL, OpenID URL",
        why="oasdiff: info; openapi-diff: error. Callers send credentials the server no longer accepts",
    ),
    Rule("security-scheme-extended", INFO, "security scheme gains an OAuth flow or scope, or loses a scope"),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _ALL}
"""Every rule, by id."""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rules_table() -> str:
    """Render the rule table of docs/version-policy.md: one row per rule, in catalogue order."""
    lines = [
        "| Rule | Change | Level | Version | Notes: why, where we differ from oasdiff |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in _ALL:
        cells = (f"`{rule.id}`", rule.change, rule.severity.label, rule.severity.version_part, rule.why)
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"
