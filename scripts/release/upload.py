"""Planning and uploading: compare the built files with what the index lists, then upload only what is missing.

A version on the index never changes: when it holds a file of the version being published
that differs from the one built now (or that was not built now), nothing is uploaded.
Files go up with ``twine upload``; the credentials reach twine through its environment only.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from scripts.infra.fetching import TooLarge
from scripts.infra.project import PublishError, file_digest
from scripts.release.credentials import Console, Credentials, clean_environment
from scripts.release.simple_index import Index, IndexFile, download, name_and_version

_UPLOAD_STATUS = re.compile(r"HTTPError: (\d{3})")


@dataclass(frozen=True)
class Plan:
    """What to upload, and what the index already holds with identical bytes."""

    upload: list[Path]
    present: list[Path]


def _matches(path: Path, listed: IndexFile, credentials: Credentials, index: Index) -> bool:
    """Compare a built file with a listed one: by the link's hash, or by downloading it when it has none.

    The download stops one byte past the size of the built file: a larger one differs.
    """
    for algorithm, expected in listed.hashes.items():
        if algorithm in hashlib.algorithms_guaranteed:
            return file_digest(path, algorithm) == expected
    try:
        body = download(index, listed.url, credentials, path.stat().st_size + 1)
    except TooLarge:
        return False
    if body is None:
        raise PublishError(f"the index lists {listed.filename} but does not serve it ({listed.url})")
    return hashlib.sha256(body).hexdigest() == file_digest(path)


def built_version(built: list[Path], project: str) -> str:
    """Return the version of the built files, which must all be of ``project``."""
    found = {name_and_version(path.name) for path in built}
    if len(found) != 1 or (parsed := found.pop()) is None or parsed[0] != project:
        raise PublishError(f"the built files are not one version of {project}: {[path.name for path in built]}")
    return parsed[1]


def plan_upload(built: list[Path], listed: Mapping[str, IndexFile], credentials: Credentials, index: Index) -> Plan:
    """Decide what to upload; refuse when the index holds the same version with different files."""
    name_version = name_and_version(built[0].name)
    if name_version is None:
        raise PublishError(f"cannot read the project and version from {built[0].name}")
    ours = {path.name: path for path in built}
    conflicts = []
    for filename, entry in sorted(listed.items()):
        if name_and_version(filename) != name_version:
            continue
        if filename not in ours:
            conflicts.append(f"  {filename}: on the index, not among the files built now")
        elif not _matches(ours[filename], entry, credentials, index):
            shown = ", ".join(f"{algo} {value}" for algo, value in entry.hashes.items()) or "(downloaded)"
            conflicts.append(f"  {filename}: index {shown}; built sha256 {file_digest(ours[filename])}")
    if conflicts:
        project, version = name_version
        raise PublishError(
            f"{project} {version} is already on {index.simple_url} with different files:\n"
            + "\n".join(conflicts)
            + "\nNothing was uploaded. A published version never changes: raise `version` in pyproject.toml."
        )
    present = [path for path in built if path.name in listed]
    return Plan(upload=[path for path in built if path.name not in listed], present=present)


def upload(files: list[Path], index: Index, credentials: Credentials, root: Path, console: Console) -> None:
    """Upload the files with ``twine upload``; credentials go through its environment, never its argv."""
    env = {**clean_environment(os.environ), "COLUMNS": "200", "TWINE_NON_INTERACTIVE": "1"}
    if credentials.username is not None:
        env["TWINE_USERNAME"] = credentials.username
    if credentials.password is not None:
        env["TWINE_PASSWORD"] = credentials.password
    command = [
        sys.executable, "-m", "twine", "--no-color", "upload",
        "--repository-url", index.upload_url,
        "--non-interactive", "--disable-progress-bar",
        *(str(path) for path in files),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return
    lines = (result.stdout + result.stderr).strip().splitlines()
    output = console.scrub("\n".join(line.rstrip() for line in lines))
    status = _UPLOAD_STATUS.search(output)
    if status is not None and status.group(1) in ("401", "403"):
        reason = f"authentication failed (HTTP {status.group(1)}) uploading to {index.upload_url}"
        raise PublishError(f"{reason}: check TWINE_USERNAME / TWINE_PASSWORD\n{output}")
    hint = ""
    if status is not None and status.group(1) == "409":  # the index holds a file the simple index read did not list
        hint = (
            f"\nThe index holds a file that {index.simple_url} did not list: is that its simple index? "
            "devpi's is URL/+simple/ (--index-layout devpi); any other: --simple-url URL"
        )
    elif credentials.authorization() is None:
        hint = "\nSet TWINE_USERNAME and TWINE_PASSWORD, or store the credentials in keyring for the upload URL."
    raise PublishError(f"twine upload failed (exit {result.returncode}):\n{output}{hint}")
