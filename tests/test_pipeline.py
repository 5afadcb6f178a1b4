"""The generate/check pipeline: byte-for-byte sync, fingerprint, failure safety."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from scripts.commands.generate import (
    ENTRY_MODULES,
    HELPERS,
    current_fingerprint,
    diff_trees,
    facade_inputs,
    fast_check,
    generate_into,
)
from scripts.infra.project import GENERATED, MANIFEST, PACKAGE_DIR, RESOLVED, STATE
from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.changelog import add_section
from tests.helpers.paths import ROOT, tree_digest
from tests.helpers.upstream_changes import unused_path, with_seed_result_field
from tests.helpers.versions import next_version, project_version, with_project_version
from tests.pins import SEED_OPERATION

Runner = Callable[..., subprocess.CompletedProcess[str]]


def test_generated_is_in_sync_byte_for_byte(tmp_path: Path, repo_copy: Path) -> None:
    fresh, state = tmp_path / PACKAGE_DIR, tmp_path / "state"
    generate_into(fresh, state, repo_copy)  # a copy: the generator keeps its caches in the root's build/
    assert diff_trees(fresh, ROOT / GENERATED) == [], "generated/ is out of sync: run nox -s generate"
    assert tree_digest(fresh) == tree_digest(ROOT / GENERATED)
    assert tree_digest(state) == tree_digest(ROOT / STATE)


def test_fingerprint_records_the_inputs() -> None:
    manifest = json.loads((ROOT / MANIFEST).read_text(encoding="utf-8"))
    fingerprint = current_fingerprint(ROOT)
    assert manifest["fingerprint"] == fingerprint.digest
    templates = {path.relative_to(ROOT).as_posix() for path in (ROOT / "templates").rglob("*.jinja")}
    helpers = {path.relative_to(ROOT).as_posix() for path in (ROOT / HELPERS).glob("*.py")}
    assert {"templates/model.py.jinja", "templates/facade/method.py.jinja"} <= templates
    assert set(manifest["inputs"]) == {
        "openapi.yaml", "overlays/openapi.overlay.yaml", "generator-config.yaml", *facade_inputs(ROOT), *templates,
        *helpers,
    }  # fmt: skip
    assert {"scripts/infra/yaml_io.py", "scripts/generation/overlay.py"} <= set(manifest["inputs"])
    assert manifest["tools"]["openapi-python-client"] == fingerprint.tools["openapi-python-client"]
    assert set(manifest["files"]) == set(tree_digest(ROOT / GENERATED))
    assert fast_check(ROOT)


def test_the_pipeline_state_lives_outside_every_package() -> None:
    assert (ROOT / MANIFEST).is_file() and (ROOT / RESOLVED).is_file()
    assert MANIFEST.parent == RESOLVED.parent == STATE
    assert not list((ROOT / STATE).glob("*.py")) and not (ROOT / STATE / "__init__.py").exists()
    # fake_api.json is the package's own data (what puretalk_client.testing answers from), not the pipeline's
    data = [path for path in (ROOT / GENERATED).rglob("*") if path.suffix == ".json" and path.name != "fake_api.json"]
    assert not data, "state inside the package"


def test_the_fingerprint_covers_every_module_generation_imports() -> None:
    """Statically computed, and a superset of what the two processes of a generation really import."""
    computed = set(facade_inputs(ROOT))
    for entry in ENTRY_MODULES:
        code = f"import sys, {entry}; print('\\n'.join(m for m in sys.modules if m.split('.')[0] == 'scripts'))"
        loaded = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
        files = set()
        for name in loaded:
            path = ROOT.joinpath(*name.split("."))
            files.add((path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).relative_to(ROOT).as_posix())
        assert files <= computed, f"{entry} imports modules the fingerprint misses: {sorted(files - computed)}"


def test_a_change_to_any_module_generation_imports_fails_the_fast_check(repo_copy: Path, run_pipeline: Runner) -> None:
    assert fast_check(repo_copy)
    for name in ("scripts/infra/yaml_io.py", "scripts/generation/overlay.py"):
        path = repo_copy / name
        original = path.read_text(encoding="utf-8")
        path.write_text(original + "\n# touched\n", encoding="utf-8")
        assert not fast_check(repo_copy), f"{name} is not part of the fingerprint"
        path.write_text(original, encoding="utf-8")
    path = repo_copy / "scripts/infra/yaml_io.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
    fast = run_pipeline(repo_copy, "check")
    full = run_pipeline(repo_copy, "check", "--full")
    assert fast.returncode == full.returncode == 1, fast.stdout + fast.stderr
    assert f"changed: {MANIFEST.as_posix()}" in fast.stderr and f"changed: {MANIFEST.as_posix()}" in full.stderr


def test_fingerprint_changes_with_each_input(repo_copy: Path) -> None:
    before = current_fingerprint(repo_copy).digest
    inputs = (
        "openapi.yaml",
        "overlays/openapi.overlay.yaml",
        "generator-config.yaml",
        "scripts/generation/facade_render.py",
    )
    for name in (*inputs, "templates/model.py.jinja", "templates/facade/method.py.jinja",
                 "overlays/puretalk_client/_helpers/tts.py"):  # fmt: skip
        path = repo_copy / name
        path.write_text(path.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
        after = current_fingerprint(repo_copy).digest
        assert after != before, f"{name} is not part of the fingerprint"
        before = after


def test_hand_edit_fails_the_fast_check(repo_copy: Path, run_pipeline: Runner) -> None:
    edited = repo_copy / GENERATED / "types.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    assert not fast_check(repo_copy)
    result = run_pipeline(repo_copy, "check")
    assert result.returncode == 1
    assert "changed: types.py" in result.stderr
    assert "nox -s generate" in result.stderr


def _add_result_property(repo: Path) -> str:
    spec = repo / "openapi.yaml"
    changed, name = with_seed_result_field(load_document(spec))
    spec.write_text(dump_yaml(changed), encoding="utf-8")
    return name


def test_spec_change_fails_check_until_regenerated(repo_copy: Path, run_pipeline: Runner) -> None:
    name, proposed = _add_result_property(repo_copy), next_version(project_version(repo_copy), "minor")
    failed = run_pipeline(repo_copy, "check")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "changed: models/register_web_call_result.py" in failed.stderr
    assert f"changed: {MANIFEST.as_posix()}" in failed.stderr
    assert "Fix it with: nox -s generate" in failed.stderr

    generated = run_pipeline(repo_copy, "generate")
    assert generated.returncode == 0, generated.stderr
    assert name in (repo_copy / GENERATED / "models" / "register_web_call_result.py").read_text(encoding="utf-8")
    in_sync = run_pipeline(repo_copy, "check")  # in sync now, but an addition needs a minor version
    assert in_sync.returncode == 1
    assert "out of sync" not in in_sync.stderr
    assert f'set version = "{proposed}" in pyproject.toml' in in_sync.stderr

    with_project_version(repo_copy, proposed)
    add_section(repo_copy, proposed)
    passed = run_pipeline(repo_copy, "check")
    assert passed.returncode == 0, passed.stderr


def test_generate_twice_gives_identical_bytes(repo_copy: Path, run_pipeline: Runner) -> None:
    before = tree_digest(repo_copy / GENERATED)
    for _ in range(2):
        assert run_pipeline(repo_copy, "generate").returncode == 0
    assert tree_digest(repo_copy / GENERATED) == before


def _assert_refused_untouched(repo: Path, run_pipeline: Runner, *expected: str) -> None:
    before = tree_digest(repo / GENERATED), tree_digest(repo / STATE)
    result = run_pipeline(repo, "generate")
    assert result.returncode != 0
    for fragment in expected:
        assert fragment in result.stderr, result.stderr
    assert (tree_digest(repo / GENERATED), tree_digest(repo / STATE)) == before


def test_invalid_spec_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("type: object", "type: objekt", 1), encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "not a valid OpenAPI document", "left unchanged")


def test_unparsable_spec_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    (repo_copy / "openapi.yaml").write_text("openapi: [3.0.1\n", encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "openapi.yaml: not valid YAML/JSON")


def test_dangling_overlay_target_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    overlay = repo_copy / "overlays" / "openapi.overlay.yaml"
    document = load_document(overlay)
    document["actions"].insert(0, {"target": "$.components.schemas['NoSuchSchema']", "update": {"nullable": True}})
    overlay.write_text(dump_yaml(document), encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "overlays/openapi.overlay.yaml: action #1", "matches nothing")


def test_an_overlay_target_that_never_existed_fails_generate_naming_the_action(
    repo_copy: Path, run_pipeline: Runner
) -> None:
    overlay = repo_copy / "overlays" / "openapi.overlay.yaml"
    document = load_document(overlay)
    path = unused_path(load_document(repo_copy / "openapi.yaml"), "/no/such/path")
    document["actions"].append({"target": f"$.paths['{path}'].post", "update": {"operationId": "typo"}})
    overlay.write_text(dump_yaml(document), encoding="utf-8")
    number = len(document["actions"])
    _assert_refused_untouched(
        repo_copy, run_pipeline, f"overlays/openapi.overlay.yaml: action #{number}", f"POST {path} does not exist"
    )


def test_overlay_actions_under_an_operation_upstream_removed_are_skipped_and_listed(
    repo_copy: Path, run_pipeline: Runner
) -> None:
    spec = repo_copy / "openapi.yaml"
    document = load_document(spec)
    path = SEED_OPERATION[1]  # the overlay names the operation by its path
    document["paths"][unused_path(document, path.replace("register", "create"))] = document["paths"].pop(path)
    spec.write_text(dump_yaml(document), encoding="utf-8")
    result = run_pipeline(repo_copy, "generate")
    assert result.returncode == 0, result.stderr
    assert "Overlay actions skipped (delete them from overlays/openapi.overlay.yaml):" in result.stdout
    assert f"{SEED_OPERATION[0].upper()} {path} is gone upstream" in result.stdout


def test_generator_error_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    config = repo_copy / "generator-config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "post_hooks_typo: [1, 2\n", encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "openapi-python-client failed")


def test_check_fails_when_api_md_drifts(repo_copy: Path, run_pipeline: Runner) -> None:
    reference = repo_copy / "api.md"
    assert "### `client.calls.register_web_call()`" in reference.read_text(encoding="utf-8")
    reference.write_text(reference.read_text(encoding="utf-8").replace("register_web_call", "renamed"), "utf-8")
    result = run_pipeline(repo_copy, "check")
    assert result.returncode == 1
    assert "api.md" in result.stderr
    reference.unlink()
    result = run_pipeline(repo_copy, "check", "--full")
    assert result.returncode == 1
    assert "missing: api.md" in result.stderr
