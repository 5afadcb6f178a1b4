"""The import gate's compiled modules, kept between runs by the sha256 of their source bytes.

The gate (:func:`scripts.generation.generator_worker.gate`) imports every module of the package it
is about to swap in, written a moment ago, and the runtime in ``overlays/`` they import, without
writing bytecode: none of them has any, and compiling them was the larger part of the gate (with
this cache it took 0.10 s instead of 0.34 s on our spec, medians on a loaded two-core machine).
:func:`cached_compilation` lets the gate's imports take a module's code object from
``compiled/`` of generation's cache folder when the very same bytes were compiled before, by the same interpreter
version with the same optimisation level, and stores what it compiles otherwise. A source that does
not compile is never stored, so it fails to compile again on every run, as before; every module's
code still runs (that is the import). Nothing is written beside the sources.

The file name a cached code object carries is the one it was first compiled from (a scratch folder
of an earlier run): the gate names a failing module by its file's name only, which is the same.

When many modules are not cached yet (a fresh clone's first run), :func:`start_precompiling` has a
process of its own (``python -m scripts.generation.compiled_cache``) compile them into the cache on
the other core, last first, while the gate imports them first first: each module is compiled once
by whichever reaches it first, and the gate still imports every one. That process only ever adds
entries to the cache (each written in one step), so one left running by a killed run harms nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.machinery
import importlib.util
import marshal
import os
import subprocess
import sys
import tempfile
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from types import CodeType, ModuleType

COMPILED_CACHE = "compiled"
"""Where the gate keeps compiled modules, in generation's cache folder (:func:`scripts.infra.project.cache_dir`)."""
MIN_PRECOMPILED = 16
"""The fewest uncached modules for which a second process is worth its start (about 30 ms)."""


def _key(source: bytes) -> str:
    """Return the cache entry's name for ``source``: it changes with the bytes, the bytecode format and ``-O``."""
    digest = hashlib.sha256(importlib.util.MAGIC_NUMBER)
    digest.update(f"{sys.version}\0{sys.flags.optimize}\0".encode())
    digest.update(source)
    return digest.hexdigest()


class _CachedSourceLoader(importlib.machinery.SourceFileLoader):
    """A source loader that reuses the code object of bytes compiled before, and keeps what it compiles."""

    def __init__(self, fullname: str, path: str, cache: Path) -> None:
        super().__init__(fullname, path)
        self.cache = cache

    def get_code(self, fullname: str) -> CodeType:
        """Return the module's code: cached for these very bytes, or compiled now (and then cached)."""
        source = self.get_data(self.path)
        entry = self.cache / _key(source)
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            code = marshal.loads(entry.read_bytes())  # noqa: S302 - written by _store, trusted as __pycache__ is
            if isinstance(code, CodeType):
                return code
        code = self.source_to_code(source, self.path)  # a SyntaxError ends here, and nothing is stored
        _store(entry, marshal.dumps(code))
        return code


def _store(entry: Path, data: bytes) -> None:
    """Write ``entry`` in one step (a killed run leaves no torn entry); a cache that cannot be written is skipped."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{entry.name}.", suffix=".tmp", dir=entry.parent)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        Path(temporary).replace(entry)
    except OSError:
        pass  # the next run compiles this module again, nothing else


class CachedFinder:
    """Find the modules of ``packages`` on ``sys.path`` as usual; load their sources under ``folders`` via the cache."""

    def __init__(self, packages: Collection[str], folders: Sequence[Path], cache: Path) -> None:
        self.packages = frozenset(packages)
        self.folders = [folder.resolve() for folder in folders]
        self.cache = cache

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """Return the path finder's spec, its loader swapped for the caching one for a source under ``folders``.

        Any other module is left to the finders after this one (``None``).
        """
        if fullname.partition(".")[0] not in self.packages:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or type(spec.loader) is not importlib.machinery.SourceFileLoader or spec.origin is None:
            return spec
        origin = Path(spec.origin).resolve()
        if not any(origin.is_relative_to(folder) for folder in self.folders):
            return spec
        spec.loader = _CachedSourceLoader(fullname, spec.origin, self.cache)
        return spec


@contextlib.contextmanager
def cached_compilation(packages: Collection[str], folders: Sequence[Path], cache: Path) -> Iterator[None]:
    """Within the block, the modules of ``packages`` imported from a source under ``folders`` go through ``cache``."""
    finder = CachedFinder(packages, folders, cache)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(finder)


def compile_into(cache: Path, source_path: Path) -> None:
    """Compile ``source_path`` as the gate's loader would and keep it, unless cached already or not compiling."""
    try:
        source = source_path.read_bytes()
    except OSError:
        return
    entry = cache / _key(source)
    if entry.exists():
        return
    try:
        code = compile(source, str(source_path), "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return  # the gate compiles it itself, and says where it fails
    _store(entry, marshal.dumps(code))


def uncached(sources: Iterable[Path], cache: Path) -> list[Path]:
    """Return the ``sources`` whose very bytes have no compiled entry in ``cache`` yet."""
    missing = []
    for source_path in sources:
        with contextlib.suppress(OSError):
            if not (cache / _key(source_path.read_bytes())).exists():
                missing.append(source_path)
    return missing


def start_precompiling(sources: Sequence[Path], cache: Path) -> subprocess.Popen[bytes] | None:
    """Start compiling the uncached ``sources`` into ``cache`` in a process of its own, the last source first.

    ``sources`` are named as the gate's imports find them (the same path strings), so its code objects are the
    gate's own. ``None`` when fewer than :data:`MIN_PRECOMPILED` are uncached: the gate alone is quicker then.
    The caller ends it (:func:`stop_precompiling`) once the gate is through.
    """
    missing = uncached(sources, cache)
    if len(missing) < MIN_PRECOMPILED:
        return None
    command = [sys.executable, "-m", __name__, str(cache), *(str(path) for path in reversed(missing))]
    try:
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return None  # the gate compiles them all itself


def stop_precompiling(process: subprocess.Popen[bytes] | None) -> None:
    """End a :func:`start_precompiling` process: whatever it has not compiled yet, the gate has."""
    if process is not None and process.poll() is None:
        process.kill()
    if process is not None:
        process.wait()


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m scripts.generation.compiled_cache CACHE SOURCE...``: compile each source into the cache, in order."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        return 2
    cache = Path(arguments[0])
    for name in arguments[1:]:
        compile_into(cache, Path(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
