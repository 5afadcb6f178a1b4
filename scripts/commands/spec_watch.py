"""One unattended spec watch, as CI runs it: update the spec, and say what changed for a pull request.

``python -m scripts.commands.spec_watch SOURCE --out DIR`` (``nox -s spec-watch -- SOURCE --out DIR``) runs
``python -m scripts.commands.update_spec --bump SOURCE``, then compares the resolved spec that
generated/ is made from with the one from before:

- the same: prints "spec watch: no change" and writes ``DIR/outputs`` with ``changed=false``
  (a spec that differs only in form, not in what it resolves to, is no change);
- different: writes ``DIR/title.txt`` and ``DIR/pull-request.md`` (the CHANGELOG.md section
  ``--bump`` wrote, and the change report, marked breaking when the report's level is major), a copy
  of the report, and ``DIR/outputs`` with ``changed=true``,
  ``breaking=true|false`` and ``version=X.Y.Z`` (the one ``--bump`` set in pyproject.toml);
- refused (invalid spec, merge conflict, generator failure): update-spec's message, exit 1.
  update-spec has left openapi.yaml, generated/ and pyproject.toml as they were.

Whether the change breaks, and the report's text, are read from the one change report that
``generate`` wrote (``build/spec-changes.json``, :mod:`scripts.changes.report`), the same report
``--bump`` took the version from and the changelog its lines: nothing is recomputed here, so the
title, the version and the changelog cannot disagree (a component renamed with the same shape
changes no HTTP operation, but the Python surface, and the title says ``[BREAKING]``).

``DIR/summary.md`` says the outcome in a line or two, for the CI run's page. ``DIR/outputs``
holds ``name=value`` lines ready for ``$GITHUB_OUTPUT``. Under GitHub Actions, what update-spec
prints (text taken from the fetched spec) is fenced off from workflow commands.

Every URL it prints, writes or posts (update-spec's messages, the ``::error`` annotation, the
summary, the pull request's body) goes through :func:`scripts.infra.urls.masked`.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.changes.changelog import CHANGELOG, section
from scripts.changes.report import read_report
from scripts.changes.versioning import project_version
from scripts.commands.generate import recover_state
from scripts.commands.update_spec import DOCS_LIMITS
from scripts.infra.fetching import Limits, add_limit_options, limit_arguments, limits_from
from scripts.infra.project import MANIFEST, RESOLVED, ROOT, PipelineError, exit_now
from scripts.infra.run_lock import child_environment, run_lock
from scripts.infra.urls import masked
from scripts.infra.yaml_io import Document, DocumentError, load_document

UPDATE_TIMEOUT = 20 * 60
BODY_LIMIT = 60_000  # GitHub refuses a pull request body over 65,536 characters
MARKER = "<!-- puretalk-client spec-watch -->"


class WatchError(PipelineError):
    """update-spec refused the new spec; the message is its own, URLs masked."""

    def __init__(self, message: str) -> None:
        super().__init__(masked(message))


@dataclass(frozen=True)
class Outcome:
    """What one watch found."""

    source: str
    changed: bool
    breaking: bool
    old_version: str
    new_version: str
    report: str
    changelog: str = ""
    """The section of CHANGELOG.md that update-spec --bump wrote for ``new_version``."""

    @property
    def title(self) -> str:
        """The pull request's title (and commit subject)."""
        versions = f"{self.old_version} -> {self.new_version}" if self.new_version != self.old_version else ""
        title = f"Puretalk API spec change{': ' + versions if versions else ''}"
        return f"[BREAKING] {title}" if self.breaking else title

    def outputs(self) -> str:
        """``name=value`` lines for ``$GITHUB_OUTPUT``: values are booleans and a version, never spec text."""
        values = {"changed": str(self.changed).lower(), "breaking": str(self.breaking).lower()}
        return "".join(f"{name}={value}\n" for name, value in {**values, "version": self.new_version}.items())

    def summary(self) -> str:
        """One or two Markdown lines for the run's summary page."""
        if not self.changed:
            return f"**Spec watch: no change.** `{masked(self.source)}` resolves to the API generated/ was made from.\n"
        return f"**Spec watch: {self.title}.** A pull request with the change report follows.\n"


def _fenced(text: str) -> str:
    """Fence ``text`` as a code block no line of it can close (it comes from the fetched spec)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text.rstrip()}\n{fence}\n"


def pull_request_body(outcome: Outcome) -> str:
    """Render the pull request's body: what changed, whether it breaks, the version, the change report."""
    lines = [MARKER, f"## {outcome.title}", ""]
    if outcome.breaking:
        lines += [
            "> [!WARNING]",
            "> **Breaking change.** Code that uses what was removed or changed stops working; the version",
            "> moves accordingly, and a hand-written helper that depends on it needs care before merging.",
            "",
        ]
    if outcome.new_version != outcome.old_version:
        version = f"`{outcome.old_version}` -> `{outcome.new_version}`, set in `pyproject.toml` by `update-spec --bump`"
    else:
        version = f"`{outcome.old_version}`, already far enough for these changes"
    lines += [f"Spec source: `{outcome.source}`", f"Version: {version}", ""]
    if outcome.changelog:
        lines += ["What `CHANGELOG.md` now says for this version:", "", outcome.changelog.rstrip("\n"), ""]
    lines += ["Change report:", ""]
    report = outcome.report
    if len(report) > BODY_LIMIT:
        report = (
            report[:BODY_LIMIT]
            + f"\n... cut here: {len(outcome.report) - BODY_LIMIT} more characters in the run's artifact\n"
        )
    return masked("\n".join(lines) + "\n" + _fenced(report))


@contextmanager
def workflow_commands_off() -> Iterator[None]:
    """Under GitHub Actions, stop the runner from reading ``::command::`` lines in what is printed meanwhile."""
    if os.environ.get("GITHUB_ACTIONS") != "true":
        yield
        return
    token = secrets.token_hex(16)
    print(f"::stop-commands::{token}", flush=True)
    try:
        yield
    finally:
        print(f"::{token}::", flush=True)


def _annotate_error(message: str) -> None:
    """Under GitHub Actions, show ``message`` as the run's error annotation (escaped, so it stays data)."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        escaped = masked(message).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        print(f"::error title=update-spec refused the new spec::{escaped}", flush=True)


def _resolved(root: Path) -> Document | None:
    path = root / RESOLVED
    try:
        return load_document(path)
    except (OSError, DocumentError):
        return None


def watch(source: str, root: Path = ROOT, limits: Limits = DOCS_LIMITS) -> Outcome:
    """Run ``update_spec --bump SOURCE`` in ``root`` and compare; raise :class:`WatchError` when it refuses.

    The checkout's lock (:mod:`scripts.infra.run_lock`) is held throughout, and handed to update-spec.
    """
    try:
        with run_lock(root, "spec-watch"):
            return _watch(source, root, limits)
    except WatchError:
        raise
    except PipelineError as error:  # the lock refused, or the change report is missing or stale
        raise WatchError(f"error: {error}") from error


def _watch(source: str, root: Path, limits: Limits) -> Outcome:
    recover_state(root)
    before = _resolved(root)
    old_version = project_version(root)
    command = [sys.executable, "-m", "scripts.commands.update_spec", "--bump", *limit_arguments(limits), "--", source]
    env, lock = child_environment(root)
    with workflow_commands_off():
        try:
            result = subprocess.run(
                command, cwd=root, env=env, pass_fds=lock, capture_output=True, text=True,
                timeout=UPDATE_TIMEOUT, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise WatchError(
                f"error: update-spec did not finish within {UPDATE_TIMEOUT} s; stopped"
            ) from None  # the command holds the source URL
        print(masked(result.stdout), end="", flush=True)
        print(masked(result.stderr), end="", file=sys.stderr, flush=True)
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if line.strip()]
        raise WatchError("\n".join(errors) or f"update-spec exited with {result.returncode}")
    after = _resolved(root)
    changed = after != before
    breaking, report = False, ""
    if changed:  # the report of the tree update-spec made (a stale one is refused): read, never recomputed
        made = load_document(root / MANIFEST).get("fingerprint")
        found = read_report(root, made if isinstance(made, str) else None)
        breaking, report = found.breaking, found.text
    new_version = project_version(root)
    try:
        written = section((root / CHANGELOG).read_text(encoding="utf-8"), new_version) if changed else None
    except (OSError, UnicodeDecodeError):
        written = None
    return Outcome(source, changed, breaking, old_version, new_version, report, written or "")


def write(outcome: Outcome, out: Path) -> None:
    """Write the outputs, the summary and, for a change, the pull request's title, body and the report."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "outputs").write_text(outcome.outputs(), encoding="utf-8")
    (out / "summary.md").write_text(outcome.summary(), encoding="utf-8")
    if outcome.changed:
        (out / "title.txt").write_text(outcome.title + "\n", encoding="utf-8")
        (out / "pull-request.md").write_text(pull_request_body(outcome), encoding="utf-8")
        (out / "spec-changes.md").write_text(masked(outcome.report), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m scripts.commands.spec_watch SOURCE --out DIR``."""
    parser = argparse.ArgumentParser(prog="nox -s spec-watch --", description=__doc__.splitlines()[0])
    parser.add_argument("source", help="a file, the URL of an OpenAPI document, or the URL of the docs' llms.txt")
    parser.add_argument("--out", type=Path, required=True, help="folder for the outputs and the pull request text")
    add_limit_options(parser, DOCS_LIMITS)
    args = parser.parse_args(argv)
    try:
        outcome = watch(args.source, limits=limits_from(args, DOCS_LIMITS))
    except WatchError as error:
        _annotate_error(str(error))
        print("spec watch: refused; nothing changed, nothing to propose.", file=sys.stderr)
        return 1
    write(outcome, args.out)
    if outcome.changed:
        print(f"spec watch: {outcome.title}; the pull request text is in {args.out}")
    else:
        print("spec watch: no change; nothing to propose.")
    return 0


if __name__ == "__main__":
    exit_now(main())
