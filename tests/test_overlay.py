"""The overlay applier against the Overlay spec's compliant sets and our stricter rules."""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.generation import overlay
from scripts.generation.overlay import MAX_GROWTH, MAX_MATCH_SECONDS, MAX_SELECTED, OverlayError, apply_overlay
from scripts.infra.yaml_io import load_document, parse_document
from tests.helpers.hostile import BACKTRACKING_PATTERN, BACKTRACKING_VALUE
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
    document = {"paths": {"/a": {"get": {}}}, "components": {"schemas": {}}}
    overlay = _overlay(
        {"target": "$.paths['/a'].get", "update": {"operationId": "a"}},
        {"target": "$.components.schemas.Gone", "description": "fix it", "update": {"nullable": True}},
    )
    expected = "action #2 (target '$.components.schemas.Gone', 'fix it') matches nothing"
    with pytest.raises(OverlayError, match=re.escape(expected)):
        apply_overlay(document, overlay)


def test_actions_under_an_operation_upstream_removed_are_skipped_and_named() -> None:
    document = {"paths": {"/a": {"get": {}}}}
    overlay = _overlay(
        {"target": "$.paths['/gone'].post", "description": "name the post", "update": {"operationId": "b"}},
        {"target": "$.paths['/a'].put.parameters[0]", "update": {"required": True}},
        {"target": "$.paths['/a'].get", "update": {"operationId": "a"}},
    )
    skipped: list[str] = []
    base = {"paths": {"/a": {"get": {}, "put": {}}, "/gone": {"post": {}}}}  # the spec generated/ was made from
    result = apply_overlay(document, overlay, skipped, base=base)
    assert result == {"paths": {"/a": {"get": {"operationId": "a"}}}}
    assert skipped == [
        "action #1 (target \"$.paths['/gone'].post\", 'name the post'): POST /gone is gone upstream",
        "action #2 (target \"$.paths['/a'].put.parameters[0]\"): PUT /a is gone upstream",
    ]


@pytest.mark.parametrize(
    "base",
    [None, {"paths": {"/a": {"get": {}}}}, {"paths": {"/no/such/path": {"get": {}}}}],
    ids=["no-base", "base-without-the-path", "base-without-the-method"],
)
def test_an_action_whose_target_never_existed_fails_naming_it(base: dict[str, Any] | None) -> None:
    document = {"paths": {"/a": {"get": {}}}}
    overlay = _overlay(
        {"target": "$.paths['/a'].get", "update": {"operationId": "a"}},
        {"target": "$.paths['/no/such/path'].post", "update": {"operationId": "typo"}},
    )
    skipped: list[str] = []
    with pytest.raises(OverlayError) as refused:
        apply_overlay(document, overlay, skipped, base=base)
    message = str(refused.value)
    assert message.startswith("action #2 (target \"$.paths['/no/such/path'].post\"): POST /no/such/path does not exist")
    assert "did not have it either" in message and "\n" not in message
    assert skipped == []


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


def test_match_and_search_still_select_as_the_standard_says() -> None:
    document = {"servers": [{"url": "https://api.example.com"}, {"url": "http://localhost:8080"}]}
    removed = apply_overlay(document, _overlay({"target": "$.servers[?match(@.url, 'https://.*')]", "remove": True}))
    assert removed == {"servers": [{"url": "http://localhost:8080"}]}
    kept = apply_overlay(document, _overlay({"target": "$.servers[?search(@.url, 'local')]", "remove": True}))
    assert kept == {"servers": [{"url": "https://api.example.com"}]}


def test_the_regular_expressions_of_an_action_share_one_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overlay, "MAX_REGEX_SECONDS", 0.3)
    # Each value takes a few ms to fail (2**14 ways): well within one match's cap, but 400 of them are not.
    document = {"values": [{"v": "a" * 14 + "!"} for _ in range(400)]}
    target = f"$.values[?match(@.v, '{BACKTRACKING_PATTERN}')]"
    with pytest.raises(
        OverlayError, match=r"^action #1 \(target .*\): its regular expressions ran past 0\.3 s in all$"
    ):
        apply_overlay(document, _overlay({"target": target, "update": {"x": 1}}))


def test_one_backtracking_match_is_stopped_at_its_cap() -> None:
    # 24 characters: about 3 s unbounded, so that a regression fails here rather than hangs (41 would take hours).
    document = {"info": {"title": BACKTRACKING_VALUE[-24:]}}
    with pytest.raises(
        OverlayError,
        match=rf"ran past {MAX_MATCH_SECONDS:g} s on one value \(it backtracks without bound: rewrite it\)$",
    ):
        apply_overlay(document, _overlay({"target": f"$[?match(@.title, '{BACKTRACKING_PATTERN}')]", "update": {}}))


def test_an_update_too_large_for_its_targets_is_refused_before_merging() -> None:
    document = {"schemas": {f"S{number}": {"type": "object"} for number in range(200)}}
    update = {"description": "x" * (MAX_GROWTH // 100)}
    with pytest.raises(
        OverlayError, match=r"^action #1 .*: merging its update into 200 nodes would make the overlay add"
    ):
        apply_overlay(document, _overlay({"target": "$.schemas.*", "update": update}))
    small = apply_overlay(document, _overlay({"target": "$.schemas.*", "update": {"description": "x" * 100}}))
    assert all(schema["description"] == "x" * 100 for schema in small["schemas"].values())


def test_a_target_selecting_more_than_the_cap_is_refused() -> None:
    document = {"items": list(range(MAX_SELECTED + 1))}
    with pytest.raises(OverlayError, match=rf"selects more than {MAX_SELECTED:,} nodes \(the cap on one action\)$"):
        apply_overlay(document, _overlay({"target": "$.items[*]", "remove": True}))
    # Duplicates count: `..*..*` would select each node once per ancestor.
    with pytest.raises(OverlayError, match="selects more than"):
        apply_overlay({"a": [[list(range(50))] * 50] * 10}, _overlay({"target": "$..*..*", "remove": True}))


def test_an_object_takes_an_object_update() -> None:
    with pytest.raises(OverlayError, match=r"^action #1 .*: the update of an object must be an object, not list$"):
        apply_overlay({"info": {"title": "x"}}, _overlay({"target": "$.info", "update": [0]}))


def test_a_node_replaced_by_the_update_of_an_enclosing_one_is_refused() -> None:
    document = {"a": {"b": {"c": 1}}}
    with pytest.raises(OverlayError, match=r"it selects a > b, which its update of an enclosing node replaced$"):
        apply_overlay(document, _overlay({"target": "$..[?@.*]", "update": {"b": 5}}))


def test_a_node_selected_twice_is_updated_and_removed_once() -> None:
    document = {"a": {"b": {"tags": ["x"]}}}
    updated = apply_overlay(document, _overlay({"target": "$.a['b','b']", "update": {"tags": ["y"]}}))
    assert updated == {"a": {"b": {"tags": ["x", "y"]}}}
    removed = apply_overlay(document, _overlay({"target": "$..*..tags", "remove": True}))  # b's tags, once per ancestor
    assert removed == {"a": {"b": {}}}
