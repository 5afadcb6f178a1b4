"""nox -s update-spec: fetch a spec (file, URL, or the docs' llms.txt), merge fragments, refuse safely."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from scripts.commands.update_spec import load
from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.changelog import add_section
from tests.helpers.docs_site import (
    SPEC,
    DocsSite,
    assert_refused,
    changed_files,
    fragment_for,
    seed_like_page,
    site_pages,
    update_spec,
)
from tests.helpers.paths import SEED_PAGE
from tests.helpers.servers import free_port
from tests.helpers.spec import operations
from tests.helpers.upstream_changes import seed_result_field_line, with_seed_result_field
from tests.helpers.versions import next_version, project_version, with_project_version


def test_docs_site_merges_into_the_current_spec(site: DocsSite) -> None:
    pages = site_pages()
    for path, text in pages.items():
        site.add(path, text)
    index = site.index("/llms.txt", list(pages))
    loaded = load(index)
    merged = loaded.document
    assert merged["paths"] == SPEC["paths"]
    assert merged["components"] == SPEC["components"]
    assert {key: merged[key] for key in ("openapi", "info", "servers", "security")} == {
        key: SPEC[key] for key in ("openapi", "info", "servers", "security")
    }
    pages_with_an_api = len(operations(SPEC))  # one per operation; the introduction has none
    assert loaded.text.startswith(f"# Merged by `nox -s update-spec` from {pages_with_an_api} page(s) of {index}")


def test_update_from_llms_txt_regenerates_an_identical_client(site: DocsSite, git_repo: Path) -> None:
    pages = site_pages()
    for path, text in pages.items():
        site.add(path, text)
    result = update_spec(git_repo, site.index("/llms.txt", list(pages)))
    assert result.returncode == 0, result.stderr
    assert "No change." in result.stdout
    assert changed_files(git_repo) == {"openapi.yaml", "generated/state/fingerprint.json"}


def test_conflicting_components_are_named_and_refused(site: DocsSite, git_repo: Path) -> None:
    first = fragment_for("/calls/{call_id}", "get")
    second = json.loads(json.dumps(fragment_for("/voices/{id}", "get")))
    second["components"]["schemas"]["Error"]["properties"]["code"] = {"type": "integer"}
    site.add("/a.md", seed_like_page("Get Call", "calls", "get", "/calls/{call_id}", first))
    site.add("/b.md", seed_like_page("Get Voice", "voices", "get", "/voices/{id}", second))
    result = update_spec(git_repo, site.index("/llms.txt", ["/a.md", "/b.md"]))
    assert_refused(git_repo, result, "merge refused", "components.schemas.Error", "/a.md", "/b.md")


def test_a_404_page_is_refused(site: DocsSite, git_repo: Path) -> None:
    site.add(
        "/a.md", seed_like_page("Get Call", "calls", "get", "/calls/{call_id}", fragment_for("/calls/{call_id}", "get"))
    )
    result = update_spec(git_repo, site.index("/llms.txt", ["/a.md", "/gone.md"]))
    assert_refused(git_repo, result, f"error: {site.url}/gone.md: HTTP 404")


def test_an_unreachable_source_is_refused(git_repo: Path) -> None:
    result = update_spec(git_repo, f"http://127.0.0.1:{free_port()}/llms.txt")
    assert_refused(git_repo, result, "/llms.txt: ConnectError")


def test_an_invalid_spec_is_refused(site: DocsSite, git_repo: Path) -> None:
    broken = json.loads(json.dumps(SPEC))
    broken["paths"]["/calls"]["get"]["parameters"][2]["in"] = "body"
    result = update_spec(git_repo, site.add("/openapi.json", json.dumps(broken), "application/json"))
    assert_refused(git_repo, result, "not a valid OpenAPI document", "at paths > /calls > get > parameters > 2")


def test_overlay_actions_under_removed_operations_are_skipped_and_named(site: DocsSite, git_repo: Path) -> None:
    site.add("/seed.md", SEED_PAGE.read_text(encoding="utf-8"))
    result = update_spec(git_repo, site.index("/llms.txt", ["/seed.md"]))
    assert result.returncode == 0, result.stderr
    assert "Overlay actions skipped (delete them from overlays/openapi.overlay.yaml):" in result.stdout
    assert "- action #1 (target " in result.stdout and "is gone upstream" in result.stdout
    assert "Version: major change" in result.stdout


def test_an_overlay_fix_that_no_longer_applies_is_refused(site: DocsSite, git_repo: Path) -> None:
    overlay = git_repo / "overlays" / "openapi.overlay.yaml"
    document = load_document(overlay)
    document["actions"].insert(0, {"target": "$.components.schemas['NoSuchSchema']", "update": {"nullable": True}})
    overlay.write_text(dump_yaml(document), encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "commit", "-qam", "overlay fix"], cwd=git_repo, check=True)
    site.add("/seed.md", SEED_PAGE.read_text(encoding="utf-8"))
    result = update_spec(git_repo, site.index("/llms.txt", ["/seed.md"]))
    assert_refused(git_repo, result, "no longer applies", "action #1", "matches nothing")


def test_an_openapi_url_replaces_the_spec_verbatim(site: DocsSite, git_repo: Path) -> None:
    text = json.dumps(SPEC, indent=1)
    result = update_spec(git_repo, site.add("/openapi.json", text, "application/json"))
    assert result.returncode == 0, result.stderr
    assert (git_repo / "openapi.yaml").read_text(encoding="utf-8") == text + "\n"
    assert yaml.safe_load(text) == SPEC


def test_a_spec_change_from_a_file_reports_and_requires_a_version(git_repo: Path) -> None:
    changed, field = with_seed_result_field(SPEC, "room")
    current = project_version(git_repo)
    proposed = next_version(current, "minor")
    del changed["paths"]["/calls/{call_id}"]["get"]["responses"]["404"]
    source = git_repo.parent / "new-openapi.yaml"
    source.write_text(dump_yaml(changed), encoding="utf-8")

    result = update_spec(git_repo, str(source))
    assert result.returncode == 0, result.stderr
    assert seed_result_field_line(field) in result.stdout
    assert f"{current} -> {proposed}" in result.stdout
    assert (git_repo / "build" / "spec-changes.md").read_text(encoding="utf-8") in result.stdout

    check = subprocess.run(
        [sys.executable, "-m", "scripts.commands.generate", "check"], cwd=git_repo, capture_output=True, text=True
    )
    assert check.returncode == 1
    assert f'set version = "{proposed}" in pyproject.toml' in check.stderr

    with_project_version(git_repo, proposed)
    add_section(git_repo, proposed)
    check = subprocess.run(
        [sys.executable, "-m", "scripts.commands.generate", "check"], cwd=git_repo, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
