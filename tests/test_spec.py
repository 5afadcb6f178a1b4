"""openapi.yaml itself: valid, complete, and faithful to the seed page."""

from __future__ import annotations

import re
from typing import Any

from openapi_spec_validator import validate

from scripts.generate import resolve_spec
from scripts.yaml_io import load_document, parse_document
from tests.helpers.paths import ROOT, SEED_PAGE
from tests.helpers.spec import operations

DOCUMENTED = {
    ("get", "/ai-assistants"), ("post", "/ai-assistants"),
    ("get", "/ai-assistants/{assistant_id}"), ("patch", "/ai-assistants/{assistant_id}"),
    ("post", "/ai-assistants/llm-states/{assistant_id}"), ("delete", "/ai-assistants/delete-llm-states"),
    ("get", "/phone-numbers"), ("get", "/campaigns"),
    ("get", "/calls"), ("get", "/calls/{call_id}"), ("post", "/calls/web/register"),
    ("get", "/voices/{id}"), ("post", "/v1/tts"), ("post", "/v1/tts/clone-voice"),
}  # fmt: skip


def resolve_refs(node: Any, root: dict[str, Any]) -> Any:
    """Inline every local $ref (the seed's schemas are not recursive)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = root
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return resolve_refs(target, root)
        return {key: resolve_refs(value, root) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve_refs(item, root) for item in node]
    return node


def seed_spec() -> dict[str, Any]:
    match = re.search(r"````yaml[^\n]*\n(.*?)````", SEED_PAGE.read_text(encoding="utf-8"), re.S)
    assert match, "the seed page has no yaml block"
    spec = parse_document(match.group(1))
    assert isinstance(spec, dict)
    return spec


def test_upstream_spec_is_valid_openapi() -> None:
    validate(load_document(ROOT / "openapi.yaml"))


def test_the_fourteen_documented_operations() -> None:
    assert set(operations(load_document(ROOT / "openapi.yaml"))) == DOCUMENTED


def test_every_operation_has_an_operation_id_and_a_tag_after_the_overlay() -> None:
    resolved = operations(resolve_spec(ROOT))
    ids = [operation.get("operationId") for operation in resolved.values()]
    assert None not in ids and len(set(ids)) == len(ids) == 14
    tags = {operation["tags"][0] for operation in resolved.values()}
    assert tags == {"assistants", "calls", "phone_numbers", "campaigns", "voices", "tts"}
    assert not (ROOT / "generated" / "puretalk_api" / "api" / "default").exists()


def test_seed_operation_is_unchanged_after_resolving_references() -> None:
    seed = seed_spec()
    ours = load_document(ROOT / "openapi.yaml")
    path = "/calls/web/register"
    assert resolve_refs(ours["paths"][path], ours) == resolve_refs(seed["paths"][path], seed)
    for key in ("openapi", "info", "servers", "security"):
        assert ours[key] == seed[key], key
    assert ours["components"]["securitySchemes"] == seed["components"]["securitySchemes"]
    for name, schema in seed["components"]["schemas"].items():
        assert ours["components"]["schemas"][name] == schema, name


def test_spec_decisions_cover_every_oddity_that_touches_the_spec() -> None:
    decisions = (ROOT / "docs" / "spec-decisions.md").read_text(encoding="utf-8")
    covered = {int(number) for number in re.findall(r"§15\.(\d+)", decisions)}
    assert covered >= set(range(1, 16)), f"missing: {sorted(set(range(1, 16)) - covered)}"
