"""Every python block of the README's client section runs, against Prism."""

from __future__ import annotations

import re

import pytest

from tests.helpers.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Using the client") : README.index("## Using the generated client directly")]
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, re.S)


def test_the_section_shows_each_topic() -> None:
    topics = (
        "### Sync",
        "### Async",
        "### Pagination",
        "### Errors",
        "### Retries",
        "### Raw responses",
        "### Per-call options",
    )
    for heading in topics:
        assert heading in SECTION
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_block_runs(
    index: int, prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PURETALK_API_KEY", "readme-key")
    monkeypatch.setenv("PURETALK_BASE_URL", prism_url)
    exec(compile(BLOCKS[index], f"README.md block {index + 1}", "exec"), {"__name__": "__readme__"})  # noqa: S102
    assert capsys.readouterr().out.strip(), "each example prints what it got"
