"""generate and check on hostile or broken specs and overlays: one line naming the file and the cause, nothing else.

Each case asserts the refusal (exit 1, ``error: <file>: <cause>`` first, no traceback) and that
nothing leaked or changed: no file content in the output, no request made, generated/,
openapi.yaml and the change report as they were.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.commands.generate import apply_overlays, validate
from scripts.generation.generator import content_type_overrides
from scripts.generation.overlay import MAX_GROWTH, MAX_MATCH_SECONDS, MAX_REGEX_SECONDS, MAX_SELECTED, MAX_TARGET
from scripts.generation.spec_guard import MAX_NAME, MAX_PATH, SpecError, check_names, check_refs
from scripts.infra.project import GENERATED, PipelineError, format_bytes
from scripts.infra.yaml_io import (
    MAX_DEPTH,
    MAX_DOCUMENT_BYTES,
    DocumentError,
    digest_capped,
    dump_yaml,
    load_document,
    parse_document,
)
from tests.helpers.hostile import (
    ALIAS_BOMB,
    BACKTRACKING_PATTERN,
    BACKTRACKING_VALUE,
    DOUBLING_ACTIONS,
    LONG_NAME,
    SECRET,
)
from tests.helpers.hostile_site import Site, hostile_site
from tests.helpers.paths import ROOT, tree_digest

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def site() -> Iterator[Site]:
    with hostile_site() as running:
        yield running


def spec_of(repo: Path) -> dict[str, Any]:
    spec: dict[str, Any] = load_document(repo / "openapi.yaml")
    return spec


def write_spec(repo: Path, spec: dict[str, Any]) -> None:
    (repo / "openapi.yaml").write_text(dump_yaml(spec), encoding="utf-8")


def with_schema(repo: Path, name: str, schema: dict[str, Any]) -> None:
    spec = spec_of(repo)
    spec["components"]["schemas"][name] = schema
    write_spec(repo, spec)


def assert_refused(repo: Path, run_pipeline: Runner, named: str, *causes: str, command: str = "generate") -> str:
    """Run ``command``; assert one line ``error: <named>: ...`` with every cause, and nothing changed.

    Return everything it printed.
    """
    before = tree_digest(repo / GENERATED)
    spec = (repo / "openapi.yaml").read_bytes()
    result = run_pipeline(repo, command)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"error: {named}: "), first
    for cause in causes:
        assert cause in first, first
    assert tree_digest(repo / GENERATED) == before
    assert (repo / "openapi.yaml").read_bytes() == spec
    assert not (repo / "build" / "spec-changes.md").exists()
    return output


@pytest.mark.parametrize("command", ["generate", "check"])
def test_a_file_ref_is_refused_by_name_and_the_file_is_not_read(
    repo_copy: Path, run_pipeline: Runner, tmp_path: Path, command: str
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text(SECRET + "\n", encoding="utf-8")
    with_schema(repo_copy, "Leak", {"$ref": netrc.as_uri()})
    cause = f"$ref '{netrc.as_uri()}' at components > schemas > Leak refused: only local references"
    output = assert_refused(repo_copy, run_pipeline, "openapi.yaml", cause, command=command)
    assert SECRET not in output


@pytest.mark.parametrize("command", ["generate", "check"])
def test_an_http_ref_is_refused_by_name_and_nothing_is_requested(
    repo_copy: Path, run_pipeline: Runner, site: Site, command: str
) -> None:
    target = site.add("/schema.json", json.dumps({"type": "string"}), "application/json")
    with_schema(repo_copy, "Remote", {"type": "object", "properties": {"x": {"$ref": target}}})
    assert_refused(
        repo_copy, run_pipeline, "openapi.yaml", f"$ref '{target}'", "Remote > properties > x", command=command
    )
    assert site.paths() == []


def test_a_ref_added_by_the_overlay_is_refused_by_name(repo_copy: Path, run_pipeline: Runner, site: Site) -> None:
    target = site.add("/schema.json", "{}", "application/json")
    overlay = repo_copy / "overlays" / "openapi.overlay.yaml"
    action = f"  - target: $.components.schemas\n    update: {{Remote: {{$ref: '{target}'}}}}\n"
    overlay.write_text(overlay.read_text(encoding="utf-8") + action, encoding="utf-8")
    assert_refused(repo_copy, run_pipeline, "overlays/openapi.overlay.yaml", f"$ref '{target}'", "refused")
    assert site.paths() == []


def test_a_yaml_alias_bomb_is_refused(repo_copy: Path, run_pipeline: Runner) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + ALIAS_BOMB, encoding="utf-8")
    assert_refused(repo_copy, run_pipeline, "openapi.yaml", "YAML alias *a refused")


@pytest.mark.parametrize("form", ["yaml", "json"])
def test_a_document_nested_thousands_deep_is_refused(repo_copy: Path, run_pipeline: Runner, form: str) -> None:
    spec = repo_copy / "openapi.yaml"
    if form == "yaml":  # libyaml's composer recurses in C: this depth crashes the interpreter unguarded
        spec.write_text(spec.read_text(encoding="utf-8") + "x-deep: " + "[" * 100_000 + "]" * 100_000 + "\n")
    else:
        deep = json.dumps(spec_of(repo_copy))[:-1] + ', "x-deep": ' + "[" * 100_000 + "]" * 100_000 + "}"
        spec.write_text(deep, encoding="utf-8")
    assert_refused(repo_copy, run_pipeline, "openapi.yaml", f"nested deeper than {MAX_DEPTH} levels")


@pytest.mark.parametrize(
    ("schemas", "cycle"),
    [
        ({"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}, "'#/components/schemas/"),
        ({"A": {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}]}}, "'#/components/schemas/A' -> "),
    ],
    ids=["A-B-A", "allOf-itself"],
)
def test_a_ref_cycle_is_refused(repo_copy: Path, run_pipeline: Runner, schemas: dict[str, Any], cycle: str) -> None:
    spec = spec_of(repo_copy)
    spec["components"]["schemas"].update(schemas)
    write_spec(repo_copy, spec)
    assert_refused(repo_copy, run_pipeline, "openapi.yaml (after the overlay)", "$ref cycle", cycle)


def test_a_ref_to_nothing_is_refused(repo_copy: Path, run_pipeline: Runner) -> None:
    with_schema(repo_copy, "Broken", {"$ref": "#/components/schemas/Nowhere"})
    assert_refused(
        repo_copy,
        run_pipeline,
        "openapi.yaml (after the overlay)",
        "'#/components/schemas/Nowhere'",
        "points to nothing",
    )


def test_recursion_through_properties_is_accepted() -> None:
    spec = {"components": {"schemas": {"Node": {"properties": {"child": {"$ref": "#/components/schemas/Node"}}}}}}
    check_refs(spec, "openapi.yaml")  # a tree is a legitimate recursive schema, not a cycle


def test_non_utf8_bytes_are_refused(repo_copy: Path, run_pipeline: Runner) -> None:
    spec = repo_copy / "openapi.yaml"
    data = spec.read_bytes()
    spec.write_bytes(data.replace(b"Api Documentation", b"Api Docum\xe9ntation", 1))
    line = data[: data.index(b"Api Documentation")].count(b"\n") + 1
    assert_refused(repo_copy, run_pipeline, "openapi.yaml", f"not UTF-8 text: byte 0xe9 on line {line}")


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n---\n"], ids=["empty", "blank", "comment"])
def test_an_empty_file_is_refused(repo_copy: Path, run_pipeline: Runner, text: str) -> None:
    (repo_copy / "openapi.yaml").write_text(text, encoding="utf-8")
    assert_refused(repo_copy, run_pipeline, "openapi.yaml", "empty document")


def test_a_swagger_2_document_is_refused(repo_copy: Path, run_pipeline: Runner) -> None:
    swagger = {"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}}
    (repo_copy / "openapi.yaml").write_text(json.dumps(swagger), encoding="utf-8")
    assert_refused(repo_copy, run_pipeline, "openapi.yaml", "a Swagger '2.0' document", "only OpenAPI 3.0 and 3.1")


@pytest.mark.parametrize(
    ("target", "cause"),
    [
        ("$[?" + "!" * 900 + "@]", "JSONPath nested too deeply"),
        ("$" + ".a" * 200_000, "target longer than 1000 characters"),  # unguarded, the parser crashes the interpreter
        ("$.paths[?@.get && ", "invalid JSONPath"),
    ],
    ids=["nested", "long", "unfinished"],
)
def test_a_jsonpath_the_parser_chokes_on_is_refused(
    repo_copy: Path, run_pipeline: Runner, target: str, cause: str
) -> None:
    overlay = repo_copy / "overlays" / "openapi.overlay.yaml"
    action = f"  - target: {json.dumps(target)}\n    update: {{x-note: 1}}\n"
    overlay.write_text(overlay.read_text(encoding="utf-8") + action, encoding="utf-8")
    assert_refused(repo_copy, run_pipeline, "overlays/openapi.overlay.yaml", cause)


def test_a_file_over_the_size_cap_is_refused(repo_copy: Path, run_pipeline: Runner) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + ("# padding " + "x" * 1000 + "\n") * 17_000)
    assert_refused(repo_copy, run_pipeline, "openapi.yaml", "larger than 16 MiB")


def test_yaml_tags_beyond_json_are_refused() -> None:
    for tagged in ("x: !!binary aGk=", "x: !!set {a}", "x: !!timestamp 2020-01-01", "x: !!python/name:os.system"):
        with pytest.raises(DocumentError, match=r"^spec: not valid YAML/JSON: line 1, column 4: could not determine"):
            parse_document(tagged, "spec")


def test_the_alias_bomb_and_the_deep_document_are_refused_in_bounded_memory() -> None:
    for text in (ALIAS_BOMB, "x: " + "[" * 1_000_000 + "]" * 1_000_000):
        tracemalloc.start()
        with pytest.raises(DocumentError):
            parse_document(text, "spec")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 16 * 2**20 + 4 * len(text), f"{peak} bytes to refuse a {len(text)}-character document"


def test_refusals_quote_hostile_values_briefly() -> None:
    with pytest.raises(SpecError) as refused:
        check_refs({"a": {"$ref": "https://x.example/" + "y" * 10_000}}, "openapi.yaml")
    assert len(str(refused.value)) < 300


def _node_paths(document: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    items = (
        document.items() if isinstance(document, dict) else enumerate(document) if isinstance(document, list) else ()
    )
    for key, value in items:
        yield from _node_paths(value, (*path, key))


def _replace(document: Any, path: tuple[str | int, ...], value: Any) -> None:
    """Put ``value`` at ``path``, unless an earlier change left no such place."""
    parent = document
    with contextlib.suppress(LookupError, TypeError):
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = value


SPEC_NODES = [path for path in _node_paths(load_document(ROOT / "openapi.yaml")) if path]
ODD_VALUES = [None, 0, 1.5, "x", True, [], {}, [1, "a"], {"a": 1}, {"$ref": "#"}, {"$ref": "#/components/schemas"}]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.sampled_from(SPEC_NODES), st.sampled_from(ODD_VALUES)), min_size=1, max_size=3))
def test_any_misshapen_spec_is_a_pipeline_error_never_a_crash(
    changes: list[tuple[tuple[str | int, ...], Any]], tmp_path: Path
) -> None:
    spec = load_document(ROOT / "openapi.yaml")
    for path, value in changes:
        _replace(spec, path, value)
    root = tmp_path / "repo"
    (root / "overlays").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "overlays" / "openapi.overlay.yaml", root / "overlays")
    (root / "openapi.yaml").write_text(json.dumps(spec), encoding="utf-8")
    try:
        resolved = apply_overlays(root)
        content_type_overrides(resolved)  # what the generator is started with, before validation
        validate(resolved)
    except PipelineError as error:
        assert str(error).startswith(("openapi.yaml", "overlays/openapi.overlay.yaml")), str(error)


def test_mapping_keys_are_strings_as_in_json() -> None:
    assert parse_document("responses:\n  200: {description: OK}\n") == {"responses": {"200": {"description": "OK"}}}
    for key in ("~", "true", "1.5"):
        with pytest.raises(DocumentError, match=r"^spec: not valid YAML/JSON: line 1, column 1: a mapping key must be"):
            parse_document(f"{key}: x\n", "spec")


def test_the_pipeline_page_gives_the_caps_on_documents() -> None:
    readme = " ".join((ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8").split())
    assert f"at most {format_bytes(MAX_DOCUMENT_BYTES)}, UTF-8, not empty" in readme
    assert f"nested at most {MAX_DEPTH} deep" in readme
    assert f"overlay targets at most {MAX_TARGET} characters" in readme


def bounded(seconds: float) -> Runner:
    """A runner like ``run_pipeline`` that fails the test, instead of hanging it, past ``seconds``."""

    def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                [sys.executable, "-m", "scripts.commands.generate", *args],
                cwd=repo, capture_output=True, text=True, timeout=seconds, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            pytest.fail(f"`{' '.join(args)}` did not finish within {seconds:g} s")

    return run


def add_actions(repo: Path, actions: str) -> None:
    overlay = repo / "overlays" / "openapi.overlay.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8") + actions, encoding="utf-8")


def test_a_filter_regex_that_backtracks_without_bound_is_stopped(repo_copy: Path) -> None:
    add_actions(
        repo_copy,
        f"  - target: $.info\n    update: {{x-probe: {json.dumps(BACKTRACKING_VALUE)}}}\n"
        f"  - target: \"$.info[?match(@, '{BACKTRACKING_PATTERN}')]\"\n    update: {{x-note: 1}}\n",
    )
    assert_refused(
        repo_copy,
        bounded(30),
        "overlays/openapi.overlay.yaml",
        "action #",
        f"the regular expression '{BACKTRACKING_PATTERN}' ran past {MAX_MATCH_SECONDS:g} s on one value",
    )


def test_an_overlay_that_doubles_the_document_per_action_is_refused(repo_copy: Path) -> None:
    add_actions(repo_copy, DOUBLING_ACTIONS)
    cause = f"(target '$..[?@.*]') selects more than {MAX_SELECTED:,} nodes (the cap on one action)"
    assert_refused(repo_copy, bounded(30), "overlays/openapi.overlay.yaml", cause)


@pytest.mark.parametrize(("command", "kind"), [("generate", "device"), ("check", "device"), ("generate", "fifo")])
def test_a_spec_that_is_not_a_regular_file_is_refused_unread(repo_copy: Path, command: str, kind: str) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.unlink()
    if kind == "device":
        spec.symlink_to("/dev/zero")  # hashed for the fingerprint unbounded, this never ends
    else:
        os.mkfifo(spec)  # opened for reading with no writer, this blocks forever
    named = {"device": "a character device", "fifo": "a FIFO"}[kind]
    before = tree_digest(repo_copy / GENERATED)
    result = bounded(30)(repo_copy, command)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    first = result.stderr.splitlines()[0]
    assert first == f"error: openapi.yaml: not a regular file ({named}): refused", first
    assert tree_digest(repo_copy / GENERATED) == before


def test_inputs_are_read_capped_and_only_from_regular_files(tmp_path: Path) -> None:
    (tmp_path / "device").symlink_to("/dev/zero")
    for path, kind in ((tmp_path / "device", "a character device"), (tmp_path, "a folder")):
        with pytest.raises(DocumentError, match=rf"^spec: not a regular file \({kind}\): refused$"):
            digest_capped(path, "spec")
    (tmp_path / "big").write_bytes(b"x" * 11)
    with pytest.raises(DocumentError, match=r"^spec: larger than 10 bytes$"):
        digest_capped(tmp_path / "big", "spec", limit=10)
    assert digest_capped(tmp_path / "big", "spec") == hashlib.sha256(b"x" * 11).hexdigest()


def test_an_overlong_operation_id_is_refused_before_the_generator(repo_copy: Path) -> None:
    spec = spec_of(repo_copy)
    spec["paths"]["/extra"] = {
        "get": {"operationId": LONG_NAME, "responses": {"200": {"description": "OK"}}},
    }
    write_spec(repo_copy, spec)
    assert_refused(
        repo_copy,
        bounded(60),
        "openapi.yaml (after the overlay)",
        f"operationId '{LONG_NAME[:20]}",
        "at paths > /extra > get is 5,000 bytes long, more than 100",
    )


NAMED_PLACES: list[tuple[str, Callable[[dict[str, Any], str], None], str]] = [
    ("operationId", lambda spec, name: spec["paths"]["/x"]["get"].update(operationId=name), "paths > /x > get"),
    ("tag", lambda spec, name: spec["paths"]["/x"]["get"].update(tags=[name]), "paths > /x > get > tags"),
    ("tag", lambda spec, name: spec.update(tags=[{"name": name}]), "tags > 0"),
    (
        "parameter name",
        lambda spec, name: spec["paths"]["/x"]["get"].update(parameters=[{"name": name, "in": "query"}]),
        "paths > /x > get > parameters",
    ),
    (
        "property name",
        lambda spec, name: spec["components"]["schemas"].update(A={"properties": {name: {"type": "string"}}}),
        "components > schemas > A > properties",
    ),
    ("component name", lambda spec, name: spec["components"]["schemas"].update({name: {}}), "components > schemas"),
]


@pytest.mark.parametrize(("what", "put", "where"), NAMED_PLACES, ids=[place for _, _, place in NAMED_PLACES])
def test_every_name_the_generator_turns_into_code_is_capped(
    what: str, put: Callable[[dict[str, Any], str], None], where: str
) -> None:
    def spec_with(name: str) -> dict[str, Any]:
        spec: dict[str, Any] = {"paths": {"/x": {"get": {"operationId": "x"}}}, "components": {"schemas": {}}}
        put(spec, name)
        return spec

    check_names(spec_with("é" * (MAX_NAME // 2)), "spec")  # 100 bytes: at the cap
    with pytest.raises(SpecError) as refused:
        check_names(spec_with("é" * (MAX_NAME // 2) + "x"), "spec")
    assert str(refused.value).startswith(f"spec: {what} 'éé"), str(refused.value)
    assert f"at {where} is {MAX_NAME + 1} bytes long, more than {MAX_NAME}" in str(refused.value)


def test_a_long_path_needs_an_operation_id() -> None:
    path = "/" + "p" * MAX_NAME
    spec: dict[str, Any] = {"paths": {path: {"get": {"operationId": "named"}}}}
    check_names(spec, "spec")  # the generator names it after its operationId
    del spec["paths"][path]["get"]["operationId"]
    with pytest.raises(SpecError, match=r"path of an operation without operationId .* give it an operationId"):
        check_names(spec, "spec")
    with pytest.raises(SpecError, match=rf"^spec: path '/ppp.* at paths is {MAX_PATH + 1} bytes long"):
        check_names({"paths": {"/" + "p" * MAX_PATH: {}}}, "spec")


def test_the_pipeline_docs_give_the_caps_on_names_and_overlay_actions() -> None:
    readme = " ".join((ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8").split())
    assert f"property names at most {MAX_NAME} bytes of UTF-8, paths at most {MAX_PATH}" in readme
    assert f"an action selects at most {MAX_SELECTED:,} nodes" in readme
    assert f"at most {MAX_MATCH_SECONDS:g} s on one value and {MAX_REGEX_SECONDS:g} s in all" in readme
    assert f"all updates together add at most {format_bytes(MAX_GROWTH)}" in readme
    assert "a regular file (a FIFO or a device, even through a symlink, is refused unread)" in readme
