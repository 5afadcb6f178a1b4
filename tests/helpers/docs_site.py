"""A docs site on 127.0.0.1 built like Puretalk's (llms.txt, a page per operation), and update-spec helpers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.paths import ROOT
from tests.helpers.spec import METHODS

SPEC = load_document(ROOT / "openapi.yaml")


def seed_like_page(title: str, group: str, method: str, path: str, fragment: dict[str, Any]) -> str:
    """A docs page built like tests/data/seed/register-web-call.md."""
    return (
        "> ## Documentation Index\n> Fetch the complete documentation index at: https://docs.puretalk.ai/llms.txt\n"
        "> Use this file to discover all available pages before exploring further.\n\n"
        f"# {title}\n\n> {title}\n\n\n\n## OpenAPI\n\n"
        f"````yaml openapi-{group} {method.upper()} {path}\n{dump_yaml(fragment)}````"
    )


def fragment_for(path: str, method: str, spec: dict[str, Any] = SPEC) -> dict[str, Any]:
    header = {key: spec[key] for key in ("openapi", "info", "servers", "security")}
    item = spec["paths"][path]
    shared = {key: value for key, value in item.items() if key not in METHODS}  # path-level parameters
    return {**header, "paths": {path: {**shared, method: item[method]}}, "components": spec["components"]}


def site_pages() -> dict[str, str]:
    """One page per operation of openapi.yaml, plus a page with no API on it."""
    pages = {}
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                slug = f"/api-reference/{method}{path.replace('/', '-').replace('{', '').replace('}', '')}.md"
                pages[slug] = seed_like_page(f"{method} {path}", "api", method, path, fragment_for(path, method))
    pages["/introduction.md"] = "# Introduction\n\nPuretalk builds voice assistants.\n\n```bash\ncurl ...\n```\n"
    return pages


class DocsSite:
    """Static pages on 127.0.0.1; unknown paths answer 404."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, str]] = {}
        self.url = ""

    def add(self, path: str, text: str, content_type: str = "text/markdown") -> str:
        self.pages[path] = (text, content_type)
        return self.url + path

    def index(self, path: str, page_paths: list[str]) -> str:
        lines = ["# Puretalk AI", "", "## Docs", ""]
        lines += [f"- [{page}]({self.url}{page}): a page" for page in page_paths]
        return self.add(path, "\n".join(lines) + "\n", "text/plain")


def changed_files(repo: Path) -> set[str]:
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True, check=True)
    return {line[3:] for line in status.stdout.splitlines()}


def update_spec(repo: Path, source: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.commands.update_spec", source],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def assert_refused(repo: Path, result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    for fragment in fragments:
        assert fragment in result.stderr
    assert "openapi.yaml and generated/ were left unchanged" in result.stderr
    assert changed_files(repo) == set(), "a refused update must leave the tree as it was"
