"""The Python surface diff: removing or renaming a method, keyword, model or field is breaking; additions minor."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.changes.spec_diff import Level
from scripts.changes.surface_diff import SurfaceChange, render_surface, surface_changes, surface_level
from scripts.commands.generate import Base, Generation, base_of
from scripts.infra.project import MANIFEST


def _param(name: str, type_: str = "str", *, required: bool = False, kind: str = "keyword", source: str = "") -> Any:
    return {"name": name, "source": source or name, "type": type_, "required": required, "kind": kind}


def _surface() -> dict[str, Any]:
    return {
        "methods": {
            "calls.get": {
                "operation": "GET /calls/{call_id}",
                "returns": "Call",
                "params": [_param("call_id", required=True, kind="positional")],
            },
            "calls.list": {
                "operation": "GET /calls",
                "returns": "SyncPage[Call]",
                "params": [_param("limit", "int | None"), _param("status", "str | None")],
            },
            "assistants.tasks.create": {
                "operation": "POST /assistants/{assistant_id}/tasks",
                "returns": "Task",
                "params": [
                    _param("assistant_id", required=True, kind="positional"),
                    _param("name", required=True),
                ],
            },
        },
        "models": {
            "Call": {
                "fields": {"call_id": {"type": "str", "required": True}, "token": {"type": "str", "required": False}}
            },
            "Task": {"fields": {"task_id": {"type": "str", "required": True}}},
        },
        "resources": ["calls", "assistants", "assistants.tasks"],
    }


def _texts(changes: list[SurfaceChange], level: Level) -> list[str]:
    return [change.text for change in changes if change.level is level]


def test_an_unchanged_surface_reports_nothing() -> None:
    assert surface_changes(_surface(), _surface()) == []
    assert surface_level([]) is Level.NONE
    assert render_surface([]) == ""


@pytest.mark.parametrize(("old", "new"), [(None, _surface()), (_surface(), None), (None, None), ([], _surface())])
def test_a_missing_surface_reports_nothing(old: object, new: object) -> None:
    assert surface_changes(old, new) == []


def test_a_rename_in_the_overlay_is_reported_as_breaking_with_the_old_and_new_python_names() -> None:
    new = _surface()
    new["methods"]["calls.fetch"] = new["methods"].pop("calls.get")  # x-puretalk-method: fetch
    changes = surface_changes(_surface(), new)
    assert _texts(changes, Level.MAJOR) == ["renamed client.calls.get() -> client.calls.fetch() (GET /calls/{call_id})"]
    assert _texts(changes, Level.MINOR) == []  # the new name is the rename, not an addition
    assert surface_level(changes) is Level.MAJOR
    section = render_surface(changes)
    assert "client.calls.get()" in section
    assert "client.calls.fetch()" in section
    assert "BREAKING" in section


def test_a_removed_method_is_breaking_and_names_it() -> None:
    new = _surface()
    del new["methods"]["calls.list"]
    assert _texts(surface_changes(_surface(), new), Level.MAJOR) == ["removed client.calls.list() (GET /calls)"]


def test_a_keyword_renamed_by_the_overlay_is_breaking() -> None:
    new = _surface()
    params = new["methods"]["calls.list"]["params"]
    params[1] = _param("state", "str | None", source="status")  # x-puretalk-arguments: status -> state
    changes = surface_changes(_surface(), new)
    assert _texts(changes, Level.MAJOR) == ["client.calls.list(): keyword status renamed to state"]
    assert _texts(changes, Level.MINOR) == []


def test_a_removed_keyword_is_breaking() -> None:
    new = _surface()
    new["methods"]["calls.list"]["params"].pop()
    assert _texts(surface_changes(_surface(), new), Level.MAJOR) == ["client.calls.list(): keyword status removed"]


def test_a_keyword_made_required_is_breaking() -> None:
    new = _surface()
    new["methods"]["calls.list"]["params"][0]["required"] = True
    assert _texts(surface_changes(_surface(), new), Level.MAJOR) == [
        "client.calls.list(): keyword limit is now required"
    ]


def test_a_keyword_made_optional_is_minor() -> None:
    new = _surface()
    new["methods"]["assistants.tasks.create"]["params"][1]["required"] = False
    changes = surface_changes(_surface(), new)
    assert _texts(changes, Level.MAJOR) == []
    assert _texts(changes, Level.MINOR) == ["client.assistants.tasks.create(): keyword name is now optional"]


def test_a_narrowed_keyword_type_is_breaking_a_widened_one_minor() -> None:
    narrowed = _surface()
    narrowed["methods"]["calls.list"]["params"][0]["type"] = "int"
    assert _texts(surface_changes(_surface(), narrowed), Level.MAJOR) == [
        "client.calls.list(): keyword limit type changed from int | None to int"
    ]
    widened = _surface()
    widened["methods"]["calls.list"]["params"][1]["type"] = "str | list[str | int] | None"
    changes = surface_changes(_surface(), widened)
    assert _texts(changes, Level.MAJOR) == []
    assert len(_texts(changes, Level.MINOR)) == 1


def test_a_keyword_moved_from_positional_or_reordered_is_breaking() -> None:
    new = _surface()
    params = new["methods"]["assistants.tasks.create"]["params"]
    params[1]["kind"] = "positional"
    params.reverse()
    texts = _texts(surface_changes(_surface(), new), Level.MAJOR)
    assert texts == ["client.assistants.tasks.create(): name is now positional (was keyword)"]
    old = copy.deepcopy(new)
    old["methods"]["assistants.tasks.create"]["params"].reverse()
    texts = _texts(surface_changes(old, new), Level.MAJOR)
    assert texts == [
        "client.assistants.tasks.create(): positional arguments reordered: (assistant_id, name) -> (name, assistant_id)"
    ]


def test_new_keywords_optional_are_minor_required_breaking() -> None:
    new = _surface()
    new["methods"]["calls.list"]["params"].append(_param("since", "datetime | None"))
    new["methods"]["calls.get"]["params"].append(_param("expand", required=True))
    changes = surface_changes(_surface(), new)
    assert _texts(changes, Level.MINOR) == ["client.calls.list(): new optional keyword since: datetime | None"]
    assert _texts(changes, Level.MAJOR) == ["client.calls.get(): new required keyword argument expand"]


def test_a_changed_return_type_is_breaking() -> None:
    new = _surface()
    new["methods"]["calls.get"]["returns"] = "CallDetail"
    assert _texts(surface_changes(_surface(), new), Level.MAJOR) == [
        "client.calls.get(): returns CallDetail (was Call)"
    ]


def test_models_renamed_removed_and_fields_removed_are_breaking() -> None:
    new = _surface()
    new["models"]["CallResponse"] = new["models"].pop("Call")
    del new["models"]["Task"]["fields"]["task_id"]
    new["models"]["Task"]["fields"]["id"] = {"type": "str", "required": False}
    changes = surface_changes(_surface(), new)
    assert _texts(changes, Level.MAJOR) == ["model Call renamed to CallResponse", "model Task: field task_id removed"]
    assert _texts(changes, Level.MINOR) == ["model Task: new optional field id: str"]
    removed = _surface()
    del removed["models"]["Task"]
    assert _texts(surface_changes(_surface(), removed), Level.MAJOR) == ["model Task removed"]


def test_field_type_and_requiredness_changes_are_breaking() -> None:
    new = _surface()
    new["models"]["Call"]["fields"]["token"] = {"type": "str | None", "required": True}
    assert _texts(surface_changes(_surface(), new), Level.MAJOR) == [
        "model Call: field token type changed from str to str | None",
        "model Call: field token is now required",
    ]


def test_additions_are_minor() -> None:
    new = _surface()
    new["methods"]["calls.recording"] = {"operation": "GET /calls/{call_id}/recording", "returns": "File", "params": []}
    new["models"]["Recording"] = {"fields": {}}
    new["models"]["Call"]["fields"]["duration"] = {"type": "float", "required": False}
    new["resources"].append("voices")
    changes = surface_changes(_surface(), new)
    assert _texts(changes, Level.MAJOR) == []
    assert _texts(changes, Level.MINOR) == [
        "new method client.calls.recording() (GET /calls/{call_id}/recording)",
        "model Call: new optional field duration: float",
        "new model Recording",
        "new resource client.voices",
    ]
    assert surface_level(changes) is Level.MINOR


def test_a_removed_resource_is_breaking() -> None:
    new = _surface()
    new["resources"].remove("assistants.tasks")
    del new["methods"]["assistants.tasks.create"]
    texts = _texts(surface_changes(_surface(), new), Level.MAJOR)
    assert texts == [
        "removed client.assistants.tasks.create() (POST /assistants/{assistant_id}/tasks)",
        "removed resource client.assistants.tasks",
    ]


def test_a_misshapen_surface_is_read_as_far_as_it_goes() -> None:
    hostile: dict[str, Any] = {"methods": {"calls.get": "nope", 3: {}}, "models": ["Call"], "resources": "calls"}
    changes = surface_changes(_surface(), hostile)
    assert all(change.breaking for change in changes)
    assert "model Call removed" in _texts(changes, Level.MAJOR)


def test_the_section_lists_breaking_changes_first() -> None:
    new = _surface()
    new["models"]["Extra"] = {"fields": {}}
    del new["methods"]["calls.list"]
    section = render_surface(surface_changes(_surface(), new))
    assert section.index("BREAKING") < section.index("addition")
    assert section.startswith("## Python surface\n")


def test_generate_reports_the_surface_and_its_level_moves_the_floor(tmp_path: Path) -> None:
    manifest = tmp_path / MANIFEST
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"version_floor": "1.4.2", "surface": _surface()}), encoding="utf-8")
    base = base_of(tmp_path, "1.4.2")
    assert base.surface == _surface()
    new = _surface()
    new["methods"]["calls.fetch"] = new["methods"].pop("calls.get")
    generation = Generation([], Level.NONE, "1.4.2", "1.4.2", base=base, surface=new)
    generation.compare_surface()
    assert generation.level is Level.MAJOR
    assert generation.version_floor == "2.0.0"
    text = generation.report()
    assert "No change." in text  # the HTTP API did not change
    assert "## Python surface" in text
    assert "renamed client.calls.get() -> client.calls.fetch()" in text
    assert text.index("## Python surface") < text.index("Version: major change; 1.4.2 -> 2.0.0")


def test_a_minor_surface_change_does_not_lower_an_http_major(tmp_path: Path) -> None:
    new = _surface()
    new["resources"].append("voices")
    generation = Generation([], Level.MAJOR, "1.4.2", "2.0.0", base=Base(None, "1.4.2", _surface()), surface=new)
    generation.compare_surface()
    assert (generation.level, generation.version_floor, generation.api_level) == (Level.MAJOR, "2.0.0", None)
    assert "new resource client.voices" in generation.report()


def test_no_surface_on_either_side_reports_no_section() -> None:
    generation = Generation([], Level.NONE, "1.4.2", "1.4.2", base=Base(None, "1.4.2", _surface()), surface=None)
    generation.compare_surface()
    assert generation.surface_changes == []
    assert "Python surface" not in generation.report()
