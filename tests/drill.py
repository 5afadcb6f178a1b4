"""The whole-suite drill: an upstream change as a spec-watch pull request meets it, then the whole ``./nox``.

``nox -s drill`` runs ``python -m tests.drill``: copy the repository's tracked files into a
temporary folder, apply issue 17's additive change (``the_issue_change``: a recording
download with no operationId answering ``audio/wav``, a new optional request field, a new
response field) with ``./nox -s update-spec -- --bump SOURCE``, then run the whole ``./nox``
in the copy, with no other edit, and report: passed or failed, how long, which tests failed.
It takes the time of the whole suite (about 8 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.paths import NOT_COPIED, ROOT
from tests.helpers.upstream_changes import the_issue_change
from tests.helpers.versions import project_version

SHARED = ("node_modules", ".nox-bootstrap")
"""Installed from pinned files (package-lock.json, requirements/nox.txt), not written by a run: linked into the
copy rather than installed again. The copy's nox sessions make their own virtualenvs."""


def tracked_files(root: Path) -> list[str] | None:
    """The files git tracks in ``root`` (as a fresh clone has them), or None outside a git checkout."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=False)
    if listed.returncode != 0:
        return None
    return [name for name in listed.stdout.decode("utf-8").split("\0") if name and (root / name).is_file()]


def copy_repository(root: Path, target: Path) -> None:
    """Copy ``root``'s tracked files (their contents on disk) into ``target``; link what is only installed."""
    names = tracked_files(root)
    if names is None:
        shutil.copytree(root, target, ignore=NOT_COPIED)
    else:
        for name in names:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, target / name)
    for name in SHARED:
        if (root / name).is_dir():
            (target / name).symlink_to(root / name, target_is_directory=True)


def clean_environment() -> dict[str, str]:
    """This process's environment without the virtualenv nox put it in: the copy's ``./nox`` makes its own."""
    env = {name: value for name, value in os.environ.items() if name != "VIRTUAL_ENV"}
    own_bin = str(Path(sys.prefix) / "bin")
    env["PATH"] = os.pathsep.join(part for part in env.get("PATH", "").split(os.pathsep) if part != own_bin)
    return env


def run(command: list[str], cwd: Path, log: Path, env: dict[str, str]) -> tuple[int, str, float]:
    """Run ``command`` in ``cwd``, its output to ``log`` and to this terminal; return (exit code, output, seconds)."""
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as handle:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
        assert process.stdout is not None
        for line in process.stdout:
            handle.write(line)
            sys.stdout.write(line)
        code = process.wait()
    return code, log.read_text(encoding="utf-8"), time.monotonic() - started


def summary(output: str) -> list[str]:
    """The lines of a nox run that say how it ended: pytest's failures and totals, nox's session results."""
    wanted = re.compile(r"^(FAILED |ERROR |=+ .*(passed|failed|error).* =+$|nox > .*(successful|failed|Ran multiple))")
    return [line for line in output.splitlines() if wanted.search(line)]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m tests.drill [--into DIR]``."""
    parser = argparse.ArgumentParser(prog="nox -s drill --", description=__doc__.splitlines()[0])
    parser.add_argument("--into", type=Path, help="an empty folder for the copy (default: a new temporary folder)")
    args = parser.parse_args(argv)
    work = args.into or Path(tempfile.mkdtemp(prefix="puretalk-drill-"))
    work.mkdir(parents=True, exist_ok=True)
    if any(work.iterdir()):
        print(f"error: {work} is not empty", file=sys.stderr)
        return 2
    copy = work / "repo"
    copy_repository(ROOT, copy)
    change = the_issue_change(load_document(copy / "openapi.yaml"))
    source = work / "new-openapi.yaml"
    source.write_text(dump_yaml(change.spec), encoding="utf-8")
    before = project_version(copy)
    env = clean_environment()
    print(f"drill: copy in {copy}; change: {change.recording}, {change.request_field}, {change.result_field}")

    update = ["./nox", "-s", "update-spec", "--", "--bump", str(source)]
    code, _, seconds = run(update, copy, work / "update-spec.log", env)
    if code != 0:
        print(f"drill: update-spec --bump failed (exit {code}, {seconds:.0f} s); see {work / 'update-spec.log'}")
        return 1
    print(f"drill: update-spec --bump: version {before} -> {project_version(copy)} ({seconds:.0f} s)")

    code, output, seconds = run(["./nox"], copy, work / "nox.log", env)
    verdict = "passed" if code == 0 else f"FAILED (exit {code})"
    print("\ndrill: summary of ./nox in the copy")
    for line in summary(output):
        print(f"  {line}")
    print(f"drill: the whole ./nox {verdict} in {seconds / 60:.1f} min after update-spec only; log: {work / 'nox.log'}")
    return 0 if code == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
