"""Publish the puretalk-client distribution to the internal package index.

``python -m scripts.release.publish [--repository-url URL] [--dry-run] [--skip-verify]``:

1. refuse unless ``generated/`` is in sync with its inputs (never skipped) and, unless
   ``--skip-verify``, ``nox -s typecheck tests`` pass for the current tree;
2. build the sdist and the wheel into ``dist/`` reproducibly (``SOURCE_DATE_EPOCH`` from
   the last commit) and run ``twine check --strict`` on them;
3. read the index's PEP 503 page ``<URL>/simple/puretalk-client/`` (``<URL>/+simple/...`` with
   ``--index-layout devpi``, or below ``--simple-url``) and compare sha256s:
   every file already there and identical → "already published", exit 0; a file of the
   same version that differs → error, nothing uploaded; otherwise upload only the
   missing files with ``twine upload``.

The upload URL comes from ``--repository-url`` or ``PURETALK_INDEX_URL``; credentials from
``TWINE_USERNAME`` / ``TWINE_PASSWORD`` (or keyring). They reach twine through its
environment, never its argv, and every line this script prints has them replaced by ``***``.

This module verifies and runs the steps in order; each job has its own module:
``credentials`` (finding and masking them), ``simple_index`` (reading the index),
``reproducible_build`` (building, shared with ``nox -s build``) and ``upload`` (planning and uploading).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from scripts.changes.changelog import changelog_problem
from scripts.commands.generate import check, interrupted_update, project_version, version_problem
from scripts.infra.nox_command import nox_command
from scripts.infra.project import GENERATED, ROOT, PipelineError, PublishError, out_of_sync
from scripts.infra.run_lock import run_lock
from scripts.infra.urls import URLError
from scripts.release.credentials import (
    INDEX_URL_VARIABLE,
    Console,
    Credentials,
    clean_environment,
    environment_credentials,
    keyring_credentials,
    split_userinfo,
)
from scripts.release.reproducible_build import build_checked
from scripts.release.simple_index import (
    LAYOUTS,
    Index,
    list_index,
    normalize_name,
    require_safe_credentials,
    resolve_index,
)
from scripts.release.upload import built_version, plan_upload, upload

VERIFY_SESSIONS = ("typecheck", "tests")
LAYOUT_HINT = "devpi's is URL/+simple/ (--index-layout devpi); any other: --simple-url URL"


def verify_in_sync(root: Path) -> None:
    """Refuse unless ``generated/`` is what ``nox -s generate`` would produce now, and the version is high enough."""
    problem = interrupted_update(root)
    if problem:
        raise PublishError(f"refusing to publish: {problem}")
    try:
        differing = check(root)
    except PipelineError as error:
        raise PublishError(f"cannot verify {GENERATED.as_posix()}: {error}") from error
    if differing:
        raise PublishError(out_of_sync(differing, "; refusing to publish"))
    problem = version_problem(root) or changelog_problem(root, project_version(root))
    if problem:
        raise PublishError(f"refusing to publish: {problem}")


def _stream(command: list[str], cwd: Path, env: Mapping[str, str], console: Console) -> int:
    """Run ``command``, relaying its combined output line by line (scrubbed); return its exit code."""
    with subprocess.Popen(
        command, cwd=cwd, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        output: IO[str] | None = process.stdout
        for line in output or ():
            console.say(line.rstrip("\n"))
        return process.wait()


def verify_sessions(root: Path, console: Console, environ: Mapping[str, str]) -> None:
    """Run ``nox -s typecheck tests`` on this tree, with the nox running this publish; refuse when they fail."""
    try:
        nox = nox_command(environ)
    except PipelineError as error:
        raise PublishError(f"{error}; refusing to publish unverified") from error
    sessions = " ".join(VERIFY_SESSIONS)
    console.say(f"verifying: nox -s {sessions}")
    command = [*nox, "--noxfile", str(root / "noxfile.py"), "-s", *VERIFY_SESSIONS]
    code = _stream(command, root, clean_environment(environ), console)
    if code != 0:
        raise PublishError(f"nox -s {sessions} failed (exit {code}); refusing to publish")


def project_name(root: Path) -> str:
    """Return the distribution name pyproject.toml declares, PEP 503-normalised."""
    with (root / "pyproject.toml").open("rb") as handle:
        return normalize_name(str(tomllib.load(handle)["project"]["name"]))


def publish(
    index: Index | None,
    *,
    dry_run: bool,
    skip_verify: bool,
    root: Path,
    environ: Mapping[str, str],
    credentials: Credentials,
    console: Console,
) -> int:
    """Verify, build, compare with the index and upload what is missing; return the exit code."""
    if index is None and not dry_run:
        raise PublishError(f"no index to publish to: set {INDEX_URL_VARIABLE} or pass --repository-url URL")
    if index is not None:
        require_safe_credentials(index, credentials)  # before anything else: the password never goes over plain http
    verify_in_sync(root)
    console.say(f"{GENERATED.as_posix()} is in sync")
    project = project_name(root)
    if index is not None:
        list_index(index, project, credentials)  # fail fast on a wrong URL or wrong credentials
    if skip_verify:
        console.warn(f"--skip-verify: not running nox -s {' '.join(VERIFY_SESSIONS)}")
    else:
        verify_sessions(root, console, environ)

    built = build_checked(root, environ, console)
    version = built_version(built, project)
    if index is None:
        console.say(f"dry run: built and checked {project} {version}; no index given, so nothing compared")
        return 0

    plan = plan_upload(built, list_index(index, project, credentials), credentials, index)
    if not plan.upload:
        console.say(f"{project} {version} is already published at {index.upload_url} (identical sha256); nothing to do")
        return 0
    for path in plan.present:
        console.say(f"already on the index, identical: {path.name}")
    names = ", ".join(path.name for path in plan.upload)
    if dry_run:
        console.say(f"dry run: would upload {names} to {index.upload_url}")
        return 0
    console.say(f"uploading {names} to {index.upload_url}")
    upload(plan.upload, index, credentials, root, console)
    missing = plan_upload(built, list_index(index, project, credentials), credentials, index).upload
    if missing:
        raise PublishError(
            f"{index.simple_url} does not list {', '.join(p.name for p in missing)} after the upload: "
            f"is that the index's simple index? {LAYOUT_HINT}"
        )
    console.say(f"published {project} {version} to {index.upload_url}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m scripts.release.publish", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repository-url",
        metavar="URL",
        help=f"upload URL of the index (default: ${INDEX_URL_VARIABLE}); its simple index is URL/simple/",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--simple-url",
        metavar="URL",
        help="the index's PEP 503 simple index, on the upload URL's origin, when it is not URL/simple/",
    )
    where.add_argument(
        "--index-layout",
        choices=sorted(LAYOUTS),
        default="standard",
        help="where the simple index is below the upload URL: standard (URL/simple/) or devpi (URL/+simple/)",
    )
    parser.add_argument("--dry-run", action="store_true", help="do everything but the upload")
    parser.add_argument(
        "--skip-verify",
        action="store_true",
        help=f"do not run nox -s {' '.join(VERIFY_SESSIONS)} (the generated/ sync check always runs)",
    )
    args = parser.parse_args(argv)
    environ = dict(os.environ)
    raw_url: str | None = args.repository_url or environ.get(INDEX_URL_VARIABLE) or None
    credentials = environment_credentials(environ, Credentials())
    console = Console((credentials,))
    try:
        bare_url, url_credentials = split_userinfo(raw_url) if raw_url else (None, Credentials())
        credentials = environment_credentials(environ, url_credentials)
        console = Console((credentials, url_credentials))
        index = None
        if bare_url is not None:
            index = resolve_index(bare_url, simple_url=args.simple_url, layout=args.index_layout)
            credentials = keyring_credentials(bare_url, credentials)
            console = Console((credentials, url_credentials))
        with run_lock(ROOT, "publish"):  # generated/, build/ and dist/ stay as verified until the upload is done
            return publish(
                index,
                dry_run=args.dry_run,
                skip_verify=args.skip_verify,
                root=ROOT,
                environ=environ,
                credentials=credentials,
                console=console,
            )
    except (PublishError, PipelineError, URLError) as error:
        console.error(str(error))
        return 1
    except Exception as error:  # a bug or an input no check foresaw: one line, scrubbed, never a traceback
        detail = " ".join(str(error).split())[:300]
        console.error(f"publish stopped on an unexpected {type(error).__name__}: {detail}")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
