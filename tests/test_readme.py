"""The README is for people who use the client: each topic is there, every python block runs against Prism.

The README is also the package's long description; the defaults it states are the code's.
"""

from __future__ import annotations

import re

import httpx
import pytest

from puretalk_client import _config, _retries
from scripts.infra.project import format_bytes
from tests.helpers.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
PROSE = " ".join(README.split())


def _section(heading: str) -> str:
    """The text under a heading, up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    start = README.index(f"\n{heading}\n")
    end = re.search(rf"\n#{{1,{level}}} ", README[start + len(heading) + 2 :])
    return README[start : start + len(heading) + 2 + end.start()] if end else README[start:]


def test_the_readme_shows_each_topic_a_user_needs() -> None:
    headings = set(re.findall(r"^#{2,3} (.+)$", README, re.M))
    for topic in (
        "Install from the internal index",
        "Quick start",
        "Using the client",
        "Sync",
        "Async",
        "Pagination",
        "Errors",
        "Retries and timeouts",
        "Per-call options",
        "Raw and streamed responses",
        "Text to speech and voice cloning",
        "Configuration",
        "What is refused, and what never leaks",
        "Logging",
        "Reference of every method",
        "Working on this repository",
    ):
        assert topic in headings, topic
    assert "Using the generated client directly" not in headings, "one public API: the client"
    assert "](api.md)" in _section("## Reference of every method")


def test_the_quick_start_gives_the_commands_ci_runs() -> None:
    commands = re.findall(r"```sh\n(.*?)```", _section("## Quick start"), re.S)
    lines = [line.split("#")[0].strip() for block in commands for line in block.splitlines()]
    assert lines == ["./nox -s generate", "./nox"]
    ci_run = [line.split("#")[0].strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert "./nox" in ci_run, "CI runs the test command the README gives"


def test_the_maintainer_topics_live_in_docs_pages() -> None:
    working = _section("## Working on this repository")
    for page in ("pipeline.md", "version-policy.md", "ci.md", "publishing.md", "layout.md"):
        assert f"](docs/{page})" in working, page
        assert (ROOT / "docs" / page).is_file(), page
    for maintainer_only in ("<!-- spec-diff-rules:begin -->", "twine upload", "spec-watch.yml", "renameat2"):
        assert maintainer_only not in README, maintainer_only


def test_the_readme_states_the_defaults_of_the_code() -> None:
    timeout = _config.DEFAULT_TIMEOUT
    assert isinstance(timeout, httpx.Timeout)
    assert f"| `max_retries` | {_retries.DEFAULT_MAX_RETRIES} |" in README
    assert f"| `timeout` | {timeout.read:g} s read, {timeout.connect:g} s connect" in README
    retries = _retries.DEFAULT_MAX_RETRIES
    assert f"Defaults: {retries} retries; {timeout.read:g} s to read, {timeout.connect:g} s to connect" in PROSE
    assert f"then `{_config.DEFAULT_BASE_URL}`" in README
    assert f"| `max_response_bytes` | {format_bytes(_config.DEFAULT_MAX_RESPONSE_BYTES)}:" in README
    assert (
        f"exponential from {_retries.INITIAL_DELAY:g} s to {_retries.MAX_DELAY:g} s with jitter" in PROSE
        and f"honoured up to {_retries.MAX_RETRY_AFTER:g} s" in PROSE
    )


def test_every_python_block_is_run() -> None:
    assert len(BLOCKS) >= 9
    assert README.count("```python") == len(BLOCKS)


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_block_runs(
    index: int, prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PURETALK_API_KEY", "readme-key")
    monkeypatch.setenv("PURETALK_BASE_URL", prism_url)
    exec(compile(BLOCKS[index], f"README.md block {index + 1}", "exec"), {"__name__": "__readme__"})  # noqa: S102
    assert capsys.readouterr().out.strip(), "each example prints what it got"


def test_every_error_the_readme_names_is_exported() -> None:
    import puretalk_client

    named = set(re.findall(r"\b([A-Z]\w*Error)\b", README))
    assert {"PuretalkError", "APIStatusError", "APIConnectionError"} <= named
    missing = sorted(name for name in named if name not in puretalk_client.__all__)
    assert missing == []
    for name in named:
        assert issubclass(getattr(puretalk_client, name), puretalk_client.PuretalkError), name


def test_every_client_attribute_the_readme_names_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    from puretalk_client import Puretalk

    monkeypatch.setenv("PURETALK_API_KEY", "readme-key")
    paths = set(re.findall(r"\bclient\.(\w+(?:\.\w+)*)", README))
    assert len(paths) >= 10
    with Puretalk(base_url="https://api.puretalk.ai/api") as client:
        for path in sorted(paths):
            target: object = client
            for part in path.split("."):
                assert hasattr(target, part), f"client.{path}"
                target = getattr(target, part)
