"""The package version in pyproject.toml: reading it, raising it to the floor the change report recorded (--bump).

``update-spec --bump`` records ``"bump": true`` in its journal (:mod:`scripts.changes.journal`) before it
writes anything, and the ``generate`` that makes generated/ from the new spec applies it
(:func:`finish_update`). So a bump is never lost: when ``update-spec`` is killed after the new
tree is in place, the ``generate`` run that finishes the update raises the version.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path

from scripts.changes.journal import UPDATE_JOURNAL, read_journal, remove_journal
from scripts.infra.atomic import write_atomic
from scripts.infra.project import MANIFEST, ROOT, SPEC, PipelineError, file_digest

PYPROJECT = "pyproject.toml"
PROJECT_VERSION = re.compile(
    r'^\[project\][ \t]*$.*?^version[ \t]*=[ \t]*"(?P<version>[^"\n]*)"', re.MULTILINE | re.DOTALL
)


class VersionError(PipelineError):
    """pyproject.toml's version cannot be set; the message says why."""


def project_version(root: Path = ROOT) -> str:
    """Read the version in pyproject.toml."""
    return str(tomllib.loads((root / PYPROJECT).read_text(encoding="utf-8"))["project"]["version"])


def with_version(pyproject: str, version: str) -> str:
    """Return pyproject.toml's text with its ``[project]`` version set to ``version``, nothing else changed."""
    match = PROJECT_VERSION.search(pyproject)
    try:
        expected = tomllib.loads(pyproject)
    except tomllib.TOMLDecodeError as error:
        raise VersionError(f"--bump cannot set the version: {PYPROJECT} is not valid TOML: {error}") from error
    expected.setdefault("project", {})["version"] = version
    if match is not None:
        changed = pyproject[: match.start("version")] + version + pyproject[match.end("version") :]
        if tomllib.loads(changed) == expected:
            return changed
    raise VersionError(
        f'--bump cannot set the version: {PYPROJECT} has no `version = "..."` line in its [project] table'
    )


def bump_version(root: Path = ROOT) -> tuple[str, str]:
    """Raise pyproject.toml's version to the one the last change report needs, if below; return (old, new).

    The version is read from the report ``generate`` wrote (:mod:`scripts.changes.report`) for the tree in
    place, the same the pull request's title and the changelog read: never computed again here.
    """
    from scripts.changes.report import read_report
    from scripts.changes.spec_diff import version_key  # the report's package, loaded only when a version is compared

    current = project_version(root)
    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    floor = read_report(root, str(manifest.get("fingerprint"))).version
    if version_key(floor) <= version_key(current):
        return current, current
    path = root / PYPROJECT
    write_atomic(path, with_version(path.read_text(encoding="utf-8"), floor))
    return current, floor


def finish_update(root: Path = ROOT, on_bump: Callable[[str], None] | None = None) -> None:
    """Finish the ``update-spec`` whose journal is pending, now that generated/ is made from openapi.yaml.

    When the journal asks for ``--bump`` and openapi.yaml is still the spec that run wrote, raise the
    version (and say so); then drop the journal. A kill in between leaves the journal, and the next
    ``generate`` does the same again (raising a version to the floor twice is raising it once).
    """
    journal = read_journal(root, UPDATE_JOURNAL)
    pending = journal is not None and journal.get("bump") is True and (root / SPEC).exists()
    if pending and journal is not None and journal.get("spec_sha256") == file_digest(root / SPEC):
        old, new = bump_version(root)
        message = f"version {old} -> {new} (--bump)" if new != old else f"version {old} kept"
        print(f"{PYPROJECT}: {message}", flush=True)
        if on_bump is not None:
            on_bump(new)  # the changelog's section for the new version, before the journal goes
    remove_journal(root, UPDATE_JOURNAL)
