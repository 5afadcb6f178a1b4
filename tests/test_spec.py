"""openapi.yaml itself: valid, every operation named and tagged after the overlay, and faithful to the pins."""

from __future__ import annotations

import re
from typing import Any

from openapi_spec_validator import validate

from scripts.commands.generate import resolve_spec
from scripts.infra.yaml_io import load_document
from tests.helpers.paths import ROOT
from tests.helpers.spec import operation_keys, operations, resolve_refs
from tests.pins import (
    NAMES_USERS_HAVE,
    ODDITIES_DECIDED,
    RESOURCES_USERS_HAVE,
    SEED_OPERATION,
    SEED_TOP_LEVEL,
    SPEC_DECISIONS,
    seed_spec,
)


def covers(ours: Any, seed: Any, key: str = "") -> bool:
    """Whether ``ours`` keeps everything ``seed`` says: more properties, parameters or enum values may be added;
    what is required stays as it was; every other value is equal."""
    if isinstance(seed, dict):
        return isinstance(ours, dict) and all(name in ours and covers(ours[name], seed[name], name) for name in seed)
    if isinstance(seed, list) and key != "required":
        return isinstance(ours, list) and all(any(covers(mine, theirs) for mine in ours) for theirs in seed)
    if isinstance(seed, list):
        return isinstance(ours, list) and sorted(ours) == sorted(seed)
    return bool(ours == seed)


def test_upstream_spec_is_valid_openapi() -> None:
    validate(load_document(ROOT / "openapi.yaml"))


def test_the_operations_users_have_are_still_there() -> None:
    missing = set(NAMES_USERS_HAVE) - operation_keys(load_document(ROOT / "openapi.yaml"))
    assert not missing, f"operations users call are gone from openapi.yaml: {sorted(missing)}"


def test_operation_ids_are_unique_and_every_operation_has_a_tag_after_the_overlay() -> None:
    resolved = operations(resolve_spec(ROOT))
    ids = [operation["operationId"] for operation in resolved.values() if "operationId" in operation]
    assert len(set(ids)) == len(ids), "an operationId is used twice"
    overlay_named = [key for key, operation in resolved.items() if "x-puretalk-method" in operation]
    assert all("operationId" in resolved[key] for key in overlay_named), "the overlay names an operation, no id"
    tags = {operation["tags"][0] for operation in resolved.values() if operation.get("tags")}
    assert tags >= RESOURCES_USERS_HAVE
    # an operation with no tag (an upstream addition the overlay does not name yet) still gets a method
    from puretalk_client._generated.resources import OPERATIONS

    untagged = [
        f"{method.upper()} {path}" for (method, path), operation in resolved.items() if not operation.get("tags")
    ]
    assert not [key for key in untagged if key not in OPERATIONS], "an untagged operation has no method"


def test_seed_operation_is_kept_after_resolving_references() -> None:
    seed = seed_spec()
    ours = load_document(ROOT / "openapi.yaml")
    method, path = SEED_OPERATION
    assert covers(resolve_refs(ours["paths"][path][method], ours), resolve_refs(seed["paths"][path][method], seed))
    for key in SEED_TOP_LEVEL:  # upstream versions its document: info.version may move on
        assert covers(ours[key], {**seed[key], "version": ours[key].get("version")} if key == "info" else seed[key])
    assert covers(ours["components"]["securitySchemes"], seed["components"]["securitySchemes"])
    for name, schema in seed["components"]["schemas"].items():
        assert covers(ours["components"]["schemas"][name], schema), name


def test_the_seed_pin_allows_additions_only() -> None:
    seed = seed_spec()
    method, path = SEED_OPERATION
    operation = resolve_refs(seed["paths"][path][method], seed)
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    added = {**body, "properties": {**body["properties"], "room_name": {"type": "string"}}}
    assert covers(added, body)
    assert not covers({**added, "required": [*body.get("required", []), "room_name"]}, body)
    assert not covers({**body, "properties": {}}, body)


def test_spec_decisions_cover_every_oddity_that_touches_the_spec() -> None:
    decisions = SPEC_DECISIONS.read_text(encoding="utf-8")
    covered = {int(number) for number in re.findall(r"§15\.(\d+)", decisions)}
    assert covered >= ODDITIES_DECIDED, f"missing: {sorted(ODDITIES_DECIDED - covered)}"
