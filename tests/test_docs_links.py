"""Every relative link in README.md and docs/*.md points to a file that exists, and to a heading that exists."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.helpers.paths import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.M | re.S)
CODE_SPAN = re.compile(r"(`+)[^`]*?\1")
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def anchors(text: str) -> set[str]:
    """The anchors GitHub gives the headings of a page: lower case, punctuation dropped, spaces as hyphens."""
    seen: dict[str, int] = {}
    found = set()
    for heading in HEADING.findall(FENCE.sub("", text)):
        plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
        slug = re.sub(r"[^\w\- ]", "", plain.lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def relative_links(text: str) -> list[str]:
    """The link targets of a page that point into the repository: not in code, not to a scheme (https:, mailto:)."""
    prose = CODE_SPAN.sub("", FENCE.sub("", text))
    return [target for target in LINK.findall(prose) if not SCHEME.match(target)]


def broken(page: Path, root: Path = ROOT) -> list[str]:
    """Each relative link of the page whose file (inside root) or heading is missing, with why."""
    problems = []
    for target in relative_links(page.read_text(encoding="utf-8")):
        path_part, _, fragment = target.partition("#")
        file = (page.parent / unquote(path_part)).resolve() if path_part else page
        if not file.is_relative_to(root) or not file.exists():
            problems.append(f"{target}: no such file in the repository")
        elif fragment and file.suffix == ".md" and unquote(fragment) not in anchors(file.read_text(encoding="utf-8")):
            problems.append(f"{target}: no heading #{fragment} in {file.relative_to(root)}")
    return problems


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_resolves(page: Path) -> None:
    assert broken(page) == []


def test_the_docs_pages_are_found() -> None:
    assert {"pipeline.md", "version-policy.md", "ci.md", "publishing.md", "layout.md"} <= {p.name for p in PAGES}


def test_anchors_are_github_s() -> None:
    text = "# Top\n\n## Café & bar: `x`\n\n## Top\n\n```\n# not a heading\n```\n### [Linked](x.md) one\n"
    assert anchors(text) == {"top", "top-1", "café--bar-x", "linked-one"}


def test_links_in_code_and_to_other_sites_are_not_checked() -> None:
    text = (
        "[a](#top) [b](x.md#y) [c](https://example.com/x.md) `[d](code.md)`\n\n```\n[e](block.md)\n```\n![f](img.png)"
    )
    assert relative_links(text) == ["#top", "x.md#y", "img.png"]


def test_the_checker_finds_what_is_broken(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "other.md").write_text("# Other\n", encoding="utf-8")
    (tmp_path / "outside.md").write_text("# Outside\n", encoding="utf-8")
    page = tmp_path / "docs" / "page.md"
    page.write_text(
        "# Page\n\n[ok](#page) [ok](../other.md#other) [1](missing.md) [2](../other.md#nowhere) [3](#gone)"
        " [4](../../outside.md)\n",
        encoding="utf-8",
    )
    assert broken(page, root=tmp_path / "docs") == [
        "../other.md#other: no such file in the repository",
        "missing.md: no such file in the repository",
        "../other.md#nowhere: no such file in the repository",
        "#gone: no heading #gone in page.md",
        "../../outside.md: no such file in the repository",
    ]
    assert broken(page, root=tmp_path) == [
        "missing.md: no such file in the repository",
        "../other.md#nowhere: no heading #nowhere in other.md",
        "#gone: no heading #gone in docs/page.md",
        "../../outside.md: no such file in the repository",
    ]
