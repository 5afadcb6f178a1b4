"""The generate/check pipeline: byte-for-byte sync, fingerprint, failure safety."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from scripts.generate import MANIFEST, current_fingerprint, diff_trees, fast_check, generate_into
from scripts.project import GENERATED
from tests.helpers.changelog import add_section
from tests.helpers.paths import ROOT, tree_digest

Runner = Callable[..., subprocess.CompletedProcess[str]]


def test_generated_is_in_sync_byte_for_byte(tmp_path: Path) -> None:
    fresh = tmp_path / "puretalk_api"
    generate_into(fresh, ROOT)
    assert diff_trees(fresh, ROOT / GENERATED) == [], "generated/ is out of sync: run nox -s generate"
    assert tree_digest(fresh) == tree_digest(ROOT / GENERATED)


def test_fingerprint_records_the_inputs() -> None:
    manifest = json.loads((ROOT / GENERATED / MANIFEST).read_text(encoding="utf-8"))
    fingerprint = current_fingerprint(ROOT)
    assert manifest["fingerprint"] == fingerprint.digest
    assert set(manifest["inputs"]) == {
        "openapi.yaml",
        "overlays/openapi.overlay.yaml",
        "generator-config.yaml",
        "scripts/facade_model.py",
        "scripts/facade_render.py",
        "templates/endpoint_init.py.jinja",
        "templates/package_init.py.jinja",
        "overlays/puretalk_client/resources/__init__.py",
        "overlays/puretalk_client/resources/tts.py",
    }
    assert manifest["tools"]["openapi-python-client"] == fingerprint.tools["openapi-python-client"]
    assert set(manifest["files"]) == set(tree_digest(ROOT / GENERATED)) - {MANIFEST}
    assert fast_check(ROOT)


def test_fingerprint_changes_with_each_input(repo_copy: Path) -> None:
    before = current_fingerprint(repo_copy).digest
    inputs = ("openapi.yaml", "overlays/openapi.overlay.yaml", "generator-config.yaml", "scripts/facade_render.py")
    for name in (*inputs, "templates/endpoint_init.py.jinja", "overlays/puretalk_client/resources/tts.py"):
        path = repo_copy / name
        path.write_text(path.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
        after = current_fingerprint(repo_copy).digest
        assert after != before, f"{name} is not part of the fingerprint"
        before = after


def test_hand_edit_fails_the_fast_check(repo_copy: Path, run_pipeline: Runner) -> None:
    client = repo_copy / GENERATED / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    assert not fast_check(repo_copy)
    result = run_pipeline(repo_copy, "check")
    assert result.returncode == 1
    assert "changed: client.py" in result.stderr
    assert "nox -s generate" in result.stderr


def _add_result_property(repo: Path) -> None:
    spec = repo / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    anchor = "                      call_id:\n"
    assert anchor in text
    addition = "                      room_url:\n                        type: string\n"
    spec.write_text(text.replace(anchor, addition + anchor, 1), encoding="utf-8")


def test_spec_change_fails_check_until_regenerated(repo_copy: Path, run_pipeline: Runner) -> None:
    _add_result_property(repo_copy)
    failed = run_pipeline(repo_copy, "check")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "changed: models/register_web_call_result.py" in failed.stderr
    assert f"changed: {MANIFEST}" in failed.stderr
    assert "Fix it with: nox -s generate" in failed.stderr

    generated = run_pipeline(repo_copy, "generate")
    assert generated.returncode == 0, generated.stderr
    assert "room_url" in (repo_copy / GENERATED / "models" / "register_web_call_result.py").read_text(encoding="utf-8")
    in_sync = run_pipeline(repo_copy, "check")  # in sync now, but an addition needs a minor version
    assert in_sync.returncode == 1
    assert "out of sync" not in in_sync.stderr
    assert 'set version = "0.2.0" in pyproject.toml' in in_sync.stderr

    pyproject = repo_copy / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('version = "0.1.0"', 'version = "0.2.0"'))
    add_section(repo_copy, "0.2.0")
    passed = run_pipeline(repo_copy, "check")
    assert passed.returncode == 0, passed.stderr


def test_generate_twice_gives_identical_bytes(repo_copy: Path, run_pipeline: Runner) -> None:
    before = tree_digest(repo_copy / GENERATED)
    for _ in range(2):
        assert run_pipeline(repo_copy, "generate").returncode == 0
    assert tree_digest(repo_copy / GENERATED) == before


def _assert_refused_untouched(repo: Path, run_pipeline: Runner, *expected: str) -> None:
    before = tree_digest(repo / GENERATED)
    result = run_pipeline(repo, "generate")
    assert result.returncode != 0
    for fragment in expected:
        assert fragment in result.stderr, result.stderr
    assert tree_digest(repo / GENERATED) == before


def test_invalid_spec_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("type: object", "type: objekt", 1), encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "not a valid OpenAPI document", "left unchanged")


def test_unparsable_spec_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    (repo_copy / "openapi.yaml").write_text("openapi: [3.0.1\n", encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "openapi.yaml: not valid YAML/JSON")


def test_dangling_overlay_target_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    spec = repo_copy / "openapi.yaml"
    moved = spec.read_text(encoding="utf-8").replace("/calls/web/register:", "/calls/web/create:")
    spec.write_text(moved, encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "overlays/openapi.overlay.yaml: action #1", "matches nothing")


def test_generator_error_leaves_generated_untouched(repo_copy: Path, run_pipeline: Runner) -> None:
    config = repo_copy / "generator-config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "post_hooks_typo: [1, 2\n", encoding="utf-8")
    _assert_refused_untouched(repo_copy, run_pipeline, "openapi-python-client failed")
