"""CI runs every session the docs tell people to run, each as a session, so none fails first on a fresh clone."""

from __future__ import annotations

import ast
import re
import shlex

from tests.helpers.paths import ROOT

NOT_IN_CI = {
    "bench": "timings, read as ratios against baselines of the same run: a measurement for people, not a check",
    "drill": "the whole suite again in a copy (~the time of ./nox): its own session, run before a release",
    "fuzz": "the fuzzer's test with 200 random examples: ./nox runs the same test with 8 fixed ones",
    "mock": "serves until Ctrl-C: tests/test_nox_mock.py starts it as a user does, answers through it, stops it",
}
"""Sessions the docs name that CI does not run, and why."""


def documented_sessions() -> set[str]:
    """Every ``nox -s NAME`` (or ``./nox -s NAME``) in README.md and docs/*.md."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return {
        name
        for page in pages
        for match in re.finditer(r"nox -s ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)", page.read_text(encoding="utf-8"))
        for name in match[1].split()
    }


def default_sessions() -> list[str]:
    """``nox.options.sessions`` of noxfile.py: what ``./nox`` alone runs."""
    for node in ast.walk(ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "nox.options.sessions":
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(name) for name in value]
    raise AssertionError("noxfile.py sets no nox.options.sessions")


def ci_sessions() -> set[str]:
    """The sessions .ci/run runs: ``./nox`` alone runs the default ones, ``./nox -s A B`` runs A and B."""
    run: set[str] = set()
    for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines():
        words = shlex.split(line, comments=True)
        if not words or words[0] != "./nox":
            continue
        arguments = words[1 : words.index("--")] if "--" in words else words[1:]
        if not arguments:
            run.update(default_sessions())
        else:
            assert arguments[0] == "-s", line
            run.update(arguments[1:])
    return run


def test_ci_runs_the_default_sessions_and_every_documented_one() -> None:
    documented = documented_sessions()
    assert {"generate", "check", "build", "publish", "update-spec", "spec-watch"} <= documented
    assert {"check", "lint", "typecheck", "tests"} <= set(default_sessions())
    missing = documented - ci_sessions() - set(NOT_IN_CI)
    assert not missing, f".ci/run runs no `./nox -s` for {sorted(missing)}, which the docs tell people to run"


def test_ci_stops_on_the_first_failure() -> None:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    assert "||" not in text and "continue-on-error" not in text
