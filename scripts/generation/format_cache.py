"""ruff's work on the generated package, kept by the bytes it was given; unchanged files linked, not rewritten.

Each module the generator or the facade writes is formatted by the pinned ruff, a function of the
module's bytes alone (``--isolated``: no setting is read) and, for the import fixes, of the names at
the package's top, which say which imports are local. So :class:`Formatting` keeps what ruff made of
each module in ``formatted/`` of generation's cache folder (:func:`scripts.infra.project.cache_dir`),
by the sha256 of ruff's version, the command, those names and the bytes, and hands ruff only the
modules it has not seen (none, when the spec did not change).

A module whose formatted bytes equal the file of the package in place (``generated/``) becomes a
second link to that file instead of a new one: nothing is written for it, and when the old package is
removed after the swap its blocks are not freed (freeing the blocks of files already on disk took 0.2 s
for the 64 files of our package on the machine the bench ran on). No file is ever written through such
a link: a module is rewritten only by replacing it (:func:`replace_file`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from scripts.generation.facade_render import CHECKS_MODULE

FORMAT_CACHE = "formatted"
"""Where ruff's output is kept, in generation's cache folder (:func:`scripts.infra.project.cache_dir`)."""


def replace_file(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` as a new file: a file that is a link into another tree is never written through.

    Its mode is 0644, as the generator's own files are (``mkstemp`` makes 0600: readable by its owner only).
    """
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise


def _store(entry: Path, data: bytes) -> None:
    """Keep ``data`` as ``entry`` (one rename: no torn entry); a cache that cannot be written is skipped."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        replace_file(entry, data)
    except OSError:
        pass  # the next run formats this module again, nothing else


def link_if_same(path: Path, data: bytes, current: Path) -> bool:
    """Make ``path`` a link to ``current`` when that file's bytes are ``data``; ``False`` when it cannot be."""
    try:
        if not current.is_file() or current.is_symlink() or current.stat().st_size != len(data):
            return False
        link = path.with_name(f".{path.name}.shared")
        with contextlib.suppress(FileNotFoundError):
            link.unlink()
        os.link(current, link)
        if link.read_bytes() != data:  # read through the link itself: what takes the place is what was compared
            link.unlink()
            return False
        link.replace(path)
    except OSError:
        return False
    return True


class Formatting:
    """ruff's output for the modules of one package: taken from the cache where it has them, else pending for ruff."""

    def __init__(
        self, package_dir: Path, cache: Path, current: Path, commands: Iterable[Iterable[str]], tool: Path | None = None
    ) -> None:
        """Prepare for ``package_dir``; ``current`` is the package in place (``generated/``), linked where unchanged.

        ``tool`` is the ruff executable that will run: its place, size and time enter the key with ruff's version.
        """
        self.package_dir = package_dir
        self.cache = cache
        self.current = current
        names = sorted(path.name for path in package_dir.iterdir() if path.name != "resources")
        context = [metadata.version("ruff"), *(" ".join(command) for command in commands), *names]
        if tool is not None:
            found = tool.stat()
            context.append(f"{tool} {found.st_size} {found.st_mtime_ns}")
        self._context = hashlib.sha256("\0".join(context).encode()).digest()
        self._pending: dict[Path, str] = {}
        self.reused = 0
        """How many modules were taken from the cache."""

    def _key(self, relative: str, data: bytes) -> str:
        digest = hashlib.sha256(self._context)
        facade = relative.startswith("resources/") or relative == CHECKS_MODULE  # formatted only, imports as computed
        digest.update(b"resources\0" if facade else b"package\0")
        digest.update(data)
        return digest.hexdigest()

    def take(self, paths: Iterable[Path]) -> list[Path]:
        """Put the formatted bytes of each of ``paths`` known to the cache in place; return those ruff must format."""
        missing = []
        for path in paths:
            relative = path.relative_to(self.package_dir).as_posix()
            data = path.read_bytes()
            key = self._key(relative, data)
            try:
                formatted = (self.cache / key).read_bytes()
            except OSError:
                self._pending[path] = key
                missing.append(path)
                continue
            if not link_if_same(path, formatted, self.current / relative):
                replace_file(path, formatted)
            self.reused += 1
        return missing

    def keep(self) -> None:
        """Once ruff has formatted the pending modules, keep what it made of each."""
        for path, key in self._pending.items():
            _store(self.cache / key, path.read_bytes())
        self._pending.clear()
