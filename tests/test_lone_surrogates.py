"""A lone surrogate (JSON's ``"\\ud800"`` escape) in a spec, an overlay or update-spec's input is refused in one line.

JSON may escape half of a UTF-16 pair; Python decodes it into a string that no UTF-8 file can hold,
so it used to end ``generate`` with a traceback wherever the string was first written. Every
document is read through :func:`scripts.infra.yaml_io.parse_document`, which now names the string's
place and refuses it before anything else sees it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.infra.yaml_io import DocumentError, load_document, parse_document
from tests.helpers.docs_site import changed_files
from tests.helpers.hostile_site import hostile_site
from tests.helpers.paths import tree_digest


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ('{"info": {"description": "x\\ud800y"}}', "info > description", "d800"),
        ('{"paths": {"/a\\udfff": {}}}', "paths > /a\\udfff", "dfff"),
        ('{"tags": [{"name": "ok \\ud83d\\ude00"}, {"name": "\\udbff"}]}', "tags > 1 > name", "dbff"),
    ],
)
def test_a_lone_surrogate_is_refused_in_one_line_naming_its_place(text: str, place: str, code: str) -> None:
    with pytest.raises(DocumentError) as refused:
        parse_document(text, "spec.json")
    message = str(refused.value)
    assert message == (
        f"spec.json: a lone surrogate \\u{code} in a string at {place}: "
        "not Unicode text (a JSON escape of half a UTF-16 pair)"
    )
    message.encode("utf-8")  # the message itself can be printed and written


def test_a_surrogate_pair_is_text_and_is_read() -> None:
    assert parse_document('{"name": "\\ud83d\\ude00"}', "spec.json") == {"name": "\U0001f600"}


def with_surrogate(document: Any) -> str:
    """``document`` as JSON text with a lone surrogate escaped in its info description."""
    return json.dumps({**document, "info": {**document["info"], "description": "x\ud800y"}})


def assert_one_line(result: subprocess.CompletedProcess[str], start: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(start), errors[0]
    assert "a lone surrogate \\ud800 in a string at info > description" in errors[0]


def test_generate_refuses_a_spec_with_a_lone_surrogate_in_one_line(
    repo_copy: Path, run_pipeline: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.write_text(with_surrogate(load_document(spec)), encoding="utf-8")
    before = tree_digest(repo_copy / "generated")
    assert_one_line(run_pipeline(repo_copy, "generate"), "error: openapi.yaml: ")
    assert tree_digest(repo_copy / "generated") == before


def test_generate_refuses_an_overlay_with_a_lone_surrogate_in_one_line(
    repo_copy: Path, run_pipeline: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    overlay = repo_copy / "overlays" / "openapi.overlay.yaml"
    overlay.write_text(with_surrogate(load_document(overlay)), encoding="utf-8")  # JSON is YAML: still an overlay
    before = tree_digest(repo_copy / "generated")
    assert_one_line(run_pipeline(repo_copy, "generate"), "error: overlays/openapi.overlay.yaml: ")
    assert tree_digest(repo_copy / "generated") == before


def test_update_spec_refuses_a_source_with_a_lone_surrogate_in_one_line(git_repo: Path, tmp_path: Path) -> None:
    source = tmp_path / "openapi.json"
    source.write_text(with_surrogate(load_document(git_repo / "openapi.yaml")), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.commands.update_spec", str(source)],
        cwd=git_repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert_one_line(result, f"error: {source}: ")
    assert changed_files(git_repo) == set()


def test_a_lone_surrogate_in_the_text_itself_is_refused_naming_its_line() -> None:
    # No UTF-8 file holds one, but a page in another charset can decode to one (UTF-7: "+2AA-").
    with pytest.raises(DocumentError, match=r"^page: line 2: a lone surrogate \\ud800: not Unicode text$"):
        parse_document("openapi: 3.0.1\ninfo: {title: 'x\ud800'}\n", "page")


def test_update_spec_refuses_a_page_that_decodes_to_a_lone_surrogate_in_one_line(git_repo: Path) -> None:
    text = load_document(git_repo / "openapi.yaml")
    spec = json.dumps({**text, "info": {**text["info"], "description": "x\ud800y"}}, ensure_ascii=False)
    with hostile_site() as site:
        source = site.add("/openapi.json", spec.encode("utf-7"), "application/json; charset=utf-7")
        result = subprocess.run(
            [sys.executable, "-m", "scripts.commands.update_spec", source],
            cwd=git_repo, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    assert result.stderr.splitlines()[0] == f"error: {source}: line 1: a lone surrogate \\ud800: not Unicode text"
    assert changed_files(git_repo) == set()
