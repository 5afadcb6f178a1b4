"""A generation's output, kept by everything it was made from: the same inputs again take it, not the generator.

The generator's process (:mod:`scripts.generation.generator_worker`) turns the resolved spec into the
package and its result (the operations' Python names, the renames, the surface, api.md). Given the
same inputs it writes the same bytes (``check`` holds the pipeline to that), so a run whose inputs
match a kept output takes that output instead: a second ``generate`` with nothing changed, a
``check`` after ``generated/`` was edited by hand, a run after one that was killed.

The key (:func:`output_key`) covers what the output depends on: the fingerprint (the spec, the
overlay, the config, the templates, every module of ``scripts`` that generation imports, the tools'
versions), the resolved spec's bytes, the runtime the import gate imports the package with
(``overlays/puretalk_client``), the interpreter's version and the installed distributions (the gate
runs the package's imports). A changed input is another key, so a stale entry is never taken.

The generator's process keeps its output once the gate passed (:meth:`OutputCache.keep`); the
pipeline looks for one before it hands that process the spec (:meth:`OutputCache.take`), and stops
the process when one is taken.
An entry is its package's files and a record of each file's sha256 and of the result. It is taken
only when every file still has its recorded bytes (a file in ``generated/`` can be a second link
to an entry's file, and an edit by hand would change both); otherwise the generator runs, as on a
miss, and its output replaces the entry. Entries are written whole under a temporary name and then
renamed, so a killed run leaves none half-made; only the :data:`MAX_KEPT` most recently used are kept.
``check --full`` never takes one.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scripts.infra.project import file_digest

OUTPUT_CACHE = "outputs"
"""Where generations' outputs are kept, in generation's cache folder (:func:`scripts.infra.project.cache_dir`)."""
MAX_KEPT = 8
"""How many outputs are kept: the most recently used (a spec and its next change, a few checkouts)."""
RUNTIME = Path("overlays") / "puretalk_client"
"""The runtime the import gate imports the generated package with: its modules are part of the key."""
RECORD = "record.json"
PACKAGE = "package"
STALE_SECONDS = 3600.0
"""A temporary entry older than this was left by a killed run, and is removed when outputs are pruned."""


def _installed() -> Iterator[str]:
    """Name every distribution installed where this interpreter imports from (its ``*.dist-info`` folders)."""
    for entry in sorted({path for path in sys.path if path}):
        with contextlib.suppress(OSError):
            for name in sorted(child.name for child in Path(entry).iterdir()):
                if name.endswith(".dist-info"):
                    yield name


def output_key(fingerprint: str, spec_text: str, root: Path) -> str:
    """Return the key of the output that the inputs of ``root`` (with the resolved ``spec_text``) make."""
    digest = hashlib.sha256()
    runtime = sorted((root / RUNTIME).rglob("*.py"))
    parts = [
        fingerprint,
        hashlib.sha256(spec_text.encode("utf-8")).hexdigest(),
        sys.version,
        *(f"{path.relative_to(root).as_posix()}={file_digest(path)}" for path in runtime),
        *_installed(),
    ]
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


def _files(folder: Path) -> dict[str, Path]:
    """Every file under ``folder`` by POSIX relative path."""
    return {path.relative_to(folder).as_posix(): path for path in sorted(folder.rglob("*")) if path.is_file()}


def _link_or_copy(source: Path, target: Path) -> None:
    """Make ``target`` a second link to ``source``, or a copy where links cannot be made (another file system)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise
        shutil.copy2(source, target)


class OutputCache:
    """The kept outputs in ``folder``; :meth:`take` and :meth:`keep` the one of ``key``."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self.key = key

    @property
    def entry(self) -> Path:
        """The folder of this key's output."""
        return self.folder / self.key

    def take(self, package_dir: Path) -> dict[str, Any] | None:
        """Put the kept package at ``package_dir`` (which must not exist) and return its result; ``None``: not kept.

        An entry that is torn or whose files no longer have their recorded bytes is not taken.
        """
        try:
            record = json.loads((self.entry / RECORD).read_text(encoding="utf-8"))
            files, result = record["files"], record["result"]
            if not isinstance(files, dict) or not isinstance(result, dict):
                return None
            package = self.entry / PACKAGE
            if _files(package).keys() != files.keys():
                return None
            if any(file_digest(package / name) != digest for name, digest in files.items()):
                return None
            package_dir.mkdir()
            for name in files:
                _link_or_copy(package / name, package_dir / name)
            os.utime(self.entry)  # most recently used: the last to be pruned
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(package_dir, ignore_errors=True)
            return None
        return result

    def keep(self, package_dir: Path, result: dict[str, Any]) -> None:
        """Keep the generator's output at ``package_dir`` and its ``result`` under this key; then prune.

        The generator's process calls it once the gate passed, before it writes its result. A cache that
        cannot be written costs the next run the generation, nothing else.
        """
        temporary = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = Path(tempfile.mkdtemp(prefix=f".{self.key}.", suffix=".tmp", dir=self.folder))
            files = _files(package_dir)
            for name, path in files.items():
                _link_or_copy(path, temporary / PACKAGE / name)
            record = {"files": {name: file_digest(path) for name, path in files.items()}, "result": result}
            (temporary / RECORD).write_text(json.dumps(record), encoding="utf-8")
            if self.entry.exists():  # an entry whose files changed (it was not taken): this output replaces it
                shutil.rmtree(self.entry)
            temporary.rename(self.entry)
        except OSError:
            if temporary is not None:
                shutil.rmtree(temporary, ignore_errors=True)
            return
        self.prune()

    def prune(self) -> None:
        """Remove all but the :data:`MAX_KEPT` most recently used entries, and temporary ones a killed run left."""
        with contextlib.suppress(OSError):
            entries, now = [], time.time()
            for child in self.folder.iterdir():
                modified = child.stat().st_mtime
                if child.name.startswith("."):
                    if now - modified > STALE_SECONDS:
                        shutil.rmtree(child, ignore_errors=True)
                else:
                    entries.append((modified, child))
            for _, child in sorted(entries, reverse=True)[MAX_KEPT:]:
                shutil.rmtree(child, ignore_errors=True)
