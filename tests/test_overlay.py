"""The overlay applier against the Overlay spec's compliant sets and our stricter rules."""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.overlay import OverlayError, apply_overlay
from scripts.yaml_io import load_document, parse_document
from tests.helpers.paths import COMPLIANT_SETS, ROOT

CASES = sorted(path.name for path in COMPLIANT_SETS.iterdir() if path.is_dir()) if COMPLIANT_SETS.is_dir() else []


def test_all_eight_compliant_sets_are_present() -> None:
    assert len(CASES) == 8, f"expected the eight compliant sets in {COMPLIANT_SETS}"


@pytest.mark.parametrize("case", CASES)
def test_compliant_set_produces_expected_output(case: str) -> None:
    folder = COMPLIANT_SETS / case
    result = apply_overlay(load_document(folder / "openapi.yaml"), load_document(folder / "overlay.yaml"))
    assert result == load_document(folder / "output.yaml")


def test_input_document_is_not_modified() -> None:
    folder = COMPLIANT_SETS / "remove-server"
    document = load_document(folder / "openapi.yaml")
    before = repr(document)
    apply_overlay(document, load_document(folder / "overlay.yaml"))
    assert repr(document) == before


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_dangling_target_fails_naming_the_action() -> None:
    document = {"paths": {"/a": {"get": {}}}}
    overlay = _overlay(
        {"target": "$.paths['/a'].get", "update": {"operationId": "a"}},
        {"target": "$.paths['/gone'].post", "description": "name the post", "update": {"operationId": "b"}},
    )
    expected = "action #2 (target \"$.paths['/gone'].post\", 'name the post') matches nothing"
    with pytest.raises(OverlayError, match=re.escape(expected)):
        apply_overlay(document, overlay)


def test_remove_false_is_not_a_removal() -> None:
    document = {"info": {"title": "x"}}
    result = apply_overlay(document, _overlay({"target": "$.info", "remove": False, "update": {"version": "2"}}))
    assert result == {"info": {"title": "x", "version": "2"}}


def test_action_without_update_or_remove_is_rejected() -> None:
    with pytest.raises(OverlayError, match="neither 'update' nor 'remove: true'"):
        apply_overlay({"info": {}}, _overlay({"target": "$.info", "remove": False}))


def test_invalid_jsonpath_is_reported() -> None:
    with pytest.raises(OverlayError, match="invalid JSONPath"):
        apply_overlay({"info": {}}, _overlay({"target": "$.info[", "update": {}}))


def test_update_merges_recursively_and_appends_to_arrays() -> None:
    document = {"a": {"b": {"c": 1, "d": 2}}, "tags": ["x"]}
    overlay = _overlay(
        {"target": "$.a", "update": {"b": {"d": 3, "e": 4}}},
        {"target": "$.tags", "update": "y"},
    )
    assert apply_overlay(document, overlay) == {"a": {"b": {"c": 1, "d": 3, "e": 4}}, "tags": ["x", "y"]}


def test_removing_several_array_items_removes_the_right_ones() -> None:
    document = {"servers": [{"d": "keep"}, {"d": "drop"}, {"d": "keep2"}, {"d": "drop"}]}
    result = apply_overlay(document, _overlay({"target": "$.servers[?@.d == 'drop']", "remove": True}))
    assert result == {"servers": [{"d": "keep"}, {"d": "keep2"}]}


def test_not_an_overlay_document() -> None:
    with pytest.raises(OverlayError, match="not an Overlay document"):
        apply_overlay({}, {"actions": []})


def test_yaml_dates_stay_strings() -> None:
    assert parse_document("start_date: 2021-01-01\n") == {"start_date": "2021-01-01"}


def test_project_overlay_names_the_seed_operation() -> None:
    spec = load_document(ROOT / "openapi.yaml")
    resolved = apply_overlay(spec, load_document(ROOT / "overlays" / "openapi.overlay.yaml"))
    operation = resolved["paths"]["/calls/web/register"]["post"]
    assert operation["operationId"] == "registerWebCall"
    assert operation["tags"] == ["calls"]
    assert "operationId" not in spec["paths"]["/calls/web/register"]["post"], "openapi.yaml itself stays upstream"


def test_upstream_spec_has_no_operation_ids_of_ours() -> None:
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert "operationId" not in text
